import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

// The whole (80.00) is not stated; the car fees (60.00) are 75.00% of it, and its parts' shares are of it too.
const ofWhole = (runShare: string) =>
  `2031年度“三公”经费决算中，因公出国（境）费4.00万元，占5.00%；公务用车购置及运行维护费60.00万元，占75.00%，其中公务用车购置费24.00万元，占30.00%，公务用车运行维护费36.00万元，占${runShare}%；公务接待费16.00万元，占20.00%。`;
// The same list with the parts' shares of the car fees.
const ofParent = (runShare: string) =>
  `2031年度“三公”经费决算中，因公出国（境）费4.00万元，占5.00%；公务用车购置及运行维护费60.00万元，占75.00%，其中公务用车购置费24.00万元，占40.00%，公务用车运行维护费36.00万元，占${runShare}%；公务接待费16.00万元，占20.00%。`;

describe('a nested 其中 list whose shares are of the wider whole (prose-shares.ts)', () => {
  it('reads 30.00% and 45.00% as shares of the whole, the total 60.00 being 75.00% of it', () => {
    expect(errors(ofWhole('45.00'))).toEqual([]);
    const claims = checkTextReport(ofWhole('45.00')).claims.map((c) => c.arithmetic);
    expect(claims).toContain('36.00 ÷ 60.00万元 × 75.00%（60.00万元所占比重） = 45.00%，文中45.00%');
  });
  it("reports a part's share that fits neither reading, against the wider whole", () => {
    expect(errors(ofWhole('47.00'))).toEqual(['share.percent 45.00% 47.00%']);
  });
  it('still reads shares of the nested total when they are', () => {
    expect(errors(ofParent('60.00'))).toEqual([]);
    expect(errors(ofParent('66.00'))).toEqual(['share.percent 60.00% 66.00%']);
  });
});
