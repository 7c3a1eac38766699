/**
 * zod's issues as Chinese sentences that say what is expected ("最多 200 个字符", "应为数字", "应不大于 12"),
 * for the API (installed for every schema by src/app/input-hygiene.ts) and for the files the CLI and the
 * importers read (`chineseFileError`, with the JSON path of each problem from `jsonPath`).
 */
import { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  bigint: '整数',
  boolean: '是或否（true/false）',
  object: '对象',
  array: '列表',
  date: '日期',
  null: '空值',
  undefined: '未填写',
  nan: '非数字',
  record: '对象（字段名和取值）',
  map: '对象',
  set: '列表',
  tuple: '列表',
};
const typeName = (t: unknown) => TYPE_NAMES[String(t)] ?? '规定的类型';

const FORMAT_NAMES: Record<string, string> = {
  uuid: '编号',
  email: '电子邮件地址',
  url: '网址',
  date: '日期（YYYY-MM-DD）',
  datetime: '日期时间',
  regex: '规定的格式',
};

export type Issue = {
  code: string;
  expected?: unknown;
  input?: unknown;
  origin?: string;
  maximum?: unknown;
  minimum?: unknown;
  inclusive?: boolean;
  format?: string;
  keys?: string[];
  values?: unknown[];
  divisor?: unknown;
};

/** zod's issue as a Chinese sentence; undefined leaves a schema's own message (or zod's) in place. */
export function chineseIssueMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `必须填写（应为${typeName(issue.expected)}）`
        : `应为${typeName(issue.expected)}`;
    case 'too_big': {
      const max = String(issue.maximum);
      const bound = issue.inclusive === false ? `小于 ${max}` : `不超过 ${max}`;
      if (issue.origin === 'string') return `最多 ${max} 个字符`;
      if (issue.origin === 'array' || issue.origin === 'set') return `最多 ${max} 项`;
      return `应${bound}`;
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string') return min === '1' ? '不能为空' : `至少 ${min} 个字符`;
      if (issue.origin === 'array' || issue.origin === 'set') return `至少 ${min} 项`;
      return issue.inclusive === false ? `应大于 ${min}` : `应不小于 ${min}`;
    }
    case 'invalid_format':
      return `不是有效的${FORMAT_NAMES[issue.format ?? ''] ?? '格式'}`;
    case 'not_multiple_of':
      return `应为 ${String(issue.divisor)} 的整数倍`;
    case 'unrecognized_keys':
      return `含有不认识的字段：${(issue.keys ?? []).join('、')}`;
    case 'invalid_value':
      return `应为以下之一：${(issue.values ?? []).map(String).join('、')}`;
    case 'invalid_union':
      return '不符合任何一种允许的形式';
    case 'invalid_key':
      return '字段名不符合要求';
    case 'invalid_element':
      return '其中有一项不符合要求';
    default:
      return undefined;
  }
}

const zhCN = z.locales.zhCN();

/**
 * For files: as the API says it, and a JSON number where a decimal string belongs gets its own explanation
 * (figures are decimal strings so that none is rounded on the way in).
 */
export const chineseFileError: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type' && issue.expected === 'string' && typeof issue.input === 'number') {
    return `数值须写成十进制数字字符串（如 "${String(issue.input)}"），不接受 JSON 数字`;
  }
  return chineseIssueMessage(issue as Issue) ?? zhCN.localeError(issue);
};

/** An issue's path as JSON path: $.indicators[0].weight, $["键 名"]. */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '$';
  for (const p of path)
    out +=
      typeof p === 'number'
        ? `[${p}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(p))
          ? `.${String(p)}`
          : `[${JSON.stringify(String(p))}]`;
  return out;
}

let installed = false;

/**
 * Makes every zod schema of this process speak Chinese where it has no message of its own: the server at
 * start, the CLI before a command runs (a reader without its own error map still says it in Chinese).
 */
export function installChineseValidationMessages(): void {
  if (installed) return;
  installed = true;
  z.config({ customError: (issue) => chineseIssueMessage(issue as Issue) });
}
