/**
 * A 科目 named in the text with its code: "一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）（2010301）", "2010301
 * 行政运行（项）". Each level's name must be that level's code's name in 《政府收支分类科目》: the 类 the
 * code's first three digits, the 款 its first five, the 项 the code (`figure.code-name`).
 *
 * A name followed by its code and level in one bracket, "住房保障支出（221类）", "行政运行（2010101项）", is read
 * too, in the text and in a table's labels: the code's digits must fit the level (3 类, 5 款, 7 项).
 *
 * An error only when the printed name is the name of a sibling (another 项 of the same 款, another 款 of the
 * same 类): the code and the name then point at two different 科目. Any other name that is not the code's is a
 * warning (a local wording, an older edition's). A code the catalogue does not hold (a local 科目) is not read.
 */
import { claim, excerptOf, report, type Ctx } from './context.ts';
import {
  catalogueNames,
  codeNamed,
  editionName,
  squashName,
  tableNameFits,
  unverifiedCode,
} from './code-names.ts';
import { forEachFigureLine } from './prose-lines.ts';

const NAME = '[\\u4e00-\\u9fa5、“”]';
/** 类, 款 (its name may hold a bracket: "政府办公厅（室）及相关机构事务"), 项, then the code in or out of brackets. */
const NAMES_THEN_CODE = new RegExp(
  `(?:(${NAME}{2,24})[（(]类[）)])?\\s*(?:(${NAME}[\\u4e00-\\u9fa5、“”（）()]{1,30}?)[（(]款[）)])?\\s*(${NAME}{2,30}?)[（(]项[）)]\\s*[（(]?\\s*(?:科目)?(?:编码|代码)?[:：]?\\s*(\\d{7})(?!\\d)`,
  'g',
);
/** The code before the 项's name: "2010301行政运行（项）". */
const CODE_THEN_NAME = new RegExp(`(?<!\\d)(\\d{7})\\s*(${NAME}{2,30}?)[（(]项[）)]`, 'g');

/** A name, then its code and level in one bracket: "住房保障支出（221类）". */
const NAME_WITH_CODE = new RegExp(
  `(${NAME}{2,30}?)\\s*[（(]\\s*(\\d{3}|\\d{5}|\\d{7})\\s*([类款项])\\s*[）)]`,
  'g',
);
const DIGITS_OF: Record<string, number> = { 类: 3, 款: 5, 项: 7 };
/**
 * A 项's name, then its bare code in brackets: "事业单位医疗（2101102）". The words before the bracket may begin with the
 * sentence's own ("；主要用于行政运行（2010301）"), so this shape is an error only when they end with a sibling's name
 * and not with the code's own; anything else is left unread.
 */
const NAME_THEN_BARE_CODE = new RegExp(
  `(${NAME}{2,30})\\s*[（(]\\s*(?:科目)?(?:编码|代码)?[:：]?\\s*(\\d{7})\\s*[）)]`,
  'g',
);

type Level = { name: string; code: string; at: number; level: '类' | '款' | '项' };

/** 类, 款 and 项 named without a code: "农林水支出（类）水利（款）防汛（项）" (not followed by a code). */
const NAMES_ONLY = new RegExp(
  `(${NAME}{2,24})[（(]类[）)]\\s*(${NAME}[\\u4e00-\\u9fa5、“”（）()]{1,30}?)[（(]款[）)]\\s*(${NAME}{2,30}?)[（(]项[）)](?!\\s*[（(]?\\s*(?:科目)?(?:编码|代码)?[:：]?\\s*\\d)`,
  'g',
);

/** Codes by squashed name, built once from the catalogue. */
let codesByName: Map<string, string[]> | null = null;
function codesNamed(name: string): string[] {
  if (!codesByName) {
    codesByName = new Map();
    for (const [code, names] of catalogueNames())
      for (const n of names) codesByName.set(n, [...(codesByName.get(n) ?? []), code]);
  }
  return codesByName.get(name) ?? [];
}

/** The catalogue's 类 codes (three digits), listed once. */
let classList: string[] | null = null;
function classCodes(): string[] {
  return (classList ??= [...catalogueNames().keys()].filter((c) => c.length === 3));
}

/**
 * "农林水支出（类）农业农村（款）防汛（项）": a 项 named under a 款 that has no 项 of that name in any edition, while
 * one other 款 of the same 类 has — the 项 is placed under the wrong 款 (`figure.code-name`, error). The 类's name
 * may follow words of the sentence ("主要用于农林水支出（类）"): its end is the name.
 */
