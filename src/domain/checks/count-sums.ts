/**
 * Counts summed across the sentences of one paragraph — "2024年国内公务接待56批次、412人次，……；外事接待2批次、
 * 18人次，……。全年共接待58批次、430人次。" (also 因公出国（境）团组 个 / 人次, 公务用车 辆): the count after
 * 共 / 合计 / 共计 / 总计 must equal the sum of the counts of the same unit stated before it in the paragraph.
 *
 * Precision first: read only when the parts are clearly the total's — the total names one of the topics
 * of a 三公 notice (接待, 出国（境）/团组, 公务用车) and every item (the text between ；and 。) holding a part
 * names the same topic; each item states at most one count of the unit; no part is a change, a
 * comparison, a plan or last year's; and at least two parts are stated.
 */
import {
  allMatches,
  claim,
  excerptOf,
  lastIndexOfAny,
  report,
  sentences,
  sentencesAt,
  type Ctx,
} from './context.ts';
import { normaliseGrade, statedCutoffsKnown } from './grade-words.ts';
import { gradeOf } from '../scoring/grade.ts';
import { listedScores } from './average-scores.ts';
import { forEachFigureLine, lineFigures } from './prose-lines.ts';
import { COUNT_UNITS, printedPlaces, type NumberToken } from './numbers.ts';
import { judgeRatio, SHARE, show } from './verdict.ts';
import { sharePercent } from '../money/index.ts';
import { mentionsAny } from './document-words.ts';

/** The topics a total and its parts must share (any word of a group names the group). */
const TOPICS: readonly (readonly string[])[] = [['接待'], ['出国', '出境', '团组'], ['公务用车', '用车']];

/**
 * "全年共接待58批次、430人次", "合计派出因公出国（境）团组3个、14人次", "共有公务用车10辆": the total's marker opening
 * its clause (so 公共 / 共享 inside a name is no marker) and what it counts.
 */
const TOTAL =
  /^\s*(?:20\d\d\s*年度?)?\s*(?:全年|本年度?|当年|年内|年末|累计)?\s*(?:公务接待|接待|因公出国[（(]境[）)]|公务用车)?\s*(?:共计|合计|总计|共)(?:有|为|达)?([^\d，,。；;：:]{0,16}?)$/;

/** Words that make a count something other than a part actually done this year. */
const NOT_A_PART =
  /上年|去年|上一年|同期|比|较|增加|减少|增长|下降|计划|预计|目标|预算|不少于|不超过|以上|以下|超过|其中|分别|各|购置|报废|处置|更新|新增|调入|调出|划转|拍卖/;

function topicOf(text: string): number {
  return TOPICS.findIndex((words) => words.some((w) => text.includes(w)));
}

type Part = { token: NumberToken; at: number };

export function checkCountSums(ctx: Ctx): void {
  // (Its totals are of a 三公 topic — 接待, 出国 / 出境 / 团组, 用车 — marked 共 / 合计 / 总计.)
  if (
    !mentionsAny(ctx, ['接待', '出国', '出境', '团组', '用车']) ||
    !mentionsAny(ctx, ['共', '合计', '总计'])
  )
    return;
  forEachFigureLine(ctx, (line, li) => {
    if (!/共|合计|总计/.test(line) || topicOf(line) < 0) return;
    const figures = lineFigures(ctx, li).filter(
      (t) => COUNT_UNITS.has(t.unit) && !(t.unit === '个' && line.startsWith('百分点', t.end)),
    );
    if (figures.length < 3) return;
    // Where the parts of the next total may start: the paragraph's start, then after each total read.
    let from = 0;
    for (let i = 0; i < figures.length; i++) {
      // A total: a count whose clause opens with the total's marker (全年共接待58批次); with it the counts
      // joined to it by 、 or ，, each of another unit (58批次、430人次).
      const first = figures[i]!;
      const lead = line.slice(lineClauseStart(line, first.start), first.start);
      if (!TOTAL.test(lead)) continue;
      const totals = [first];
      while (
        i + 1 < figures.length &&
        /^\s*[、，,]?\s*$/.test(line.slice(figures[i]!.end, figures[i + 1]!.start)) &&
        !totals.some((t) => t.unit === figures[i + 1]!.unit)
      )
        totals.push(figures[++i]!);
      // The parts: the counts before the total's clause (in earlier sentences, or earlier in its own).
      const region = { start: from, end: first.start - lead.length };
      const topic = topicOf(lead);
      const end = totals[totals.length - 1]!.end;
      // A total of another year than the document's is not this year's parts' total.
      const years = lead.match(/20\d\d/g) ?? [];
      if (
        topic < 0 ||
        /其中|分别|各|上年|去年|上一年|同期|计划|预计/.test(lead) ||
        years.some((y) => ctx.year !== null && Number(y) !== ctx.year)
      ) {
        from = end;
        continue;
      }
      let judged = false;
      for (const total of totals) {
        const parts = partsOf(line, figures, region, total.unit, topic, ctx.year);
        if (parts === null || parts.length < 2) continue;
        judge(ctx, li, line, parts, total, region.start);
        judged = true;
      }
      // (A "total" with no parts before it may be a part itself: "国内公务接待…，共接待1,184批次；外事接待…，共接待
      // 6批次。全年共计1,190批次" — the next total's parts start where this one's did.)
      if (judged) from = end;
    }
  });
}

