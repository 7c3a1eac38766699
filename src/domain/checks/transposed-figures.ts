/**
 * A figure restated with two of its digits swapped — "65岁及以上老年人健康管理率61.38%" in the text where the
 * 自评表's row 65岁及以上老年人健康管理率 prints 63.18%, "累计执行79.30万元" where the table's row prints 97.30 —, a
 * slip of the hand the eye passes over (`figure.restated`): the two places name the same thing and print the same
 * digits in another order.
 *
 * Precision first: a figure of the text (with its unit) whose name — the words before it in its clause, the verbs
 * after the name left aside — holds, or is held by, the name of a figure elsewhere (words of a figure's kind —
 * 年初预算, 执行率 — aside, four characters at least) (another
 * clause's, or a table line's words before it and the name wrapped above), the two of one unit (or the table's
 * bare), of as many decimals, at least four digits (three for an amount to the cent or a quantity measured to a decimal, its name five characters), one the other with two digits swapped; neither place prints
 * the other's figure as well (a target and its outturn), and no other rule judged either line. Which of the two is
 * right is not known: the text's is named.
 */
import { longestCommonRun } from './layout-chars.ts';
import { claim, report, type Ctx } from './context.ts';
import { MONEY_UNITS, scanNumbers, WORK_QUANTITY_UNITS, type NumberToken } from './numbers.ts';
import { lineFigures } from './prose-lines.ts';

type Mention = {
  li: number;
  token: NumberToken;
  name: string;
  context: string;
  prose: boolean;
  /** The name was its clause's subject's (the figure's own name only of its kind: "完成预算的", "增长"). */
  bySubject?: boolean;
};

/** Words ending a name that are no part of it: "累计执行", "实际完成值为", "达到". */
const VERBS =
  /(?:为|是|达到|达|共|合计|累计|共计|实际|全年|完成值|完成|执行|支出|决算|决算数|约|仅|已|的|印为|计)+$/;
const MIN_SHARED = 4;
/** How far back a rate's clause and the clause before it are read for its subject. */
const SUBJECT_REACH = 60;
/** Words ending a subject's clause that say what its amount is, not what it is of. */
const SUBJECT_TAIL = /(?:支出|决算|执行|增加|减少|为|共|合计)+$/;
/** A name printed the same in both places, its item shorter than MIN_SHARED: long enough to name one figure. */
const SAME_NAME = 6;
/** The name a figure of three digits needs (a longer one: small figures coincide more often). */
const MIN_SHARED_SMALL = 5;
/** How many places of one figure are tried against another's. */
const TRIED = 8;

export function checkTransposedFigures(ctx: Ctx): void {
  // Every figure of four digits or more, grouped by its count of digits, their sum and its places (two figures one
  // the other with two digits swapped fall in one group): the text's figures first, then only the table figures of
  // a group one of them opened — the names are read for pairs of a group alone.
  const groups = new Map<number, Figure[]>();
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph') continue;
    for (const t of lineFigures(ctx, b.first)) {
      const key = t.unit === '' ? -1 : digitKey(t);
      if (key < 0) continue;
      const f = { li: b.first, token: t, prose: true, first: b.first };
      const list = groups.get(key);
      if (list) list.push(f);
      else groups.set(key, [f]);
    }
  }
  if (groups.size === 0) return;
  for (const b of ctx.layout.blocks) {
    if (b.kind === 'paragraph') continue;
    for (let li = b.first; li <= b.last; li++)
      for (const t of lineFigures(ctx, li))
        groups.get(digitKey(t))?.push({ li, token: t, prose: false, first: b.first });
  }
  const judged = new Set(ctx.findings.map((f) => f.line));
  const done = new Set<string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    // By value: a figure printed a thousand times is tried a few times (a hostile text stays linear).
    const byValue = new Map<string, Figure[]>();
    for (const f of group) {
      const same = byValue.get(f.token.value);
      if (!same) byValue.set(f.token.value, [f]);
      else if (same.length < TRIED) same.push(f);
    }
    if (byValue.size < 2) continue;
    const list = [...byValue.values()].flat();
    for (const fa of list) {
      if (!fa.prose) continue;
      for (const fb of list) {
        if (fb === fa || fb.token.value === fa.token.value || !swapped(fa.token.value, fb.token.value))
          continue;
        if (fb.prose && fb.li === fa.li) continue;
        if (fb.token.unit !== '' && fb.token.unit !== fa.token.unit) continue;
        const a = mentionOf(ctx, fa);
        const b = mentionOf(ctx, fb);
        if (a.name.length < MIN_SHARED) continue;
        // (A name taken from the clause's subject holds for a table's figure in a column of the same kind only:
        // "完成预算的86.03%" and a 完成率 column, not the 增减额 of that row.)
        if (a.bySubject && (b.prose || !rateColumn(ctx, fb))) continue;
        const min = digitKey(fa.token) < 400000 ? MIN_SHARED_SMALL : MIN_SHARED;
        if (!sameItem(a.name, b.name, min, !MONEY_UNITS.has(fa.token.unit) && fa.token.unit !== '%'))
          continue;
        // (Either place printing the other's figure too: two figures of one thing — a target and its outturn.)
        if (hasValue(a.context, b.token.value) || hasValue(b.context, a.token.value)) continue;
        const key = [a.token.value, b.token.value].sort().join('|');
        if (done.has(key)) continue;
        done.add(key);
        const aLine = ctx.layout.lineAt(a.li, a.token.start);
        const bLine = b.prose ? ctx.layout.lineAt(b.li, b.token.start) : b.li;
        if (judged.has(aLine + 1) || judged.has(bLine + 1)) continue;
        const unit = a.token.unit;
        claim(
          ctx,
          'figure',
          a.li,
          a.token.start,
          false,
          `“${a.name}”：文中${a.token.value}${unit}，第${bLine + 1}行${b.token.value}`,
        );
        report(
          ctx,
          a.li,
          'figure.restated',
          'error',
          `${a.name}${a.token.value}${unit}`,
          b.token.value,
          a.token.value,
          `“${a.name}”此处为${a.token.value}${unit}，第${bLine + 1}行为${b.token.value}${b.token.unit}，两处数字相同而顺序不同，似有一处数字颠倒。`,
          a.token.start,
        );
      }
    }
  }
}

