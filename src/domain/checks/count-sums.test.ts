/**
 * Counts summed across the sentences of one paragraph (三公 notices): 国内 + 外事 接待 批次 / 人次 against
 * 全年共接待, 团组 against 因公出国（境）团组, 用车 against 公务用车. Made-up excerpts printed as
 * `pdftotext -layout` prints them; clean excerpts and near-misses give no error.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';
import { wrapped } from './__fixtures__/wrapped.ts';

const doc = (...paragraphs: string[]) =>
  checkTextReport(wrapped('某某中心2024年度“三公”经费支出决算说明', paragraphs));
const errors = (...paragraphs: string[]) =>
  doc(...paragraphs)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

const RECEPTION = (batches: string, people: string) =>
  `2024年国内公务接待41批次、305人次，主要用于接待上级部门业务指导和兄弟单位交流学习；外事接待3批次、27人次，主要用于接待境外合作机构来访。全年共接待${batches}批次、${people}人次。`;

describe('counts summed across sentences', () => {
  it('holds when the total is the sum of the parts stated before it', () => {
    const r = doc(RECEPTION('44', '332'));
    expect(r.findings).toEqual([]);
    expect(r.claims.filter((c) => c.kind === 'count').map((c) => c.arithmetic)).toEqual([
      '41 + 3 = 44批次，文中合计44批次',
      '305 + 27 = 332人次，文中合计332人次',
    ]);
  });
  it('reports a total that is not the sum, with the arithmetic, on the total’s line', () => {
    expect(errors(RECEPTION('45', '332'))).toEqual(['count.sum 44批次 45批次']);
    const text = wrapped('某某中心2024年度“三公”经费支出决算说明', [RECEPTION('44', '323')]);
    const f = checkTextReport(text).findings[0]!;
    expect(f.message).toBe('前文所列各项 305 + 27 = 332人次，文中合计却为323人次。');
    expect(text.split('\n')[f.line - 1]).toContain('323');
  });
  it('reads 因公出国（境）团组 and 公务用车 the same way', () => {
    const abroad = (n: string) =>
      `赴德国开展职业教育交流团组1个、6人次；赴新加坡参加数字政务研讨团组2个、9人次。全年共组织因公出国（境）团组${n}个、15人次。`;
    expect(errors(abroad('3'))).toEqual([]);
    expect(errors(abroad('4'))).toEqual(['count.sum 3个 4个']);
    const cars = (n: string) => `机要通信用车2辆；应急保障用车3辆；执法执勤用车6辆。年末共有公务用车${n}辆。`;
    expect(errors(cars('11'))).toEqual([]);
    expect(errors(cars('12'))).toEqual(['count.sum 11辆 12辆']);
  });
  it('reads parts and total in one sentence, each part in its own clause', () => {
    const one = (n: string) =>
      `2024年国内公务接待38批次、276人次，外事接待4批次、31人次，共计接待${n}批次、307人次。`;
    expect(errors(one('42'))).toEqual([]);
    expect(errors(one('43'))).toEqual(['count.sum 42批次 43批次']);
  });
  it('does not tie counts that are not clearly the parts of the total', () => {
    // Another topic (培训 and 检查 are no 接待).
    expect(errors('开展业务培训3次；开展专项检查5次。全年共接待上级检查4批次。')).toEqual([]);
    // Last year's count among them.
    expect(errors('国内公务接待41批次；外事接待3批次；上年接待50批次。全年共接待44批次。')).toEqual([]);
    // Flows (购置, 报废) are not parts of a stock.
    expect(errors('本年购置公务用车2辆；报废公务用车1辆。年末共有公务用车10辆。')).toEqual([]);
    // Two counts of the unit in one item (a nested breakdown).
    expect(errors('国内公务接待41批次，省外来访12批次；外事接待3批次。全年共接待44批次。')).toEqual([]);
    // 公共 in a name is no total.
    expect(errors('国内公务接待41批次；外事接待3批次。公共服务接待大厅接待9批次。')).toEqual([]);
    // Another year's count.
    expect(errors('2024年国内公务接待41批次；2023年外事接待3批次。全年共接待45批次。')).toEqual([]);
    // Last year's total after this year's parts.
    expect(errors('国内公务接待41批次；外事接待3批次。2023年全年共接待50批次。')).toEqual([]);
    expect(errors('国内公务接待41批次；外事接待3批次。上年共接待50批次。')).toEqual([]);
    // A single part.
    expect(errors('国内公务接待41批次。全年共接待44批次。')).toEqual([]);
  });
});

describe('a total after parts that each say 共 (count-sums.ts)', () => {
  const PARTS = (total: string) =>
    `其中：国内公务接待费128.40万元，共接待1,046批次、7,320人次，主要用于接待上级部门检查指导；外事接待费9.60万元，共接待5批次、41人次，主要用于接待外方客商。全年公务接待共计${total}批次、7,361人次。`;
  it('holds: 1,046 + 5 = 1,051', () => {
    expect(errors(PARTS('1,051'))).toEqual([]);
  });
  it('reports a total that is not the sum (the parts’ 共 does not make them totals)', () => {
    expect(errors(PARTS('1,501'))).toEqual(['count.sum 1051批次 1501批次']);
  });
});
