/**
 * A prose 项目支出绩效自评报告 with the national 自评表 appended (pdftotext -layout): the budget's history in the
 * text (prose-budget-history.ts), a 执行率 after the budget's history in one sentence (rate-outturn.ts), the
 * 项目资金 part printed with "执行率 / 得分" in one cell and 全年执行数 wrapped (slashed-funds.ts), the table's
 * part scores against the text's (score-pairs.ts), and a grade line right below a 总分 row (table-rules.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

type Report = {
  adjustment?: string;
  adjustmentAgain?: string;
  rate?: string;
  tableSpent?: string;
  satisfaction?: string;
  total?: string;
};

/** A made-up county 林木种苗质量检测 project: report text, then its 自评表. */
function report(o: Report = {}): string {
  return [
    '                 2025年林木种苗质量抽检项目',
    '                      绩效自评报告',
    '一、项目基本情况',
    '    项目年初预算300.00万元，其中市级财政资金260.00万元、中央林业改革发展资金40.00万元。年中经市财政局批',
    `复追加市级财政资金${o.adjustment ?? '20.00'}万元，调整后全年预算320.00万元。`,
    '二、综合评价结论',
    '    经自评，本项目自评总分98.20分，自评等级为“优”。其中预算执行率得分9.70分（分值10分），产出指标',
    '得分49.00分（分值50分），效益指标得分30.00分（分值30分），满意度指标得分9.50分（分值10分）。',
    '三、预算执行情况',
    `    项目年初预算300.00万元，全年调整增加${o.adjustmentAgain ?? '20.00'}万元，全年预算320.00万元，全年执行310.40万元，预`,
    `算执行率${o.rate ?? '97.00'}%，按“预算执行率×10”计算，预算执行率得分9.70分。`,
    '附件',
    '                            项目支出绩效自评表',
    '     项目名称 2025年林木种苗质量抽检项目',
    '     主管部门 某市林业局                     实施单位         某市林木种苗站',
    '                      年初预算数  全年预算数  全年执      行数  分值        执行率 / 得分',
    `          年度资金总额            300.00     320.00 ${o.tableSpent ?? '310.40'} 10      97.00% / 9.70`,
    ' 项目资金（万元） 其中：当年财政拨款         300.00     320.00 310.40 —        97.00% / —',
    '          上年结转资金              0.00       0.00 0.00 —             —/—',
    '                    预期目标                            实际完成情况',
    '  年度总体目标 完成苗木抽检任务。                   已完成。',
    '一级指标 二级指标    三级指标       年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施',
    '产出指标 数量指标 苗木抽检批次            ≥500批 520批           30 30.00 无偏差',
    '产出指标 质量指标 检测报告',
    '          合格率             100%      95%        20 19.00 未达到目标',
    '效益指标 社会效益 劣质苗木流入造林',
    '       指标 工程数量                 0批        0批            30 30.00 无偏差',
    `满意度指 服务对象 育苗单位满意度 ≥95%                      10 ${o.satisfaction ?? '9.50'} 未达到年度目标`,
    '  标 满意度指标                     90.25%',
    `                  总分                           100 ${o.total ?? '98.20'}     自评等级：优`,
    '填表人：某某',
  ].join('\n');
}

describe('a prose 自评报告 with its 自评表 appended', () => {
  it('finds nothing in a consistent report', () => {
    expect(errors(report())).toEqual([]);
  });

  it('reads the 项目资金 part with 执行率 / 得分 in one cell and the indicator part below', () => {
    const r = checkTextReport(report());
    expect(r.claims.some((c) => c.kind === 'completion' && c.line === 17)).toBe(true);
    expect(r.claims.some((c) => c.kind === 'score' && /总分98\.20/.test(c.arithmetic))).toBe(true);
  });

  it('holds the 年初预算 plus the adjustment to the adjusted budget, the other statement telling the right one', () => {
    expect(errors(report({ adjustment: '25.00' }))).toEqual(['5 sum.budget-adjustment 20.00万元 25.00万元']);
  });

  it('reports the sum when no other statement tells the adjustment', () => {
    const text = report({ adjustment: '25.00', adjustmentAgain: '25.00' });
    expect(errors(text)).toContain('5 sum.budget-adjustment 325.00万元 320.00万元');
    expect(errors(text)).toContain('10 sum.budget-adjustment 325.00万元 320.00万元');
  });

  it('judges a 执行率 stated after the budget history and the outturn in one sentence', () => {
    expect(errors(report({ rate: '95.00' }))).toEqual(['11 completion.percent 97.00% 95.00%']);
  });

  it('finds the 年度资金总额 执行数 that its sources and its rate contradict', () => {
    expect(errors(report({ tableSpent: '301.40' }))).toEqual(['17 table.total 310.40 301.40']);
  });

  it('puts a part score on the table row when the text adds up and the table does not', () => {
    const found = errors(report({ satisfaction: '10.00' }));
    expect(found).toContain('28 figure.text-table 9.50 10.00');
    expect(found).toContain('30 score.sum 98.70 98.20');
  });

  it('sums the table to its 总分', () => {
    expect(errors(report({ total: '96.20' }))).toEqual(['30 score.sum 98.20 96.20']);
  });
});

describe('a grade line right below a 总分 row', () => {
  const table = (grade: string, total = '99.60', benefit = '39.60') =>
    [
      '                 2025年度项目支出绩效自评表',
      '一级指标 二级指标      三级指标     年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施',
      '产出指标 数量指标 完成巡查',
      '                  次数         ≥100次 110次 50 50.00 无偏差',
      '效益指标 社会效益 群众投诉',
      `         指标     件数         ≤10件 8件    40 ${benefit} 略有偏差`,
      '满意度指 服务对象 群众满意度 ≥90% 95%   10 10.00 无偏差',
      `                 总分                             100 ${total}`,
      `自评等级：${grade}`,
      '填表人：某某',
    ].join('\n');

  it('finds nothing when the grade is the total’s', () => {
    expect(errors(table('优'))).toEqual([]);
    expect(errors(table('良', '85.00', '25.00'))).toEqual([]);
    expect(
      checkTextReport(table('良', '85.00', '25.00')).claims.some((c) => c.kind === 'grade' && c.line === 9),
    ).toBe(true);
  });

  it('reports a grade other than the total’s', () => {
    expect(errors(table('良'))).toContain('9 grade.score 优 良');
  });
});
