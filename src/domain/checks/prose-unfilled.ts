/**
 * Text not filled in: a figure left out where the sentence needs one, and template residue (placeholders,
 * filling-in instructions).
 */
import { allMatches, endsWithWord, excerptOf, report, type Ctx } from './context.ts';
import { isWhite } from './layout.ts';
import { forEachProseLine } from './prose-lines.ts';

/** A figure left out where the sentence needs one ("完成预算%", "越野车.辆", "支出为万元"). */
export function checkMissingNumbers(ctx: Ctx): void {
  // Each pattern with a test of whether it can match at all (first: nearly every line has a % or a
  // 万元, with its figure).
  const patterns: [RegExp, (line: string) => boolean][] = [
    [
      /(完成预算|占|增长|下降|执行率|完成率|比重|节约率)(的|为)?\s*[%％]/g,
      (line) => wordBefore(line, '%', RATE_WORDS) || wordBefore(line, '％', RATE_WORDS),
    ],
    [/[^\d.\s]\.(辆|个|人次|次|台|套|批次)/g, (line) => unitAfterPoint(line)],
    // (Not a conversion of units: "按元折算为万元", "换算为万元", "单位为万元".)
    [
      /(?<!折算|换算|折合|转换|单位|金额单位|计量单位|元|以)(为|支出|收入|合计|总计|总额)\s*万元/g,
      (line) => wordBefore(line, '万元', AMOUNT_WORDS),
    ],
  ];
  forEachProseLine(ctx, (line, li) => {
    if (!/[%％.]|万元/.test(line)) return;
    // A line with no clause mark is a table's header or labels ("预算数 决算数 完成预算% 比上年增减%"), where a
    // word before % names a column: no sentence lacks its figure there.
    if (!/[，。；：,;:]/.test(line)) return;
    for (const [re, canMatch] of patterns) {
      if (!canMatch(line)) continue;
      for (const m of allMatches(line, re)) {
        // "金额单位除注明外均为万元": the clause states the unit the text uses, not an amount.
        if (STATES_UNIT.test(clauseBefore(line, m.index))) continue;
        // "完成预算%=决算数÷年初预算×100%": a column's formula names the column, no figure is missing; so does a
        // table's note telling how a column is reckoned ("注：…比上年增长%按上年同口径执行数计算").
        if (/^\s*[=＝]/.test(line.slice(m.index + m[0].length))) continue;
        if (
          /^\s*注[：:]/.test(line) &&
          /^\s*(?:按|为|是|指|系|根据|以|均)/.test(line.slice(m.index + m[0].length))
        )
          continue;
        report(
          ctx,
          li,
          'number.missing',
          'error',
          excerptOf(line, m.index, m.index + m[0].length, 20),
          '一个数字',
          m[0],
          `“${m[0]}”处缺少数字。`,
        );
      }
    }
  });
}

/**
 * A clause naming the unit its figures are in ("金额单位除注明外均为万元", "以下数据单位均为万元", "报告中的金额数据除
 * 特别注明外均为万元").
 */
const STATES_UNIT = /单位|计量|口径|除(?:特别|另行|另有)?(?:注明|说明|标注)外|金额数据/;

/** The clause of `line` before offset `at` (from the last clause mark). */
function clauseBefore(line: string, at: number): string {
  let k = at;
  while (k > 0 && !'，。；：,;:'.includes(line[k - 1]!)) k--;
  return line.slice(k, at);
}

/** Words a missing figure sits between and its % or 万元 (see checkMissingNumbers). */
const RATE_WORDS = ['完成预算', '占', '增长', '下降', '执行率', '完成率', '比重', '节约率'].flatMap((w) => [
  w,
  `${w}的`,
  `${w}为`,
]);
const AMOUNT_WORDS = ['为', '支出', '收入', '合计', '总计', '总额'];

const POINT_UNITS = ['辆', '个', '人次', '次', '台', '套', '批次'];
const POINT_UNIT_FIRSTS = new Set(POINT_UNITS.map((u) => u[0]!));

