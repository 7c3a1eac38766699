/**
 * An indicator's completion stated in running text: "计划维修养护供水工程120处，实际完成126处，完成率105.00%",
 * "培训高素质农民650人次，计划600人次，完成率108.33%". The rate must be the actual ÷ the plan × 100
 * (`completion.target`, rounding-aware). Read only within one indicator's stretch of a sentence (up to a
 * "；"): one planned figure (计划 / 目标 / 预期 / 设置), one actual figure (实际, or the figure the stretch opens with
 * when the plan follows it), both in the same unit, then "完成率X%". A plan written as a bound ("≤3.50万元",
 * "不超过") has no completion rate of this kind and is not read. The same in a table of indicators (年度目标值 |
 * 1—8月完成值 | 完成进度): checkTargetTables.
 */
import { completionPercent, dec } from '../money/index.ts';
import { claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import { headedRows, stackedHeader } from './headed-rows.ts';
import type { TableRow } from './layout.ts';
import type { Row } from './tables.ts';
import { printedPlaces } from './numbers.ts';
import { forEachFigureLine } from './prose-lines.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';
import { judgeRatio, SHARE, show, verdictClause } from './verdict.ts';

/** A figure and its unit: a count unit of one or two characters, 万元 / 亿元, or %. */
const FIGURE = /(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|%|[\u4e00-\u9fa5]{1,2})/g;
const PLAN_WORD = /计划|目标值?|预期|年度目标|预计|设置|设定/;
const ACTUAL_WORD = /实际|完成(?!率)/;
const BOUND = /[≤<≥>]|不超过|不高于|不低于|以内|以上|以下|至少|最多/;
/** The rate of this year's actual against this plan: not a cumulative (累计), overall or average one. */
const RATE =
  /(?<!累计|总体|综合|平均|总)(?:完成率(?:为|达到?|是)?|完成(?:年度|全年|本年)?(?:目标|计划|任务)(?:数|值)?的)\s*(\d+(?:\.\d+)?)\s*[%％]/;
/**
 * "新建高标准农田3.20万亩，完成年度目标3.00万亩的106.67%", "巡护里程完成6850公里，占年度指标12000公里的57.08%": the
 * plan inside the rate's phrase.
 */
const RATE_OF_NAMED =
  /(?<!累计|总体|综合|平均|总)(?:完成|占)(?:年度|全年|本年)?(?:目标|计划|任务|指标)(?:数|值)?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|[\u4e00-\u9fa5]{1,2})的\s*(\d+(?:\.\d+)?)\s*[%％]/;
/** A plan over the whole project (总投资, 总任务) against one year's actual is another scope. */
const WHOLE_PLAN = /总|累计|全周期/;
/** A clause stating a figure as its gap to the plan: "较年度目标多清理218吨", "超出计划7期", "比目标少3个". */
const DIFFERENCE =
  /(?:较|比)[^，,。；;\d]{0,8}?(?:目标|计划|预期)[^，,。；;\d]{0,6}?(?:多|少|超|增|减)|超出|超过|超额/;
const ONE_YEAR = /本年|当年|年度|本期|今年/;

type Figure = { value: string; unit: string; at: number };

/** The figures of one clause, with their units (a plan and an actual must share theirs). */
function figuresOf(clause: string): Figure[] {
  const out: Figure[] = [];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(clause); m; m = FIGURE.exec(clause)) {
    // A date ("2024年", "12月31日") is no figure of the indicator.
    if (/^[年月日]/.test(m[2]!)) continue;
    out.push({ value: m[1]!.replace(/,/g, ''), unit: m[2]!, at: m.index });
  }
  return out;
}

export function checkTargetCompletion(ctx: Ctx): void {
  // (Every rate it reads is a 完成 rate in %: "完成率105.00%", a table's 完成进度 column in % or under "（%）".)
  if (!mentionsAll(ctx, ['完成']) || !mentionsAny(ctx, ['%', '％'])) return;
  checkTargetTables(ctx);
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('完成')) return;
    for (const s of sentencesAt(ctx, li)) {
      let offset = 0;
      for (const stretch of s.text.split(/[；;]/)) {
        checkStretch(ctx, li, s.start + offset, stretch);
        offset += stretch.length + 1;
      }
    }
  });
}