/** Start of the clause (after ，；：。) that holds offset `at`. */
function lineClauseStart(line: string, at: number): number {
  let k = at - 1;
  while (k >= 0 && !'，,；;：:。'.includes(line[k]!)) k--;
  return k + 1;
}

/**
 * The counts of `unit` in the region, in items (；/。-separated) naming the topic, each the one of its
 * item — or of its clause (，-separated) when the clause names the topic itself ("国内公务接待38批次、276人次，
 * 外事接待4批次、31人次，共计…"); null when any count of the unit there is not clearly a part.
 */
function partsOf(
  line: string,
  figures: readonly NumberToken[],
  region: { start: number; end: number },
  unit: string,
  topic: number,
  year: number | null,
): Part[] | null {
  const parts: Part[] = [];
  const inRegion = figures.filter((t) => t.start >= region.start && t.end <= region.end && t.unit === unit);
  const seen = new Set<number>();
  for (const t of inRegion) {
    const [a, b] = around(line, t, region, '；;。');
    const item = line.slice(a, b);
    if (NOT_A_PART.test(item.replace(/^其中[：:，,]?/, ''))) return null;
    // A year other than the document's in the item: not read.
    if ((item.match(/20\d\d(?=\s*年)/g) ?? []).some((y) => year !== null && Number(y) !== year)) return null;
    const alone = inRegion.filter((o) => o.start >= a && o.end <= b).length === 1;
    const [c, d] = alone ? [a, b] : around(line, t, region, '；;。，,');
    if (seen.has(c) || topicOf(line.slice(c, d)) !== topic) return null;
    seen.add(c);
    parts.push({ token: t, at: t.start });
  }
  return parts;
}

/** The stretch around figure `t` between the nearest of `marks` on each side, within the region. */
function around(
  line: string,
  t: NumberToken,
  region: { start: number; end: number },
  marks: string,
): [number, number] {
  let a = t.start - 1;
  while (a >= region.start && !marks.includes(line[a]!)) a--;
  let b = t.end;
  while (b < region.end && !marks.includes(line[b]!)) b++;
  return [a + 1, b];
}

function judge(
  ctx: Ctx,
  li: number,
  line: string,
  parts: readonly Part[],
  total: NumberToken,
  from: number,
): void {
  const sum = parts.reduce((acc, p) => acc + Number(p.token.value), 0);
  if (!parts.every((p) => /^\d+$/.test(p.token.value)) || !/^\d+$/.test(total.value)) return;
  const partsText = parts.map((p) => p.token.value).join(' + ');
  judgeCountSum(ctx, li, line, {
    at: total.start,
    excerpt: [Math.max(from, parts[0]!.at - 12, total.start - 60), total.end],
    sum,
    total: Number(total.value),
    unit: total.unit,
    arithmetic: `${partsText} = ${sum}${total.unit}，文中合计${total.value}${total.unit}`,
    message: `前文所列各项 ${partsText} = ${sum}${total.unit}，文中合计却为${total.value}${total.unit}。`,
  });
}

