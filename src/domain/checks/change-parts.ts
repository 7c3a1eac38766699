/**
 * A change of the 三公 total with the changes of its items in a 其中 list — "“三公”经费…比2024年度增加27.00万元，增长
 * 40.00%，其中：因公出国（境）费增加10.00万元；公务用车购置及运行维护费增加20.00万元，增长30.00%；公务接待费减少
 * 3.00万元，下降20.00%" — the items' changes, each with its sign, add up to the total's (`change.parts`).
 *
 * Precision first: the total's clause names “三公” and no item; the list runs to the sentence's end, each of its
 * groups (；) opens with one of the fixed 三公 items and states one change (增加 / 减少, or 持平) in the total's unit
 * (what brackets hold aside); the items are the whole 三公 — 出国, 接待, and 购置及运行 or both 购置 and 运行 — each
 * once. A difference within the rounding of the printed figures is no finding.
 */
import { dec, type Dec } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { halfUlp, plain } from './verdict.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';

const AMOUNT = '(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万元|亿元|元)';
/** The total's change, then "其中：" (its % between allowed). */
const WHOLE_CHANGE = new RegExp(
  `(增加|减少)\\s*${AMOUNT}(?:\\s*[，,]\\s*(?:同比)?(?:增长|下降|上升|降低|减少|增加)\\s*\\d+(?:\\.\\d+)?\\s*[%％])?\\s*[，,；;]\\s*其中\\s*[：:，,]?`,
  'g',
);
const ITEM =
  /^(?:\d[.、．]|[（(]\d[）)])?\s*(因公出国[（(]境[）)]费|公务用车购置及运行(?:维护|维修)?费|公务用车购置费|公务用车运行(?:维护|维修)?费|公务接待费)/;
const PART_CHANGE = new RegExp(`(增加|减少)\\s*${AMOUNT}`);
const FLAT = /持平/;

type Kind = 'abroad' | 'cars' | 'purchase' | 'running' | 'reception';

function kindOf(name: string): Kind {
  if (name.startsWith('因公出国')) return 'abroad';
  if (name.startsWith('公务接待')) return 'reception';
  if (name.includes('购置及运行')) return 'cars';
  return name.includes('购置') ? 'purchase' : 'running';
}

/** An item's change: its signed value, and where its change word is in the list (−1 for 持平). */
type Part = { kind: Kind; name: string; value: Dec; places: number; said: string; at: number };

