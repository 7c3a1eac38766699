/**
 * Text extraction for the checker: .txt (UTF-8 or GB18030), .docx (paragraphs and table cells),
 * .xlsx (rows as tab-separated cells, a merged range's value in its first cell only) and .pdf (poppler's pdftotext -layout, spacing kept). Every line keeps
 * where it came from (段落 / 表格 / 单元格 / 页), so a finding can point into the original file.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import type { SourceLine } from '../domain/checks/types.ts';
import { docxHtmlToLines } from './docx-lines.ts';
import { displayedText } from './spreadsheet-cells.ts';

export type ExtractErrorCode = 'not-found' | 'unsupported' | 'unreadable' | 'tool-missing' | 'timeout';

/** pdftotext is killed (SIGKILL) after this long: a crafted PDF can keep it busy for minutes. */
export const PDF_TIMEOUT_MS = 20_000;

/**
 * How a PDF is read: pdftotext is killed after `pdfTimeoutMs`, or at once when `signal` aborts (the
 * request ended). `pdftotext` names another command (tests use a slow fake). Plain values: they cross
 * to a worker thread.
 */
export type ExtractOptions = { pdfTimeoutMs?: number; pdftotext?: string };
/** Not cloneable, given in-process (or by the worker pool, see TaskContext). */
export type ExtractContext = { signal?: AbortSignal; onChild?: (pid: number) => void };

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
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((t) => ({ text: t }));
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
  } catch {
    // The library's own words (zip internals, in English) mean nothing to a clerk: say what is expected.
    throw new ExtractError(
      'unreadable',
      '无法解析 Word 文件：文件已损坏，或不是 Word 2007 及以后的 .docx 格式。请在 Word 中打开并另存为 .docx 后重试。',
    );
  }
}

/**
 * One slot of a sheet row. A merged range's value is given once, in its first (top-left) cell; the slots it
 * covers read as empty cells — as the DOCX reader expands Word's merges — so a label merged down a column
 * or a 总分 merged across reads once, and the columns of every row still line up with the header.
 */
function slotText(cell: {
  isMerged: boolean;
  master: { address: string };
  address: string;
  value: unknown;
  numFmt?: string;
}): string {
  if (cell.isMerged && cell.master.address !== cell.address) return '';
  return displayedText(cell)
    .replace(/[\t\r\n]+/g, ' ')
    .trim();
}

export async function extractXlsx(bytes: Buffer): Promise<SourceLine[]> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ExtractError(
      'unreadable',
      '无法解析 Excel 文件：文件已损坏，或不是 Excel 2007 及以后的 .xlsx 格式。请在 Excel 中打开并另存为 .xlsx 后重试。',
    );
  }
  const lines: SourceLine[] = [];
  workbook.eachSheet((sheet) => {
    lines.push({ text: sheet.name, location: sheet.name });
    // Every row as wide as the sheet: a row ends at its last cell written, and a workbook written by a program
    // leaves out the empty cells after it (a 合计 row without 得分, an indicator without 偏差原因) — read short,
    // its figures would not be under its header's columns.
    let width = 0;
    sheet.eachRow({ includeEmpty: false }, (row) => (width = Math.max(width, row.cellCount)));
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      for (let c = 1; c <= width; c++) cells.push(slotText(row.getCell(c)));
      const first = cells.findIndex((t) => t !== '');
      const firstAddress = row.getCell(first < 0 ? 1 : first + 1).address;
      lines.push({ text: cells.join('\t'), location: `${sheet.name}!${firstAddress}（第${rowNumber}行）` });
    });
    lines.push({ text: '' });
  });
  return lines;
}

