import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

const text = (due: string) =>
  [
    '    项目总投资3,600.00万元，其中：中央财政补助资金2,000.00万元，县级财政配套资金1,600.00万元。',
    `    截至2031年12月31日，中央资金全部到位，县级配套资金到位1,250.00万元，尚有${due}万元未到位。`,
  ].join('\n');

describe('funds arrived and still to arrive', () => {
  it('add up to the funds of that name arranged in the text', () => {
    expect(errors(text('350.00'))).toEqual([]);
    expect(errors(text('530.00'))).toEqual(['2 sum.parts 1600.00万元 1780.00万元']);
  });
  it('are not judged when the name is arranged twice with different figures', () => {
    const twice = text('530.00') + '\n    另安排县级财政配套资金1,800.00万元用于管护。';
    expect(errors(twice)).toEqual([]);
  });
  it('are not judged against an amount that is itself an arrival or a spending', () => {
    const spent = [
      '    县级配套资金支出1,600.00万元。',
      '    县级配套资金到位1,250.00万元，尚有530.00万元未到位。',
    ].join('\n');
    expect(errors(spent)).toEqual([]);
  });
});
