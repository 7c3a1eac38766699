/**
 * A 监控表's 预警等级 column against the rule the document states for it (`grade.score`): "执行率低于30%的为红色预警，
 * 30%（含）至40%的为黄色预警，40%（含）以上的为绿色", or the same of the 偏差 ("偏差低于-10个百分点为黄色").
 * Each row's colour must be the band its 执行率 (or 偏差 = 执行率 − 序时进度) falls in. A bound stated as a share of the
 * 序时进度 with the rate it comes to ("达到序时进度80%（即53.33%）及以上") is read as that rate. So too a project's colour
 * stated in the text with its 执行率 (checkStatedWarningLevels), and the count of projects of each colour against the
 * 汇总表's rows.
 *
 * Precision first: the rule is read from one sentence whose every colour clause ("…的为X色") states a range
 * of one measure (执行率 in %, 偏差 in 个百分点), at least two colours; a clause that cannot be read, a
 * measure named otherwise ("低于序时进度…", "以内"), or two different rule sentences leave the table unjudged.
 * A row whose figure lies on a bound (within its rounding), or in no band or two, is passed.
 */
import { dec, type Dec } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { forEachFigureLineWith } from './prose-lines.ts';
import { halfUlp } from './verdict.ts';
import { countOfWord, printedPlaces } from './numbers.ts';
import type { Row } from './tables.ts';

type Measure = 'rate' | 'gap';
type Band = { colour: string; min?: Dec; max?: Dec; words: string };
type Rule = { measure: Measure; bands: Band[]; text: string };

const COLOUR = /(红|橙|黄|蓝|绿)(?:色|灯)/;
/** "…的为红色预警", "…列为黄色", "…属于绿色". */
const CLAUSE = /^(.*?)(?:的|者|时)?(?:为|列为|属于|定为|判定为|确定为|亮)(红|橙|黄|蓝|绿)(?:色|灯)/;
const N = '([-−－负]?\\d+(?:\\.\\d+)?)(%|个百分点)?';
const INCL = '(?:（含）)?';
const BETWEEN = new RegExp(`^${N}${INCL}(?:至|到|～|~|—|–|-)${N}${INCL}(?:之间)?$`);
/** "40.00%但未达到53.33%": a band from its lower bound to its upper. */
const UP_TO = new RegExp(`^${N}${INCL}(?:及以上)?(?:但|且|而)?(?:未达到|未达|低于|不足|小于|不到)${N}$`);
const BELOW = new RegExp(`^(?:低于|不足|小于|不到|未达到|不高于|<|≤)${N}$|^${N}${INCL}(?:以下|及以下)$`);
const ABOVE = new RegExp(`^(?:高于|超过|大于|不低于|达到|>|≥)${N}$|^${N}${INCL}(?:以上|及以上)$`);

const num = (t: string): Dec => dec(t.replace(/^[−－负]/, '-'));

/** The measure a clause names, or null; a clause naming none continues the one before. */
function measureOf(words: string): Measure | 'other' | null {
  if (/序时|以内|同比|上年/.test(words)) return 'other';
  if (/偏差|偏离/.test(words)) return 'gap';
  if (/执行率|支出率|执行进度/.test(words)) return 'rate';
  return null;
}

/** A clause's range words, the measure's name removed: a band, or null. */
function bandOf(words: string, measure: Measure): Omit<Band, 'colour' | 'words'> | null {
  const w = words
    .replace(/^.*?(?:执行率|支出率|执行进度|偏差|偏离度?)(?:（百分点）)?(?:在|为|达到(?=\d))?/, '')
    .replace(/^(?:在|若|如)/, '');
  const unitOk = (u: string | undefined) => (measure === 'rate' ? u !== '个百分点' : true);
  let m: RegExpExecArray | null;
  if ((m = BETWEEN.exec(w))) {
    if (!unitOk(m[2] ?? m[4]) || !unitOk(m[4])) return null;
    const [a, b] = [num(m[1]!), num(m[3]!)];
    return a.lte(b) ? { min: a, max: b } : { min: b, max: a };
  }
  if ((m = UP_TO.exec(w))) {
    if (!unitOk(m[2]) || !unitOk(m[4])) return null;
    const [a, b] = [num(m[1]!), num(m[3]!)];
    return a.lt(b) ? { min: a, max: b } : null;
  }
  if ((m = BELOW.exec(w))) return unitOk(m[2] ?? m[4]) ? { max: num((m[1] ?? m[3])!) } : null;
  if ((m = ABOVE.exec(w))) return unitOk(m[2] ?? m[4]) ? { min: num((m[1] ?? m[3])!) } : null;
  return null;
}

