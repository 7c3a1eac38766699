/**
 * Scores stated in running text with their total — "自评得分93.60分，其中：部门决策18.00分，部门管理27.80分，…" and
 * "项目决策得分19.00分，项目过程得分18.50分，…，自评总分95.00分": the parts must add up to the total
 * (`score.sum`; within the rounding of the printed scores, a note). Only a sentence whose listed clauses are
 * each one name and one score is read: a clause with anything else (满分, 分值, 扣…) ends the reading, so a
 * weight is never taken for a score.
 */
import { claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import { dec } from '../money/index.ts';
import { printedPlaces } from './numbers.ts';
import { forEachFigureLine } from './prose-lines.ts';
import { judgeSum, showAs, type Printed } from './verdict.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';

const SCORE = '(\\d{1,3}(?:\\.\\d{1,2})?)\\s*分';
/**
 * "自评得分93.60分，其中：", "自评总分95.00分，其中：", "自评得分96.50分，等级为“优”，其中：": a total, then its parts
 * (also the score a grade stated after the list is for); a clause naming the grade may sit between. An average
 * ("平均得分90.85分，其中：A项目93.50分、…") is of its items, not their sum. A bare
 * "总分100分，其中：决策20分，…" lists the weights: 总分 counts only as a 自评/评价/综合 total.
 */
export const TOTAL_THEN_PARTS = new RegExp(
  `(?<!平均|均)(?:总得分|得分|(?:自评|评价|综合|考评|考核)总分)(?:为)?\\s*${SCORE}[，,]?(?:[^，,。；;\\d]{0,10}?(?:等级|等次)[^，,。；;\\d]{0,8}[，,])?\\s*其中[：:，,]?`,
);
/**
 * A sentence ending in its total, the parts following in the next sentence that opens with 其中: "项目自评得分为
 * 92.50分，自评等级为优。其中：预算执行率得分9.50分，…" (a grade may sit between the total and the sentence's end);
 * or "该项分值30分，得27.10分。其中：经济效益（8分）得7.20分，…".
 */
const TOTAL_ENDS_SENTENCE = new RegExp(
  `(?<!平均|均)(?:总得分|得分|(?<=分值\\s*\\d{1,3}\\s*分[，,]\\s*)得)(?:为)?\\s*${SCORE}(?:[，,][^，,。；;]{0,16}?(?:等级|等次)[^，,。；;]{0,10})?[。；;]?\\s*$`,
);
/** "其中：", or a sentence naming the breakdown it lists: "得分构成为：", "具体得分情况如下：". */
const OPENS_WITH_QIZHONG = /^\s*(?:其中|(?:各项|具体)?得分(?:构成|情况|明细)(?:为|如下)?)[：:，,]?/;

/** One part: a name (2–16 characters) and its score ("部门决策18.00分", "项目过程得分18.50分", "经济效益（8分）得7.20分"). */
const PART = new RegExp(
  `^([\\u4e00-\\u9fa5（）()“”]{2,16}?)(?:[（(]\\s*\\d{1,3}(?:\\.\\d{1,2})?\\s*分\\s*[）)])?(?:得分|得)?(?:为)?\\s*${SCORE}$`,
);
/** The total after its parts: "自评总分95.00分", "总得分95分", "合计95.00分". */
const TOTAL_AFTER = new RegExp(
  `^(?:[\\u4e00-\\u9fa5]{0,6}?)(?:总分|总得分|合计得分|合计)(?:为)?\\s*${SCORE}$`,
);
/** A clause that names a weight, a deduction or a scale is not a score. */
const NOT_A_SCORE = /满分|分值|权重|扣|总分|合计|其中/;

type Part = { name: string; score: string };

/** "决策类指标分值15分，得分13.50分" / "…分值50分，得47.8分" (the weight first): one part and its weight. */
const WEIGHT_THEN_SCORE = new RegExp(
  `([\\u4e00-\\u9fa5]{2,12}?)(?:分值|满分|权重)(?:为)?\\s*${SCORE}[，,]\\s*(?:实际)?得分?(?:为)?\\s*${SCORE}`,
  'g',
);
/** "投入指标得分18.50分（分值20分）", "产出指标46分（满分50分）": a part's weight in brackets after its score. */
const SCORE_THEN_WEIGHT = new RegExp(
  `((?:得分(?:为)?\\s*)?${SCORE})\\s*[（(]\\s*(?:满分|分值|权重)(?:为)?\\s*${SCORE}\\s*[）)]`,
  'g',
);

/** "项目决策（20分）得分18.50分": a part's weight in brackets after its name, then its score. */
const BRACKETED_WEIGHT_THEN_SCORE = new RegExp(
  `([\\u4e00-\\u9fa5]{2,12}?)[（(]\\s*(?:满分|分值|权重)?(?:为)?\\s*${SCORE}\\s*[）)]\\s*(?:得分|得)(?:为)?\\s*${SCORE}`,
  'g',
);

/**
 * A list of parts printed with their weights (after the name, after the score, or in brackets after the name:
 * "预算编制（分值20分）得分18.50分"), reduced to one name and one score a part ("决策类指标得分13.50分"),
 * when the weights add up to 100 (the parts cover the whole); else, or with no weight, the list as it is (a
 * list with weights not adding up to 100 is then not read: its clauses name 分值).
 */
function withoutWeights(list: string, whole = '100'): string {
  const weights: string[] = [];
  const out = list
    .replace(WEIGHT_THEN_SCORE, (_, name: string, weight: string, score: string) => {
      weights.push(weight);
      return `${name}得分${score}分`;
    })
    .replace(SCORE_THEN_WEIGHT, (_, scored: string, _score: string, weight: string) => {
      weights.push(weight);
      return scored;
    })
    .replace(BRACKETED_WEIGHT_THEN_SCORE, (_, name: string, weight: string, score: string) => {
      weights.push(weight);
      return `${name}得分${score}分`;
    });
  // "产出指标45分，得分44.42分": a part's weight, then its score in a clause of its own naming nothing — one part
  // whatever the weights (a clause "得分44.42分" is no part of its own).
  return (weightsCoverAll(weights, whole) ? out : list).replace(
    BARE_WEIGHT_THEN_SCORE,
    (whole, name: string, weight: string, score: string) =>
      dec(score).lte(weight) ? `${name}得分${score}分` : whole,
  );
}

const BARE_WEIGHT_THEN_SCORE = new RegExp(
  `(?<=^|[，,；;、：:])\\s*([\\u4e00-\\u9fa5]{2,12}?)\\s*${SCORE}\\s*[，,]\\s*得分?(?:为)?\\s*${SCORE}(?=\\s*(?:[，,；;。]|$))`,
  'g',
);

/** Weights adding up to 100: the parts cover the whole. */
function weightsCoverAll(weights: readonly string[], whole = '100'): boolean {
  if (weights.length < 2) return false;
  const w = weights.map((x) => ({ value: x, places: printedPlaces(x) }));
  return judgeSum(w, { value: whole, places: printedPlaces(whole) }, 2).kind === 'ok';
}

/**
 * The parts of a 其中 list whose items explain themselves between them ("数量指标（15分）得12.60分，新增…未完成年度目标，
 * 扣2.40分；质量指标（10分）得9.00分"): the clauses that score nothing — no 得, words only or a deduction — left out.
 */
function scoredClauses(clauses: readonly string[]): string[] {
  return clauses.filter((c) => /得/.test(c) || !(/扣/.test(c) || !/\d/.test(c)));
}

/**
 * "项目决策（20分）得分18.50分，…，合计87.50分": parts named with their weights in brackets, reduced to one name and one
 * score a part, when the weights add up to 100 — with how many parts that is (the run before the total must be
 * all of them).
 */
function withoutBracketedWeights(text: string): { text: string; parts: number } {
  const weights: string[] = [];
  const out = text.replace(BRACKETED_WEIGHT_THEN_SCORE, (_, name: string, weight: string, score: string) => {
    weights.push(weight);
    return `${name}得分${score}分`;
  });
  return weightsCoverAll(weights) ? { text: out, parts: weights.length } : { text, parts: 0 };
}

/** The list without a last clause naming the grade, no figure in it: "…，自评等级为“优”". */
function withoutGrade(clauses: readonly string[]): string[] {
  const last = clauses[clauses.length - 1]?.trim() ?? '';
  const grade = /^[\u4e00-\u9fa5]{0,6}(?:等级|等次)[\u4e00-\u9fa5]{0,4}[“"「]?[\u4e00-\u9fa5]{1,3}[”"」]?$/;
  return clauses.length > 1 && grade.test(last) ? clauses.slice(0, -1) : [...clauses];
}

function partOf(clause: string): Part | null {
  const m = PART.exec(clause.trim());
  if (!m || NOT_A_SCORE.test(m[1]!)) return null;
  return { name: m[1]!, score: m[2]! };
}

/** "产出指标满分40分，扣2.5分，得37.5分": a weight, a deduction and the score left. */
const WEIGHT_DEDUCTION_SCORE = new RegExp(
  `(?:满分|分值)(?:为)?\\s*${SCORE}\\s*[，,]\\s*(?:共|累计)?扣(?:减|除)?(?:了)?\\s*${SCORE}\\s*[，,]\\s*(?:实际)?(?:得分|得)(?:为)?\\s*${SCORE}`,
  'g',
);

/** The score left must be the weight − the deduction (`score.deduction`). */
function checkDeductions(ctx: Ctx, line: string, li: number): void {
  if (!line.includes('扣')) return;
  for (const m of line.matchAll(WEIGHT_DEDUCTION_SCORE)) {
    const [, weight, deduction, score] = m as unknown as [string, string, string, string];
    const shown = Math.max(printedPlaces(score), printedPlaces(deduction));
    const want = dec(weight).minus(deduction).toFixed(shown);
    const ok = dec(want).eq(score);
    claim(ctx, 'score', li, m.index, ok, `满分${weight} − 扣${deduction} = ${want}分，文中得${score}分`);
    if (ok) continue;
    report(
      ctx,
      li,
      'score.deduction',
      'error',
      excerptOf(line, m.index, m.index + m[0].length, 0),
      `${want}分`,
      `${score}分`,
      `满分${weight}分、扣${deduction}分，应得${want}分，文中写得${score}分。`,
      m.index + m[0].lastIndexOf(score),
    );
  }
}

export function checkProseScoreSums(ctx: Ctx): void {
  // (Scores in 分: each reading needs 得 (得分, 得X分) or 总分.)
  if (!(mentionsAll(ctx, ['分']) && mentionsAny(ctx, ['得', '总分']))) return;
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('分')) return;
    checkDeductions(ctx, line, li);
    // ("…满分4分，得4.4分": a weight and its score need not name 得分.)
    checkWeightedParts(ctx, line, li);
    // (Or "该项分值30分，得27.10分。其中：…": a weight, its score, then its parts.)
    if (
      !line.includes('得分') &&
      !line.includes('总分') &&
      !(line.includes('其中') && /分值\s*\d{1,3}\s*分[，,]\s*得/.test(line))
    )
      return;
    const sents = sentencesAt(ctx, li);
    for (let si = 0; si < sents.length; si++) {
      const s = sents[si]!;
      const text = s.text;
      const prev = sents[si - 1];
      // A 其中 sentence need not name 得分 ("其中：决策指标14.00分，…"): the sentence before ends with the total.
      const opening = OPENS_WITH_QIZHONG.exec(text);
      const before = opening && prev ? TOTAL_ENDS_SENTENCE.exec(prev.text) : null;
      if (!before && !text.includes('得分') && !text.includes('总分')) continue;
      if (opening && prev && before) {
        // (The whole's weight, "产出指标分值35分，得32.60分": its parts' weights add up to it, not to 100.)
        const whole = /分值\s*(\d{1,3}(?:\.\d{1,2})?)\s*分[，,]\s*得/.exec(prev.text)?.[1] ?? '100';
        const parts = scoredClauses(
          withoutGrade(
            withoutWeights(text.slice(opening[0].length), whole)
              .replace(/[。；;]\s*$/, '')
              .split(/[，,；;、]/),
          ),
        ).map(partOf);
        if (parts.length >= 2 && parts.every((p) => p !== null)) {
          // The finding quotes both sentences, from the total's.
          const both = line.slice(prev.start, s.end);
          judge(
            ctx,
            li,
            prev.start,
            both,
            parts as Part[],
            before[1]!,
            before.index + before[0].indexOf(before[1]!),
          );
        }
        continue;
      }
      const first = TOTAL_THEN_PARTS.exec(text);
      if (first) {
        // Every clause after 其中, to the sentence's end, is a part.
        const clauses = withoutGrade(
          withoutWeights(text.slice(first.index + first[0].length))
            .replace(/[。；;]\s*$/, '')
            .split(/[，,；;、]/),
        );
        const parts = clauses.map(partOf);
        if (parts.length >= 2 && parts.every((p) => p !== null))
          judge(
            ctx,
            li,
            s.start,
            text,
            parts as Part[],
            first[1]!,
            first.index + first[0].indexOf(first[1]!),
          );
        continue;
      }
      // Parts first, the total in the next sentence that sums them: "…：A（20分）得分17.50分；…。四项合计，…总分为78.35分".
      const next = sents[si + 1];
      if (next && SUMS_PARTS_BEFORE.test(next.text)) {
        const parts = partsOfSentence(text);
        const total = NEXT_TOTAL.exec(next.text);
        if (parts && total) {
          const both = line.slice(s.start, next.end);
          const at = next.start - s.start + total.index + total[0].lastIndexOf(total[1]!);
          judge(ctx, li, s.start, both, parts, total[1]!, at);
          continue;
        }
      }
      // Parts first, the total last: a run of "X得分a分" clauses ending with "总分T分" (a part's arithmetic in
      // brackets after it, "9.71分（97.12%×10）", left aside).
      const bracketed = withoutBracketedWeights(text);
      const clauses = bracketed.text
        .replace(/[（(][^（）()]*[×÷*＊xX][^（）()]*[）)]/g, '')
        .replace(/[。；;]\s*$/, '')
        .split(/[，,；;]/);
      for (let k = 0; k < clauses.length; k++) {
        const total = TOTAL_AFTER.exec(clauses[k]!.trim());
        if (!total) continue;
        const parts: Part[] = [];
        // (A clause naming 得分 that is no part — "其中预算执行率得分9.52分" — leaves the run's start unknown.)
        let unread = false;
        for (let j = k - 1; j >= 0 && clauses[j]!.includes('得分'); j--) {
          const p = partOf(clauses[j]!);
          if (!p) {
            unread = true;
            break;
          }
          parts.unshift(p);
        }
        if (unread) continue;
        if (parts.length >= 2 && (bracketed.parts === 0 || parts.length === bracketed.parts))
          judge(ctx, li, s.start, text, parts, total[1]!, text.lastIndexOf(total[1]!));
      }
    }
  });
}

