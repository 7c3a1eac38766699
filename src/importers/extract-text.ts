/**
 * Text extraction for the checker: .txt (UTF-8 or GB18030), .docx (paragraphs and table cells),
 * .xlsx (rows as tab-separated cells) and .pdf (poppler's pdftotext -layout). Every line keeps
 * where it came from (段落 / 表格 / 单元格 / 页), so a finding can point into the original file.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { SourceLine } from '../domain/checks/types.ts';
import { docxHtmlToLines } from './docx-lines.ts';

export type ExtractErrorCode = 'not-found' | 'unsupported' | 'unreadable' | 'tool-missing';

export class ExtractError extends Error {
  constructor(
    readonly code: ExtractErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractError';
  }
}

/** Decodes a text file: UTF-8 when valid, otherwise GB18030 (files saved by Chinese Windows). */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

export function textToLines(text: string): SourceLine[] {
  return text.replace(/\r\n?/g, '\n').split('\n').map((t) => ({ text: t }));
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ExtractError('not-found', `找不到文件：${path}`);
    if (code === 'EISDIR') throw new ExtractError('unreadable', `这是一个目录，不是文件：${path}`);
    throw new ExtractError('unreadable', `无法读取文件：${path}（${code ?? '未知原因'}）`);
  }
}

export async function extractDocx(bytes: Buffer): Promise<SourceLine[]> {
  const mammoth = (await import('mammoth')).default;
  try {
    const { value } = await mammoth.convertToHtml({ buffer: bytes });
    return docxHtmlToLines(value);
  } catch (error) {
    throw new ExtractError('unreadable', `无法解析 Word 文件：${(error as Error).message}`);
  }
}

export async function extractXlsx(bytes: Buffer): Promise<SourceLine[]> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new ExtractError('unreadable', `无法解析 Excel 文件：${(error as Error).message}`);
  }
  const lines: SourceLine[] = [];
  workbook.eachSheet((sheet) => {
    lines.push({ text: sheet.name, location: sheet.name });
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      const count = row.cellCount;
      for (let c = 1; c <= count; c++) cells.push(row.getCell(c).text.replace(/[\t\r\n]+/g, ' ').trim());
      const first = cells.findIndex((t) => t !== '');
      const firstAddress = row.getCell(first < 0 ? 1 : first + 1).address;
      lines.push({ text: cells.join('\t'), location: `${sheet.name}!${firstAddress}（第${rowNumber}行）` });
    });
    lines.push({ text: '' });
  });
  return lines;
}

export function extractPdf(path: string): Promise<SourceLine[]> {
  return new Promise((resolve, reject) => {
    execFile('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { maxBuffer: 256 * 1024 * 1024 }, (error, stdout) => {
      if (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          reject(new ExtractError('tool-missing', '读取 PDF 需要 pdftotext（Debian/Ubuntu：apt-get install poppler-utils），当前系统未安装。'));
        } else reject(new ExtractError('unreadable', `无法从 PDF 提取文字：${path}`));
        return;
      }
      const lines: SourceLine[] = [];
      stdout.split('\f').forEach((page, p) => {
        if (page === '' && p > 0) return;
        for (const t of page.replace(/\r\n?/g, '\n').split('\n')) lines.push({ text: t.replace(/ {2,}/g, '\t').trimEnd(), location: `第${p + 1}页` });
      });
      resolve(lines);
    });
  });
}

/** Lines of text of a .txt, .docx, .xlsx or .pdf file. */
export async function extractText(path: string): Promise<SourceLine[]> {
  const ext = extname(path).toLowerCase();
  if (!['.txt', '.md', '.csv', '.docx', '.xlsx', '.pdf'].includes(ext)) {
    throw new ExtractError('unsupported', `不支持的文件类型“${ext || '（无扩展名）'}”：只能检查 .txt、.docx、.xlsx 和 .pdf 文件。`);
  }
  if (ext === '.pdf') {
    await readBytes(path);
    return extractPdf(path);
  }
  const bytes = await readBytes(path);
  if (ext === '.docx') return extractDocx(bytes);
  if (ext === '.xlsx') return extractXlsx(bytes);
  return textToLines(decodeText(bytes));
}
