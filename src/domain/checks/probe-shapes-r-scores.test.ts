/**
 * Two 项目支出绩效自评表 one after another, as `pdftotext -layout` prints them from a browser's PDF, then a short
 * 自评报告 stating each project's 自评总分 and their average (units, names and figures made up):
 *  - the indicator part's header set narrower than its rows (each Chinese character one column wide, the figures
 *    keeping their places: a 得分 falls under 偏差原因分析) and the 总分 row labelled "总 分": the 总分 must be
 *    执行率得分 + Σ 得分, the 分值 (with the 执行率's) must add up to the 总分's;
 *  - an indicator wrapped so that its 分值 ends one line and its 得分 the next: one indicator;
 *  - Σ 分值 above the 总分's while the 得分 add up to it: the one 分值 that can be lowered by the excess and stay
 *    at least its 得分 is named;
 *  - "两个项目平均得分X分" after the two 自评总分 in its paragraph: (a + b) ÷ 2, within rounding.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`);

type Options = {
  /** Table one's 总分 得分. */
  totalOne?: string;
  /** Table two's 单点监测成本 分值. */
  costWeight?: string;
  /** Table two's 执行率得分 (its 分值 × 执行率 is 9.25). */
  fundScoreTwo?: string;
  /** The report's sentence of the average. */
  average?: string;
  /** Table two's 月报按时报送率 得分 (分值 10) and 总分 得分. */
  monthlyScore?: string;
  totalTwo?: string;
  /** Table two's 时效 indicator's name wrapped onto the line of its figures (the layout cuts the table there). */
  wrappedName?: boolean;
  /** The report's totals. */
  reportOne?: string;
  reportTwo?: string;
};

/**
 * An indicator row as the print sets it: the label columns from the margin, the 分值 ending at column 32, the
 * 指标值 and 完成值 from 34 and 41, the 得分 ending at 52, the 偏差原因 from 54 — each Chinese character one
 * column, as pdftotext counts it, so the header above (in a wider font) ends well left of its columns.
 */
const ind = (label: string, weight: string, target: string, actual: string, score: string, reason = '') =>
  `${label.padEnd(29)}${weight.padStart(3)}  ${target.padEnd(7)}${actual.padEnd(7)}${score.padStart(4)}  ${reason}`.trimEnd();
/** A paragraph of the report wrapped at 42 characters, its first line indented. */
const paragraph = (text: string): string[] => {
  const lines: string[] = [];
  for (let at = 0, width = 40; at < text.length; at += width, width = 42)
    lines.push(`${lines.length === 0 ? '   ' : ''}${text.slice(at, at + width)}`);
  return lines;
};
/** A line holding only the 偏差原因 wrapped on. */
const wrap = (reason: string) => `${''.padEnd(54)}${reason}`;

const doc = (o: Options = {}) =>
  [
    '                    项目支出绩效自评表（1）',
    '                          （2024年度）',
    '                                                    金额单位：万元',
    ' 项目名称 城区排涝能力提升工程',
    ' 主管部门 蔚岭市水务局                        实施单位 蔚岭市排水管理处',
    '                 年初预算数    全年预算数 全年执行数     分值    执行率     得分',
    '                                                （%）',
    ' 项目资金 年度资金总额      600.00   640.00 608.00   10   95.00   9.50',
    '',
    '      其中：财政拨款     560.00   600.00 568.00    —   94.67    —',
    '',
    '      其他资金         40.00    40.00  40.00    —  100.00    —',
    '',
    ' 一级指标 二级指标        三级指标       分值 年度指标值 实际完成值 得分 偏差原因分析',
    ind(' 产出指标 数量指标 新建排涝泵站数量', '15', '≥6座', '6座', '15', '无'),
    wrap('1处因征地'),
    ind(' 产出指标 数量指标 疏浚河道长度', '10', '≥12公里', '11公里', '9.2'),
    wrap('延期'),
    ind(' 产出指标 质量指标 工程验收合格率', '10', '100%', '100%', '10', '无'),
    ind(' 产出指标 时效指标 汛前完工率', '10', '≥95%', '90%', '8.5', '工期延误'),
    '',
    ind(' 产出指标 成本指标 单座泵站造价控制', '10', '≤150万元', '146万元', '10', '无'),
    ind(' 效益指标 社会效益指标 受益人口', '15', '≥5万人', '5.3万人', '15', '无'),
    ind(' 效益指标 可持续影响指标 运行管护制度建立', '10', '建立', '建立', '10', '无'),
    '满意度指标 服务对象满意度',
    ind('         指标   沿河居民满意度', '10', '≥90%', '92.4%', '10', '无'),
    `            总 分              100                ${o.totalOne ?? '97.20'}    优`,
    '',
    '                    项目支出绩效自评表（2）',
    '                          （2024年度）',
    '                                                     金额单位：万元',
    ' 项目名称 重点河段水质监测项目',
    ' 主管部门 蔚岭市水务局                   实施单位 蔚岭市水文水质监测站',
    '                 年初预算数   全年预算数 全年执行数        分值   执行率     得分',
    '                                                 （%）',
    ` 项目资金 年度资金总额      300.00  320.00  296.00     10  92.50   ${o.fundScoreTwo ?? '9.25'}`,
    '',
    '      其中：财政拨款     300.00  320.00  296.00      —  92.50    —',
    '',
    '      其他资金         0.00    0.00    0.00       —     —     —',
    '',
    ' 一级指标 二级指标        三级指标     分值 年度指标值 实际完成值 得分 偏差原因分析',
    ind('', '', '≥40个', '42个', ''),
    ind(' 产出指标 数量指标 水质监测点位数量', '15', '', '', ''),
    ind('', '', '（处）', '（处）', '15', '无'),
    ind(' 产出指标 质量指标 监测数据有效率', '15', '≥95%', '97.1%', '15', '无'),
    ...(o.wrappedName
      ? [
          ' 产出指标 时效指标 季度监测报告按时报送完',
          ind('              成率', '10', '100%', '100%', o.monthlyScore ?? '10', '无'),
        ]
      : [ind(' 产出指标 时效指标 月报按时报送率', '10', '100%', '100%', o.monthlyScore ?? '10', '无')]),
    ind(' 产出指标 成本指标 单点监测成本', o.costWeight ?? '10', '≤2万元', '1.9万元', '10', '无'),
    wrap('2个断面受'),
    ind(' 效益指标 社会效益指标 水质达标河段比例', '20', '≥85%', '83%', '18'),
    wrap('上游来水影响'),
    ind(' 效益指标 可持续影响指标 监测网络运行年限', '10', '≥5年', '5年', '10', '无'),
    '满意度指标 服务对象满意度',
    ind('         指标   公众满意度', '10', '≥90%', '93%', '10', '无'),
    `            总 分             100                  ${o.totalTwo ?? '97.25'}    优`,
    '',
    '         蔚岭市水务局2024年度项目支出绩效自评报告',
    ...paragraph(
      '一、自评范围。我局对2024年度城区排涝能力提升工程、重点河段水质监测项目共2个项目开展了绩效自评，涉及全年预算资金960.00万元，全年执行904.00万元。',
    ),
    ...paragraph(
      `二、自评得分。城区排涝能力提升工程预算执行率95.00%，执行率得分9.50分，自评总分${o.reportOne ?? '97.20'}分，等级为“优”；重点河段水质监测项目预算执行率92.50%，执行率得分9.25分，自评总分${o.reportTwo ?? '97.25'}分，等级为“优”。${o.average ?? '两个项目平均得分97.23分。'}`,
    ),
    '   三、下一步工作。加快项目前期工作，提高预算执行进度。',
  ].join('\n');