/**
 * One grade's count in a list: "“优”的项目9个", "“良”的4个", "良好等次3个", and a one-character grade unquoted
 * only after 为 or a list's comma and before 的 ("等级为优的8个、良的3个").
 */
const GRADE_COUNT =
  /(?:[“"](优秀|良好|中等|不合格|不及格|合格|及格|较差|优|良|中|差)[”"]|(?<![不\u4e00-\u9fa5])(优秀|良好|中等|较差)|(?<=[为、，,：:]\s*)(优|良|中|差)(?=的))\s*(?:等次|等级|档次|级)?\s*的?\s*(?:项目|单位)?\s*(?:为|有|共)?\s*(\d+)\s*(个|项)/g;
/** (Each item's share may follow it: "“优”的项目5个，占41.67%；“良”的…".) */
const GRADE_GAP =
  /^\s*(?:[，,]\s*占(?:[\u4e00-\u9fa5]{0,6}?(?:总数|总个数|个数|数量)的?)?(?:比|比例|比重)?(?:为)?\s*\d+(?:\.\d+)?\s*[%％]\s*)?[、，,；;]?\s*(?:绩效|自评|评价|考评)?(?:评级|等级|等次)?\s*(?:为|是)?\s*$/;
/** The list's own total right after its last item: "，合计10个", "，共10项" (a grade with none between: "，无“差”等级项目，合计8个"). */
const LIST_TOTAL =
  /^\s*[，,、；;]?\s*(?:(?:无|没有)[“"]?(?:优秀|良好|中等|不合格|合格|较差|优|良|中|差)[”"]?(?:等次|等级)?的?(?:项目|单位)?\s*[，,、；;]\s*)?(?:合计|共计|总计|共)\s*(?:为|有)?\s*(\d+)\s*(个|项)/;
/** A total of graded items: "对15个项目开展了绩效自评", "评价项目12个", "开展项目支出绩效自评12个". */
const GRADED_TOTAL =
  /(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+)\s*(个|项)\s*(?:重点|部门|政策|专项)?(?:项目|单位|政策)|(?:项目|评价|自评)\s*(?:共|为)?\s*(\d{1,3}(?:,\d{3})+|\d+)\s*(个|项)/g;
/** A count as printed, its thousands separators dropped: "1,013" is 1013. */
const countOf = (text: string): number => Number(text.replace(/,/g, ''));

/**
 * Counts of items by grade — "对15个项目开展了绩效自评…。自评结果显示，评价等级为“优”的项目9个、“良”的4个、
 * “中”的2个、“差”的0个。": when the grades listed are every grade of the scale, their counts must add up to
 * the number of items graded; a list of some grades cannot count more items than were graded.
 *
 * Precision first: the list is one run of grade counts (、 or ， between, one unit, each grade once) in a
 * sentence that speaks of 等级 / 等次 / 结果; the total is the one count of projects stated before it in its
 * sentence, else in the sentence before (in its paragraph, or the last of the paragraph before), a sentence
 * that speaks of 评价 / 自评; a sentence stating a plan, last year or a change is not read. Each count's share
 * ("，占15.00%") is then judged against the counts' sum (checkGradeShares).
 */
