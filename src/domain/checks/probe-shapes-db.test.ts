/**
 * Shapes of round 12's blind sets (units, names and figures made up): a 监控 汇总表 with a 序号 column, a caption
 * row of "name：value" pairs and a 是/否 column after its figures; a count of projects before names in brackets
 * or joined by 和; the titled period stated with another year; a car purchase "购置（更新）…2辆"; 自评表 whose
 * 项目名称 label wraps, restated in a 说明; a plain pdftotext row of figures without columns.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

// 年度预算 1,000.00 + 500.00 + 300.00 + 400.00 + 200.00 = 2,400.00; 执行 600.00 + 200.00 + 240.00 + 300.00 + 150.00 =
// 1,490.00 (62.08%); 预计 980.00 + 450.00 + 300.00 + 400.00 + 200.00 = 2,330.00 (97.08%).
const monitor = (
  rate = '40.00%',
  planned = '90.00%',
  year = '2036',
  count = '2个',
  names = '甲项目（60.00%）、乙项目（40.00%）',
) =>
  [
    '              某市某局2036年1–8月项目绩效运行监控汇总表',
    '填报单位：某市某局（盖章）                                序时进度：66.67% 金额单位：万元',
    ' 序号          项目名称     年度预算 1–8月执行数 执行率 预计全年执行数 预计执行率 绩效目标偏差       （是/否）',
    '   1 甲项目                  1,000.00   600.00 60.00%   980.00  98.00%   否',
    `   2 乙项目                    500.00   200.00 ${rate}   450.00  ${planned}   是`,
    '   3 丙项目                    300.00   240.00 80.00%   300.00 100.00%   否',
    '   4 丁项目                    400.00   300.00 75.00%   400.00 100.00%   否',
    '   5 戊项目                    200.00   150.00 75.00%   200.00 100.00%   否',
    '              合计           2,400.00 1,490.00 62.08% 2,330.00  97.08% 是1个',
    '',
    '          某市某局关于2036年1–8月项目绩效运行监控情况的报告',
    `    我局对5个项目${year}年1–8月预算执行情况开展了监控，现报告如下。`,
    `    执行率低于序时进度的项目${count}，为${names}。`,
  ].join('\n');

describe('a 监控 汇总表 with 序号, a caption row and a 是/否 column', () => {
  it('clean: its rows, rates and 合计 are read and hold', () => {
    expect(errors(monitor())).toEqual([]);
    const tableClaims = checkTextReport(monitor()).claims.filter((c) => c.line >= 4 && c.line <= 9);
    expect(tableClaims.length).toBeGreaterThanOrEqual(3);
    expect(tableClaims.every((c) => c.verified)).toBe(true);
  });
  it('finds a row’s 执行率 and 预计执行率 against their columns', () => {
    expect(errors(monitor('42.00%'))).toEqual(['5 table.rate 40.00% 42.00%']);
    expect(errors(monitor('40.00%', '95.00%'))).toEqual(['5 table.rate 90.00% 95.00%']);
  });
  it('finds the titled period stated with another year, not a compared one', () => {
    expect(errors(monitor('40.00%', '90.00%', '2035'))).toEqual(['12 year.mismatch 2036年1–8月 2035年1–8月']);
    const compared = monitor().replace('开展了监控', '开展了监控，较2035年1–8月执行率提高');
    expect(errors(compared)).toEqual([]);
  });
  it('finds a count of projects against the names after it, with their rates in brackets or joined by 和', () => {
    expect(errors(monitor('40.00%', '90.00%', '2036', '3个'))).toEqual(['13 count.enumeration 2个 3个']);
    expect(errors(monitor('40.00%', '90.00%', '2036', '2个', '甲项目和乙项目'))).toEqual([]);
    expect(errors(monitor('40.00%', '90.00%', '2036', '1个', '甲项目和乙项目'))).toEqual([
      '13 count.enumeration 2个 1个',
    ]);
  });
});

describe('cars bought "购置（更新）…2辆" against the 国有资产 statement', () => {
  const doc = (bought: string) =>
    [
      '某厅2036年度部门决算情况说明',
      `    公务用车购置费支出决算38.60万元，购置（更新）特种专业技术用车${bought}。截至2036年12月31日，公务用车保有量为20辆。`,
      '    （三）国有资产占用情况。截至2036年12月31日，本厅共有车辆20辆。本年新购置公务用车2辆。',
    ].join('\n');
  it('holds when the two agree, and finds one that does not', () => {
    expect(errors(doc('2辆'))).toEqual([]);
    // (A warning: the two statements may count cars of other scopes.)
    const found = checkTextReport(doc('1辆')).findings.filter((f) => f.severity !== 'note');
    expect(found.map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`)).toEqual([
      '3 count.restated 1辆 2辆',
    ]);
  });
});

describe('自评表 whose 项目名称 label wraps, restated in a 说明', () => {
  const table = (name: string, spent: string, total: string) =>
    [
      '                         项目支出绩效自评表',
      '                                                              金额单位：万元',
      `项目 ${name}`,
      '名称',
      '                     年初预算数       全年预算数          全年执行数             分值          执行率        得分',
      `项目 年度资金总额                 100.00      100.00            ${spent}    10              ${spent}%    ${(Number(spent) / 10).toFixed(2)}`,
      ' 一级指标       二级指标            三级指标      年度指标值 实际完成值 分值 得分',
      '产出指标    数量指标          完成任务          ≥10项 10项 90 90.00',
      `                         总分                                    100 ${total}`,
    ].join('\n');
  const doc = (score: string, sum: string) =>
    [
      table('甲监测项目', '90.00', '99.00'),
      table('乙监测项目', '80.00', '98.00'),
      '                某局2036年度项目支出绩效自评情况说明',
      `    2个项目全年预算数合计200.00万元，全年执行数合计${sum}万元。甲监测项目全年预算数100.00万元，自评得分${score}分；乙监测项目自评得分98.00分。`,
    ].join('\n');
  it('holds when the 说明 states the tables’ figures, and finds a score or a 合计 that does not', () => {
    expect(errors(doc('99.00', '170.00'))).toEqual([]);
    expect(errors(doc('99.90', '170.00')).map((e) => e.split(' ')[1])).toEqual(['figure.text-table']);
    expect(errors(doc('99.00', '171.00')).map((e) => e.split(' ')[1])).toEqual(['table.total']);
  });
});

describe('a plain pdftotext 科目 row of figures without columns', () => {
  // Every row's figures on lines of their own, as plain pdftotext prints a 收入决算表 (made-up figures: 合计 =
  // 财政拨款 + 事业收入 + 其他收入 in every row).
  const plain = [
    '收入决算表',
    '',
    '单位名称：某市某医院',
    '公开02表 单位：万元',
    '科目编 科目名称 本年收入合 财政拨款 上级补 事业收入 经营 附属单位 其他收',
    '码',
    '计',
    '收入 助收入',
    '收入 上缴收入 入',
    '合计',
    '20,000.00 3,000.00 0.00 16,600.00 0.00 0.00 400.00',
    '208 社会保障和就',
    '1,500.00 1,500.00 0.00',
    '0.00 0.00 0.00 0.00',
    '业支出',
    '20805 行政事业单位',
    '1,500.00 1,500.00 0.00',
    '0.00 0.00 0.00 0.00',
    '养老支出',
    '机关事业单位',
    '2080505 基本养老保险 1,000.00 1,000.00 0.00',
    '0.00 0.00 0.00 0.00',
    '缴费支出',
    '机关事业单位',
    '2080506 职业年金缴费',
    '500.00 500.00 0.00',
    '0.00 0.00 0.00 0.00',
    '支出',
    '210',
    '卫生健康支出 18,500.00 1,500.00 0.00 16,600.00 0.00 0.00 400.00',
    '21002 公立医院',
    '18,300.00 1,300.00 0.00 16,600.00 0.00 0.00 400.00',
    '2100201 综合医院',
    '18,300.00 1,300.00 0.00 16,600.00 0.00 0.00 400.00',
    '21004 公共卫生',
    '200.00 200.00 0.00',
    '0.00 0.00 0.00 0.00',
    '2100408 基本公共卫生',
    '120.00 120.00 0.00',
    '0.00 0.00 0.00 0.00',
    '服务',
    '2100410 突发公共卫生',
    '80.00 80.00 0.00',
    '0.00 0.00 0.00 0.00',
    '事件应急处理',
  ].join('\n');
  it('reads no sum from a row whose figures fall in one column twice', () => {
    expect(errors(plain)).toEqual([]);
  });
});
