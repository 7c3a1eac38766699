/**
 * A count followed by the names it counts — "执行率低于85%的项目2个，分别是甲项目、乙项目，主要原因是…":
 * the count must be the number of names listed (`count.enumeration`).
 *
 * Read only when the list is certain: right after the count ("N个" / "N项" / "N家", its noun 项目 / 单位 just before
 * or after it) comes 分别是 / 分别为 / 即 / 具体是, then names joined by 、 only, up to the clause's end; every name
 * ends with the counted noun (…项目, …单位) and holds no figure; a list ending in 等 (not all named) is not read.
 */
import { countOfWord } from './numbers.ts';
import { claim, excerptOf, report, type Ctx } from './context.ts';
import { forEachFigureLineWith } from './prose-lines.ts';

const NOUN = '(项目|单位|政策|专项)';
const COUNT = '(\\d{1,3}|[一两二三四五六七八九十]{1,3})\\s*(个|项|家)';
/** "的项目2个，分别是" or "2个项目，分别为". */
const HEAD = new RegExp(
  `(?:${NOUN}\\s*(?:共|有|为)?\\s*${COUNT}|${COUNT}\\s*${NOUN})\\s*[，,：:]?\\s*(?:分别是|分别为|分别|即|具体是|具体为|为(?=[^，,。；;\\d]{4}))\\s*[：:]?`,
  'g',
);

/**
 * "其中4个项目全年预算执行率低于80%，分别为甲、乙、丙、丁": the count, its noun, then words saying which (no other
 * count, no other counted noun) up to a comma, then 分别为 / 分别是 / 具体为 / 具体是 and the names to the clause's end.
 */
const QUALIFIED_HEAD = new RegExp(
  `${COUNT}\\s*${NOUN}([^，,。；;：:、（）()]{2,30})[，,]\\s*(?:分别是|分别为|具体是|具体为)\\s*[：:]?`,
  'g',
);

export function checkNamedCounts(ctx: Ctx): void {
  forEachFigureLineWith(ctx, '分别', (line, li) => check(ctx, li, line));
  forEachFigureLineWith(ctx, '分别', (line, li) => checkQualified(ctx, li, line));
  forEachFigureLineWith(ctx, '具体', (line, li) => {
    if (!line.includes('分别')) checkQualified(ctx, li, line);
  });
  forEachFigureLineWith(ctx, '即', (line, li) => {
    if (!line.includes('分别')) check(ctx, li, line);
  });
  // ("的项目2个，为甲项目、乙项目")
  forEachFigureLineWith(ctx, '为', (line, li) => {
    if (!line.includes('分别') && !line.includes('即')) check(ctx, li, line);
  });
  forEachFigureLineWith(ctx, '（', (line, li) => checkBracketed(ctx, li, line));
  forEachFigureLineWith(ctx, '指标', (line, li) => {
    if (line.includes('分别') || line.includes('即') || line.includes('具体'))
      checkIndicatorList(ctx, li, line);
  });
}

/**
 * "共有3项指标存在扣分，分别为甲指标名称、乙指标名称、丙指标名称": a count of indicators that lost points (or missed
 * their target) followed by their names — the count must be the number of names. Indicator names end in no common
 * noun (and a table may wrap them over lines), so the list is read only when every name is Chinese words alone
 * (3–16 characters: no figure, no 扣分 amount), the list runs to the clause's end and does not end in 等.
 */
const INDICATOR_HEAD = new RegExp(
  `${COUNT}\\s*(?:三级|二级)?指标\\s*(?:存在|出现|有|被)?\\s*(?:扣分|失分|未达标|未完成|未达到(?:目标值|预期)?)\\s*[，,：:]?\\s*(?:分别是|分别为|分别|即|具体是|具体为)\\s*[：:]?`,
  'g',
);

/** An indicator's name: Chinese words only (a table cell may wrap it, so it is not looked up in the table). */
const INDICATOR_NAME = /^[\u4e00-\u9fa5“”]{3,16}$/;

function checkIndicatorList(ctx: Ctx, li: number, line: string): void {
  for (const m of line.matchAll(INDICATOR_HEAD)) {
    const unit = m[2]!;
    const count = countOfWord(m[1]!);
    if (!Number.isInteger(count) || count < 1) continue;
    const from = m.index + m[0].length;
    const listed = namesAfter(line, from);
    if (!listed) continue;
    const { list, names } = listed;
    if (names.length < 2 || names.some((n) => !INDICATOR_NAME.test(n))) continue;
    const ok = names.length === count;
    const at = m.index + m[0].search(/\d|[一两二三四五六七八九十]/);
    claim(ctx, 'count', li, at, ok, `列出${names.length}项指标，文中${count}${unit}`);
    if (ok) continue;
    report(
      ctx,
      li,
      'count.enumeration',
      'error',
      excerptOf(line, clauseStart(line, m.index), from + list.length, 0),
      `${names.length}${unit}`,
      `${count}${unit}`,
      `文中称指标${count}${unit}，其后却列出${names.length}项：${names.join('、')}。`,
      at,
    );
  }
}

