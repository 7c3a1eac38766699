/**
 * 导入决算: read an uploaded workbook in the template's layout and save it like any other save (checks,
 * version, audit). A workbook with any problem is refused as a whole, each problem naming its sheet and
 * cell, and the saved document stays as it was. Explanations already written are kept.
 */
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { fieldAddresses, readAccountsWorkbook, type AmountUnit } from '../../importers/accounts-xlsx.ts';
import { AppError } from '../../platform/errors.ts';
import { loadAccountsRow, orgInfo, type AccountsDto } from './accounts-model.ts';
import { saveAccounts } from './save-accounts.ts';
import { accountsMessages as M } from './texts.ts';

export async function importAccounts(
  deps: TxDeps,
  actor: Actor,
  orgId: string,
  year: number,
  input: { version: number; fileName: string; contentBase64: string },
): Promise<AccountsDto & { imported: { fileName: string; amountUnit: AmountUnit } }> {
  const org = await orgInfo(deps.db, orgId);
  if (!org) throw new AppError('NOT_FOUND');
  if (!/^[A-Za-z0-9+/=\s]+$/.test(input.contentBase64)) throw new AppError('VALIDATION', M.badBase64);
  const read = await readAccountsWorkbook(Buffer.from(input.contentBase64, 'base64'));
  if (!read.ok)
    throw new AppError('VALIDATION', M.importFailed(read.problems[0]!.message, read.problems.length), {
      problems: read.problems,
    });
  if (read.value.year !== year)
    throw new AppError(
      'VALIDATION',
      M.importWrongYear(fieldAddresses().get('year')!.cell, read.value.year, year),
      { problems: [] },
    );
  const existing = await loadAccountsRow(deps.db, orgId, year);
  const dto = await saveAccounts(
    deps,
    actor,
    orgId,
    year,
    {
      version: input.version,
      data: read.value,
      explanations: existing ? (existing.explanations as Record<string, string>) : {},
    },
    'accounts.import',
  );
  return { ...dto, imported: { fileName: input.fileName, amountUnit: read.amountUnit } };
}
