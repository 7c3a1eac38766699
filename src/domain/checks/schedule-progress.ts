/**
 * A 监控 rate against the schedule — "截至2024年8月31日，累计执行3,313.99万元，预算执行率63.85%，序时进度66.67%，低于
 * 序时进度2.82个百分点", "预算执行率50.08%，高于序时进度16.59个百分点" in a 1—8月 report: 高于 / 低于 must say on
 * which side of the schedule the rate is (`change.direction`), and the points must be their difference
 * (`completion.schedule`), within the rounding of the printed figures.
 *
 * The schedule is the 序时进度 stated in the same sentence; else the months elapsed ÷ 12 of the period the
 * sentence, its paragraph or the document's title states ("1—8月": 66.67%) — when the document names one
 * period only. Precision first: the rate is the one 执行率 / 执行进度 / 支出进度 of the clause group before the
 * comparison; nothing else is read.
 *
 * A count of the projects on one side of it — "执行进度低于序时进度的项目共2个" — against the projects the paragraph
 * (or the one before) lists with their rates ("A经费…执行率41.20%，低于序时进度…；B经费…执行率52.75%，…"):
 * `count.enumeration` when the count is neither how many the words put on that side nor how many rates are on it.
 * Read only when the listing is whole: each clause group (to "；" or "。") with one rate, not an overall one
 * (整体, 总体, 平均, 合计…), is a project, and their number is the one project count the two paragraphs state
 * ("3个项目", "项目共3个"); a rate level with the schedule leaves the count alone.
 */
import { dec, type Dec } from '../money/index.ts';
import { allMatches, claim, excerptOf, printedLines, report, sentencesAt, type Ctx } from './context.ts';
import { printedPlaces, SMALL_NUMBERS } from './numbers.ts';
import { forEachFigureLineWith } from './prose-lines.ts';
import { halfUlp, show } from './verdict.ts';
import { mentionsAny } from './document-words.ts';

// (The schedule may be printed in brackets after its name: "低于序时进度（66.67%）4.02个百分点".)
const COMPARED =
  /(高于|超过|快于|领先|低于|落后于?|慢于|滞后于?)\s*(?:序时进度|时间进度|序时)\s*(?:[（(]\s*(\d+(?:\.\d+)?)\s*[%％]\s*[）)])?\s*(\d+(?:\.\d+)?)\s*个?百分点/g;
const RATE = /(?:执行率|执行进度|支出进度|支付进度)\s*(?:为|是|达到?)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;
const STATED = /(?:序时进度|时间进度)\s*(?:为|是)?\s*(\d+(?:\.\d+)?)\s*[%％]/;
const PERIOD = /1\s*[—–\-－~～至到]+\s*(\d{1,2})\s*月/g;
const ABOVE = /高于|超过|快于|领先/;