function checkStretch(ctx: Ctx, li: number, at: number, stretch: string): void {
  const named = RATE_OF_NAMED.exec(stretch);
  if (named) {
    // The actual: the one figure of the clause right before, in the plan's unit, not itself a plan.
    const start = stretch.slice(0, named.index).search(/[，,]\s*$/);
    if (start < 0) return;
    const clauseAt = stretch.slice(0, start).search(/(?:[^，,]|,(?=\d{3}(?!\d)))*$/);
    const clause = stretch.slice(clauseAt, start);
    const figures = figuresOf(clause);
    if (figures.length !== 1 || PLAN_WORD.test(clause) || BOUND.test(clause) || /上年|去年|累计/.test(clause))
      return;
    const plan = { value: named[1]!.replace(/,/g, ''), unit: named[2]!, at: named.index };
    judge(ctx, li, at, stretch, { ...figures[0]!, at: clauseAt + figures[0]!.at }, plan, named, 3);
    return;
  }
  const rate = RATE.exec(stretch);
  if (!rate) return;
  // (Not at a thousands separator: "2,400批次" is one figure.)
  const clauses = stretch.slice(0, rate.index).split(/，|,(?!\d{3}(?!\d))/);
  let plan: Figure | null = null;
  let actual: Figure | null = null;
  let first: Figure | null = null;
  let planClause = '';
  let actualClause = '';
  let pos = 0;
  // The rate's name ("管网改造完成率": 管网改造): picks one figure of a clause listing several.
  const name = /[\u4e00-\u9fa5]{2,12}$/.exec(stretch.slice(0, rate.index))?.[0] ?? '';
  for (const clause of clauses) {
    let figures = figuresOf(clause);
    // One figure per clause: a clause with two is not one plan or one actual — unless one of them is named
    // as the rate is ("计划改造小区24个、管网32.00公里，实际完成小区24个、管网25.60公里，管网改造完成率80.00%").
    if (figures.length > 1) {
      figures = figures.filter((f) => namedAs(clause, f.at, name));
      if (figures.length !== 1) return;
    }
    figures = figures.map((f) => ({ ...f, at: f.at + pos }));
    pos += clause.length + 1;
    if (figures.length === 0) continue;
    const f = figures[0]!;
    // "较年度目标多清理218吨": a difference from the plan, neither the plan nor the actual — what the stretch ties
    // together is not certain.
    if (DIFFERENCE.test(clause)) return;
    // "全面完成年度目标值的指标12个": a count of what met its target — neither a plan nor an actual sure.
    if (/完成[^，,]{0,6}(?:目标|计划)/.test(clause) && PLAN_WORD.test(clause)) return;
    if (PLAN_WORD.test(clause)) {
      // A floor ("目标值≥30个") is the figure to reach: the rate is of it; a ceiling or a range is not read.
      if (plan || (BOUND.test(clause) && !isFloorOnly(clause))) return;
      plan = f;
      planClause = clause;
    } else if (ACTUAL_WORD.test(clause)) {
      if (actual) return;
      actual = f;
      actualClause = clause;
    } else if (first === null && plan === null && actual === null) first = f;
    else return;
  }
  // "培训650人次，计划600人次": the figure the stretch opens with is the actual when the plan follows it.
  if (!actual && first && plan && first.at < plan.at) actual = first;
  // "新建改造供水工程126处，完成目标的105.00%": the plan stated under the same name in the goals.
  const done = actual ?? first;
  if (!plan && done && clauses.filter((c) => figuresOf(c).length > 0).length === 1) {
    const goal = planNamedElsewhere(
      ctx,
      li,
      clauses.find((c) => figuresOf(c).length > 0)!,
      done,
    );
    if (goal) judge(ctx, li, at, stretch, done, goal, rate, 1);
    return;
  }
  if (!plan || !actual || plan.unit !== actual.unit) return;
  if (WHOLE_PLAN.test(planClause) && ONE_YEAR.test(actualClause)) return;
  // (A floor exceeded may be counted as fully met: a rate of 100% then passes.)
  const full = /^100(?:\.0+)?$/.test(rate[1]!) && dec(actual.value).gte(plan.value);
  if (full && isFloorOnly(planClause)) return;
  judge(ctx, li, at, stretch, actual, plan, rate, 1);
}

