/**
 * A 自评报告 that scores in prose, level by level: "（二）产出指标（分值50分，得分47.65分）", under it "2.质量指标（分值
 * 10分，得分10分）", under that "①…，分值5分，得5分。" and "②…，分值5分，得6分。". Each heading's 得分 must be the
 * sum of its direct children's (`score.sum`) — judged only when its children are each one heading or one scored
 * item (a paragraph of plain text aside) of the one level below it, and their 分值 add up exactly to the
 * heading's (the proof that they are all its children). An item may give its weight in brackets after its name
 * ("1. 预算执行率（10分）：…，得9.46分"); such an item's score must be no more than its weight.
 */
import { dec } from '../money/index.ts';
import { claim, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { judgeSum } from './verdict.ts';

/** The numbering opening a paragraph, by level: （一） / 一、 first, then 1. / 1、, then ① / （1）. */
const NUMBERING: [number, RegExp][] = [
  [1, /^\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/],
  [2, /^\s*\d{1,2}[.．、](?!\d)/],
  [3, /^\s*(?:[\u2460-\u2473]|[（(]\d{1,2}[）)])/],
];
/** "产出指标（分值50分，得分47.65分）", "（50分，得分47.65分）". */
const HEADING =
  /^[^，。；]{0,20}?[（(]\s*(?:分值|满分|权重)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*分\s*[，,]\s*(?:得分|得)\s*(\d{1,3}(?:\.\d{1,2})?)\s*分\s*[）)]/;
/** An item's weight then its score: "分值5分，得6分", "分值10分，扣2分，得8分". */
const ITEM =
  /(?:分值|满分)\s*(\d{1,3}(?:\.\d{1,2})?)\s*分[^。；]{0,24}?得(?:分)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*分/g;
/** An item's score without its weight ("得满分5分", "得5.88分"): an item the tree cannot weigh. */
const SCORE = /得(?:满)?分?\s*\d{1,3}(?:\.\d{1,2})?\s*分/;
/** An item named with its weight in brackets: "预算执行率（10分）：…" (after its numbering). */
const BRACKETED_WEIGHT = /^[^，。；：:（(\d]{2,20}[（(]\s*(\d{1,3}(?:\.\d{1,2})?)\s*分\s*[）)]\s*[：:]/;
/** The scores a paragraph gives: "得9.46分", "得分3.80分", "合计得5.43分". */
const GIVEN = /(合计|共计|累计|最终)?得(?:分)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*分/g;

type Node = { kind: 'node'; level: number; heading: boolean; weight: string; score: string; line: number };
/** A paragraph with scores the tree cannot read. */
type Entry = Node | { kind: 'unread' };

export function checkProseScoreTree(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['分值', '得分'])) return;
  const entries: Entry[] = [];
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph') continue;
    const text = b.text;
    const numbered = NUMBERING.find(([, re]) => re.test(text));
    const level = numbered ? numbered[0] : 4;
    const rest = numbered ? text.replace(numbered[1], '') : text;
    const h = HEADING.exec(rest);
    if (h && numbered) {
      entries.push({ kind: 'node', level, heading: true, weight: h[1]!, score: h[2]!, line: b.first });
      continue;
    }
    const bracketed = numbered ? bracketedItem(rest) : null;
    if (bracketed) {
      const { weight, score } = bracketed;
      entries.push({ kind: 'node', level, heading: false, weight, score, line: b.first });
      checkItemCap(ctx, b.first, { weight, score, at: bracketed.at + text.length - rest.length });
      continue;
    }
    const items = [...text.matchAll(ITEM)];
    if (items.length === 1 && !SCORE.test(text.replace(items[0]![0], ''))) {
      entries.push({
        kind: 'node',
        level,
        heading: false,
        weight: items[0]![1]!,
        score: items[0]![2]!,
        line: b.first,
      });
      continue;
    }
    // A paragraph with scores the tree cannot read makes its level unreadable; one of plain text is passed over.
    if (items.length > 0 || SCORE.test(text)) entries.push({ kind: 'unread' });
  }
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.kind !== 'node' || !e.heading) continue;
    const children: Entry[] = [];
    for (let j = i + 1; j < entries.length; j++) {
      const c = entries[j]!;
      if (c.kind === 'node' && c.level <= e.level) break;
      children.push(c);
    }
    const nodes = children.filter((c): c is Node => c.kind === 'node');
    if (nodes.length < 2 || nodes.length !== children.length) continue;
    const direct = Math.min(...nodes.map((c) => c.level));
    const kids = nodes.filter((c) => c.level === direct);
    if (kids.length < 2) continue;
    const weights = kids.reduce((a, k) => a.plus(k.weight), dec(0));
    if (!weights.eq(e.weight)) continue;
    const scores = kids.map((k) => ({ value: k.score, places: (k.score.split('.')[1] ?? '').length }));
    const v = judgeSum(scores, { value: e.score, places: (e.score.split('.')[1] ?? '').length });
    const list = kids.map((k) => k.score).join(' + ');
    claim(
      ctx,
      'score',
      e.line,
      0,
      v.kind !== 'wrong',
      `各下级得分之和 ${list}，本级得分${e.score}（分值${e.weight}）`,
    );
    if (v.kind === 'ok') continue;
    const sum = kids.reduce((a, k) => a.plus(k.score), dec(0)).toString();
    report(
      ctx,
      e.line,
      'score.sum',
      v.severity,
      `分值${e.weight}分，得分${e.score}分`,
      sum,
      e.score,
      `其下各项得分之和 ${list} = ${sum}分，与本级得分${e.score}分不符（其下各项分值之和恰为本级分值${e.weight}分）。`,
    );
  }
}

/**
 * "预算执行率（10分）：…，得9.46分": the weight in brackets after the item's name, the score the one the paragraph
 * gives (or, among several, the last when it is a 合计: "…＝1.59分，…合计得5.43分"). Null when not so.
 */
function bracketedItem(rest: string): { weight: string; score: string; at: number } | null {
  const w = BRACKETED_WEIGHT.exec(rest);
  if (!w) return null;
  const given = [...rest.matchAll(GIVEN)];
  const last = given.at(-1);
  if (!last || (given.length > 1 && !last[1])) return null;
  return { weight: w[1]!, score: last[2]!, at: last.index + last[0].lastIndexOf(last[2]!) };
}

/** A bracketed item's score above its weight (`score.exceeds-weight`). */
function checkItemCap(ctx: Ctx, li: number, item: { weight: string; score: string; at: number }): void {
  const within = dec(item.score).lte(item.weight);
  const at = item.at;
  claim(ctx, 'score', li, at, within, `得分${item.score}分，分值${item.weight}分`);
  if (within) return;
  report(
    ctx,
    li,
    'score.exceeds-weight',
    'error',
    `（${item.weight}分）…得${item.score}分`,
    `≤ ${item.weight}分`,
    `${item.score}分`,
    `得分${item.score}分，超过其分值${item.weight}分。`,
    at,
  );
}
