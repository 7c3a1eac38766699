/**
 * No figure typed twice (issue 15): what the goals and the project give a self-evaluation's inputs
 * (src/domain/scoring/prefill.ts decides which source fills which input), where each figure came from,
 * and the overrides — a prefilled figure a person changed — each with its reason (stored, audited). A
 * save that changes a prefilled figure without a reason is refused (422) with a message naming the field:
 * the form's own save (save-inputs.ts) and a reviewer's change through the review workflow
 * (evaluation-adapter.ts `applyChanges`, reasons sent with the `edit` / `approve` command) both come here.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import type { IndicatorTemplate } from '../../domain/indicators/index.ts';
import {
  findOverrides,
  overrideKey,
  overrideReasonMessage,
  prefillEvaluation,
  sameFigure,
  inputFieldValue,
  type IndicatorInput,
  type LeafPrefill,
  type Override,
  type PrefillFacts,
  type PrefillValue,
} from '../../domain/scoring/index.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import {
  evaluationInputOverrides,
  projectIndicators,
  projects,
  users,
} from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';

type EvaluationRow = { id: string; orgId: string; projectId: string | null; fiscalYear: number };

/** The facts a prefill reads: the project and its goal table, or every project of the unit and year. */
export async function prefillFacts(db: DbOrTx, ev: EvaluationRow): Promise<PrefillFacts> {
  const rows = ev.projectId
    ? await db.select().from(projects).where(eq(projects.id, ev.projectId))
    : await db
        .select()
        .from(projects)
        .where(and(eq(projects.orgId, ev.orgId), eq(projects.fiscalYear, ev.fiscalYear)))
        .orderBy(asc(projects.name));
  const goals =
    rows.length === 0
      ? []
      : await db
          .select()
          .from(projectIndicators)
          .where(
            inArray(
              projectIndicators.projectId,
              rows.map((r) => r.id),
            ),
          )
          .orderBy(asc(projectIndicators.position));
  const names = new Map(rows.map((r) => [r.id, r.name]));
  const project = ev.projectId ? rows[0] : undefined;
  return {
    project: project
      ? {
          name: project.name,
          budgetFiscal: project.budgetFiscal,
          budgetOther: project.budgetOther,
          executedFiscal: project.executedFiscal,
          executedOther: project.executedOther,
        }
      : null,
    // Goal rows in the projects' order (by name for a department), each table in its own order.
    goals: rows.flatMap((p) =>
      goals
        .filter((g) => g.projectId === p.id)
        .map((g) => ({
          ...(ev.projectId ? {} : { project: names.get(p.id) ?? '' }),
          level1: g.level1,
          level2: g.level2,
          level3: g.level3,
          target: g.target,
          actual: g.actual,
        })),
    ),
  };
}

export async function prefillOf(db: DbOrTx, ev: EvaluationRow, template: IndicatorTemplate) {
  return prefillEvaluation(template, await prefillFacts(db, ev));
}

export type OverrideDto = Override & {
  /** The stored reason, or null while none was given (a figure that differs since the goals changed). */
  reason: string | null;
  updatedBy: string | null;
  updatedAt: string | null;
};

export type PrefillDto = { leaves: LeafPrefill[]; overrides: OverrideDto[] };

/** Where each prefilled figure of an evaluation comes from, and every override with its reason. */
export async function loadPrefill(
  db: DbOrTx,
  ev: EvaluationRow & { template: unknown; inputs: unknown },
): Promise<PrefillDto> {
  const leaves = await prefillOf(db, ev, ev.template as IndicatorTemplate);
  const stored = await db
    .select({
      leafId: evaluationInputOverrides.leafId,
      field: evaluationInputOverrides.field,
      reason: evaluationInputOverrides.reason,
      updatedAt: evaluationInputOverrides.updatedAt,
      updatedBy: users.displayName,
    })
    .from(evaluationInputOverrides)
    .leftJoin(users, eq(users.id, evaluationInputOverrides.updatedBy))
    .where(eq(evaluationInputOverrides.evaluationId, ev.id));
  const byKey = new Map(stored.map((s) => [overrideKey(s.leafId, s.field), s]));
  const overrides = findOverrides(leaves, ev.inputs as Record<string, IndicatorInput>).map((o) => {
    const s = byKey.get(overrideKey(o.leafId, o.field));
    return {
      ...o,
      reason: s?.reason ?? null,
      updatedBy: s?.updatedBy ?? null,
      updatedAt: s?.updatedAt.toISOString() ?? null,
    };
  });
  return { leaves, overrides };
}

