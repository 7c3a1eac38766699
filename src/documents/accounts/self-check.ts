/**
 * Reading a rendered explanation back for the checker. DOCX paragraphs come back whole; a PDF comes back
 * as printed lines (pdftotext -layout), and a sentence wrapped across two lines would be read as two
 * claims ("共有公务用车7辆，其中：轿车6辆、越野车0辆、载客" | "汽车1辆" reads as 6 + 0 ≠ 7). The explanation's
 * paragraphs start indented (2 characters) and continue at the margin, which is how the lines are joined
 * back into paragraphs (joinWrappedPdfLines).
 */
import { checkLines, type Finding, type SourceLine } from '../../domain/checks/index.ts';
import { extractRendered } from '../self-check.ts';

const TABLE_ROW = /\S {3,}\S/;
const PAGE_NUMBER = /^\s*—\s*\d+\s*—\s*$/;

/**
 * Page numbers and blank lines (page ends, space left by images) are dropped, so the lines read like the
 * DOCX's paragraphs; a line starting at the margin is joined to the prose line above it unless that line
 * ended a sentence or either is a table row.
 */
export function joinWrappedPdfLines(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const raw of lines) {
    const text = raw.text.replace(/\f/g, '');
    if (text.trim() === '' || PAGE_NUMBER.test(text)) continue;
    const line = { ...raw, text };
    const prev = out[out.length - 1];
    // At the top of a page pdftotext may print a paragraph's Latin number ("3.1.2") a line below the CJK
    // text it begins; put it back in front.
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

/** Checker findings of a rendered explanation (DOCX or PDF). */
export async function checkAccountsDocument(
  bytes: Buffer,
  format: 'docx' | 'pdf',
  year: number,
): Promise<Finding[]> {
  const lines = await extractRendered(bytes, format);
  return checkLines(format === 'pdf' ? joinWrappedPdfLines(lines) : lines, { year });
}
