/**
 * A project's goals (项目绩效目标: the project's figures and overall goal, and its indicator table) as a
 * workflow document; the document id is the project's id. Field paths:
 *   project.<name|budgetFiscal|budgetOther|executedFiscal|executedOther|goalExpected|goalActual>
 *   indicators.<n>.<level1|level2|level3|target|standards|actual|direction|deviationReason|improvement|unit|scoringRule|libraryCode>   (n = 1-based row)
 *   indicators.<n>                                                  a whole row added (before null) or removed (after null)
 * A reviewer's step may allow e.g. `indicators.*.target` or `project.goalExpected`; `goalsChanges`
 * describes a save of the goals feature in these paths for the lock (`guardDocumentWrite`).
 * The frozen snapshot is the project as the API shows it (figures, goal table, computed completion), with
 * its organisation's name and 主管部门 (`orgName`, `departmentName`): the frozen 自评表 is printed from it.
 */
import { and, asc, eq } from 'drizzle-orm';
import { dec } from '../../domain/money/index.ts';
import {
  readDirection,
  shortfallMessage,
  type GoalRow,
  type GradeStandards,
} from '../../domain/indicators/index.ts';
import { asJson, sameJson, type FieldChange, type JsonValue } from '../../domain/workflow/index.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { organisations, projectIndicators, projects } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import { ZIndicatorRow, ZUpdateProject, type IndicatorRowInput } from './goals.schema.ts';
import { loadProject } from './project-dto.ts';
import type { DocumentAdapter } from '../workflow/documents.ts';
import { workflowTexts as T } from '../workflow/texts.ts';
import { assertGoalsAllowed } from '../pre-assessment/goals-gate.ts';

export const PROJECT_FIELDS = [
  'name',
  'budgetFiscal',
  'budgetOther',
  'executedFiscal',
  'executedOther',
  'goalExpected',
  'goalActual',
] as const;
export const INDICATOR_PROPS = [
  'level1',
  'level2',
  'level3',
  'target',
  'standards',
  'actual',
  'direction',
  'deviationReason',
  'improvement',
  'unit',
  'scoringRule',
  'libraryCode',
] as const;
type ProjectField = (typeof PROJECT_FIELDS)[number];

/** A stored goal-table row as the indicators domain reads it. */
export function goalRowOf(r: {
  level2: string;
  level3: string;
  target: string;
  actual: string;
  direction: string | null;
  standards: unknown;
  deviationReason: string;
}): GoalRow {
  return {
    level2: r.level2,
    name: r.level3,
    target: r.target,
    actual: r.actual,
    direction: readDirection(r.direction),
    standards: (r.standards as GradeStandards | null) ?? null,
    deviationReason: r.deviationReason,
  };
}
type IndicatorProp = (typeof INDICATOR_PROPS)[number];
type ProjectRow = typeof projects.$inferSelect;
type IndicatorRow = typeof projectIndicators.$inferSelect;

const LABELS: Record<string, string> = {
  name: '项目名称',
  budgetFiscal: '预算数·财政拨款',
  budgetOther: '预算数·其他资金',
  executedFiscal: '执行数·财政拨款',
  executedOther: '执行数·其他资金',
  goalExpected: '年度总体目标·预期目标',
  goalActual: '年度总体目标·实际完成情况',
  level1: '一级指标',
  level2: '二级指标',
  level3: '三级指标',
  target: '预期指标值',
  standards: '绩效标准',
  actual: '实际完成值',
  direction: '指标方向',
  unit: '计量单位',
  scoringRule: '计分规则',
  libraryCode: '指标库编码',
  deviationReason: '偏差原因',
  improvement: '改进措施',
};

const plainRow = (r: Partial<Record<IndicatorProp, unknown>>): Record<IndicatorProp, unknown> => ({
  level1: r.level1,
  level2: r.level2,
  level3: r.level3,
  target: r.target,
  standards: r.standards ?? null,
  actual: r.actual,
  direction: r.direction ?? null,
  deviationReason: r.deviationReason,
  improvement: r.improvement,
  unit: r.unit ?? '',
  scoringRule: r.scoringRule ?? '',
  libraryCode: r.libraryCode ?? null,
});

