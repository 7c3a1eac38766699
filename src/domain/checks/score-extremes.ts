/**
 * The text's highest or lowest score against the table of scores above it: "得分最高的是甲项目，为94.85分" — the
 * table's highest score must be 94.85 and the named item must be the one holding it (`figure.text-table`); so too
 * with the name first, "市教育局得分最高，为93.60分".
 *
 * Precision first: the table is the nearest one above the paragraph with no heading between (at most
 * MAX_BLOCKS blocks up), with one score column and one name column (项目名称 / 名称 / 项目); totals and averages
 * are no items. A name the table does not hold is not judged (only the score is), and a score is compared
 * at the precision the text prints it.
 */
import { dec } from '../money/index.ts';
import { claim, excerptOf, report, type Ctx } from './context.ts';
import { headedRows } from './headed-rows.ts';
import type { Block, TableBlock } from './layout.ts';
import { printedPlaces } from './numbers.ts';
import { show } from './verdict.ts';
import { mentionsAny } from './document-words.ts';

const EXTREME =
  /(?:得分|评分|评价得分)最(高|低)的(?:项目)?(?:是|为)([^，,。；;（(]{2,40}?)(?:[（(][^（()）]{1,30}[）)])?[，,]?(?:得分)?(?:为|仅为|仅|达到|达|只有)?\s*(\d+(?:\.\d+)?)\s*分/g;
/** The name first: "市教育局得分最高，为93.20分" (the item, its way, its score). */
const NAMED_FIRST =
  /([\u4e00-\u9fa5]{2,20}?)(?:的)?(?:评价|自评|综合)?得分最(高|低)\s*[，,]\s*(?:为|是|达)?\s*(\d+(?:\.\d+)?)\s*分/g;
const SCORE_HEADER = /^(?:评价|自评|综合|考核|绩效)?(?:得分|评分|分数)$/;
const NAME_HEADER = /^(?:项目名称|名称|项目|单位名称|部门名称)$/;
const SCORE = /^\d+(?:\.\d+)?$/;
const NOT_AN_ITEM = /合计|总计|小计|平均|均值/;
const MAX_BLOCKS = 8;

type Item = { name: string; score: string };

const squash = (t: string): string => t.replace(/\s+/g, '');
/** A name as the text and the table may print it: "甲项目" and "甲" alike. */
const bare = (name: string): string => squash(name).replace(/项目$/, '');

export function checkScoreExtremes(ctx: Ctx): void {
  // (“得分/评分最高（低）的是…”.)
  if (!mentionsAny(ctx, ['分最高', '分最低'])) return;
  const blocks = ctx.layout.blocks;
  blocks.forEach((b, k) => {
    if (b.kind !== 'paragraph' || !b.text.includes('最')) return;
    // (A heading with its text run in — "（三）得分情况。其中得分最高的是…" — is read as a paragraph.)
    if (b.heading && !b.text.includes('。')) return;
    const line = ctx.lines[b.first] ?? '';
    const matches = [
      ...line.matchAll(EXTREME),
      // (Read as EXTREME's groups: the way, the name, the score.)
      ...[...line.matchAll(NAMED_FIRST)].map((m) => {
        const shaped = [m[0], m[2]!, m[1]!, m[3]!] as unknown as RegExpMatchArray;
        shaped.index = m.index;
        return shaped;
      }),
    ];
    if (matches.length === 0) return;
    const table = tableAbove(blocks, k);
    const above = table ? itemsOf(table) : null;
    // Else the document's only table of scored items — judged only for an item it names.
    const only = above ? null : onlyScoreTable(blocks);
    const items = above ?? only;
    if (!items || items.length < 2) return;
    for (const m of matches) {
      // (The name as the table prints it, the text's words before it aside: "…；市教育局" for 渭原市教育局.)
      const name = namedItem(items, m[2]!);
      if (above || name !== null) judge(ctx, b.first, line, m, items, name);
    }
  });
}

function judge(
  ctx: Ctx,
  li: number,
  line: string,
  m: RegExpMatchArray,
  items: readonly Item[],
  tableName: string | null,
): void {
  const highest = m[1] === '高';
  // (The name as the table prints it, when the text's stands for one of its items.)
  const name = bare(tableName ?? m[2]!);
  const stated = m[3]!;
  const places = printedPlaces(stated);
  const extreme = items.reduce(
    (a, x) => ((highest ? dec(x.score).gt(a) : dec(x.score).lt(a)) ? dec(x.score) : a),
    dec(items[0]!.score),
  );
  const holders = items.filter((x) => dec(x.score).eq(extreme));
  const named = items.filter((x) => bare(x.name) === name);
  const word = highest ? '最高' : '最低';
  const shown = show(extreme, places);
  const at = m.index! + m[0].lastIndexOf(stated);
  const excerpt = excerptOf(line, m.index!, m.index! + m[0].length, 10);
  if (!dec(shown).eq(stated)) {
    claim(ctx, 'score', li, at, false, `表中得分${word}${extreme.toString()}分，文中${stated}分`);
    report(
      ctx,
      li,
      'figure.text-table',
      'error',
      excerpt,
      `${shown}分`,
      `${stated}分`,
      `文中得分${word}为${stated}分，而表中得分${word}的是${holders.map((x) => x.name).join('、')}，为${show(extreme, printedPlaces(holders[0]!.score))}分。`,
      at,
    );
    return;
  }
  if (named.length !== 1) return;
  const ok = holders.some((x) => bare(x.name) === name);
  claim(
    ctx,
    'score',
    li,
    m.index!,
    ok,
    `表中得分${word}的是${holders.map((x) => x.name).join('、')}，文中为${m[2]}`,
  );
  if (!ok)
    report(
      ctx,
      li,
      'figure.text-table',
      'error',
      excerpt,
      holders.map((x) => x.name).join('、'),
      m[2]!,
      `文中得分${word}的是${m[2]}（${stated}分），而表中${named[0]!.name}得分为${named[0]!.score}分，得分${word}的是${holders.map((x) => x.name).join('、')}（${holders[0]!.score}分）。`,
      m.index!,
    );
}

/**
 * The one item the text's name stands for: printed alike, or its name ending with the text's last words (four
 * characters at least: "渭原市教育局" for "市教育局"); null when none or several.
 */
function namedItem(items: readonly Item[], said: string): string | null {
  const text = bare(said);
  const same = items.filter((x) => bare(x.name) === text);
  if (same.length === 1) return same[0]!.name;
  for (let k = 0; k + 4 <= text.length; k++) {
    const tail = text.slice(k);
    const ending = items.filter((x) => bare(x.name).endsWith(tail));
    if (ending.length === 1) return ending[0]!.name;
    if (ending.length > 1) return null;
  }
  return null;
}

/** The items of the document's one table of named scores (null when none, or more than one). */
function onlyScoreTable(blocks: readonly Block[]): Item[] | null {
  let found: Item[] | null = null;
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    const items = itemsOf(b);
    if (!items || items.length < 2) continue;
    if (found) return null;
    found = items;
  }
  return found;
}

