import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

/** A 政府性基金 table (合计 row by column) and its section's text; figures invented. */
const FUND = (prose: string, income = '5,400.00') =>
  [
    '某水务局2024年度部门决算',
    '七、政府性基金预算财政拨款收入支出决算表',
    '单位：万元',
    '科目编码\t科目名称\t年初结转和结余\t本年收入\t合计\t基本支出\t项目支出\t年末结转和结余',
    `\t合计\t300.00\t${income}\t5,500.00\t0.00\t5,500.00\t200.00`,
    '213\t农林水支出\t300.00\t5,400.00\t5,500.00\t0.00\t5,500.00\t200.00',
    '七、政府性基金预算财政拨款收入支出决算情况说明',
    ...prose.split('\n'),
  ].join('\n');

const SOE = (prose: string) =>
  [
    '某交通局2024年度部门决算',
    '八、国有资本经营预算财政拨款支出决算表',
    '单位：万元',
    '科目编码\t科目名称\t合计\t基本支出\t项目支出',
    '\t合计\t800.00\t0.00\t800.00',
    '223\t国有资本经营预算支出\t800.00\t0.00\t800.00',
    '八、国有资本经营预算财政拨款支出决算情况说明',
    ...prose.split('\n'),
  ].join('\n');

const errors = (text: string) => checkTextReport(text).findings.filter((f) => f.severity === 'error');
/** The findings of this rule: judged against a figure stated before ("第N行所述本年支出"). */
const carried = (text: string) => errors(text).filter((f) => f.message.includes('行所述'));

describe('政府性基金 / 国有资本经营预算 figures against their tables', () => {
  const opening = (income: string) =>
    `2024年度政府性基金预算财政拨款年初结转和结余300.00万元，本年收入${income}万元，本年支出5,500.00万元，年末结转和结余200.00万元。`;

  it('holds the text to the table’s 合计 row, column by column', () => {
    expect(errors(FUND(opening('5,400.00')))).toEqual([]);
    expect(checkTextReport(FUND(opening('5,400.00'))).counts.figure.verified).toBeGreaterThanOrEqual(4);
    expect(errors(FUND(opening('5,040.00')))).toEqual([
      expect.objectContaining({ rule: 'figure.text-table', found: '5040.00万元', expected: '5400.00万元' }),
    ]);
  });

  it('reads the budget from the section heading when the sentence names none', () => {
    expect(errors(FUND('本年支出中基本支出0.00万元，项目支出5,500.00万元。'))).toEqual([]);
    expect(errors(FUND('本年支出中基本支出0.00万元，项目支出5,050.00万元。'))).toEqual([
      expect.objectContaining({ rule: 'figure.text-table', found: '5050.00万元' }),
    ]);
  });

  it('reads it under a sub-heading of that section, never in text after a table with no heading', () => {
    expect(errors(FUND('（一）支出情况\n本年支出中基本支出0.00万元，项目支出5,050.00万元。'))).toEqual([
      expect.objectContaining({ rule: 'figure.text-table', found: '5050.00万元' }),
    ]);
    const noHeading = FUND('').replace(/\n七、政府性基金预算财政拨款收入支出决算情况说明\n?$/, '');
    expect(errors(`${noHeading}\n本年支出中基本支出0.00万元，项目支出5,050.00万元。`)).toEqual([]);
  });

  it('reads “政府性基金预算财政拨款支出X万元” as the table’s 本年支出', () => {
    expect(errors(FUND('2024年度政府性基金预算财政拨款支出5,500.00万元。'))).toEqual([]);
    expect(errors(FUND('2024年度政府性基金预算财政拨款支出5,550.00万元。'))).toEqual([
      expect.objectContaining({ rule: 'figure.text-table', found: '5550.00万元', expected: '5500.00万元' }),
    ]);
  });

  it('reads the budget a heading run into its paragraph names', () => {
    expect(errors(FUND('（一）一般公共预算情况。本年支出800.00万元。'))).toEqual([]);
  });

  it('does not compare a sentence naming the 一般公共预算 with the fund table', () => {
    expect(errors(FUND('2024年度一般公共预算财政拨款本年收入5,040.00万元。'))).toEqual([]);
  });

  it('judges a share of the 国有资本经营预算财政拨款支出 after a completion rate', () => {
    const text = (p: string) =>
      SOE(`支出决算为200.00万元，完成年初预算的100.00%，占国有资本经营预算财政拨款支出的${p}%。`);
    expect(errors(text('25.00'))).toEqual([]);
    expect(errors(text('20.00'))).toEqual([
      expect.objectContaining({ rule: 'share.percent', expected: '25.00%', found: '20.00%' }),
    ]);
  });
});