/** A sentence opening by summing what the one before lists: "四项合计，", "以上各项合计", "合计，". */
const SUMS_PARTS_BEFORE =
  /^\s*(?:[一二三四五六七八九十两\d]+项|以上各项|上述各项|以上|上述|各项)?(?:得分)?(?:合计|共计|总计|相加)/;
/** That sentence's total: its first 总分 / 总得分 / 得分. */
const NEXT_TOTAL = new RegExp(`(?:总分|总得分|得分)(?:为)?\\s*${SCORE}`);

/**
 * The parts a sentence lists after its opener ("各一级指标得分情况为：A（20分）得分17.50分；B（30分）得分24.60分；…"):
 * every clause one name and one score (weights in brackets adding up to 100, or none); null when not so.
 */
function partsOfSentence(text: string): Part[] | null {
  const colon = Math.max(text.lastIndexOf('：'), text.lastIndexOf(':'));
  const bracketed = withoutBracketedWeights(text.slice(colon + 1));
  const clauses = bracketed.text.replace(/[。；;]\s*$/, '').split(/[，,；;]/);
  const parts = clauses.map(partOf);
  if (parts.length < 2 || parts.some((p) => p === null)) return null;
  if (bracketed.parts !== 0 && bracketed.parts !== parts.length) return null;
  return parts as Part[];
}

