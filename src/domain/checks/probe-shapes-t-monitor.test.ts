/**
 * Shapes met in a county 监控报告 and a 部门决算 read back with `pdftotext -layout` (names and figures made up):
 *  - a 监控表 with a 序号 column, its 合计 row printed without one, 执行率 headed without "%" but printed with it:
 *    the 合计 row is read by count (合计 = Σ the rows) and each row's 偏差 = 执行率 − 序时进度;
 *  - the text's 总体执行率 against last year's, this year's rate not restated: the 合计 row's (overall-rate-points.ts);
 *  - an indicator's floor target of a rate ("≥95%") is not read (its progress may be the rate reached);
 *  - a 收入支出决算总表 in pieces: 本年收入合计 = Σ the numbered 收入 items in the first piece (summary-classes.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);
const claims = (text: string, re: RegExp) =>
  checkTextReport(text)
    .claims.filter((c) => re.test(c.arithmetic))
    .map((c) => [c.verified, c.arithmetic]);

const monitor = (o: { dev?: string; budget?: string; points?: string; amount?: string } = {}) =>
  [
    '松坪县林业局',
    '2024年1—6月预算绩效运行监控报告',
    '一、总体执行情况',
    `   截至6月30日，3个项目累计执行${o.amount ?? '611.00'}万元，预算执行率为52.00%，高于序时进度2.00个百分点。`,
    `   与上年同期相比，今年1—6月总体执行率（上年同期为47.50%）提高${o.points ?? '4.50'}个百分点。`,
    '                         表1 2024年1—6月项目预算执行监控表',
    '                                                                                 单位：万元',
    ' 序号        项目名称         年度预算数     1—6月执行数       执行率        序时进度     偏差（百分点） 预计全年执行数 预计全年执行率',
    '  1 森林防火能力提升              600.00       330.00       55.00%      50.00%        5.00   600.00   100.00%',
    `  2 林木良种培育                  400.00       176.00       44.00%      50.00%       ${(o.dev ?? '-6.00').padStart(5)}   380.00     95.00%`,
    '  3 古树名木保护                  175.00       105.00       60.00%      50.00%       10.00   175.00    100.00%',
    `              合计          ${(o.budget ?? '1,175.00').padStart(8)}       611.00       52.00%      50.00%        2.00 1,155.00     98.30%`,
    '注：执行率＝1—6月执行数÷年度预算数；偏差＝执行率－序时进度。',
  ].join('\n');

describe('a 监控表 with a 序号 column and a 合计 row without one', () => {
  it('gives no error on a table that holds', () => {
    expect(errors(monitor())).toEqual([]);
    expect(claims(monitor(), /年度预算数：/)).toEqual([
      [true, '年度预算数：600.00 + 400.00 + 175.00，合计1175.00'],
    ]);
  });

  it('judges each 偏差 against 执行率 − 序时进度 (the rate printed with %, its header without)', () => {
    expect(errors(monitor({ dev: '-5.00' }))).toEqual(['10 completion.schedule -6.00 -5.00']);
  });

  it('sums the rows against the 合计 read by count', () => {
    expect(errors(monitor({ budget: '1,185.00' }))).toEqual(['12 sum.parts 1175.00 1185.00']);
  });
});

describe('the text’s 总体执行率 against last year’s, this year’s rate from the 合计 row', () => {
  it('holds when the points are the 合计 rate − last year’s', () => {
    expect(claims(monitor(), /上年|合计行/)).toEqual([
      [
        true,
        '52.00%（《表12024年1—6月项目预算执行监控表》合计行） − 47.50% = 4.50个百分点，文中提高4.50个百分点',
      ],
    ]);
  });

  it('finds wrong points, also when the 合计 budget is misprinted (the rate holds against the rows)', () => {
    expect(errors(monitor({ points: '5.40' }))).toEqual([
      '5 change.amount 提高4.50个百分点 提高5.40个百分点',
    ]);
    expect(errors(monitor({ points: '5.40', budget: '1,185.00' }))).toContain(
      '5 change.amount 提高4.50个百分点 提高5.40个百分点',
    );
  });

  it('reads nothing when the text states neither the table’s total outturn nor its budget', () => {
    expect(errors(monitor({ points: '5.40', amount: '600.00' })).filter((e) => /change/.test(e))).toEqual([]);
  });
});

describe('an indicator whose target is a floor of a rate', () => {
  const table = (rate: string) =>
    [
      '松坪县林业局2024年1—6月预算绩效运行监控报告',
      '        绩效指标           年度指标值        1—6月完成值      完成进度        预计全年完成情况',
      `苗木成活率                    ≥90%              93%       ${rate}        能完成`,
      `新造林面积                   ≥800亩            420亩      52.50%        能完成`,
      `森林管护面积                 1,200亩            600亩      50.00%        能完成`,
    ].join('\n');
  it('is not read: the progress may be the rate reached itself', () => {
    expect(errors(table('93.00%'))).toEqual([]);
    expect(claims(table('93.00%'), /目标值/)).toEqual([
      [true, '完成值420亩 ÷ 目标值800亩 × 100% = 52.50%，表中52.50%'],
      [true, '完成值600亩 ÷ 目标值1200亩 × 100% = 50.00%，表中50.00%'],
    ]);
  });
});

describe('a 收入支出决算总表 in pieces', () => {
  const side = (income: string, fifth = '五、事业收入') =>
    [
      '                                   收入支出决算总表',
      '                                                                     公开01表    单位：万元',
      '                     收入                                         支出',
      '            项目              决算数                         项目              决算数',
      '一、一般公共预算财政拨款收入                    3,210.40 一、一般公共服务支出',
      '二、政府性基金预算财政拨款收入                       0.00 二、外交支出',
      '三、国有资本经营预算财政拨款收入                      0.00 三、国防支出',
      '四、上级补助收入                              0.00 四、公共安全支出',
      `${fifth}                              96.30 五、教育支出`,
      '六、经营收入                                0.00 六、科学技术支出',
      '七、附属单位上缴收入                            0.00 七、文化旅游体育与传媒支出',
      '八、其他收入                               12.10 八、社会保障和就业支出                         210.15',
      '                                           九、卫生健康支出                            88.42',
      '                                           十、节能环保支出',
      '                                           十一、城乡社区支出                        3,020.13',
      '                                           十二、农林水支出',
      '                                           十三、交通运输支出',
      '                                           十四、资源勘探工业信息等支出',
      '                                           十五、商业服务业等支出',
      '                                           十九、住房保障支出                           0.00',
      '                                           二十、粮油物资储备支出',
      `            本年收入合计                ${income}             本年支出合计                 3,318.70`,
      '使用非财政拨款结余                             0.00 结余分配                                  0.00',
      '年初结转和结余                              20.00 年末结转和结余                             20.10',
      '              总计                  3,338.80                总计                  3,338.80',
    ].join('\n');

  it('sums the numbered 收入 items against 本年收入合计 in a later piece', () => {
    expect(errors(side('3,318.80'))).toEqual([]);
    expect(claims(side('3,318.80'), /本年收入合计/)).toEqual([
      [
        true,
        '《收入支出决算总表》“本年收入合计”等于各项收入之和：3210.40 + 0.00 + 0.00 + 0.00 + 96.30 + 0.00 + 0.00 + 12.10 = 3318.80，表中3318.80',
      ],
      [
        true,
        '《收入支出决算总表》“总计”等于“本年收入合计”加“使用非财政拨款结余”、“年初结转和结余”：3318.80 + 0.00 + 20.00 = 3338.80，表中3338.80',
      ],
    ]);
    expect(errors(side('3,328.80'))).toEqual(['22 table.total 3318.80 3,328.80']);
  });

  it('sums nothing when the items are not numbered without a gap: the 总计 alone holds the 合计 wrong', () => {
    expect(errors(side('3,328.80', '六、事业收入'))).toEqual(['25 table.total 3348.80 3,338.80']);
  });
});
