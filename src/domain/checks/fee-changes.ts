/**
 * A 三公 item's change on last year in the text against a 三公 table printing both years (本年决算 | 上年决算
 * columns, one row per item): "“三公”经费支出比2024年度增加197,640.72元，增长77.02%", and the items of the 其中
 * list after it ("其中：公务接待费减少7,086.40元，下降11.56%", in its paragraph or in item paragraphs after one that
 * ends in "其中："). The change is this year's 决算 less last year's:
 * its direction (change.direction) and its % of last year's (change.percent) are judged. A table row found not to
 * be the sum of its parts (table.row-sum) is also read as that sum: the text may be worked out from it. An
 * amount that fits neither reading is left alone (the text may measure another figure: nothing said).
 */
import { changePercent, dec, type Dec } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { agrees, columnOfYear, convert, feeRowKey } from './figure-claims.ts';
import { type Paragraph } from './layout.ts';
import { figureAt, itemsOf, squashSpaces, type TableModel, type TFigure } from './table-model.ts';
import { threeFeesColumns } from './table-claims.ts';
import { halfUlp, judgeRatio, plain, show, sumWhenTotalWrong, verdictClause } from './verdict.ts';
import { mentionsAny } from './document-words.ts';

type Printed = { value: string; places: number };
/** Each item's readings of this year (as printed; as the sum of its parts when that differs) and last year. */
type FeeYears = Map<string, { now: Printed[]; last: Printed; unit: string; table: string }>;

const NAME =
  '(“三公”经费(?:财政拨款)?|因公出国[（(]境[）)](?:经?费)?|公务用车购置及运行(?:维护)?费|公务用车购置费|公务用车运行(?:维护)?费|公务接待费)';
/** An item's change, compared with last year in its own words or (in a 其中 list) in the paragraph's. */
const FEE_CHANGE = new RegExp(
  `(?:^|(?<=[^\\u4e00-\\u9fa5]|年|度|中|：))${NAME}(?:支出)?(?:决算数?)?` +
    '(?:(?:比|较|与)(上年度?|去年|(20\\d\\d)\\s*年度?)(?:决算数?)?(?:相比)?[，,]?\\s*(?:同比)?|同比)?' +
    '(增加|减少)\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万元|元)\\s*[，,]\\s*(增长|下降|增幅|降幅|上升|降低)\\s*(\\d+(?:\\.\\d+)?)\\s*([%％]|(?=[，。；;,]))',
  'g',
);
/** A paragraph comparing with last year (the 其中 items' changes are then on last year too). */
const ON_LAST_YEAR = /(?:比|较|与)(?:上年|去年|上一年|(20\d\d)\s*年)|同比/g;
/** A paragraph ending in a list opener: "其中：", "具体如下：". */
const LIST_OPENED = /(?:其中|如下|情况)\s*[：:]\s*$/;
/** An item paragraph of such a list: it opens with a 三公 item's name (its number aside). */
const FEE_ITEM_OPENING =
  /^\s*(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?(?:因公出国|公务用车|公务接待)/;

export function checkFeeTableChanges(ctx: Ctx, models: readonly TableModel[]): void {
  if (ctx.year === null) return;
  // (Its paragraphs name a 三公 item: “三公”经费, 因公出国（境）费, 公务用车…费, 公务接待费.)
  if (!mentionsAny(ctx, ['三公', '因公出国', '公务用车', '公务接待'])) return;
  const years = feeYears(models, ctx.year);
  if (!years) return;
  // A paragraph ending "…比2024年度减少29.22万元，下降4.80%。其中：" compares the item paragraphs after it with
  // last year too, up to the next table or heading.
  let listOnLastYear = false;
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph') {
      listOnLastYear = false;
      continue;
    }
    if (b.text.includes('费') && WORD_ONLY_HINT.test(b.text)) {
      checkWordOnly(ctx, b, years, ctx.year);
      checkAmountOnly(ctx, b, years, ctx.year);
    }
    const namesLastYear = allMatches(b.text, ON_LAST_YEAR).some(
      (y) => !y[1] || Number(y[1]) === ctx.year! - 1,
    );
    const lastYearNamed = namesLastYear || listOnLastYear;
    if (LIST_OPENED.test(b.text)) listOnLastYear = namesLastYear;
    else if (!FEE_ITEM_OPENING.test(b.text)) listOnLastYear = false;
    if (!b.text.includes('费') || !/增加|减少/.test(b.text)) continue;
    for (const m of allMatches(b.text, FEE_CHANGE)) {
      if (m[3] && Number(m[3]) !== ctx.year - 1) continue;
      if (!m[2] && !lastYearNamed) continue;
      // ("因公出国（境）支出", "因公出国（境）经费": the item by its table name.)
      const name = m[1]!.replace(/^(因公出国[（(]境[）)])经?费?$/, '$1费');
      const key = name.startsWith('“三公”') ? 'fees-actual' : feeRowKey(name);
      const item = key ? years.get(key) : undefined;
      if (item) judgeChange(ctx, b, m, item);
    }
  }
}