export function checkChangeParts(ctx: Ctx): void {
  // (The 三公 total's change in 元, 其中 its items'.)
  if (!(mentionsAll(ctx, ['其中', '三公', '元']) && mentionsAny(ctx, ['增加', '减少']))) return;
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph' || !b.text.includes('其中') || !b.text.includes('三公')) continue;
    const text = ctx.lines[b.first] ?? b.text;
    for (const m of allMatches(text, WHOLE_CHANGE)) {
      const start = text.lastIndexOf('。', m.index) + 1;
      const lead = text.slice(start, m.index);
      if (!/三公/.test(lead) || /因公出国|公务用车|公务接待|其中|[；;]/.test(lead)) continue;
      const stop = text.indexOf('。', m.index);
      const listEnd = stop < 0 ? text.length : stop;
      const listStart = m.index + m[0].length;
      const parts = partsOf(text.slice(listStart, listEnd), m[3]!);
      if (!parts) continue;
      const whole = dec(m[2]!.replace(/,/g, ''));
      const wholeSigned = m[1] === '减少' ? whole.neg() : whole;
      const wholePlaces = (m[2]!.split('.')[1] ?? '').length;
      const sum = parts.reduce((a, p) => a.plus(p.value), dec(0));
      const places = Math.max(wholePlaces, ...parts.map((p) => p.places));
      const diff = sum.minus(wholeSigned);
      // (A 持平 is exact: no rounding of its own.)
      const tolerance = parts.reduce(
        (a, p) => (p.value.isZero() && p.places === 0 ? a : a.plus(halfUlp(p.places))),
        halfUlp(wholePlaces),
      );
      const terms = parts
        .map((p, k) => `${p.value.isNeg() ? '− ' : k === 0 ? '' : '+ '}${p.value.abs().toFixed(p.places)}`)
        .join(' ');
      const signed = (v: Dec): string => `${v.isNeg() ? '减少' : '增加'}${v.abs().toFixed(places)}${m[3]}`;
      const at = m.index + m[0].indexOf(m[2]!);
      const ok = diff.abs().lte(tolerance);
      claim(
        ctx,
        'sum',
        b.first,
        at,
        ok,
        `各项增减 ${terms} = ${plain(sum)}${m[3]}，总额${m[1]}${m[2]}${m[3]}`,
      );
      if (ok) continue;
      // One item's word the wrong way ("增加1.44万元" for a fall) explains the difference: that word is the
      // finding — left to the rule that reported it at the item already, if one did.
      const flips = parts.filter(
        (p) => !p.value.isZero() && sum.minus(p.value.times(2)).minus(wholeSigned).abs().lte(tolerance),
      );
      if (flips.length === 1) {
        const p = flips[0]!;
        const pAt = listStart + p.at;
        const line = ctx.layout.lineAt(b.first, pAt) + 1;
        if (ctx.findings.some((f) => f.severity === 'error' && Math.abs(f.line - line) <= 1)) continue;
        const word = p.value.isNeg() ? '增加' : '减少';
        report(
          ctx,
          b.first,
          'change.direction',
          'error',
          excerptOf(text, pAt - p.name.length, pAt + 12, 0),
          word,
          p.value.isNeg() ? '减少' : '增加',
          `总额${m[1]}${m[2]}${m[3]}，其中所列各项增减合计 ${terms} = ${signed(sum)}；${p.name}若为${word}，各项合计正与总额相符：其增减方向似有误。`,
          pAt,
        );
        continue;
      }
      report(
        ctx,
        b.first,
        'change.parts',
        'error',
        excerptOf(text, m.index, listEnd, 0),
        signed(sum),
        `${m[1]}${m[2]}${m[3]}`,
        `其中所列各项增减（${parts.map((p) => p.said).join('，')}）合计为 ${terms} = ${signed(sum)}，与总额${m[1]}${m[2]}${m[3]}不符（相差${diff.abs().toFixed(places)}${m[3]}），总额或某一分项的增减额有误。`,
        at,
      );
    }
  }
}

/** The items' changes of a 其中 list (see the header); null when the list is not read. */
function partsOf(list: string, unit: string): Part[] | null {
  // (What brackets hold is a note: "（2024年度未发生因公出国（境）费支出）" — the （境） of a name aside.)
  let plainList = list.replace(/[（(]境[）)]/g, '〈境〉');
  for (let before = ''; before !== plainList;) {
    before = plainList;
    plainList = plainList.replace(/[（(][^（()）]*[）)]/g, (s) => ' '.repeat(s.length));
  }
  plainList = plainList.replace(/〈境〉/g, '（境）');
  // (Each group with its offset in the list: the text keeps its length above.)
  const groups: { g: string; from: number }[] = [];
  let from = 0;
  for (const piece of plainList.split(/[；;]/)) {
    const lead = piece.length - piece.trimStart().length;
    if (piece.trim() !== '') groups.push({ g: piece.trim(), from: from + lead });
    from += piece.length + 1;
  }
  const parts: Part[] = [];
  for (const { g, from: offset } of groups) {
    const item = ITEM.exec(g);
    if (!item) return null;
    const change = PART_CHANGE.exec(g);
    const name = item[1]!;
    if (!change) {
      if (!FLAT.test(g) || /\d/.test(g.replace(/\d+(?:\.\d+)?\s*[%％]/g, ''))) return null;
      parts.push({ kind: kindOf(name), name, value: dec(0), places: 0, said: `${name}持平`, at: -1 });
      continue;
    }
    if (change[3] !== unit || PART_CHANGE.exec(g.slice(change.index + change[0].length))) return null;
    const v = dec(change[2]!.replace(/,/g, ''));
    parts.push({
      kind: kindOf(name),
      name,
      value: change[1] === '减少' ? v.neg() : v,
      places: (change[2]!.split('.')[1] ?? '').length,
      said: `${name}${change[1]}${change[2]}${unit}`,
      at: offset + change.index,
    });
  }
  const kinds = parts.map((p) => p.kind);
  if (new Set(kinds).size !== kinds.length) return null;
  const has = (k: Kind): boolean => kinds.includes(k);
  const cars = has('cars') ? !has('purchase') && !has('running') : has('purchase') && has('running');
  return has('abroad') && has('reception') && cars ? parts : null;
}
