/** Final accounts (决算): model, 科目 catalog, balance rules, explanation, charts, consolidation. */
export * from './model.ts';
export * from './catalog.ts';
export * from './catalogue-check.ts';
export * from './exchange.ts';
export * from './check-accounts.ts';
export * from './figures.ts';
export * from './cells.ts';
export * from './rules.ts';
export * from './charts.ts';
export {
  generateExplanation,
  figuresByKey,
  MISSING_TEXT,
  DEFAULT_LISTED_CLASSES,
  type Explanation,
  type ExplanationOptions,
  type Paragraph,
} from './explanation.ts';
export * from './consolidate.ts';
export * from './layout.ts';
export * from './tables.ts';
export * from './document-templates.ts';
export { Builder, finishHeadings } from './explanation-builder.ts';