export function checkGradeCounts(ctx: Ctx): void {
  // (Its lines name 优 or 良, its sentences 等级 / 等次 / 结果 / 评为 / 评定 / 评级.)
  if (!mentionsAny(ctx, ['优', '良']) || !mentionsAny(ctx, ['等级', '等次', '结果', '评为', '评定', '评级']))
    return;
  const scale = new Set(ctx.grades.map((g) => g.grade));
  let blockOf: Map<number, number> | null = null;
  const blockAt = (li: number): number | undefined =>
    (blockOf ??= new Map(ctx.layout.blocks.map((b, k) => [b.first, k]))).get(li);
  forEachFigureLine(ctx, (line, li) => {
    if (!/[优良]/.test(line)) return;
    const sents = sentencesAt(ctx, li);
    sents.forEach((s, si) => {
      const items = allMatches(s.text, GRADE_COUNT);
      if (items.length < 2 || !/等级|等次|结果|评为|评定|评级/.test(s.text)) return;
      // One run: nothing but 、，,； between the items, or the words that repeat what is graded ("；绩效评级为").
      for (let k = 1; k < items.length; k++) {
        const gap = s.text.slice(items[k - 1]!.index + items[k - 1]![0].length, items[k]!.index);
        if (!GRADE_GAP.test(gap)) return;
      }
      const unit = items[0]![5]!;
      const grades = items.map((m) => normaliseGrade(m[1] ?? m[2] ?? m[3]!));
      if (items.some((m) => m[5] !== unit) || grades.some((g) => g === null)) return;
      if (new Set(grades).size !== grades.length) return;
      const listStart = s.start + items[0]!.index;
      const lastItem = items[items.length - 1]!;
      // The statement of the list: from the last "；" before it ("编报绩效目标的项目12个，…；绩效自评的项目18个，…
      // （其中，…）" grades the last) — neither another year's, a plan's nor a change's.
      const from = Math.max(s.start, lastIndexOfAny(line, ['；', ';'], listStart) + 1);
      if (/上年|去年|同期|计划|预计|目标|增加|减少|比|较/.test(line.slice(from, s.start + lastItem.index)))
        return;
      // The total: the list's own ("…，差的1个，合计10个"), else in the statement before the list, else in the
      // sentence before.
      const after = LIST_TOTAL.exec(s.text.slice(lastItem.index + lastItem[0].length));
      const own = after && after[2] === unit ? Number(after[1]) : undefined;
      let total = own ?? totalIn(line, from, listStart);
      if (total === undefined) {
        let text = line;
        let span: { start: number; end: number } | undefined = sents[si - 1];
        if (!span) {
          const k = blockAt(li);
          const above = k === undefined ? undefined : ctx.layout.blocks[k - 1];
          if (!above || above.kind !== 'paragraph' || above.heading) return;
          text = ctx.lines[above.first] ?? '';
          const ss = sentences(text);
          span = ss[ss.length - 1];
        }
        if (!span) return;
        const prev = text.slice(span.start, span.end);
        if (!/评价|自评|评审|考核/.test(prev) || /上年|去年|计划|预计|目标/.test(prev)) return;
        total = totalIn(text, span.start, span.end);
        // (The sentence before names none — the scale of the grades: the count stated in the section above.)
        if (total === undefined && span === sents[si - 1]) total = totalAbove(ctx, blockAt, li);
      }
      if (!total) return;
      const counts = items.map((m) => Number(m[4]!));
      const sum = counts.reduce((a, b) => a + b, 0);
      // A list that is the results themselves ("自评结果为：“优”3个，“良”1个") grades every item, whether or
      // not it names every grade of the scale.
      const isTheResult = /(?:结果|等级|等次)\s*(?:为|如下|是)?\s*[：:]\s*$/.test(
        s.text.slice(0, items[0]!.index),
      );
      const whole =
        isTheResult ||
        own !== undefined ||
        ((grades as string[]).every((g) => scale.has(g)) && scale.size === grades.length);
      if (checkGradesOfListedScores(ctx, li, line, s.start, items, grades as string[], total)) return;
      const ok = whole ? sum === total : sum <= total;
      const partsText = counts.join(' + ');
      const at = listStart;
      claim(
        ctx,
        'count',
        li,
        at,
        ok,
        `${partsText} = ${sum}${unit}，${whole ? '' : '不超过'}评价总数${total}${unit}`,
      );
      // (A list not told whole, or not adding up to the count it is of: its shares judged over the counts' sum
      // only when two others hold with that base.)
      checkGradeShares(ctx, li, line, s.start, s.text, items, sum, ok && whole ? 1 : 2);
      // (A list whose counts do not add up to the items graded: its shares may still be of those items — when two
      // others hold over them.)
      if (!ok && whole) checkGradeShares(ctx, li, line, s.start, s.text, items, total, 2, '开展评价的项目数');
      if (ok) return;
      const last = items[items.length - 1]!;
      report(
        ctx,
        li,
        'count.sum',
        'error',
        excerptOf(line, listStart, s.start + last.index + last[0].length, 0),
        `${whole ? '' : '≤'}${total}${unit}`,
        `${sum}${unit}`,
        own !== undefined
          ? `各等级数量之和 ${partsText} = ${sum}${unit}，与文中合计${total}${unit}不符。`
          : whole
            ? `各等级数量之和 ${partsText} = ${sum}${unit}，与开展评价的${total}${unit}不符。`
            : `所列等级数量之和 ${partsText} = ${sum}${unit}，超过开展评价的${total}${unit}。`,
        at,
      );
    });
  });
}

