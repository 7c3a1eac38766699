/** Counts in prose: a count of the items named, and the same count stated twice. */
import { otherUnits } from './unit-sections.ts';
import { dec } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import { COUNT_UNITS, scanNumbers } from './numbers.ts';
import { forEachFigureLine } from './prose-lines.ts';

/** "“A”“B”“C”等3个项目": the count stated must equal the items named. */
export function checkEnumeratedCounts(ctx: Ctx): void {
  const re = /((?:“[^”]{1,40}”\s*[、，,]?\s*){2,})等?\s*(\d+)\s*(个|项|家)/g;
  forEachFigureLine(ctx, (line, li) => {
    for (const m of allMatches(line, re)) {
      const named = (m[1]!.match(/“[^”]+”/g) ?? []).length;
      claim(ctx, 'count', li, m.index, named === Number(m[2]), `列出${named}${m[3]}，文中写${m[2]}${m[3]}`);
      if (named !== Number(m[2])) {
        report(
          ctx,
          li,
          'count.enumeration',
          'error',
          excerptOf(line, m.index, m.index + m[0].length, 0),
          `${named}${m[3]}`,
          `${m[2]}${m[3]}`,
          `文中列出了${named}${m[3]}，却写作${m[2]}${m[3]}。`,
        );
      }
    }
  });
}

/**
 * The same count stated twice, close together (within 30 lines), with different figures: 001 says
 * "非政府采购项目共13个" and, 18 lines on, "非政府采购项目共10个" of the same project. The thing counted is
 * the Chinese words right before the figure (at least 5 characters, "共/为" dropped); a sentence that
 * compares (上年, 原, 调整, 目标, 预计 …) or names another year is not a restatement.
 */
export function checkRestatedCounts(ctx: Ctx): void {
  const COMPARES =
    /上年|去年|同期|原|调整|增加|减少|增长|下降|比|较|计划|预计|目标|预期|设定|应|不少于|以上|以下|超过/;
  type Stated = { line: number; value: string; unit: string; start: number; end: number; years: string };
  const seen = new Map<string, Stated[]>();
  // Per key, its latest statement on a line before the line now read.
  const lastOnOtherLine = new Map<string, Stated>();
  // The judgements made, run at the end: a count stated with three values or more is one for each of several units
  // (a 区's notice, a section a department) — no restatement.
  const judged: { key: string; judge: () => void }[] = [];
  const HAS_COUNT = /\d\s?(个|辆|人|次|台|套|批次|件|条|项|家|名)/;
  forEachFigureLine(ctx, (line, li) => {
    if (!HAS_COUNT.test(line)) return;
    for (const s of sentencesAt(ctx, li)) {
      if (!HAS_COUNT.test(s.text)) continue;
      // (A sentence that compares is not read, but for the unit's people named in a clause that does not:
      // "…，全单位53名在职人员中…，新技术应用能力不足".)
      const compares = COMPARES.test(s.text);
      if (compares && !WHOLE_UNIT_PEOPLE.test(s.text) && !UNIT_PEOPLE_BEFORE.test(s.text)) continue;
      const years = allMatches(s.text, /(20\d\d)\s*年/g)
        .map((m) => m[1])
        .join(',');
      for (const t of scanNumbers(s.text)) {
        // "高于序时进度3.70个百分点" is a difference of rates; a count is whole.
        if (!COUNT_UNITS.has(t.unit) || !/^\d+$/.test(t.value) || s.text.startsWith('百分点', t.end))
          continue;
        if (compares) {
          if (!COMPARES.test(clauseAround(s.text, t.start, t.end))) {
            checkPeopleNamedAfter(ctx, li, line, s.start, s.text, t, years, seen, true);
            checkUnitPeopleNamedBefore(ctx, li, line, s.start, s.text, t, years, seen);
          }
          continue;
        }
        checkPeopleNamedAfter(ctx, li, line, s.start, s.text, t, years, seen);
        checkUnitPeopleNamedBefore(ctx, li, line, s.start, s.text, t, years, seen);
        // The run of Chinese characters right before the figure (/([\u4e00-\u9fa5]{5,})$/ on the text before it).
        let from = t.start;
        while (from > 0 && isHan(s.text.charCodeAt(from - 1))) from--;
        if (t.start - from < 5) continue;
        const key = s.text
          .slice(from, t.start)
          .replace(/^(其中|分为)+/, '')
          .replace(/(共有|共计|共|为|达到|达|合计)$/, '');
        if (key.length < 5) continue;
        const list = seen.get(`${key}|${t.unit}`) ?? [];
        const here: Stated = {
          line: li,
          value: t.value,
          unit: t.unit,
          start: s.start + t.start,
          end: s.start + t.end,
          years,
        };
        // The latest statement of another line (read in O(1): a key stated a thousand times on one line stays linear).
        const latest = list[list.length - 1];
        const other = latest && latest.line !== li ? latest : lastOnOtherLine.get(`${key}|${t.unit}`);
        const before = other && li - other.line <= 30 ? other : undefined;
        if (latest && latest.line !== li) lastOnOtherLine.set(`${key}|${t.unit}`, latest);
        list.push(here);
        seen.set(`${key}|${t.unit}`, list);
        if (!before || before.years !== years || otherUnits(ctx, before.line, li)) continue;
        if (siblingSections(ctx, before.line, li)) continue;
        judged.push({
          key: `${key}|${t.unit}`,
          judge: () => {
            claim(
              ctx,
              'count',
              li,
              here.start,
              dec(before.value).eq(t.value),
              `${key}：第${ctx.layout.lineAt(before.line, before.start) + 1}行${before.value}${t.unit}，此处${t.value}${t.unit}`,
            );
            if (dec(before.value).eq(t.value)) return;
            report(
              ctx,
              li,
              'count.restated',
              'error',
              excerptOf(line, here.start - key.length, here.end, 10),
              `${before.value}${t.unit}`,
              `${t.value}${t.unit}`,
              `第${before.line + 1}行写“${key}${before.value}${t.unit}”，此处却为${t.value}${t.unit}，同一数量前后不一致。`,
            );
          },
        });
      }
    }
  });
  for (const { key, judge } of judged) {
    const values = new Set((seen.get(key) ?? []).map((o) => o.value));
    if (values.size <= 2) judge();
  }
}

