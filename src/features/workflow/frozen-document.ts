/**
 * 评分表 / 评价报告 of a frozen version: rendered from the data snapshot taken at the final approval (not
 * from today's rows), with the approval trail of that version — names, positions, dates, opinions.
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
import type { TrailEntry } from '../../domain/workflow/index.ts';
import { workflowVersions } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import { workflowTexts as T } from './texts.ts';

/** The calendar date in China (UTC+8) of an instant: what a signature on a trail shows. */
export function chinaDate(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
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
  input: { number?: number | undefined; kind: EvaluationDocumentKind; format: DocumentFormat },
): Promise<RenderedDocument & { number: number }> {
  const where = input.number === undefined ? eq(workflowVersions.documentId, documentId) : and(eq(workflowVersions.documentId, documentId), eq(workflowVersions.number, input.number));
  const [version] = await deps.db.select().from(workflowVersions).where(where).orderBy(desc(workflowVersions.number)).limit(1);
  if (!version) throw new AppError('NOT_FOUND', T.noFrozenVersion(input.number));
  const snapshot = version.data as { documentData?: EvaluationDocumentData };
  if (!snapshot.documentData) throw new AppError('VALIDATION', T.noFrozenVersion(input.number));
  const trail = version.trail as TrailEntry[];
  const last = trail[trail.length - 1];
  const data: EvaluationDocumentData = {
    ...snapshot.documentData,
    approvals: approvalsOf(trail),
    // The 评价人员评分表 is signed by whoever approved last (004: the 评价工作组组长).
    ...(last && last.step !== null ? { panelOptions: { ...(snapshot.documentData.panelOptions ?? {}), leader: last.name, date: chinaDate(last.at) } } : {}),
  };
  if (input.kind !== 'project-sheet' && !data.evaluation) throw new AppError('VALIDATION', '该定稿版本没有评分表，无法生成该文档。');
  try {
    const doc = await renderEvaluationDocument(input.kind, data, input.format);
    const fileName = doc.fileName.replace(/(\.[a-z]+)$/, `（定稿第${version.number}版）$1`);
    return { ...doc, fileName, number: version.number };
  } catch (err) {
    if (err instanceof DocumentInputError) throw new AppError('VALIDATION', err.message);
    throw err;
  }
}
