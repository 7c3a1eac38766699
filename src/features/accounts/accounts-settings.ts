/**
 * An organisation's accounts settings: the document template (全国/上海 部门决算, 四川 单位决算, …) its
 * 决算公开 documents are rendered with. No row = the Sichuan template of the document's scope, today's
 * output. Stored with a version (stale writes → 412) and audited.
 */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { subtreeIds, type Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { ACCOUNTS_TEMPLATES, accountsTemplate, type AccountsTemplate } from '../../domain/accounts/index.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { accountsSettings, finalAccounts } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import { orgInfo } from './accounts-model.ts';

export type TemplateSummary = Pick<AccountsTemplate, 'id' | 'name' | 'region' | 'scope' | 'source'> & {
  options: { cover: boolean; toc: boolean; zeroLines: 'omit' | 'list'; charts: boolean };
};

export type AccountsSettingsDto = {
  orgId: string;
  /** The chosen template, or null (the Sichuan template of the document's scope is used). */
  templateId: string | null;
  version: number;
  templates: TemplateSummary[];
  /**
   * Years for which the organisation (or, for a department, one of its units) has saved final accounts,
   * newest first (the page opens on the first).
   */
  yearsWithData: number[];
};

export const templateSummaries = (): TemplateSummary[] =>
  ACCOUNTS_TEMPLATES.map((t) => ({
    id: t.id,
    name: t.name,
    region: t.region,
    scope: t.scope,
    source: t.source,
    options: { cover: t.cover, toc: t.toc, zeroLines: t.zeroLines, charts: t.charts },
  }));

async function row(db: DbOrTx, orgId: string) {
  const [r] = await db.select().from(accountsSettings).where(eq(accountsSettings.orgId, orgId));
  return r ?? null;
}

export async function loadAccountsSettings(db: DbOrTx, orgId: string): Promise<AccountsSettingsDto> {
  const r = await row(db, orgId);
  // Its own accounts' years and, for a department, its units' (the consolidation has data there).
  const years = await db
    .selectDistinct({ year: finalAccounts.fiscalYear })
    .from(finalAccounts)
    .where(inArray(finalAccounts.orgId, await subtreeIds(db, orgId)))
    .orderBy(desc(finalAccounts.fiscalYear));
  return {
    orgId,
    templateId: r?.templateId ?? null,
    version: r?.version ?? 0,
    templates: templateSummaries(),
    yearsWithData: years.map((y) => y.year),
  };
}

/** The template an organisation's documents use (undefined: the default of the document's scope). */
export async function templateForOrg(db: DbOrTx, orgId: string): Promise<AccountsTemplate | undefined> {
  const r = await row(db, orgId);
  return r ? accountsTemplate(r.templateId) : undefined;
}

export async function saveAccountsSettings(
  deps: TxDeps,
  actor: Actor,
  orgId: string,
  input: { version: number; templateId: string },
): Promise<AccountsSettingsDto> {
  if (!(await orgInfo(deps.db, orgId))) throw new AppError('NOT_FOUND');
  if (!accountsTemplate(input.templateId))
    throw new AppError(
      'VALIDATION',
      `文档模板“${input.templateId}”不存在，可选：${ACCOUNTS_TEMPLATES.map((t) => `${t.id}（${t.name}）`).join('、')}`,
    );
  const now = deps.clock();
  const before = await row(deps.db, orgId);
  if (!before) {
    if (input.version !== 0) throw new AppError('STALE', '决算设置已被他人修改，请刷新后重试。');
    const [created] = await deps.db
      .insert(accountsSettings)
      .values({ orgId, templateId: input.templateId, updatedAt: now })
      .onConflictDoNothing()
      .returning();
    if (!created) throw new AppError('STALE', '决算设置已被他人修改，请刷新后重试。');
  } else {
    // Optimistic concurrency as src/platform/db/versioned.ts (this table is keyed by its organisation).
    const updated = await deps.db
      .update(accountsSettings)
      .set({ templateId: input.templateId, version: sql`${accountsSettings.version} + 1`, updatedAt: now })
      .where(and(eq(accountsSettings.orgId, orgId), eq(accountsSettings.version, input.version)))
      .returning();
    if (updated.length !== 1)
      throw new AppError(
        'STALE',
        `决算设置已被他人修改（您提交的版本为 ${input.version}，当前版本为 ${before.version}），请刷新后重试。`,
      );
  }
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    {
      action: 'accounts.settings',
      entity: 'accounts_settings',
      entityId: orgId,
      orgId,
      before: { templateId: before?.templateId ?? null },
      after: { templateId: input.templateId },
    },
    now,
  );
  return loadAccountsSettings(deps.db, orgId);
}
