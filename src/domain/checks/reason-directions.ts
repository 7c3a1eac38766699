/**
 * The reason given for a change, worded against the change it explains: "公务接待费支出决算减少0.28万元，下降18.06%。
 * …公务接待费支出增加的主要原因是严格控制接待批次和人数。" — the item fell, its reason says it rose
 * (`change.direction`).
 *
 * Precision first: the reason names its item in full at the start of its clause ("X增加的主要原因是", X at least three
 * characters, 支出 / 决算 after it set aside); earlier in the same paragraph the same item's change against last year
 * is stated with its figure ("X支出决算减少0.28万元", "X比上年增加3.54万元"), every such statement in one direction; a
 * paragraph that also states the item against its budget (预算) is not read — which of the two the reason explains
 * is not sure.
 */
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { mentionsAny } from './document-words.ts';
import { forEachFigureLine } from './prose-lines.ts';

const UP = new Set(['增加', '增长', '上升', '提高']);
/** "，公务接待费支出增加的主要原因是": the item, set at the start of its clause, and the direction its reason explains. */
const REASON =
  /(?:^|[。；;，,：:])\s*([^。；;，,：:\d%％]{3,30}?)(?:支出|经费)?(?:决算数?)?(增加|增长|上升|提高|减少|下降|降低)的(?:主要)?原因(?:是|为|：|:)/g;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function checkReasonDirections(ctx: Ctx): void {
  // (A reason worded "…增加的主要原因" / "…减少的原因".)
  if (!mentionsAny(ctx, ['的主要原因', '的原因'])) return;
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('原因')) return;
    for (const m of allMatches(line, REASON)) {
      const name = m[1]!.trim().replace(/(?:支出|经费)?(?:决算数?)?$/, '');
      if (name.length < 3) continue;
      const reasonAt = m.index + m[0].indexOf(m[1]!);
      const before = line.slice(0, reasonAt);
      // The item's changes stated before: its name, then (支出, 决算, 比上年…) and the direction with its figure.
      const stated = new RegExp(
        `${escape(name)}([^。；;，,\\d%％]{0,14}?)(增加|增长|上升|提高|减少|下降|降低)了?\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万元|亿元|元|[%％])`,
        'g',
      );
      const changes = allMatches(before, stated);
      if (changes.length === 0 || changes.some((c) => /预算/.test(c[1]!))) continue;
      // (The item against its budget anywhere in the paragraph: the reason may be of that gap.)
      if (new RegExp(`${escape(name)}[^。；;]{0,20}?预算`).test(line)) continue;
      const ups = new Set(changes.map((c) => UP.has(c[2]!)));
      if (ups.size !== 1) continue;
      const rose = UP.has(m[2]!);
      const statedRose = [...ups][0]!;
      const last = changes[changes.length - 1]!;
      const word = m[2]!;
      const at = m.index + m[0].lastIndexOf(word);
      claim(
        ctx,
        'change',
        li,
        at,
        rose === statedRose,
        `${name}${last[2]}${last[3]}${last[4]}，原因所说为“${word}”`,
      );
      if (rose === statedRose) continue;
      report(
        ctx,
        li,
        'change.direction',
        'error',
        excerptOf(line, reasonAt, m.index + m[0].length, 0),
        statedRose ? '增加' : '减少',
        word,
        `前文称${name}${last[2]}${last[3]}${last[4]}，此处却说明其“${word}”的原因，方向相反。`,
        at,
      );
    }
  });
}