/** Whether some '.' in `line` has a count unit right after it ("共.辆": the figure is missing). */
function unitAfterPoint(line: string): boolean {
  for (let k = line.indexOf('.'); k >= 0; k = line.indexOf('.', k + 1)) {
    // (Nearly every '.' is a decimal point: a digit follows.)
    if (!POINT_UNIT_FIRSTS.has(line.charAt(k + 1))) continue;
    for (const unit of POINT_UNITS) if (line.startsWith(unit, k + 1)) return true;
  }
  return false;
}

/** The last characters of each word list wordBefore is given (its quick test). */
const lastCharsOf = new WeakMap<readonly string[], Set<string>>();

/** Whether some `mark` in `line` has one of `words` right before it, white space between allowed. */
function wordBefore(line: string, mark: string, words: readonly string[]): boolean {
  let lasts = lastCharsOf.get(words);
  if (!lasts) lastCharsOf.set(words, (lasts = new Set(words.map((w) => w[w.length - 1]!))));
  for (let k = line.indexOf(mark); k >= 0; k = line.indexOf(mark, k + 1)) {
    // (Nearly every % and 万元 follows its figure: no word ends there.)
    let j = k;
    while (j > 0 && isWhite(line.charCodeAt(j - 1))) j--;
    if (j > 0 && lasts.has(line.charAt(j - 1)) && endsWithWord(line, k, words)) return true;
  }
  return false;
}

/** "【填写说明：…" left open at the line's end: a note wrapped in a table cell, closed on the next line. */
const OPEN_NOTE = /【(?:罗列|列示|填写|请[填按根据]|此处)[^】]*$/;

/**
 * A template's note in 【】 wrapped over two lines (a narrow table cell: "【填写说明：未完成指标须分" above
 * "析偏差原因】"): the note with its rest, the words right before the next line's first 】.
 */
function unclosed(lines: readonly string[], li: number): Array<{ text: string; index: number }> {
  const m = OPEN_NOTE.exec(lines[li]!.trimEnd());
  const rest = m ? /(?:^|\s)([^\s【】]{1,30})】/.exec(lines[li + 1] ?? '') : null;
  return m && rest ? [{ text: `${m[0]}${rest[1]}】`, index: m.index }] : [];
}

/** A contact's title and surname right before a mask: "联系人：计划财务股  王", "经办人：李". */
const MASKED_NAME = /(?:联系人|经办人|负责人|填报人|审核人|联系电话)[^。；;]{0,20}[\u4e00-\u9fa5]\s*$/;

/** Template residue: placeholders and instructions left in the text. */
export function checkResidue(ctx: Ctx): void {
  // (Digits masked at a number's end, "0768-2213XXX", hide a telephone number on purpose: no placeholder.)
  const placeholder = /(?<![A-Za-z\d])(XX+|xx+|x,xxx(?:\.xx)?|X,XXX(?:\.XX)?|××+)(?![A-Za-z])/g;
  const instruction =
    /[（(](罗列[^）)]*|列示[^）)]*|填写[^）)]*|请[填按根据][^）)]*|此处[^）)]*|项目名称|单位名称|部门名称)[）)]|【(?:罗列|列示|填写|请[填按根据]|此处|项目名称|单位名称|部门名称)[^】]*】/g;
  ctx.lines.forEach((line, li) => {
    if (!/[Xx×（(【]/.test(line)) return;
    for (const m of allMatches(line, placeholder)) {
      // ("联系人：王××": a contact's given name masked on purpose in a published notice.)
      if (MASKED_NAME.test(line.slice(0, m.index))) continue;
      report(
        ctx,
        li,
        'residue.placeholder',
        'error',
        excerptOf(line, m.index, m.index + m[0].length, 20),
        '实际内容',
        m[0],
        `“${m[0]}”是模板占位符，未替换为实际内容。`,
      );
    }
    const notes = [
      ...allMatches(line, instruction).map((m) => ({ text: m[0], index: m.index })),
      ...unclosed(ctx.lines, li),
    ];
    for (const m of notes) {
      report(
        ctx,
        li,
        'residue.instruction',
        'error',
        excerptOf(line, m.index, m.index + m.text.length, 20),
        '删除填写说明',
        m.text,
        `“${m.text}”是模板的填写说明，应删除或替换为实际内容。`,
      );
    }
  });
}
