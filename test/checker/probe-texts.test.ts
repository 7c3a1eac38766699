/**
 * Documents of the blind rounds kept whole (units, names and figures made up by us; docs/checker.md "Sets GX–HR",
 * "Sets HS–ID"): at first sight each gave false errors, or missed errors, that a shorter extract did not reproduce.
 * Each clean copy gives no error; a planted copy (…-planted) gives its plants.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkTextReport } from '../../src/domain/checks/index.ts';

const errors = (name: string) =>
  checkTextReport(
    readFileSync(fileURLToPath(new URL(`../fixtures/probe-texts/${name}.txt`, import.meta.url)), 'utf8'),
  )
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.found}`);

describe('documents whose first sight gave false errors', () => {
  it('adds a 项目资金 part’s 得分 to its indicators’ across the 年度总体目标 set as a table (table-rules.ts)', () => {
    expect(errors('self-evals-goal-table-between')).toEqual([]);
  });
  it('does not take a 公开05’s 年初预算数 小计 for its 决算 (figure-claims.ts)', () => {
    expect(errors('gp-expense-budget-and-outturn')).toEqual([]);
  });
});

describe('documents whose first sight missed what a shorter extract did not show', () => {
  it('reads a notice wrapped at a count of characters, its lines dense in figures short of the wrap (layout.ts)', () => {
    expect(errors('fee-notice-char-wrapped')).toEqual([]);
    expect(errors('fee-notice-char-wrapped-planted')).toEqual(
      expect.arrayContaining(['10 change.percent 0.78%', '45 share.average 2.74万元']),
    );
  });
  it('reads a 评分表 typed by display width with 扣分原因 sentences and a name in quotes (layout.ts, table-model.ts)', () => {
    expect(errors('score-table-wrapped-reasons')).toEqual([]);
    // (Its 分值 column runs 4, 3, 4 … 5 down the rows: no 行次 to leave out.)
    expect(errors('score-table-wrapped-reasons-planted')).toEqual(
      expect.arrayContaining(['171 score.exceeds-weight 2.60', '188 grade.score 良']),
    );
  });
});
