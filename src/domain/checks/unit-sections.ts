/**
 * Which unit a line speaks for, in a document of several units' sections: a 区's 三公 notice with a table for each
 * department ("表4 北京市潞泉区教育委员会“三公”经费财政拨款决算表") and its counts under it, or a section headed by
 * the department's name ("（一）某县教育局"). A count or a figure a section states is that unit's; the same words
 * under another unit's title are another figure, not a restatement.
 */
import type { Ctx } from './context.ts';

/** A title naming a unit before what it reports: "…教育委员会“三公”经费…表", "某某局2025年度部门决算". */
const UNIT_TITLE =
  /^(?:表\s*\d+\s*)?([\u4e00-\u9fa5]{2,24}?(?:局|委员会|委|院|中心|办公室|厅|站|所|队|馆|公司))(?:\s*20\d\d\s*年度?)?\s*[“"]?(?:三公|部门决算|部门整体|项目支出)/;

/** A heading that is a unit's name alone: "（一）澄岚县教育局", "2. 某县公安局". */
const UNIT_HEADING =
  /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])?([\u4e00-\u9fa5]{2,24}?(?:局|委员会|委|院|中心|办公室|厅|站|所|队|馆|公司))$/;
/** A heading of the document's first level: "三、…", "第二部分…". */
const TOP_HEADING = /^(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]+部分)/;

/**
 * The unit a block's text names as its title, or as its heading when the next paragraph speaks for it by name
 * ("（一）某县教育局" over "某县教育局2024年度“三公”经费…": not a list of units, nor an issuer's name over a date).
 */
function unitTitled(text: string, next: string): string | null {
  // (A part's or a section's number before the name is not the name: "第二部分某局2025年度部门决算表".)
  const t = text.replace(/\s+/g, '').replace(/^第[一二三四五六七八九十]+部分/, '');
  const titled = UNIT_TITLE.exec(t)?.[1];
  // (A sentence about the unit is no title: "纳入某局2024年度部门决算编制范围的单位…".)
  if (titled && !SENTENCE_OPENER.test(titled) && !/[，。；,;]/.test(t)) return titled;
  if (titled) return null;
  const headed = t.length <= 30 ? UNIT_HEADING.exec(t)?.[1] : undefined;
  if (!headed) return null;
  const after = next.replace(/\s+/g, '');
  // (Or a numbered heading over a paragraph that opens on its 三公 or 决算 figures: "（一）某局" over "2024年度“三公”经费…".)
  const numbered = /^[（(][一二三四五六七八九十\d]{1,3}[）)]/.test(t);
  return after.startsWith(headed) || (numbered && /三公|决算/.test(after.slice(0, 30))) ? headed : null;
}

/** Words a sentence opens with, never a unit's name: "纳入…", "根据…" (not 本 or 经: 本溪市…, 经开区…). */
const SENTENCE_OPENER = /^(?:纳入|根据|按照|依据|经过|由于|对于|为了|本部门|本单位|关于|列入)/;

/** The text of the paragraph after block `k` ('' when a table or nothing follows). */
function nextParagraph(ctx: Ctx, k: number): string {
  const b = ctx.layout.blocks[k + 1];
  return b?.kind === 'paragraph' ? b.text : '';
}

const units = new WeakMap<Ctx, string[]>();
const starts = new WeakMap<Ctx, number[]>();
const sections = new WeakMap<Ctx, { line: number; unit: string | null }[]>();

/**
 * Where the sections of a document of several units begin: each unit's title or heading, and each heading of the
 * first level after the first unit's (the document speaking for all again: "三、各部门汇总情况"). None in a document
 * naming fewer than two units so.
 */
export function unitSectionStarts(ctx: Ctx): readonly number[] {
  let found = starts.get(ctx);
  if (found) return found;
  const marks: { line: number; unit: string | null }[] = [];
  for (const [k, b] of ctx.layout.blocks.entries()) {
    if (b.kind !== 'paragraph' || b.text.length > 60) continue;
    const unit = unitTitled(b.text, nextParagraph(ctx, k));
    if (unit) marks.push({ line: b.first, unit });
    else if (marks.length > 0 && TOP_HEADING.test(b.text.trim())) marks.push({ line: b.first, unit: null });
  }
  const several = new Set(marks.filter((m) => m.unit).map((m) => m.unit)).size >= 2;
  found = several ? marks.map((m) => m.line) : [];
  starts.set(ctx, found);
  sections.set(ctx, several ? marks : []);
  return found;
}

/**
 * In a document of several units' sections, the unit whose section holds line `li` — '' in the parts that speak
 * for all of them (before the first unit's section, or under a heading of the first level after it); null in a
 * document without such sections.
 */
export function sectionUnitOf(ctx: Ctx, li: number): string | null {
  unitSectionStarts(ctx);
  const marks = sections.get(ctx)!;
  if (marks.length === 0) return null;
  let unit = '';
  for (const m of marks) if (m.line <= li) unit = m.unit ?? '';
  return unit;
}

/** The units a document of several units' sections has sections for (none when it has no such sections). */
export function sectionUnits(ctx: Ctx): string[] {
  unitSectionStarts(ctx);
  return [...new Set(sections.get(ctx)!.flatMap((m) => (m.unit ? [m.unit] : [])))];
}

/** The unit named by the last such title at or above line `li` ('' when none). */
export function unitOfLine(ctx: Ctx, li: number): string {
  let byLine = units.get(ctx);
  if (!byLine) {
    byLine = new Array<string>(ctx.lines.length).fill('');
    const titles: { line: number; unit: string }[] = [];
    for (const [k, b] of ctx.layout.blocks.entries()) {
      const text = b.kind === 'table' ? b.title : b.text.length <= 60 ? b.text : '';
      const unit = unitTitled(text, nextParagraph(ctx, k));
      if (unit) titles.push({ line: b.first, unit });
    }
    let k = 0;
    let current = '';
    for (let i = 0; i < byLine.length; i++) {
      while (k < titles.length && titles[k]!.line <= i) current = titles[k++]!.unit;
      byLine[i] = current;
    }
    units.set(ctx, byLine);
  }
  return byLine[li] ?? '';
}

/** Whether lines `a` and `b` speak for two different units named by titles. */
export function otherUnits(ctx: Ctx, a: number, b: number): boolean {
  const [x, y] = [unitOfLine(ctx, a), unitOfLine(ctx, b)];
  return x !== '' && y !== '' && x !== y;
}