/**
 * "低于序时进度的项目2个（甲项目名称、乙项目名称、丙项目名称）": a count of 项目 followed at once by brackets holding
 * only names joined by 、 — the count must be the number of names. Read only when every name (at least four
 * characters, no 等 / 如 / 含 / 其中 / 包括, no figure with a unit) is written elsewhere in the document too (a
 * project's heading or row): the bracket then lists projects, not words of one name.
 */
const BRACKET_HEAD = new RegExp(
  `(?:${NOUN}\\s*(?:共|有|为)?\\s*${COUNT}|${COUNT}\\s*${NOUN})\\s*（([^（）()]+)）`,
  'g',
);

function checkBracketed(ctx: Ctx, li: number, line: string): void {
  for (const m of line.matchAll(BRACKET_HEAD)) {
    const noun = m[1] ?? m[6]!;
    const unit = m[3] ?? m[5]!;
    const count = countOfWord(m[2] ?? m[4]!);
    if (!Number.isInteger(count) || count < 1) continue;
    const list = m[7]!;
    if (
      !list.includes('、') ||
      /等|如|含|其中|包括|分别|[，,；;：:。%％]|\d\s*(?:个|项|家|万元|元)/.test(list)
    )
      continue;
    const names = list.split('、').map((n) => n.trim());
    if (names.some((n) => n.length < 4 || !namedElsewhere(ctx, n, li))) continue;
    const ok = names.length === count;
    const at = m.index + m[0].search(/\d|[一两二三四五六七八九十]/);
    claim(ctx, 'count', li, at, ok, `括号内列出${names.length}个${noun}，文中${count}${unit}`);
    if (ok) continue;
    report(
      ctx,
      li,
      'count.enumeration',
      'error',
      excerptOf(line, clauseStart(line, m.index), m.index + m[0].length, 0),
      `${names.length}${unit}`,
      `${count}${unit}`,
      `文中称${noun}${count}${unit}，括号内却列出${names.length}个：${names.join('、')}。`,
      at,
    );
  }
}

/** Whether `name` is written on a logical line other than `li`. */
function namedElsewhere(ctx: Ctx, name: string, li: number): boolean {
  const squashed = name.replace(/\s+/g, '');
  return ctx.lines.some((l, i) => i !== li && l.replace(/\s+/g, '').includes(squashed));
}

function check(ctx: Ctx, li: number, line: string): void {
  for (const m of line.matchAll(HEAD)) {
    const noun = m[1] ?? m[6]!;
    const count = countOfWord(m[2] ?? m[4]!);
    if (!Number.isInteger(count) || count < 1) continue;
    const from = m.index + m[0].length;
    const listed = namesAfter(line, from);
    if (!listed) continue;
    const { list } = listed;
    const names = withLastJoined(listed.names, noun);
    if (names.length < 2) continue;
    if (names.some((n) => n.length <= noun.length || !n.endsWith(noun))) {
      if (!namesReferredBack(ctx, li, line, from + list.length, names, noun)) continue;
    }
    const ok = names.length === count;
    const at = m.index + m[0].search(/\d|[一两二三四五六七八九十]/);
    claim(ctx, 'count', li, at, ok, `列出${names.length}个${noun}，文中${count}${m[3] ?? m[5]}`);
    if (ok) continue;
    report(
      ctx,
      li,
      'count.enumeration',
      'error',
      // (From the clause's start: what is counted — "执行率低于85%的项目".)
      excerptOf(line, clauseStart(line, m.index), from + list.length, 0),
      `${names.length}${m[3] ?? m[5]}`,
      `${count}${m[3] ?? m[5]}`,
      `文中称${noun}${count}${m[3] ?? m[5]}，其后却列出${names.length}个：${names.join('、')}。`,
      at,
    );
  }
}

/**
 * The count of a QUALIFIED_HEAD against the names listed after it. What is between the noun and 分别为 says which
 * of them are meant, so the names cannot be taken for the noun's: read only when each name (Chinese words alone,
 * at least four characters) is written on another line of the document that holds no other name of the list —
 * its own row of a table or its own heading — so the list is of whole names, each one item.
 */