/**
 * Words of a figure's kind, not of the thing it is of ("年初预算", "完成年初预算", "执行率" name a figure of every
 * project): the names are matched without them.
 */
const KIND_WORDS =
  /完成|年初|全年|调整后?|预算数?|决算数?|执行数?|执行率|完成率|到位率|支出|收入|财政拨款|一般公共|合计|小计|本年|上年|同期|累计|实际|比|较|增加|减少|增长|下降|占/g;
const itemOf = (name: string): string => name.replace(KIND_WORDS, '|');

/** A figure of the document: where it stands, whether in the text, the first line of its block. */
type Figure = { li: number; token: NumberToken; prose: boolean; first: number };

/** A figure's name and the clause (or table line) around it. */
function mentionOf(ctx: Ctx, f: Figure): Mention {
  if (f.prose) {
    const text = ctx.lines[f.li] ?? '';
    const own = nameBefore(text, f.token.start);
    const name = subjectOf(text, f.token.start, own);
    return {
      li: f.li,
      token: f.token,
      bySubject: name !== own && f.token.unit === '%',
      name: name || cellNameAbove(ctx, f.li, text),
      context: clauseOf(text, f.token.start),
      prose: true,
    };
  }
  // The row's words: before the figure on its line, and on the line above when it holds no figure (a name wrapped
  // over two lines).
  const line = ctx.lines[f.li] ?? '';
  const above = f.li > f.first ? (ctx.lines[f.li - 1] ?? '') : '';
  const words = (/\d/.test(above) ? '' : cjk(above)) + cjk(line.slice(0, f.token.start));
  return { li: f.li, token: f.token, name: words, context: line, prose: false };
}

/**
 * The name of a figure printed alone on its line — a table of plain pdftotext, one cell a line: "远程心电诊断服务例数",
 * "≥12000例", "13286例" — the nearest line above without a digit (two such lines: a name wrapped), past at most two
 * lines of other figures (the row's target).
 */
function cellNameAbove(ctx: Ctx, li: number, text: string): string {
  if (!BARE_CELL.test(text)) return '';
  let k = li - 1;
  while (k >= 0 && li - k <= 3 && BARE_CELL.test(ctx.lines[k] ?? '')) k--;
  const name = ctx.lines[k] ?? '';
  if (k < 0 || li - k > 3 || /\d/.test(name)) return '';
  const above = ctx.lines[k - 1] ?? '';
  return (/\d/.test(above) || above.length > 12 ? '' : cjk(above)) + cjk(name);
}
const BARE_CELL = /^\s*[≥≤><=＞＜]?\s*\d[\d,.]*\s*[^\d\s，。；、]{0,3}\s*$/;

/** A figure's count of digits (leading zeros aside), their sum and its places, as one number; −1 under four digits. */
function digitKey(t: NumberToken): number {
  let count = 0;
  let sum = 0;
  const v = t.value;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i) - 48;
    if (c < 0 || c > 9 || (c === 0 && count === 0)) continue;
    count++;
    sum += c;
  }
  // (Three digits only for an amount to the cent, "2.36万元", or a quantity measured to a decimal, "36.9公里":
  // smaller figures coincide too often.)
  const measured = t.places > 0 && MEASURED_UNITS.has(t.unit);
  if (count < 3 || (count === 3 && !measured && (t.places !== 2 || !SMALL_AMOUNT_UNITS.has(t.unit))))
    return -1;
  return count * 100000 + sum * 100 + t.places;
}
const SMALL_AMOUNT_UNITS = new Set(['万元', '亿元', '元', '']);
const MEASURED_UNITS: ReadonlySet<string> = new Set(WORK_QUANTITY_UNITS);
const cjk = (text: string): string => text.replace(/[^\u4e00-\u9fa5]/g, '');

