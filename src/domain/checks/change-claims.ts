/**
 * Changes against last year when both years' figures are stated ("2024年度支出120.00万元，2023年度为
 * 100.00万元，增加20.00万元，增长20.00%" / "…，与上年持平"): the change amount must be this year − last year,
 * 持平 needs the two figures equal, a % from a zero base cannot be computed, and a % stated without an
 * amount must be (this year − last year) ÷ last year. Rounding-aware: a difference the printed figures'
 * own rounding explains is a note, never an error.
 *
 * Precision first: a change is checked only when the stretch before it (its sentence, and the sentence
 * before when it opens its own) holds exactly one figure marked as last year's and exactly one other
 * figure, of the same thing (their names, when written, agree) and in the same unit.
 */
import { changePercent, Dec, dec } from '../money/index.ts';
import { forEachFigureLine } from './prose-lines.ts';
import {
  allMatches,
  claim,
  endsWithWord,
  excerptOf,
  lastIndexOfAny,
  report,
  sentencesAt,
  type Ctx,
  type Span,
} from './context.ts';
import { MONEY_UNITS, scanNumbers, type NumberToken } from './numbers.ts';
import { reportZeroBase } from './prose-changes.ts';
import { isLastYear, subjectKey } from './prose-clauses.ts';
import { halfUlp, inMoneyUnit, judgeRatio, plain, show, verdictClause, type Printed } from './verdict.ts';
import { mentionsAny } from './document-words.ts';

export type Mention = {
  kind: 'amount' | 'percent' | 'flat';
  up: boolean;
  word: string;
  /** The printed figure (amount or %), absent for 持平. */
  figure?: NumberToken;
  start: number;
  end: number;
};

export type Figure = { token: NumberToken; at: number; clause: string };

const MENTION =
  /(增加|减少|增长|下降|上升|降低)\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元|%|％)|(?<!基本|总体|大致|大体|基本上|趋于|保持|略有)持平/g;
const UP = /增加|增长|上升/;
/** A budget, not a year's outturn. */
const BUDGET = /年初预算|全年预算|调整预算|调整后预算|预算数|预算为|预算安排|预算金额|预算总额/;

const printedOf = (t: NumberToken): Printed => ({ value: t.value, places: t.places });
const slack = (...ps: Printed[]): Dec =>
  ps.reduce((a, p) => (p.places === 0 ? a : a.plus(halfUlp(p.places))), new Dec(0));

/** A clause's subject for matching: scope words (years, 上年, 本年, 为, 决算…) removed. */
function nameOf(clause: string, year: number | null): string {
  const y = year === null ? '' : `|${year}\\s*年度?|${year - 1}\\s*年度?`;
  // ("收、支总计" is the usual short form of 收入、支出总计.)
  return subjectKey(
    clause
      .replace(/收、支/g, '收入、支出')
      .replace(new RegExp(`上年度?|上一年度?|去年|本年度?|当年|同期${y}`, 'g'), '')
      .replace(/^[，,、\s]*(同比|与|同|比|较)?/, '')
      .replace(/(相比|同比)$/, ''),
  );
}

/** Marks that end a clause, in a sentence and across sentences. */
const CLAUSE_MARKS_IN_SENTENCE = ['，', ',', '；', ';', '：', ':'];
const CLAUSE_MARKS = [...CLAUSE_MARKS_IN_SENTENCE, '。'];

const compatible = (a: string, b: string): boolean => a === '' || b === '' || a.endsWith(b) || b.endsWith(a);

export function figuresIn(line: string, from: number, to: number): Figure[] {
  const text = line.slice(from, to);
  const out: Figure[] = [];
  for (const t of scanNumbers(text)) {
    if (!MONEY_UNITS.has(t.unit)) continue;
    const before = text.slice(0, t.start);
    const cs = lastIndexOfAny(before, CLAUSE_MARKS, before.length) + 1;
    out.push({ token: t, at: from + t.start, clause: before.slice(cs) });
  }
  return out;
}

/**
 * The mentions read in each sentence of a document (sentencesAt's spans, each of one logical line): three
 * change rules read the same sentences. Shared: neither the lists nor their mentions are to be changed.
 */
const MENTIONS = new WeakMap<Span, readonly Mention[]>();

/** The changes stated in sentence `s` of `line` (增加/减少… an amount or a %, or 持平), offsets in the line. */
export function mentionsIn(line: string, s: Span): readonly Mention[] {
  let mentions = MENTIONS.get(s);
  if (mentions === undefined) {
    mentions = readMentions(line, s);
    MENTIONS.set(s, mentions);
  }
  return mentions;
}

