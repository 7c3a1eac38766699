/**
 * Every document Jixiao renders is read back the way a user's file would be — text extracted from the
 * DOCX (mammoth: paragraphs and real tables) or the PDF (pdftotext -layout) — and run through the checker
 * (校验). One module for every document kind (evaluation documents, the 决算情况说明): the checker's layout
 * stage joins wrapped PDF lines into paragraphs, drops page numbers and reads space-aligned tables, so a
 * sentence broken over two printed lines is one claim. The findings go back with the bytes, so a figure that
 * disagrees with its own table can never leave unnoticed.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  checkDocumentLines,
  checkLines,
  type CheckOptions,
  type CheckReport,
  type Finding,
  type SourceLine,
} from '../domain/checks/index.ts';
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

/** Findings of a rendered document of any kind (DOCX or PDF). */
export async function selfCheck(
  bytes: Buffer,
  format: DocumentFormat,
  options: CheckOptions = {},
): Promise<Finding[]> {
  return checkLines(await extractRendered(bytes, format), options);
}

/** Findings and the claims checked (with their arithmetic) of a rendered document. */
export async function selfCheckReport(
  bytes: Buffer,
  format: DocumentFormat,
  options: CheckOptions = {},
): Promise<CheckReport> {
  return checkDocumentLines(await extractRendered(bytes, format), options);
}
