/**
 * Evaluations (绩效自评, project or department-wide) as workflow documents. Field paths:
 *   inputs.<indicator>                                  the facts the rules score from (经办人)
 *   scores.<indicator>.score|explanation|problems|suggestions
 *                                                       the submitter's score sheet (002: reviewers adjust it)
 *   sheets.<user id>.entries.<indicator>.score|explanation|problem|suggestion, sheets.<user id>.total,
 *   sheets.<user id>.submitted, sheets.<user id>.evaluator
 *                                                       one evaluator's own sheet (004: `sheets.$self.**`)
 * The frozen snapshot holds the evaluation row, its submitted sheets and the data its documents are
 * rendered from (`evaluationDocumentData` of the evaluations feature).
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  leaves,
  readDirection,
  shortfallMessage,
  type GradeStandards,
  type IndicatorTemplate,
} from '../../domain/indicators/index.ts';
import { evaluate } from '../../domain/scoring/index.ts';
import type { FieldChange, JsonValue, WorkflowState } from '../../domain/workflow/index.ts';
import { evaluations, projectIndicators, scoreSheets, users } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { SheetEntryInput } from './evaluations.schema.ts';
import { domainEvaluation, requireValid } from './evaluation-model.ts';
import { recordOverrides } from './input-prefill.ts';
import { evaluationDocumentData } from './render-document.ts';
import type { DocumentAdapter, RequestedChange } from '../workflow/documents.ts';
import { workflowTexts as T } from '../workflow/texts.ts';

type SheetRow = typeof scoreSheets.$inferSelect;
type EvRow = typeof evaluations.$inferSelect;

/** 002's field names (problems / suggestions, plural) → the score sheet's entry keys. */
const SCORE_PROPS: Record<string, keyof SheetEntryInput> = {
  score: 'score',
  explanation: 'explanation',
  problems: 'problem',
  suggestions: 'suggestion',
};
const PROP_LABELS: Record<string, string> = {
  score: '得分',
  explanation: '评分说明',
  problems: '存在问题',
  problem: '存在问题',
  suggestions: '有关建议',
  suggestion: '有关建议',
  total: '总分',
  submitted: '提交状态',
  evaluator: '开始评分',
};
const ENTRY_PROPS = new Set<keyof SheetEntryInput>(['score', 'explanation', 'problem', 'suggestion']);

type Target =
  | { kind: 'input'; leaf: string }
  | { kind: 'entry'; sheet: SheetRow; leaf: string; prop: keyof SheetEntryInput }
  | { kind: 'total'; sheet: SheetRow };

async function load(
  db: Parameters<DocumentAdapter['locate']>[0],
  id: string,
): Promise<{ ev: EvRow; sheets: SheetRow[] }> {
  const [ev] = await db.select().from(evaluations).where(eq(evaluations.id, id));
  if (!ev) throw new AppError('NOT_FOUND', T.documentNotFound);
  const sheets = await db.select().from(scoreSheets).where(eq(scoreSheets.evaluationId, id));
  return { ev, sheets };
}

/** The sheet `scores.*` addresses: the submitter's own, else the only one. */
function scoredSheet(state: WorkflowState, sheets: SheetRow[]): SheetRow | null {
  const bySubmitter = state.submitter
    ? sheets.find((s) => s.evaluatorId === state.submitter!.userId)
    : undefined;
  if (bySubmitter) return bySubmitter;
  const submitted = sheets.filter((s) => s.submitted);
  return submitted.length === 1 ? submitted[0]! : sheets.length === 1 ? sheets[0]! : null;
}

function target(field: string, ev: EvRow, sheets: SheetRow[], state: WorkflowState): Target {
  const seg = field.split('.');
  const leafIds = new Set(leaves(ev.template as IndicatorTemplate).map((l) => l.node.id));
  const leafOk = (leaf: string | undefined): leaf is string => !!leaf && leafIds.has(leaf);
  if (seg[0] === 'inputs' && seg.length === 2 && leafOk(seg[1])) return { kind: 'input', leaf: seg[1] };
  if (seg[0] === 'scores' && seg.length === 3 && leafOk(seg[1]) && SCORE_PROPS[seg[2]!]) {
    const sheet = scoredSheet(state, sheets);
    if (!sheet) throw new AppError('VALIDATION', T.noSheetFor(state.submitter?.name ?? '提交人'));
    return { kind: 'entry', sheet, leaf: seg[1], prop: SCORE_PROPS[seg[2]!]! };
  }
  if (seg[0] === 'sheets' && seg.length >= 3) {
    const sheet = sheets.find((s) => s.evaluatorId === seg[1]);
    if (!sheet) throw new AppError('VALIDATION', T.noSheetFor(seg[1] ?? ''));
    if (seg[2] === 'total' && seg.length === 3) return { kind: 'total', sheet };
    if (
      seg[2] === 'entries' &&
      seg.length === 5 &&
      leafOk(seg[3]) &&
      ENTRY_PROPS.has(seg[4] as keyof SheetEntryInput)
    )
      return { kind: 'entry', sheet, leaf: seg[3], prop: seg[4] as keyof SheetEntryInput };
  }
  throw new AppError('VALIDATION', T.unknownField(field));
}

