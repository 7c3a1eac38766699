/**
 * The starter 共性 library shipped with the system (library/common.json): generic indicators under the
 * national guide's 成本 / 产出 / 效益 / 满意度 structure, loaded into an empty library at first start.
 * Entries without a direction get defaultLibraryDirection() (成本指标 → 反向（≤）).
 */
import starter from './library/common.json' with { type: 'json' };
import { checkLibraryEntry, type LibraryEntry } from './library.ts';
import { readDirection } from './direction.ts';

type StarterJson = {
  title: string;
  source: string;
  entries: Array<{
    code: string;
    level1: string;
    level2: string;
    name: string;
    unit: string;
    direction?: string;
    scoringRule: string;
    valueNote: string;
  }>;
};

/** The starter entries, checked: a bad entry in the shipped file is a programming error. */
export function starterLibrary(): LibraryEntry[] {
  return (starter as StarterJson).entries.map((e) => {
    const checked = checkLibraryEntry({
      ...e,
      scope: 'common',
      ownerCode: '',
      industry: '',
      direction: readDirection(e.direction),
      active: true,
    });
    if (!checked.ok)
      throw new Error(`starter library entry ${e.code}: ${checked.problems.map((p) => p.message).join(' ')}`);
    return { ...checked.entry, code: e.code };
  });
}

export const STARTER_LIBRARY_TITLE = (starter as StarterJson).title;

/**
 * The starter library is the national edition of 2020, the first fiscal year Jixiao's documents cover:
 * through the fallback to the nearest earlier year it serves every later year until a newer edition exists.
 */
export const STARTER_EDITION_YEAR = 2020;