/** A plan clause bounded only from below: "目标值≥30个", "不少于600人次" (no ceiling, range or 以上/以下). */
const FLOOR_WORD = /[≥≧]|>=|不低于|不少于|至少/;
function isFloorOnly(clause: string): boolean {
  return FLOOR_WORD.test(clause) && !BOUND.test(clause.replace(new RegExp(FLOOR_WORD.source, 'g'), ''));
}

/** An indicator's name before its figure, without the words of time or manner ("全年新建…" → "新建…"). */
const LEADING = /^(?:全年|本年|年度|当年|实际|累计|共|已|合计|完成)+/;

/**
 * The plan of the indicator `clause` names (its words right before its figure `actual`), stated on another
 * line in a sentence of goals (目标 / 计划 / 预期 before it): "新建改造供水工程不少于120处" — the name at once
 * followed by the figure, or by a floor (不少于, ≥…); one value in the document, in the actual's unit. Its
 * `at` is -1 (not in the stretch).
 */
function planNamedElsewhere(ctx: Ctx, li: number, clause: string, actual: Figure): Figure | null {
  const own = figuresOf(clause)[0];
  if (!own || own.value !== actual.value) return null;
  const words = /([\u4e00-\u9fa5]{4,24})\s*$/.exec(clause.slice(0, own.at));
  const name = words?.[1]!.replace(LEADING, '') ?? '';
  if (name.length < 4) return null;
  const after = new RegExp(
    `^\\s*(?:为|达到?|不少于|不低于|≥|>=|以上)?\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*${actual.unit}`,
  );
  let found: string | null = null;
  for (let k = 0; k < ctx.lines.length; k++) {
    if (k === li) continue;
    const line = ctx.lines[k]!;
    for (let from = line.indexOf(name); from >= 0; from = line.indexOf(name, from + 1)) {
      const m = after.exec(line.slice(from + name.length));
      if (!m) continue;
      const sentence = line.slice(Math.max(line.lastIndexOf('。', from), 0), from);
      if (!PLAN_WORD.test(sentence) || isWholePlan(sentence)) continue;
      const value = m[1]!.replace(/,/g, '');
      if (found !== null && found !== value) return null;
      found = value;
    }
  }
  found ??= planOfSameWords(ctx, li, name, actual.unit);
  // (The actual itself found again — a goal's two columns printed side by side, "目标…3000亩以上 | 建成…2760亩" —
  // is no plan: a plan equal to the actual would make the rate 100%, which the text would say.)
  if (found !== null && dec(found).eq(actual.value)) return null;
  return found === null ? null : { value: found, unit: actual.unit, at: -1 };
}

/** Goals of the whole project over its years (总目标, 累计, 全周期), not of one year: another scope. */
const isWholePlan = (sentence: string): boolean => WHOLE_PLAN.test(sentence) && !ONE_YEAR.test(sentence);

/**
 * The name in other words' order ("供水管网改造" / "改造供水管网215公里"): in a sentence of goals on another line,
 * a figure in the unit whose clause holds every character of the name — one value in the document, or null.
 */
function planOfSameWords(ctx: Ctx, li: number, name: string, unit: string): string | null {
  const chars = [...new Set(name)];
  let found: string | null = null;
  for (let k = 0; k < ctx.lines.length; k++) {
    const line = ctx.lines[k]!;
    if (k === li || !line.includes(unit) || !line.includes(chars[0]!)) continue;
    for (const sentence of line.split('。')) {
      const goal = PLAN_WORD.exec(sentence);
      if (!goal || isWholePlan(sentence)) continue;
      for (const clause of sentence.slice(goal.index).split(/[，,；;：:、]/)) {
        const figures = figuresOf(clause).filter((f) => f.unit === unit);
        if (figures.length !== 1 || !chars.every((c) => clause.includes(c))) continue;
        if (found !== null && found !== figures[0]!.value) return null;
        found = figures[0]!.value;
      }
    }
  }
  return found;
}