/** The rule a sentence states, or null when it states none (or one not wholly read). */
function ruleOf(sentence: string): Rule | null {
  const text = sentence
    .replace(/\s+/g, '')
    .replace(/％/g, '%')
    .replace(/[(（]含[)）]/g, '（含）')
    // "达到序时进度80%（即53.33%）及以上": the bound as the rate it comes to.
    .replace(/(?:时序|序时)进度的?\d+(?:\.\d+)?%[（(]即(\d+(?:\.\d+)?%)[）)]/g, '$1')
    .replace(/[（(]百分点[)）]/g, '（百分点）');
  let measure: Measure | null = null;
  const bands: Band[] = [];
  for (const clause of text.split(/[，,；;：:]/)) {
    if (!COLOUR.test(clause)) continue;
    const m = CLAUSE.exec(clause);
    if (!m) return null;
    const named = measureOf(m[1]!);
    if (named === 'other') return null;
    if (named && measure && named !== measure) return null;
    measure = named ?? measure;
    if (!measure) return null;
    const band = bandOf(m[1]!, measure);
    if (!band) return null;
    bands.push({ ...band, colour: m[2]!, words: m[1]! });
  }
  if (!measure || bands.length < 2 || new Set(bands.map((b) => b.colour)).size !== bands.length) return null;
  return { measure, bands, text: sentence.trim() };
}

/** The document's one 预警 rule: the sentences stating one agree, or null. */
function statedRule(ctx: Ctx): Rule | null {
  const rules: Rule[] = [];
  for (const block of ctx.layout.blocks) {
    if (block.kind !== 'paragraph' || !COLOUR.test(block.text)) continue;
    for (const s of block.text.split(/[。\n]/)) {
      if (!/[红橙黄蓝绿](?:色|灯)/.test(s)) continue;
      const rule = ruleOf(s);
      if (rule) rules.push(rule);
    }
  }
  if (rules.length === 0) return null;
  const key = (r: Rule) =>
    `${r.measure}|${r.bands.map((b) => `${b.colour}${b.min ?? ''}~${b.max ?? ''}`).join(';')}`;
  return rules.every((r) => key(r) === key(rules[0]!)) ? rules[0]! : null;
}

const LEVEL_HEAD = /预警|等级|级别|颜色/;
const RATE_HEAD = /执行率/;
const SCHEDULE_HEAD = /序时|时间进度/;
const DEVIATION_HEAD = /偏差|差异/;
const FIGURE = /^([-−－]?\d+(?:\.\d+)?)\s*[%％]?$/;

/**
 * The rows of one 执行情况表 read by rate-tables.ts (`names` its column names; rows whose 执行率 was found
 * wrong already left out): each row's 预警等级 against the stated rule.
 */
export function checkWarningLevels(
  ctx: Ctx,
  rows: readonly Row[],
  names: readonly string[],
  allRows: readonly Row[] = rows,
): void {
  const level = names.findIndex((n) => LEVEL_HEAD.test(n) && !/[率分]|原因|措施/.test(n));
  const rate = names.findIndex((n) => RATE_HEAD.test(n) && !/预计/.test(n));
  if (level < 0 || rate < 0) return;
  countColours(ctx, allRows, level);
  const schedule = names.findIndex((n) => SCHEDULE_HEAD.test(n) && !DEVIATION_HEAD.test(n));
  const dev = names.findIndex((n) => DEVIATION_HEAD.test(n) && !/原因|说明|分析/.test(n));
  const rule = statedRule(ctx);
  if (!rule) return;
  for (const row of rows) {
    const colour = /^(红|橙|黄|蓝|绿)(?:色|灯)?(?:预警)?$/.exec(row.cells[level]?.text.trim() ?? '')?.[1];
    const figure = valueOf(row, rule.measure, rate, schedule, dev);
    if (!colour || !figure) continue;
    const { value, slack } = figure;
    const band = bandHolding(rule, value, slack);
    if (!band) continue;
    const ok = band.colour === colour;
    const what = rule.measure === 'rate' ? `执行率${figure.shown}%` : `偏差${figure.shown}个百分点`;
    const li = row.cells[level]!.line;
    claim(ctx, 'grade', li, 0, ok, `${what}：${band.words}为${band.colour}色，表中${colour}色`);
    if (ok) continue;
    report(
      ctx,
      li,
      'grade.score',
      'error',
      row.cells
        .map((c) => c.text.trim())
        .filter(Boolean)
        .join(' '),
      `${band.colour}色`,
      row.cells[level]!.text.trim(),
      `按文中预警规则（${band.words}的为${band.colour}色），${what}应为${band.colour}色预警，表中为${row.cells[level]!.text.trim()}。`,
    );
  }
}