/** "产出指标得分46.50分（满分50分）": a part's name, score and weight; then maybe "，扣3.50分". */
const WEIGHTED_PART = new RegExp(
  `([\\u4e00-\\u9fa5]{2,12}?)得分(?:为)?\\s*${SCORE}\\s*[（(]\\s*(?:满分|分值|权重)(?:为)?\\s*${SCORE}\\s*[）)](?:[，,]\\s*扣(?:减)?\\s*${SCORE})?`,
  'g',
);
/** "产出指标满分50分，得分46.20分，扣3.80分": the weight first, then the score, then maybe the deduction. */
const WEIGHT_FIRST_PART = new RegExp(
  `([\\u4e00-\\u9fa5]{2,12}?)(?:满分|分值|权重)(?:为)?\\s*${SCORE}\\s*[，,]\\s*(?:实际)?(?:得分|得)(?:为)?\\s*${SCORE}(?:\\s*[，,]\\s*扣(?:减|除)?\\s*${SCORE})?`,
  'g',
);
/** "投入指标15分、得14.10分": an indicator's weight right after its name, then its score. */
const NAMED_WEIGHT_PART = new RegExp(
  `([\\u4e00-\\u9fa5]{0,10}?指标)\\s*${SCORE}\\s*[、，,]\\s*(?:实际)?(?:得分|得)(?:为)?\\s*${SCORE}(?:\\s*[，,]\\s*扣(?:减|除)?\\s*${SCORE})?`,
  'g',
);
/** The total after such parts: "项目综合自评得分92.55分", "自评总分92.55分". */
const WEIGHTED_TOTAL = new RegExp(
  `(?:(?:综合|自评|总)[\\u4e00-\\u9fa5]{0,4}?得分|总得分|总分)(?:为)?\\s*${SCORE}`,
  'g',
);
/** A score stated before a run of parts ("自评得分93.60分，其中："): the parts may be its, not a later total's. */
const SCORE_BEFORE = new RegExp(`得分(?:为)?\\s*${SCORE}|总分(?:为)?\\s*${SCORE}`);

