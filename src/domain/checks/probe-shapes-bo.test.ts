/**
 * Shapes met on set BO–BS (fourteenth round): a 部门整体 自评表 whose indicator rows wrap so that the 总分 row
 * falls outside the header's table, with a 小计 row whose rows cannot be told by their 分值 once one 分值 is wrong
 * (score-pairs.ts). Units, names and figures are made up.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string): string[] =>
  checkTextReport(text, { year: 2031 })
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

const FORM = [
  '                         某县河湖管护中心2031年度部门整体支出绩效自评表',
  '         资金类别            年初预算数         全年预算数          全年执行数         分值     执行率      得分',
  '年度资金总额                      1,200.00      1,250.00         1,187.50    10    95.00%   9.50',
  '                  年度总体目标                                            实际完成情况',
  '完成河道日常巡查和水质监测，确保水功能区达标。             全年执行1,187.50万元，目标全面完成。',
  '一级指标     二级指标        三级指标   年度指标 实际完成 分 得分              偏差原因分析及改进措施',
  '                               值      值  值',
  '产出指标     数量指标    河道巡查覆盖里程     ≥300公里 312公里  10 10.00 —',
  '产出指标     数量指标    水质监测断面采样次 ≥240次 236次  10 9.80 个别月份汛期停采',
  '                 数',
  '产出指标     质量指标    监测数据有效率   ≥98% 99.10% 10 10.00 —',
  '产出指标     时效指标    问题整改按期完成率 100%    100%  10 10.00 —',
  '效益指标 社会效益指标 沿河群众环境满意',
  '            度          ≥90% 93.20%           20 20.00 —',
  '效益指标 生态效益指标 水功能区达标率          ≥85% 86.0% 20 20.00 —',
  ' 满意度指 服务对象满意度 群众满意度           ≥90% 91.50% 10 10.00 —',
  '   标      指标',
  '                  指标分值小计                     90 89.80',
  '                     总分                     100 99.30 自评等级：优',
].join('\n');

describe('a 自评表 with a 小计 row and one 分值 wrong', () => {
  it('finds nothing in the right form and checks its 小计 and 总分', () => {
    const r = checkTextReport(FORM, { year: 2031 });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.claims.filter((c) => c.kind === 'score' && c.verified).map((c) => c.arithmetic)).toContain(
      '各部分得分之和 9.50 + 89.80，总分99.30',
    );
  });

  it('blames the 分值 column when the 得分 still add up to the 总分', () => {
    expect(errors(FORM.replace(' 10 9.80 个别', ' 12 9.80 个别'))).toEqual(['19 score.weight-sum 100 102']);
  });
});

describe('a 三公 comparison table whose header labels are set as tightly as its figures', () => {
  const table = (diff: string) =>
    [
      '    某县某局2031年度“三公”经费决算情况说明',
      '                2031年度“三公”经费决算情况表',
      '                                                    单位：万元',
      '      项目      2031年预算数 2031年决算数 2030年决算数 比上年增减额 增减率%',
      '合计                  31.00    26.40    24.00   2.40 10.00',
      '1.因公出国（境）费           4.00     2.00     4.00   -2.00 -50.00',
      `2.公务用车购置及运行费        20.00    18.40    14.00   ${diff} 31.43`,
      '3.公务接待费              7.00     6.00     6.00   0.00 0.00',
    ].join('\n');
  it('reads each label over its own column', () => {
    expect(errors(table('4.40'))).toEqual([]);
    expect(errors(table('4.60'))).toEqual(['7 table.change 4.40 4.60']);
  });
});

describe('a change after a gap to the budget', () => {
  const text = (rate: string) =>
    [
      '    某县某局2031年度“三公”经费决算情况说明',
      `    因公出国（境）费决算数2.50万元，比年度预算4.00万元节约1.50万元，比2030年度减少1.50万元，下降${rate}%。`,
    ].join('\n');
  it('is a change of the outturn, not of the gap nor of the budget', () => {
    expect(errors(text('37.50'))).toEqual([]);
    expect(errors(text('40.00'))).toEqual(['2 change.percent 37.50% 40.00%']);
  });
});

describe('a 其中 list that another statement follows', () => {
  it('does not count retired staff among the staff in post', () => {
    const text = [
      '    某县某医院2031年度单位决算',
      '    年末实有在职职工300人，其中编制内人员180人；离退休人员60人。',
    ].join('\n');
    expect(errors(text)).toEqual([]);
  });
  it('ends where the total’s own subject is stated again (two columns run together)', () => {
    const text = [
      '    某县某局2031年度项目支出绩效自评表',
      '    完成人工造林2,000亩，其中乔木林1,200亩、灌木 完成人工造林1,950亩，其中乔木林1,150亩、灌木林800亩。',
    ].join('\n');
    expect(errors(text)).toEqual([]);
  });
});

describe('a 其中 list whose items state a budget and an outturn each', () => {
  it('takes each item’s outturn, the outturn named as the total’s is not another statement', () => {
    const text = (car: string) =>
      [
        '    某县某局2031年度部门决算情况说明',
        `    2031年度“三公”经费财政拨款支出年初预算为40.00万元，支出决算为36.00万元，完成预算的90.00%，其中：因公出国（境）费年初预算为0万元，决算为0万元；公务用车购置及运行维护费年初预算为30.00万元，支出决算为${car}万元，完成预算的${car === '28.00' ? '93.33' : '96.67'}%；公务接待费年初预算为10.00万元，支出决算为8.00万元，完成预算的80.00%。`,
      ].join('\n');
    expect(errors(text('28.00'))).toEqual([]);
    expect(errors(text('29.00'))).toEqual(['2 sum.parts 36.00万元 37.00万元']);
  });
});