describe('two 自评表 in a row, their header set narrower than their rows (probe shapes R)', () => {
  it('reads the clean document without an error', () => {
    expect(errors(doc())).toEqual([]);
  });

  it('reports a 总分 that is not 执行率得分 + Σ 得分', () => {
    const found = errors(
      doc({ totalOne: '87.20', reportOne: '87.20', average: '两个项目平均得分92.23分。' }),
    );
    expect(found).toContain('score.sum L27 97.2 87.20');
  });

  it('names the one 分值 that makes Σ 分值 exceed the 总分 when the 得分 add up to it', () => {
    expect(errors(doc({ costWeight: '15' }))).toEqual(['score.weight-sum L48 10 15']);
  });

  it('names it also when the 执行率得分 is wrong against its rule (the 总分 adds the right figure)', () => {
    const found = errors(doc({ costWeight: '15', fundScoreTwo: '8.25' }));
    expect(found).toContain('score.weight-sum L48 10 15');
    expect(found).toContain('score.rule L36 9.25 8.25');
    expect(found.filter((f) => f.startsWith('score.sum'))).toEqual([]);
  });

  it('reads a part the layout cut in pieces at a wrapped indicator name', () => {
    expect(errors(doc({ wrappedName: true }))).toEqual([]);
    expect(errors(doc({ wrappedName: true, costWeight: '15' }))).toEqual(['score.weight-sum L49 10 15']);
  });

  it('reports Σ 分值 against the 总分 on the 总分 row when more than one 分值 could be at fault', () => {
    // 单点监测成本 15 − 5 = 10 ≥ 得分10, and 月报按时报送率 10 − 5 = 5 ≥ 得分5: either may be wrong.
    const found = errors(doc({ costWeight: '15', monthlyScore: '5', totalTwo: '92.25', reportTwo: '92.25' }));
    expect(found.filter((f) => f.startsWith('score.'))).toEqual(['score.weight-sum L55 100 105']);
  });

  it('names a 分值 above the excess it carries (20 where 10, 得分10)', () => {
    expect(errors(doc({ costWeight: '20' }))).toEqual(['score.weight-sum L48 10 20']);
  });
});

describe('an average of the scores stated before it in the text', () => {
  it('holds (97.20 + 97.25) ÷ 2 = 97.225, printed 97.23 or, within rounding, 97.22', () => {
    expect(errors(doc())).toEqual([]);
    expect(errors(doc({ average: '两个项目平均得分97.22分。' }))).toEqual([]);
  });

  it('reports an average that is not the mean of the totals stated', () => {
    expect(errors(doc({ average: '两个项目平均得分97.32分。' }))).toEqual([
      'figure.text-table L62 97.23分 97.32分',
    ]);
  });

  it('reads 上述项目 / 各项目 as the projects whose totals were stated', () => {
    expect(errors(doc({ average: '上述项目平均得分97.32分。' }))).toEqual([
      'figure.text-table L62 97.23分 97.32分',
    ]);
    expect(errors(doc({ average: '上述项目平均得分97.23分。' }))).toEqual([]);
  });

  it('does not read an average of another number of items than the totals stated', () => {
    expect(errors(doc({ average: '全局12个项目平均得分91.40分。' }))).toEqual([]);
    expect(errors(doc({ average: '平均得分91.40分。' }))).toEqual([]);
  });
});
