/**
 * 自评报告 texts, the read model: what the user wrote in the 项目支出绩效自评报告 of an evaluation (table
 * evaluation_reports; saved by save-report-narrative.ts under the workflow's lock). The document takes each section from here
 * and, where the user wrote nothing, from what the data already says (the project's goals, the
 * evaluators' 存在问题 / 有关建议) — never invented text; every figure is computed by the domain.
 */
import { and, eq } from 'drizzle-orm';
import type { TxDeps } from '../../app/deps.ts';
import type { ReportNarrative } from '../../documents/evaluation/index.ts';
import type { IndicatorTemplate } from '../../domain/indicators/index.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import {
  evaluationReports,
  evaluations,
  projects,
  scoreSheets,
  users,
} from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { ReportNarrativeInput, SheetEntryInput } from './evaluations.schema.ts';

/** The stored narrative: every field optional, texts trimmed, empty ones left out. */
export type StoredNarrative = Partial<ReportNarrative>;

/** What the data gives for a section the user left empty. */
export type DerivedNarrative = Pick<ReportNarrative, 'problems' | 'suggestions'> &
  Partial<Pick<ReportNarrative, 'overview' | 'implementation' | 'organisation'>>;

export type ReportDto = {
  evaluationId: string;
  /** 0 while nothing has been saved. */
  version: number;
  narrative: StoredNarrative;
  /** The text the document prints for each section left empty. */
  derived: DerivedNarrative;
  /** The 一级指标 of the template: the sub-sections of 四、绩效评价分析 (keys of `narrative.analysis`). */
  analysisSections: Array<{ name: string; weight: string }>;
  updatedAt: string | null;
  updatedBy: string | null;
};

const TEXT_KEYS = [
  'preamble',
  'overview',
  'implementation',
  'fundsExplanation',
  'organisation',
  'method',
  'conclusion',
  'outcomes',
  'signedBy',
  'date',
] as const;

/** Trims every text (keeping line breaks inside), drops empty texts, empty list items and empty analyses. */
export function normaliseNarrative(input: ReportNarrativeInput | StoredNarrative): StoredNarrative {
  const out: StoredNarrative = {};
  for (const k of TEXT_KEYS) {
    const v = input[k]?.trim();
    if (v) out[k] = v;
  }
  for (const k of ['problems', 'suggestions'] as const) {
    const items = (input[k] ?? []).map((s) => s.trim()).filter(Boolean);
    if (items.length > 0) out[k] = items;
  }
  const analysis = Object.fromEntries(
    Object.entries(input.analysis ?? {})
      .map(([name, text]) => [name.trim(), text.trim()] as const)
      .filter(([name, text]) => name && text),
  );
  if (Object.keys(analysis).length > 0) out.analysis = analysis;
  return out;
}

/**
 * The narrative the report is rendered with: each section the user wrote, else what the data says,
 * else nothing (the renderer then prints only the computed figures of that section).
 */
export function mergeNarrative(stored: StoredNarrative, derived: DerivedNarrative): ReportNarrative {
  const pick = (k: 'overview' | 'implementation' | 'organisation') => stored[k] ?? derived[k];
  const out: ReportNarrative = {
    overview: pick('overview') ?? '',
    organisation: pick('organisation') ?? '',
    problems: stored.problems?.length ? stored.problems : derived.problems,
    suggestions: stored.suggestions?.length ? stored.suggestions : derived.suggestions,
  };
  const implementation = pick('implementation');
  if (implementation) out.implementation = implementation;
  for (const k of [
    'preamble',
    'fundsExplanation',
    'method',
    'conclusion',
    'outcomes',
    'signedBy',
    'date',
  ] as const) {
    const v = stored[k];
    if (v) out[k] = v;
  }
  if (stored.analysis && Object.keys(stored.analysis).length > 0) out.analysis = stored.analysis;
  return out;
}