/** `wrongRates`: the rates (`li:offset`) already reported wrong, whose points are not judged again. */
export function checkScheduleProgress(ctx: Ctx, wrongRates: ReadonlySet<string> = new Set()): void {
  // (Every claim compares a rate with the 序时进度 / 时间进度.)
  if (!mentionsAny(ctx, ['序时', '时间进度'])) return;
  let documentMonths: number | null | undefined;
  const monthsOfDocument = (): number | null => (documentMonths ??= onePeriod(ctx.lines.join('\n')));
  forEachFigureLineWith(ctx, '百分点', (line, li) => {
    if (!/序时|时间进度/.test(line)) return;
    for (const s of sentencesAt(ctx, li)) {
      for (const m of allMatches(s.text, COMPARED)) {
        // The clause group (to "；") holding the comparison, up to it.
        const groupStart = s.text.lastIndexOf('；', m.index) + 1;
        const lead = s.text.slice(groupStart, m.index);
        const rates = allMatches(lead, RATE);
        if (rates.length !== 1) continue;
        const rate = rates[0]![1]!;
        const rateAt = s.start + groupStart + rates[0]!.index + rates[0]![0].indexOf(rate);
        if (wrongRates.has(`${li}:${rateAt}`)) continue;
        const stated = m[2] ?? STATED.exec(lead)?.[1];
        const months =
          onePeriod(s.text) ?? quarterPeriod(s.text, lead) ?? onePeriod(line) ?? monthsOfDocument();
        const byMonths =
          months === null || months < 1 || months > 12
            ? null
            : {
                value: dec(months).div(12).times(100),
                // (An exact schedule: no rounding of its own.)
                text: `序时进度${show(dec(months).div(12).times(100), 2)}%（${months} ÷ 12）`,
                slack: dec(0),
                // (Some count the days elapsed instead: 90 ÷ 365 at the end of March.)
                alternatives: daysElapsed(months),
              };
        let schedule: { value: Dec; text: string; slack: Dec; alternatives?: Dec[] };
        // A stated schedule that is not the period's (a wrong one is reported; the points judged against both).
        let other: typeof schedule | null = null;
        if (stated !== undefined) {
          schedule = {
            value: dec(stated),
            text: `序时进度${stated}%`,
            slack: halfUlp(printedPlaces(stated)),
          };
          const at =
            s.start +
            (m[2] !== undefined ? m.index + m[0].indexOf(m[2]) : lead.lastIndexOf(stated) + groupStart);
          if (byMonths && months !== null && !checkStatedSchedule(ctx, li, line, at, stated, months, s.text))
            other = byMonths;
        } else {
          if (!byMonths) continue;
          schedule = byMonths;
        }
        const points = m[3]!;
        const holds = (sch: typeof schedule): boolean =>
          [sch.value, ...(sch.alternatives ?? [])].some((v) =>
            dec(rate)
              .minus(v)
              .abs()
              .minus(points)
              .abs()
              .lte(
                halfUlp(printedPlaces(rate))
                  .plus(sch.slack)
                  .plus(halfUlp(printedPlaces(points))),
              ),
          );
        // (Points that hold against a wrong stated schedule are its fault, reported once; else they are judged
        // against the period's.)
        if (other && !holds(schedule)) schedule = other;
        const at = s.start + m.index;
        const excerpt = excerptOf(line, s.start + groupStart, at + m[0].length, 0);
        const said = { rate, word: m[1]!, points, what: `执行率${rate}%`, where: '文中' };
        judgePoints(ctx, li, at, excerpt, said, schedule, holds(schedule));
      }
    }
  });
  checkBareSides(ctx, monthsOfDocument);
  checkSideCounts(ctx, monthsOfDocument);
  checkScheduleRows(ctx);
  checkRowsAgainstDocumentSchedule(ctx, monthsOfDocument);
}

/** A table row's one rate and its place against the schedule: "210人次   35.00%   低于序时进度31.67个百分点". */
const RATE_THEN_SIDE =
  /(\d+(?:\.\d+)?)\s*[%％]\s{2,}(高于|超过|快于|领先|低于|落后于?|慢于|滞后于?)(?:序时进度|时间进度)\s*(\d+(?:\.\d+)?)\s*个?百分点/;

/**
 * A 监控表 row printing one rate (执行率, 完成进度) and, in the next cell, how far it is from the schedule — the
 * schedule the document's: the one 序时进度 it states (every statement the same), else the months of its one
 * period ÷ 12. The side and the points as in a sentence (`change.direction`, `completion.schedule`). Read only
 * when the row prints no other rate (a target "≥90%" or a second rate leaves it).
 */