/** The one band holding `value`; null when it lies on a bound (within `slack`), in no band or in two. */
function bandHolding(rule: Rule, value: Dec, slack: Dec): Band | null {
  if (rule.bands.some((b) => [b.min, b.max].some((x) => x && x.minus(value).abs().lte(slack)))) return null;
  const within = rule.bands.filter((b) => (!b.min || value.gt(b.min)) && (!b.max || value.lt(b.max)));
  return within.length === 1 ? within[0]! : null;
}

/** The row's figure the rule is of, with its rounding: the 执行率, or the 偏差 (执行率 − 序时进度 when printed). */
function valueOf(
  row: Row,
  measure: Measure,
  rate: number,
  schedule: number,
  dev: number,
): { value: Dec; slack: Dec; shown: string } | null {
  const read = (col: number) => (col < 0 ? null : FIGURE.exec(row.cells[col]?.text.trim() ?? '')?.[1]);
  const r = read(rate);
  if (!r) return null;
  if (measure === 'rate') return { value: dec(r), slack: halfUlp(printedPlaces(r)), shown: r };
  const s = read(schedule);
  if (s) {
    const places = Math.max(printedPlaces(r), printedPlaces(s));
    const value = dec(r).minus(s);
    return {
      value,
      slack: halfUlp(printedPlaces(r)).plus(halfUlp(printedPlaces(s))),
      shown: value.toFixed(places),
    };
  }
  const d = read(dev);
  return d
    ? { value: num(d), slack: halfUlp(printedPlaces(d)), shown: num(d).toFixed(printedPlaces(d)) }
    : null;
}

/** Per document, the 执行情况表s with a 预警 column: how many of their rows print each colour. */
const colourTables = new WeakMap<Ctx, Map<string, number>[]>();

/** A colour cell: "绿色", "黄色预警", "红". */
const COLOUR_CELL = /^(红|橙|黄|蓝|绿)(?:色|灯)?(?:预警)?$/;

function countColours(ctx: Ctx, rows: readonly Row[], level: number): void {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const colour = COLOUR_CELL.exec(row.cells[level]?.text.trim() ?? '')?.[1];
    if (colour) counts.set(colour, (counts.get(colour) ?? 0) + 1);
  }
  let tables = colourTables.get(ctx);
  if (!tables) colourTables.set(ctx, (tables = []));
  tables.push(counts);
}

/** "绿色项目4个", "黄色预警项目1个", "红色预警的项目2个". */
const COLOUR_COUNT =
  /(红|橙|黄|蓝|绿)色(?:预警)?(?:等级)?的?项目(?:共|有|为)?\s*(\d{1,3}|[一两二三四五六七八九十])\s*个/g;
/** Another time than the table's: the count is not of its rows. */
const OTHER_TIME = /上年|去年|同期|上半年|上期|上次|上一/;

/**
 * The projects of each colour counted in the text ("从预警情况看，绿色项目4个，黄色预警项目1个，红色预警项目2个")
 * against the rows of the one 执行情况表 with a 预警 column (`count.restated`). Read only when the document has
 * one such table, of two coloured rows at least, and the sentence speaks of no other time.
 */
