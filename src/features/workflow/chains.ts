/**
 * Chain settings per organisation and document kind: read (own, inherited, effective), save (a new
 * revision each time: documents already submitted keep their snapshot), remove an override.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import {
  DOCUMENT_KINDS,
  KIND_LABELS,
  PRESETS,
  resolveChain,
  validateChain,
  type ChainDefinition,
  type ChainSetting,
  type DocumentKind,
} from '../../domain/workflow/index.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { organisations, workflowChains } from '../../platform/db/schema/index.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { AppError } from '../../platform/errors.ts';
import { orgPathOf } from './directory.ts';
import { workflowTexts as T } from './texts.ts';

export async function settingsFor(db: DbOrTx, orgPath: readonly string[]): Promise<ChainSetting[]> {
  if (orgPath.length === 0) return [];
  const rows = await db
    .select()
    .from(workflowChains)
    .where(inArray(workflowChains.orgId, [...orgPath]));
  return rows.map((r) => ({
    orgId: r.orgId,
    kind: r.kind as DocumentKind,
    chain: r.chain as ChainDefinition,
  }));
}

/** The chain a new submission in `orgId` would take for `kind` (nearest setting up the tree). */
export async function chainFor(db: DbOrTx, orgPath: readonly string[], kind: DocumentKind) {
  return resolveChain(await settingsFor(db, orgPath), orgPath, kind);
}

export type ChainView = {
  kind: DocumentKind;
  kindLabel: string;
  own: { chain: ChainDefinition; version: number; updatedAt: string } | null;
  effective: {
    chain: ChainDefinition;
    sourceOrgId: string | null;
    sourceOrgName: string | null;
    inherited: boolean;
    problems: string[];
  } | null;
};

export async function listChains(db: DbOrTx, orgId: string) {
  const path = await orgPathOf(db, orgId);
  const settings = await settingsFor(db, path);
  const own = await db.select().from(workflowChains).where(eq(workflowChains.orgId, orgId));
  const names = new Map(
    (path.length
      ? await db
          .select({ id: organisations.id, name: organisations.name })
          .from(organisations)
          .where(inArray(organisations.id, path))
      : []
    ).map((o) => [o.id, o.name]),
  );
  const items: ChainView[] = DOCUMENT_KINDS.map((kind) => {
    const mine = own.find((r) => r.kind === kind);
    const eff = resolveChain(settings, path, kind);
    return {
      kind,
      kindLabel: KIND_LABELS[kind],
      own: mine
        ? {
            chain: mine.chain as ChainDefinition,
            version: mine.version,
            updatedAt: mine.updatedAt.toISOString(),
          }
        : null,
      effective: eff
        ? {
            chain: eff.chain,
            sourceOrgId: eff.sourceOrgId,
            sourceOrgName: eff.sourceOrgId ? (names.get(eff.sourceOrgId) ?? null) : null,
            inherited: eff.inherited,
            problems: validateChain(eff.chain),
          }
        : null,
    };
  });
  return {
    orgId,
    items,
    presets: PRESETS.map((p) => ({ chain: p.chain, suggestedKinds: p.suggestedKinds, source: p.source })),
  };
}

export async function saveChain(
  deps: TxDeps,
  actor: Actor,
  orgId: string,
  input: { kind: DocumentKind; chain: ChainDefinition; version: number | null },
) {
  const [existing] = await deps.db
    .select()
    .from(workflowChains)
    .where(and(eq(workflowChains.orgId, orgId), eq(workflowChains.kind, input.kind)));
  const now = deps.clock();
  const revision = existing
    ? (existing.chain as ChainDefinition).revision + 1
    : Math.max(1, input.chain.revision);
  const chain: ChainDefinition = JSON.parse(JSON.stringify({ ...input.chain, revision })) as ChainDefinition;
  const problems = validateChain(chain);
  if (problems.length > 0) throw new AppError('VALIDATION', T.chainInvalid(problems), { problems });
  let row;
  if (existing) {
    if (input.version === null) throw new AppError('CONFLICT', T.chainExists);
    row = await updateVersioned(deps.db, workflowChains, existing.id, input.version, { chain }, now);
  } else {
    if (input.version !== null) throw new AppError('STALE', '该审核流程已被他人删除，请刷新后重试。');
    [row] = await deps.db
      .insert(workflowChains)
      .values({ orgId, kind: input.kind, chain, createdAt: now, updatedAt: now })
      .returning();
  }
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    {
      action: existing ? 'workflow.chain.update' : 'workflow.chain.create',
      entity: 'workflow_chain',
      entityId: row!.id,
      orgId,
      before: existing ? { kind: existing.kind, chain: existing.chain } : null,
      after: { kind: input.kind, chain },
    },
    now,
  );
  return listChains(deps.db, orgId);
}

export async function deleteChain(
  deps: TxDeps,
  actor: Actor,
  orgId: string,
  input: { kind: DocumentKind; version: number },
) {
  const [existing] = await deps.db
    .select()
    .from(workflowChains)
    .where(and(eq(workflowChains.orgId, orgId), eq(workflowChains.kind, input.kind)));
  if (!existing) throw new AppError('NOT_FOUND', T.chainNotFound);
  if (existing.version !== input.version)
    throw new AppError(
      'STALE',
      `数据已被他人修改（您提交的版本为 ${input.version}，当前版本为 ${existing.version}），请刷新后重试。`,
    );
  const now = deps.clock();
  await deps.db
    .delete(workflowChains)
    .where(and(eq(workflowChains.id, existing.id), eq(workflowChains.version, input.version)));
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    {
      action: 'workflow.chain.delete',
      entity: 'workflow_chain',
      entityId: existing.id,
      orgId,
      before: { kind: existing.kind, chain: existing.chain },
    },
    now,
  );
  return listChains(deps.db, orgId);
}