const MONEY_FIELDS = new Set<string>(['budgetFiscal', 'budgetOther', 'executedFiscal', 'executedOther']);
/** Amounts compare as numbers ("195.010" is "195.01"); everything else as JSON. */
function sameValue(field: string, a: unknown, b: unknown): boolean {
  if (MONEY_FIELDS.has(field) && typeof a === 'string' && typeof b === 'string') {
    try {
      return dec(a).eq(dec(b));
    } catch {
      return false;
    }
  }
  return sameJson(a, b);
}

/** A save of the goals feature as field changes: the project's fields, and the indicator table row by row. */
export function goalsChanges(write: {
  project?: { before: Partial<Record<ProjectField, unknown>>; after: Partial<Record<ProjectField, unknown>> };
  indicators?: {
    before: ReadonlyArray<Pick<IndicatorRow, IndicatorProp>>;
    after: readonly IndicatorRowInput[];
  };
}): FieldChange[] {
  const out: FieldChange[] = [];
  if (write.project) {
    for (const k of PROJECT_FIELDS) {
      if (!(k in write.project.after) || write.project.after[k] === undefined) continue;
      if (!sameValue(k, write.project.before[k], write.project.after[k]))
        out.push({
          field: `project.${k}`,
          before: asJson(write.project.before[k]),
          after: asJson(write.project.after[k]),
        });
    }
  }
  if (write.indicators) {
    const { before, after } = write.indicators;
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      const b = before[i] ? plainRow(before[i]!) : undefined;
      const a = after[i] ? plainRow(after[i]!) : undefined;
      if (!b || !a) {
        if (!sameJson(b, a))
          out.push({ field: `indicators.${i + 1}`, before: asJson(b ?? null), after: asJson(a ?? null) });
        continue;
      }
      for (const p of INDICATOR_PROPS)
        if (!sameJson(b[p], a[p]))
          out.push({ field: `indicators.${i + 1}.${p}`, before: asJson(b[p]), after: asJson(a[p]) });
    }
  }
  return out;
}

type Target =
  { kind: 'project'; field: ProjectField } | { kind: 'indicator'; position: number; prop: IndicatorProp };

function target(field: string, rows: readonly IndicatorRow[]): Target {
  const s = field.split('.');
  if (s[0] === 'project' && s.length === 2 && (PROJECT_FIELDS as readonly string[]).includes(s[1]!))
    return { kind: 'project', field: s[1] as ProjectField };
  if (
    s[0] === 'indicators' &&
    s.length === 3 &&
    /^\d+$/.test(s[1]!) &&
    (INDICATOR_PROPS as readonly string[]).includes(s[2]!)
  ) {
    const position = Number(s[1]);
    if (rows.some((r) => r.position === position))
      return { kind: 'indicator', position, prop: s[2] as IndicatorProp };
  }
  // Adding or removing rows is the originator's work (a returned document), not a reviewer's adjustment.
  throw new AppError('VALIDATION', T.unknownField(field));
}

function valueOf(t: Target, project: ProjectRow, rows: readonly IndicatorRow[]): JsonValue {
  if (t.kind === 'project') return asJson(project[t.field]);
  return asJson(plainRow(rows.find((r) => r.position === t.position)!)[t.prop]);
}

/** The new value, validated by the goals feature's own schemas (money as decimal strings, lengths). */
function normalised(t: Target, after: unknown, field: string): JsonValue {
  const schema = t.kind === 'project' ? ZUpdateProject.shape[t.field] : ZIndicatorRow.shape[t.prop];
  const parsed = schema.safeParse(after);
  if (!parsed.success || parsed.data === undefined)
    throw new AppError(
      'VALIDATION',
      T.invalidValue(field, parsed.success ? '不能为空' : (parsed.error.issues[0]?.message ?? '格式有误')),
    );
  return asJson(parsed.data);
}

async function load(db: DbOrTx, id: string): Promise<{ project: ProjectRow; rows: IndicatorRow[] }> {
  const [project] = await db.select().from(projects).where(eq(projects.id, id));
  if (!project) throw new AppError('NOT_FOUND', T.documentNotFound);
  const rows = await db
    .select()
    .from(projectIndicators)
    .where(eq(projectIndicators.projectId, id))
    .orderBy(asc(projectIndicators.position));
  return { project, rows };
}