function checkColourCounts(ctx: Ctx): void {
  const tables = colourTables.get(ctx);
  if (!tables || tables.length !== 1) return;
  const counts = tables[0]!;
  let rows = 0;
  for (const n of counts.values()) rows += n;
  if (rows < 2) return;
  const stated: { line: string; li: number; m: RegExpExecArray }[] = [];
  forEachFigureLineWith(ctx, '色', (line, li) => {
    for (const m of allMatches(line, COLOUR_COUNT))
      if (!OTHER_TIME.test(sentenceAround(line, m.index))) stated.push({ line, li, m });
  });
  // A table of far fewer rows than the projects counted ("红色预警项目67个…" over "执行率最低的10个项目"): a
  // selection of them, not the 汇总表 the counts are of.
  const byColour = new Map<string, number>();
  for (const { m } of stated) if (!byColour.has(m[1]!)) byColour.set(m[1]!, countOfWord(m[2]!));
  let counted = 0;
  for (const n of byColour.values()) counted += n;
  if (counted > 2 * rows) return;
  for (const { line, li, m } of stated) {
    const colour = m[1]!;
    const said = countOfWord(m[2]!);
    const inTable = counts.get(colour) ?? 0;
    const ok = said === inTable;
    const at = m.index + m[0].search(/\d|[一两二三四五六七八九十](?=\s*个$)/);
    claim(ctx, 'count', li, at, ok, `${colour}色项目：文中${said}个，汇总表${inTable}个`);
    if (ok) continue;
    report(
      ctx,
      li,
      'count.restated',
      'error',
      excerptOf(line, m.index, m.index + m[0].length, 0),
      `${inTable}个`,
      `${said}个`,
      `文中称${colour}色预警项目${said}个，而汇总表中预警等级为${colour}色的项目有${inTable}个，两处不一致。`,
      at,
    );
  }
}

/** The sentence of `line` holding offset `at` (between 。；!? marks). */
function sentenceAround(line: string, at: number): string {
  let a = at;
  while (a > 0 && !'。；;！？'.includes(line[a - 1]!)) a--;
  let b = at;
  while (b < line.length && !'。；;！？'.includes(line[b]!)) b++;
  return line.slice(a, b);
}

/** "执行率63.47%，预警等级为绿色" / "…，为黄色预警": a project's rate, then its colour, in one sentence. */
const STATED_LEVEL =
  /(?<![预计全年])执行率(?:为|达到?)?\s*(\d+(?:\.\d+)?)\s*[%％]\s*[，,]\s*(?:预警等级|预警级别|预警颜色)?(?:为|属于|列为|亮)(红|橙|黄|蓝|绿)(?:色|灯)(?:预警)?(?=[，,。；;]|$)/g;

/**
 * A project's 执行率 and its 预警 colour stated together in the text ("1—8月累计支出812.36万元，执行率63.47%，预警
 * 等级为绿色。") against the rule the document states (`grade.score`), as a table's rows are (checkWarningLevels).
 * Read only for a rule of 执行率 bands; a rate on a bound (within its rounding) is passed.
 */
export function checkStatedWarningLevels(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['预警', '执行率'])) return;
  checkColourCounts(ctx);
  let rule: Rule | null | undefined;
  forEachFigureLineWith(ctx, '预警', (line, li) => {
    for (const m of allMatches(line, STATED_LEVEL)) {
      rule ??= statedRule(ctx);
      if (!rule || rule.measure !== 'rate') return;
      const shown = m[1]!;
      const value = dec(shown);
      const slack = halfUlp(printedPlaces(shown));
      const band = bandHolding(rule, value, slack);
      if (!band) continue;
      const colour = m[2]!;
      const ok = band.colour === colour;
      const at = m.index + m[0].lastIndexOf(colour);
      claim(ctx, 'grade', li, at, ok, `执行率${shown}%：${band.words}为${band.colour}色，文中${colour}色`);
      if (ok) continue;
      report(
        ctx,
        li,
        'grade.score',
        'error',
        excerptOf(line, m.index, m.index + m[0].length, 0),
        `${band.colour}色`,
        `${colour}色`,
        `按文中预警规则（${band.words}的为${band.colour}色），执行率${shown}%应为${band.colour}色预警，文中为${colour}色。`,
        at,
      );
    }
  });
}
