/**
 * Tables plain `pdftotext` printed header, then each row's label with its figures grouped over one to three lines
 * (plain-groups.ts): the 合计 against its items and a 小计 against its （1）（2） parts are judged; a row of more
 * figures than headers, or a line of words between rows, leaves the table unread.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`);

type Parts = { total?: string; car?: string; header?: string[]; between?: string[]; hosting?: string[] };

const doc = ({
  total = '38.50',
  car = '30.00',
  header = ['项目', '预算数 决算数 上年决算数'],
  between = [],
  hosting = ['9.70', '9.50'],
}: Parts = {}) =>
  [
    '临江县水文站2025年度“三公”经费财政拨款支出决算表',
    '单位：万元',
    ...header,
    '合计',
    `41.20 ${total}`,
    '44.10',
    '1．因公出国（境）费',
    '0.00',
    '0.00',
    '3.20',
    `2．公务用车购置及运行维护费 ${car} 28.80`,
    '31.40',
    ...between,
    '（1）公务用车购置费',
    '18.00 17.60',
    '20.00',
    '（2）公务用车运行维护费',
    '12.00 11.20',
    '11.40',
    '3．公务接待费',
    '11.20',
    ...hosting,
    '',
    '二、“三公”经费财政拨款支出具体情况',
    '',
  ].join('\n');

describe('a table printed header, then labels with their figures grouped over a few lines', () => {
  it('reads nothing wrong in a table that adds up', () => {
    expect(errors(doc())).toEqual([]);
    expect(errors(doc({ header: ['项目 预算数 决算数 上年决算数'] }))).toEqual([]);
  });

  it('judges the 合计 against its items and the 小计 against its parts', () => {
    expect(errors(doc({ total: '38.05' }))).toEqual(['table.row-sum L6 38.50 38.05']);
    expect(errors(doc({ car: '32.00' }))).toEqual(['table.row-sum L12 30.00 32.00']);
    expect(errors(doc({ total: '38.05', header: ['项目 预算数 决算数 上年决算数'] }))).toEqual([
      'table.row-sum L5 38.50 38.05',
    ]);
  });

  it('reads nothing when a row holds more figures than headers, or words come between rows', () => {
    expect(errors(doc({ total: '38.05', hosting: ['9.70', '9.50 0.20'] }))).toEqual([]);
    expect(errors(doc({ total: '38.05', between: ['其中：'] }))).toEqual([]);
    expect(errors(doc({ total: '38.05', between: ['按财政拨款口径填列，不含其他资金。'] }))).toEqual([]);
  });
});
