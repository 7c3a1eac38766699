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
  checkSectionBounds(ctx);
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
      // (An item's change another rule found wrong — against its rate, its table — is that finding.)
      const [fromLine, toLine] = [listStart, listEnd].map((at) => ctx.layout.lineAt(b.first, at) + 1) as [
        number,
        number,
      ];
      const itemFound = parts.some((p) => {
        if (p.at < 0) return false;
        const said = p.said.slice(p.name.length);
        return ctx.findings.some(
          (f) =>
            f.severity === 'error' &&
            f.rule.startsWith('change.') &&
            f.line >= fromLine &&
            f.line <= toLine &&
            f.excerpt.includes(said),
        );
      });
      if (itemFound) continue;
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
      // (A 持平 names the year it is level with and may give the amount, zero: "与2024年度持平，均为0万元".)
      const bare = g.replace(
        /\d+(?:\.\d+)?\s*[%％]|20\d\d\s*年度?|(?:均|都)?为\s*0(?:\.0+)?\s*(?:万元|亿元|元)/g,
        '',
      );
      if (!FLAT.test(g) || /\d/.test(bare)) return null;
      // ("基本持平", "大致持平": a small change, not none — the items' sum cannot be told exactly.)
      if (/(?:基本|大致|大体|总体)持平/.test(g)) return null;
      parts.push({ kind: kindOf(name), name, value: dec(0), places: 0, said: `${name}持平`, at: -1 });
      continue;
    }
    if (change[3] !== unit || !onlyChange(kindOf(name), g.slice(change.index + change[0].length)))
      return null;
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

/**
 * Whether the rest of an item's group states no other change — but the breakdown of 公务用车购置及运行费 into
 * its 购置费 or 运行费 ("…增加28.33万元，增长67.74%，公务用车运行维护费减少4.27万元"), which is no other item.
 */
function onlyChange(kind: Kind, rest: string): boolean {
  const next = PART_CHANGE.exec(rest);
  if (!next) return true;
  if (kind !== 'cars') return false;
  const sub = /公务用车(?:购置费|运行(?:维护|维修)?费)/.exec(rest);
  return sub !== null && sub.index < next.index;
}

/** The 三公 total's 决算 (or 预算) against last year: "“三公”经费财政拨款支出决算比上年增加0.70万元". */
const TOTAL_VS_LAST = new RegExp(
  `(?:比|较)(?:上年|上年度|上一年度?|20\\d\\d年度?)(?:同期)?(?:决算数?|支出)?\\s*(增加|减少)\\s*${AMOUNT}`,
  'g',
);
const ITEM_NAME =
  /因公出国[（(]境[）)]费|公务用车购置及运行(?:维护|维修)?费|公务用车购置费|公务用车运行(?:维护|维修)?费|公务接待费/g;
/** A group (up to ；or 。) about one item: it opens with the item's name (after a numbering or 其中). */
const GROUP_OPEN =
  /^(?:\d{1,2}\s*[.、．]|[（(]\d{1,2}[）)]|[（(][一二三四五六七八九十][）)]|[一二三四五六七八九十][、.．])?\s*(?:其中\s*[：:，,]?)?\s*(?:财政拨款)?\s*(因公出国[（(]境[）)]费|公务用车购置及运行(?:维护|维修)?费|公务用车购置费|公务用车运行(?:维护|维修)?费|公务接待费)/;
const ITEM_VS_LAST = new RegExp(
  `(?:比|较)(?:上年|上年度|上一年度?|20\\d\\d年度?)(?:同期)?(?:决算数?|支出)?\\s*(增加|减少)\\s*${AMOUNT}`,
);
/** What a group says of its item this year: "支出决算为0.00万元" (or 预算, as the total's clause). */
const stated = (what: string): RegExp => new RegExp(`${what}(?:数)?(?:为|是)?\\s*${AMOUNT}`);
/** A heading of the next part: "八、…". */
const NEXT_PART = /^\s*[一二三四五六七八九十]{1,3}[、.．]/;

type ItemFact = { kind: Kind; said: string; change: Dec | null; places: number };

/**
 * The 三公 total's change against last year told first, then each item in a paragraph or group of its own (the
 * numbered 1．2．3．of a 说明) — "“三公”经费财政拨款支出决算比上年增加0.70万元。…1．因公出国（境）费支出决算为0.00万元。
 * 2．…公务用车运行费支出决算为9.64万元，比上年减少0.64万元…". Each item counts when its group states its change
 * against last year, or an amount of 0 for the year (it cannot have risen: its change is at most 0). With every
 * item of the 三公 counted (出国, 接待, and 购置及运行 or both 购置 and 运行), the total's change is at most the sum
 * of the items' (and, when no item was counted by its 0 alone, exactly it): a total said to rise while its items
 * can only have fallen by as much is an error (`change.parts`). Read only when the total's clause names
 * 决算 (or 预算) and each item's change follows its own 决算 (预算) in the group, none of the other.
 */
