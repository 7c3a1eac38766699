/**
 * 下载决算文档: the 决算情况说明 (DOCX / PDF, rendered and self-checked by src/documents/accounts) and the
 * 附表 workbook (XLSX), of the organisation's own saved accounts or of a department's consolidation.
 * Documents read the domain model only; this use case fetches it. A unit's own 决算情况说明 is refused
 * (409, saying why) while a balance violation has no explanation.
 */
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { templateFor, type FinalAccounts } from '../../domain/accounts/index.ts';
import { renderAccountsAppendix, renderAccountsExplanation } from '../../documents/accounts/index.ts';
import { rasteriseOffThread } from './chart-rasteriser.ts';
import { editionForOrg } from '../catalogue/catalogue-store.ts';
import { AppError } from '../../platform/errors.ts';
import { loadAccountsRow, openViolations, violationText } from './accounts-model.ts';
import { templateForOrg } from './accounts-settings.ts';
import type { DocumentQuery } from './accounts.schema.ts';
import { loadConsolidation } from './consolidation.ts';
import { accountsMessages as M } from './texts.ts';

export type RenderedDocument = { bytes: Buffer; fileName: string; contentType: string; findings: number };

export async function renderAccountsDocument(
  deps: TxDeps,
  actor: Actor,
  orgId: string,
  q: DocumentQuery,
): Promise<RenderedDocument> {
  let fa: FinalAccounts;
  if (q.source === 'consolidated') {
    const c = await loadConsolidation(deps, actor, orgId, q.year);
    if (!c.consolidated) throw new AppError('CONFLICT', c.error ?? M.noMembers);
    fa = c.consolidated;
  } else {
    const row = await loadAccountsRow(deps.db, orgId, q.year);
    if (!row) throw new AppError('NOT_FOUND', M.notFound);
    fa = row.data as FinalAccounts;
    // The 决算情况说明 is refused while a balance violation has no explanation: its figures would not
    // agree with each other (shares adding to more than 100%) and nothing would say why.
    if (q.kind !== 'appendix') {
      const { open } = openViolations(row);
      if (open.length > 0)
        throw new AppError('CONFLICT', M.explanationBlocked(open.map(violationText), open.length), {
          unexplained: open.map((v) => v.key),
        });
    }
  }
  // The template: the query's, else the organisation's choice (accounts settings), fitted to the scope.
  const template = templateFor(fa, q.template ?? (await templateForOrg(deps.db, orgId)));
  // 科目 names from the region's stored catalogue (the national one when none is stored).
  const catalogue = await editionForOrg(deps.db, orgId, fa.catalogYear ?? fa.year);
  if (q.kind === 'appendix') {
    const a = await renderAccountsAppendix(fa, { template, catalogue });
    return { ...a, findings: 0 };
  }
  const doc = await renderAccountsExplanation(fa, q.format === 'pdf' ? 'pdf' : 'docx', {
    catalogue,
    template,
    detailNumbering: q.source === 'consolidated' ? 'nested' : 'flat',
    rasterise: rasteriseOffThread,
  });
  return {
    bytes: doc.bytes,
    fileName: doc.fileName,
    contentType: doc.contentType,
    findings: doc.findings.length,
  };
}