function checkRowsAgainstDocumentSchedule(ctx: Ctx, monthsOfDocument: () => number | null): void {
  const lines = printedLines(ctx);
  let schedule: { value: Dec; text: string; slack: Dec } | null | undefined;
  const documentSchedule = (): typeof schedule => {
    const stated = new Set<string>();
    for (const l of ctx.lines) {
      const m = STATED.exec(l);
      if (m) stated.add(m[1]!);
    }
    if (stated.size > 1) return null;
    const [one] = [...stated];
    if (one !== undefined)
      return { value: dec(one), text: `序时进度${one}%`, slack: halfUlp(printedPlaces(one)) };
    const months = monthsOfDocument();
    if (months === null || months < 1 || months > 12) return null;
    const value = dec(months).div(12).times(100);
    return { value, text: `序时进度${show(value, 2)}%（${months} ÷ 12）`, slack: dec(0) };
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes('百分点')) continue;
    const m = RATE_THEN_SIDE.exec(line);
    if (!m || (line.match(/[%％]/g)?.length ?? 0) !== 1) continue;
    schedule = schedule === undefined ? documentSchedule() : schedule;
    if (!schedule) return;
    const [rate, word, points] = [m[1]!, m[2]!, m[3]!];
    const ok = dec(rate)
      .minus(schedule.value)
      .abs()
      .minus(points)
      .abs()
      .lte(
        halfUlp(printedPlaces(rate))
          .plus(schedule.slack)
          .plus(halfUlp(printedPlaces(points))),
      );
    judgePoints(ctx, i, m.index, m[0], { rate, word, points, what: `${rate}%`, where: '表中' }, schedule, ok);
  }
}

/**
 * A rate's stated side of the schedule and its points from it (`ok`: the points hold within rounding): the side
 * first (`change.direction`), then the points (`completion.schedule`). `what` names the rate in the message, `where`
 * the place that states it (文中, 表中).
 */
function judgePoints(
  ctx: Ctx,
  li: number,
  at: number,
  excerpt: string,
  stated: { rate: string; word: string; points: string; what: string; where: string },
  schedule: { value: Dec; text: string },
  ok: boolean,
): void {
  const { rate, word, points, what, where } = stated;
  const gap = dec(rate).minus(schedule.value);
  if (!gap.isZero() && gap.gt(0) !== ABOVE.test(word)) {
    claim(ctx, 'completion', li, at, false, `${what}，${schedule.text}，${where}${word}序时进度`);
    report(
      ctx,
      li,
      'change.direction',
      'error',
      excerpt,
      gap.gt(0) ? '高于' : '低于',
      word,
      `${what}${gap.gt(0) ? '高于' : '低于'}${schedule.text}，${where}却写“${word}序时进度”。`,
      at,
    );
    return;
  }
  const shown = show(gap.abs(), printedPlaces(points));
  claim(
    ctx,
    'completion',
    li,
    at,
    ok,
    `|${rate}% − ${schedule.text}| = ${shown}个百分点，${where}${points}个百分点`,
  );
  if (ok) return;
  report(
    ctx,
    li,
    'completion.schedule',
    'error',
    excerpt,
    `${shown}个百分点`,
    `${points}个百分点`,
    `${what}与${schedule.text}相差 ${shown} 个百分点，${where}为${points}个百分点。`,
    at,
  );
}

/** A 监控表's row "75.00%  70.02%  落后4.98个百分点" under a header naming 序时进度 and 执行进度. */
const SCHEDULE_ROW =
  /(\d+(?:\.\d+)?)\s*[%％]\s+(\d+(?:\.\d+)?)\s*[%％]\s+(超前|领先|快于|高于|落后|滞后|慢于|低于)\s*(\d+(?:\.\d+)?)\s*个?百分点/;
const AHEAD = /超前|领先|快于|高于/;

/**
 * The same in a 监控表's row: the two rates in the order the header line above names 序时进度 and 执行进度 (the
 * header names both, and the gap: 差异 / 比较), the side and the points after them.
 */