function checkNamesOnly(ctx: Ctx, line: string, li: number): void {
  for (const m of line.matchAll(NAMES_ONLY)) {
    const classLabel = squashName(m[1]!);
    const classes = classCodes().filter((c) =>
      catalogueNames()
        .get(c)!
        .some((n) => classLabel.endsWith(n)),
    );
    if (classes.length !== 1) continue;
    const cls = classes[0]!;
    const sections = codesNamed(squashName(m[2]!)).filter((c) => c.length === 5 && c.startsWith(cls));
    if (sections.length !== 1) continue;
    const section = sections[0]!;
    const items = codesNamed(squashName(m[3]!)).filter((c) => c.length === 7 && c.startsWith(cls));
    if (items.length === 0) continue;
    const at = m.index + m[0].indexOf(m[3]!);
    const fits = items.some((c) => c.startsWith(section));
    const sectionName = editionName(ctx.year, section) ?? squashName(m[2]!);
    claim(
      ctx,
      'figure',
      li,
      at,
      fits,
      `${m[3]}（项）在《政府收支分类科目》中属于${items.map((c) => c.slice(0, 5)).join('、')}款，文中在${sectionName}（${section}）款下`,
    );
    if (fits || items.length !== 1) continue;
    const item = items[0]!;
    const right = item.slice(0, 5);
    const rightName = editionName(ctx.year, right) ?? catalogueNames().get(right)?.at(-1) ?? right;
    report(
      ctx,
      li,
      'figure.code-name',
      'error',
      excerptOf(line, m.index, m.index + m[0].length, 0),
      `${rightName}（款）${m[3]}（项）`,
      `${m[2]}（款）${m[3]}（项）`,
      `“${m[3]}”是${rightName}款（${right}）下的项（${item}），不在${sectionName}款（${section}）下：款、项名称不对应。`,
      at,
    );
  }
}

/** A 支出经济分类 款 code with its name right after it: "30217公务接待费" (the 功能分类 款 codes start 1 or 2). */
const ECONOMIC_CODE = /(?<![\d.,])(3\d{4})(?![\d.,%％])\s*(?=[\u4e00-\u9fa5])/g;

/** The economic 款 codes of the catalogue (five digits, starting 3) with their names, longest names first. */
let economicList: [string, string][] | null = null;
function economicNames(): [string, string][] {
  if (economicList) return economicList;
  economicList = [];
  for (const [code, names] of catalogueNames())
    if (code.length === 5 && code.startsWith('3')) for (const n of names) economicList.push([code, n]);
  return economicList.sort((a, b) => b[1].length - a[1].length);
}

/**
 * "经济分类科目30212因公出国（境）费用、30215公务接待费": an economic 款 code followed by the name of another
 * economic 款 (and not by its own) points at two different 科目 (`figure.code-name`, error). Names that are
 * no 款's are not read (the sentence's own words).
 */
