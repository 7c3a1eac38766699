/**
 * Documents: a format-independent model (model.ts), its DOCX and HTML/PDF renderers, the self-check
 * that reads every rendered file back through the checker, and the evaluation documents.
 */
export * from './model.ts';
export { renderDocx } from './docx/render-docx.ts';
export { escapeHtml, renderHtml } from './pdf/render-html.ts';
export {
  CHROMIUM_ARGS,
  PdfRenderer,
  closePdfRenderer,
  renderPdf,
  sharedPdfRenderer,
  type PdfRendererOptions,
} from './pdf/render-pdf.ts';
export { extractRendered, selfCheck } from './self-check.ts';
export * from './evaluation/index.ts';