function valueOf(t: Target, ev: EvRow): JsonValue {
  if (t.kind === 'input') return ((ev.inputs as Record<string, JsonValue>)[t.leaf] ?? null) as JsonValue;
  if (t.kind === 'total') return t.sheet.total;
  return ((t.sheet.entries as Record<string, SheetEntryInput>)[t.leaf]?.[t.prop] ?? null) as JsonValue;
}

function normalised(t: Target, after: unknown, field: string): JsonValue {
  if (t.kind === 'input') return (after ?? null) as JsonValue;
  if (after === null || after === undefined || after === '') return null;
  if (typeof after !== 'string')
    throw new AppError('VALIDATION', `「${field}」应为文字（得分写成十进制数字字符串，如 "4.5"）。`);
  if ((t.kind === 'total' || t.prop === 'score') && !/^\d{1,6}(\.\d{1,6})?$/.test(after.trim()))
    throw new AppError('VALIDATION', `「${field}」应为不小于 0 的数字，如 "4.5"。`);
  return after.trim();
}

export const evaluationAdapter: DocumentAdapter = {
  async locate(db, id) {
    const [ev] = await db
      .select({
        id: evaluations.id,
        orgId: evaluations.orgId,
        projectId: evaluations.projectId,
        title: evaluations.title,
      })
      .from(evaluations)
      .where(eq(evaluations.id, id));
    if (!ev) return null;
    return {
      id: ev.id,
      orgId: ev.orgId,
      title: ev.title,
      kind: ev.projectId ? 'project_evaluation' : 'department_evaluation',
    };
  },

  async resolveChanges(db, doc, state, changes: readonly RequestedChange[]) {
    const { ev, sheets } = await load(db, doc.id);
    const out: FieldChange[] = [];
    for (const c of changes) {
      const t = target(c.field, ev, sheets, state);
      const before = valueOf(t, ev);
      const after = normalised(t, c.after, c.field);
      if (JSON.stringify(before) !== JSON.stringify(after)) out.push({ field: c.field, before, after });
    }
    return out;
  },

  async applyChanges(deps, doc, state, changes, { actor, reasons }) {
    if (changes.length === 0) return;
    const { ev, sheets } = await load(deps.db, doc.id);
    const now = deps.clock();
    const inputs = { ...(ev.inputs as Record<string, unknown>) };
    let inputsChanged = false;
    const touched = new Map<
      string,
      { sheet: SheetRow; entries: Record<string, SheetEntryInput>; total: string | null }
    >();
    const edit = (sheet: SheetRow) => {
      let e = touched.get(sheet.id);
      if (!e) {
        e = {
          sheet,
          entries: structuredClone((sheet.entries ?? {}) as Record<string, SheetEntryInput>),
          total: sheet.total,
        };
        touched.set(sheet.id, e);
      }
      return e;
    };
    for (const c of changes) {
      const t = target(c.field, ev, sheets, state);
      if (t.kind === 'input') {
        if (c.after === null) delete inputs[t.leaf];
        else inputs[t.leaf] = c.after;
        inputsChanged = true;
      } else if (t.kind === 'total') {
        edit(t.sheet).total = c.after as string | null;
      } else {
        const e = edit(t.sheet);
        const entry = { ...(e.entries[t.leaf] ?? {}) };
        if (c.after === null) delete entry[t.prop];
        else entry[t.prop] = c.after as string;
        if (Object.keys(entry).length === 0) delete e.entries[t.leaf];
        else e.entries[t.leaf] = entry;
      }
    }
    const template = ev.template as IndicatorTemplate;
    if (inputsChanged) {
      requireValid(template, inputs);
      // A reviewer changing a prefilled figure gives a reason, as the form's own save does (issue 15).
      await recordOverrides(deps, actor, ev, inputs as never, reasons);
      await deps.db
        .update(evaluations)
        .set({ inputs, version: ev.version + 1, updatedAt: now })
        .where(and(eq(evaluations.id, ev.id), eq(evaluations.version, ev.version)));
    }
    const evNow = { ...ev, inputs };
    for (const { sheet, entries, total } of touched.values()) {
      requireValid(template, inputs, entries);
      const next: SheetRow = { ...sheet, entries, total };
      if (sheet.submitted) {
        // A submitted sheet stays complete: every indicator scored, and a deduction explained (002).
        const result = evaluate(domainEvaluation(evNow, [next], false));
        const problems = [
          ...result.errors.map((e) => `“${e.label}”：${e.message}`),
          ...result.findings.map((f) => `“${f.label}”：${f.message}`),
        ];
        if (problems.length > 0)
          throw new AppError('VALIDATION', T.invalidScoreChange(problems.slice(0, 5).join('；')), {
            problems,
          });
      }
      const updated = await deps.db
        .update(scoreSheets)
        .set({ entries, total, version: sheet.version + 1, updatedAt: now })
        .where(and(eq(scoreSheets.id, sheet.id), eq(scoreSheets.version, sheet.version)))
        .returning({ id: scoreSheets.id });
      if (updated.length !== 1) throw new AppError('STALE', '评分表已被他人修改，请刷新后重试。');
    }
  },

  async check(deps, doc, state, command, actor, chain) {
    const selfSheets = (patterns: readonly string[] | undefined) =>
      (patterns ?? []).some((p) => p.startsWith('sheets.$self'));
    if (command.type === 'submit') {
      // A project's self-evaluation reports every 未达成 indicator with its 偏差原因.
      const [ev] = await deps.db
        .select({ projectId: evaluations.projectId })
        .from(evaluations)
        .where(eq(evaluations.id, doc.id));
      if (ev?.projectId) {
        const rows = await deps.db
          .select()
          .from(projectIndicators)
          .where(eq(projectIndicators.projectId, ev.projectId))
          .orderBy(asc(projectIndicators.position));
        const shortfall = shortfallMessage(
          rows.map((r) => ({
            level2: r.level2,
            name: r.level3,
            target: r.target,
            actual: r.actual,
            direction: readDirection(r.direction),
            standards: (r.standards as GradeStandards | null) ?? null,
            deviationReason: r.deviationReason,
          })),
        );
        if (shortfall) throw new AppError('VALIDATION', shortfall);
      }
      // A chain whose first step is the evaluators' own scoring (004) starts without sheets; otherwise
      // the submission is the scored sheet (002: 经办人打分).
      const first = (chain ?? state.chain)?.steps[0];
      if (first && selfSheets(first.editable)) return;
      const { sheets } = await load(deps.db, doc.id);
      if (!sheets.some((s) => s.submitted)) throw new AppError('VALIDATION', T.noSubmittedSheet);
    }
    if (command.type === 'approve' && state.status === 'in_review' && state.current?.index === command.step) {
      const step = state.chain?.steps[command.step];
      if (
        step &&
        selfSheets(step.editable) &&
        state.current.assignees.some((a) => a.userId === actor.userId)
      ) {
        const { sheets } = await load(deps.db, doc.id);
        if (!sheets.some((s) => s.evaluatorId === actor.userId && s.submitted))
          throw new AppError('VALIDATION', T.ownSheetFirst);
      }
    }
  },

  async labels(db, doc, fields) {
    if (fields.length === 0) return {};
    const [ev] = await db
      .select({ template: evaluations.template })
      .from(evaluations)
      .where(eq(evaluations.id, doc.id));
    if (!ev) return {};
    const names = new Map(leaves(ev.template as IndicatorTemplate).map((l) => [l.node.id, l.node.name]));
    const ids = [
      ...new Set(fields.filter((f) => f.startsWith('sheets.')).map((f) => f.split('.')[1]!)),
    ].filter((id) => /^[0-9a-f-]{36}$/.test(id));
    const people = new Map(
      ids.length
        ? (
            await db
              .select({ id: users.id, name: users.displayName })
              .from(users)
              .where(inArray(users.id, ids))
          ).map((u) => [u.id, u.name])
        : [],
    );
    const out: Record<string, string> = {};
    for (const f of fields) {
      const s = f.split('.');
      const leaf = (id: string | undefined) => names.get(id ?? '') ?? id ?? '';
      if (s[0] === 'inputs') out[f] = `评价数据 · ${leaf(s[1])}`;
      else if (s[0] === 'scores') out[f] = `${leaf(s[1])} · ${PROP_LABELS[s[2] ?? ''] ?? s[2]}`;
      else if (s[0] === 'sheets') {
        const who = `${people.get(s[1] ?? '') ?? s[1]}的评分表`;
        out[f] =
          s[2] === 'entries'
            ? `${who} · ${leaf(s[3])} · ${PROP_LABELS[s[4] ?? ''] ?? s[4]}`
            : `${who} · ${PROP_LABELS[s[2] ?? ''] ?? s[2]}`;
      }
    }
    return out;
  },

  async snapshot(deps, doc) {
    const { ev, sheets } = await load(deps.db, doc.id);
    const data = await evaluationDocumentData(deps, doc.id);
    const plainSheet = (s: SheetRow) => ({
      id: s.id,
      evaluatorId: s.evaluatorId,
      evaluatorName: s.evaluatorName,
      evaluatorTitle: s.evaluatorTitle,
      evaluatorUnit: s.evaluatorUnit,
      entries: s.entries,
      total: s.total,
      submitted: s.submitted,
      version: s.version,
    });
    return JSON.parse(
      JSON.stringify({
        evaluation: {
          id: ev.id,
          orgId: ev.orgId,
          projectId: ev.projectId,
          fiscalYear: ev.fiscalYear,
          title: ev.title,
          templateRef: ev.templateRef,
          template: ev.template,
          inputs: ev.inputs,
          given: ev.given,
          version: ev.version,
        },
        sheets: sheets.filter((s) => s.submitted).map(plainSheet),
        documentData: data,
      }),
    ) as JsonValue;
  },
};