/**
 * Two sentences' years (their "20XX年", comma-joined) of one period: the same, or one naming none and the other only
 * the document's year ("截至2025年12月31日，实有在职人员…" and, later, "用于…名在职人员").
 */
function sameYears(year: number | null, a: string, b: string): boolean {
  if (a === b) return true;
  const only = (ys: string): boolean => year !== null && ys.split(',').every((y) => Number(y) === year);
  return (a === '' && only(b)) || (b === '' && only(a));
}

/** A heading's numbering level: "一、" 1, "（一）" 2, "1." 3; 0 when not numbered. */
function numberedLevel(text: string): number {
  const t = text.trim();
  if (/^[一二三四五六七八九十]{1,3}、/.test(t)) return 1;
  if (/^[（(][一二三四五六七八九十]{1,3}[）)]/.test(t)) return 2;
  if (/^\d{1,2}[.．、](?!\d)/.test(t)) return 3;
  return 0;
}

/** The numbered heading (a paragraph of one short line, no sentence) nearest above line `li`: its block index. */
function headingAbove(ctx: Ctx, li: number): { at: number; level: number } | null {
  const blocks = ctx.layout.blocks;
  for (let k = blocks.length - 1; k >= 0; k--) {
    const b = blocks[k]!;
    if (b.first > li || b.kind !== 'paragraph') continue;
    if (b.first === li && b.last === li) continue;
    const level =
      b.last === b.first && b.text.length <= 30 && !/[。；]/.test(b.text) ? numberedLevel(b.text) : 0;
    if (level > 0) return { at: k, level };
  }
  return null;
}

/**
 * Whether two lines stand under two sibling headings ("（一）甲项目" and "（二）乙项目"): the same words count
 * each section's own things.
 */