describe('a figure stated once in a section, named again without its amount', () => {
  const stated = '2024年度政府性基金预算财政拨款本年收入5,400.00万元，本年支出5,500.00万元。';

  it('judges a change of 本年支出 against the amount stated before', () => {
    // Last year 5,500.00 − 500.00 = 5,000.00: 10.00%.
    expect(
      errors(
        FUND(
          `${stated}\n\n本年收入比2023年度增加400.00万元，增长8.00%。本年支出比2023年度增加500.00万元，增长10.00%，主要是项目增加。`,
        ),
      ),
    ).toEqual([]);
    expect(
      errors(
        FUND(
          `${stated}\n\n本年收入比2023年度增加400.00万元，增长8.00%。本年支出比2023年度增加500.00万元，增长9.09%，主要是项目增加。`,
        ),
      ),
    ).toEqual([
      expect.objectContaining({
        rule: 'change.percent',
        expected: '10.00%',
        found: '9.09%',
        message: expect.stringContaining('所述本年支出'),
      }),
    ]);
  });

  it('leaves a change whose name the section states with two amounts', () => {
    const two = `${stated}一般公共预算财政拨款本年支出800.00万元。`;
    expect(carried(FUND(`${two}\n\n本年支出比2023年度增加500.00万元，增长9.09%。`))).toEqual([]);
  });

  it('leaves a figure stated after another year', () => {
    const other = '2023年度，本年支出5,000.00万元。';
    expect(carried(FUND(`${other}\n\n本年收入持平。本年支出比上年增加500.00万元，增长9.09%。`))).toEqual([]);
  });

  it('leaves a change whose name is stated only in another section', () => {
    const text = FUND(`${stated}\n八、其他情况说明\n本年支出比2023年度增加500.00万元，增长9.09%。`);
    expect(carried(text)).toEqual([]);
  });

  it('ends a section at a heading run into its paragraph', () => {
    const text = FUND(
      `（一）收入情况。本年支出5,500.00万元。\n\n（二）支出情况。本年支出按支出功能分类：农林水支出（类）4,400.00万元，占81.48%。`,
    );
    expect(carried(text)).toEqual([]);
  });

  it('judges the shares of a list the figure opens', () => {
    const list = (p: string) =>
      FUND(
        `${stated}\n\n本年支出按支出功能分类：农林水支出（类）4,400.00万元，占${p}%；其他支出（类）1,100.00万元，占20.00%。`,
      );
    expect(errors(list('80.00'))).toEqual([]);
    expect(errors(list('81.48'))).toEqual([
      expect.objectContaining({
        rule: 'share.percent',
        expected: '80.00%',
        found: '81.48%',
        message: expect.stringContaining('所述本年支出'),
      }),
    ]);
  });

  it('does not judge a share of another whole, or one in a nested 其中 list', () => {
    const other = FUND(
      `${stated}\n\n本年支出按支出功能分类：农林水支出（类）4,400.00万元，占本年收入的81.48%。`,
    );
    expect(errors(other)).toEqual([]);
    const nested = FUND(
      `${stated}\n\n本年支出中基本支出0.00万元，项目支出5,500.00万元，其中工程项目4,400.00万元，占90.00%。`,
    );
    expect(carried(nested)).toEqual([]);
  });
});

describe('the outturn of a section’s subject, named 决算数', () => {
  const notice = (rate: string) =>
    [
      '某市林业局2031年度“三公”经费决算公开说明',
      `    一、“三公”经费总体情况。2031年度“三公”经费预算数300,000.00元，决算数240,000.00元。决算数比2030年减少60,000.00元，下降${rate}%。`,
      '    二、公务接待费。2031年度预算数50,000.00元，决算数42,000.00元。',
    ].join('\n');
  const errs = (text: string) =>
    checkTextReport(text)
      .findings.filter((f) => f.severity === 'error')
      .map((f) => `${f.rule} ${f.expected} ${f.found}`);

  it('is the base of the change the next sentence states of it', () => {
    expect(errs(notice('20.00'))).toEqual([]);
    expect(errs(notice('25.00'))).toEqual(['change.percent 20.00% 25.00%']);
  });
});