/** A grade count's share right after it: "，占41.67%", "，占项目总数的41.67%". */
const ITEM_SHARE =
  /^\s*[，,]\s*占(?:[\u4e00-\u9fa5]{0,6}?(?:总数|总个数|个数|数量)的?)?(?:比|比例|比重)?(?:为)?\s*(\d+(?:\.\d+)?)\s*[%％]/;

/**
 * The share each grade's count states ("“良”的项目3个，占15.00%") against the count ÷ the items graded — the
 * list's own sum, read when the list is every grade and its sum is the stated total (so the base is told
 * twice). Precision first: judged only when at least two counts state a share and some other share holds with
 * that base (the shares are of the items, not of their funds) — `minHeld` others (two when the list is not
 * told whole or does not add up to the count stated).
 */
function checkGradeShares(
  ctx: Ctx,
  li: number,
  line: string,
  start: number,
  text: string,
  items: readonly RegExpExecArray[],
  base: number,
  minHeld: number,
  baseName = '各等次项目数之和',
): void {
  if (base <= 0) return;
  const shares = items.flatMap((m) => {
    const end = m.index + m[0].length;
    const share = ITEM_SHARE.exec(text.slice(end));
    if (!share) return [];
    const value = share[1]!;
    const printed = { value, places: printedPlaces(value) };
    const inputs = [
      { value: m[4]!, places: 0 },
      { value: String(base), places: 0 },
    ];
    const verdict = judgeRatio(printed, inputs, ([a, b]) => sharePercent(a!, b!), SHARE);
    const at = start + end + share[0].indexOf(value);
    return verdict ? [{ item: m, value, verdict, at, end: start + end + share[0].length }] : [];
  });
  if (shares.length < 2) return;
  for (const sh of shares) {
    const others = shares.filter((o) => o !== sh);
    if (others.filter((o) => o.verdict.kind === 'ok').length < minHeld) continue;
    const count = sh.item[4]!;
    const unit = sh.item[5]!;
    const ok = sh.verdict.kind !== 'wrong';
    const exact = sh.verdict.kind === 'ok' ? sh.value : show(sh.verdict.exact, printedPlaces(sh.value));
    const arithmetic = `${count} ÷ ${base}${unit} × 100% = ${exact}%`;
    claim(ctx, 'share', li, sh.at, ok, `${arithmetic}，文中${sh.value}%`);
    if (ok) continue;
    report(
      ctx,
      li,
      'share.percent',
      'error',
      excerptOf(line, start + sh.item.index, sh.end, 0),
      `${exact}%`,
      `${sh.value}%`,
      `该等次项目占比应为 ${arithmetic}（${baseName}${base}${unit}），文中为${sh.value}%。`,
      sh.at,
    );
  }
}

/** The one count of graded items in `line` between `from` and `to`; undefined when none, null when several. */
/**
 * The count of items graded stated in a paragraph above the list's (three blocks up at most, headings between
 * passed over, a table not): the last sentence there speaking of 评价 / 自评 that states a count, its clause not
 * another year's, a plan's or a change's ("共有21个预算部门对48个项目开展了绩效自评，较上年40个增加8个").
 */
