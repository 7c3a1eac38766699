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
import { claim, excerptOf, report, type Ctx } from './context.ts';
import { forEachFigureLine, lineFigures } from './prose-lines.ts';
import { COUNT_UNITS, type NumberToken } from './numbers.ts';

/** The topics a total and its parts must share (any word of a group names the group). */
const TOPICS: readonly (readonly string[])[] = [['接待'], ['出国', '出境', '团组'], ['公务用车', '用车']];

/**
 * "全年共接待58批次、430人次", "合计派出因公出国（境）团组3个、14人次", "共有公务用车10辆": the total's marker opening
 * its clause (so 公共 / 共享 inside a name is no marker) and what it counts.
 */
const TOTAL =
  /^\s*(?:20\d\d\s*年度?)?\s*(?:全年|本年度?|当年|年内|年末|累计)?\s*(?:共计|合计|总计|共)(?:有|为|达)?([^\d，,。；;：:]{0,16}?)$/;

/** Words that make a count something other than a part actually done this year. */
const NOT_A_PART =
  /上年|去年|上一年|同期|比|较|增加|减少|增长|下降|计划|预计|目标|预算|不少于|不超过|以上|以下|超过|其中|分别|各|购置|报废|处置|更新|新增|调入|调出|划转|拍卖/;

function topicOf(text: string): number {
  return TOPICS.findIndex((words) => words.some((w) => text.includes(w)));
}

type Part = { token: NumberToken; at: number };

export function checkCountSums(ctx: Ctx): void {
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
      from = totals[totals.length - 1]!.end;
      const topic = topicOf(lead);
      if (topic < 0 || /其中|分别|各|上年|去年|上一年|同期|计划|预计/.test(lead)) continue;
      // A total of another year than the document's is not this year's parts' total.
      const years = lead.match(/20\d\d/g) ?? [];
      if (years.some((y) => ctx.year !== null && Number(y) !== ctx.year)) continue;
      for (const total of totals) {
        const parts = partsOf(line, figures, region, total.unit, topic, ctx.year);
        if (parts === null || parts.length < 2) continue;
        judge(ctx, li, line, parts, total, region.start);
      }
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
  const ok = sum === Number(total.value);
  claim(
    ctx,
    'count',
    li,
    total.start,
    ok,
    `${partsText} = ${sum}${total.unit}，文中合计${total.value}${total.unit}`,
  );
  if (ok) return;
  report(
    ctx,
    li,
    'count.sum',
    'error',
    excerptOf(line, Math.max(from, parts[0]!.at - 12, total.start - 60), total.end, 0),
    `${sum}${total.unit}`,
    `${total.value}${total.unit}`,
    `前文所列各项 ${partsText} = ${sum}${total.unit}，文中合计却为${total.value}${total.unit}。`,
    total.start,
  );
}
