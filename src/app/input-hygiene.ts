/**
 * What the API says about input it cannot take, in Chinese, for every route at once:
 *  - zod's own messages (a schema without a message of its own) become Chinese sentences that say
 *    what is expected ("最多 200 个字符", "应为数字") instead of zod's English;
 *  - text with characters a document cannot hold (NUL and other control characters, U+FFFE / U+FFFF,
 *    a lone surrogate) is refused before it is stored, naming the field — such a character in a name
 *    makes a DOCX that Word cannot open, and PostgreSQL refuses NUL with an error, not a message;
 *  - a figure the database cannot store (an integer beyond its range) is a 400, not a 500.
 */

export { chineseIssueMessage, installChineseValidationMessages } from '../domain/validation/messages.ts';

// NUL and C0 controls other than tab / line feed / carriage return, U+FFFE / U+FFFF (noncharacters),
// and a surrogate without its pair.
const UNUSABLE =
  // eslint-disable-next-line no-control-regex -- control characters are what this finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first string in a JSON value holding a character no document can hold: its path and the character. */
/**
 * Nesting far beyond anything Jixiao's forms and files hold (a template of six levels is about 15 deep);
 * deeper input is refused before recursive code (validation, JSON columns) walks it. Features that take
 * nested files refuse them earlier, with their own limit and message (src/features/uploads/json-guard.ts).
 */
export const MAX_INPUT_DEPTH = 256;

/**
 * The first unusable character in a request body (keys and values), or `depth` when the body is nested
 * deeper than any form sends. Walks with its own stack, so a hostile body cannot overflow the call stack.
 */
export function findUnusableCharacter(
  value: unknown,
): { path: string; codePoint: string } | { path: string; depth: true } | null {
  const stack: Array<{ value: unknown; path: readonly string[] }> = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop()!;
    if (typeof v === 'string') {
      const m = UNUSABLE.exec(v);
      if (!m) continue;
      const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      return { path: path.join('.'), codePoint: `U+${code}` };
    }
    // A raw upload (application/octet-stream) is a file, not text a document will print.
    if (v === null || typeof v !== 'object' || v instanceof Uint8Array) continue;
    if (path.length >= MAX_INPUT_DEPTH) return { path: path.slice(0, 3).join('.'), depth: true };
    // Pushed in reverse so the first field is looked at first (the message names the first problem).
    const entries = Array.isArray(v) ? v.map((x, i) => [String(i), x] as const) : Object.entries(v);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [k, x] = entries[i]!;
      stack.push({ value: x, path: [...path, k] });
      if (!Array.isArray(v)) stack.push({ value: k, path });
    }
  }
  return null;
}

export function unusableCharacterMessage(
  found: { path: string; codePoint: string } | { path: string; depth: true },
): string {
  if ('depth' in found) return `请求内容的嵌套层级超过 ${MAX_INPUT_DEPTH} 层，不是有效的内容，已拒绝处理。`;
  const where = found.path ? `字段“${found.path}”` : '请求内容';
  return `${where}含有无法保存或打印的字符（${found.codePoint}，多为从其他软件复制带入的控制字符），请删除后重试。`;
}

/**
 * PostgreSQL's data errors (class 22: a number out of range, NUL in text, a malformed value) are the
 * user's input, not a fault of the server.
 */
export function databaseInputMessage(error: unknown): string | null {
  // The query layer wraps the driver's error (its `cause`).
  const e = error as { code?: unknown; cause?: { code?: unknown } } | null;
  const code = typeof e?.code === 'string' && /^\d/.test(e.code) ? e.code : e?.cause?.code;
  if (typeof code !== 'string' || !code.startsWith('22')) return null;
  if (code === '22003') return '提交的数值超出允许范围，请检查后重试。';
  if (code === '22021' || code === '22P05') return '提交的内容含有无法保存的字符，请删除后重试。';
  return '提交的内容格式不正确，请检查后重试。';
}
