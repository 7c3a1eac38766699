/** Template instructions left in the text, in round or square brackets (prose-unfilled.ts checkResidue). */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.found}`);

describe('a template instruction in 【】', () => {
  const row = (reason: string) =>
    `某县2031年度项目支出绩效自评表\n效益指标 社会效益指标 群众知晓率 ≥85% 80% 10 9.00 ${reason}\n`;
  it('is residue', () => {
    expect(errors(row('【填写偏差原因及改进措施】'))).toEqual([
      'residue.instruction 【填写偏差原因及改进措施】',
    ]);
    expect(errors(row('【请根据实际情况说明】'))).toEqual(['residue.instruction 【请根据实际情况说明】']);
  });
  it('is not a note in 【】 of the document’s own', () => {
    expect(errors(row('宣传覆盖不足，下年加强。'))).toEqual([]);
    expect(errors(row('【说明】宣传覆盖不足，下年加强。'))).toEqual([]);
  });
});
