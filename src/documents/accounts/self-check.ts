/**
 * Reading a rendered 决算情况说明 back for the checker: the shared self-check (../self-check.ts), whose
 * layout stage reflows wrapped PDF lines. `joinWrappedPdfLines` remains for tests that read the printed
 * text as paragraphs.
 */
import type { Finding, SourceLine } from '../../domain/checks/index.ts';
import { selfCheck } from '../self-check.ts';

const TABLE_ROW = /\S {3,}\S/;
const PAGE_NUMBER = /^\s*—\s*\d+\s*—\s*$/;

/**
 * The printed lines of a PDF joined back into paragraphs (for reading its text, not for checking): page
 * numbers and blank lines dropped; a line starting at the margin is joined to the prose line above it
 * unless that line ended a sentence or either is a table row; a paragraph number displaced to the line
 * below ("3.1.2") is put back in front.
 */
export function joinWrappedPdfLines(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const raw of lines) {
    const text = raw.text.replace(/\f/g, '');
    if (text.trim() === '' || PAGE_NUMBER.test(text)) continue;
    const line = { ...raw, text };
    const prev = out[out.length - 1];
    if (prev && /^\s*\d+(\.\d+)*\.?\s*$/.test(text) && /^\s/.test(prev.text)) {
      out[out.length - 1] = { ...prev, text: `    ${text.trim()}${prev.text.trim()}` };
      continue;
    }
    const continues =
      prev !== undefined &&
      /^\S/.test(text) &&
      !TABLE_ROW.test(prev.text.trim()) &&
      !TABLE_ROW.test(text.trim()) &&
      !/[。：:]\s*$/.test(prev.text);
    if (continues) out[out.length - 1] = { ...prev, text: `${prev.text.trimEnd()}${text.trim()}` };
    else out.push(line);
  }
  return out;
}

/** Checker findings of a rendered explanation (DOCX or PDF), through the one self-check of every document. */
export async function checkAccountsDocument(
  bytes: Buffer,
  format: 'docx' | 'pdf',
  year: number,
): Promise<Finding[]> {
  return selfCheck(bytes, format, { year });
}