function checkScheduleRows(ctx: Ctx): void {
  const lines = printedLines(ctx);
  for (let i = 1; i < lines.length; i++) {
    const m = SCHEDULE_ROW.exec(lines[i]!);
    if (!m) continue;
    const head = lines[i - 1]!;
    const [scheduleAt, rateAt] = [head.indexOf('序时进度'), head.search(/执行进度|执行率|支出进度/)];
    if (scheduleAt < 0 || rateAt < 0 || !/差异|比较|对比|差距/.test(head)) continue;
    const [schedule, rate] = scheduleAt < rateAt ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
    const points = m[4]!;
    const gap = dec(rate).minus(schedule);
    const ahead = AHEAD.test(m[3]!);
    const at = m.index;
    const excerpt = m[0];
    if (!gap.isZero() && gap.gt(0) !== ahead) {
      claim(ctx, 'completion', i, at, false, `执行进度${rate}%，序时进度${schedule}%，表中${m[3]}`);
      report(
        ctx,
        i,
        'change.direction',
        'error',
        excerpt,
        gap.gt(0) ? '超前' : '落后',
        m[3]!,
        `执行进度${rate}%${gap.gt(0) ? '高于' : '低于'}序时进度${schedule}%，表中却写“${m[3]}”。`,
        at,
      );
      continue;
    }
    const slack = halfUlp(printedPlaces(rate))
      .plus(halfUlp(printedPlaces(schedule)))
      .plus(halfUlp(printedPlaces(points)));
    const ok = gap.abs().minus(points).abs().lte(slack);
    const shown = show(gap.abs(), printedPlaces(points));
    claim(
      ctx,
      'completion',
      i,
      at,
      ok,
      `|${rate}% − 序时进度${schedule}%| = ${shown}个百分点，表中${points}个百分点`,
    );
    if (ok) continue;
    report(
      ctx,
      i,
      'completion.schedule',
      'error',
      excerpt,
      `${shown}个百分点`,
      `${points}个百分点`,
      `执行进度${rate}%与序时进度${schedule}%相差 ${shown} 个百分点，表中为${points}个百分点。`,
      at,
    );
  }
}

const SIDE_COUNT =
  /(高于|超过|快于|领先|低于|落后于?|慢于|滞后于?)\s*(?:序时进度|时间进度)的项目(?:共有|共计|共|有)?\s*(\d+|[一二两三四五六七八九十])\s*个/g;
const SIDE_WORD = /(高于|超过|快于|领先|低于|落后于?|慢于|滞后于?)\s*(?:序时进度|时间进度)/;
const OVERALL = /整体|总体|综合|平均|合计|全部|累计执行|项目共|个项目/;
const PROJECTS = /(\d+)\s*个(?:监控)?项目|项目(?:共计|共有|共)\s*(\d+)\s*个/g;

type Listed = { rate: string; side: boolean | null };

/** A rate of a source of funds, not of a project: "中央财政资金执行1,035.90万元，执行率63.87%". */
const SOURCE_RATE = /资金来源|财政资金|本级资金|上级资金|专项资金执行|资金执行/;

/** The projects a text lists with their rates (see the header); null when it lists none (or lists sources). */
function listedProjects(text: string): Listed[] | null {
  const out: Listed[] = [];
  for (const group of text.split(/[；;。]/)) {
    const rates = allMatches(group, RATE);
    if (rates.length !== 1) continue;
    const r = rates[0]!;
    if (OVERALL.test(group.slice(0, r.index))) continue;
    if (SOURCE_RATE.test(group.slice(0, r.index))) return null;
    const word = SIDE_WORD.exec(group.slice(r.index + r[0].length));
    out.push({ rate: r[1]!, side: word ? ABOVE.test(word[1]!) : null });
  }
  return out.length > 0 ? out : null;
}

