/**
 * A 三公 notice in prose only: a change named after the comparison whose figure the sentence states under a
 * generic clause (prose-changes.ts), a bracketed figure compared with last year's (prose-budget-gaps.ts), an
 * item's share right after its outturn (fee-shares.ts), a year's end of another year (cutoff-years.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error' || f.severity === 'warning')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

const notice = (opening: string, reception: string, carLine: string) =>
  [
    '关于2031年度全市“三公”经费财政拨款支出决算情况的说明',
    opening,
    '一、因公出国（境）费。2031年度全市因公出国（境）费年初预算40.00万元，支出决算30.00万元，完成年初预算的75.00%。',
    `二、公务用车购置及运行维护费。2031年度全市公务用车购置及运行维护费年初预算500.00万元，支出决算450.00万元，完成年初预算的90.00%。其中：公务用车购置费年初预算200.00万元，支出决算180.00万元，完成年初预算的90.00%。${carLine}`,
    `三、公务接待费。2031年度全市公务接待费年初预算150.00万元，支出决算120.00万元，完成年初预算的80.00%，占“三公”经费支出决算总额的${reception}。`,
  ].join('\n');

const opening = (change: string) =>
  `2031年度，全市“三公”经费财政拨款年初预算690.00万元，全年支出决算600.00万元，完成年初预算的86.96%，与2030年度相比，“三公”经费财政拨款支出${change}。`;
const car = (figure: string) =>
  `与上年相比，公务用车购置费（${figure}万元）比上年200.00万元减少20.00万元，下降10.00%。`;

describe('a 三公 notice in prose', () => {
  it('agrees with itself', () => {
    expect(errors(notice(opening('减少60.00万元，下降9.09%'), '20.00%', car('180.00')))).toEqual([]);
  });

  it('reads the change of the item the sentence named before its one outturn', () => {
    expect(errors(notice(opening('减少60.00万元，下降6.90%'), '20.00%', car('180.00')))).toEqual([
      '2 change.percent 9.09% 6.90%',
    ]);
  });

  it('does not take an outturn when the sentence names another item first', () => {
    const other = `2031年度，全市会议费年初预算690.00万元，全年支出决算600.00万元，与2030年度相比，“三公”经费财政拨款支出减少60.00万元，下降6.90%。`;
    expect(errors(notice(other, '20.00%', car('180.00')))).toEqual([]);
  });

  it('tells a bracketed figure that restates the item’s outturn wrong', () => {
    expect(errors(notice(opening('减少60.00万元，下降9.09%'), '20.00%', car('188.00')))).toEqual([
      '4 figure.restated 180.00万元 188.00万元',
    ]);
  });

  it('judges a bracketed figure against last year’s when nothing restates it', () => {
    const alone = `与上年相比，公务接待费（118.00万元）比上年100.00万元增加20.00万元，增长20.00%。`;
    expect(errors(`关于2031年度“三公”经费的说明\n${alone}`)).toEqual([
      '2 change.amount 增加18.00万元 增加20.00万元',
    ]);
  });

  it('judges an item’s share after its outturn and rate against the total stated before', () => {
    expect(errors(notice(opening('减少60.00万元，下降9.09%'), '22.00%', car('180.00')))).toEqual([
      '5 share.percent 20.00% 22.00%',
    ]);
  });

  it('takes a share that fits the items’ sum when the total printed does not', () => {
    // 30.00 + 450.00 + 120.00 = 600.00; printed 601.00: 120.00 ÷ 600.00 = 20.00%, ÷ 601.00 = 19.97%.
    const text = notice(opening('减少60.00万元，下降9.08%'), '20.00%', car('180.00')).replace(
      '全年支出决算600.00万元，完成年初预算的86.96%',
      '全年支出决算601.00万元，完成年初预算的87.10%',
    );
    expect(errors(text)).toEqual([]);
    const shares = checkTextReport(text).claims.filter((c) => c.kind === 'share');
    expect(shares.map((c) => c.verified)).toEqual([true]);
  });
});

describe('a year’s end of another year (cutoff-years.ts)', () => {
  const doc = (title: string, sentence: string) =>
    `${title}\n本部门2031年度公务用车运行维护费支出12.00万元。${sentence}`;
  it('is an error in the document of the next year', () => {
    expect(
      errors(doc('2031年度部门决算说明', '截至2030年末，本部门开支财政拨款的公务用车保有量为8辆。')),
    ).toEqual(['2 year.mismatch 2031年 2030年']);
  });
  it('is the document’s own year’s end', () => {
    expect(errors(doc('2031年度部门决算说明', '截至2031年底，本部门公务用车保有量为8辆。'))).toEqual([]);
  });
  it('may be last year’s end when the sentence says so, or in a budget', () => {
    expect(
      errors(doc('2031年度部门决算说明', '截至2030年末（即年初），本部门固定资产原值为90万元。')),
    ).toEqual([]);
    expect(errors(doc('2031年部门预算说明', '截至2030年末，本部门公务用车保有量为8辆。'))).toEqual([]);
  });
});
