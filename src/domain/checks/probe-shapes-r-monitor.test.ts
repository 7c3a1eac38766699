/**
 * 绩效运行监控表 shapes met in fresh documents (units, names and figures made up), each with a clean variant:
 *  - an outturn column headed "1—7月执行" (no 数) and a 预计全年执行 column: each row's 执行率 / 预计执行率 and
 *    the 合计 row are checked as under "执行数";
 *  - the 偏差（百分点） column: 执行率 − 序时进度.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`);

const monitor = (
  o: { rate?: string; total?: string; forecastRate?: string; gap?: string; head?: string } = {},
) =>
  [
    '                       表1 项目预算执行监控表',
    '                                                        金额单位：万元',
    ` 项目名称         年度预算    ${o.head ?? '1—7月执行'}     执行率（%）   序时进度（%）   偏差（百分点）   预计全年执行   预计执行率（%）`,
    ` 乡村供水工程     1,480.00      903.20        ${o.rate ?? '61.03'}         58.33          ${o.gap ?? '2.70'}          1,470.00          ${o.forecastRate ?? '99.32'}`,
    ' 堤防加固工程     2,640.00    1,096.50        41.53         58.33        -16.80          2,500.00          94.70',
    ` 合计             ${o.total ?? '4,120.00'}    1,999.70        48.54         58.33         -9.79          3,970.00          96.36`,
  ].join('\n');

describe('a 监控表 whose outturn column is headed "1—7月执行"', () => {
  it('gives no error when the rates and the 合计 agree', () => {
    expect(errors(monitor())).toEqual([]);
    expect(errors(monitor({ head: '截至7月执行' }))).toEqual([]);
  });
  it('gives no error on a rate within the rounding of its figures', () => {
    expect(errors(monitor({ rate: '61.02' }))).toEqual([]);
  });
  it('finds a wrong 执行率', () => {
    expect(errors(monitor({ rate: '81.03' }))).toEqual(['completion.percent L4 61.03% 81.03%']);
  });
  it('finds a wrong 预计执行率', () => {
    expect(errors(monitor({ forecastRate: '89.32' }))).toEqual(['completion.percent L4 99.32% 89.32%']);
  });
  it('finds a wrong 合计', () => {
    expect(errors(monitor({ total: '4,150.00' }))).toEqual(['sum.parts L6 4120.00 4150.00']);
  });
});

describe('the 偏差（百分点） column of a 监控表', () => {
  it('gives no error when each 偏差 is 执行率 − 序时进度, or within rounding', () => {
    expect(errors(monitor())).toEqual([]);
    expect(errors(monitor({ gap: '2.69' }))).toEqual([]);
  });
  it('finds a wrong 偏差', () => {
    expect(errors(monitor({ gap: '6.70' }))).toEqual(['completion.schedule L4 2.70 6.70']);
  });
});

// A 监控表 printed from a PDF: its header labels wrapped over five lines ("1—6" / "月执" / "行", "序时进" / "度（%）").
const wrapped = (o: { rate?: string; total?: string; forecastRate?: string; gap?: string } = {}) =>
  [
    '                        表1 项目预算执行监控表',
    '填报单位：青岚县水务局                                                                        金额单位：万元',
    '序                                    月执                   偏差 预计全年 预计执',
    '                                                 执行率 序时进 （百分',
    '号         项目名称          年度预算       1—6',
    '                                     行           （%） 度（%） 点）  执行   行率',
    '                                                                  （%）',
    ` 1   城乡供水管网改造工程         1,480.00    903.20       ${o.rate ?? '61.03'}   50.00    ${o.gap ?? '11.03'}     1,470.00       ${o.forecastRate ?? '99.32'}`,
    ' 2   堤防加固工程               2,640.00 1,096.50        41.53   50.00    -8.47    2,500.00       94.70',
    ' 3   灌区节水改造               560.00      330.40       59.00   50.00    9.00          560.00    100.00',
    `           合计           ${o.total ?? '4,680.00'} 2,330.10        49.79   50.00   -0.21     4,530.00       96.79`,
  ].join('\n');

describe('a 监控表 whose header labels wrap over several lines', () => {
  it('gives no error when its figures agree', () => {
    expect(errors(wrapped())).toEqual([]);
    expect(errors(wrapped({ gap: '11.02' }))).toEqual([]);
  });
  it('finds a wrong 执行率, 预计执行率, 偏差 and 合计', () => {
    expect(errors(wrapped({ rate: '81.03' }))).toEqual(['completion.percent L8 61.03% 81.03%']);
    expect(errors(wrapped({ forecastRate: '89.32' }))).toEqual(['completion.percent L8 99.32% 89.32%']);
    expect(errors(wrapped({ gap: '13.03' }))).toEqual(['completion.schedule L8 11.03 13.03']);
    expect(errors(wrapped({ total: '4,780.00' }))).toEqual(['sum.parts L11 4680.00 4780.00']);
  });
});

// An indicator 监控表 whose header wraps ("1—6 月完成值" on one line, "值" of 预计全年完成值 on the next), rates without "%".
const indicators = (progress = '40.00') =>
  [
    '                  表2 堤防加固工程绩效目标监控表',
    '   三级指标          计量单位   年度目标值        1—6 月完成值 完成进度（%） 预计全年完成',
    '                                                        值                                能否完成',
    '加固堤防              公里      12.5             5.0           ' +
      progress +
      '           12.5            能',
    '新建涵闸              座         8               3             37.50            8              能',
    '清理河道             万立方米     6.4             2.9           45.31            6.4             能',
  ].join('\n');

describe('an indicator 监控表 whose header wraps', () => {
  it('gives no error when each 完成进度 is 完成值 ÷ 目标值, or within rounding', () => {
    expect(errors(indicators())).toEqual([]);
    expect(errors(indicators('40.0'))).toEqual([]);
  });
  it('finds a wrong 完成进度', () => {
    expect(errors(indicators('70.00'))).toEqual(['completion.target L4 40.00% 70.00%']);
  });
});

describe('the projects on either side of the 序时进度', () => {
  const text = (above: string, below: string) =>
    [
      '一、预算执行情况',
      `   5个项目年度预算合计4680.00万元，1—6月累计执行2330.10万元，执行率49.79%。执行率高于序时进度的项目${above}个，低于序时进度的项目${below}个。`,
    ].join('\n');
  it('gives no error when they are no more than the projects', () => {
    expect(errors(text('3', '2'))).toEqual([]);
    expect(errors(text('2', '2'))).toEqual([]);
  });
  it('finds more projects than there are', () => {
    expect(errors(text('4', '2'))).toEqual(['count.sum L2 6个 5个']);
  });
});

describe('the 截至 date of a 1—N月 监控 report', () => {
  const text = (date: string, tail = '') =>
    [
      '青岚县水务局2024年1—6月项目支出绩效运行监控报告',
      `   按照县财政局2024年度预算绩效运行监控工作要求，我局对纳入监控范围的5个项目开展了运行监控。监控数据截至${date}，序时进度为50.00%。${tail}`,
    ].join('\n');
  it('gives no error on the period of the report, or last year’s date compared with', () => {
    expect(errors(text('2024年6月30日'))).toEqual([]);
    expect(errors(text('2024年6月30日', '与上年同期相比，截至2023年6月30日执行率为45.10%。'))).toEqual([]);
  });
  it('finds a date of another year', () => {
    expect(errors(text('2023年6月30日'))).toEqual(['year.mismatch L2 2024年 2023年']);
  });
});

describe('a project’s 执行 in the text against a wrapped 监控表', () => {
  const text = (spent: string) =>
    [`   城乡供水管网改造工程执行${spent}万元，执行率61.03%，主体管网已铺设完成。`, '', wrapped()].join('\n');
  it('gives no error when the text restates the row', () => {
    expect(errors(text('903.20'))).toEqual([]);
  });
  it('finds a figure the row does not hold', () => {
    expect(errors(text('930.20'))).toEqual(['figure.text-table L1 903.20万元 930.20万元']);
  });
});