/**
 * What the data says for the sections people write, as the report printed before anything was stored:
 * 项目概况 = the project's 年度总体目标 (预期), 项目实施情况 = its 实际完成情况, 评价组织情况 = who scored
 * (from the submitted sheets), 五 / 六 = the evaluators' 存在问题 / 有关建议 (each once).
 */
export function deriveNarrative(
  project: Pick<typeof projects.$inferSelect, 'name' | 'goalExpected' | 'goalActual'> | null,
  templateName: string,
  submitted: ReadonlyArray<Pick<typeof scoreSheets.$inferSelect, 'evaluatorName' | 'entries'>>,
): DerivedNarrative {
  const entries = submitted.flatMap((s) =>
    Object.values((s.entries ?? {}) as Record<string, SheetEntryInput>),
  );
  const unique = (xs: Array<string | undefined>) => [
    ...new Set(xs.map((x) => x?.trim() ?? '').filter((x) => x !== '')),
  ];
  const out: DerivedNarrative = {
    problems: unique(entries.map((e) => e.problem)),
    suggestions: unique(entries.map((e) => e.suggestion)),
  };
  if (project) {
    out.overview = project.goalExpected || project.name;
    if (project.goalActual) out.implementation = project.goalActual;
  }
  out.organisation =
    submitted.length > 1
      ? `本次自评由${submitted.map((s) => s.evaluatorName).join('、')}共${submitted.length}位评价人员按照${templateName}独立评分，最终得分取各评价人员得分的平均值。`
      : submitted.length === 1
        ? `本次自评由${submitted[0]!.evaluatorName}按照${templateName}评分。`
        : '本次自评尚无评价人员提交评分表。';
  return out;
}

async function derivedNarrative(
  db: DbOrTx,
  ev: { id: string; projectId: string | null; template: unknown },
): Promise<DerivedNarrative> {
  const project = ev.projectId
    ? ((await db.select().from(projects).where(eq(projects.id, ev.projectId)))[0] ?? null)
    : null;
  const submitted = await db
    .select({ evaluatorName: scoreSheets.evaluatorName, entries: scoreSheets.entries })
    .from(scoreSheets)
    .where(and(eq(scoreSheets.evaluationId, ev.id), eq(scoreSheets.submitted, true)))
    .orderBy(scoreSheets.createdAt, scoreSheets.evaluatorName);
  return deriveNarrative(project, (ev.template as IndicatorTemplate).name, submitted);
}

export async function storedNarrative(db: DbOrTx, evaluationId: string): Promise<StoredNarrative> {
  const [row] = await db
    .select({ narrative: evaluationReports.narrative })
    .from(evaluationReports)
    .where(eq(evaluationReports.id, evaluationId));
  return row ? normaliseNarrative(row.narrative as StoredNarrative) : {};
}

export async function loadReport(deps: Pick<TxDeps, 'db'>, id: string): Promise<ReportDto> {
  const [ev] = await deps.db
    .select({ id: evaluations.id, projectId: evaluations.projectId, template: evaluations.template })
    .from(evaluations)
    .where(eq(evaluations.id, id));
  if (!ev) throw new AppError('NOT_FOUND', '找不到该自评。');
  const [row] = await deps.db
    .select({
      narrative: evaluationReports.narrative,
      version: evaluationReports.version,
      updatedAt: evaluationReports.updatedAt,
      updatedBy: users.displayName,
    })
    .from(evaluationReports)
    .leftJoin(users, eq(users.id, evaluationReports.updatedBy))
    .where(eq(evaluationReports.id, id));
  return {
    evaluationId: id,
    version: row?.version ?? 0,
    narrative: row ? normaliseNarrative(row.narrative as StoredNarrative) : {},
    derived: await derivedNarrative(deps.db, ev),
    analysisSections: (ev.template as IndicatorTemplate).indicators.map((n) => ({
      name: n.name,
      weight: String(n.weight),
    })),
    updatedAt: row?.updatedAt.toISOString() ?? null,
    updatedBy: row?.updatedBy ?? null,
  };
}