/** "低于序时进度的项目共N个" against the projects listed before it (see the header). */
function checkSideCounts(ctx: Ctx, monthsOfDocument: () => number | null): void {
  const blocks = ctx.layout.blocks;
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (block.kind !== 'paragraph' || !/的项目/.test(block.text)) continue;
    const text = block.text;
    const prev = blocks[k - 1];
    const before = prev?.kind === 'paragraph' ? prev.text : '';
    for (const m of allMatches(text, SIDE_COUNT)) {
      const lead = text.slice(0, m.index);
      const here = listedProjects(lead);
      const listed = here ?? listedProjects(before);
      if (!listed) continue;
      const scope = `${before}${lead}`;
      const totals = new Set(allMatches(scope, PROJECTS).map((p) => Number(p[1] ?? p[2])));
      if (totals.size !== 1 || [...totals][0] !== listed.length) continue;
      const statedAll = new Set(
        [...`${before}${text}`.matchAll(new RegExp(STATED.source, 'g'))].map((s) => s[1]!),
      );
      for (const s of `${before}${text}`.matchAll(/(?:序时进度|时间进度)\s*[（(]\s*(\d+(?:\.\d+)?)\s*[%％]/g))
        statedAll.add(s[1]!);
      const months = monthsOfDocument();
      const schedule =
        statedAll.size === 1
          ? dec([...statedAll][0]!)
          : statedAll.size === 0 && months !== null && months >= 1 && months <= 11
            ? dec(months).div(12).times(100)
            : null;
      if (schedule === null) continue;
      const above = ABOVE.test(m[1]!);
      if (
        listed.some((p) =>
          dec(p.rate)
            .minus(schedule)
            .abs()
            .lte(halfUlp(printedPlaces(p.rate))),
        )
      )
        continue;
      const byRates = listed.filter((p) => dec(p.rate).gt(schedule) === above).length;
      const byWords = listed.every((p) => p.side !== null)
        ? listed.filter((p) => p.side === above).length
        : null;
      const stated = SMALL_NUMBERS[m[2]!] ?? Number(m[2]);
      const holds = stated === byRates || stated === byWords;
      const at = m.index + m[0].lastIndexOf(m[2]!);
      const side = above ? '高于' : '低于';
      const rates = listed.map((p) => `${p.rate}%`).join('、');
      claim(
        ctx,
        'count',
        block.first,
        at,
        holds,
        `所列${listed.length}个项目执行率${rates}，序时进度${show(schedule, 2)}%，${side}的${byRates}个，文中${stated}个`,
      );
      if (holds) continue;
      report(
        ctx,
        block.first,
        'count.enumeration',
        'error',
        excerptOf(text, m.index, m.index + m[0].length, 0),
        `${byRates}个`,
        `${stated}个`,
        `前文所列${listed.length}个项目的执行率为${rates}，${side}序时进度${show(schedule, 2)}%的有${byRates}个${byWords !== null && byWords !== byRates ? `（文字所写${side}的${byWords}个）` : ''}，文中却写${stated}个。`,
        at,
      );
    }
  }
}

/** "执行率73.90%，低于序时进度" with no points: the side alone. */
const BARE_SIDE =
  /(?:执行率|执行进度|支出进度|支付进度)\s*(?:为|是|达到?)?\s*(\d+(?:\.\d+)?)\s*[%％]\s*[，,]\s*(高于|超过|快于|领先|低于|落后于?|慢于|滞后于?)\s*(?:序时进度|时间进度)(?!\s*(?:[（(]\s*\d[^）)]*[）)]\s*)?\d)/g;

/**
 * A rate said to be above or below the schedule without the points: "执行率73.90%，低于序时进度" where the schedule
 * is 66.67% — the side must be the rate's (`change.direction`). The schedule: the one 序时进度 the paragraph states,
 * else the months of the one period the document names (1—8月: 66.67%). A rate equal to it is not judged.
 */
function checkBareSides(ctx: Ctx, monthsOfDocument: () => number | null): void {
  for (const block of ctx.layout.blocks) {
    if (block.kind !== 'paragraph' || !/序时进度|时间进度/.test(block.text)) continue;
    const text = ctx.lines[block.first] ?? '';
    const statedAll = [
      ...text.matchAll(
        new RegExp(STATED.source + '|(?:序时进度|时间进度)\\s*[（(]\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]', 'g'),
      ),
    ].map((m) => m[1] ?? m[2]);
    const stated = new Set(statedAll);
    const months = monthsOfDocument();
    const schedule =
      stated.size === 1
        ? dec([...stated][0]!)
        : stated.size === 0 && months !== null && months >= 1 && months <= 11
          ? dec(months).div(12).times(100)
          : null;
    if (schedule === null) continue;
    for (const m of allMatches(text, BARE_SIDE)) {
      const rate = dec(m[1]!);
      if (
        rate.eq(schedule) ||
        rate
          .minus(schedule)
          .abs()
          .lte(halfUlp(printedPlaces(m[1]!)))
      )
        continue;
      const above = ABOVE.test(m[2]!);
      const holds = above === rate.gt(schedule);
      const at = m.index + m[0].indexOf(m[2]!);
      const shown = show(schedule, 2);
      claim(
        ctx,
        'completion',
        block.first,
        at,
        holds,
        `执行率${m[1]}%，序时进度${shown}%，文中${m[2]}序时进度`,
      );
      if (holds) continue;
      report(
        ctx,
        block.first,
        'change.direction',
        'error',
        excerptOf(text, m.index, m.index + m[0].length, 0),
        rate.gt(schedule) ? '高于序时进度' : '低于序时进度',
        `${m[2]}序时进度`,
        `执行率${m[1]}%${rate.gt(schedule) ? '高于' : '低于'}序时进度${shown}%，文中却写${m[2]}序时进度。`,
        at,
      );
    }
  }
}