function checkEconomicCodes(ctx: Ctx, line: string, li: number): void {
  for (const m of line.matchAll(ECONOMIC_CODE)) {
    const code = m[1]!;
    const own = catalogueNames().get(code);
    if (!own) continue;
    const after = squashName(line.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (own.some((n) => after.startsWith(n) || after.startsWith(withoutTrailingFee(n)))) {
      claim(ctx, 'figure', li, m.index, true, `${code}在《政府收支分类科目》中为${own.at(-1)}`);
      continue;
    }
    const other = economicNames().find(([c, n]) => c !== code && after.startsWith(n));
    if (!other) continue;
    const [right, name] = other;
    const ownName = editionName(ctx.year, code) ?? own.at(-1)!;
    claim(
      ctx,
      'figure',
      li,
      m.index,
      false,
      `${code}在《政府收支分类科目》中为${ownName}，文中为${name}（${right}）`,
    );
    report(
      ctx,
      li,
      'figure.code-name',
      'error',
      excerptOf(line, m.index, m.index + m[0].length + name.length, 10),
      `${right}${name}`,
      `${code}${name}`,
      `支出经济分类科目${code}是“${ownName}”，“${name}”的科目编码是${right}：编码与名称不对应。`,
      m.index,
    );
  }
}

/** A name without its closing 费用 / 费 ("因公出国（境）费用" printed "因公出国（境）费"). */
const withoutTrailingFee = (name: string): string => name.replace(/费用$/, '费');

export function checkProseCodes(ctx: Ctx): void {
  checkBracketedCodes(ctx);
  forEachFigureLine(ctx, (line, li) => {
    if ((line.includes('分类') || line.includes('科目')) && /(?<!\d)3\d{4}[\u4e00-\u9fa5]/.test(line))
      checkEconomicCodes(ctx, line, li);
    if (line.includes('．') || line.includes('、') || line.includes('.')) checkNumberedCodes(ctx, line, li);
    if (!line.includes('项）') && !line.includes('项)')) {
      if ((line.includes('）') || line.includes(')')) && hasSevenDigits(line)) checkBareCodes(ctx, line, li);
      return;
    }
    if (line.includes('款）') || line.includes('款)')) checkNamesOnly(ctx, line, li);
    // (Both expressions below need a code of seven digits: without one, the long lines are not searched.)
    if (!hasSevenDigits(line)) return;
    checkBareCodes(ctx, line, li);
    for (const m of line.matchAll(NAMES_THEN_CODE)) {
      const code = m[4]!;
      const levels: Level[] = [];
      const at = (k: number): number => m.index + m[0].indexOf(m[k]!);
      if (m[1]) levels.push({ name: m[1], code: code.slice(0, 3), at: at(1), level: '类' });
      if (m[2]) levels.push({ name: m[2], code: code.slice(0, 5), at: at(2), level: '款' });
      levels.push({ name: m[3]!, code, at: at(3), level: '项' });
      for (const l of levels) judge(ctx, line, li, l, m.index, m.index + m[0].length);
    }
    for (const m of line.matchAll(CODE_THEN_NAME))
      judge(
        ctx,
        line,
        li,
        { name: m[2]!, code: m[1]!, at: m.index + m[0].indexOf(m[2]!), level: '项' },
        m.index,
        m.index + m[0].length,
      );
  });
}

/** Whether `line` has a run of exactly seven ASCII digits (a 项's code). */
function hasSevenDigits(line: string): boolean {
  let run = 0;
  for (let i = 0; i <= line.length; i++) {
    const c = i < line.length ? line.charCodeAt(i) : 0;
    if (c >= 48 && c <= 57) run++;
    else if (run === 7) return true;
    else run = 0;
  }
  return false;
}

/** A line that is a code and its name alone: "2130314 防汛" (plain pdftotext prints a 决算 table's label so). */
const CODE_LINE = /^\s*(\d{3}|\d{5}|\d{7})\s+([\u4e00-\u9fa5、“”（）()]{2,30})\s*$/;
const LEVEL_OF: Record<number, '类' | '款' | '项'> = { 3: '类', 5: '款', 7: '项' };

/**
 * Lines of a code and its name alone ("2130314 抗旱" where 2130314 is 防汛 and 抗旱 is 2130315): judged as the
 * text's codes are. Run after the table rules: a line a table rule already judged (`table.code-name`) is not
 * judged again.
 */
export function checkCodeLines(ctx: Ctx): void {
  const judged = new Set(ctx.findings.filter((f) => f.rule === 'table.code-name').map((f) => f.line));
  const lines = ctx.lines;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    const c = line.charCodeAt(line.search(/\S/));
    if (!(c >= 48 && c <= 57)) continue;
    // (Read as printed, the space between code and name kept: "201万元" is an amount, not a code and a name.)
    const m = CODE_LINE.exec(ctx.layout.normalised[li] ?? '');
    if (!m || !line.includes(m[2]!) || judged.has(ctx.layout.lineAt(li, 0) + 1)) continue;
    const at = line.indexOf(m[2]!);
    judge(ctx, line, li, { name: m[2]!, code: m[1]!, at, level: LEVEL_OF[m[1]!.length]! }, 0, line.length);
  }
}

const CODE_AND_LEVEL = /\d\s*[类款项]\s*[）)]/;
/** A 类 or 款 named with its level, then its code in brackets: "就业补助（款）（科目编码 20805）", "…支出（类）（208）". */
const LEVEL_THEN_CODE = new RegExp(
  `(${NAME}{2,30}?)[（(]([类款])[）)]\\s*[（(]\\s*(?:科目)?(?:编码|代码)?[:：]?\\s*(\\d{3}|\\d{5})\\s*[）)]`,
  'g',
);
const LEVEL_THEN_CODE_AT = /[类款][）)]\s*[（(]\s*(?:科目)?(?:编码|代码)?[:：]?\s*\d/;

/** "住房保障支出（221类）" on any line, a table's row or a sentence (see the top of this file). */
function checkBracketedCodes(ctx: Ctx): void {
  const lines = ctx.lines;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    if (
      !line.includes('类）') &&
      !line.includes('款）') &&
      !line.includes('项）') &&
      !/[类款项]\)/.test(line)
    )
      continue;
    // (What NAME_WITH_CODE needs, found without trying its lazy name at every character.)
    if (CODE_AND_LEVEL.test(line))
      for (const m of line.matchAll(NAME_WITH_CODE)) {
        const [, name, code, level] = m as unknown as [string, string, string, '类' | '款' | '项'];
        if (code.length !== DIGITS_OF[level]) continue;
        judge(ctx, line, li, { name, code, at: m.index, level }, m.index, m.index + m[0].length);
      }
    if (LEVEL_THEN_CODE_AT.test(line))
      for (const m of line.matchAll(LEVEL_THEN_CODE)) {
        const [, name, level, code] = m as unknown as [string, string, '类' | '款', string];
        if (code.length !== DIGITS_OF[level]) continue;
        judge(ctx, line, li, { name, code, at: m.index, level }, m.index, m.index + m[0].length);
      }
  }
}

