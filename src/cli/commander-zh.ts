/**
 * Commander's own words in Chinese: the help's headings and its -h/-V lines, and its usage errors
 * (a missing argument, an unknown option or command…), which reach the user as they are.
 * Subcommands inherit all of it (help and output configuration are copied when a command is added).
 */
import type { Command, Option } from 'commander';

/** The help's headings — all but "Usage: jixiao …", the line tools that drive the command look for. */
const TITLES: Record<string, string> = {
  'Options:': '选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
  'Global Options:': '全局选项：',
};

/** Commander's error messages, each with its Chinese form (the quoted name kept). */
const ERRORS: ReadonlyArray<[RegExp, (...groups: string[]) => string]> = [
  [/^error: missing required argument '([^']+)'/, (name) => `错误：缺少必需的参数 ${name}`],
  [/^error: option '([^']+)' argument missing/, (flags) => `错误：选项 ${flags} 缺少取值`],
  [/^error: required option '([^']+)' not specified/, (flags) => `错误：必须给出选项 ${flags}`],
  [/^error: unknown option '([^']+)'/, (flag) => `错误：未知的选项 ${flag}`],
  [/^error: unknown command '([^']+)'/, (name) => `错误：未知的命令 ${name}`],
  [
    /^error: too many arguments.*?Expected (\d+).*?got (\d+)/,
    (want, got) => `错误：参数过多（应为 ${want} 个，给出了 ${got} 个）`,
  ],
  [/^error: too many arguments/, () => '错误：参数过多'],
  [
    /^error: option '([^']+)' argument '([^']*)' is invalid\.?\s*(.*)/,
    (flags, value, why) => `错误：选项 ${flags} 的取值“${value}”无效${why ? `：${why}` : ''}`,
  ],
  [
    /^error: command-argument value '([^']*)' is invalid for argument '([^']+)'\.?\s*(.*)/,
    (value, name, why) => `错误：参数 ${name} 的取值“${value}”无效${why ? `：${why}` : ''}`,
  ],
];

/** One of commander's messages in Chinese (its "(Did you mean …?)" too); other text as it is. */
export function chineseCommanderMessage(text: string): string {
  const trimmed = text.trimEnd();
  const suggestion = /\s*\(Did you mean (.+?)\?\)\s*$/.exec(trimmed);
  const message = suggestion ? trimmed.slice(0, suggestion.index) : trimmed;
  for (const [re, say] of ERRORS) {
    const m = re.exec(message);
    if (m) return `${say(...m.slice(1))}${suggestion ? `（是否想用 ${suggestion[1]}？）` : ''}\n`;
  }
  return text;
}

/** An option's help line with its choices and default value said in Chinese. */
function optionDescription(option: Option): string {
  const extra: string[] = [];
  if (option.argChoices) extra.push(`可选：${option.argChoices.join('、')}`);
  const showDefault =
    option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
  if (option.defaultValue !== undefined && showDefault)
    extra.push(`默认：${option.defaultValueDescription ?? String(option.defaultValue)}`);
  if (option.envVar !== undefined) extra.push(`环境变量：${option.envVar}`);
  return extra.length === 0 ? option.description : `${option.description}（${extra.join('；')}）`;
}

/** The Chinese help and messages on `program` (before its commands are added, so they inherit them). */
export function inChinese(program: Command): Command {
  return program
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [command]', '显示某个命令的帮助')
    .configureHelp({ styleTitle: (title) => TITLES[title] ?? title, optionDescription })
    .configureOutput({ outputError: (text, write) => write(chineseCommanderMessage(text)) });
}
