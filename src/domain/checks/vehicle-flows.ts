/**
 * The 公务用车 held at the year's end against the count held at its start and the cars bought and disposed of
 * in the year, when the text states them together ("年末公务用车保有量12辆；其上年末为13辆，当年
 * 购置新车2辆、调出3辆"; "年初实有公务用车13辆，本年新购置2辆，拍卖处置3辆，年末保有12辆"): the stock at the end is the stock at the start +
 * the cars added (购置, 新购置, 更新购置, 调入, 划入, 接收) − the cars gone (报废, 处置, 调出, 拍卖, 划出, 移交, 核销).
 *
 * Precision first: only the sentence stating the opening stock (上年末, 年初 …) and the sentence with the closing
 * one (保有量, 实有 …, the same sentence or the one right before or after it in the paragraph); each count of
 * cars in them must read as exactly one of those (one count per clause, no word of a change against a base — 比,
 * 较, 增加, 减少 — nor of a part or a plan — 其中, 分别, 各, 计划, 预计; a clause naming both an addition and a
 * disposal, "报废更新1辆", is not read), and the opening and closing stocks stated once each, with at least one
 * flow. A count that does not fit the others is an error.
 */
import { claim, excerptOf, report, type Ctx } from './context.ts';
import type { Paragraph } from './layout.ts';
import { mentionsAll } from './document-words.ts';

const CARS = /(\d+)\s*辆/g;
const OPENING = /上年末|上年年末|上年底|去年末|去年年末|去年底|上年度末|年初|期初/;
const CLOSING = /保有|实有|现有|共有|拥有|年末|年底|期末/;
const ADDED = /购置|购买|新购|新增|更新|调入|划入|划拨入|接收/;
const GONE = /报废|处置|调出|拍卖|划出|移交|核销|淘汰|转让/;
/** Words that make a count something else than a stock or a flow of the year. */
const OTHER = /比|较|增加|减少|增长|下降|其中|分别|各|计划|预计|拟|累计|合计|以上|以下|不超过|编制|租用|租赁/;

/** A date in a clause ("截至2031年12月31日保有…"): not a count. */
const DATE = /(?:19|20)\d\d\s*年(?:度|末|底|初)?(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?/g;

type Kind = 'opening' | 'closing' | 'added' | 'gone';
type Count = { kind: Kind; value: number; at: number; end: number; words: string };

export function checkVehicleFlows(ctx: Ctx): void {
  // (Every count it reads is of cars: N辆.)
  if (!mentionsAll(ctx, ['辆'])) return;
  for (const b of ctx.layout.blocks)
    if (b.kind === 'paragraph') {
      for (const counts of flowsOf(b)) judge(ctx, b, counts);
      checkExplainedIncreases(ctx, b);
    }
}

/**
 * "保有量6辆，比上年末增加1辆，为本年新购置1辆": an increase of the stock over the last year's end explained, in the
 * clause right after it and ending the sentence, as the cars bought (为 / 系 / 是 …购置 M辆, one count, nothing
 * else named: no disposal, no 调入) must be those cars (`count.vehicle-flow`).
 */
const EXPLAINED_INCREASE =
  /(?:比|较)(?:上年末|上年年末|上年底|去年末|去年底|上年度末|年初|期初)(?:净)?增加(\d+)\s*辆[，,]\s*(?:主要)?(?:为|系|是|均为|即)(?:本年|当年|全年|本年度|当年度)?(?:新)?购置(?:了)?(?:公务用车|车辆|新车)?(\d+)\s*辆(?=[。；;]|$)/g;

function checkExplainedIncreases(ctx: Ctx, b: Paragraph): void {
  if (!b.text.includes('辆')) return;
  for (const m of b.text.matchAll(EXPLAINED_INCREASE)) {
    const increase = Number(m[1]);
    const bought = Number(m[2]);
    const ok = increase === bought;
    const at = m.index + m[0].indexOf(m[1]!);
    claim(ctx, 'count', b.first, at, ok, `比上年末增加${increase}辆，所述本年购置${bought}辆`);
    if (ok) continue;
    report(
      ctx,
      b.first,
      'count.vehicle-flow',
      'error',
      excerptOf(b.text, m.index, m.index + m[0].length, 12),
      `${bought}辆`,
      `${increase}辆`,
      `车辆增减不符：文中称比上年末增加${increase}辆，而所述增加原因为本年购置${bought}辆（未述其他增减），增加数应为${bought}辆。`,
      at,
    );
  }
}

/** The statements of a stock and its flows in a paragraph (see the header), each its counts in order. */
function flowsOf(b: Paragraph): Count[][] {
  if (!b.text.includes('辆') || !OPENING.test(b.text)) return [];
  const out: Count[][] = [];
  const sentences = sentencesOf(b.text);
  for (let k = 0; k < sentences.length; k++) {
    const own = countsOf(sentences[k]!);
    if (!own || own.filter((c) => c.kind === 'opening').length !== 1) continue;
    let counts: Count[] = own;
    if (!own.some((c) => c.kind === 'closing')) {
      // The closing stock in the sentence right before or after (one of them only).
      const near = [sentences[k - 1], sentences[k + 1]]
        .map((s) => (s ? countsOf(s) : null))
        .filter((c): c is Count[] => c !== null && c.some((x) => x.kind === 'closing'));
      if (near.length !== 1 || near[0]!.some((c) => c.kind === 'opening')) continue;
      counts = [...own, ...near[0]!].sort((x, y) => x.at - y.at);
    }
    out.push(counts);
  }
  return out;
}

/**
 * The cars bought that a paragraph's stock and flows bear out: in a statement whose opening stock + additions −
 * disposals is its closing stock, with one addition only — that addition's offset in the paragraph's text and its
 * words ("上年末11辆，本年新购置1辆，年末保有12辆": the 1 at its offset).
 */
export function balancedPurchases(b: Paragraph): { at: number; value: number; said: string }[] {
  const out: { at: number; value: number; said: string }[] = [];
  for (const counts of flowsOf(b)) {
    const of = (kind: Kind): Count[] => counts.filter((c) => c.kind === kind);
    const [opening, closing, added, gone] = [of('opening'), of('closing'), of('added'), of('gone')];
    if (opening.length !== 1 || closing.length !== 1 || added.length !== 1) continue;
    const want = opening[0]!.value + added[0]!.value - gone.reduce((n, g) => n + g.value, 0);
    if (want !== closing[0]!.value) continue;
    const minus = gone.map((g) => ` − ${g.words}${g.value}辆`).join('');
    out.push({
      at: added[0]!.at,
      value: added[0]!.value,
      said: `${opening[0]!.words}${opening[0]!.value}辆 + ${added[0]!.words}${added[0]!.value}辆${minus} = ${closing[0]!.words}${closing[0]!.value}辆`,
    });
  }
  return out;
}

function judge(ctx: Ctx, b: Paragraph, counts: readonly Count[]): void {
  const of = (kind: Kind): Count[] => counts.filter((c) => c.kind === kind);
  const [opening, closing] = [of('opening'), of('closing')];
  const flows = counts.filter((c) => c.kind === 'added' || c.kind === 'gone');
  if (opening.length !== 1 || closing.length !== 1 || flows.length === 0) return;
  const start = opening[0]!;
  const end = closing[0]!;
  const want = flows.reduce((n, f) => n + (f.kind === 'added' ? f.value : -f.value), start.value);
  const terms = flows.map((f) => `${f.kind === 'added' ? '+' : '−'} ${f.words}${f.value}辆`).join(' ');
  const arithmetic = `${start.words}${start.value}辆 ${terms} = ${want}辆，${end.words}${end.value}辆`;
  const ok = want === end.value;
  claim(ctx, 'count', b.first, end.at, ok, arithmetic);
  if (ok) return;
  const first = Math.min(...counts.map((c) => c.at));
  const last = Math.max(...counts.map((c) => c.end));
  report(
    ctx,
    b.first,
    'count.vehicle-flow',
    'error',
    excerptOf(b.text, first, last, 12),
    `${want}辆`,
    `${end.value}辆`,
    `车辆增减不平：${start.words}${start.value}辆 ${terms} = ${want}辆，与${end.words}${end.value}辆不符（相差${Math.abs(want - end.value)}辆），期初数、本年增减数与期末数至少一处有误。`,
    end.at,
  );
}

/** The sentences of a paragraph's text, with their offsets. */
function sentencesOf(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++)
    if (i === text.length || text[i] === '。' || text[i] === '！') {
      if (i > start) out.push({ text: text.slice(start, i), start });
      start = i + 1;
    }
  return out;
}

