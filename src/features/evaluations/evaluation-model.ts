/**
 * From rows to the domain and back: an evaluation's template snapshot, inputs and score sheets become
 * a domain `Evaluation`; `evaluate()` computes every figure; the result goes out with each decimal as
 * a string. Nothing here computes a score itself.
 */
import { eq, asc } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import type { IndicatorTemplate } from '../../domain/indicators/index.ts';
import { Dec } from '../../domain/money/index.ts';
import {
  evaluate,
  readEvaluation,
  type Evaluation,
  type EvaluationResult,
  type IndicatorInput,
  type ScoreSheet,
} from '../../domain/scoring/index.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { evaluations, organisations, projects, scoreSheets } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { SheetEntryInput } from './evaluations.schema.ts';

type EvaluationRow = typeof evaluations.$inferSelect;
type SheetRow = typeof scoreSheets.$inferSelect;

/** Decimals as strings, recursively: the JSON shape of a domain result. */
export type Plain<T> = T extends Dec
  ? string
  : T extends Array<infer U>
    ? Array<Plain<U>>
    : T extends object
      ? { [K in keyof T]: Plain<T[K]> }
      : T;

export function plain<T>(value: T): Plain<T> {
  if (value instanceof Dec) return value.toString() as Plain<T>;
  if (Array.isArray(value)) return value.map((v) => plain(v)) as Plain<T>;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)])) as Plain<T>;
  }
  return value as Plain<T>;
}

export function domainSheet(row: SheetRow): ScoreSheet {
  const entries = (row.entries ?? {}) as Record<string, SheetEntryInput>;
  const evaluator = {
    name: row.evaluatorName,
    ...(row.evaluatorTitle ? { title: row.evaluatorTitle } : {}),
    ...(row.evaluatorUnit ? { unit: row.evaluatorUnit } : {}),
  };
  const sheet: ScoreSheet = { evaluator };
  if (Object.keys(entries).length === 0 && row.total !== null) sheet.total = new Dec(row.total).toString();
  else sheet.scores = entries;
  if (row.given) sheet.given = row.given as NonNullable<ScoreSheet['given']>;
  return sheet;
}

export function domainEvaluation(row: EvaluationRow, sheets: SheetRow[], withGiven: boolean): Evaluation {
  const ev: Evaluation = {
    title: row.title,
    template: row.template as IndicatorTemplate,
    inputs: row.inputs as Record<string, IndicatorInput>,
    sheets: sheets.map(domainSheet),
  };
  if (withGiven && row.given) ev.given = row.given as NonNullable<Evaluation['given']>;
  return ev;
}

/** Checks inputs and sheet entries against the template with the domain's schema; a 400 naming the paths. */
export function requireValid(
  template: IndicatorTemplate,
  inputs: unknown,
  scores?: Record<string, SheetEntryInput>,
): void {
  const read = readEvaluation({
    template,
    inputs,
    sheets: scores ? [{ evaluator: { name: '-' }, scores }] : [],
  });
  if (read.ok) return;
  const shown = read.problems
    .slice(0, 5)
    .map((p) => `${p.path.replace('$.sheets[0].scores', '$.entries')}：${p.message}`);
  throw new AppError('VALIDATION', `提交的数据不符合指标体系：${shown.join('；')}。`, {
    problems: read.problems,
  });
}

export type SheetDto = {
  id: string;
  evaluatorId: string;
  evaluatorName: string;
  evaluatorTitle: string;
  evaluatorUnit: string;
  /** Hidden ({}) for another evaluator's sheet that is not submitted yet: evaluators score independently. */
  entries: Record<string, SheetEntryInput>;
  total: string | null;
  submitted: boolean;
  submittedAt: string | null;
  mine: boolean;
  version: number;
};

export type PanelDto = {
  evaluators: Array<{
    sheetId: string;
    name: string;
    title: string;
    unit: string;
    total: string;
    base: string;
    grade: string;
  }>;
  total: string;
  base: string;
  grade: string;
  places: number;
  disagreements: Plain<EvaluationResult['disagreements']>;
};

export type EvaluationDto = {
  id: string;
  orgId: string;
  orgName: string;
  projectId: string | null;
  projectName: string | null;
  fiscalYear: number;
  title: string;
  templateRef: string;
  template: IndicatorTemplate;
  inputs: Record<string, IndicatorInput>;
  given: Evaluation['given'] | null;
  version: number;
  updatedAt: string;
  sheets: SheetDto[];
  /** Every visible sheet scored by the domain (a "系统计算" sheet when there is none). */
  result: Plain<EvaluationResult>;
  /** The panel: the submitted sheets and their average (004: 99 and 98 → 98.5), or null before any is submitted. */
  panel: PanelDto | null;
  /**
   * Whether the visible scoring is complete. While it is not, `result.final.grade` is '' and no total or
   * grade may be shown: the page shows `text` ("未完成评分（缺 3 项）") and lists `missing`. Always sent.
   */
  completion?: CompletionDto;
};

