/**
 * A change whose base is stated in the sentence before — "2023年度支出决算为1.25亿元，比2022年度增加0.05亿元。
 * 2024年度支出决算1.38亿元，比上年增加0.13亿元，增长10.40%。" (the sentence before states changes of its own,
 * so the stated-changes rule does not read across it), or in the last sentence of the paragraph before when
 * the change's sentence opens its paragraph: the amount must be this year − last year and a % stated
 * alone (this year − last year) ÷ last year, judged as change-claims.ts judges them (units converted with
 * their rounding, `inMoneyUnit`).
 *
 * Precision first: the change compares with last year (比上年 / 较上年 / 同比 / 比2023年度); its sentence
 * states exactly one amount before it, of this year; the sentence before states exactly one amount of
 * last year (上年 / 2023年度) named exactly as this year's (years and 为/是 aside, at least two
 * characters), no budget, in a money unit.
 */
import { type Ctx, endsWithWord, sentencesAt, sentences, type Span } from './context.ts';
import { figuresIn, judge, mentionsIn, type Figure } from './change-claims.ts';
import { CHANGE_WORDS } from './change-words.ts';
import { MONEY_UNITS } from './numbers.ts';
import { forEachFigureLine } from './prose-lines.ts';
import { isLastYear } from './prose-clauses.ts';

const CHANGES = /增加|减少|增长|下降|上升|降低|持平/;
const BUDGET = /预算(?:数|为|安排|金额|总额)|年初预算|全年预算|调整预算|调整后预算/;

/** A clause's name with years, 上年 / 本年 and a trailing 为 / 是 removed ("2023年度支出决算为" → "支出决算"). */
function nameKey(clause: string): string {
  let t = clause
    .replace(/20\d\d\s*年度?|上一?年度?|去年|本年度?|当年|同期/g, '')
    .replace(/^[，,、\s]*/, '')
    .trim();
  let prev = '';
  while (prev !== t) {
    prev = t;
    t = t.replace(/(为|是|[:：]|\s)$/, '');
  }
  return t;
}

export function checkChangesAcrossSentences(ctx: Ctx): void {
  const year = ctx.year;
  let blockOf: Map<number, number> | null = null;
  const lastYearWords = year === null ? '上年|去年|上一年' : `上年|去年|上一年|${year - 1}\\s*年`;
  const COMPARED = new RegExp(`(?:比|较|与)\\s*(?:${lastYearWords})|同比`);
  forEachFigureLine(ctx, (line, li) => {
    if (!/增加|减少|增长|下降|上升|降低/.test(line)) return;
    const sents = sentencesAt(ctx, li);
    sents.forEach((s, si) => {
      const mentions = mentionsIn(line, s).filter((m) => m.kind !== 'flat');
      const first = mentions[0];
      if (!first || /分别|各/.test(s.text)) return;
      if (!COMPARED.test(line.slice(s.start, first.start))) return;
      // This year's amount: the one amount of the sentence before its first change.
      const own = figuresIn(line, s.start, first.start);
      if (own.length !== 1) return;
      const current = own[0]!;
      if (isLastYear(current.clause, year) || BUDGET.test(current.clause)) return;
      const years = current.clause.match(/20\d\d/g) ?? [];
      if (years.some((y) => Number(y) !== year)) return;
      const name = nameKey(current.clause);
      if (name.length < 2) return;
      // The sentence before: in this paragraph when it states changes of its own (else the stated-changes
      // rule reads both sentences), or the last of the paragraph before when this sentence opens its own.
      let prevLine = line;
      let prev: Span | undefined;
      if (si > 0) {
        prev = sents[si - 1]!;
        if (!CHANGES.test(prev.text)) return;
      } else {
        blockOf ??= new Map(ctx.layout.blocks.map((b, k) => [b.first, k]));
        const k = blockOf.get(li);
        if (k === undefined || ctx.layout.blocks[k]!.kind !== 'paragraph') return;
        const above = ctx.layout.blocks[k - 1];
        if (!above || above.kind !== 'paragraph' || above.heading) return;
        prevLine = ctx.lines[above.first] ?? '';
        const ss = sentences(prevLine);
        prev = ss[ss.length - 1];
      }
      if (!prev) return;
      const last = figuresIn(prevLine, prev.start, prev.end).filter(
        (f) =>
          isLastYear(f.clause, year) &&
          !BUDGET.test(f.clause) &&
          !endsWithWord(f.clause, f.clause.length, CHANGE_WORDS) &&
          !/比|较|占|其中/.test(f.clause) &&
          nameKey(f.clause) === name,
      );
      if (last.length !== 1 || !comparable(last[0]!, current)) return;
      const sameLine = prevLine === line;
      const pair = {
        current,
        // (Offsets stay in the change's own line: from the paragraph before, the excerpt starts at this year's.)
        last: sameLine ? last[0]! : { ...last[0]!, at: current.at },
        currentName: name,
      };
      let afterAmount = false;
      for (const mention of mentions) {
        // A % right after an amount is judged by the change rule from that amount.
        if (!(mention.kind === 'percent' && afterAmount))
          judge(ctx, li, line, mention, pair, sameLine ? prev.start : s.start);
        afterAmount = mention.kind === 'amount';
      }
    });
  });
}

/** Two money figures that may be compared: the same unit, or 万元 and 亿元 (a small 元 may be a misprinted 万元). */
function comparable(a: Figure, b: Figure): boolean {
  if (!MONEY_UNITS.has(a.token.unit) || !MONEY_UNITS.has(b.token.unit)) return false;
  return a.token.unit === b.token.unit || (a.token.unit !== '元' && b.token.unit !== '元');
}