function judgeChange(
  ctx: Ctx,
  b: Paragraph,
  m: RegExpExecArray,
  item: { now: Printed[]; last: Printed; unit: string; table: string },
): void {
  const unit = m[6]!;
  const delta = { value: m[5]!.replace(/,/g, ''), places: (m[5]!.split('.')[1] ?? '').length };
  const up = m[4] === '增加';
  const rateUp = /增|上升/.test(m[7]!);
  const printed = { value: m[8]!, places: (m[8]!.split('.')[1] ?? '').length };
  const last = convert(item.last.value, item.unit, unit);
  if (dec(last).lte(0)) return;
  const readings = item.now.map((n) => dec(convert(n.value, item.unit, unit)).minus(last));
  // The text in a finer unit than the table ("85,017.79元" over a table in 万元): the table's two figures were
  // each rounded, their difference may be off the text's by both roundings.
  const finer = dec(convert('1', unit, item.unit)).lt(1);
  const slack = finer ? dec(convert(plain(halfUlp(item.last.places).times(2)), item.unit, unit)) : null;
  const fits = (sign: 1 | -1) =>
    readings.findIndex(
      (d) =>
        (sign === 1 ? d.gt(0) : d.lt(0)) &&
        (agrees(delta.value, delta.places, plain(d.abs())) ||
          (slack !== null && d.abs().minus(delta.value).abs().lte(slack))),
    );
  const at = m.index + m[0].lastIndexOf(m[8]!);
  const line = b.first;
  const k = fits(up ? 1 : -1);
  const name = m[1]!;
  // (Figures shown to the places they are printed with, in the text's unit.)
  const places = Math.max(delta.places, item.last.places);
  const nowText = (i: number) => show(dec(convert(item.now[i]!.value, item.unit, unit)), places);
  const lastText = show(dec(last), places);
  if (k < 0) {
    // The amount is this year less last year's, the other way round: the words say the opposite.
    const j = fits(up ? -1 : 1);
    if (j < 0 && up === rateUp && m[9]) {
      judgeAmountByRate(ctx, b, m, item, readings, last, { delta, printed, up, unit, places, at });
      return;
    }
    if (j < 0 || up !== rateUp) return;
    const arithmetic = `${name}：${nowText(j)} − ${lastText}（${item.table}上年决算） = ${show(readings[j]!, places)}`;
    claim(
      ctx,
      'change',
      line,
      at,
      false,
      `${arithmetic}${unit}，文中${m[4]}${delta.value}${unit}，${m[7]}文中${printed.value}%`,
    );
    report(
      ctx,
      line,
      'change.direction',
      'error',
      excerptOf(b.text, m.index, m.index + m[0].length, 10),
      `${up ? '减少' : '增加'}${delta.value}${unit}，${up ? '下降' : '增长'}`,
      `${m[4]}${delta.value}${unit}，${m[7]}`,
      `${arithmetic}${unit}，应为${up ? '减少' : '增加'}，文中为“${m[4]}…${m[7]}”，方向相反。`,
      at,
    );
    return;
  }
  if (up !== rateUp) return;
  // (In a finer unit, the % is judged on the table's figures as it prints them.)
  const verdict = judgeRatio(
    printed,
    finer
      ? [
          { value: plain(dec(item.now[k]!.value).minus(item.last.value).abs()), places: item.last.places },
          { value: item.last.value, places: item.last.places },
        ]
      : [
          { value: plain(readings[k]!.abs()), places: delta.places },
          { value: last, places: item.last.places },
        ],
    ([d, l]) => changePercent(l!.plus(d!), l!)?.abs() ?? null,
  );
  if (!verdict) return;
  const exact = verdict.kind === 'ok' ? printed.value : show(verdict.exact, printed.places);
  if (!m[9]) {
    // "下降11.56。": the rate without its % — said only when the figure is the rate.
    if (verdict.kind === 'ok' || verdict.kind === 'rounding') reportBare(ctx, b, m, at, printed.value, exact);
    return;
  }
  const arithmetic = `${name}：(${nowText(k)} − ${lastText}) ÷ ${lastText}（${item.table}） × 100% = ${exact}%`;
  claim(ctx, 'change', line, at, verdict.kind !== 'wrong', `${arithmetic}，文中${printed.value}%`);
  if (verdict.kind === 'ok') return;
  report(
    ctx,
    line,
    'change.percent',
    verdict.severity,
    excerptOf(b.text, m.index, m.index + m[0].length, 10),
    `${exact}%`,
    `${printed.value}%`,
    `变动率应为 ${arithmetic}，文中为${printed.value}%${verdictClause(verdict.kind)}。`,
    at,
  );
}

