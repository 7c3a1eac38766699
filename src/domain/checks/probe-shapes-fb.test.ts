import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

/**
 * A 三公 notice: its money table under a header of three scrambled lines, a counts table right under it (its own
 * header of words and years, no title between), and the counts in the text.
 */
const notice = (o: { held?: string; batches?: string; receptionChange?: string } = {}): string =>
  [
    '               某县河湖管护中心',
    '          2037年度“三公”经费决算公开说明',
    '一、“三公”经费分项决算情况',
    '    公务用车购置及运行维护费决算支出20.30万元。截至2037年末，我中心公务用车保有',
    `量${o.held ?? '6'}辆，与上年末持平。公务接待费决算支出2.10万元，全年共接待国内公务${o.batches ?? '31'}批次、`,
    '204人次，无外事接待。',
    '二、“三公”经费决算明细表',
    '                                          单位：万元',
    '               2037年   2037年   较预算增减 2036年 较上年增减',
    '       项目      预算数 决算数 增减额 增减率                       增减率',
    '                                    （%） 决算数 增减额 （%）',
    '合计               30.00 26.40 -3.60 -12.00 24.00 2.40 10.00',
    '1.因公出国（境）费        5.00 4.00 -1.00 -20.00 3.00 1.00 33.33',
    '2.公务用车购置及运行维护费 22.00 20.30 -1.70 -7.73 19.20 1.10 5.73',
    '  其中：公务用车购置费     12.00 11.50 -0.50 -4.17 10.00 1.50 15.00',
    '     公务用车运行维护费 10.00 8.80 -1.20 -12.00 9.20 -0.40 -4.35',
    `3.公务接待费           3.00 2.10 -0.90 -30.00 1.80 ${o.receptionChange ?? '0.30'} 16.67`,
    '     实物量指标         2037年        2036年          较上年增减',
    '因公出国（境）团组数（个）                1          1                0',
    '公务用车保有量（辆）                   6          6                0',
    '公务接待批次                      31         35               -4',
    '公务接待人次                     204        230              -26',
    '注：增减额为负数表示减少。',
  ].join('\n');

describe('a counts table under a 三公 money table, its header a line of words and years (layout.ts, fee-counts.ts)', () => {
  it('agrees with the text', () => {
    expect(errors(notice())).toEqual([]);
  });
  it('holds the counts the text states', () => {
    expect(errors(notice({ held: '8' }))).toEqual(['5 count.restated 6辆 8辆']);
    expect(errors(notice({ batches: '33' }))).toEqual(['5 count.restated 31批次 33批次']);
  });
});

describe('a 增减额 column told by its rows under a scrambled header (shaped-changes.ts)', () => {
  it('is wrong in the one row where it is not 决算 − 上年', () => {
    expect(errors(notice({ receptionChange: '0.03' }))).toEqual(['17 table.change 0.30 0.03']);
  });
});

/** A 收入支出决算总表 as plain pdftotext prints it: each income label over its figure line. */
const summary = (carried: string): string =>
  [
    '收入支出决算总表',
    '',
    '公开01表 单位：万元',
    '',
    '收入',
    '支出',
    '项目',
    '决算数',
    '项目',
    '一、一般公共预算财政拨款收入',
    '812.40 一、一般公共服务支出',
    '二、政府性基金预算财政拨款收入',
    '0.00 二、农林水支出',
    '三、事业收入',
    '0.00',
    '四、其他收入',
    '10.20',
    '本年收入合计',
    '822.60 本年支出合计',
    '年初结转和结余',
    '30.00 年末结转和结余',
    '总计',
    '852.60 总计',
    '注：本表反映单位本年度的总收支和年末结转结余情况。',
    '',
    '决算数',
    '300.10',
    '500.50',
    '800.60',
    carried,
    '852.60',
    '',
  ].join('\n');

describe('a plain 总表 printed label line and figure line in turn (plain-summary.ts)', () => {
  it('adds up', () => {
    expect(errors(summary('52.00'))).toEqual([]);
  });
  it('reports a 总计 its 支出 side does not make', () => {
    expect(errors(summary('52.90'))).toEqual(['31 table.total 853.50 852.60']);
  });
});

const structure = (share: string): string =>
  [
    '某县农业服务中心2037年度部门决算情况说明',
    '    三、一般公共预算财政拨款支出决算情况说明',
    '    2037年度一般公共预算财政拨款支出2,000.00万元。从支出结构看，社会保障和就业支出（类）160.00万元，',
    `占8.00%；卫生健康支出（类）60.00万元，占3.00%；农林水支出（类）1,700.00万元，占${share}%；住房保障支出（类）80.00万元，`,
    '占4.00%。',
  ].join('\n');

describe("a list's shares whose amounts add up to the paragraph's whole (complete-share-lists.ts)", () => {
  it('hold', () => {
    expect(errors(structure('85.00'))).toEqual([]);
  });
  it('one share not its amount ÷ the whole is wrong', () => {
    expect(errors(structure('58.00'))).toEqual(['4 share.percent 85.00% 58.00%']);
  });
});
