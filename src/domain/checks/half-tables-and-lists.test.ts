/**
 * The 基本支出 table in two halves side by side whose right half wraps a coded label onto the next line while the
 * left half's row goes on (table-model.ts joinRightHalfTail); a change after a list closed by 等 (prose-changes.ts).
 * Units, names and figures are made up.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const table = (office = '1,024.50') =>
  [
    '                 一般公共预算财政拨款基本支出决算表',
    '                                                       公开06表 单位：万元',
    '             人员经费                               公用经费',
    '经济分类 科目名称           决算数           经济分类 科目名称              决算数',
    '科目编码                              科目编码',
    `301 工资福利支出           2,410.00 302 商品和服务支出             ${office}`,
    '30101 基本工资             980.00 30201 办公费                  210.00',
    '30102 津贴补贴             820.00 30205 水费                     64.50',
    '30107 绩效工资             610.00 30206 电费                    180.00',
    '303 对个人和家庭的补助       140.00 30228 工会经费                 96.00',
    '30302 退休费               140.00 30231 公务用车运行维护',
    '                                          费                 220.00',
    '                                   30299 其他商品和服务支',
    '                                          出                 254.00',
    '    人员经费合计            2,550.00       公用经费合计           1,024.50',
  ].join('\n');

const errors = (text: string): string[] =>
  checkTextReport(text, { year: 2025 })
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.found}`);

describe('a right half whose coded label wraps beside a left half row', () => {
  it('keeps the wrapped item in its 款 sum', () => {
    const r = checkTextReport(table(), { year: 2025 });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.claims.some((c) => c.verified && c.arithmetic.includes('+ 220.00 +'))).toBe(true);
  });
  it('finds a 302 that is not the sum of its items', () => {
    expect(errors(table('1,042.50'))).toContain('6 table.code-sum 1,042.50');
  });
});

describe('a change after a list closed by 等', () => {
  const text = (pct: string) =>
    `    2025年度本单位机关运行经费支出52.80万元，主要包括办公费12.30万元、差旅费6.20万元、水电费8.40万元等，比2024年度减少4.40万元，下降${pct}%。`;
  it('is the whole’s change, not the last item’s', () => {
    const r = checkTextReport(text('7.69'), { year: 2025 });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(
      r.claims.some((c) => c.kind === 'change' && c.verified && c.arithmetic.includes('52.80 + 4.40')),
    ).toBe(true);
  });
  it('finds a wrong rate of the whole', () => {
    expect(errors(text('8.69'))).toEqual(['1 change.percent 8.69%']);
  });
});