/** Two figures one of which is the other with two digits swapped (as printed, separators aside). */
function swapped(a: string, b: string): boolean {
  const x = a.replace(/,/g, '');
  const y = b.replace(/,/g, '');
  if (x.length !== y.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) diff.push(i);
  return diff.length === 2 && x[diff[0]!] === y[diff[1]!] && x[diff[1]!] === y[diff[0]!];
}

/** The words naming the figure at `at`: back to a mark or a digit, the verbs at their end dropped. */
function nameBefore(text: string, at: number): string {
  let k = at;
  while (k > 0 && /[\u4e00-\u9fa5\s“”（）()]/.test(text[k - 1]!)) k--;
  return cjk(text.slice(k, at)).replace(VERBS, '').slice(-16);
}

/**
 * Whether a table figure stands in a column headed as a rate (率, %): its cell's place in its row (the logical line's
 * cells are tab-joined) under the table's header row of words of as many cells. False when that cannot be told.
 */
function rateColumn(ctx: Ctx, f: Figure): boolean {
  const line = ctx.lines[f.li] ?? '';
  const cells = line.split('\t');
  const k = line.slice(0, f.token.start).split('\t').length - 1;
  for (let h = f.li - 1; h >= f.first; h--) {
    const head = (ctx.lines[h] ?? '').split('\t');
    if (head.length !== cells.length || /\d\.\d/.test(ctx.lines[h]!)) continue;
    return /率|%|％/.test(head[k] ?? '');
  }
  return false;
}

/**
 * A name of a figure's kind alone ("完成预算的", "增长") named by its clause before: "公务接待费支出2.58万元，完成预算的
 * 86.03%" — the subject that clause opens with ("公务接待费支出"), then the name.
 */
function subjectOf(text: string, at: number, name: string): string {
  if (itemOf(name).replace(/\|/g, '').length >= 2) return name;
  // (Each walk back at most SUBJECT_REACH characters: a hostile line without marks stays linear.)
  let k = at;
  while (k > 0 && at - k < SUBJECT_REACH && !/[，,]/.test(text[k - 1]!)) {
    if (/[。；;：:]/.test(text[k - 1]!)) return name;
    k--;
  }
  if (k === 0 || at - k >= SUBJECT_REACH) return name;
  let a = k - 1;
  while (a > 0 && k - a < SUBJECT_REACH && !/[。；;：:，,]/.test(text[a - 1]!)) a--;
  const subject = /^[\u4e00-\u9fa5（）()“”]+/.exec(text.slice(a, k - 1).replace(/^其中/, ''))?.[0] ?? '';
  // (The subject's own amount words left off: "公务用车购置及运行维护费支出增加" names "公务用车购置及运行维护费".)
  const item = cjk(subject).replace(SUBJECT_TAIL, '');
  return item === '' ? name : item + name;
}

/**
 * The clause of the figure at `at` with the clauses either side in its sentence: "年初预算为33.80万元，支出决算为30.83
 * 万元" prints a budget and its outturn, two figures of one thing.
 */
function clauseOf(text: string, at: number): string {
  let a = at;
  for (let n = 0; n < 2 && a > 0 && text[a - 1] !== '。'; n++) {
    if (n > 0) a--;
    while (a > 0 && !/[。；;，,]/.test(text[a - 1]!)) a--;
  }
  let b = at;
  for (let n = 0; n < 2 && b < text.length && text[b] !== '。'; n++) {
    if (n > 0) b++;
    while (b < text.length && !/[。；;，,]/.test(text[b]!)) b++;
  }
  return text.slice(a, b);
}

/**
 * Whether two names name one item: the longest piece of each, words of a figure's kind aside, holds the other's
 * whole — "文物保护及考古发掘经费累计执行" and the row "文物保护及考古发掘经费", not "公务用车购置及运行维护费" and
 * "公务用车购置费" (four characters at least).
 */
function sameItem(a: string, b: string, min: number, measured: boolean): boolean {
  const core = (name: string): string =>
    itemOf(name)
      .split('|')
      .reduce((x, y) => (y.length > x.length ? y : x), '');
  const [x, y] = [core(a), core(b)];
  const shorter = x.length <= y.length ? x : y;
  if (shorter.length >= min && (x.includes(y) || y.includes(x))) return true;
  // (One long name word for word, its item short — "项目支出执行率" twice: its words of a kind name it too.)
  if (a === b && a.length >= SAME_NAME && x.length >= 2) return true;
  // (The same words in another order — "削减化学需氧量" and "化学需氧量削减量": five characters at least in common,
  // for a quantity measured in a unit of its own — 吨, 公里, 户; amounts of two items share words more often.)
  return measured && longestCommonRun(x, y) >= Math.max(min, MIN_SHARED_SMALL);
}

function hasValue(text: string, value: string): boolean {
  return scanNumbers(text).some((t) => t.value === value);
}
