/**
 * The documents of a frozen version, rendered from the data snapshot taken at the final approval (not
 * from today's rows), with the approval trail of that version — names, positions, dates, opinions:
 *   evaluations      评分表 / 评价人员评分表 / 评价报告 / 自评表 (snapshot `documentData`)
 *   project goals    the 项目绩效目标完成情况表 (`project-sheet`, snapshot `project`)
 *   final accounts   the 决算情况说明 (`accounts-explanation`, snapshot `accounts`), the trail as a last
 *                    审核意见 table
 */
import { and, desc, eq } from 'drizzle-orm';
import type { TxDeps } from '../../app/deps.ts';
import {
  DocumentInputError,
  renderEvaluationDocument,
  type ApprovalStep,
  type DocumentFormat,
  type EvaluationDocumentData,
  type EvaluationDocumentKind,
  type RenderedDocument,
} from '../../documents/evaluation/index.ts';
import { renderAccountsExplanation } from '../../documents/accounts/index.ts';
import { rasteriseOffThread } from '../accounts/chart-rasteriser.ts';
import { frozenCatalogueOf, frozenTemplateOf, type FinalAccounts } from '../../domain/accounts/index.ts';
import { readDirection } from '../../domain/indicators/index.ts';
import type { DocumentKind, TrailEntry } from '../../domain/workflow/index.ts';
import { workflowDocuments, workflowVersions } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import { workflowTexts as T } from './texts.ts';

export type FrozenDocumentKind = EvaluationDocumentKind | 'accounts-explanation';

/** Which documents a frozen version of each document kind renders. */
export const FROZEN_DOCUMENTS: Record<DocumentKind, readonly FrozenDocumentKind[]> = {
  project_evaluation: ['score-table', 'panel-sheet', 'self-evaluation-report', 'project-sheet'],
  department_evaluation: ['score-table', 'panel-sheet', 'self-evaluation-report', 'project-sheet'],
  project_goals: ['project-sheet'],
  final_accounts: ['accounts-explanation'],
  // A frozen monitoring report's rows are read-only, so the monitoring page prints them as they were frozen.
  monitoring_report: [],
  // A frozen pre-assessment is shown on its own page (its five aspects and conclusion); no document to print.
  project_pre_assessment: [],
};

/** What a frozen goals snapshot holds of the project (the goals feature's project as the API showed it). */
type FrozenProject = {
  fiscalYear: number;
  name: string;
  orgName: string;
  departmentName?: string;
  budgetFiscal: string;
  budgetOther: string;
  executedFiscal: string;
  executedOther: string;
  goalExpected: string;
  goalActual: string;
  indicators: ReadonlyArray<{
    level1: string;
    level2: string;
    level3: string;
    target: string;
    actual: string;
    direction?: string | null;
    deviationReason?: string | null;
    improvement?: string | null;
  }>;
};
type GoalsSnapshot = { project?: FrozenProject };
type AccountsSnapshot = { accounts?: { data: FinalAccounts; template?: unknown; catalogue?: unknown } };

/** The goals snapshot (the project as the API showed it) as the 自评表's data. */
function goalsSheetData(
  p: NonNullable<GoalsSnapshot['project']>,
  approvals: ApprovalStep[],
): EvaluationDocumentData {
  return {
    project: {
      year: p.fiscalYear,
      projectName: p.name,
      unit: p.orgName,
      ...(p.departmentName ? { department: p.departmentName } : {}),
      budget: { fiscal: p.budgetFiscal, other: p.budgetOther },
      executed: { fiscal: p.executedFiscal, other: p.executedOther },
      overallGoal: { expected: p.goalExpected, actual: p.goalActual },
      indicators: p.indicators.map((r) => ({
        level1: r.level1,
        level2: r.level2,
        name: r.level3,
        target: r.target,
        actual: r.actual,
        ...(readDirection(r.direction) ? { direction: readDirection(r.direction)! } : {}),
        ...(r.deviationReason ? { deviationReason: r.deviationReason } : {}),
        ...(r.improvement ? { improvement: r.improvement } : {}),
      })),
      sheetTitle: '项目绩效目标完成情况表',
    },
    approvals,
  };
}

/** The calendar date in China (UTC+8) of an instant: what a signature on a trail shows. */
export function chinaDate(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Who signs the 评价人员评分表 as 评价工作组组长: the reviewer who acted on the chain as the panel's 组长 (a
 * position naming 组长, 004: 评价工作组组长), the latest one if the trail has several; nobody otherwise —
 * never simply the final approver.
 */