export const goalsAdapter: DocumentAdapter = {
  async locate(db, id) {
    const [p] = await db
      .select({ id: projects.id, orgId: projects.orgId, name: projects.name, year: projects.fiscalYear })
      .from(projects)
      .where(eq(projects.id, id));
    if (!p) return null;
    return { id: p.id, orgId: p.orgId, kind: 'project_goals', title: T.goalsTitle(p.name, p.year) };
  },

  async resolveChanges(db, doc, _state, changes) {
    const { project, rows } = await load(db, doc.id);
    const out: FieldChange[] = [];
    for (const c of changes) {
      const t = target(c.field, rows);
      const before = valueOf(t, project, rows);
      const after = normalised(t, c.after, c.field);
      if (!sameValue(t.kind === 'project' ? t.field : '', before, after))
        out.push({ field: c.field, before, after });
    }
    return out;
  },

  async applyChanges(deps, doc, _state, changes) {
    if (changes.length === 0) return;
    const { project, rows } = await load(deps.db, doc.id);
    const now = deps.clock();
    const fields: Partial<Record<ProjectField, string>> = {};
    for (const c of changes) {
      const t = target(c.field, rows);
      if (t.kind === 'project') fields[t.field] = c.after as string;
      else
        await deps.db
          .update(projectIndicators)
          .set({ [t.prop]: c.after, updatedAt: now })
          .where(and(eq(projectIndicators.projectId, doc.id), eq(projectIndicators.position, t.position)));
    }
    // The project's version covers its goal table: a page opened before the change gets 412 on save.
    const updated = await deps.db
      .update(projects)
      .set({ ...fields, version: project.version + 1, updatedAt: now })
      .where(and(eq(projects.id, doc.id), eq(projects.version, project.version)))
      .returning({ id: projects.id });
    if (updated.length !== 1) throw new AppError('STALE', T.goalsChangedMeanwhile);
  },

  async check(deps, doc, _state, command) {
    if (command.type !== 'submit') return;
    await assertGoalsAllowed(deps.db, doc.id);
    const { project, rows } = await load(deps.db, doc.id);
    if (rows.length === 0) throw new AppError('VALIDATION', T.goalsWithoutIndicators);
    if (!project.goalExpected.trim()) throw new AppError('VALIDATION', T.goalsWithoutGoal);
    // 未达成 without 偏差原因 cannot go for review.
    const shortfall = shortfallMessage(rows.map(goalRowOf));
    if (shortfall) throw new AppError('VALIDATION', shortfall);
  },

  async labels(db, doc, fields) {
    if (fields.length === 0) return {};
    const rows = await db
      .select({ position: projectIndicators.position, level3: projectIndicators.level3 })
      .from(projectIndicators)
      .where(eq(projectIndicators.projectId, doc.id));
    const names = new Map(rows.map((r) => [String(r.position), r.level3]));
    const out: Record<string, string> = {};
    for (const f of fields) {
      const s = f.split('.');
      if (s[0] === 'project') out[f] = LABELS[s[1] ?? ''] ?? f;
      else if (s[0] === 'indicators') {
        const row = `第 ${s[1]} 行指标${names.get(s[1] ?? '') ? `「${names.get(s[1] ?? '')}」` : ''}`;
        out[f] = s[2] ? `${row} · ${LABELS[s[2]] ?? s[2]}` : row;
      }
    }
    return out;
  },

  async snapshot(deps, doc) {
    const p = await loadProject(deps.db, doc.id);
    if (!p) throw new AppError('NOT_FOUND', T.documentNotFound);
    const [org] = await deps.db
      .select({ name: organisations.name, parentId: organisations.parentId })
      .from(organisations)
      .where(eq(organisations.id, p.orgId));
    // 主管部门 as the 自评表 prints it (the parent, unless it is the finance department itself).
    const [parent] = org?.parentId
      ? await deps.db
          .select({ name: organisations.name, kind: organisations.kind })
          .from(organisations)
          .where(eq(organisations.id, org.parentId))
      : [];
    return asJson({
      project: {
        ...p,
        orgName: org?.name ?? '',
        ...(parent && parent.kind !== 'finance' ? { departmentName: parent.name } : {}),
      },
    });
  },
};
