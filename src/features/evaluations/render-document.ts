/**
 * 下载自评文档: the 项目支出绩效自评表, 评分表, 评价人员评分表 and 自评报告 of an evaluation (for a 部门整体
 * evaluation the 部门整体支出绩效评价报告, with its 决算's totals), as DOCX or PDF,
 * rendered by src/documents/evaluation from the stored project, goal table and submitted score sheets.
 * The report's narrative is what the user wrote (report-narrative.ts); a section left empty falls back
 * to what people already wrote elsewhere — the project's goals, the evaluators' 存在问题 / 有关建议;
 * every figure is computed by the domain.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { FinalAccounts } from '../../domain/accounts/index.ts';
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import {
  DocumentInputError,
  renderEvaluationDocument,
  type DocumentFormat,
  type EvaluationDocumentData,
  type EvaluationDocumentKind,
  type RenderedDocument,
} from '../../documents/evaluation/index.ts';
import {
  finalAccounts,
  organisations,
  projectIndicators,
  projects,
  evaluations,
  scoreSheets,
} from '../../platform/db/schema/index.ts';
import { readDirection } from '../../domain/indicators/index.ts';
import { AppError } from '../../platform/errors.ts';
import { domainEvaluation } from './evaluation-model.ts';
import { deriveNarrative, mergeNarrative, storedNarrative } from './report-narrative.ts';

export async function renderDocument(
  deps: TxDeps,
  _actor: Actor,
  id: string,
  input: { kind: EvaluationDocumentKind; format: DocumentFormat },
): Promise<RenderedDocument> {
  const data = await evaluationDocumentData(deps, id);
  if (input.kind !== 'project-sheet' && !data.evaluation)
    throw new AppError('VALIDATION', '尚无已提交的评分表，无法生成该文档。');
  try {
    return await renderEvaluationDocument(input.kind, data, input.format);
  } catch (err) {
    if (err instanceof DocumentInputError) throw new AppError('VALIDATION', err.message);
    throw err;
  }
}

/** The data the documents are rendered from (also what the review workflow freezes as a numbered version). */
export async function evaluationDocumentData(
  deps: Pick<TxDeps, 'db'>,
  id: string,
): Promise<EvaluationDocumentData> {
  const [ev] = await deps.db.select().from(evaluations).where(eq(evaluations.id, id));
  if (!ev) throw new AppError('NOT_FOUND', '找不到该自评。');
  const sheets = (
    await deps.db
      .select()
      .from(scoreSheets)
      .where(eq(scoreSheets.evaluationId, id))
      .orderBy(asc(scoreSheets.createdAt), asc(scoreSheets.evaluatorName))
  ).filter((s) => s.submitted);
  const data: EvaluationDocumentData = {};
  if (sheets.length > 0) data.evaluation = domainEvaluation(ev, sheets, true);
  if (ev.projectId) {
    const [p] = await deps.db.select().from(projects).where(eq(projects.id, ev.projectId));
    const [org] = await deps.db.select().from(organisations).where(eq(organisations.id, ev.orgId));
    const parent = org?.parentId
      ? (await deps.db.select().from(organisations).where(eq(organisations.id, org.parentId)))[0]
      : undefined;
    const rows = await deps.db
      .select()
      .from(projectIndicators)
      .where(eq(projectIndicators.projectId, ev.projectId))
      .orderBy(asc(projectIndicators.position));
    if (p) {
      data.project = {
        year: p.fiscalYear,
        projectName: p.name,
        unit: org?.name ?? '',
        ...(parent && parent.kind !== 'finance' ? { department: parent.name } : {}),
        budget: { fiscal: p.budgetFiscal, other: p.budgetOther },
        executed: { fiscal: p.executedFiscal, other: p.executedOther },
        overallGoal: { expected: p.goalExpected, actual: p.goalActual },
        indicators: rows.map((r) => ({
          level1: r.level1,
          level2: r.level2,
          name: r.level3,
          target: r.target,
          actual: r.actual,
          ...(readDirection(r.direction) ? { direction: readDirection(r.direction)! } : {}),
          ...(r.deviationReason ? { deviationReason: r.deviationReason } : {}),
          ...(r.improvement ? { improvement: r.improvement } : {}),
        })),
      };
      // What the user wrote for the 自评报告; each empty section falls back to what the data says.
      data.narrative = mergeNarrative(
        await storedNarrative(deps.db, id),
        deriveNarrative(p, (ev.template as { name: string }).name, sheets),
      );
    }
  } else {
    // 部门整体: the organisation itself, with the totals of its 决算 of the year when one is filed.
    const [org] = await deps.db.select().from(organisations).where(eq(organisations.id, ev.orgId));
    const [fa] = await deps.db
      .select({ data: finalAccounts.data })
      .from(finalAccounts)
      .where(and(eq(finalAccounts.orgId, ev.orgId), eq(finalAccounts.fiscalYear, ev.fiscalYear)));
    const summary = fa ? (fa.data as FinalAccounts).current?.summary : undefined;
    data.department = {
      year: ev.fiscalYear,
      unit: org?.name ?? '',
      ...(summary
        ? { finance: { income: summary.income.total, expenditure: summary.expenditure.total } }
        : {}),
    };
    data.narrative = mergeNarrative(
      await storedNarrative(deps.db, id),
      deriveNarrative(null, (ev.template as { name: string }).name, sheets),
    );
  }
  return data;
}
