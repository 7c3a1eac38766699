/**
 * The evaluation documents and their one entry point: build the model from domain data, render it as
 * DOCX or PDF, read it back through the checker, and return bytes, a file name and the findings.
 *
 *   renderEvaluationDocument('self-evaluation-report', data, 'pdf')
 *
 * Findings whose rule starts with "document." are about the data (an indicator nobody could judge, a
 * panel average that differs from the 评分表); they have line 0. All others come from the checker.
 */
import { fixed } from '../../domain/money/index.ts';
import type { Finding } from '../../domain/checks/index.ts';
import { evaluate, type Evaluation, type EvaluationResult } from '../../domain/scoring/index.ts';
import { renderDocx } from '../docx/render-docx.ts';
import { sharedPdfRenderer, type PdfRenderer } from '../pdf/render-pdf.ts';
import { selfCheck } from '../self-check.ts';
import type { Block, DocumentModel } from '../model.ts';
import { approvalBlocks, titled } from './common.ts';
import { panelBlocks } from './panel-sheet.ts';
import { buildProjectSheet, projectFigures } from './project-sheet.ts';
import { buildReport } from './report.ts';
import { buildDepartmentReport, departmentTitle } from './department-report.ts';
import { buildScoreTable, scoreSummary } from './score-table.ts';
import {
  DocumentInputError,
  type DocumentFormat,
  type EvaluationDocumentData,
  type EvaluationDocumentKind,
} from './types.ts';

export * from './types.ts';
export { projectFigures, buildProjectSheet, buildProjectSheetTable } from './project-sheet.ts';
export { scoreSummary, buildScoreTable } from './score-table.ts';
export { buildPanelTable, panelBlocks } from './panel-sheet.ts';
export { buildReport } from './report.ts';
export { buildDepartmentReport } from './department-report.ts';
export { approvalTable, chineseDate, titled } from './common.ts';

export const EVALUATION_DOCUMENT_KINDS: readonly EvaluationDocumentKind[] = [
  'project-sheet',
  'score-table',
  'panel-sheet',
  'self-evaluation-report',
];

export const KIND_NAMES: Record<EvaluationDocumentKind, string> = {
  'project-sheet': '项目支出绩效自评表',
  'score-table': '项目评分表',
  'panel-sheet': '评价人员评分表',
  'self-evaluation-report': '项目支出绩效自评报告',
};

export const CONTENT_TYPES: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export type BuiltDocument = {
  model: DocumentModel;
  notes: Finding[];
  year: number | undefined;
  grades: Evaluation['template']['grades'] | undefined;
};

export type RenderedDocument = { bytes: Buffer; fileName: string; contentType: string; findings: Finding[] };

export type RenderOptions = {
  /** The PDF renderer (one browser); default the shared one. */
  pdf?: PdfRenderer;
};

function note(rule: string, message: string, severity: Finding['severity'] = 'warning'): Finding {
  return { rule, severity, line: 0, location: '数据', excerpt: '', expected: '', found: '', message };
}

function need<T>(value: T | undefined, what: string, kind: EvaluationDocumentKind): T {
  if (value === undefined) throw new DocumentInputError(`生成“${KIND_NAMES[kind]}”需要${what}。`);
  return value;
}

function withApprovals(model: DocumentModel, data: EvaluationDocumentData): DocumentModel {
  const extra: Block[] = approvalBlocks(data.approvals);
  return extra.length > 0 ? { ...model, blocks: [...model.blocks, ...extra] } : model;
}

function scoreNotes(result: EvaluationResult): Finding[] {
  return result.errors.map((e) =>
    note('document.scoring-error', `${e.sheet}：“${e.label}”无法计分：${e.message}`, 'error'),
  );
}