function readMentions(line: string, s: Span): Mention[] {
  const mentions: Mention[] = [];
  for (const m of allMatches(s.text, MENTION)) {
    const start = s.start + m.index;
    if (m[1] === undefined) {
      mentions.push({ kind: 'flat', up: false, word: '持平', start, end: start + m[0].length });
      continue;
    }
    const figure = scanNumbers(line.slice(start + m[1].length, start + m[0].length), 1)[0];
    if (!figure) continue;
    figure.start += start + m[1].length;
    figure.end += start + m[1].length;
    mentions.push({
      kind: figure.unit === '%' ? 'percent' : 'amount',
      up: UP.test(m[1]),
      word: m[1],
      figure,
      start,
      end: start + m[0].length,
    });
  }
  return mentions;
}

const JOINT_TOTALS_EACH = /(?:收、支|收入、支出|收入和支出|收支)总计(?:各|均)(?:增加|减少|增长|下降)/;

export function checkStatedChanges(ctx: Ctx): void {
  // (Every claim reads a change worded 增加/减少/增长/下降/上升/降低 or 持平.)
  if (!mentionsAny(ctx, ['增加', '减少', '增长', '下降', '上升', '降低', '持平'])) return;
  const year = ctx.year;
  forEachFigureLine(ctx, (line, li) => {
    if (!/增加|减少|增长|下降|上升|降低|持平/.test(line)) return;
    const sents = sentencesAt(ctx, li);
    sents.forEach((s, si) => {
      const mentions = mentionsIn(line, s);
      // "收、支总计各增加D万元": the two totals of a 决算 are one figure (收入总计 = 支出总计), which changed by D —
      // read with the figures named 总计 only. Any other "各" / "分别" names several figures: not read.
      const jointTotals = JOINT_TOTALS_EACH.test(s.text);
      if (mentions.length === 0 || (/分别|各/.test(s.text) && !jointTotals)) return;
      const prev = sents[si - 1];
      let spanStart = s.start;
      // The sentence before carries the figures when this one opens with the change ("与上年相比，增加…").
      if (prev && !/增加|减少|增长|下降|上升|降低|持平/.test(prev.text)) spanStart = prev.start;
      let lastEnd = spanStart;
      let lastAmount: Mention | null = null;
      for (const mention of mentions) {
        const figures = figuresIn(line, lastEnd, mention.start).filter(
          (f) =>
            !endsWithWord(f.clause, f.clause.length, ['增加', '减少', '增长', '下降', '上升', '降低']) &&
            !BUDGET.test(f.clause) &&
            !/其中|占/.test(f.clause) &&
            (!jointTotals || f.clause.includes('总计')),
        );
        const follows =
          lastAmount !== null && /^\s*[，,、]\s*$/.test(line.slice(lastAmount.end, mention.start));
        if (mention.kind !== 'percent' || !follows) {
          const pair = twoYears(figures, year) ?? currentAbove(ctx, li, figures, year);
          if (pair) {
            const subject = nameOf(
              withoutAmounts(line.slice(clauseStart(line, mention.start, spanStart), mention.start)),
              year,
            );
            if (jointTotals || compatible(subject, pair.currentName))
              judge(ctx, li, line, mention, pair, spanStart);
          }
        }
        if (mention.kind === 'amount') lastAmount = mention;
        else lastAmount = null;
        lastEnd = mention.end;
        if (mention.kind === 'percent' && follows) continue;
      }
    });
  });
}

/**
 * A clause that carries the base's amount names its subject before it: "比2023年执行数78,604.18万元增加" is of
 * 执行数 (the amount left out). One that names nothing but the amount is kept whole (it matches no name).
 */
function withoutAmounts(clause: string): string {
  const words = clause.replace(AMOUNT_IN_CLAUSE, '');
  return /[\u4e00-\u9fa5]{2}$/.test(words) && !/(?:年度?|比|较)$/.test(words) ? words : clause;
}

const AMOUNT_IN_CLAUSE = /\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元)/g;

function clauseStart(line: string, at: number, from: number): number {
  return Math.max(from, lastIndexOfAny(line, CLAUSE_MARKS_IN_SENTENCE, at - 1) + 1);
}

export type Pair = { current: Figure; last: Figure; currentName: string };

