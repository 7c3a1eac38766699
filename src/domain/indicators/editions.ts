/**
 * Editions (版本) of the 指标库: reference data is kept per region and year. The national edition (region
 * 全国) is the fallback of every region; a finance organisation (财政部门) may keep its region's own
 * edition, named by its organisation code. Which edition serves an organisation for a year:
 *
 *   1. the regions from the organisation up — the finance organisations above it, nearest first — then 全国;
 *   2. for each region in that order, its edition of the year, else its nearest earlier year;
 *   3. the first region that has one wins;
 *   4. when no edition is as early as the year, the earliest national edition (a year before any edition).
 *
 * The result says how it was found, so the picker can tell the user which edition they are looking at.
 */
import { NATIONAL_REGION } from './library.ts';

export type EditionRef = { region: string; year: number };

export type EditionMatch = 'exact' | 'earlier-year' | 'national' | 'later-year';

export type ResolvedEdition<E extends EditionRef> = {
  edition: E;
  /** exact: the region's own edition of the year; earlier-year: the region's, of an earlier year;
   *  national: a region above (or 全国) stood in, as its edition of the year or an earlier one;
   *  later-year: no edition is that early, the earliest national one stands in. */
  match: EditionMatch;
};

/**
 * The edition serving `year` for an organisation whose finance regions are `regions` (nearest first; 全国
 * is implied last). Null only when there is no edition at all.
 */
export function resolveEdition<E extends EditionRef>(
  editions: readonly E[],
  regions: readonly string[],
  year: number,
): ResolvedEdition<E> | null {
  const chain = [...regions.filter((r) => r !== NATIONAL_REGION), NATIONAL_REGION];
  for (const [i, region] of chain.entries()) {
    const serving = editions
      .filter((e) => e.region === region && e.year <= year)
      .sort((a, b) => b.year - a.year)[0];
    if (!serving) continue;
    const match: EditionMatch = i > 0 ? 'national' : serving.year === year ? 'exact' : 'earlier-year';
    return { edition: serving, match };
  }
  const earliest = [...editions]
    .filter((e) => e.region === NATIONAL_REGION)
    .sort((a, b) => a.year - b.year)[0];
  if (earliest) return { edition: earliest, match: 'later-year' };
  const any = [...editions].filter((e) => chain.includes(e.region)).sort((a, b) => a.year - b.year)[0];
  return any ? { edition: any, match: 'later-year' } : null;
}

/** "全国 2024 年版", "四川省财政厅 2025 年版" (the region's name when known, else its code). */
export function editionLabel(e: EditionRef, regionName?: string): string {
  const region = e.region === NATIONAL_REGION ? NATIONAL_REGION : regionName || e.region;
  return `${region} ${e.year} 年版`;
}

/** The picker's sentence on the edition it searches ("使用 全国 2020 年版（本地区没有 2024 年版）"). */
export function editionNote(
  resolved: ResolvedEdition<EditionRef>,
  year: number,
  regionName?: string,
): string {
  const label = editionLabel(resolved.edition, regionName);
  switch (resolved.match) {
    case 'exact':
      return `指标库：${label}`;
    case 'earlier-year':
      return `指标库：${label}（本地区没有 ${year} 年版，使用最近年度的版本）`;
    case 'national':
      return `指标库：${label}（本地区没有 ${year} 年或更早的版本，使用上级或全国版本）`;
    case 'later-year':
      return `指标库：${label}（没有 ${year} 年或更早的版本，使用最早的全国版本）`;
  }
}

/** An edition as typed by an administrator: region (全国 or a finance organisation's code) and year. */
export function checkEdition(input: { region: string; year: number }): string[] {
  const problems: string[] = [];
  const region = input.region.trim();
  if (!region) problems.push('请选择适用地区（全国或本级财政部门）。');
  else if (region.length > 100) problems.push('“适用地区”最多 100 个字。');
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
    problems.push(`适用年度“${String(input.year)}”应为 2000 至 2100 之间的年份。`);
  return problems;
}