function checkQualified(ctx: Ctx, li: number, line: string): void {
  for (const m of qualifiedHeads(line)) {
    const count = countOfWord(m[1]!);
    const unit = m[2]!;
    const noun = m[3]!;
    const qualifier = m[4]!;
    if (!Number.isInteger(count) || count < 1) continue;
    if (new RegExp(`${COUNT}|${NOUN}|等`).test(qualifier)) continue;
    const from = m.index + m[0].length;
    const listed = namesAfter(line, from);
    if (!listed) continue;
    const { list, names } = listed;
    if (names.length < 2 || !eachOnItsOwnLine(ctx, li, names)) continue;
    const ok = names.length === count;
    const at = m.index + m[0].search(/\d|[一两二三四五六七八九十]/);
    claim(ctx, 'count', li, at, ok, `列出${names.length}个${noun}，文中${count}${unit}`);
    if (ok) continue;
    report(
      ctx,
      li,
      'count.enumeration',
      'error',
      excerptOf(line, clauseStart(line, m.index), from + list.length, 0),
      `${names.length}${unit}`,
      `${count}${unit}`,
      `文中称${count}${unit}${noun}${qualifier}，其后却列出${names.length}个：${names.join('、')}。`,
      at,
    );
  }
}

/**
 * QUALIFIED_HEAD's matches, each count tried as the head's: "10个项目中有2个项目执行率低于80%，分别为…" is the 2's
 * (the 10's qualifier holds another count), found by searching again right after each count.
 */
function qualifiedHeads(line: string): RegExpExecArray[] {
  const re = new RegExp(QUALIFIED_HEAD.source, 'g');
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(line); m !== null; m = re.exec(line)) {
    out.push(m);
    re.lastIndex = m.index + m[1]!.length;
  }
  return out;
}

/** Whether every name (Chinese words, 4–24 characters) is written on a line other than `li` holding no other name. */
function eachOnItsOwnLine(ctx: Ctx, li: number, names: readonly string[]): boolean {
  if (new Set(names).size !== names.length) return false;
  if (names.some((n) => !/^[\u4e00-\u9fa5（）()]{4,24}$/.test(n))) return false;
  const squashed = ctx.lines.map((l) => l.replace(/\s+/g, ''));
  return names.every((n) =>
    squashed.some((l, i) => i !== li && l.includes(n) && names.every((o) => o === n || !l.includes(o))),
  );
}

/**
 * Names that do not end with the counted noun ("…的项目4个，分别为甲工程、乙补助、丙购置，…，上述3个项目…"): read
 * only when every name (Chinese words alone, at least four characters) is written elsewhere in the document too
 * (the table's rows) and the paragraph refers back to exactly as many items ("上述3个项目") after the list.
 */
function namesReferredBack(
  ctx: Ctx,
  li: number,
  line: string,
  after: number,
  names: readonly string[],
  noun: string,
): boolean {
  if (names.some((n) => !/^[\u4e00-\u9fa5（）()]{4,24}$/.test(n) || !namedElsewhere(ctx, n, li)))
    return false;
  const referred = [
    ...line.slice(after).matchAll(new RegExp(`(?:上述|以上|前述)\\s*${COUNT}\\s*${noun}`, 'g')),
  ].map((r) => countOfWord(r[1]!));
  return referred.length > 0 && referred.every((c) => c === names.length);
}

/**
 * The names listed from `from` to the clause's end, joined by 、 — null when the list ends in 等 (not all named) or
 * holds a figure.
 */
function namesAfter(line: string, from: number): { list: string; names: string[] } | null {
  // (A name may carry its figure in brackets — "甲项目（38.79%）、乙项目（41.64%）": the names are read without them.)
  const rest = line.slice(from).replace(NAME_ASIDE, '');
  const end = rest.search(/[，,。；;：:（(]/);
  const list = end < 0 ? rest : rest.slice(0, end);
  if (/等$/.test(list) || /\d/.test(list)) return null;
  return { list, names: list.split('、').map((n) => n.trim()) };
}

/** A bracketed figure right after a name ("（38.79%）", "（45.20万元）"). */
const NAME_ASIDE = /[（(][^（）()，,。；;、]{0,16}\d[^（）()，,。；;、]{0,16}[）)]/g;

/**
 * The names with the last two joined by 和 / 及 / 与 ("甲项目和乙项目") split — only when both sides end with the
 * counted noun (a name may hold 和 itself: "设施建设和维护项目").
 */
function withLastJoined(names: readonly string[], noun: string): string[] {
  const last = names[names.length - 1] ?? '';
  const m = /^(.+?)(?:和|及|与|以及)(.+)$/.exec(last);
  if (!m) return [...names];
  const [a, b] = [m[1]!, m[2]!];
  if (a.length <= noun.length || b.length <= noun.length || !a.endsWith(noun) || !b.endsWith(noun))
    return [...names];
  return [...names.slice(0, -1), a, b];
}

/** The start of the clause holding offset `at` (after its last "，；。"). */
function clauseStart(line: string, at: number): number {
  let k = at;
  while (k > 0 && !'，；。,;'.includes(line[k - 1]!)) k--;
  return k;
}