/** Exactly one figure of last year and one other figure, of one unit and one thing; else null. */
function twoYears(figures: readonly Figure[], year: number | null): Pair | null {
  const last = figures.filter((f) => isLastYear(f.clause, year));
  const current = figures.filter((f) => !isLastYear(f.clause, year));
  if (last.length !== 1 || current.length !== 1) return null;
  const [l, c] = [last[0]!, current[0]!];
  if (!comparableUnits(l.token, c.token)) return null;
  const currentName = nameOf(c.clause, year);
  if (!compatible(currentName, nameOf(l.clause, year))) return null;
  return { current: c, last: l, currentName };
}

/**
 * The same unit, or two money units (one figure is taken in the other's unit, its rounding with it: judge).
 * A 元 amount under 10 000 may be a 万元 amount misprinted (the unit rule): never compared across units.
 */
function comparableUnits(a: NumberToken, b: NumberToken): boolean {
  if (a.unit === b.unit) return true;
  const small = (t: NumberToken): boolean => t.unit === '元' && dec(t.value).lt(10000);
  return MONEY_UNITS.has(a.unit) && MONEY_UNITS.has(b.unit) && !small(a) && !small(b);
}

/** The finer of money units (元 < 万元 < 亿元): figures in two units are compared in the finer. */
const FINER = ['元', '万元', '亿元'];
const finer = (a: string, b: string): string => (FINER.indexOf(a) <= FINER.indexOf(b) ? a : b);

/** A figure in `unit`, and how the message shows it ("2.35亿元（即23500万元，精确到±50万元）"). */
function taken(t: NumberToken, unit: string): { printed: Printed; text: string } {
  if (t.unit === unit) return { printed: printedOf(t), text: `${t.value}${unit}` };
  const printed = inMoneyUnit(t.value, t.places, t.unit, unit)!;
  const within = printed.places < 0 ? `，精确到±${plain(halfUlp(printed.places))}${unit}` : '';
  return { printed, text: `${t.value}${t.unit}（即${printed.value}${unit}${within}）` };
}

/**
 * "2023年度全年执行数为X万元，2024年度较上年增加D万元" opening a paragraph whose year's figure the paragraph
 * before states ("全年执行数为Y万元"): the one figure there with exactly the same name is this year's.
 */
function currentAbove(ctx: Ctx, li: number, figures: readonly Figure[], year: number | null): Pair | null {
  const last = figures.filter((f) => isLastYear(f.clause, year));
  if (last.length !== 1 || last.length !== figures.length) return null;
  const l = last[0]!;
  const name = nameOf(l.clause, year);
  if (name.length < 2) return null;
  let lj = li - 1;
  while (lj >= 0 && ctx.lines[lj]!.trim() === '') lj--;
  const above = ctx.lines[lj];
  if (above === undefined || HEADING_LINE.test(above)) return null;
  const same = figuresIn(above, 0, above.length).filter(
    (f) =>
      f.token.unit === l.token.unit &&
      !isLastYear(f.clause, year) &&
      !BUDGET.test(f.clause) &&
      !/其中|占|增加|减少|增长|下降/.test(f.clause) &&
      nameOf(f.clause, year) === name,
  );
  if (same.length !== 1) return null;
  // Offsets stay in the change's own line: the excerpt starts at last year's figure.
  return { current: { ...same[0]!, at: l.at }, last: l, currentName: name };
}

/** A heading line ("二、预算执行情况"): the paragraph above it belongs to another section. */
const HEADING_LINE =
  /^\s*([一二三四五六七八九十]+\s*[、.．]|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+部分)/;

