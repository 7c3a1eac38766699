/**
 * A % change stated in the sentence after its two years' figures, under a shorter name: "本单位政府采购支出总额
 * 1268.74万元，较2024年的1102.35万元增加166.39万元。政府采购规模同比增长16.19%" — the rate is (1268.74 − 1102.35)
 * ÷ 1102.35 = 15.09% (`change.percent`).
 *
 * Precision first: the first sentence states this year's amount, then last year's after 较 / 比 (上年, 去年 or the
 * year before the document's) in the same unit, and no %; the next sentence (in the same paragraph or opening the
 * next) opens with a name that shares its first two characters with the first one's, and states only the rate
 * (增长 / 上升 / 下降 / 降低 P%) before any amount; its direction must be the figures' (else change.direction
 * says so elsewhere, or nothing is said).
 *
 * And the direction across the two sentences: "…资金规模增加2551.40万元。" then "重点评价资金规模同比下降4.57%" — the
 * amount rose, the rate says it fell (`change.direction`): the names must share four characters running.
 */
import { changePercent } from '../money/index.ts';
import { claim, excerptOf, report, sentencesAt, type Ctx, type Span } from './context.ts';
import { judgeRatio, show } from './verdict.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';

const AMOUNT = String.raw`(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)`;
const BOTH_YEARS = new RegExp(
  String.raw`([\u4e00-\u9fa5“”]{2,24}?)(?:为|是|达)?\s*${AMOUNT}\s*[，,]\s*(?:较|比)\s*(上年|去年|上一年|(20\d\d)\s*年)度?(?:同期)?的?\s*${AMOUNT}`,
);
const RATE_ONLY =
  /^\s*([\u4e00-\u9fa5“”]{2,16}?)\s*(?:同比|比上年|较上年|比去年|较去年)?\s*(增长|上升|增加|下降|降低|减少)了?\s*(\d+(?:\.\d+)?)\s*[%％]/;
const LEAD = /^(?:本单位|本部门|我单位|我局|本局|全年|年度|本年度?)+/;

function printed(value: string): { value: string; places: number } {
  const v = value.replace(/,/g, '');
  const point = v.indexOf('.');
  return { value: v, places: point < 0 ? 0 : v.length - point - 1 };
}

export function checkTrailingRates(ctx: Ctx): void {
  // (Amounts in 元 of this year 较/比 last year's, then a rate in % worded up or down.)
  if (!(
    mentionsAll(ctx, ['元']) &&
    mentionsAny(ctx, ['%', '％']) &&
    mentionsAny(ctx, ['较', '比']) &&
    mentionsAny(ctx, ['增长', '上升', '增加', '下降', '降低', '减少'])
  ))
    return;
  const y = ctx.year;
  const blocks = ctx.layout.blocks;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.kind !== 'paragraph' || !/[较比]/.test(block.text)) continue;
    const li = block.first;
    const spans = sentencesAt(ctx, li);
    spans.forEach((s, k) => {
      if (s.text.includes('%') || s.text.includes('％')) return;
      const m = BOTH_YEARS.exec(s.text);
      if (!m || m[3] !== m[7] || (m[5] && y !== null && Number(m[5]) !== y - 1)) return;
      const next = nextSentence(ctx, b, spans, k);
      if (!next) return;
      const r = RATE_ONLY.exec(next.span.text);
      if (!r) return;
      const first = m[1]!.replace(LEAD, '');
      const second = r[1]!.replace(LEAD, '');
      if (first.length < 2 || second.slice(0, 2) !== first.slice(0, 2)) return;
      const now = printed(m[2]!);
      const last = printed(m[6]!);
      const up = r[2] === '增长' || r[2] === '上升' || r[2] === '增加';
      const rising = Number(now.value) > Number(last.value);
      if (up !== rising || Number(last.value) <= 0) return;
      const rate = printed(r[3]!);
      const verdict = judgeRatio(rate, [now, last], ([a, c]) => changePercent(a!, c!)?.abs() ?? null);
      if (!verdict) return;
      const line = ctx.lines[next.li] ?? '';
      const at = next.span.start + r[0].lastIndexOf(r[3]!);
      const arithmetic = `(${now.value} − ${last.value}) ÷ ${last.value} × 100%`;
      claim(ctx, 'change', next.li, at, verdict.kind !== 'wrong', `${arithmetic}，文中${rate.value}%`);
      if (verdict.kind === 'ok') return;
      const exact = show(verdict.exact, rate.places);
      report(
        ctx,
        next.li,
        'change.percent',
        verdict.severity,
        excerptOf(line, next.span.start, at + rate.value.length + 1, 0),
        `${exact}%`,
        `${rate.value}%`,
        `上一句${first}本年${m[2]}${m[3]}、上年${m[6]}${m[7]}，变动率应为 ${arithmetic} = ${exact}%，文中为${rate.value}%${
          verdict.kind === 'rounding' ? '，在四舍五入的误差范围内' : ''
        }。`,
        at,
      );
    });
  }
}