export function extractPdf(
  path: string,
  displayName: string = path,
  options: ExtractOptions = {},
  context: ExtractContext = {},
): Promise<SourceLine[]> {
  const timeoutMs = options.pdfTimeoutMs ?? PDF_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    const child = execFile(
      options.pdftotext ?? 'pdftotext',
      ['-layout', '-enc', 'UTF-8', path, '-'],
      {
        maxBuffer: 256 * 1024 * 1024,
        timeout: timeoutMs,
        killSignal: 'SIGKILL',
        ...(context.signal ? { signal: context.signal } : {}),
      },
      (error, stdout) => {
        if (error) {
          const e = error as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null };
          if (e.name === 'AbortError') {
            afterExit(() =>
              reject(
                new ExtractError(
                  'timeout',
                  `读取 PDF 文件“${basename(displayName)}”的请求已结束，已停止处理。`,
                ),
              ),
            );
          } else if (e.killed || e.signal === 'SIGKILL') {
            afterExit(() =>
              reject(
                new ExtractError(
                  'timeout',
                  `PDF 文件“${basename(displayName)}”的文字提取超过 ${Math.round(timeoutMs / 1000)} 秒仍未完成，已停止处理（文件可能经过特殊构造或过于复杂）。请另存为普通 PDF 或上传 Word 原件后重试。`,
                ),
              ),
            );
          } else if (e.code === 'ENOENT') {
            reject(
              new ExtractError(
                'tool-missing',
                '读取 PDF 需要 pdftotext（Debian/Ubuntu：apt-get install poppler-utils），当前系统未安装。',
              ),
            );
          } else
            reject(
              new ExtractError('unreadable', `无法从 PDF 提取文字：${displayName}（文件已损坏或加密）。`),
            );
          return;
        }
        const lines: SourceLine[] = [];
        stdout.split('\f').forEach((page, p) => {
          if (page === '' && p > 0) return;
          // Spaces are kept as pdftotext -layout prints them: the checker's layout stage reads
          // space-aligned columns and paragraph indentation from them.
          for (const t of page.replace(/\r\n?/g, '\n').split('\n'))
            lines.push({ text: t.trimEnd(), location: `第${p + 1}页` });
        });
        resolve(lines);
      },
    );
    // A killed pdftotext is answered for once it has exited (and this thread has reaped it): a worker
    // thread ended before then would leave it a zombie of the server's process.
    const afterExit = (settle: () => void) => {
      if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) settle();
      else child.once('exit', settle);
    };
    if (child.pid !== undefined) context.onChild?.(child.pid);
  });
}

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.csv', '.docx', '.xlsx', '.pdf'] as const;

function extensionOf(name: string): string {
  const ext = extname(name).toLowerCase();
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new ExtractError(
      'unsupported',
      `不支持的文件类型“${ext || '（无扩展名）'}”：只能检查 .txt、.docx、.xlsx 和 .pdf 文件。`,
    );
  }
  return ext;
}

/** The bytes of a .docx or .xlsx are a ZIP archive; of a .pdf they start with %PDF. */
function looksLike(ext: string, bytes: Uint8Array): boolean {
  if (ext === '.docx' || ext === '.xlsx') return bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (ext === '.pdf') return new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');
  return true;
}

const KIND_NAME: Record<string, string> = { '.docx': 'Word', '.xlsx': 'Excel', '.pdf': 'PDF' };

/**
 * Lines of text of an uploaded file, from its name (for the type) and its bytes. A PDF goes through
 * pdftotext on a private temporary file, removed afterwards whatever happens.
 */
export async function extractTextFromBuffer(
  fileName: string,
  bytes: Uint8Array,
  options: ExtractOptions = {},
  context: ExtractContext = {},
): Promise<SourceLine[]> {
  const ext = extensionOf(fileName);
  if (bytes.length === 0) throw new ExtractError('unreadable', `文件“${fileName}”是空的。`);
  if (!looksLike(ext, bytes)) {
    throw new ExtractError(
      'unreadable',
      `文件“${fileName}”不是有效的 ${KIND_NAME[ext]} 文件（内容与扩展名不符或文件已损坏）。`,
    );
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (ext === '.docx') return extractDocx(buffer);
  if (ext === '.xlsx') return extractXlsx(buffer);
  if (ext === '.pdf') {
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-pdf-'));
    try {
      const file = join(dir, 'upload.pdf');
      await writeFile(file, buffer, { mode: 0o600 });
      return await extractPdf(file, basename(fileName), options, context);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return textToLines(decodeText(bytes));
}

/** Lines of text of a .txt, .docx, .xlsx or .pdf file. */
export async function extractText(path: string): Promise<SourceLine[]> {
  const ext = extensionOf(path);
  if (ext === '.pdf') {
    await readBytes(path);
    return extractPdf(path);
  }
  const bytes = await readBytes(path);
  if (ext === '.docx') return extractDocx(bytes);
  if (ext === '.xlsx') return extractXlsx(bytes);
  return textToLines(decodeText(bytes));
}
