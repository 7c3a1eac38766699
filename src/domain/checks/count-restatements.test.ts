import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const findings = (text: string, severity: 'error' | 'warning') =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === severity)
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

describe("the unit's people restated far from the 人员 part (prose-counts.ts)", () => {
  const report = (earlier: string, later: string) =>
    [
      '某省湖泊水文监测站2031年度部门整体支出绩效自评报告',
      '一、部门基本情况',
      `  本站内设综合科、观测科、资料科3个科室。2031年末核定事业编制40名，${earlier}，其中专业技术人员30人、管理人员6人。`,
      ...Array.from({ length: 40 }, (_, k) => `  第${k + 1}项工作按计划推进，完成情况良好。`),
      '五、存在问题',
      `    一是预算编制有待细化。二是人才结构有待优化，${later}中专业技术人员30人，部分人员对新设备应用不熟练。`,
    ].join('\n');

  it('is an error when the whole unit is given another count', () => {
    expect(findings(report('实有在职人员36人', '全站38名在职人员'), 'error')).toEqual([
      '45 count.restated 36名 38名',
    ]);
  });
  it('holds when the counts agree', () => {
    expect(findings(report('实有在职人员36人', '全站36名在职人员'), 'error')).toEqual([]);
  });
  it('is not read for a part of the unit, another year, or a count not of the whole unit', () => {
    expect(findings(report('机关实有在职人员36人', '全站38名在职人员'), 'error')).toEqual([]);
    expect(findings(report('实有在职人员36人', '2030年全站38名在职人员'), 'error')).toEqual([]);
    expect(findings(report('实有在职人员36人', '观测科38名在职人员'), 'error')).toEqual([]);
  });
});

describe('a wide 三公 table with its counts at the right end of the row (fee-counts.ts)', () => {
  const notice = (batches: string) =>
    [
      '某区河湖管理中心2031年度“三公”经费决算说明',
      '一、“三公”经费决算表',
      '                   某区河湖管理中心2031年度“三公”经费支出决算表',
      '                                                                      单位：万元、辆、批次、人次',
      '                                 公务用车购置及运行维护费          公务接待费                 国内公务接待',
      '   项目      合计      因公出国（境）费                                        公务用车保有量',
      '                               小计 购置费 运行维护费 小计 国内接待费 外事接待费                   批次 人次',
      '2031年预算数   10.00          0.00 6.00 0.00     6.00 4.00   4.00 0.00         —   —   —',
      '2031年决算数    9.10          0.00 5.60 0.00     5.60 3.50   3.50 0.00         3   27 180',
      '2030年决算数    9.60          0.00 5.90 0.00     5.90 3.70   3.70 0.00         3   31 205',
      '二、“三公”经费决算具体情况',
      `    公务接待费。2031年度决算数为3.50万元。其中：国内公务接待费3.50万元，共接待${batches}批次、180人次；外事接待费0万元，未发生外事接待。`,
    ].join('\n');

  it('is an error when the text restates another count of 批次', () => {
    expect(findings(notice('29'), 'error')).toEqual(['12 count.restated 27批次 29批次']);
  });
  it('holds when the text agrees with the table', () => {
    expect(findings(notice('27'), 'error')).toEqual([]);
  });
  it('is not read when a column stands right of the counts under an upper header only', () => {
    const hidden = notice('29').replace('国内公务接待', '国内公务接待           保有量');
    expect(findings(hidden, 'error')).toEqual([]);
  });
});

describe('the cars bought by the 三公 against the 国有资产 new cars (vehicle-counts.ts)', () => {
  const notice = (held: string, all: string, bought: string, added: string) =>
    [
      '某市草原监理所2031年度“三公”经费及国有资产占用情况说明',
      '一、“三公”经费支出情况',
      `    公务用车购置及运行维护费。公务用车购置费支出决算20.00万元，按规定购置执法执勤用车${bought}辆；截至2031年末，公务用车保有量为${held}辆。`,
      '二、国有资产占有使用情况',
      `  截至2031年12月31日，本所共有车辆${all}辆。本年度新购置车辆${added}辆，报废处置车辆1辆。`,
    ].join('\n');

  it('warns when every vehicle is a 公务用车 and the purchases differ', () => {
    expect(findings(notice('6', '6', '1', '2'), 'warning')).toEqual(['5 count.restated 1辆 2辆']);
  });
  it('warns when the 三公 bought more than the 国有资产 counts as new', () => {
    expect(findings(notice('5', '6', '2', '1'), 'warning')).toEqual(['5 count.restated 2辆 1辆']);
  });
  it('holds when they agree, or when other vehicles may account for the difference', () => {
    expect(findings(notice('6', '6', '1', '1'), 'warning')).toEqual([]);
    expect(findings(notice('5', '6', '1', '2'), 'warning')).toEqual([]);
  });
  it('is not read for another year or a plan', () => {
    const planned = notice('6', '6', '1', '2').replace('本年度新购置车辆2辆', '下一年度计划新购置车辆2辆');
    expect(findings(planned, 'warning')).toEqual([]);
  });
});
