/**
 * An indicator stated in running text with its target and actual (an excess over a floor target, a target
 * exceeded by a stated count, a satisfaction rate from survey counts) and a project's balance after spending.
 * Invented figures; clean variants give no error.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';
import { wrapped } from './__fixtures__/wrapped.ts';

const errors = (...paragraphs: string[]) =>
  checkTextReport(wrapped('某某站2024年度渔业技术推广项目绩效自评报告', paragraphs))
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

describe('a completion rate against a floor target', () => {
  const SITES = (rate: string) => `建设养殖示范基地：目标值≥16个，实际完成18个，完成率${rate}。`;
  it('holds when the rate is actual ÷ floor, or a floor exceeded counted as fully met', () => {
    expect(errors(SITES('112.50%'))).toEqual([]);
    expect(errors(SITES('100%'))).toEqual([]);
  });
  it('reports a rate the figures do not give', () => {
    expect(errors(SITES('121.50%'))).toEqual(['completion.target 112.50% 121.50%']);
  });
  it('does not read a ceiling or a range', () => {
    expect(errors('单个基地补助：目标值≤9万元，实际8.4万元，完成率121.50%。')).toEqual([]);
  });
});

describe('an excess over a target', () => {
  const TRAINING = (n: string) => `举办技术讲座：目标值85期，实际完成92期，超出目标${n}期。`;
  it('holds when the excess is actual − target', () => {
    expect(errors(TRAINING('7'))).toEqual([]);
  });
  it('reports another excess', () => {
    expect(errors(TRAINING('9'))).toEqual(['completion.target 7期 9期']);
  });
  it('does not judge a stretch with another figure of the unit', () => {
    expect(errors('举办技术讲座：目标值85期，实际完成92期，线上举办20期，超出目标9期。')).toEqual([]);
  });
});

describe('a satisfaction rate from survey counts', () => {
  const SURVEY = (rate: string) =>
    `共发放问卷450份，回收有效问卷432份，表示满意的401份，满意度${rate}，达到目标。`;
  it('holds when the rate is satisfied ÷ valid responses', () => {
    expect(errors(SURVEY('92.82%'))).toEqual([]);
  });
  it('reports another rate', () => {
    expect(errors(SURVEY('89.11%'))).toEqual(['share.percent 92.82% 89.11%']);
  });
  it('does not read graded satisfaction', () => {
    expect(errors('回收有效问卷432份，非常满意的301份，比较满意的100份，满意度89.11%。')).toEqual([]);
  });
});

describe('a balance after spending', () => {
  const FUNDS = (left: string) =>
    `本年度项目全年预算数240.00万元，实际到位资金232.50万元，实际支出219.37万元，结余资金${left}万元，已按规定收回。`;
  it('holds when the balance is a base − the spending (either base)', () => {
    expect(errors(FUNDS('20.63'))).toEqual([]);
    expect(errors(FUNDS('13.13'))).toEqual([]);
  });
  it('reports a balance no base gives', () => {
    expect(errors(FUNDS('26.03'))).toEqual(['sum.parts 20.63万元 26.03万元']);
  });
});