type WeightedPart = {
  name: string;
  score: string;
  weight: string;
  deduction: string | undefined;
  start: number;
  end: number;
};

/** The parts of a line in both orders (score then bracketed weight, weight then score), in the line's order. */
export function weightedParts(line: string): WeightedPart[] {
  const parts: WeightedPart[] = [];
  for (const m of line.matchAll(WEIGHTED_PART)) {
    const [, name, score, weight, deduction] = m as unknown as [string, string, string, string, string?];
    parts.push({ name, score, weight, deduction, start: m.index, end: m.index + m[0].length });
  }
  for (const re of [WEIGHT_FIRST_PART, NAMED_WEIGHT_PART])
    for (const m of line.matchAll(re)) {
      const [, named, weight, score, deduction] = m as unknown as [string, string, string, string, string?];
      const name = named.replace(/^(?:其中|包括)[：:，,]?/, '');
      const start = m.index;
      const end = m.index + m[0].length;
      if (parts.some((p) => p.start < end && start < p.end)) continue;
      parts.push({ name, score, weight, deduction, start, end });
    }
  return parts.sort((a, b) => a.start - b.start);
}

/**
 * Parts each printed with its weight — "预算执行情况得分9.55分（满分10分），产出指标得分46.50分（满分50分），扣3.50分，
 * 主要是…；…项目综合自评得分92.55分", or "产出指标满分50分，得分46.20分，扣3.80分，原因是…" — a score cannot exceed
 * its weight and a deduction must be weight − score; when the weights add up to 100 (the parts cover the whole),
 * the next total of the paragraph — or, when the paragraph states none after them, the first score of the
 * next paragraph if it is a total ("（三）自评结论。该项目自评总分92.19分") — must be their sum.
 */
