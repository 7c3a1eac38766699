/**
 * A change whose two years' figures the sentence before states: "平均得分84.65分，比2024年度项目平均得分82.37分有所
 * 提升。平均得分较上年提高2.28分" — the change is this year's figure − last year's, in the direction its word says
 * (`change.amount`).
 *
 * Precision first: the change opens its sentence ("S较上年提高D分", S two to twelve characters, no figure of its own
 * before D); the sentence before (in its paragraph, or the last of the paragraph right above) states exactly two
 * figures named S in D's unit — one in a clause naming last year (上年 / 去年 / the year before the document's),
 * one in a clause naming no other year. Anything else is not read.
 */
import { dec } from '../money/index.ts';
import { claim, excerptOf, report, sentences, type Ctx } from './context.ts';
import { show } from './verdict.ts';
import { printedPlaces } from './numbers.ts';
import { mentionsAny } from './document-words.ts';

const CHANGE =
  /^([\u4e00-\u9fa5]{2,12}?)(?:较|比)(?:上年度?|去年|上一年度?|(20\d\d)年度?)(?:同期)?(提高|增加|上升|增长|下降|减少|降低)了?(\d+(?:\.\d+)?)(分|万元|亿元|元|个|人|项)/;
const UP = /提高|增加|上升|增长/;

export function checkPairChanges(ctx: Ctx): void {
  const year = ctx.year;
  if (year === null) return;
  // (Its change reads "较上年…", "比去年…", "较2024年…" and a word of its direction.)
  if (!mentionsAny(ctx, ['较上', '比上', '较去', '比去', '较20', '比20'])) return;
  if (!mentionsAny(ctx, ['提高', '增加', '上升', '增长', '下降', '减少', '降低'])) return;
  const blocks = ctx.layout.blocks;
  blocks.forEach((b, k) => {
    if (b.kind !== 'paragraph' || b.heading || !/较|比/.test(b.text)) return;
    const line = ctx.lines[b.first] ?? '';
    const spans = sentences(line);
    spans.forEach((s, si) => {
      const text = line.slice(s.start, s.end);
      const m = CHANGE.exec(text);
      if (!m || (m[2] && Number(m[2]) !== year - 1)) return;
      let before: string | null = null;
      if (si > 0) before = line.slice(spans[si - 1]!.start, spans[si - 1]!.end);
      else {
        const above = blocks[k - 1];
        if (above?.kind !== 'paragraph' || above.heading) return;
        const prev = ctx.lines[above.first] ?? '';
        const ps = sentences(prev);
        const last = ps[ps.length - 1];
        if (last) before = prev.slice(last.start, last.end);
      }
      if (!before) return;
      const pair = twoYears(before, m[1]!, m[5]!, year);
      if (!pair) return;
      judge(ctx, b.first, line, s.start, m, pair);
    });
  });
}

/** This year's and last year's figures named `subject` in `text`, or null unless exactly one of each. */
function twoYears(
  text: string,
  subject: string,
  unit: string,
  year: number,
): { now: string; last: string } | null {
  const named = new RegExp(`${subject}(?:为|是|达到|达)?(\\d+(?:\\.\\d+)?)${unit}`, 'g');
  const found = [...text.matchAll(named)];
  if (found.length !== 2) return null;
  let now: string | null = null;
  let last: string | null = null;
  for (const f of found) {
    let c = f.index;
    while (c > 0 && !'，,；;。'.includes(text[c - 1]!)) c--;
    const clause = text.slice(c, f.index);
    const years = [...clause.matchAll(/(20\d\d)年/g)].map((y) => Number(y[1]));
    const isLast = /上年|去年|上一年/.test(clause) || years.includes(year - 1);
    if (years.some((y) => y !== year && y !== year - 1)) return null;
    if (isLast) last = last === null ? f[1]! : null;
    else now = now === null ? f[1]! : null;
  }
  return now !== null && last !== null ? { now, last } : null;
}

function judge(
  ctx: Ctx,
  li: number,
  line: string,
  start: number,
  m: RegExpExecArray,
  pair: { now: string; last: string },
): void {
  const stated = m[4]!;
  const unit = m[5]!;
  const diff = dec(pair.now).minus(pair.last);
  const up = UP.test(m[3]!);
  const places = Math.max(printedPlaces(stated), printedPlaces(pair.now), printedPlaces(pair.last));
  const amount = show(diff.abs(), places);
  const ok = (diff.isZero() || diff.gt(0) === up) && dec(amount).eq(stated);
  const at = start + m.index + m[0].lastIndexOf(stated);
  const arithmetic = `${pair.now} − ${pair.last} = ${show(diff, places)}${unit}`;
  claim(ctx, 'change', li, at, ok, `${arithmetic}，文中${m[3]}${stated}${unit}`);
  if (ok) return;
  const wrongWay = !diff.isZero() && diff.gt(0) !== up;
  report(
    ctx,
    li,
    wrongWay ? 'change.direction' : 'change.amount',
    'error',
    excerptOf(line, start + m.index, start + m.index + m[0].length, 10),
    `${diff.gt(0) ? '提高' : '下降'}${amount}${unit}`,
    `${m[3]}${stated}${unit}`,
    `前文${m[1]}本年${pair.now}${unit}、上年${pair.last}${unit}，${arithmetic}，文中为${m[3]}${stated}${unit}。`,
    at,
  );
}
