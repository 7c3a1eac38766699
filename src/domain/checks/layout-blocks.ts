/** The blocks of the document model (layout.ts builds them; modules it uses read them without a cycle). */
import type { TableRow } from './table-row.ts';

/** Where the text of a paragraph's later source line starts in the paragraph's text. */
export type LineBreak = { start: number; line: number };

export type Paragraph = {
  kind: 'paragraph';
  /** Reflowed text: wrapped lines joined, layout spaces beside CJK characters removed. */
  text: string;
  /**
   * The source lines (0-based) of `text` after `first`, in order: the text from one break's `start` up to
   * the next break came from its `line`, the text before the first break (all of it in a paragraph of
   * one line) from `first`. See paragraphLine.
   */
  breaks: readonly LineBreak[];
  first: number;
  last: number;
  heading: boolean;
};

/** 'plain': plain `pdftotext`, one cell per line without a tab (plain-tables.ts); cells by index as 'tsv'. */
export type TableShape = 'space' | 'tsv' | 'markdown' | 'cell-lines' | 'plain';
export type TableBlock = {
  kind: 'table';
  shape: TableShape;
  rows: TableRow[];
  first: number;
  last: number;
  /** The table's title (the nearest "…表" line above it), '' when none. */
  title: string;
  /** Amount unit of the table ("单位：万元"), '' when not stated. */
  unit: string;
  /** The words of a one-line header printed above the rows, one a column (continued-tables.ts), when read. */
  headWords?: readonly string[];
};

export type Block = Paragraph | TableBlock;