/** "…实际完成96.8%，分值5分，得6分": a clause opening with the weight, its item named before it. */
const NAMELESS_PART = new RegExp(
  `(?<=[，,；;])\\s*(?:分值|满分)(?:为)?\\s*${SCORE}\\s*[，,]\\s*(?:实际)?(?:得分|得)(?:为)?\\s*${SCORE}`,
  'g',
);

/** NAMELESS_PART's scores, each no more than its weight (those weightedParts read are judged there). */
function checkNamelessParts(ctx: Ctx, line: string, li: number, parts: readonly WeightedPart[]): void {
  if (!line.includes('分值') && !line.includes('满分')) return;
  for (const m of line.matchAll(NAMELESS_PART)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (parts.some((p) => p.start < end && start < p.end)) continue;
    const [, weight, score] = m as unknown as [string, string, string];
    const within = dec(score).lte(weight);
    claim(ctx, 'score', li, start, within, `得分${score}分，分值${weight}分`);
    if (within) continue;
    report(
      ctx,
      li,
      'score.exceeds-weight',
      'error',
      excerptOf(line, start, end, 16),
      `≤ ${weight}分`,
      `${score}分`,
      `得分${score}分，超过其分值${weight}分。`,
      start + m[0].lastIndexOf(score),
    );
  }
}

