/**
 * An uploaded 决算 workbook read as a whole, for a parsing worker (src/features/uploads/isolated.ts):
 * either a published 9-table 附表 (公开01表–公开09表; `base` supplies what it does not hold) or the
 * template's own layout. Plain values in and out, so it runs in a worker thread.
 */
import type { CatalogEdition, FinalAccounts } from '../domain/accounts/index.ts';
import {
  isPublicTablesWorkbook,
  readPublicTablesWorkbook,
  type PublicImportResult,
} from './accounts-public-xlsx.ts';
import { readAccountsWorkbook, type ImportResult } from './accounts-xlsx.ts';

export type AccountsUpload =
  { layout: 'public'; read: PublicImportResult } | { layout: 'template'; read: ImportResult };

export async function readAccountsUpload(
  data: Uint8Array,
  base: FinalAccounts,
  /** The region's 科目 edition (src/features/catalogue); the national one when absent. */
  edition?: CatalogEdition,
): Promise<AccountsUpload> {
  if (await isPublicTablesWorkbook(data))
    return { layout: 'public', read: await readPublicTablesWorkbook(data, base, edition) };
  return { layout: 'template', read: await readAccountsWorkbook(data) };
}
