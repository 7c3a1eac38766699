/**
 * Mutation test over the clean corpus (test/fixtures/documents/corpus.ts): change random figures — any
 * figure printed with decimals, in prose or in a table, not only those a rule recognised — and check
 * the document again.
 *  - recall: of the changes to a figure that a verified claim of the clean document used (its value is in
 *    the claim's arithmetic), the share that now yields an error;
 *  - false errors: a new error whose message does not contain the changed figure (a claim the change did
 *    not touch, reported wrong) — there must be none.
 */
import { describe, expect, it } from 'vitest';
import { corpus } from './__fixtures__/corpus.ts';
import { checkTextReport } from './index.ts';

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIGURE = /(?<![\d.,])\d{1,3}(?:,\d{3})*\.\d{2}(?![\d])|(?<![\d.,])\d+\.\d{2}(?![\d])/g;
const plain = (v: string): string => v.replace(/,/g, '');

type Outcome = { doc: string; from: string; to: string; covered: boolean; caught: boolean; false: string[] };

function mutate(name: string, text: string, perDoc: number, seed: number): Outcome[] {
  const clean = checkTextReport(text);
  const verifiedText = clean.claims.filter((c) => c.verified).map((c) => c.arithmetic);
  const cleanErrors = new Set(
    clean.findings.filter((f) => f.severity === 'error').map((f) => `${f.line}|${f.rule}`),
  );
  const figures = [...text.matchAll(FIGURE)].filter((m) => !/^0\.00$/.test(m[0]));
  const counts = new Map<string, number>();
  for (const m of figures) counts.set(plain(m[0]), (counts.get(plain(m[0])) ?? 0) + 1);
  const r = rng(seed);
  const out: Outcome[] = [];
  for (let tries = 0; out.length < perDoc && tries < perDoc * 6 && figures.length > 0; tries++) {
    const m = figures[Math.floor(r() * figures.length)]!;
    const from = plain(m[0]);
    // A figure printed once, changed by 1.37 (beyond any rounding).
    if (counts.get(from)! > 1 || out.some((o) => plain(o.from) === from)) continue;
    const to = (Number(from) + 1.37).toFixed(2);
    const changed = text.slice(0, m.index) + to + text.slice(m.index + m[0].length);
    const covered = verifiedText.some((a) =>
      new RegExp(`(?<![\\d.])${from.replace('.', '\\.')}(?![\\d])`).test(a),
    );
    const report = checkTextReport(changed);
    const fresh = report.findings.filter(
      (f) => f.severity === 'error' && !cleanErrors.has(`${f.line}|${f.rule}`),
    );
    out.push({
      doc: name,
      from: m[0],
      to,
      covered,
      caught: fresh.length > 0,
      false: fresh
        .filter((f) => !f.message.includes(to) && !f.found.includes(to))
        .map((f) => `${f.line} ${f.rule}: ${f.message}`),
    });
  }
  return out;
}

describe('mutation test over the clean corpus', () => {
  it('finds most changed figures that a claim used, and never reports a claim the change did not touch', () => {
    const outcomes = corpus()
      .filter((d) => d.style !== 'markdown')
      .flatMap((d, i) => mutate(d.name, d.text, d.name.startsWith('juesuan') ? 14 : 6, 1000 + i));
    const covered = outcomes.filter((o) => o.covered);
    const caught = covered.filter((o) => o.caught);
    const recall = caught.length / covered.length;
    const falseErrors = outcomes.flatMap((o) => o.false.map((f) => `${o.doc} ${o.from} → ${o.to}: ${f}`));
    const uncovered = outcomes.filter((o) => !o.covered);
    console.log(
      `mutation: ${outcomes.length} changes, ${covered.length} to figures a verified claim used; ` +
        `recall ${caught.length}/${covered.length} = ${(recall * 100).toFixed(1)}%; ` +
        `${uncovered.filter((o) => o.caught).length}/${uncovered.length} other changes also flagged; ` +
        `false errors: ${falseErrors.length}`,
    );
    const missed = covered.filter((o) => !o.caught).map((o) => `${o.doc} ${o.from} → ${o.to}`);
    if (missed.length) console.log(`missed:\n${missed.join('\n')}`);
    expect(covered.length).toBeGreaterThan(60);
    expect(falseErrors).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
