/**
 * Every document Jixiao renders is read back the way a user's file would be — text extracted from the
 * DOCX (mammoth) or the PDF (pdftotext) — and run through the checker (校验). The findings go back with
 * the bytes, so a figure that disagrees with its own table can never leave unnoticed.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkLines, type CheckOptions, type Finding, type SourceLine } from '../domain/checks/index.ts';
import { extractDocx, extractPdf } from '../importers/extract-text.ts';
import type { DocumentFormat } from './evaluation/types.ts';

/** Text lines of a rendered document, as the checker reads a user's file (the importer expands merged DOCX cells to blanks). */
export async function extractRendered(bytes: Buffer, format: DocumentFormat): Promise<SourceLine[]> {
  if (format === 'docx') {
    return extractDocx(bytes);
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

export async function selfCheck(
  bytes: Buffer,
  format: DocumentFormat,
  options: CheckOptions = {},
): Promise<Finding[]> {
  return checkLines(await extractRendered(bytes, format), options);
}
