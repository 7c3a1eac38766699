/**
 * A 项目绩效运行监控表 one project a page, printed by a browser and read with `pdftotext -layout`: header labels
 * wrapped in narrow cells ("1—9月执" / "行率（%）"), a 偏差原因 text beside the money rows, indicator rows under
 * 年度指标值 | 1—9月实际完成值 | 完成进度, an 执行情况说明 and a 填报日期. Names and figures made up.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

type Opts = {
  title?: string;
  total?: string;
  spent?: string;
  fiscal?: string;
  other?: string;
  patrol?: string;
  training?: string;
  text?: string;
  said?: string;
};

const sheet = (o: Opts = {}) =>
  [
    `                          ${o.title ?? '2032年1—9月项目绩效运行监控表'}`,
    '填报单位（盖章）：某省青岭自然保护区管理局                                    单位：万元',
    ' 项目名称     青岭保护区巡护能力提升项目                              主管部门       某省林草局',
    ' 实施单位     某省青岭自然保护区管理局                              项目负责人       周甲',
    '                                             1—9月执    全年预计执     全年预计',
    '                          年度预算数 1—9月执行数 行率（%） 行数                执行率        偏差原因分析',
    '  项目资金                                                            （%）',
    `  （万元） 年度资金总额          800.00      ${o.spent ?? '520.40'}    ${o.total ?? '65.05'}    792.00   99.00 巡护车辆购置合同于8月签订，`,
    `       其中：财政拨款         700.00      463.90    ${o.fiscal ?? '66.27'}    692.00   98.86 尾款将于第四季度支付。`,
    `       其他资金               100.00       56.50    ${o.other ?? '56.50'}    100.00  100.00`,
    '                                 1—9月实际完      完成进度     全年预计完     完成目标      偏差原因类型',
    '  一级指标  二级指标  三级指标       年度指标值        成值         （%）       成值       可能性 经费保障 其他',
    `  产出指标  数量指标 巡护线路里程         6,000公里     4,350公里     ${o.patrol ?? '72.50'} 6,000公里  确定能`,
    `  产出指标  数量指标 护林员培训人次       ≥300人次      240人次       ${o.training ?? '80.00'} ≥300人次   确定能`,
    '  产出指标  质量指标 巡护记录完整率         ≥98%         99.40%       101.43 ≥98%       确定能',
    '  产出指标  成本指标 每公里巡护成本      ≤2,000元      1,860元            — ≤2,000元   确定能',
    `执行情况说明 截至9月30日，${o.said ?? '项目累计支出520.40万元，1—9月执行率65.05%'}。${o.text ?? '已完成巡护线路4,350公里，累计培训护林员240人次。'}计划全年巡护6,000公里，`,
    '       剩余1,650公里将于第四季度完成。',
    '填表人：吴乙       联系电话：0000-11112222     填报日期：2032年10月12日',
  ].join('\n');

describe('a 监控表 whose header labels wrap in narrow cells', () => {
  it('gives no error on the clean sheet, nor on a note in a cell or a plan in the text', () => {
    expect(errors(sheet())).toEqual([]);
    expect(errors(sheet({ patrol: '72.5（截至9月底）' }))).toEqual([]);
    expect(errors(sheet({ other: '—（未到位）' }))).toEqual([]);
    expect(errors(sheet({ text: '已完成巡护线路4,350公里，预计全年完成巡护6,000公里。' }))).toEqual([]);
    // (Another period's figures, a source's outturn: not the sheet's.)
    expect(errors(sheet({ text: '截至10月10日累计完成巡护线路4,900公里。' }))).toEqual([]);
    expect(errors(sheet({ said: '截至10月10日累计支出560.00万元，中央资金支出300.00万元' }))).toEqual([]);
  });

  it('finds a wrong 执行率 in a money row, read by the other rows', () => {
    expect(errors(sheet({ total: '62.05' }))).toEqual(['completion.percent 65.05% 62.05%']);
    expect(errors(sheet({ fiscal: '62.27' }))).toEqual(['completion.percent 66.27% 62.27%']);
  });

  it('finds a 年度资金总额 that is not 财政拨款 + 其他资金', () => {
    expect(errors(sheet({ spent: '530.40', total: '66.30' }))).toEqual(['sum.parts 520.40 530.40']);
  });

  it('finds a wrong 完成进度 of an indicator, a floor read as its target', () => {
    expect(errors(sheet({ patrol: '75.20' }))).toEqual(['completion.target 72.50% 75.20%']);
    expect(errors(sheet({ training: '84.00' }))).toEqual(['completion.target 80.00% 84.00%']);
  });

  it('finds a figure of what was done that is not the indicator row’s actual', () => {
    expect(errors(sheet({ text: '已完成巡护线路4,530公里，累计培训护林员240人次。' }))).toEqual([
      'figure.text-table 4350公里 4,530公里',
    ]);
  });

  it('finds the text’s outturn or 执行率 not the 年度资金总额 row’s, not a rate the table prints wrong', () => {
    expect(errors(sheet({ said: '项目累计支出502.40万元，1—9月执行率65.05%' }))).toEqual([
      'figure.text-table 520.40万元 502.40万元',
    ]);
    expect(errors(sheet({ said: '项目累计支出520.40万元，1—9月执行率65.50%' }))).toEqual([
      'figure.text-table 65.05% 65.50%',
    ]);
    expect(errors(sheet({ total: '62.05' }))).toEqual(['completion.percent 65.05% 62.05%']);
  });

  it('finds a title year that its 填报日期 does not fit', () => {
    expect(errors(sheet({ title: '2031年1—9月项目绩效运行监控表' }))).toEqual([
      'year.mismatch 2032年 2031年',
    ]);
  });
});

describe('a second sheet whose 其他资金 is nil', () => {
  const second = (fiscal = '30.00', title = '2032年1—9月项目绩效运行监控表') =>
    [
      sheet(),
      `                          ${title}`,
      '填报单位（盖章）：某省青岭自然保护区管理局                                    单位：万元',
      ' 项目名称     青岭保护区界桩补设项目                                  主管部门       某省林草局',
      '                                             1—9月执    全年预计执     全年预计',
      '                          年度预算数 1—9月执行数 行率（%） 行数                执行率        偏差原因分析',
      '  项目资金                                                            （%）',
      '  （万元） 年度资金总额          150.00       45.00    30.00    150.00  100.00 界桩按批验收后支付。',
      `       其中：财政拨款         150.00       45.00    ${fiscal}    150.00  100.00`,
      '       其他资金                 0.00        0.00       —       0.00       —',
      '填表人：吴乙       联系电话：0000-11112222     填报日期：2032年10月12日',
    ].join('\n');

  it('gives no error when clean', () => {
    expect(errors(second())).toEqual([]);
  });

  it('finds the 财政拨款 rate its one clean row shows wrong, and the second title’s year', () => {
    expect(errors(second('33.00'))).toEqual(['completion.percent 30.00% 33.00%']);
    // (The title's year found by the heading rule: one finding.)
    expect(errors(second('30.00', '2031年1—9月项目绩效运行监控表'))).toEqual([
      'year.heading 2032年度 2031年度',
    ]);
  });
});

describe('a 监控表 whose period is printed on a line of its own under the title', () => {
  const split = (patrol: string) =>
    sheet({ title: '项目支出绩效运行监控表', patrol }).replace(
      '填报单位（盖章）',
      '                          （2032年1—9月）\n填报单位（盖章）',
    );
  it('is read as a titled sheet: its 完成进度 judged', () => {
    expect(errors(split('72.50'))).toEqual([]);
    expect(errors(split('76.50'))).toContain('completion.target 72.50% 76.50%');
  });
});
