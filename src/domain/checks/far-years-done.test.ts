/** A year two or more after the document's, dating what the text says was done (prose-years.ts). Made-up figures. */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const doc = (year: string) =>
  [
    '              某某局2031年度部门决算情况说明',
    '    （四）预算绩效管理情况',
    `    根据预算绩效管理要求，本部门在${year}年度预算编制阶段，组织对9个项目开展了绩效目标编报，涉及一般公共预算当年财政拨款1,234.56万元，绩效目标编报覆盖率100%。`,
  ].join('\n');

const found = (text: string): string[] =>
  checkTextReport(text)
    .findings.filter((f) => f.rule === 'year.mismatch')
    .map((f) => `${f.line} ${f.found}`);

describe('a far year in a statement of 绩效目标 set', () => {
  it('holds for the document’s year', () => {
    expect(found(doc('2031'))).toEqual([]);
  });
  it('is an error two years on (绩效目标 names the targets, no plan)', () => {
    expect(found(doc('2033'))).toEqual(['3 2033年']);
  });
});
