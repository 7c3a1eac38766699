/**
 * The editing lock the evaluations feature applies to each of its writes (inputs, a score sheet):
 * while an evaluation is under review only the current step's assignees may change only their step's
 * fields (004: an evaluator their own sheet), a returned evaluation only its submitter, a frozen one
 * nobody. A permitted change made under review is recorded in the workflow against the actor (an
 * `edit` event), in the caller's transaction. Without a workflow row (never submitted) nothing is locked.
 *
 *   await guardEvaluationWrite(deps, actor, evaluationId, { inputs: { before, after } });
 *   await guardEvaluationWrite(deps, actor, evaluationId, { sheet: { evaluatorId, before, after } });
 *   await guardEvaluationWrite(deps, actor, evaluationId, { narrative: { before, after } });   // 自评报告 texts
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import {
  mayEdit,
  type FieldChange,
  type JsonValue,
  type WorkflowState,
} from '../../domain/workflow/index.ts';
import { workflowDocuments } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import { runCommand } from './run-command.ts';
import { workflowTexts as T } from './texts.ts';

type SheetData = { entries?: unknown; total?: string | null; submitted?: boolean };

export type EvaluationWrite =
  | { inputs: { before: unknown; after: unknown } }
  | { sheet: { evaluatorId: string; evaluatorName?: string; before: SheetData | null; after: SheetData } }
  /** The 自评报告's narrative: fields `narrative.<key>`, `narrative.analysis.<一级指标>`. */
  | { narrative: { before: unknown; after: unknown } };

const json = (v: unknown): JsonValue =>
  v === undefined ? null : (JSON.parse(JSON.stringify(v)) as JsonValue);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The write as field changes (the paths of evaluation-adapter.ts). */
export function evaluationChanges(write: EvaluationWrite): FieldChange[] {
  const out: FieldChange[] = [];
  if ('inputs' in write) {
    const before = (write.inputs.before ?? {}) as Record<string, unknown>;
    const after = (write.inputs.after ?? {}) as Record<string, unknown>;
    for (const k of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort())
      if (!same(before[k], after[k]))
        out.push({ field: `inputs.${k}`, before: json(before[k]), after: json(after[k]) });
    return out;
  }
  if ('narrative' in write) {
    const before = (write.narrative.before ?? {}) as Record<string, unknown>;
    const after = (write.narrative.after ?? {}) as Record<string, unknown>;
    for (const k of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
      if (k === 'analysis') {
        const b = (before[k] ?? {}) as Record<string, unknown>;
        const a = (after[k] ?? {}) as Record<string, unknown>;
        for (const name of [...new Set([...Object.keys(b), ...Object.keys(a)])].sort())
          if (!same(b[name], a[name]))
            out.push({ field: `narrative.analysis.${name}`, before: json(b[name]), after: json(a[name]) });
      } else if (!same(before[k], after[k]))
        out.push({ field: `narrative.${k}`, before: json(before[k]), after: json(after[k]) });
    }
    return out;
  }
  const { evaluatorId, before, after } = write.sheet;
  const p = `sheets.${evaluatorId}`;
  if (before === null)
    out.push({ field: `${p}.evaluator`, before: null, after: write.sheet.evaluatorName ?? evaluatorId });
  if (after.entries !== undefined) {
    const b = (before?.entries ?? {}) as Record<string, Record<string, unknown>>;
    const a = after.entries as Record<string, Record<string, unknown>>;
    for (const leaf of [...new Set([...Object.keys(b), ...Object.keys(a)])].sort())
      for (const prop of ['score', 'explanation', 'problem', 'suggestion'])
        if (!same(b[leaf]?.[prop], a[leaf]?.[prop]))
          out.push({
            field: `${p}.entries.${leaf}.${prop}`,
            before: json(b[leaf]?.[prop]),
            after: json(a[leaf]?.[prop]),
          });
  }
  if (after.total !== undefined && !same(before?.total, after.total))
    out.push({ field: `${p}.total`, before: json(before?.total), after: json(after.total) });
  if (after.submitted !== undefined && !same(before?.submitted ?? false, after.submitted))
    out.push({ field: `${p}.submitted`, before: before?.submitted ?? false, after: after.submitted });
  return out;
}

function refusal(state: WorkflowState, actorId: string, field: string): AppError {
  if (state.status === 'frozen')
    return new AppError(
      'CONFLICT',
      T.frozen(state.frozen[state.frozen.length - 1]?.number ?? state.documentVersion),
    );
  if (state.status === 'returned')
    return new AppError('FORBIDDEN', T.returnedLocked(state.submitter?.name ?? ''));
  const step = state.current?.name ?? '';
  const isAssignee = state.current?.assignees.some((a) => a.userId === actorId) ?? false;
  return new AppError('FORBIDDEN', isAssignee ? T.lockedField(step, field) : T.locked(step));
}

export async function guardEvaluationWrite(
  deps: TxDeps,
  actor: Actor,
  evaluationId: string,
  write: EvaluationWrite,
): Promise<void> {
  const [row] = await deps.db
    .select({ state: workflowDocuments.state })
    .from(workflowDocuments)
    .where(eq(workflowDocuments.id, evaluationId));
  if (!row) return;
  const state = row.state as WorkflowState;
  const changes = evaluationChanges(write);
  for (const c of changes)
    if (!mayEdit(state, actor.userId, c.field)) throw refusal(state, actor.userId, c.field);
  // Under review, what a step's assignee changes is recorded against them (in order, with the version they acted on).
  if (state.status === 'in_review' && state.current && changes.length > 0) {
    await runCommand(
      deps,
      actor,
      evaluationId,
      {
        type: 'edit',
        commandId: randomUUID(),
        expectedVersion: state.version,
        step: state.current.index,
        changes: [],
      },
      { applyData: false, changes },
    );
  }
}