function totalAbove(
  ctx: Ctx,
  blockAt: (li: number) => number | undefined,
  li: number,
): number | null | undefined {
  const k = blockAt(li);
  if (k === undefined) return undefined;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const b = ctx.layout.blocks[j]!;
    if (b.kind !== 'paragraph') return undefined;
    if (b.heading) continue;
    const text = ctx.lines[b.first] ?? '';
    const spans = sentences(text);
    for (let si = spans.length - 1; si >= 0; si--) {
      const sentence = text.slice(spans[si]!.start, spans[si]!.end);
      if (!/评价|自评|评审|考核/.test(sentence)) continue;
      const values = new Set<number>();
      for (const clause of sentence.split(/[，,；;]/)) {
        if (/上年|去年|同期|计划|预计|目标|增加|减少/.test(clause)) continue;
        for (const m of allMatches(clause, GRADED_TOTAL)) values.add(countOf(m[1] ?? m[3]!));
      }
      if (values.size > 0) return values.size === 1 ? [...values][0]! : null;
    }
  }
  return undefined;
}

function totalIn(line: string, from: number, to: number): number | null | undefined {
  const found = allMatches(line.slice(from, to), GRADED_TOTAL);
  if (found.length === 0) return undefined;
  // "对全部6个项目开展了绩效运行监控，并对6个项目开展了绩效自评": the same count twice is one total.
  const values = new Set(found.map((f) => countOf(f[1] ?? f[3]!)));
  if (values.size > 1) return null;
  return [...values][0]!;
}

/** A sum of counts against its total: what a count rule found. */
export type CountSum = {
  /** Where the total (or the list) is in the logical line, and the excerpt's extent. */
  at: number;
  excerpt: [number, number];
  sum: number;
  total: number;
  unit: string;
  /** The claim's arithmetic and the finding's message when the sum is not the total. */
  arithmetic: string;
  message: string;
};

/** Records the claim and, when the counts do not add up, its `count.sum` error. */
export function judgeCountSum(ctx: Ctx, li: number, line: string, c: CountSum): void {
  const ok = c.sum === c.total;
  claim(ctx, 'count', li, c.at, ok, c.arithmetic);
  if (ok) return;
  report(
    ctx,
    li,
    'count.sum',
    'error',
    excerptOf(line, c.excerpt[0], c.excerpt[1], 0),
    `${c.sum}${c.unit}`,
    `${c.total}${c.unit}`,
    c.message,
    c.at,
  );
}

/**
 * "自评得分分别为96.5、94.0、92.5、88.5分…其中“优”的项目3个，“良”的项目1个": with every item's score listed
 * before (as many as the total), each grade's count is the number of listed scores in its band (the
 * document's grade bands). True when so read (the counts' sum is then held to the scores, not to the total).
 */
function checkGradesOfListedScores(
  ctx: Ctx,
  li: number,
  line: string,
  sentenceStart: number,
  items: readonly RegExpExecArray[],
  grades: readonly string[],
  total: number,
): boolean {
  const listStart = sentenceStart + items[0]!.index;
  const scores = listedScores(line.slice(0, listStart), total);
  if (!scores || !grades.every((g) => ctx.grades.some((b) => b.grade === g))) return false;
  const sentence = line.slice(Math.max(0, line.lastIndexOf('。', listStart) + 1), listStart);
  if (!statedCutoffsKnown(sentence, ctx.grades)) return false;
  items.forEach((m, k) => {
    const grade = grades[k]!;
    const inBand = scores.filter((v) => gradeOf(v, ctx.grades) === grade);
    const printed = Number(m[4]!);
    const at = sentenceStart + m.index;
    const ok = inBand.length === printed;
    claim(
      ctx,
      'grade',
      li,
      at,
      ok,
      `得分为“${grade}”的：${inBand.join('、') || '无'}，共${inBand.length}个，文中${printed}个`,
    );
    if (ok) return;
    report(
      ctx,
      li,
      'grade.score',
      'error',
      excerptOf(line, at, at + m[0].length, 0),
      `${inBand.length}${m[5]}`,
      `${printed}${m[5]}`,
      `文中所列${scores.length}个得分（${scores.join('、')}）中，按等级标准为“${grade}”的有${inBand.length}个${inBand.length ? `（${inBand.join('、')}）` : ''}，文中为${printed}${m[5]}。`,
      at,
    );
  });
  return true;
}
