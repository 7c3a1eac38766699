/**
 * The seeds' final accounts in the demo: 四川省商务厅信息中心's 2020 单位决算 (seed 000), and for
 * 四川省政务服务和公共资源交易服务中心 the tables behind its 2020 部门决算 (seed 001) with the department's
 * consolidation settings (its name, last year's published figures, its written reasons).
 *
 * Seed 001 publishes only the department's consolidated tables, not each unit's, so they are stored as
 * the department's own (本级) accounts and its two units start with none: the consolidation then
 * reproduces seed 001's figures, and it changes as soon as a unit saves its own. Both documents are
 * drafts, checked by the same rules as any save.
 */
import type { TxDeps } from '../../app/deps.ts';
import { seed000 } from '../../domain/accounts/fixtures/seed000.ts';
import { seed001 } from '../../domain/accounts/fixtures/seed001.ts';
import type { FinalAccounts } from '../../domain/accounts/index.ts';
import { accountsConsolidations, finalAccounts, organisations } from '../../platform/db/schema/index.ts';
import { checkAccounts, validateDocument } from '../accounts/accounts-model.ts';
import { DEMO_FISCAL_YEAR } from './demo-data.ts';

export const DEMO_ACCOUNTS: { orgCode: string; data: FinalAccounts; consolidation: boolean }[] = [
  { orgCode: 'SC-SWT-XXZX', data: seed000, consolidation: false },
  { orgCode: 'SC-ZWFW', data: seed001, consolidation: true },
];

export async function loadDemoAccounts(deps: TxDeps): Promise<number> {
  const now = deps.clock();
  const orgRows = await deps.db
    .select({ id: organisations.id, code: organisations.code })
    .from(organisations);
  const orgId = new Map(orgRows.map((o) => [o.code, o.id]));
  let loaded = 0;
  for (const demo of DEMO_ACCOUNTS) {
    const id = orgId.get(demo.orgCode);
    if (!id) continue;
    const fa = validateDocument({ ...demo.data, scope: 'unit' }, DEMO_FISCAL_YEAR);
    const s = fa.current.summary;
    await deps.db
      .insert(finalAccounts)
      .values({
        orgId: id,
        fiscalYear: DEMO_FISCAL_YEAR,
        data: fa,
        violations: checkAccounts(fa),
        explanations: {},
        incomeTotal: s.income.total,
        expenditureTotal: s.expenditure.total,
        grandTotal: s.grandTotalIncome,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing();
    if (demo.consolidation) {
      await deps.db
        .insert(accountsConsolidations)
        .values({
          orgId: id,
          fiscalYear: DEMO_FISCAL_YEAR,
          unit: demo.data.unit,
          transfers: [],
          previous: demo.data.previous,
          texts: demo.data.texts,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing();
    }
    loaded++;
  }
  return loaded;
}