/**
 * The counts of cars in a sentence, each read by the words of its clause (from the clause's start to the
 * count); null when a count reads as none or as two kinds, or a clause holds two counts.
 */
function countsOf(sentence: { text: string; start: number }): Count[] | null {
  const counts: Count[] = [];
  let from = 0;
  for (const m of sentence.text.matchAll(CARS)) {
    const at = m.index;
    const cut = Math.max(...[...'，,；;、：:（）()'].map((c) => sentence.text.lastIndexOf(c, at - 1) + 1));
    // (Two counts in one clause: "1辆…2辆".)
    if (counts.length > 0 && cut < from) return null;
    const words = sentence.text.slice(cut, at);
    from = at + m[0].length;
    if (/\d/.test(words.replace(DATE, '')) || OTHER.test(words)) return null;
    // ("更新1辆" alone may be a car replaced, one in and one out: read only as "更新购置".)
    if (words.includes('更新') && !/购置|购买|新购/.test(words)) return null;
    const opening = OPENING.test(words);
    const added = ADDED.test(words);
    const gone = GONE.test(words);
    const closing = !opening && CLOSING.test(words);
    const kinds = [opening, closing, added, gone].filter(Boolean).length;
    if (kinds !== 1) return null;
    const kind: Kind = opening ? 'opening' : closing ? 'closing' : added ? 'added' : 'gone';
    counts.push({
      kind,
      value: Number(m[1]),
      at: sentence.start + at,
      end: sentence.start + at + m[0].length,
      words: label(kind, words),
    });
  }
  return counts;
}

/** How a count is named in the message: its clause's words without "为", "共" and the like. */
function label(kind: Kind, words: string): string {
  const w = words
    .replace(DATE, '')
    .replace(/^.*?(?=公务用车|车辆|上年|去年|年初|期初|本年|当年|全年|年末|年底|期末)/, '')
    .replace(/(?:为|共|共计|达)$/, '')
    .trim();
  if (w.length > 0 && w.length <= 16) return w;
  return { opening: '期初', closing: '期末', added: '增加', gone: '减少' }[kind];
}