export function panelLeaderOf(trail: readonly TrailEntry[]): TrailEntry | null {
  const leaders = trail.filter((t) => t.step !== null && /组长/.test(t.position));
  return leaders[leaders.length - 1] ?? null;
}

export function approvalsOf(trail: readonly TrailEntry[]): ApprovalStep[] {
  return trail.map((t) => ({
    step: t.stepName,
    name: t.name,
    position: t.title ? `${t.position}（${t.title}）` : t.position,
    date: chinaDate(t.at),
    decision: t.step === null ? 'submitted' : 'approved',
    ...(t.opinion ? { opinion: t.opinion } : {}),
  }));
}

export async function renderFrozenDocument(
  deps: Pick<TxDeps, 'db'>,
  documentId: string,
  input: { number?: number | undefined; kind: FrozenDocumentKind; format: DocumentFormat },
): Promise<RenderedDocument & { number: number }> {
  const where =
    input.number === undefined
      ? eq(workflowVersions.documentId, documentId)
      : and(eq(workflowVersions.documentId, documentId), eq(workflowVersions.number, input.number));
  const [version] = await deps.db
    .select({
      number: workflowVersions.number,
      data: workflowVersions.data,
      trail: workflowVersions.trail,
      kind: workflowDocuments.kind,
    })
    .from(workflowVersions)
    .innerJoin(workflowDocuments, eq(workflowDocuments.id, workflowVersions.documentId))
    .where(where)
    .orderBy(desc(workflowVersions.number))
    .limit(1);
  if (!version) throw new AppError('NOT_FOUND', T.noFrozenVersion(input.number));
  const documentKind = version.kind as DocumentKind;
  if (!FROZEN_DOCUMENTS[documentKind]?.includes(input.kind))
    throw new AppError('VALIDATION', T.frozenKindNotAvailable(input.kind));
  const trail = version.trail as TrailEntry[];
  const named = (doc: RenderedDocument): RenderedDocument & { number: number } => ({
    ...doc,
    fileName: doc.fileName.replace(/(\.[a-z]+)$/, `（定稿第${version.number}版）$1`),
    number: version.number,
  });
  try {
    if (documentKind === 'final_accounts') {
      const snapshot = version.data as AccountsSnapshot;
      if (!snapshot.accounts) throw new AppError('VALIDATION', T.noFrozenVersion(input.number));
      const doc = await renderAccountsExplanation(snapshot.accounts.data, input.format, {
        // The template the version was frozen with, not the organisation's choice of today.
        template: frozenTemplateOf(snapshot.accounts.data, snapshot.accounts.template),
        // The 科目 names in force when it was frozen (the region's, if it had its own catalogue).
        catalogue: frozenCatalogueOf(snapshot.accounts.catalogue),
        approvals: approvalsOf(trail),
        rasterise: rasteriseOffThread,
      });
      return named({
        bytes: doc.bytes,
        fileName: doc.fileName,
        contentType: doc.contentType,
        findings: doc.findings,
      });
    }
    if (documentKind === 'project_goals') {
      const snapshot = version.data as GoalsSnapshot;
      if (!snapshot.project) throw new AppError('VALIDATION', T.noFrozenVersion(input.number));
      return named(
        await renderEvaluationDocument(
          'project-sheet',
          goalsSheetData(snapshot.project, approvalsOf(trail)),
          input.format,
        ),
      );
    }
    const kind = input.kind as EvaluationDocumentKind;
    const snapshot = version.data as { documentData?: EvaluationDocumentData };
    if (!snapshot.documentData) throw new AppError('VALIDATION', T.noFrozenVersion(input.number));
    const leader = panelLeaderOf(trail);
    const data: EvaluationDocumentData = {
      ...snapshot.documentData,
      approvals: approvalsOf(trail),
      // The 评价人员评分表 is signed by the panel's 评价工作组组长 (004), not by whoever approved last.
      ...(leader
        ? {
            panelOptions: {
              ...(snapshot.documentData.panelOptions ?? {}),
              leader: leader.name,
              date: chinaDate(leader.at),
            },
          }
        : {}),
    };
    if (kind !== 'project-sheet' && !data.evaluation)
      throw new AppError('VALIDATION', '该定稿版本没有评分表，无法生成该文档。');
    return named(await renderEvaluationDocument(kind, data, input.format));
  } catch (err) {
    if (err instanceof DocumentInputError) throw new AppError('VALIDATION', err.message);
    throw err;
  }
}