/**
 * An amount that is neither reading of the table's change, in a clause whose % is exactly the change of one of
 * them (its direction the words'): the text measures the table's figures, and its amount is the wrong one
 * (`change.amount`) — "因公出国（境）支出决算比2024年增加5.47万元，增长58.58%" over 15.62 and 9.85 (5.77, 58.58%).
 */
function judgeAmountByRate(
  ctx: Ctx,
  b: Paragraph,
  m: RegExpExecArray,
  item: { now: Printed[]; last: Printed; unit: string; table: string },
  readings: readonly Dec[],
  last: string,
  c: { delta: Printed; printed: Printed; up: boolean; unit: string; places: number; at: number },
): void {
  const k = readings.findIndex(
    (d) =>
      (c.up ? d.gt(0) : d.lt(0)) &&
      judgeRatio(
        c.printed,
        [
          { value: plain(d.abs()), places: c.places },
          { value: last, places: item.last.places },
        ],
        ([x, l]) => changePercent(l!.plus(x!), l!)?.abs() ?? null,
      )?.kind === 'ok',
  );
  if (k < 0) return;
  const want = show(readings[k]!.abs(), c.places);
  const nowText = show(dec(convert(item.now[k]!.value, item.unit, c.unit)), c.places);
  const lastText = show(dec(last), c.places);
  const arithmetic = `${m[1]}：${nowText} − ${lastText}（${item.table}上年决算） = ${want}${c.unit}`;
  claim(ctx, 'change', b.first, c.at, false, `${arithmetic}，文中${m[4]}${c.delta.value}${c.unit}`);
  report(
    ctx,
    b.first,
    'change.amount',
    'error',
    excerptOf(b.text, m.index, m.index + m[0].length, 10),
    `${m[4]}${want}${c.unit}`,
    `${m[4]}${c.delta.value}${c.unit}`,
    `${arithmetic}，文中为${m[4]}${c.delta.value}${c.unit}；文中${m[7]}${c.printed.value}%恰为按${want}${c.unit}计的变动率，金额有误。`,
    m.index + m[0].indexOf(m[5]!),
  );
}

/** "与上年增长。", "比上年持平，": a direction on last year stated in words alone, no figure after it. */
const WORD_ONLY =
  /(?:与|比|较)(上年度?|去年|(20\d\d)\s*年度?)(?:决算数?)?(?:相比)?[，,]?\s*(持平|增长|增加|下降|减少|上升|降低)(?=\s*[。；;，,])/g;
const WORD_ONLY_HINT = /(?:与|比|较)(?:上年|去年|20\d\d)/;
const ITEM_NAME = new RegExp(NAME, 'g');
const OWN_SUBJECT = new RegExp(`^${NAME}(?:支出)?(?:决算数?)?$`);

/** Where the clause holding `at` starts: after the nearest ，。；,; before it (a short scan back, not to the text's start). */
function clauseStartBefore(text: string, at: number): number {
  for (let k = at - 1; k >= 0 && k >= at - 200; k--) if ('，。；,;'.includes(text.charAt(k))) return k + 1;
  return Math.max(0, at - 200);
}