/** Days from 1 January to the end of each month, in a year of 365 days. */
const DAYS_TO_MONTH_END = [31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

/**
 * A 序时进度 stated for a 1—N月 period must be N ÷ 12 (or the days elapsed to the month's end ÷ the year's days,
 * as some count it), within its rounding: "1—8月 … 序时进度（75.00%）" → 8 ÷ 12 = 66.67%. Not read when the
 * sentence dates the rate to a day not the month's end ("截至9月15日"). Returns whether it holds.
 */
function checkStatedSchedule(
  ctx: Ctx,
  li: number,
  line: string,
  at: number,
  stated: string,
  months: number,
  sentence: string,
): boolean {
  for (const d of allMatches(sentence, /(\d{1,2})\s*月\s*(\d{1,2})\s*日/g)) {
    const [mo, day] = [Number(d[1]), Number(d[2])];
    if (mo !== months || day < 28) return true;
  }
  const byMonths = dec(months).div(12).times(100);
  const candidates = [byMonths, ...daysElapsed(months)];
  const slack = halfUlp(printedPlaces(stated));
  const ok = candidates.some((c) => c.minus(stated).abs().lte(slack));
  const expected = show(byMonths, printedPlaces(stated));
  claim(
    ctx,
    'completion',
    li,
    at,
    ok,
    `1—${months}月的序时进度 ${months} ÷ 12 = ${expected}%，文中${stated}%`,
  );
  if (!ok)
    report(
      ctx,
      li,
      'completion.schedule',
      'error',
      excerptOf(line, at, at + stated.length + 1, 20),
      `${expected}%`,
      `${stated}%`,
      `1—${months}月的序时进度应为 ${months} ÷ 12 × 100% = ${expected}%，文中为${stated}%。`,
      at,
    );
  return ok;
}

/** The days elapsed to the end of month `months` over the year's days, in a year of 365 and of 366 days (%). */
function daysElapsed(months: number): Dec[] {
  const days = DAYS_TO_MONTH_END[months - 1]!;
  return [
    dec(days).div(365).times(100),
    dec(days + (months > 1 ? 1 : 0))
      .div(366)
      .times(100),
  ];
}

const QUARTER = /(?:第|前)\s*([一二三四1-4])\s*个?\s*季度/g;
const QUARTER_NUMBER: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4 };

/**
 * The months to the end of the one quarter a sentence names ("第一季度", "截至第二季度末", "前三季度"), when the
 * rate is a running one: 累计 before it, a quarter's end or the first N quarters named, or the first quarter (a
 * quarter's own rate is not set against the schedule). Null when the sentence names a month or several quarters.
 */
function quarterPeriod(sentence: string, lead: string): number | null {
  if (/\d\s*月/.test(sentence)) return null;
  const found = allMatches(sentence, QUARTER);
  const quarters = new Set(found.map((m) => QUARTER_NUMBER[m[1]!] ?? Number(m[1])));
  if (quarters.size !== 1) return null;
  const q = [...quarters][0]!;
  const running =
    q === 1 ||
    lead.includes('累计') ||
    found.some((m) => m[0].startsWith('前') || sentence.startsWith('末', m.index + m[0].length));
  return running ? q * 3 : null;
}

/** The months of the one period ("1—8月") the text names; null when none or several. */
function onePeriod(text: string): number | null {
  const months = new Set(allMatches(text, PERIOD).map((m) => Number(m[1])));
  return months.size === 1 ? [...months][0]! : null;
}