function siblingSections(ctx: Ctx, a: number, b: number): boolean {
  const x = headingAbove(ctx, a);
  const y = headingAbove(ctx, b);
  if (x === null || y === null || x.at === y.at || x.level !== y.level) return false;
  // (Headings of topics — "（一）项目概况", "（三）资金投入使用情况" — speak of one subject; headings naming things —
  // "（一）营养改善计划", "（二）校舍维修" — each of its own.)
  const topic = (k: number): boolean => {
    const b = ctx.layout.blocks[k]!;
    return b.kind === 'paragraph' && TOPIC_HEADING.test(b.text.trim());
  };
  return !topic(x.at) && !topic(y.at);
}

const TOPIC_HEADING =
  /(?:情况|概况|目标|分析|结论|问题|建议|措施|做法|成效|说明|方法|依据|过程|结果|评价|管理|实施|绩效|原因|指标|经验|总结|安排|执行|支出|收入|资金)[。：:]?$/;

/** People counted: 人 and 名 are one unit ("在职人员69人" = "69名在职人员"). */
const PEOPLE = new Set(['人', '名']);

/**
 * "用于保障67名在职人员的工资福利": a count of people before what they are ("…人员"), against the count stated
 * earlier (within 30 lines, the same years) after a name ending with it ("年末实有在职人员69人").
 */
function checkPeopleNamedAfter(
  ctx: Ctx,
  li: number,
  line: string,
  offset: number,
  text: string,
  t: { value: string; unit: string; start: number; end: number },
  years: string,
  seen: ReadonlyMap<string, readonly { line: number; value: string; start: number; years: string }[]>,
  wholeOnly = false,
): void {
  if (!PEOPLE.has(t.unit)) return;
  const who = /^[\u4e00-\u9fa5]{2,6}?人员/.exec(text.slice(t.end))?.[0];
  if (who === undefined) return;
  let before: { key: string; line: number; value: string; start: number } | null = null;
  if (!wholeOnly)
    for (const [k, list] of seen) {
      const [key, unit] = k.split('|') as [string, string];
      if (!PEOPLE.has(unit) || !key.endsWith(who)) continue;
      for (const o of list)
        if (
          o.line !== li &&
          li - o.line <= 30 &&
          sameYears(ctx.year, o.years, years) &&
          (!before || o.line > before.line)
        )
          before = { key, line: o.line, value: o.value, start: o.start };
    }
  if (WHOLE_UNIT.test(text.slice(0, t.start))) before ??= wholeUnitBefore(ctx.year, who, years, seen);
  if (!before) return;
  reportPeople(ctx, li, line, offset, t, before, `${t.value}${t.unit}${who}`, t.end + who.length);
}

/**
 * "部门在职人员36人中，…", "本局在职人员36人": the unit's people named before the count — the whole unit (the
 * name opens its run of characters with the unit's word), against the plain count stated earlier ("实有在职人员39人",
 * any distance; wholeUnitBefore). Not read when the same name was stated within 30 lines (the plain restatement's).
 */
function checkUnitPeopleNamedBefore(
  ctx: Ctx,
  li: number,
  line: string,
  offset: number,
  text: string,
  t: { value: string; unit: string; start: number; end: number },
  years: string,
  seen: ReadonlyMap<string, readonly { line: number; value: string; start: number; years: string }[]>,
): void {
  if (!PEOPLE.has(t.unit)) return;
  let from = t.start;
  while (from > 0 && isHan(text.charCodeAt(from - 1))) from--;
  const m = UNIT_PEOPLE_LEAD.exec(text.slice(from, t.start));
  if (!m) return;
  const who = m[1]!;
  const name = m[0].replace(/(?:共有|现有|共|为)$/, '');
  for (const [k, list] of seen)
    if (k === `${name}|${t.unit}` && list.some((o) => o.line !== li && li - o.line <= 30)) return;
  const before = wholeUnitBefore(ctx.year, who, years, seen);
  if (!before) return;
  reportPeople(ctx, li, line, offset, t, before, `${name}${t.value}${t.unit}`, t.end);
}

/** A sentence naming the unit's people before their count ("部门在职人员36人中"): read for them even when it compares. */
const UNIT_PEOPLE_BEFORE =
  /(?<![\u4e00-\u9fa5])(?:全|本)?(?:单位|部门|局|委|办|院|中心|所|站|厅|馆|队|校|会)[\u4e00-\u9fa5]{0,8}人员(?:共有|现有|共|为)?\s*\d+\s*[人名]/;