/** Whether the figure at `at` of a clause is named (its last two characters before it) in the rate's name. */
function namedAs(clause: string, at: number, name: string): boolean {
  const label = /([\u4e00-\u9fa5]{2})\s*$/.exec(clause.slice(0, at))?.[1];
  return name.length >= 2 && label !== undefined && name.includes(label);
}

function judge(
  ctx: Ctx,
  li: number,
  at: number,
  stretch: string,
  actual: Figure,
  plan: Figure,
  rate: RegExpExecArray,
  group: number,
): void {
  if (plan.unit !== actual.unit) return;
  const shown = rate[group]!;
  const printed = { value: shown, places: printedPlaces(shown) };
  const inputs = [
    { value: actual.value, places: printedPlaces(actual.value) },
    { value: plan.value, places: printedPlaces(plan.value) },
  ];
  const verdict = judgeRatio(printed, inputs, ([a, p]) => completionPercent(a!, p!), SHARE);
  if (!verdict) return;
  const exact = verdict.kind === 'ok' ? printed.value : show(verdict.exact, printed.places);
  const rateAt = at + rate.index + rate[0].lastIndexOf(shown);
  const arithmetic = `实际${actual.value}${actual.unit} ÷ 计划${plan.value}${plan.unit} × 100% = ${exact}%`;
  claim(ctx, 'completion', li, rateAt, verdict.kind !== 'wrong', `${arithmetic}，文中${printed.value}%`);
  if (verdict.kind === 'ok') return;
  report(
    ctx,
    li,
    'completion.target',
    verdict.severity,
    excerptOf(stretch, 0, stretch.length, 0),
    `${exact}%`,
    `${printed.value}%`,
    `完成率应为 ${arithmetic}，文中为${printed.value}%${verdictClause(verdict.kind, '，差异在前后数字四舍五入的误差范围内')}。`,
    rateAt,
  );
}

/** A table's target column (年度目标值, 年度指标值, 全年计划值), its actual (1—8月完成值, 实际完成值) and its rate. */
const TARGET_HEAD = /^(?:年度|全年|本年)?(?:目标值|指标值|计划值|计划数|目标数)$/;
const ACTUAL_HEAD =
  /^(?:(?:\d{1,2}\s*[—–\-~～至]\s*)?\d{1,2}月|累计|实际|截至\S*)?(?:完成值|完成数|实际值)$|^实际完成(?:值|数)?$/;
const TABLE_RATE_HEAD = /^(?:完成进度|完成率|完成比例|目标完成率)(?:[（(][%％][）)])?$/;
/** A target or an actual as a cell prints it: a figure and its unit (no bound: "≥95%", "不低于…", "以上"). */
const AMOUNT_CELL = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*([^\d\s≤≥<>＜＞≦≧]{0,6})$/;
const RATE_CELL = /^(\d+(?:\.\d+)?)\s*[%％]$/;
/** A floor before a target: "≥", "≧", "不低于", "不少于", "大于等于". */
const FLOOR = /^(?:[≥≧]|>=|不低于|不少于|大于等于)(?=\d)/;
const BARE_RATE_CELL = /^(\d+(?:\.\d+)?)\s*[%％]?$/;

/**
 * A table of indicators with their target, actual and completion rate (a 监控 table: 绩效指标 | 年度目标值 |
 * 1—8月完成值 | 完成进度): each row's rate must be its actual ÷ its target × 100 (`completion.target`), the two
 * in one unit, neither a bound. A rate of 100% for a target exceeded passes, and so does target ÷ actual (an
 * indicator where less is better). A score table (分值 / 得分 / 权重 beside) is the score rules'.
 */