/**
 * A direction on last year in words alone, its item the last 三公 item named before it in the paragraph ("（三）
 * 公务接待费。支出决算…，与上年增长。"; a name after 占 is a share's base, not the subject): against the table's two
 * years — the same figure is 持平 (`change.flat`), a rise 增长/增加, a fall 下降/减少 (`change.direction`).
 */
function checkWordOnly(ctx: Ctx, b: Paragraph, years: FeeYears, year: number): void {
  const names = allMatches(b.text, ITEM_NAME).filter(
    (n) => !/占\s*$/.test(b.text.slice(Math.max(0, n.index - 2), n.index)),
  );
  // (Names and words walked together, in the order of the text: each word's subject is the last name before it.)
  let next = 0;
  let subject: RegExpExecArray | undefined;
  for (const m of allMatches(b.text, WORD_ONLY)) {
    for (; next < names.length && names[next]!.index < m.index; next++) subject = names[next];
    if (m[2] && Number(m[2]) !== year - 1) continue;
    if (!subject) continue;
    // (A name in a list of names — "…、公务接待费、公务用车运行维护费等。其中取暖费14.80万元，与上年持平" — is no
    // subject of the words after it.)
    const end = subject.index + subject[0].length;
    if (/[、等]/.test(b.text.charAt(end)) || b.text.charAt(subject.index - 1) === '、') continue;
    // The clause of the words has no subject of its own ("，与上年增长。"), or its subject is the item
    // ("公务接待费与上年持平"): "日常运行和接待支出比上年下降" speaks of another figure.
    const clauseStart = clauseStartBefore(b.text, m.index);
    const own = b.text.slice(clauseStart, m.index).trim();
    if (own !== '' && !(subject.index >= clauseStart && OWN_SUBJECT.test(own))) continue;
    const key = subject[1]!.startsWith('“三公”') ? 'fees-actual' : feeRowKey(subject[1]!);
    const item = key ? years.get(key) : undefined;
    if (!item || item.now.length !== 1) continue;
    const now = dec(item.now[0]!.value);
    const last = dec(item.last.value);
    const want = now.eq(last) ? '持平' : now.gt(last) ? '增' : '减';
    const said = m[3] === '持平' ? '持平' : /增|上升/.test(m[3]!) ? '增' : '减';
    const at = m.index + m[0].lastIndexOf(m[3]!);
    const arithmetic = `${item.table}${subject[1]}本年${item.now[0]!.value}${item.unit}，上年${item.last.value}${item.unit}`;
    claim(ctx, 'change', b.first, at, want === said, `${arithmetic}，文中“${m[3]}”`);
    if (want === said) continue;
    const flat = want === '持平' || said === '持平';
    const expected = want === '持平' ? '持平' : want === '增' ? '增长' : '下降';
    report(
      ctx,
      b.first,
      flat ? 'change.flat' : 'change.direction',
      'error',
      excerptOf(b.text, m.index, m.index + m[0].length, 12),
      expected,
      m[3]!,
      `${arithmetic}，应为${expected}，文中写作“${m[3]}”。`,
      at,
    );
  }
}

/**
 * The amount of a change without its % after a comparison opening its sentence, its subject the item's 支出 —
 * "（一）因公出国（境）费 … 与上年相比，团组数持平，人次增加1人次，支出减少1.22万元。" —, its item the last 三公 item named
 * before it in the paragraph (not in a list of names): against the table's two years, its direction
 * (`change.direction`) and its amount (`change.amount`).
 */
const AMOUNT_ONLY =
  /(?:与|比|较)(上年度?|去年|(20\d\d)\s*年度?)(?:决算数?)?(?:相比)?[，,](?:[^。；;，,]*[，,])*?\s*(?:支出|经费|费用)(增加|减少)\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|元)(?=\s*[。；;])/g;