/** The unit's people named before their count: "部门在职人员", "本局实有在职人员", "全单位在编人员共有". */
const UNIT_PEOPLE_LEAD =
  /^(?:全|本)?(?:单位|部门|局|委|办|院|中心|所|站|厅|馆|队|校|会)(?:年末|年底)?(?:共有|现有|实有)?([\u4e00-\u9fa5]{2,6}?人员)(?:共有|现有|共|为)?$/;

function reportPeople(
  ctx: Ctx,
  li: number,
  line: string,
  offset: number,
  t: { value: string; unit: string; start: number; end: number },
  before: { key: string; line: number; value: string; start: number },
  said: string,
  end: number,
): void {
  const at = offset + t.start;
  const same = dec(before.value).eq(t.value);
  claim(
    ctx,
    'count',
    li,
    at,
    same,
    `${before.key}：第${ctx.layout.lineAt(before.line, before.start) + 1}行${before.value}人，此处${said}`,
  );
  if (same) return;
  report(
    ctx,
    li,
    'count.restated',
    'error',
    excerptOf(line, at, offset + end, 10),
    `${before.value}${t.unit}`,
    `${t.value}${t.unit}`,
    `第${ctx.layout.lineAt(before.line, before.start) + 1}行写“${before.key}${before.value}人”，此处却写${said}，同一人数前后不一致。`,
    at,
  );
}

/** "全单位53名在职人员", "本局共有42名在职人员": the people of the whole unit, named so right before the count. */
const WHOLE_UNIT = /(?:全|本)(?:单位|局|委|办|院|中心|所|站|部门|厅|馆|队|校|会)(?:共有|现有|实有|共)?\s*$/;
/** The plain count of the unit's people ("实有在职人员51人", "年末实有在职人员69人"): no part, no other scope. */
const PLAIN_PEOPLE = /^(?:年末|年底)?(?:实有|现有|共有)?$/;

/**
 * "全单位53名在职人员" far from the 人员 part ("年末实有在职人员51人", any distance): the unit's people stated
 * twice. Read only when the earlier statement is the plain count of those people (nothing but 年末 / 实有 before
 * them), every such statement gives one figure, and neither sentence names a year other than the document's.
 */
function wholeUnitBefore(
  year: number | null,
  who: string,
  years: string,
  seen: ReadonlyMap<string, readonly { line: number; value: string; start: number; years: string }[]>,
): { key: string; line: number; value: string; start: number } | null {
  const thisYear = (ys: string): boolean => ys === '' || ys.split(',').every((y) => Number(y) === year);
  if (year === null || !thisYear(years)) return null;
  let found: { key: string; line: number; value: string; start: number } | null = null;
  for (const [k, list] of seen) {
    const [key, unit] = k.split('|') as [string, string];
    if (!PEOPLE.has(unit) || !key.endsWith(who) || !PLAIN_PEOPLE.test(key.slice(0, -who.length))) continue;
    for (const o of list) {
      if (!thisYear(o.years)) continue;
      if (found && found.value !== o.value) return null;
      if (!found || o.line > found.line) found = { key, line: o.line, value: o.value, start: o.start };
    }
  }
  return found;
}

/** A sentence naming the unit's people as a whole: read for them even when it compares elsewhere. */
const WHOLE_UNIT_PEOPLE =
  /(?:全|本)(?:单位|局|委|办|院|中心|所|站|部门|厅|馆|队|校|会)(?:共有|现有|实有|共)?\s*\d+\s*[人名]/;

/** The clause (between ，；：) holding the figure at start..end. */
function clauseAround(text: string, start: number, end: number): string {
  const seps = /[，,；;：:。]/g;
  let from = 0;
  for (const m of text.slice(0, start).matchAll(seps)) from = m.index + 1;
  const next = text.slice(end).search(seps);
  return text.slice(from, next < 0 ? text.length : end + next);
}

/** A CJK unified ideograph of the basic block (U+4E00–9FA5), as the rules' [\u4e00-\u9fa5] reads it. */
function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fa5;
}