function checkTargetTables(ctx: Ctx): void {
  const isHeaderCell = (c: { text: string }): boolean =>
    c.text.includes('完成') && TABLE_RATE_HEAD.test(squash(c.text));
  for (const block of ctx.layout.blocks) {
    if (block.kind !== 'table' || block.shape === 'cell-lines') continue;
    const isHeader = (r: { cells: readonly { text: string }[] }): boolean => r.cells.some(isHeaderCell);
    // (Or a header wrapped over several lines, its labels gathered by place: stackedHeader.)
    const stacked = block.rows.some(isHeader) ? null : stackedHeader(block);
    const headed = stacked?.header.some(isHeaderCell) ? stacked : headedRows(block, isHeader);
    if (!headed) continue;
    const names = headed.header.map((c) => squash(c.text));
    if (names.some((n) => /分值|得分|权重|满分/.test(n))) continue;
    const one = (re: RegExp): number => {
      const at = names.flatMap((n, i) => (re.test(n) ? [i] : []));
      return at.length === 1 ? at[0]! : -1;
    };
    const targetCol = one(TARGET_HEAD);
    const actualCol = one(ACTUAL_HEAD);
    const rateCol = one(TABLE_RATE_HEAD);
    if (targetCol < 0 || actualCol < 0 || rateCol < 0) continue;
    for (const r of headed.body) {
      // (A row its places leave unread — a short label left of the first header cell, a figure halfway between
      // two columns — is read by count when it has exactly one cell per header label.)
      const row = headed.align(headed.header, r) ?? byCount(headed.header.length, r);
      if (!row) continue;
      const cell = (col: number): string => squash(row.cells[col]?.text ?? '');
      // A quantity's target printed as a floor ("≥1500台") is still the figure the progress is of (the actual ÷
      // the floor); a ceiling ("≤3.50万元") is not read, nor a floor of a rate ("≥95%": its progress may be the
      // rate reached itself).
      const floorless = cell(targetCol).replace(FLOOR, '');
      const target =
        floorless === cell(targetCol) || !/[%％]$/.test(floorless) ? AMOUNT_CELL.exec(floorless) : null;
      const actual = AMOUNT_CELL.exec(cell(actualCol));
      // "45.16%", or "45.16" under a header "完成进度（%）".
      const rate = (/[%％]/.test(names[rateCol]!) ? BARE_RATE_CELL : RATE_CELL).exec(cell(rateCol));
      if (!target || !actual || !rate) continue;
      const unit = target[2]!.replace('％', '%');
      if (unit !== actual[2]!.replace('％', '%') || /以|内|上|下|左右/.test(unit)) continue;
      const t = { value: target[1]!.replace(/,/g, ''), places: 0 };
      const a = { value: actual[1]!.replace(/,/g, ''), places: 0 };
      t.places = printedPlaces(t.value);
      a.places = printedPlaces(a.value);
      if (dec(t.value).isZero() || dec(a.value).isZero()) continue;
      const printed = { value: rate[1]!, places: printedPlaces(rate[1]!) };
      const v = judgeRatio(printed, [a, t], ([x, y]) => completionPercent(x!, y!), SHARE);
      if (!v) continue;
      const capped = dec(a.value).gte(t.value) && dec(printed.value).eq(100);
      const inverse =
        v.kind === 'wrong' &&
        judgeRatio(printed, [t, a], ([x, y]) => completionPercent(x!, y!), SHARE)?.kind !== 'wrong';
      const ok = v.kind !== 'wrong' || capped || inverse;
      const li = row.cells[rateCol]!.line;
      const exact = v.kind === 'ok' ? printed.value : show(v.exact, printed.places);
      const arithmetic = `完成值${a.value}${unit} ÷ 目标值${t.value}${unit} × 100% = ${exact}%`;
      claim(ctx, 'completion', li, 0, ok, `${arithmetic}，表中${printed.value}%`);
      if (ok && (v.kind !== 'rounding' || capped || inverse)) continue;
      report(
        ctx,
        li,
        'completion.target',
        v.severity,
        row.cells
          .map((c) => c.text.trim())
          .filter(Boolean)
          .join(' ')
          .slice(0, 120),
        `${exact}%`,
        `${printed.value}%`,
        `${names[rateCol]}应为 ${arithmetic}，表中为${printed.value}%${verdictClause(v.kind)}。`,
      );
    }
  }
}

/** A row's non-blank cells, one per header label in order; null when it has more or fewer. */
function byCount(labels: number, r: TableRow): Row | null {
  const cells = r.cells.filter((c) => c.text.trim() !== '').map((c) => ({ text: c.text, line: c.line }));
  return cells.length === labels && labels >= 3 ? { cells, line: r.line } : null;
}

function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
