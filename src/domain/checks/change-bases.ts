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
import { allMatches, type Ctx, endsWithWord, sentencesAt, sentences, type Span } from './context.ts';
import { figuresIn, judge, mentionsIn, type Figure, type Mention } from './change-claims.ts';
import { CHANGE_WORDS } from './change-words.ts';
import { mentionsAny } from './document-words.ts';
import { MONEY_UNITS, scanNumbers } from './numbers.ts';
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

/** The words naming last year in COMPARED (a year printed "2024 年" is "2024年" to mentionsAny), and 同比. */
function lastYearNames(year: number | null): string[] {
  return ['上年', '去年', '上一年', '同比', ...(year === null ? [] : [`${year - 1}年`])];
}

export function checkChangesAcrossSentences(ctx: Ctx): void {
  const year = ctx.year;
  // (A change read says 增加, 减少, 增长, 下降, 上升 or 降低, compared with last year: COMPARED's words.)
  if (!mentionsAny(ctx, ['增加', '减少', '增长', '下降', '上升', '降低'])) return;
  if (!mentionsAny(ctx, lastYearNames(year))) return;
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

/** "增幅为6.10%" / "增长率为…%": a change stated only as a % (the change mentions read "增长6.10%"). */
const RATE_ONLY = /(增幅|降幅|减幅|增长率|下降率)\s*(?:为|是|达到|达)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;

/** How many sentences back a change stated without its amounts looks for them. */
const REACH = 12;

/** A stretch of text the carried change reads its figures from: a sentence, in a logical line. */
type Stretch = { line: string; s: Span };

/**
 * A change whose sentence states no amount at all — "与上年相比，收入增幅为6.10%。" or "2024年度比上年减少
 * 22,586.60元，下降8.56%。" — its figures stated in the sentences before: this year's and last year's, each
 * the one of its kind there. The amount must be this year − last year, the % (this year − last year) ÷
 * last year, judged as change-claims.ts judges them.
 *
 * Precision first: the sentence compares with last year before its first change and states no amount
 * before it; the figures are read back through its paragraph and the two paragraphs before (no heading or
 * table between), a 其中 list, a share, a budget or a change left aside; the nearest of last year's figures
 * and this year's figure of the same name must each be the only one of their kind there (another figure of
 * this year stated after it, of another name: not read); a subject the sentence names ("收入增幅") must be
 * in both names; the sentence right before states no figure of this year (the other change rules read
 * that shape).
 */
export function checkCarriedChanges(ctx: Ctx): void {
  const year = ctx.year;
  if (year === null) return;
  // (A change read says one of the words the line is tested for, compared with last year: COMPARED's words.)
  if (!mentionsAny(ctx, ['增加', '减少', '增长', '下降', '上升', '降低', '增幅', '降幅', '减幅'])) return;
  if (!mentionsAny(ctx, lastYearNames(year))) return;
  let blockOf: Map<number, number> | null = null;
  const blockAt = (li: number): number | undefined =>
    (blockOf ??= new Map(ctx.layout.blocks.map((b, k) => [b.first, k]))).get(li);
  const COMPARED = new RegExp(`(?:比|较|与|同)\\s*(?:上年|去年|上一年|${year - 1}\\s*年)|同比`);
  forEachFigureLine(ctx, (line, li) => {
    if (!/增加|减少|增长|下降|上升|降低|增幅|降幅|减幅|增长率|下降率/.test(line)) return;
    const k = blockAt(li);
    if (k === undefined || ctx.layout.blocks[k]!.kind !== 'paragraph') return;
    const sents = sentencesAt(ctx, li);
    sents.forEach((s, si) => {
      const mentions: Mention[] = mentionsIn(line, s).filter((m) => m.kind !== 'flat');
      for (const m of allMatches(s.text, RATE_ONLY)) {
        const start = s.start + m.index;
        const figure = scanNumbers(line.slice(start, start + m[0].length)).find((t) => t.unit === '%');
        if (!figure) continue;
        figure.start += start;
        figure.end += start;
        mentions.push({
          kind: 'percent',
          up: /增/.test(m[1]!),
          word: m[1]!,
          figure,
          start,
          end: start + m[0].length,
        });
      }
      mentions.sort((a, b) => a.start - b.start);
      const first = mentions[0];
      if (!first || /分别|各|其中/.test(s.text)) return;
      const lead = line.slice(s.start, first.start);
      if (!COMPARED.test(lead) || /预算|计划|目标/.test(lead)) return;
      if (scanNumbers(lead).some((t) => MONEY_UNITS.has(t.unit) || t.unit === '%')) return;
      // Years other than the document's and last year in the lead: another comparison.
      if ((lead.match(/20\d\d/g) ?? []).some((y) => Number(y) !== year && Number(y) !== year - 1)) return;
      const subject = subjectOf(lead);
      // The sentences before, nearest first: this paragraph's, then up to two paragraphs before — at most
      // REACH of them (a long paragraph is not read back to its start for every change in it).
      const before: Stretch[] = [];
      for (let j = si - 1; j >= 0 && before.length < REACH; j--) before.push({ line, s: sents[j]! });
      for (let j = k - 1; j >= Math.max(0, k - 2) && before.length < REACH; j--) {
        const b = ctx.layout.blocks[j]!;
        if (b.kind !== 'paragraph' || b.heading) break;
        const text = ctx.lines[b.first] ?? '';
        const ss = sentences(text);
        for (let x = ss.length - 1; x >= 0 && before.length < REACH; x--)
          before.push({ line: text, s: ss[x]! });
      }
      // The sentence right before states this year's figure: the other change rules' shape ("X万元。与上年相比，
      // 增加D万元，增长P%") — read here only when none of them read the change.
      if (
        si > 0 &&
        figuresIn(line, sents[si - 1]!.start, sents[si - 1]!.end).some((f) => !isLastYear(f.clause, year))
      ) {
        const lines = new Set(mentions.map((m) => ctx.layout.lineAt(li, m.start) + 1));
        if (ctx.claims.some((c) => c.kind === 'change' && lines.has(c.line))) return;
      }
      let last: Figure | null = null;
      let lastName = '';
      const currents: { f: Figure; name: string; order: number }[] = [];
      let order = 0;
      // A change stated only as a %, after a rate ("执行率95.00%。与上年相比，下降2.00%"): of the rate, maybe.
      const percentOnly = !mentions.some((m) => m.kind === 'amount');
      for (const { line: text, s: sentence } of before) {
        if (/分别|各/.test(sentence.text)) return;
        if (percentOnly && currents.length === 0 && /\d\s*[%％]/.test(sentence.text)) return;
        const listAt = sentence.text.search(/其中|主要包括|主要用于/);
        for (const f of figuresIn(text, sentence.start, sentence.end).reverse()) {
          order++;
          if (listAt >= 0 && f.at >= sentence.start + listAt) continue;
          if (endsWithWord(f.clause, f.clause.length, CHANGE_WORDS) || /占|比|较|结转|结余/.test(f.clause))
            continue;
          if (BUDGET.test(f.clause)) continue;
          const years = f.clause.match(/20\d\d/g) ?? [];
          if (isLastYear(f.clause, year)) {
            if (last) return; // two figures of last year in reach: which one is not told
            last = f;
            lastName = nameKey(f.clause);
            continue;
          }
          if (years.some((y) => Number(y) !== year)) return;
          currents.push({ f, name: nameKey(f.clause).replace(/^(?:全年|年度|本部门|本单位)/, ''), order });
        }
        if (last && currents.length > 0) break;
      }
      if (!last || currents.length === 0) return;
      const l: Figure = last;
      if (lastName.length < 2) return;
      // This year's figure: the nearest one stated, of last year's name (one ends with the other).
      const c = currents[0]!;
      if (c.name.length < 2 || !(lastName.endsWith(c.name) || c.name.endsWith(lastName))) return;
      if (currents.slice(1).some((o) => o.f.token.value !== c.f.token.value && sameName(o.name, c.name)))
        return;
      if (subject !== '' && !(c.name.includes(subject) && lastName.includes(subject))) return;
      if (!comparable(l, c.f)) return;
      const pair = {
        current: { ...c.f, at: s.start },
        last: { ...l, at: s.start },
        currentName: c.name,
      };
      for (const mention of mentions) judge(ctx, li, line, mention, pair, s.start);
    });
  });
}

function sameName(a: string, b: string): boolean {
  return a.endsWith(b) || b.endsWith(a);
}

/** The subject a change's lead names ("与上年相比，收入" → "收入"): comparisons, years and commas removed. */
function subjectOf(lead: string): string {
  const tail = lead.slice(
    Math.max(lead.lastIndexOf('，'), lead.lastIndexOf(','), lead.lastIndexOf('；')) + 1,
  );
  return tail
    .replace(/(?:比|较|与|同)\s*(?:上年度?|去年|上一年度?|20\d\d\s*年度?)(?:同期)?(?:相比)?/g, '')
    .replace(/20\d\d\s*年度?|本年度?|全年|同比|相比/g, '')
    .replace(/(?:的|总体|整体|共|合计)$/, '')
    .trim();
}
