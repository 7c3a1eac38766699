/**
 * Which files may be attached as 佐证材料, recognised by their content (magic numbers, the entries of an
 * Office or OFD package, text that is valid UTF-8), never by the name alone: the name's extension must
 * agree with what the content is. Pure: bytes in, a verdict out.
 */

export type EvidenceType = {
  /** The MIME type stored and served. */
  mime: string;
  /** What a user calls it. */
  label: string;
  /** Extensions (lowercase, no dot) a file of this type may carry. */
  extensions: readonly string[];
};

const PDF: EvidenceType = { mime: 'application/pdf', label: 'PDF 文档', extensions: ['pdf'] };
const PNG: EvidenceType = { mime: 'image/png', label: 'PNG 图片', extensions: ['png'] };
const JPEG: EvidenceType = { mime: 'image/jpeg', label: 'JPEG 图片', extensions: ['jpg', 'jpeg'] };
const GIF: EvidenceType = { mime: 'image/gif', label: 'GIF 图片', extensions: ['gif'] };
const WEBP: EvidenceType = { mime: 'image/webp', label: 'WebP 图片', extensions: ['webp'] };
const DOCX: EvidenceType = {
  mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  label: 'Word 文档',
  extensions: ['docx'],
};
const XLSX: EvidenceType = {
  mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  label: 'Excel 表格',
  extensions: ['xlsx'],
};
const PPTX: EvidenceType = {
  mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  label: 'PowerPoint 演示文稿',
  extensions: ['pptx'],
};
const OFD: EvidenceType = { mime: 'application/ofd', label: 'OFD 版式文档', extensions: ['ofd'] };
const DOC: EvidenceType = { mime: 'application/msword', label: 'Word 97-2003 文档', extensions: ['doc'] };
const XLS: EvidenceType = {
  mime: 'application/vnd.ms-excel',
  label: 'Excel 97-2003 表格',
  extensions: ['xls'],
};
const TXT: EvidenceType = { mime: 'text/plain; charset=utf-8', label: '文本文件', extensions: ['txt'] };
const CSV: EvidenceType = { mime: 'text/csv; charset=utf-8', label: 'CSV 表格', extensions: ['csv'] };

/** The allow-list, in the order the UI names it. */
export const EVIDENCE_TYPES: readonly EvidenceType[] = [
  PDF,
  OFD,
  PNG,
  JPEG,
  GIF,
  WEBP,
  DOCX,
  XLSX,
  PPTX,
  DOC,
  XLS,
  TXT,
  CSV,
];

/** The accepted extensions, as an `<input accept>` value. */
export const EVIDENCE_ACCEPT = EVIDENCE_TYPES.flatMap((t) => t.extensions.map((e) => `.${e}`)).join(',');

/** The allow-list in words, for messages and the upload hint. */
export const EVIDENCE_TYPES_LABEL = 'PDF、OFD、图片（PNG/JPG/GIF/WebP）、Word、Excel、PowerPoint、TXT、CSV';

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) =>
  b.length >= at + sig.length && sig.every((v, i) => b[at + i] === v);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Whether a ZIP holds an entry of this name (names sit uncompressed in its headers). */
function zipHasEntry(b: Uint8Array, name: string): boolean {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).includes(name, 0, 'latin1');
}

/** UTF-8 text without NUL or other control characters than tab, CR and LF. */
function isPlainText(b: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text);
}

/** Which kind of content these bytes are, or null when it is none of the allowed kinds. */
export function sniffContent(b: Uint8Array, extension: string): EvidenceType | null {
  if (startsWith(b, ascii('%PDF-'))) return PDF;
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(b, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(b, ascii('GIF87a')) || startsWith(b, ascii('GIF89a'))) return GIF;
  if (startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8)) return WEBP;
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) {
    if (zipHasEntry(b, 'OFD.xml')) return OFD;
    if (!zipHasEntry(b, '[Content_Types].xml')) return null;
    if (zipHasEntry(b, 'word/document.xml')) return DOCX;
    if (zipHasEntry(b, 'xl/workbook.xml')) return XLSX;
    if (zipHasEntry(b, 'ppt/presentation.xml')) return PPTX;
    return null;
  }
  // The compound file of Office 97-2003: Word and Excel look alike here, the name tells which.
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    return extension === 'xls' ? XLS : extension === 'doc' ? DOC : null;
  if (isPlainText(b)) return extension === 'csv' ? CSV : extension === 'txt' ? TXT : null;
  return null;
}

export type FileVerdict = { ok: true; type: EvidenceType } | { ok: false; message: string };

export function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName);
  return m ? m[1]!.toLowerCase() : '';
}

/** The file's type if it is allowed and its name agrees with its content; a Chinese reason otherwise. */
export function checkFileType(fileName: string, bytes: Uint8Array): FileVerdict {
  const ext = extensionOf(fileName);
  const byName = EVIDENCE_TYPES.find((t) => t.extensions.includes(ext));
  if (!byName)
    return {
      ok: false,
      message: `不支持的文件类型：「${fileName}」。佐证材料只接受 ${EVIDENCE_TYPES_LABEL} 文件。`,
    };
  const byContent = sniffContent(bytes, ext);
  if (!byContent)
    return {
      ok: false,
      message: `文件「${fileName}」的内容不是有效的${byName.label}（按文件内容识别），请检查文件是否损坏或扩展名是否正确。佐证材料只接受 ${EVIDENCE_TYPES_LABEL} 文件。`,
    };
  if (byContent !== byName)
    return {
      ok: false,
      message: `文件「${fileName}」的扩展名是 .${ext}，但内容是${byContent.label}，请改正扩展名后再上传。`,
    };
  return { ok: true, type: byContent };
}

/** A size as people read it: 20 MB, 1.5 MB, 800 KB. */
export function formatSize(bytes: number): string {
  const mb = 1024 * 1024;
  if (bytes >= mb) return `${(Math.round((bytes / mb) * 10) / 10).toString()} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} 字节`;
}