/** The sentence after sentence `k` of block `b`: the next in its paragraph, or the first of the next paragraph. */
function nextSentence(
  ctx: Ctx,
  b: number,
  spans: readonly Span[],
  k: number,
): { li: number; span: Span } | null {
  if (k + 1 < spans.length) return { li: ctx.layout.blocks[b]!.first, span: spans[k + 1]! };
  const after = ctx.layout.blocks[b + 1];
  if (!after || after.kind !== 'paragraph') return null;
  const first = sentencesAt(ctx, after.first)[0];
  return first ? { li: after.first, span: first } : null;
}

/** "…的资金规模增加2551.40万元": a change amount with the name before it, in a sentence without %. */
const AMOUNT_CHANGE = new RegExp(
  String.raw`([\u4e00-\u9fa5“”]{2,24}?)\s*(增加|减少|增长|下降)了?\s*${AMOUNT}`,
);

/** Whether `a` and `b` share `n` characters running. */
function shareRun(a: string, b: string, n: number): boolean {
  for (let i = 0; i + n <= a.length; i++) if (b.includes(a.slice(i, i + n))) return true;
  return false;
}

export function checkTrailingDirections(ctx: Ctx): void {
  // (An amount in 元 增加/减少/增长/下降, then a rate in %.)
  if (!(
    mentionsAll(ctx, ['元']) &&
    mentionsAny(ctx, ['%', '％']) &&
    mentionsAny(ctx, ['增加', '减少', '增长', '下降'])
  ))
    return;
  const blocks = ctx.layout.blocks;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.kind !== 'paragraph' || !/增加|减少|增长|下降/.test(block.text)) continue;
    const spans = sentencesAt(ctx, block.first);
    spans.forEach((s, k) => {
      if (s.text.includes('%') || s.text.includes('％')) return;
      const m = AMOUNT_CHANGE.exec(s.text);
      if (!m) return;
      const next = nextSentence(ctx, b, spans, k);
      const r = next ? RATE_ONLY.exec(next.span.text) : null;
      if (!next || !r) return;
      const clause = m[1]!.slice(Math.max(m[1]!.lastIndexOf('，'), m[1]!.lastIndexOf(',')) + 1);
      const first = clause.replace(LEAD, '');
      const second = r[1]!.replace(LEAD, '');
      if (!shareRun(second, first, 4)) return;
      const up = m[2] === '增加' || m[2] === '增长';
      const rateUp = r[2] === '增长' || r[2] === '上升' || r[2] === '增加';
      const line = ctx.lines[next.li] ?? '';
      const at = next.span.start + r[0].indexOf(r[2]!);
      claim(ctx, 'change', next.li, at, up === rateUp, `上一句${m[2]}${m[3]}${m[4]}，此句${r[2]}${r[3]}%`);
      if (up === rateUp) return;
      report(
        ctx,
        next.li,
        'change.direction',
        'error',
        excerptOf(line, next.span.start, at + r[2]!.length + r[3]!.length + 1, 0),
        up ? '增长' : '下降',
        r[2]!,
        `上一句说${first}${m[2]}${m[3]}${m[4]}，此句却说${second}${r[2]}${r[3]}%，增减方向相反。`,
        at,
      );
    });
  }
}