const same = (a: PrefillValue | undefined, b: PrefillValue | undefined): boolean =>
  a === undefined || b === undefined ? a === b : sameFigure(a, b);

/**
 * Part of saving inputs: every prefilled figure this save changes away from what the goals or the project
 * give needs a reason (refused otherwise, naming the field); reasons are stored, overrides that no longer
 * differ are dropped, and the overrides of the save are audited. Runs after the document lock's check.
 */
export async function recordOverrides(
  deps: TxDeps,
  actor: Actor,
  ev: EvaluationRow & { template: unknown; inputs: unknown },
  after: Record<string, IndicatorInput>,
  reasons: Readonly<Record<string, string>>,
): Promise<void> {
  const leaves = await prefillOf(deps.db, ev, ev.template as IndicatorTemplate);
  const before = ev.inputs as Record<string, IndicatorInput>;
  const overrides = findOverrides(leaves, after);
  // An override this save makes: the figure changed now (one that differs only because the goals changed
  // since keeps its state; the form shows the new prefilled figure).
  const changed = overrides.filter(
    (o) => !same(inputFieldValue(before[o.leafId], o.field), inputFieldValue(after[o.leafId], o.field)),
  );
  const missing = changed.filter((o) => !(reasons[overrideKey(o.leafId, o.field)] ?? '').trim());
  if (missing.length > 0)
    throw new AppError('UNPROCESSABLE', missing.map(overrideReasonMessage).join('\n'), {
      missingReasons: missing.map((o) => ({ leafId: o.leafId, field: o.field })),
    });
  const now = deps.clock();
  const current = new Set(overrides.map((o) => overrideKey(o.leafId, o.field)));
  const stored = await deps.db
    .select()
    .from(evaluationInputOverrides)
    .where(eq(evaluationInputOverrides.evaluationId, ev.id));
  const dropped = stored.filter((s) => !current.has(overrideKey(s.leafId, s.field)));
  for (const s of dropped)
    await deps.db.delete(evaluationInputOverrides).where(eq(evaluationInputOverrides.id, s.id));
  const written: Array<Override & { reason: string }> = [];
  for (const o of changed) {
    const reason = reasons[overrideKey(o.leafId, o.field)]!.trim();
    const values = {
      prefilled: o.prefilled,
      value: o.value,
      source: o.source,
      reason,
      updatedBy: actor.userId,
      updatedAt: now,
    };
    await deps.db
      .insert(evaluationInputOverrides)
      .values({ evaluationId: ev.id, leafId: o.leafId, field: o.field, createdAt: now, ...values })
      .onConflictDoUpdate({
        target: [
          evaluationInputOverrides.evaluationId,
          evaluationInputOverrides.leafId,
          evaluationInputOverrides.field,
        ],
        set: values,
      });
    written.push({ ...o, reason });
  }
  if (written.length === 0 && dropped.length === 0) return;
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    {
      action: 'evaluation.prefill.override',
      entity: 'evaluation',
      entityId: ev.id,
      orgId: ev.orgId,
      before: {
        overrides: dropped.map((s) => ({
          leafId: s.leafId,
          field: s.field,
          prefilled: s.prefilled,
          value: s.value,
          reason: s.reason,
        })),
      },
      after: {
        overrides: written.map((o) => ({
          leafId: o.leafId,
          leaf: o.leafName,
          field: o.field,
          label: o.label,
          source: o.source,
          prefilled: o.prefilled,
          value: o.value,
          reason: o.reason,
        })),
      },
    },
    now,
  );
}
