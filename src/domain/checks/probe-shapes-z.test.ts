/**
 * Shapes met in a city 部门决算 in 元 and a county 三公 说明 (names and figures made up): a 三公 table whose header
 * line of single-spaced words split its figure row from its title, a 科目 name wrapped over three lines around
 * its code, a paragraph stating last year's total and then comparing it with last year, and a 三公 table
 * comparing the 决算数 with the 预算数 under a two-level header.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

/** A 三公 table in 元, one row of 预算数 / 决算数 pairs under a header the layout reads in two parts. */
const feeTable = (total: string) => `                       某某演艺中心2031年度部门决算
                           财政拨款“三公”经费支出决算表
                                                                                公开07表 单位：元
                                            公务用车购置及运行维护费
        合计          因公出国
                    （境）费              小计          公务用车购 公务用车运行维护费 公务接待费
                                                     置费
 预算数 决算数 预算         数 数
                         决算 预算数 决算数 预算 决算 预算数 决算数 预算数 决算数
                                                  数 数
80,000.00 ${total} 0.00 0.00 60,000.00 52,345.60 0.00 0.00 60,000.00 52,345.60 20,000.00 14,210.00
注：本表列示本单位“三公”经费的预算与决算。`;

describe('a 三公 table whose figure row the layout split from its title', () => {
  it('reads the row: its pairs add up', () => {
    expect(errors(feeTable('66,555.60'))).toEqual([]);
  });
  it('finds a 决算数 合计 that is not the sum of its items', () => {
    expect(errors(feeTable('67,555.60'))).toEqual(['table.row-sum 66555.60 67,555.60']);
  });
});

/** A 05表 whose 2080505 name is printed over three lines, the code beside the middle one. */
const pensionTable = (middle: string, tail: string) => `                 一般公共预算财政拨款支出决算表
                                                               公开05表 单位：元
       项目          合计               基本支出              项目支出
功能分类    科目名称
科目编码
208     社会保障和就       2,330,000.00      2,330,000.00
        业支出
20805 行政事业单位
        养老支出         2,330,000.00      2,330,000.00

2080501 行政单位离退
        休               410,000.00      410,000.00
        机关事业单位
2080505 ${middle}       1,280,000.00      1,280,000.00
        ${tail}
2080506 职业年金缴费          640,000.00      640,000.00
        支出
       合计           2,330,000.00     2,330,000.00
注：本表列示各科目的财政拨款支出。`;

describe('a 科目 name wrapped over three lines around its code', () => {
  it('takes the whole name as the code’s', () => {
    expect(errors(pensionTable('基本养老保险', '缴费支出'))).toEqual([]);
  });
  it('finds the code printed with a sibling’s whole name', () => {
    expect(errors(pensionTable('职业年金缴费', '支出'))).toEqual([
      'table.code-name 2080505 机关事业单位基本养老保险缴费支出 2080505 机关事业单位职业年金缴费支出',
    ]);
  });
});

/** A 2031 决算 whose 财政拨款 paragraph states a year's total, then compares it with 2030. */
const yearDoc = (year: string) => `某某市群艺馆2031年度部门决算
一、收入支出决算总体情况说明
  某某市群艺馆2031年度收入、支出总计均为2345.60万元。与2030年度相比，收入、支出总计各增加120.00万元，增长5.39%。
四、财政拨款收入支出决算总体情况说明
  某某市群艺馆${year}年度财政拨款收入支出总计2100.50万元。与2030年度相比，财政拨款收入支出总计增加100.50万元，增长5.03%。主要原因是：项目经费增加。
五、其他
  2030年度决算数为300.00万元。与2030年度预算相比减少20.00万元。`;

describe('a paragraph stating last year’s total and comparing it with last year', () => {
  it('leaves this year’s total compared with last year, and last year’s 决算 compared with its budget', () => {
    expect(errors(yearDoc('2031'))).toEqual([]);
  });
  it('finds the year compared with itself', () => {
    expect(errors(yearDoc('2030'))).toEqual(['year.mismatch 2031年度 2030年度']);
  });
});

/** A 三公 table: 预算数, 决算数, 上年决算数, then 增减额 and 增减率 against the 预算数 and against last year. */
const budgetTable = (rate: string) => `       某某县水利局2031年度“三公”经费决算情况说明
一、“三公”经费财政拨款决算总体情况
                                                             单位：万元
             2031年预 2031年决 2030年决      决算数比预算数       决算数比上年决算数
     项目        算数     算数     算数       增减额 增减率（%） 增减额 增减率（%）
合计              30.00 26.40 24.10       -3.60  -12.00   2.30   9.54
1.因公出国（境）费       0.00   0.00   0.00      0.00     —     0.00       —
2.公务用车购置及运行维 20.00 18.20 16.30          -1.80  -9.00   1.90   11.66
护费
   其中：公务用车购置    0.00 0.00    0.00     0.00    —   0.00      —
   费
   公务用车运行维护费    20.00 18.20 16.30       -1.80    -9.00   1.90   11.66
3.公务接待费          10.00   8.20   7.80     -1.80   ${rate}   0.40   5.13
注：无上年数的增减率不计算。`;

describe('a 三公 table comparing the 决算数 with the 预算数 and with last year', () => {
  it('reads both comparisons: they hold', () => {
    expect(errors(budgetTable('-18.00'))).toEqual([]);
  });
  it('finds a rate against the 预算数 worked wrong', () => {
    expect(errors(budgetTable('-16.00'))).toEqual(['change.percent -18.00 -16.00']);
  });
});
