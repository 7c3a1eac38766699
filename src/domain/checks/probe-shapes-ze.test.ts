/**
 * Shapes met in county 绩效自评 documents (names and figures made up): a summary table of numbered projects whose
 * header labels pdftotext set narrower than the figures below them, its 合计 row without an ordinal and with
 * "—" under the score columns (merged-totals.ts); grade counts each with its share, the base the counts' own sum
 * (count-sums.ts); a 自评表's 实际完成情况 restating an indicator's count whose row prints the unit with its
 * figures (goal-actuals.ts); a met target scored below its 分值 with a 偏差原因 (unmet-targets.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const findings = (text: string, severity = 'error'): string[] =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === severity)
    .map((f) => `${f.line} ${f.rule}`);

type Summary = Partial<{ exec: string; good: string; projects: string }>;

/** A 自评 summary of five projects: text, grade counts with shares, then the table. */
const summary = (p: Summary = {}): string =>
  [
    '     柳川县林业局关于2031年度项目绩效自评结果的说明',
    '  一、基本情况',
    `  2031年度，我局共对${p.projects ?? '5'}个项目组织了绩效自评，所涉资金`,
    '全年预算数1,921.50万元，全年执行数1,712.65万元。',
    '  二、评价情况',
    '    经自评，5个项目平均得分85.70分。其中评价等次为“优”的项目2个，占',
    `40.00%；评价等次为“良”的项目2个，占${p.good ?? '40.00'}%；评价等次为“中”的项目1个，占`,
    '20.00%；评价等次为“差”的项目0个。等次标准：得分90分（含）以上为“优”，80',
    '分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。',
    '    分项目情况如下表。',
    '序号         项目名称        全年预算数 全年执行数 自评得分 评价等次',
    '                        （万元） （万元）',
    ' 1 林木良种培育补助项目              210.00   198.40 95.10 优',
    ' 2 森林防火专项经费                1,120.00 1,015.30 91.40 优',
    ' 3 国有林场管护补助项目              430.00   377.25 86.20 良',
    ' 4 林业有害生物防治项目               96.50    80.10 83.50 良',
    ' 5 湿地保护修复项目                   65.00    41.60 72.30 中',
    `          合计             1,921.50 ${p.exec ?? '1,712.65'} —     —`,
    '  三、下一步工作',
    '  我局将做好评价结果运用。',
  ].join('\n');

describe('a summary table of numbered projects under a header narrower than its figures', () => {
  it('finds nothing wrong in the clean document', () => {
    expect(findings(summary())).toEqual([]);
  });
  it('sums the 合计 row with "—" under the score columns: a 全年执行数 total off its rows', () => {
    expect(findings(summary({ exec: '1,721.65' }))).toEqual(['18 table.total']);
  });
});

describe('grade counts each with its share', () => {
  it('judges a share against the counts’ own sum', () => {
    expect(findings(summary({ good: '45.00' }))).toEqual(['7 share.percent']);
  });
  it('takes the counts’ sum for the base even when another statement of the count is wrong', () => {
    expect(findings(summary({ good: '45.00', projects: '6' }))).toContain('7 share.percent');
  });
});

type Sheet = Partial<{
  bridges: string;
  content: string;
  contentScore: string;
  reason: string;
  total: string;
}>;

/** A 自评表: the 年度总体目标 two columns side by side, indicator rows printing their units with their figures. */
const sheet = (p: Sheet = {}): string =>
  [
    '                       项目支出绩效自评表',
    '                           （2031年度）',
    '填报单位：柳川县交通运输局                                         金额单位：万元',
    '项目名称     乡村道路养护补助项目',
    '主管部门     柳川县交通运输局               实施单位        柳川县公路养护中心',
    '项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行                          得分',
    '                                                  率',
    '年度资金总额         200.00    200.00      190.00 10 95.00%        9.50',
    '其中：财政拨款        200.00    200.00      190.00 — 95.00%       —',
    '其他资金             0.00      0.00        0.00 —       —      —',
    ' 年度              预期目标                             实际完成情况',
    ' 总体 完成全县农村公路日常养护，整治危桥和路面病害，保障 全年完成农村公路养护310公',
    ` 目标 群众安全出行。                                   里，整治危桥${p.bridges ?? '14'}座，路面完好`,
    '                                            率93.5%，年度目标全面完成。',
    ' 一级 二级指    三级指标       年度指标值 实际完成值 分值 得分 偏差原因分析及',
    ' 指标 标                                                    改进措施',
    '产出 数量指 养护农村公路里程 ≥300公里 310公里 20 20.00 无',
    '指标 标     整治危桥数量 ≥12座             14座        20 20.00 无',
    '    质量指 路面完好率        ≥90%       93.5%       20 20.00 无',
    '    标',
    '效益 社会效 群众出行时间缩短率 ≥10%            12%         20 20.00 无',
    '指标 益指标',
    `满意 服务对 沿线群众满意度         ≥90%       ${p.content ?? '96%'}        10 ${p.contentScore ?? '10.00'} ${p.reason ?? '无'}`,
    '度指 象满意',
    '标 度指标',
    `                总分                           100 ${p.total ?? '99.50'}`,
    '              自评等级                                     优',
  ].join('\n');

describe('an indicator’s count in the 实际完成情况 text against its row', () => {
  it('finds nothing wrong in the clean sheet', () => {
    expect(findings(sheet())).toEqual([]);
    expect(findings(sheet(), 'warning')).toEqual([]);
  });
  it('reports a count the text states other than the row’s 实际完成值 (unit printed with the figures)', () => {
    expect(findings(sheet({ bridges: '16' }))).toEqual(['13 figure.text-table']);
  });
});

describe('a met target scored below its 分值 with a 偏差原因', () => {
  it('warns: a met bound normally scores full marks', () => {
    const text = sheet({ contentScore: '9.60', reason: '养护作业扰民；', total: '99.10' });
    expect(findings(text, 'warning')).toEqual(['23 score.rule']);
    expect(findings(text)).toEqual([]);
  });
  it('says nothing of a missed target scored below its 分值', () => {
    const text = sheet({ content: '86%', contentScore: '9.56', reason: '养护作业扰民；', total: '99.06' });
    expect(findings(text, 'warning')).toEqual([]);
    expect(findings(text)).toEqual([]);
  });
  it('says nothing of a met target scored below its 分值 without a reason', () => {
    expect(findings(sheet({ contentScore: '9.60', total: '99.10' }), 'warning')).toEqual([]);
  });
});
