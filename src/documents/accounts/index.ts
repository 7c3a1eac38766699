/**
 * Final-accounts documents: the 决算情况说明 (DOCX / PDF, with 图1–图7 and the detail tables) and the 附表
 * workbook (XLSX). Every explanation is read back and checked before it is returned:
 *
 *   const { bytes, fileName, contentType, findings } = await renderAccountsExplanation(fa, 'docx');
 *   const { bytes } = await renderAccountsAppendix(fa);
 *
 * `findings` = checker findings on the extracted text, plus `document.text-missing` (line 0, warning) for
 * each reason a person still has to write (printed as 【待填写】 in the document).
 */
import {
  defaultTemplateFor,
  generateExplanation,
  type Explanation,
  type ExplanationOptions,
  type FinalAccounts,
} from '../../domain/accounts/index.ts';
import type { Finding } from '../../domain/checks/index.ts';
import { renderDocx } from '../docx/render-docx.ts';
import { approvalBlocks } from '../evaluation/common.ts';
import type { ApprovalStep } from '../evaluation/types.ts';
import type { DocumentModel } from '../model.ts';
import { sharedPdfRenderer, type PdfRenderer } from '../pdf/render-pdf.ts';
import { drawAccountsCharts, renderAccountsCharts, type ChartImage, type ChartRasteriser } from './charts.ts';
import { explanationModel } from './template-document.ts';
import { checkAccountsDocument } from './self-check.ts';

export {
  renderAccountsCharts,
  drawAccountsCharts,
  chartSpec,
  CHART_SIZE,
  type ChartImage,
  type ChartRasteriser,
} from './charts.ts';
export {
  explanationModel,
  templateDocumentModel,
  publicTableModel,
  chartIsEmpty,
} from './template-document.ts';
export { generalDetailTable, threePublicTable, CHART_AFTER } from './explanation-document.ts';
export { checkAccountsDocument, joinWrappedPdfLines } from './self-check.ts';
export { renderAccountsAppendix, appendixWorkbook, APPENDIX_SHEETS } from './appendix.ts';
export { publicTablesWorkbook, publicSheetName, PUBLIC_HEADER_ROW } from './public-workbook.ts';

export type AccountsDocumentFormat = 'docx' | 'pdf';

export const ACCOUNTS_CONTENT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export type AccountsRenderOptions = ExplanationOptions & {
  /** The PDF renderer (one browser); default the shared one. */
  pdf?: PdfRenderer;
  /** 图1–图7 already drawn for this FinalAccounts (e.g. when rendering DOCX and PDF of one unit). */
  charts?: readonly ChartImage[];
  /** Draws the charts' SVGs (the server's runs in a worker thread); default: on this thread. */
  rasterise?: ChartRasteriser;
  /** Skip reading the file back (only for benchmarks of the render alone); default false. */
  skipSelfCheck?: boolean;
  /** The review trail (a frozen version's): appended as a final 审核意见 table when given. */
  approvals?: readonly ApprovalStep[];
};

export type RenderedAccountsDocument = {
  bytes: Buffer;
  fileName: string;
  contentType: string;
  findings: Finding[];
  /** The generated explanation (paragraphs, figures, missing texts). */
  explanation: Explanation;
};

export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\r\n\t]+/g, '_').slice(0, 120);
}

/** The explanation and the template it follows, before any chart is drawn. */
function explain(fa: FinalAccounts, options: AccountsRenderOptions) {
  const template = options.template ?? defaultTemplateFor(fa);
  return { template, explanation: generateExplanation(fa, { ...options, template }) };
}

/** The document model of an explanation with its drawn charts. */
function assemble(
  fa: FinalAccounts,
  { template, explanation }: ReturnType<typeof explain>,
  charts: readonly ChartImage[],
  options: AccountsRenderOptions,
): { explanation: Explanation; charts: readonly ChartImage[]; model: DocumentModel } {
  const model = explanationModel(fa, explanation, charts, template, options.catalogue);
  const trail = approvalBlocks(options.approvals);
  return {
    explanation,
    charts,
    model: trail.length > 0 ? { ...model, blocks: [...model.blocks, ...trail] } : model,
  };
}

/** The explanation, its charts (drawn on this thread) and its document model, without rendering. */
export function buildAccountsExplanation(
  fa: FinalAccounts,
  options: AccountsRenderOptions = {},
): { explanation: Explanation; charts: readonly ChartImage[]; model: DocumentModel } {
  const explained = explain(fa, options);
  const charts = options.charts ?? renderAccountsCharts(explained.explanation.charts);
  return assemble(fa, explained, charts, options);
}

function missingNotes(e: Explanation): Finding[] {
  return e.missing.map((m) => {
    const p = e.paragraphs.find((x) => x.id === m.paragraphId);
    return {
      rule: 'document.text-missing',
      severity: 'warning' as const,
      line: 0,
      location: '数据',
      excerpt: p ? p.text.slice(0, 60) : m.paragraphId,
      expected: m.field,
      found: '【待填写】',
      message: `第${p?.section ?? ''}部分“${p ? p.text.slice(0, 20) : m.paragraphId}…”缺少需人工填写的说明（${m.field}）。`,
    };
  });
}

/** Renders the 决算情况说明 as DOCX or PDF and checks the rendered file. */
export async function renderAccountsExplanation(
  fa: FinalAccounts,
  format: AccountsDocumentFormat,
  options: AccountsRenderOptions = {},
): Promise<RenderedAccountsDocument> {
  const explained = explain(fa, options);
  const charts =
    options.charts ??
    (options.rasterise
      ? await drawAccountsCharts(explained.explanation.charts, options.rasterise)
      : renderAccountsCharts(explained.explanation.charts));
  const { explanation, model } = assemble(fa, explained, charts, options);
  const bytes =
    format === 'docx' ? await renderDocx(model) : await (options.pdf ?? sharedPdfRenderer()).render(model);
  const checked = options.skipSelfCheck ? [] : await checkAccountsDocument(bytes, format, fa.year);
  return {
    bytes,
    fileName: `${safeFileName(`${fa.unit.name}${explanation.title}`)}.${format}`,
    contentType: ACCOUNTS_CONTENT_TYPES[format],
    findings: [...missingNotes(explanation), ...checked],
    explanation,
  };
}