function checkSectionBounds(ctx: Ctx): void {
  if (!(mentionsAll(ctx, ['三公', '比']) || mentionsAll(ctx, ['三公', '较']))) return;
  const blocks = ctx.layout.blocks;
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi]!;
    if (b.kind !== 'paragraph' || !b.text.includes('三公')) continue;
    const text = ctx.lines[b.first] ?? b.text;
    for (const m of allMatches(text, TOTAL_VS_LAST)) {
      const start = Math.max(text.lastIndexOf('。', m.index), text.lastIndexOf('；', m.index)) + 1;
      const lead = text.slice(start, m.index);
      if (!/三公/.test(lead) || /因公出国|公务用车|公务接待|其中/.test(lead)) continue;
      const what = /决算/.test(lead) ? '决算' : /预算/.test(lead) && !/决算/.test(lead) ? '预算' : null;
      if (!what) continue;
      const stop = text.indexOf('。', m.index);
      if (stop < 0) continue;
      // (The items: the rest of this paragraph, then the paragraphs up to the next part.)
      const window = [text.slice(stop + 1)];
      for (let k = bi + 1; k < blocks.length && k <= bi + 8; k++) {
        const next = blocks[k]!;
        if (next.kind !== 'paragraph') break;
        const t = ctx.lines[next.first] ?? next.text;
        if (NEXT_PART.test(t) || /三公/.test(t)) break;
        window.push(t);
      }
      const facts = itemFacts(window.join('。'), what, m[3]!);
      if (!facts) continue;
      judgeBounds(ctx, b.first, text, m, facts);
    }
  }
}

/** The items' facts in the groups of `text`; null when an item is told twice differently or the set is not whole. */
function itemFacts(text: string, what: string, unit: string): ItemFact[] | null {
  const other = what === '决算' ? '预算' : '决算';
  const facts = new Map<Kind, ItemFact>();
  for (const raw of text.split(/[。；;]/)) {
    const g = raw.trim();
    const open = GROUP_OPEN.exec(g);
    if (!open) continue;
    const name = open[1]!;
    const kind = kindOf(name);
    // (One item a group: another's name in it leaves the group unread.)
    const names = [...g.matchAll(ITEM_NAME)].map((n) => kindOf(n[0]));
    if (names.some((k) => k !== kind)) continue;
    let fact: ItemFact;
    const change = ITEM_VS_LAST.exec(g);
    if (change) {
      // (Its own 决算 before the change, and no 预算 between: "完成预算的86.07%" aside.)
      const before = g.slice(0, change.index).replace(/完成(?:年初|全年)?预算(?:数)?的/g, '');
      const w = before.lastIndexOf(what);
      if (w < 0 || before.indexOf(other, w) >= 0 || change[3] !== unit) continue;
      const v = dec(change[2]!.replace(/,/g, ''));
      fact = {
        kind,
        said: `${name}${change[1]}${change[2]}${unit}`,
        change: change[1] === '减少' ? v.neg() : v,
        places: (change[2]!.split('.')[1] ?? '').length,
      };
    } else {
      const amount = stated(what).exec(g);
      if (!amount || amount[2] !== unit || !dec(amount[1]!.replace(/,/g, '')).isZero()) continue;
      fact = { kind, said: `${name}${what}为${amount[1]}${unit}`, change: null, places: 0 };
    }
    const known = facts.get(kind);
    if (known && (known.change === null) !== (fact.change === null)) return null;
    if (known && known.change !== null && !known.change.eq(fact.change!)) return null;
    facts.set(kind, fact);
  }
  const abroad = facts.get('abroad');
  const reception = facts.get('reception');
  if (!abroad || !reception) return null;
  const cars = facts.get('cars');
  const purchase = facts.get('purchase');
  const running = facts.get('running');
  if (cars && (cars.change !== null || !purchase || !running)) return [abroad, cars, reception];
  if (purchase && running) return [abroad, purchase, running, reception];
  return null;
}

function judgeBounds(ctx: Ctx, li: number, text: string, m: RegExpExecArray, facts: ItemFact[]): void {
  const unit = m[3]!;
  const whole = dec(m[2]!.replace(/,/g, ''));
  const signed = m[1] === '减少' ? whole.neg() : whole;
  const wholePlaces = (m[2]!.split('.')[1] ?? '').length;
  const counted = facts.filter((f) => f.change !== null);
  const sum = counted.reduce((a, f) => a.plus(f.change!), dec(0));
  const exact = counted.length === facts.length;
  const places = Math.max(wholePlaces, ...counted.map((f) => f.places));
  const tolerance = counted.reduce((a, f) => a.plus(halfUlp(f.places)), halfUlp(wholePlaces));
  const above = signed.minus(sum).gt(tolerance);
  const below = exact && sum.minus(signed).gt(tolerance);
  const said = facts.map((f) => f.said).join('，');
  const bound = `${sum.isNeg() ? '减少' : '增加'}${sum.abs().toFixed(places)}${unit}`;
  const at = m.index + m[0].indexOf(m[2]!);
  const ok = !above && !below;
  claim(
    ctx,
    'sum',
    li,
    at,
    ok,
    `各项（${said}）比上年的增减合计${exact ? '为' : '至多为'}${bound}，总额${m[1]}${m[2]}${unit}`,
  );
  if (ok) return;
  const why = exact
    ? `各项比上年的增减合计为${bound}`
    : `本年为0的项不可能比上年增加，各项比上年的增减合计至多为${bound}`;
  report(
    ctx,
    li,
    'change.parts',
    'error',
    excerptOf(text, m.index, m.index + m[0].length, 12),
    exact ? bound : `≤${bound}`,
    `${m[1]}${m[2]}${unit}`,
    `“三公”经费比上年${m[1]}${m[2]}${unit}，而其各项：${said}；${why}，与总额${m[1]}${m[2]}${unit}不符。`,
    at,
  );
}