export type CompletionDto = {
  complete: boolean;
  missingCount: number;
  missing: Array<{ id: string; name: string; label: string; field: string | null; message: string }>;
  /** "未完成评分（缺 N 项）" while incomplete, null when complete. */
  text: string | null;
};

export function completionOf(result: EvaluationResult): CompletionDto {
  const missing = result.final.missing.map((m) => ({
    id: m.id,
    name: m.name,
    label: m.label,
    field: m.field ?? null,
    message: m.message,
  }));
  return {
    complete: result.final.complete,
    missingCount: missing.length,
    missing,
    text: result.final.complete ? null : `未完成评分（缺 ${missing.length} 项）`,
  };
}

export async function evaluationOwner(db: DbOrTx, id: string): Promise<string | null> {
  const rows = await db.select({ orgId: evaluations.orgId }).from(evaluations).where(eq(evaluations.id, id));
  return rows[0]?.orgId ?? null;
}

export async function sheetOwner(db: DbOrTx, sheetId: string): Promise<string | null> {
  const rows = await db
    .select({ orgId: evaluations.orgId })
    .from(scoreSheets)
    .innerJoin(evaluations, eq(evaluations.id, scoreSheets.evaluationId))
    .where(eq(scoreSheets.id, sheetId));
  return rows[0]?.orgId ?? null;
}

export function panelOf(row: EvaluationRow, submitted: SheetRow[]): PanelDto | null {
  if (submitted.length === 0) return null;
  const r = evaluate(domainEvaluation(row, submitted, true));
  return {
    evaluators: r.sheets.map((s, i) => ({
      sheetId: submitted[i]!.id,
      name: s.evaluator.name,
      title: s.evaluator.title ?? '',
      unit: s.evaluator.unit ?? '',
      total: s.total.toString(),
      base: s.base.toString(),
      grade: s.grade,
    })),
    total: r.final.total.toString(),
    base: r.final.base.toString(),
    grade: r.final.grade,
    places: r.places,
    disagreements: plain(
      r.disagreements.filter((d) => d.what === 'final' || (d.sheet === null && d.what === 'grade')),
    ),
  };
}

export async function loadEvaluation(db: DbOrTx, actor: Actor, id: string): Promise<EvaluationDto | null> {
  const rows = await db
    .select({ ev: evaluations, orgName: organisations.name, projectName: projects.name })
    .from(evaluations)
    .innerJoin(organisations, eq(organisations.id, evaluations.orgId))
    .leftJoin(projects, eq(projects.id, evaluations.projectId))
    .where(eq(evaluations.id, id));
  const found = rows[0];
  if (!found) return null;
  const { ev } = found;
  const sheets = await db
    .select()
    .from(scoreSheets)
    .where(eq(scoreSheets.evaluationId, id))
    .orderBy(asc(scoreSheets.createdAt), asc(scoreSheets.evaluatorName));
  const visible = sheets.filter((s) => s.submitted || s.evaluatorId === actor.userId);
  const submitted = sheets.filter((s) => s.submitted);
  const result = evaluate(domainEvaluation(ev, visible, true));
  return {
    id: ev.id,
    orgId: ev.orgId,
    orgName: found.orgName,
    projectId: ev.projectId,
    projectName: found.projectName,
    fiscalYear: ev.fiscalYear,
    title: ev.title,
    templateRef: ev.templateRef,
    template: ev.template as IndicatorTemplate,
    inputs: ev.inputs as Record<string, IndicatorInput>,
    given: (ev.given as Evaluation['given']) ?? null,
    version: ev.version,
    updatedAt: ev.updatedAt.toISOString(),
    sheets: sheets.map((s) => {
      const shown = s.submitted || s.evaluatorId === actor.userId;
      return {
        id: s.id,
        evaluatorId: s.evaluatorId,
        evaluatorName: s.evaluatorName,
        evaluatorTitle: s.evaluatorTitle,
        evaluatorUnit: s.evaluatorUnit,
        entries: shown ? ((s.entries ?? {}) as Record<string, SheetEntryInput>) : {},
        total: shown && s.total !== null ? new Dec(s.total).toString() : null,
        submitted: s.submitted,
        submittedAt: s.submittedAt?.toISOString() ?? null,
        mine: s.evaluatorId === actor.userId,
        version: s.version,
      };
    }),
    result: plain(result),
    completion: completionOf(result),
    panel: panelOf(ev, submitted),
  };
}
