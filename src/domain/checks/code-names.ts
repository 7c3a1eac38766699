/**
 * The names a 科目 code has in the national 《政府收支分类科目》 (every edition held: names change between
 * editions), and whether a printed name is that code's. Read by the 决算 tables' code column (table-claims.ts)
 * and by the text naming a 科目 with its code (prose-codes.ts).
 */
import { CATALOGUE_YEARS, catalogFor } from '../accounts/catalog.ts';
import { isWhite } from './layout-chars.ts';

/** A name without spaces, brackets and quotes (one pass: the characters are dropped, in any order). */
export function squashName(t: string): string {
  // Most names hold none of these: not copied nor matched.
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (
      isWhite(c) ||
      c === 0xff08 ||
      c === 0xff09 ||
      c === 40 ||
      c === 41 ||
      c === 0x201c ||
      c === 0x201d ||
      c === 34
    )
      return t.replace(/[\s（）()“”"]/g, '');
  }
  return t;
}

/**
 * Every name a code has had in the national catalogues held, each once, squashed, in the order first met
 * (an array: read for every coded row, a Set's iterator would be built each time).
 */
let namesByCode: Map<string, string[]> | null = null;
export function catalogueNames(): Map<string, string[]> {
  if (namesByCode) return namesByCode;
  namesByCode = new Map();
  for (const year of CATALOGUE_YEARS) {
    const e = catalogFor(year);
    for (const map of [e.functions, e.economic])
      for (const [code, s] of map) {
        const list = namesByCode.get(code) ?? [];
        const name = squashName(s.name);
        if (!list.includes(name)) list.push(name);
        namesByCode.set(code, list);
      }
  }
  return namesByCode;
}

/**
 * Whether a code lies in a 类 or 款 whose items' codes some edition could not check against the 财政部 original
 * (`unverified`): a name printed under another of its codes may be the catalogue's slip — a warning, no error.
 */
let unverifiedGroups: Set<string> | null = null;
export function unverifiedCode(code: string): boolean {
  if (!unverifiedGroups) {
    unverifiedGroups = new Set();
    for (const year of CATALOGUE_YEARS) for (const g of catalogFor(year).unverified) unverifiedGroups.add(g);
  }
  return unverifiedGroups.has(code.slice(0, 5)) || unverifiedGroups.has(code.slice(0, 3));
}

/** A code's name in the catalogue edition of `year` (the nearest edition before it, the earliest after). */
export function editionName(year: number | null, code: string): string | null {
  if (year === null) return null;
  // (Asked for every coded row: the names are kept by year and code.)
  let names = editionNames.get(year);
  if (!names) editionNames.set(year, (names = new Map()));
  let name = names.get(code);
  if (name === undefined) names.set(code, (name = editionNameOf(year, code)));
  return name;
}

const editionNames = new Map<number, Map<string, string | null>>();

function editionNameOf(year: number, code: string): string | null {
  const editions = [...CATALOGUE_YEARS].sort((a, b) => a - b);
  const edition = editions.filter((y) => y <= year).at(-1) ?? editions[0];
  if (edition === undefined) return null;
  const e = catalogFor(edition);
  const s = e.functions.get(code) ?? e.economic.get(code);
  return s ? squashName(s.name) : null;
}

const withoutExpense = (name: string): string => name.replace(/支出$/, '');

/**
 * Whether a table's label (squashed) is one of the code's names `known`: the name, cut short by its column (a
 * prefix), or a wrapped cell's part.
 */
export function tableNameFits(known: readonly string[], label: string): boolean {
  for (const n of known)
    if (
      n === label ||
      n.startsWith(label) ||
      label.startsWith(n) ||
      // The head of a name wrapped in its cell onto the line above the code ("政府办公厅（室）及相" /
      // "20103 关机构事务").
      // A name centred over three lines prints its middle on the code's line ("机关事业单位基" /
      // "2080505 本养老保险缴费 …" / "支出").
      (label.length >= 4 && n.includes(label)) ||
      withoutExpense(n) === withoutExpense(label)
    )
      return true;
  return false;
}

/**
 * Another code of `length` digits (not `code`) whose name is `label`, as printed or without its closing 支出
 * as tables often print it; with `parent`, only a code under that parent (a sibling). Null when none.
 */
export function codeNamed(label: string, length: number, code: string, parent = ''): string | null {
  const bare = withoutExpense(label);
  // (A name many 款 share, "一般行政管理事务": the code nearest the printed one, under its own 款 where it is.)
  let best: string | null = null;
  let bestShared = -1;
  for (const [other, list] of catalogueNames()) {
    if (
      other.length !== length ||
      other === code ||
      !other.startsWith(parent) ||
      !list.some((n) => n === label || withoutExpense(n) === bare)
    )
      continue;
    let shared = 0;
    while (shared < length && other[shared] === code[shared]) shared++;
    if (shared > bestShared) [best, bestShared] = [other, shared];
  }
  return best;
}