/** The document model for a kind, and notes about the data (line 0). */
export function buildEvaluationDocument(
  kind: EvaluationDocumentKind,
  data: EvaluationDocumentData,
): BuiltDocument {
  const notes: Finding[] = [];
  const year = data.project?.year ?? data.department?.year;
  const grades = data.evaluation?.template.grades ?? data.panel?.template.grades;
  const goalNotes = (): void => {
    for (const o of projectFigures(data.project!).outcomes) {
      if (o.set && o.status === 'undetermined')
        notes.push(note('document.goal-undetermined', `“${o.row.name}”是否完成无法自动判断：${o.message}`));
      if (o.set && o.status === 'not-met' && !o.row.deviationReason)
        notes.push(note('document.reason-missing', `“${o.row.name}”未完成，请填写偏差原因及改进措施。`));
    }
  };
  switch (kind) {
    case 'project-sheet': {
      const project = need(data.project, '项目信息（project）', kind);
      goalNotes();
      return { model: withApprovals(buildProjectSheet(project), data), notes, year, grades };
    }
    case 'score-table': {
      const evaluation = need(data.evaluation, '评分数据（evaluation）', kind);
      const result = evaluate(evaluation);
      notes.push(...scoreNotes(result));
      const summary = scoreSummary(evaluation, result);
      const title = data.project
        ? titled(data.project, '项目评分表')
        : data.department
          ? departmentTitle(data.department, '部门整体支出绩效评分表')
          : (evaluation.title ?? result.templateName);
      const model: DocumentModel = {
        title,
        bodySize: 12,
        pageNumbers: true,
        blocks: [buildScoreTable(evaluation, summary)],
      };
      return { model: withApprovals(model, data), notes, year, grades };
    }
    case 'panel-sheet': {
      const panel = need(data.panel ?? data.evaluation, '评价人员评分（panel 或 evaluation）', kind);
      const result = evaluate(panel);
      notes.push(...scoreNotes(result));
      const model: DocumentModel = {
        title: data.project ? titled(data.project, '项目绩效评价人员评分表') : '绩效评价人员评分表',
        subtitle: data.project ? [`（${data.project.unit}）`] : undefined,
        bodySize: 12,
        pageNumbers: true,
        blocks: panelBlocks(result, data.panelOptions),
      };
      return { model: withApprovals(model, data), notes, year, grades };
    }
    case 'self-evaluation-report': {
      const evaluation = need(data.evaluation, '评分数据（evaluation）', kind);
      const narrative = need(data.narrative, '报告文字（narrative）', kind);
      const result = evaluate(evaluation);
      notes.push(...scoreNotes(result));
      const summary = scoreSummary(evaluation, result);
      const panel = data.panel ? evaluate(data.panel) : null;
      if (panel) {
        notes.push(...scoreNotes(panel));
        const a = fixed(panel.final.base, panel.places);
        const b = fixed(summary.base, summary.places);
        if (a !== b) {
          notes.push(
            note(
              'document.panel-vs-table',
              `评价人员平均分${a}与评分表得分${b}不一致；报告以评价人员平均分为最终得分。`,
            ),
          );
        }
      }
      // A 部门整体 evaluation (no project) gets the 部门整体支出绩效评价报告.
      if (!data.project && data.department) {
        const model = buildDepartmentReport({
          department: data.department,
          evaluation,
          summary,
          panel,
          narrative,
          approvals: data.approvals,
        });
        return { model, notes, year, grades };
      }
      const project = need(data.project, '项目信息（project）或部门信息（department）', kind);
      goalNotes();
      const model = buildReport({
        project,
        figures: projectFigures(project),
        evaluation,
        summary,
        panel,
        narrative,
        approvals: data.approvals,
      });
      return { model, notes, year, grades };
    }
  }
}

function safeFileName(title: string): string {
  return title.replace(/[\\/:*?"<>|\r\n\t]+/g, '_').slice(0, 120);
}

/** Renders a built model to bytes. */
export async function renderModel(
  model: DocumentModel,
  format: DocumentFormat,
  options: RenderOptions = {},
): Promise<Buffer> {
  return format === 'docx' ? renderDocx(model) : (options.pdf ?? sharedPdfRenderer()).render(model);
}

/**
 * Builds, renders and self-checks one evaluation document. Throws DocumentInputError (Chinese message)
 * when the data the kind needs is missing or malformed.
 */
export async function renderEvaluationDocument(
  kind: EvaluationDocumentKind,
  data: EvaluationDocumentData,
  format: DocumentFormat,
  options: RenderOptions = {},
): Promise<RenderedDocument> {
  const built = buildEvaluationDocument(kind, data);
  const bytes = await renderModel(built.model, format, options);
  const checked = await selfCheck(bytes, format, {
    year: built.year,
    grades: built.grades?.map((g) => ({ grade: g.grade, min: Number(g.min) })),
  });
  return {
    bytes,
    fileName: `${safeFileName(built.model.title)}.${format}`,
    contentType: CONTENT_TYPES[format],
    findings: [...built.notes, ...checked],
  };
}