/** The nearest table above block k, no heading between (at most MAX_BLOCKS up). */
export function tableAbove(blocks: readonly Block[], k: number): TableBlock | null {
  for (let j = k - 1; j >= 0 && j >= k - MAX_BLOCKS; j--) {
    const b = blocks[j]!;
    if (b.kind === 'table') return b;
    if (b.heading) return null;
  }
  return null;
}

/** The table's items: name and score, from its one name column and one score column. */
function itemsOf(table: TableBlock): Item[] | null {
  const isHeader = (cells: readonly string[]): boolean =>
    cells.filter((c) => SCORE_HEADER.test(c)).length === 1 &&
    cells.filter((c) => NAME_HEADER.test(c)).length === 1;
  const headed = headedRows(table, (r) => isHeader(r.cells.map((c) => squash(c.text))));
  if (!headed) return null;
  const { header, from, align } = headed;
  const names = header.map((c) => squash(c.text));
  const scoreAt = names.findIndex((c) => SCORE_HEADER.test(c));
  const nameAt = names.findIndex((c) => NAME_HEADER.test(c));
  const items: Item[] = [];
  // A name wrapped around its row's figures ("渭原市人力资源和社" above them, "会保障局" below): its lines hold no
  // figure; the part above waits for its row, the part below completes the row before.
  let above = '';
  let tail: Item | null = null;
  for (const r of table.rows.slice(from)) {
    const texts = r.cells.map((c) => squash(c.text)).filter(Boolean);
    const lone = texts.length === 1 && !/\d/.test(texts[0]!) ? texts[0]! : null;
    const row = align(header, r) ?? (lone === null ? null : { cells: [], line: r.line });
    if (!row) return null;
    const name = lone ?? squash(row.cells[nameAt]?.text ?? '');
    const score = row.cells[scoreAt]?.text.trim() ?? '';
    if (name !== '' && (lone !== null || !row.cells.some((c) => /\d/.test(c.text)))) {
      if (tail) tail.name += name;
      else above += name;
      tail = null;
      continue;
    }
    tail = null;
    const full = name === '' && above !== '' && SCORE.test(score) ? above : name;
    above = '';
    if (full === '' || NOT_AN_ITEM.test(full)) continue;
    if (!SCORE.test(score)) return null;
    const item = { name: full, score };
    items.push(item);
    if (name === '') tail = item;
  }
  return items;
}