/**
 * A numbered item opening with a 项's code and name, ended by punctuation: "5．2210201购房补贴。年初预算为…". Judged as
 * a bare code is (checkBareCodes): only when the name is the code's own or a sibling's.
 */
const NUMBERED_CODE_THEN_NAME = new RegExp(
  `(?:^|[。；;]\\s*)(?:\\d{1,2}\\s*[.．、]|[（(]\\d{1,2}[）)])\\s*(\\d{7})\\s*(${NAME}{2,30}?)(?=[。：:，,；;（(]|$)`,
  'g',
);

function checkNumberedCodes(ctx: Ctx, line: string, li: number): void {
  if (!hasSevenDigits(line)) return;
  for (const m of line.matchAll(NUMBERED_CODE_THEN_NAME)) {
    const code = m[1]!;
    const known = catalogueNames().get(code);
    if (!known) continue;
    const label = squashName(m[2]!);
    if (!known.some((n) => label === n || label === n.replace(/支出$/, '')) && !siblingNamed(label, code))
      continue;
    const at = m.index + m[0].lastIndexOf(m[2]!);
    judge(ctx, line, li, { name: m[2]!, code, at, level: '项' }, m.index, m.index + m[0].length);
  }
}

/** "事业单位医疗（2101102）" (see NAME_THEN_BARE_CODE): judged only when the name is the code's or a sibling's. */
function checkBareCodes(ctx: Ctx, line: string, li: number): void {
  for (const m of line.matchAll(NAME_THEN_BARE_CODE)) {
    const code = m[2]!;
    const known = catalogueNames().get(code);
    if (!known) continue;
    const label = squashName(m[1]!);
    const own = known.some((n) => label.endsWith(n) || label.endsWith(n.replace(/支出$/, '')));
    if (!own && !siblingNamed(label, code)) continue;
    const level = LEVEL_OF[code.length]!;
    judge(ctx, line, li, { name: m[1]!, code, at: m.index, level }, m.index, m.index + m[0].length);
  }
}

function judge(ctx: Ctx, line: string, li: number, l: Level, from: number, to: number): void {
  const known = catalogueNames().get(l.code);
  if (!known) return;
  const label = squashName(l.name);
  // The name may follow words of the sentence ("主要用于一般公共服务支出（类）"): its end is the name.
  const fits =
    tableNameFits(known, label) ||
    known.some((n) => label.endsWith(n) || label.endsWith(n.replace(/支出$/, '')));
  const name = editionName(ctx.year, l.code) ?? known[known.length - 1]!;
  claim(
    ctx,
    'figure',
    li,
    l.at,
    fits,
    `科目${l.code}在《政府收支分类科目》中为“${name}”，文中${l.level}级名称为“${l.name}”`,
  );
  if (fits) return;
  const sibling = unverifiedCode(l.code) ? null : siblingNamed(label, l.code);
  report(
    ctx,
    li,
    'figure.code-name',
    sibling ? 'error' : 'warning',
    excerptOf(line, from, to, 0),
    `${l.code} ${name}`,
    `${l.code} ${l.name}`,
    sibling
      ? `科目编码${l.code}的${l.level}级名称应为“${name}”，文中“${sibling.name === label ? l.name : sibling.name}”是科目${sibling.code}的名称，编码与名称不对应。`
      : `科目编码${l.code}在《政府收支分类科目》中的${l.level}级名称为“${name}”，文中为“${l.name}”。`,
    l.at,
  );
}

/**
 * A sibling of `code` (see codeNamed) named by the label, or by its end when words of the sentence come
 * before the name ("主要用于住房保障支出"): the longest end of four characters or more that is a sibling's name.
 */
function siblingNamed(label: string, code: string): { code: string; name: string } | null {
  const parent = code.slice(0, code.length - 2);
  for (let k = 0; k === 0 || k <= label.length - 4; k++) {
    const other = codeNamed(label.slice(k), code.length, code, parent);
    if (other) return { code: other, name: label.slice(k) };
  }
  return null;
}