function checkAmountOnly(ctx: Ctx, b: Paragraph, years: FeeYears, year: number | null): void {
  const names = allMatches(b.text, ITEM_NAME).filter(
    (n) =>
      !/占\s*$/.test(b.text.slice(Math.max(0, n.index - 2), n.index)) &&
      !/[、等]/.test(b.text.charAt(n.index + n[0].length)) &&
      b.text.charAt(n.index - 1) !== '、' &&
      // (An item's name, not a word of it: "因公出国（境）团组" names the groups.)
      (n[1]!.startsWith('“三公”') || feeRowKey(n[1]!) !== null),
  );
  for (const m of allMatches(b.text, AMOUNT_ONLY)) {
    if (m[2] && year !== null && Number(m[2]) !== year - 1) continue;
    const subject = names.filter((n) => n.index < m.index).pop();
    if (!subject) continue;
    // (Another amount between the item and the change — a part's, another item's — leaves the subject unsure.)
    const between = b.text.slice(subject.index + subject[0].length, m.index);
    if ((between.match(/\d[\d,]*(?:\.\d+)?\s*(?:万元|元)/g) ?? []).length > 1) continue;
    const key = subject[1]!.startsWith('“三公”') ? 'fees-actual' : feeRowKey(subject[1]!);
    const item = key ? years.get(key) : undefined;
    if (!item || item.now.length !== 1) continue;
    const stated = m[4]!.replace(/,/g, '');
    const change = dec(convert(item.now[0]!.value, item.unit, m[5]!)).minus(
      convert(item.last.value, item.unit, m[5]!),
    );
    const up = m[3] === '增加';
    const at = m.index + m[0].lastIndexOf(m[4]!);
    const places = (stated.split('.')[1] ?? '').length;
    const amountHolds = show(change.abs(), places) === show(dec(stated), places);
    const directionHolds = change.isZero() || change.isNeg() !== up;
    const arithmetic = `${item.table}${subject[1]}本年${item.now[0]!.value}${item.unit} − 上年${item.last.value}${item.unit} = ${show(change, places)}${m[5]}`;
    // (An amount other than the difference may measure another figure: nothing said.)
    if (!amountHolds) continue;
    claim(ctx, 'change', b.first, at, directionHolds, `${arithmetic}，文中${m[3]}${m[4]}${m[5]}`);
    if (directionHolds) continue;
    report(
      ctx,
      b.first,
      'change.direction',
      'error',
      excerptOf(b.text, m.index, m.index + m[0].length, 8),
      `${change.isNeg() ? '减少' : '增加'}${m[4]}${m[5]}`,
      `${m[3]}${m[4]}${m[5]}`,
      `${arithmetic}，应为${change.isNeg() ? '减少' : '增加'}，文中写作“${m[3]}”。`,
      at,
    );
  }
}

/** A change's rate printed without its % ("减少7,086.40元，下降11.56。"): a warning. */
function reportBare(
  ctx: Ctx,
  b: Paragraph,
  m: RegExpExecArray,
  at: number,
  value: string,
  exact: string,
): void {
  claim(ctx, 'change', b.first, at, true, `${m[1]}变动率 = ${exact}%，文中${value}缺%`);
  report(
    ctx,
    b.first,
    'unit.missing',
    'warning',
    excerptOf(b.text, m.index, m.index + m[0].length, 10),
    `${value}%`,
    value,
    `“${m[7]}${value}”缺少%：${m[1]}比上年${m[4]}${m[5]}${m[6]}，变动率为${exact}%。`,
    at,
  );
}

/**
 * The one 三公 table of the document with one row per item (each name once, 合计 among them) and one column of
 * this year's 决算 and one of last year's: each item's two years. Null when there is not exactly one such table.
 */
function feeYears(models: readonly TableModel[], year: number): FeeYears | null {
  let found: FeeYears | null = null;
  for (const m of models) {
    const reader = rowReader(m, year) ?? columnReader(m, year);
    if (!reader) continue;
    if (found) return null;
    found = new Map();
    const fig = reader.fig;
    const unit = m.table.unit || '万元';
    const table = m.table.title ? `《${m.table.title}》` : '表中';
    const readingsOf = (printed: Printed, parts: ReadonlyArray<Printed | null>): Printed[] => {
      if (parts.some((p) => !p)) return [printed];
      const sum = sumWhenTotalWrong(parts as Printed[], printed);
      return sum ? [printed, sum] : [printed];
    };
    const nowOf = new Map<string, Printed[]>();
    for (const key of reader.keys) {
      const printed = fig(key, 'now');
      if (printed) nowOf.set(key, [printed]);
    }
    // The car line and the 合计 as their parts add up, when they do not as printed.
    const car = nowOf.get('fees-car');
    if (car)
      nowOf.set('fees-car', readingsOf(car[0]!, [fig('fees-car-buy', 'now'), fig('fees-car-run', 'now')]));
    const total = nowOf.get('fees-actual');
    const carNow = nowOf.get('fees-car');
    if (total && carNow) {
      const parts = [fig('fees-abroad', 'now'), carNow[carNow.length - 1]!, fig('fees-reception', 'now')];
      nowOf.set('fees-actual', readingsOf(total[0]!, parts));
    }
    for (const [key, readings] of nowOf) {
      const lastFig = fig(key, 'last');
      if (lastFig) found.set(key, { now: readings, last: lastFig, unit, table });
    }
  }
  return found;
}