function checkWeightedParts(ctx: Ctx, line: string, li: number): void {
  if (
    !line.includes('满分') &&
    !line.includes('分值') &&
    !line.includes('权重') &&
    !(line.includes('指标') && line.includes('得'))
  )
    return;
  const parts = weightedParts(line);
  checkNamelessParts(ctx, line, li, parts);
  // A score above its weight is wrong: the sum over it is not judged.
  const doubtful = new Set<WeightedPart>();
  for (const p of parts) {
    const { name, score, weight, deduction } = p;
    // A score cannot exceed its weight ("产出指标得分73.7分（满分45分）").
    const within = dec(score).lte(weight);
    claim(ctx, 'score', li, p.start, within, `${name}：得分${score}分，满分${weight}分`);
    if (!within) {
      doubtful.add(p);
      report(
        ctx,
        li,
        'score.exceeds-weight',
        'error',
        excerptOf(line, p.start, p.end, 0),
        `≤ ${weight}分`,
        `${score}分`,
        `${name}得分${score}分，超过其满分${weight}分。`,
        p.start + line.slice(p.start, p.end).indexOf(score, name.length),
      );
      continue;
    }
    if (deduction === undefined) continue;
    const shown = Math.max(printedPlaces(score), printedPlaces(deduction));
    const want = dec(weight).minus(score).toFixed(shown);
    const ok = dec(want).eq(deduction);
    claim(
      ctx,
      'score',
      li,
      p.start,
      ok,
      `${name}：满分${weight} − 得分${score} = 扣${want}分，文中扣${deduction}分`,
    );
    if (ok) continue;
    report(
      ctx,
      li,
      'score.deduction',
      'error',
      excerptOf(line, p.start, p.end, 0),
      `扣${want}分`,
      `扣${deduction}分`,
      `${name}满分${weight}分、得分${score}分，应扣${want}分，文中写扣${deduction}分。`,
      p.start,
    );
  }
  // The parts before each total: those whose first total after them is that one; parts with none after them
  // wait for the next paragraph's.
  const groups = new Map<number, { total: RegExpExecArray | null; parts: WeightedPart[] }>();
  for (const p of parts) {
    WEIGHTED_TOTAL.lastIndex = p.end;
    const total = WEIGHTED_TOTAL.exec(line);
    const key = total ? total.index : -1;
    const g = groups.get(key) ?? { total, parts: [] };
    g.parts.push(p);
    groups.set(key, g);
  }
  let from = 0;
  for (const { total, parts: group } of groups.values()) {
    const opening = line.slice(from, group[0]!.start);
    from = total ? total.index + total[0].length : line.length;
    if (group.length < 2 || group.some((p) => doubtful.has(p))) continue;
    // (A score stated before the run — "自评得分93.60分，其中：…" — may be the one the parts make up.)
    if (SCORE_BEFORE.test(opening)) continue;
    const weights = group.map((p) => ({ value: p.weight, places: printedPlaces(p.weight) }));
    if (judgeSum(weights, { value: '100', places: 0 }, 2).kind !== 'ok') continue;
    // Nothing scored between the last part and the total — but the last part's own breakdown in brackets right
    // after it ("…分值25分，得分21.67分（其中A10分得6.67分、B15分得15.00分）"), which is no further part.
    const last = group[group.length - 1]!;
    const between = line
      .slice(last.end, total ? total.index : line.length)
      .replace(/^\s*[（(]\s*其中[^（）()。]*[）)]/, '')
      .replace(/扣(?:减)?\s*\d+(?:\.\d+)?\s*分/g, '');
    if (/得分|\d\s*分/.test(between)) continue;
    const scored: Part[] = group.map((p) => ({ name: p.name, score: p.score }));
    if (total) {
      judge(ctx, li, 0, line, scored, total[1]!, total.index + total[0].lastIndexOf(total[1]!));
      continue;
    }
    const next = nextParagraphTotal(ctx, li);
    if (next) judge(ctx, next.li, 0, next.line, scored, next.total, next.at);
  }
}

