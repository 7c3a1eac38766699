/** An amount restated in another unit in brackets (restated-units.ts, `unit.restated`). Made-up figures. */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const found = (text: string): string[] =>
  checkTextReport(text)
    .findings.filter((f) => f.rule === 'unit.restated')
    .map((f) => `${f.line} ${f.expected} ${f.found}`);

describe('an amount restated in brackets in another unit', () => {
  it('holds when the two are one amount, either rounded', () => {
    expect(found('2031年度本单位机关运行经费支出3,527,460.00元（折合352.75万元），比上年减少。')).toEqual([]);
    expect(found('2031年度本单位会议费支出352.75万元（即3,527,500.00元）。')).toEqual([]);
    expect(found('本年收入合计1.26亿元（约合12,600.00万元）。')).toEqual([]);
  });
  it('is an error when they differ', () => {
    expect(found('2031年度本单位机关运行经费支出3,527,460.00元（折合325.75万元），比上年减少。')).toEqual([
      '1 352.75万元 325.75万元',
    ]);
  });
  it('reads nothing else in the bracket', () => {
    expect(found('支出3,527,460.00元（其中折合325.75万元为公用经费）。')).toEqual([]);
  });
});