/** A 三公 table's figure of an item, this year's 决算 or last year's. */
type YearReader = {
  keys: readonly string[];
  fig: (key: string, which: 'now' | 'last') => Printed | null;
};

/** One row per item (合计, 因公出国（境）费, …), a column of this year's 决算 and one of last year's. */
function rowReader(m: TableModel, year: number): YearReader | null {
  const rows = new Map<string, TFigure[]>();
  let other = false;
  // (Under a 三公 title, rows of other names — counts printed below — are not the items'.)
  const titled = m.table.title.includes('三公');
  for (const i of itemsOf(m)) {
    if (i.figures.length === 0) continue;
    const key = i.code === null ? feeRowKey(i.label) : null;
    if (!key && titled) continue;
    if (!key || rows.has(key) || i.unplaced > 0) other = true;
    else rows.set(key, []);
  }
  if (other || !rows.has('fees-actual') || rows.size < 4) return null;
  const now = columnOfYear(m.headers, year, '决算');
  const last = lastYearColumn(m.headers, year);
  if (now < 0 || last < 0) return null;
  return {
    keys: [...rows.keys()],
    fig: (key, which) => {
      const col = which === 'now' ? now : last;
      const item = itemsOf(m).find((i) => i.figures.length > 0 && feeRowKey(i.label) === key);
      if (!item) return null;
      return figureAt(item, col) ?? (item.dashes?.includes(col) ? { value: '0', places: 0 } : null);
    },
  };
}

/**
 * The items as columns under their names (threeFeesColumns), a row per year and stage: "2025年决算数" (or
 * "决算数") this year's, "2024年决算数" (or "上年决算数") last year's — each row once, every figure in its column.
 */
function columnReader(m: TableModel, year: number): YearReader | null {
  const cols = threeFeesColumns(m.headers);
  if (!cols) return null;
  const rowOf = (test: (label: string) => boolean) => {
    const found = itemsOf(m).filter((i) => i.figures.length > 0 && test(squashSpaces(i.label)));
    return found.length === 1 && found[0]!.unplaced === 0 && found[0]!.figures.length === m.columns
      ? found[0]!
      : null;
  };
  const yearOf = (label: string): number | null => {
    const y = /^(20\d\d)\s*年度?/.exec(label);
    return y ? Number(y[1]) : null;
  };
  const now = rowOf((l) => /决算数?$/.test(l) && !/预算|上年/.test(l) && (yearOf(l) ?? year) === year);
  const last = rowOf(
    (l) => /决算数?$/.test(l) && !/预算/.test(l) && (/^上年/.test(l) || yearOf(l) === year - 1),
  );
  if (!now || !last) return null;
  const byKey: Record<string, number | undefined> = {
    'fees-actual': cols.total,
    'fees-abroad': cols.abroad,
    'fees-car': cols.car,
    'fees-car-buy': cols.buy,
    'fees-car-run': cols.run,
    'fees-reception': cols.reception,
  };
  return {
    keys: Object.keys(byKey).filter((k) => byKey[k] !== undefined),
    fig: (key, which) => {
      const col = byKey[key];
      return col === undefined ? null : figureAt(which === 'now' ? now : last, col);
    },
  };
}

/** The one column of last year's 决算 ("2024年决算（元）" in a 2025 document, "上年决算数"); −1 when none or several. */
function lastYearColumn(headers: readonly string[], year: number): number {
  let found = -1;
  for (let c = 0; c < headers.length; c++) {
    const h = headers[c]!.replace(/\s+/g, '');
    if (!h.includes('决算') || /预算|增减|增长|变动|率|%|％/.test(h)) continue;
    const named = /(20\d\d)\s*年/.exec(h);
    if (!(named ? Number(named[1]) === year - 1 : /上年|去年|上一年/.test(h))) continue;
    if (found >= 0) return -1;
    found = c;
  }
  return found;
}
