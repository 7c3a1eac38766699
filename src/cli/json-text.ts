/**
 * Reading a JSON file given on the command line: the text without its BOM, and where JSON.parse stopped
 * said as a line and column a user can find in an editor (JSON.parse's own words are English).
 */
export class JsonSyntaxError extends Error {}

/** Parses `text` (a leading BOM dropped); a syntax error names the file and the line and column. */
export function parseJsonText(text: string, file: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new JsonSyntaxError(
      `文件 ${file} 不是有效的 JSON：${whereItStopped(body, error)}（请确认文件完整、编码为 UTF-8）`,
    );
  }
}

function whereItStopped(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  if (text.trim() === '') return '文件是空的';
  if (/Unexpected end of JSON input/.test(message)) return '内容在文件末尾意外结束';
  const at = /position (\d+)/.exec(message);
  if (!at) return '格式有误';
  const before = text.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `第 ${line} 行第 ${column} 列附近格式有误`;
}
