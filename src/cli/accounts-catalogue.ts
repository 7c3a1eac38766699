/**
 * The 科目 edition the command line reads a final-accounts file with. `--region CODE` names the finance
 * organisation (财政部门) whose catalogue applies: the one its administrators imported for that region and
 * year (src/features/catalogue, stored in the configured database — the same store the web forms, the
 * import and the documents read), extending the national edition; when that region has no stored
 * catalogue serving the year, the national one is used and the command says so. Without `--region`, the
 * national data file of the year.
 */
import type { CatalogEdition } from '../domain/accounts/index.ts';
import { openConfiguredDatabase } from '../app/open-database.ts';
import { editionFor, listStored } from '../features/catalogue/catalogue-store.ts';
import { loadConfig } from '../platform/config.ts';

export type RegionEdition = { edition: CatalogEdition; stored: boolean; note?: string };

/** The region's edition for `year` from the configured database. */
export async function regionEdition(region: string, year: number): Promise<RegionEdition> {
  const database = await openConfiguredDatabase(loadConfig(), { asServer: false });
  try {
    const stored = (await listStored(database.db, region)).some((s) => s.year <= year);
    const edition = await editionFor(database.db, region, year);
    return stored
      ? { edition, stored }
      : {
          edition,
          stored,
          note: `地区“${region}”没有已导入的 ${year} 年（或更早）科目表，使用全国 ${edition.year} 年科目表。`,
        };
  } finally {
    await database.close();
  }
}

/** The option as the commands declare it. */
export const REGION_OPTION = [
  '--region <code>',
  '按该地区（财政部门的组织编码）管理员导入的科目表核对科目；未导入时使用全国科目表',
] as const;
