/**
 * Every document Jixiao renders is read back the way a user's file would be — text extracted from the
 * DOCX (mammoth) or the PDF (pdftotext) — and run through the checker (校验). The findings go back with
 * the bytes, so a figure that disagrees with its own table can never leave unnoticed.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkLines, type CheckOptions, type Finding, type SourceLine } from '../domain/checks/index.ts';
import { docxHtmlToLines } from '../importers/docx-lines.ts';
import { extractPdf } from '../importers/extract-text.ts';
import type { DocumentFormat } from './evaluation/types.ts';

/**
 * Fills the slots a merged cell covers with empty cells, so every row of a table has the header's width —
 * the shape of the seeds' own tables (merged 一级 cells read as blanks below the label). Without this the
 * checker skips rows shortened by rowspan and cannot verify the sums of a merged 评分表.
 */
export function expandTableSpans(html: string): string {
  return html.replace(/<table[^>]*>([\s\S]*?)<\/table>/gi, (_table, inner: string) => {
    const carry = new Map<number, number>();
    const rows = [...inner.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gi)].map((row) => {
      const out: string[] = [];
      let col = 0;
      const skipCovered = (): void => {
        while ((carry.get(col) ?? 0) > 0) {
          carry.set(col, carry.get(col)! - 1);
          out.push('<td></td>');
          col++;
        }
      };
      for (const c of row[1]!.matchAll(/<t([dh])([^>]*)>([\s\S]*?)<\/t\1>/gi)) {
        skipCovered();
        const attrs = c[2]!;
        const rowSpan = Number(/rowspan="(\d+)"/i.exec(attrs)?.[1] ?? 1);
        const colSpan = Number(/colspan="(\d+)"/i.exec(attrs)?.[1] ?? 1);
        for (let k = 0; k < colSpan; k++) {
          out.push(k === 0 ? `<td>${c[3]!}</td>` : '<td></td>');
          if (rowSpan > 1) carry.set(col, rowSpan - 1);
          col++;
        }
      }
      skipCovered();
      return `<tr>${out.join('')}</tr>`;
    });
    return `<table>${rows.join('')}</table>`;
  });
}

/** Text lines of a rendered document, as the checker reads a file (DOCX tables with merged slots as blanks). */
export async function extractRendered(bytes: Buffer, format: DocumentFormat): Promise<SourceLine[]> {
  if (format === 'docx') {
    const mammoth = (await import('mammoth')).default;
    const { value } = await mammoth.convertToHtml({ buffer: bytes });
    return docxHtmlToLines(expandTableSpans(value));
  }
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-doc-'));
  try {
    const path = join(dir, 'document.pdf');
    await writeFile(path, bytes);
    return await extractPdf(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function selfCheck(bytes: Buffer, format: DocumentFormat, options: CheckOptions = {}): Promise<Finding[]> {
  return checkLines(await extractRendered(bytes, format), options);
}