export function judge(
  ctx: Ctx,
  li: number,
  line: string,
  mention: Mention,
  pair: Pair,
  spanStart: number,
): void {
  const amountFigure = mention.kind === 'amount' ? mention.figure : undefined;
  // Figures in two money units are compared in the finer one (a change in 万元 of totals in 亿元).
  let unit = finer(pair.current.token.unit, pair.last.token.unit);
  if (amountFigure) {
    if (!comparableUnits(amountFigure, pair.current.token) || !comparableUnits(amountFigure, pair.last.token))
      return;
    unit = finer(unit, amountFigure.unit);
  }
  const current = taken(pair.current.token, unit);
  const lastYear = taken(pair.last.token, unit);
  const c = current.printed;
  const l = lastYear.printed;
  const diff = dec(c.value).minus(l.value);
  const places = Math.max(0, c.places, l.places);
  const base = `本年${current.text}，上年${lastYear.text}`;
  const excerpt = excerptOf(
    line,
    Math.max(spanStart, Math.min(pair.current.at, pair.last.at)),
    mention.end,
    0,
  );
  const at = mention.figure ? mention.figure.start : mention.start;
  if (mention.kind === 'flat') {
    const tol = slack(c, l);
    const verified = diff.abs().lte(tol);
    claim(
      ctx,
      'change',
      li,
      at,
      verified,
      `${c.value} − ${l.value} = ${show(diff, places)}${unit}，文中“持平”`,
    );
    if (diff.isZero()) return;
    report(
      ctx,
      li,
      'change.flat',
      verified ? 'note' : 'error',
      excerpt,
      `${diff.isPositive() ? '增加' : '减少'}${show(diff.abs(), places)}${unit}`,
      '持平',
      verified
        ? `${base}，相差${show(diff.abs(), places)}${unit}，在两数各自四舍五入的误差范围内，可视为持平。`
        : `${base}，${c.value} − ${l.value} = ${show(diff, places)}${unit}，两年并不相等，文中却写“持平”。`,
      at,
    );
    return;
  }
  const figure = mention.figure!;
  const stated = printedOf(figure);
  if (mention.kind === 'percent') {
    if (dec(l.value).isZero()) {
      // (Last year printed 0 in a coarser unit than this year's may be up to half its last digit.)
      if (l.places < 0) return;
      reportZeroBase(ctx, li, excerpt, `上年数为${lastYear.text}`, `${mention.word}${figure.value}%`, at);
      return;
    }
    if (diff.isZero() || diff.isPositive() !== mention.up) {
      if (diff.isZero()) return;
      claim(
        ctx,
        'change',
        li,
        at,
        false,
        `${c.value} − ${l.value} = ${show(diff, places)}${unit}，文中${mention.word}`,
      );
      report(
        ctx,
        li,
        'change.direction',
        'error',
        excerpt,
        diff.isPositive() ? '增长' : '下降',
        mention.word,
        `${base}，${c.value} − ${l.value} = ${show(diff, places)}${unit}，是${diff.isPositive() ? '增长' : '下降'}，文中却写${mention.word}${figure.value}%。`,
        at,
      );
      return;
    }
    const verdict = judgeRatio(stated, [c, l], ([x, y]) => changePercent(x!, y!)?.abs() ?? null, {
      num: [1, -1],
      den: [0, 1],
      abs: true,
    });
    if (!verdict) return;
    const exact = verdict.kind === 'ok' ? stated.value : show(verdict.exact, stated.places);
    const arithmetic = `(${c.value} − ${l.value}) ÷ ${l.value} × 100% = ${diff.isNegative() ? '−' : ''}${exact}%`;
    claim(
      ctx,
      'change',
      li,
      at,
      verdict.kind !== 'wrong',
      `${arithmetic}，文中${mention.word}${stated.value}%`,
    );
    if (verdict.kind === 'ok') return;
    const why = verdictClause(verdict.kind);
    report(
      ctx,
      li,
      'change.percent',
      verdict.severity,
      excerpt,
      `${exact}%`,
      `${stated.value}%`,
      `${base}，变动率应为 ${arithmetic}，文中为${mention.word}${stated.value}%${why}。`,
      at,
    );
    return;
  }
  // A change amount: this year − last year.
  const amountIn = taken(figure, unit).printed;
  const amount = dec(amountIn.value);
  const signed = mention.up ? amount : amount.neg();
  const off = diff.minus(signed).abs();
  const tol = slack(c, l, amountIn);
  const verified = off.lte(tol);
  const arithmetic = `${c.value} − ${l.value} = ${show(diff, places)}${unit}`;
  claim(ctx, 'change', li, at, verified, `${arithmetic}，文中${mention.word}${figure.value}${figure.unit}`);
  if (off.isZero()) return;
  const right = diff.isZero()
    ? '两年相等（持平）'
    : `${diff.isPositive() ? '增加' : '减少'}${show(diff.abs(), Math.max(places, amountIn.places))}${unit}`;
  report(
    ctx,
    li,
    'change.amount',
    verified ? 'note' : 'error',
    excerpt,
    right,
    `${mention.word}${figure.value}${figure.unit}`,
    verified
      ? `${base}，${arithmetic}，文中${mention.word}${figure.value}${figure.unit}，相差${plain(off)}，在各数四舍五入的误差范围内。`
      : `${base}，${arithmetic}，应为${right}，文中却写${mention.word}${figure.value}${figure.unit}。`,
    at,
  );
}
