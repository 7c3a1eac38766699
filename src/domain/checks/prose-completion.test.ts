/** Completion rates in prose (prose-completion.ts): a second rate naming its budget in the same sentence. */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';
import { wrapped } from './__fixtures__/wrapped.ts';

const sentence = (initial: string, adjusted: string) =>
  `2034年度财政拨款支出年初预算为2,480.00万元，调整预算为2,716.35万元，支出决算为2,603.18万元，完成年初预算的${initial}%，完成调整预算的${adjusted}%。`;
const errors = (text: string) =>
  checkTextReport(wrapped('某县农机中心2034年度部门决算说明', [text]))
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

describe('two completion rates in one sentence, each naming its budget', () => {
  // 2603.18 ÷ 2480.00 = 104.97%; 2603.18 ÷ 2716.35 = 95.83%.
  it('hold: no error', () => {
    expect(errors(sentence('104.97', '95.83'))).toEqual([]);
  });
  it('the second (完成调整预算) is judged against the 调整预算', () => {
    expect(errors(sentence('104.97', '95.38'))).toEqual(['completion.percent 95.83% 95.38%']);
  });
  it('the first still against the 年初预算', () => {
    expect(errors(sentence('104.79', '95.83'))).toEqual(['completion.percent 104.97% 104.79%']);
  });
});