/**
 * The total opening the paragraph after line li's ("（三）自评结论。该项目自评总分92.19分，…"): its first score,
 * when that is a 自评 / 综合 / 总 total and no average. Null otherwise.
 */
function nextParagraphTotal(
  ctx: Ctx,
  li: number,
): { li: number; line: string; total: string; at: number } | null {
  const blocks = ctx.layout.blocks;
  const k = blocks.findIndex((b) => b.kind === 'paragraph' && b.first === li);
  const next = blocks[k + 1];
  if (k < 0 || !next || next.kind !== 'paragraph') return null;
  const line = ctx.lines[next.first] ?? '';
  WEIGHTED_TOTAL.lastIndex = 0;
  const total = WEIGHTED_TOTAL.exec(line);
  if (!total) return null;
  const before = line.slice(0, total.index);
  // (Nothing scored before it, no average, and no other project named: "（三）自评结论。该项目自评总分…".)
  if (/\d\s*分|平均|满分|分值/.test(before) || /项目/.test(before.replace(/[该本此]项目/g, ''))) return null;
  return { li: next.first, line, total: total[1]!, at: total.index + total[0].lastIndexOf(total[1]!) };
}

/** `at`: the sentence's offset in the line; `totalAt`: the total's offset in the sentence. */
function judge(
  ctx: Ctx,
  li: number,
  at: number,
  sentence: string,
  parts: Part[],
  total: string,
  totalAt: number,
): void {
  const printed: Printed[] = parts.map((p) => ({ value: p.score, places: printedPlaces(p.score) }));
  const whole = { value: total, places: printedPlaces(total) };
  // Scores are not rounded amounts: their sum is judged at two decimals, as a 评分表's is.
  const v = judgeSum(printed, whole, 2);
  const partsText = parts.map((p) => p.score).join(' + ');
  claim(ctx, 'score', li, at, v.kind !== 'wrong', `各项得分之和 ${partsText}，总分${total}`);
  if (v.kind === 'ok') return;
  const sum = showAs(v.total, [...printed, whole]);
  report(
    ctx,
    li,
    'score.sum',
    v.severity,
    excerptOf(sentence, 0, sentence.length, 0),
    sum,
    total,
    v.kind === 'rounding'
      ? `各项得分之和 ${partsText} = ${sum}，与总分${total}相差在四舍五入范围内。`
      : `各项得分之和 ${partsText} = ${sum}，与总分${total}不符。`,
    at + totalAt,
  );
}
