/**
 * The 决算情况说明: sections 1–10 of the national template and the 名词解释, generated from the tables,
 * as structured paragraphs (text + every figure it printed + the written texts it still lacks), and the
 * data of charts 图1–图7. Wording follows the template used by seeds 000 and 001; every number is
 * computed here, never typed.
 */
import { dec, sum } from '../money/index.ts';
import { TERMS, className, subjectPath, subjectsFor, type CatalogEdition } from './catalog.ts';
import { ratioFigure, wan, type Figure } from './figures.ts';
import {
  EXPLANATION_SECTIONS,
  defaultTemplateFor,
  type AccountsTemplate,
  type ExplanationSection,
} from './document-templates.ts';
import {
  Builder,
  MISSING_TEXT,
  finishHeadings,
  nonZero,
  push,
  type Ctx,
  type Paragraph,
} from './explanation-builder.ts';
import { nationalSections, nationalTerms } from './explanation-national.ts';
import { chineseNumber } from './tables.ts';
import {
  EXPENDITURE_KINDS,
  EXPENDITURE_LABEL,
  INCOME_LABEL,
  INCOME_SOURCES,
  VEHICLE_USES,
  VEHICLE_USE_LABEL,
  type FinalAccounts,
  type FunctionRow,
} from './model.ts';
import { buildCharts, type Chart } from './charts.ts';

export interface Explanation {
  title: string;
  paragraphs: Paragraph[];
  charts: Chart[];
  /** Every missing text, in order: the document is not ready while this is non-empty. */
  missing: { paragraphId: string; field: string }[];
}

export { MISSING_TEXT, type Paragraph };

export interface ExplanationOptions {
  /** The 科目 edition to name codes with (a stored, imported catalogue); default the national data file. */
  catalogue?: CatalogEdition;
  /** The document template (sections, wording, zero lines, charts, 名词解释); default the Sichuan one. */
  template?: AccountsTemplate;
  /** 5(三) numbering: "flat" 1., 2., … per 项 (seed 000) or "nested" 1. / 1.1 / 1.1.1 (seed 001). */
  detailNumbering?: 'flat' | 'nested';
  /** 类 always listed in 5(二), even at zero (the Sichuan template lists these). */
  listedClasses?: readonly string[];
}

export const DEFAULT_LISTED_CLASSES = ['201', '205', '206', '207', '208', '210', '221'] as const;

/** The 科目 path of a code; the printed name (or the code) when the catalogue does not hold it. */
export function pathOf(ctx: Pick<Ctx, 'edition'>, code: string, printed?: string): string {
  try {
    return subjectPath(code, ctx.edition);
  } catch {
    return printed ?? code;
  }
}

/** Rows of 项 level carrying money, ordered by code. */
function itemRows(rows: readonly FunctionRow[]): FunctionRow[] {
  return rows
    .filter((r) => r.code.length === 7 && (nonZero(r.actual) || nonZero(r.budget)))
    .sort((a, b) => a.code.localeCompare(b.code));
}

function classTotals(rows: readonly FunctionRow[]): Map<string, { actual: string; budget: string }> {
  const m = new Map<string, { actual: string; budget: string }>();
  for (const r of rows.filter((x) => x.code.length === 3))
    m.set(r.code, { actual: r.actual, budget: r.budget });
  return m;
}

export function generateExplanation(fa: FinalAccounts, options: ExplanationOptions = {}): Explanation {
  const template = options.template ?? defaultTemplateFor(fa);
  const edition = subjectsFor(fa, options.catalogue);
  const ctx: Ctx = {
    fa,
    year: fa.year,
    last: fa.year - 1,
    edition,
    texts: fa.texts,
    out: [],
    omitZero: template.zeroLines === 'omit',
  };
  const part = template.parts.find((p) => p.kind === 'explanation');
  const sections: readonly ExplanationSection[] =
    part?.kind === 'explanation' ? part.sections : EXPLANATION_SECTIONS;
  if (template.style === 'national') {
    nationalSections(ctx, sections);
    if (template.terms === 'catalogue') nationalTerms(ctx, template.termsNumbering);
  } else {
    const opts: ExplanationOptions = {
      detailNumbering: options.detailNumbering ?? template.detailNumbering,
      listedClasses: ctx.omitZero ? [] : (options.listedClasses ?? template.listedClasses),
    };
    for (const section of sections) {
      if (section === 'overall') sectionOverall(ctx);
      else if (section === 'income') sectionIncome(ctx);
      else if (section === 'expenditure') sectionExpenditure(ctx);
      else if (section === 'fiscal') sectionFiscal(ctx);
      else if (section === 'general') sectionGeneral(ctx, opts);
      else if (section === 'basic') sectionBasic(ctx);
      else if (section === 'threePublic') sectionThreePublic(ctx);
      else if (section === 'fund') sectionFund(ctx, 'fund');
      else if (section === 'capital') sectionFund(ctx, 'capital');
      else if (section === 'other') sectionOther(ctx, !sections.includes('performance'));
      else if (section === 'performance') sectionProjects(ctx, 's10p', '10', true);
    }
    if (template.terms === 'catalogue') sectionTerms(ctx, template.termsNumbering);
  }
  const paragraphs = finishHeadings(ctx.out);
  const missing = paragraphs.flatMap((p) => p.missing.map((field) => ({ paragraphId: p.id, field })));
  const title = `${fa.year}年度${fa.scope === 'department' ? '部门' : '单位'}决算情况说明`;
  return { title, paragraphs, charts: template.charts ? buildCharts(fa) : [], missing };
}

function sectionOverall(ctx: Ctx): void {
  const { fa, year, last } = ctx;
  const s = fa.current.summary;
  push(ctx, 's1.h', '1', '一、收入支出决算总体情况说明', true);
  const b = new Builder()
    .t(`${year}年度收、支总计`)
    .amt('grandTotal', '收、支总计', s.grandTotalIncome)
    .t('。')
    .change(
      'grandTotal',
      '收、支总计',
      s.grandTotalIncome,
      fa.previous.grandTotal,
      `与${last}年相比，收、支总计各`,
      `与${last}年相比，收、支总计持平`,
    )
    .t('。');
  if (!dec(s.grandTotalIncome).eq(dec(fa.previous.grandTotal)))
    b.t('主要变动原因是').reason(ctx.texts.totalChangeReason, 'totalChangeReason').t('。');
  push(ctx, 's1', '1', b);
}

function sectionIncome(ctx: Ctx): void {
  const inc = ctx.fa.current.summary.income;
  push(ctx, 's2.h', '2', '二、收入决算情况说明', true);
  const b = new Builder()
    .t(`${ctx.year}年本年收入合计`)
    .amt('income.total', '本年收入合计', inc.total)
    .t('，其中：');
  INCOME_SOURCES.filter((src) => !ctx.omitZero || nonZero(inc[src])).forEach((src, i) => {
    if (i > 0) b.t('；');
    b.t(INCOME_LABEL[src]).amt(`income.${src}`, INCOME_LABEL[src], inc[src]);
    b.share(`income.${src}.share`, `${INCOME_LABEL[src]}占本年收入合计比重`, inc[src], inc.total);
  });
  push(ctx, 's2', '2', b.t('。'));
}

function sectionExpenditure(ctx: Ctx): void {
  const exp = ctx.fa.current.summary.expenditure;
  push(ctx, 's3.h', '3', '三、支出决算情况说明', true);
  const b = new Builder()
    .t(`${ctx.year}年本年支出合计`)
    .amt('expenditure.total', '本年支出合计', exp.total)
    .t('，其中：');
  EXPENDITURE_KINDS.filter((k) => !ctx.omitZero || nonZero(exp[k])).forEach((k, i) => {
    if (i > 0) b.t('；');
    b.t(EXPENDITURE_LABEL[k]).amt(`expenditure.${k}`, EXPENDITURE_LABEL[k], exp[k]);
    b.share(`expenditure.${k}.share`, `${EXPENDITURE_LABEL[k]}占本年支出合计比重`, exp[k], exp.total);
  });
  push(ctx, 's3', '3', b.t('。'));
}

function sectionFiscal(ctx: Ctx): void {
  const { fa, year, last } = ctx;
  const f = fa.current.fiscal;
  push(ctx, 's4.h', '4', '四、财政拨款收入支出决算总体情况说明', true);
  const b = new Builder()
    .t(`${year}年财政拨款收、支总计`)
    .amt('fiscal.grandTotal', '财政拨款收、支总计', f.grandTotalIncome)
    .t('。')
    .change(
      'fiscal.grandTotal',
      '财政拨款收、支总计',
      f.grandTotalIncome,
      fa.previous.fiscalGrandTotal,
      `与${last}年相比，财政拨款收、支总计各`,
      `与${last}年相比，财政拨款收、支总计持平`,
    )
    .t('。');
  if (!dec(f.grandTotalIncome).eq(dec(fa.previous.fiscalGrandTotal)))
    b.t('主要变动原因是').reason(ctx.texts.fiscalChangeReason, 'fiscalChangeReason').t('。');
  push(ctx, 's4', '4', b);
}

function sectionGeneral(ctx: Ctx, options: ExplanationOptions): void {
  const { fa, year, last, edition } = ctx;
  const cur = fa.current;
  const general = cur.fiscal.expenditureGeneral;
  push(ctx, 's5.h', '5', '五、一般公共预算财政拨款支出决算情况说明', true);

  push(ctx, 's5.1.h', '5', '（一）一般公共预算财政拨款支出决算总体情况', true);
  const b1 = new Builder()
    .t(`${year}年一般公共预算财政拨款支出`)
    .amt('general.total', '一般公共预算财政拨款支出', general)
    .share(
      'general.share',
      '一般公共预算财政拨款支出占本年支出合计比重',
      general,
      cur.summary.expenditure.total,
      '，占本年支出合计的',
    )
    .t('。')
    .change(
      'general',
      '一般公共预算财政拨款支出',
      general,
      fa.previous.generalExpenditure,
      `与${last}年相比，一般公共预算财政拨款`,
      `与${last}年相比，一般公共预算财政拨款持平`,
    )
    .t('。');
  if (!dec(general).eq(dec(fa.previous.generalExpenditure)))
    b1.t('主要变动原因是').reason(ctx.texts.generalChangeReason, 'generalChangeReason').t('。');
  push(ctx, 's5.1', '5', b1);

  push(ctx, 's5.2.h', '5', '（二）一般公共预算财政拨款支出决算结构情况', true);
  const classes = classTotals(cur.generalByFunction);
  const listed = new Set<string>(options.listedClasses ?? DEFAULT_LISTED_CLASSES);
  if (ctx.omitZero) listed.clear();
  for (const [code, v] of classes) if (nonZero(v.actual)) listed.add(code);
  const b2 = new Builder()
    .t(`${year}年一般公共预算财政拨款支出`)
    .amt('general.total', '一般公共预算财政拨款支出', general)
    .t('，主要用于以下方面：');
  [...listed].sort().forEach((code, i) => {
    const name = className(edition.functions.get(code)?.name ?? code);
    const actual = classes.get(code)?.actual ?? '0';
    if (i > 0) b2.t('；');
    b2.t(`${name}（类）支出`).amt(`general.class.${code}`, `${name}（类）支出`, actual);
    b2.share(`general.class.${code}.share`, `${name}（类）支出占比`, actual, general);
  });
  push(ctx, 's5.2', '5', b2.t('。'));

  push(ctx, 's5.3.h', '5', '（三）一般公共预算财政拨款支出决算具体情况', true);
  const budgetTotal = sum([...classes.values()].map((c) => c.budget));
  const b3 = new Builder()
    .t(`${year}年一般公共预算支出决算数为`)
    .amt('general.total', '一般公共预算支出决算数', general)
    .t('，');
  const f = ratioFigure('general.completion', '一般公共预算支出完成预算', 'completion', general, budgetTotal);
  if (f) {
    b3.figures.push(f);
    b3.t(`完成预算${f.printed}%`);
  } else b3.t('年初未安排预算');
  push(ctx, 's5.3', '5', b3.t('。其中：'));
  detailLines(ctx, itemRows(cur.generalByFunction), options.detailNumbering ?? 'nested');
}

function itemBody(ctx: Ctx, row: FunctionRow, number: string): Builder {
  const b = new Builder()
    .t(`${number}${pathOf(ctx, row.code, row.name)}：支出决算为`)
    .amt(`general.item.${row.code}`, `${row.code}支出决算`, row.actual)
    .t('，')
    .completion(
      `general.item.${row.code}.completion`,
      `${row.code}完成预算`,
      row.actual,
      row.budget,
      row.reason,
      `reason:${row.code}`,
    );
  return b.t('。');
}

function detailLines(ctx: Ctx, items: FunctionRow[], numbering: 'flat' | 'nested'): void {
  const line = (row: FunctionRow, n: string) =>
    push(ctx, `s5.3.item.${row.code}`, '5', itemBody(ctx, row, n));
  if (numbering === 'flat') {
    items.forEach((row, i) => line(row, `${i + 1}.`));
    return;
  }
  const group = (rows: FunctionRow[], len: number) => {
    const m = new Map<string, FunctionRow[]>();
    for (const r of rows) m.set(r.code.slice(0, len), [...(m.get(r.code.slice(0, len)) ?? []), r]);
    return [...m.entries()];
  };
  group(items, 3).forEach(([cls, rows], i) => {
    const ci = `${i + 1}`;
    if (rows.length === 1) return line(rows[0]!, `${ci}.`);
    const kuans = group(rows, 5);
    if (kuans.length === 1) {
      // One 款 under the 类: the header names both, the 项 are numbered at the second level (seed 001, 5.1).
      const [kuan, krows] = kuans[0]!;
      push(ctx, `s5.3.kuan.${kuan}`, '5', `${ci}.${pathOf(ctx, kuan)}`);
      krows.forEach((r, k) => line(r, `${ci}.${k + 1}`));
      return;
    }
    push(ctx, `s5.3.class.${cls}`, '5', `${ci}.${pathOf(ctx, cls)}`);
    kuans.forEach(([kuan, krows], j) => {
      const kj = `${ci}.${j + 1}`;
      if (krows.length === 1) return line(krows[0]!, kj);
      push(ctx, `s5.3.kuan.${kuan}`, '5', `${kj}${pathOf(ctx, kuan)}`);
      krows.forEach((r, k) => line(r, `${kj}.${k + 1}`));
    });
  });
}

function itemNames(ctx: Ctx, group: 'personnel' | 'publicUse'): string {
  const econ = ctx.fa.current.basicByEconomic.items.filter((i) => nonZero(i.amount));
  const codes = econ.length
    ? econ
        .map((i) => i.code)
        .filter((c) => ctx.edition.economic.get(c)?.group === group)
        .sort()
    : group === 'personnel'
      ? ctx.edition.personnelDefault
      : ctx.edition.publicUseDefault;
  return codes.map((c) => ctx.edition.economic.get(c)?.name ?? c).join('、');
}

function sectionBasic(ctx: Ctx): void {
  const e = ctx.fa.current.basicByEconomic;
  push(ctx, 's6.h', '6', '六、一般公共预算财政拨款基本支出决算情况说明', true);
  push(
    ctx,
    's6',
    '6',
    new Builder()
      .t(`${ctx.year}年一般公共预算财政拨款基本支出`)
      .amt('basic.total', '一般公共预算财政拨款基本支出', e.total)
      .t('，其中：'),
  );
  push(
    ctx,
    's6.personnel',
    '6',
    new Builder()
      .t('人员经费')
      .amt('basic.personnel', '人员经费', e.personnel)
      .t(`，主要包括：${itemNames(ctx, 'personnel')}等。`),
  );
  push(
    ctx,
    's6.public',
    '6',
    new Builder()
      .t('公用经费')
      .amt('basic.publicUse', '公用经费', e.publicUse)
      .t(`，主要包括：${itemNames(ctx, 'publicUse')}等。`),
  );
}

function sectionThreePublic(ctx: Ctx): void {
  const { fa, year, last } = ctx;
  const tp = fa.current.threePublic;
  const a = tp.actual;
  const prev = fa.previous.threePublic;
  const t = ctx.texts;
  push(ctx, 's7.h', '7', '七、“三公”经费财政拨款支出决算情况说明', true);
  push(ctx, 's7.1.h', '7', '（一）“三公”经费财政拨款支出决算总体情况说明', true);
  push(
    ctx,
    's7.1',
    '7',
    new Builder()
      .t(`${year}年“三公”经费财政拨款支出决算为`)
      .amt('threePublic.total', '“三公”经费财政拨款支出', a.total)
      .t('，')
      .completion(
        'threePublic.completion',
        '“三公”经费完成预算',
        a.total,
        tp.budget.total,
        t.threePublicGapReason,
        'threePublicGapReason',
      )
      .t('。'),
  );
  push(ctx, 's7.2.h', '7', '（二）“三公”经费财政拨款支出决算具体情况说明', true);
  const parts = [
    ['abroad', '因公出国（境）费支出决算', a.abroad],
    ['vehicle', '公务用车购置及运行维护费支出决算', a.vehicle],
    ['reception', '公务接待费支出决算', a.reception],
  ] as const;
  const b = new Builder().t(`${year}年“三公”经费财政拨款支出决算中，`);
  parts.forEach(([k, label, v], i) => {
    if (i > 0) b.t('；');
    b.t(label).amt(`threePublic.${k}`, label, v).share(`threePublic.${k}.share`, `${label}占比`, v, a.total);
  });
  push(ctx, 's7.2', '7', b.t('。具体情况如下：'));

  const abroad = new Builder()
    .t('1.因公出国（境）经费支出')
    .amt('threePublic.abroad', '因公出国（境）经费支出', a.abroad)
    .t('，')
    .completion(
      'threePublic.abroad.completion',
      '因公出国（境）完成预算',
      a.abroad,
      tp.budget.abroad,
      t.threePublicGapReason,
      'threePublicGapReason',
    )
    .t('。全年安排因公出国（境）团组')
    .count('threePublic.abroadGroups', '因公出国（境）团组', tp.abroadGroups, '次')
    .t('，出国（境）')
    .count('threePublic.abroadPersons', '因公出国（境）人数', tp.abroadPersons, '人')
    .t('。')
    .change(
      'threePublic.abroad',
      '因公出国（境）支出',
      a.abroad,
      prev.abroad,
      `因公出国（境）支出决算比${last}年`,
      `因公出国（境）支出决算与${last}年持平`,
    )
    .t('。');
  if (!dec(a.abroad).eq(dec(prev.abroad)))
    abroad.t('主要原因是').reason(t.abroadChangeReason, 'abroadChangeReason').t('。');
  push(ctx, 's7.abroad', '7', abroad);

  const vehicle = new Builder()
    .t('2.公务用车购置及运行维护费支出')
    .amt('threePublic.vehicle', '公务用车购置及运行维护费支出', a.vehicle)
    .t('，')
    .completion(
      'threePublic.vehicle.completion',
      '公务用车购置及运行维护费完成预算',
      a.vehicle,
      tp.budget.vehicle,
      t.threePublicGapReason,
      'threePublicGapReason',
    )
    .t('。')
    .change(
      'threePublic.vehicle',
      '公务用车购置及运行维护费支出',
      a.vehicle,
      prev.vehicle,
      `公务用车购置及运行维护费支出决算比${last}年`,
      `公务用车购置及运行维护费支出决算与${last}年持平`,
    )
    .t('。');
  if (!dec(a.vehicle).eq(dec(prev.vehicle)))
    vehicle.t('主要原因是').reason(t.vehicleChangeReason, 'vehicleChangeReason').t('。');
  push(ctx, 's7.vehicle', '7', vehicle);

  const pu = tp.vehiclesPurchased;
  const pa = tp.vehiclesPurchasedAmount;
  const own = tp.vehiclesOwned;
  push(
    ctx,
    's7.vehiclePurchase',
    '7',
    new Builder()
      .t('其中：公务用车购置支出')
      .amt('threePublic.vehiclePurchase', '公务用车购置支出', a.vehiclePurchase)
      .t('。全年按规定更新购置公务用车')
      .count('threePublic.purchased', '更新购置公务用车', pu.sedan + pu.suv + pu.bus, '辆')
      .t('，其中：轿车')
      .count('threePublic.purchased.sedan', '购置轿车', pu.sedan, '辆')
      .t('、金额')
      .amt('threePublic.purchased.sedan.amount', '购置轿车金额', pa.sedan)
      .t('，越野车')
      .count('threePublic.purchased.suv', '购置越野车', pu.suv, '辆')
      .t('、金额')
      .amt('threePublic.purchased.suv.amount', '购置越野车金额', pa.suv)
      .t('，载客汽车')
      .count('threePublic.purchased.bus', '购置载客汽车', pu.bus, '辆')
      .t('、金额')
      .amt('threePublic.purchased.bus.amount', '购置载客汽车金额', pa.bus)
      .t(`。截至${year}年12月底，单位共有公务用车`)
      .count('threePublic.owned', '公务用车保有量', own.sedan + own.suv + own.bus, '辆')
      .t('，其中：轿车')
      .count('threePublic.owned.sedan', '轿车', own.sedan, '辆')
      .t('、越野车')
      .count('threePublic.owned.suv', '越野车', own.suv, '辆')
      .t('、载客汽车')
      .count('threePublic.owned.bus', '载客汽车', own.bus, '辆')
      .t('。'),
  );
  const op = new Builder()
    .t('公务用车运行维护费支出')
    .amt('threePublic.vehicleOperation', '公务用车运行维护费支出', a.vehicleOperation)
    .t('。');
  if (nonZero(a.vehicleOperation))
    op.t('主要用于').reason(t.vehicleOperationPurpose, 'vehicleOperationPurpose').t('。');
  push(ctx, 's7.vehicleOperation', '7', op);

  const rec = new Builder()
    .t('3.公务接待费支出')
    .amt('threePublic.reception', '公务接待费支出', a.reception)
    .t('，')
    .completion(
      'threePublic.reception.completion',
      '公务接待费完成预算',
      a.reception,
      tp.budget.reception,
      t.threePublicGapReason,
      'threePublicGapReason',
    )
    .t('。')
    .change(
      'threePublic.reception',
      '公务接待费支出',
      a.reception,
      prev.reception,
      `公务接待费支出决算比${last}年`,
      `公务接待费支出决算与${last}年持平`,
    )
    .t('。');
  if (!dec(a.reception).eq(dec(prev.reception)))
    rec.t('主要原因是').reason(t.receptionChangeReason, 'receptionChangeReason').t('。');
  push(ctx, 's7.reception', '7', rec.t('其中：'));

  const dom = new Builder()
    .t('国内公务接待支出')
    .amt('threePublic.receptionDomestic', '国内公务接待支出', a.receptionDomestic);
  if (nonZero(a.receptionDomestic))
    dom.t('，主要用于').reason(t.receptionDomesticPurpose, 'receptionDomesticPurpose');
  dom
    .t('。国内公务接待')
    .count('threePublic.receptionDomesticBatches', '国内公务接待批次', tp.receptionDomesticBatches, '批次')
    .t('，')
    .count('threePublic.receptionDomesticPersons', '国内公务接待人次', tp.receptionDomesticPersons, '人次')
    .t('（不包括陪同人员），共计支出')
    .amt('threePublic.receptionDomestic', '国内公务接待支出', a.receptionDomestic);
  if (t.receptionDomesticDetail.trim())
    dom.t(`，具体内容包括：${t.receptionDomesticDetail.trim().replace(/[。；]+$/, '')}`);
  push(ctx, 's7.receptionDomestic', '7', dom.t('。'));
  push(
    ctx,
    's7.receptionForeign',
    '7',
    new Builder()
      .t('外事接待支出')
      .amt('threePublic.receptionForeign', '外事接待支出', a.receptionForeign)
      .t('，外事接待')
      .count('threePublic.receptionForeignBatches', '外事接待批次', tp.receptionForeignBatches, '批次')
      .t('，')
      .count('threePublic.receptionForeignPersons', '外事接待人数', tp.receptionForeignPersons, '人')
      .t('，共计支出')
      .amt('threePublic.receptionForeign', '外事接待支出', a.receptionForeign)
      .t('。'),
  );
}

function sectionFund(ctx: Ctx, which: 'fund' | 'capital'): void {
  const c = ctx.fa.current;
  const one = (
    id: string,
    section: string,
    heading: string,
    name: string,
    f: { income: string; expenditure: string },
  ) => {
    push(ctx, `${id}.h`, section, heading, true);
    const b = new Builder()
      .t(`${ctx.year}年${name}财政拨款支出`)
      .amt(`${id}.expenditure`, `${name}财政拨款支出`, f.expenditure)
      .t('。');
    if (!nonZero(f.income) && !nonZero(f.expenditure))
      b.t(`本年度无${name}财政拨款收入，也没有使用${name}财政拨款安排的支出。`);
    push(ctx, id, section, b);
  };
  if (which === 'fund')
    one('s8', '8', '八、政府性基金预算支出决算情况说明', '政府性基金预算', c.governmentFund);
  else one('s9', '9', '九、国有资本经营预算支出决算情况说明', '国有资本经营预算', c.stateCapital);
}

function sectionOther(ctx: Ctx, withProjects: boolean): void {
  const { fa, year, last } = ctx;
  const c = fa.current;
  const subject = fa.unit.shortName;
  push(ctx, 's10.h', '10', '十、其他重要事项的情况说明', true);

  push(ctx, 's10.1.h', '10', '（一）机关运行经费支出情况', true);
  if (fa.unit.kind === '事业单位') {
    push(ctx, 's10.1', '10', new Builder().t(`${fa.unit.name}为事业单位，无机关运行经费。`));
  } else {
    const b = new Builder()
      .t(`${year}年，${subject}机关运行经费支出`)
      .amt('officeOperation', '机关运行经费支出', c.officeOperation)
      .t('，')
      .change(
        'officeOperation',
        '机关运行经费支出',
        c.officeOperation,
        fa.previous.officeOperation,
        `比${last}年`,
        `与${last}年持平`,
      )
      .t('。');
    if (!dec(c.officeOperation).eq(dec(fa.previous.officeOperation)))
      b.t('主要原因是').reason(ctx.texts.officeOperationChangeReason, 'officeOperationChangeReason').t('。');
    push(ctx, 's10.1', '10', b);
  }

  push(ctx, 's10.2.h', '10', '（二）政府采购支出情况', true);
  const p = c.procurement;
  const pb = new Builder()
    .t(`${year}年，${subject}政府采购支出总额`)
    .amt('procurement.total', '政府采购支出总额', p.total);
  if (nonZero(p.total)) {
    pb.t('，其中：政府采购货物支出')
      .amt('procurement.goods', '政府采购货物支出', p.goods)
      .t('、政府采购工程支出')
      .amt('procurement.works', '政府采购工程支出', p.works)
      .t('、政府采购服务支出')
      .amt('procurement.services', '政府采购服务支出', p.services)
      .t('。');
    if (ctx.texts.procurementPurpose.trim())
      pb.t(`主要用于${ctx.texts.procurementPurpose.trim().replace(/[。]+$/, '')}。`);
    pb.t('授予中小企业合同金额')
      .amt('procurement.sme', '授予中小企业合同金额', p.smeContracts)
      .share(
        'procurement.sme.share',
        '授予中小企业合同金额占比',
        p.smeContracts,
        p.total,
        '，占政府采购支出总额的',
      )
      .t('，其中：授予小微企业合同金额')
      .amt('procurement.smallMicro', '授予小微企业合同金额', p.smallMicroContracts)
      .share(
        'procurement.smallMicro.share',
        '授予小微企业合同金额占比',
        p.smallMicroContracts,
        p.total,
        '，占政府采购支出总额的',
      );
  }
  push(ctx, 's10.2', '10', pb.t('。'));

  push(ctx, 's10.3.h', '10', '（三）国有资产占有使用情况', true);
  const v = c.assets.vehicles;
  const ab = new Builder()
    .t(`截至${year}年12月31日，${subject}共有车辆`)
    .count('assets.vehicles', '车辆', v.total, '辆')
    .t('，其中：');
  const always = new Set(ctx.omitZero ? [] : ['leaders', 'confidential', 'emergency', 'other']);
  const uses = VEHICLE_USES.filter((u) => (always.has(u) && v[u] !== undefined) || (v[u] ?? 0) > 0);
  uses.forEach((u, i) => {
    if (i > 0) ab.t('、');
    ab.t(VEHICLE_USE_LABEL[u]).count(`assets.vehicles.${u}`, VEHICLE_USE_LABEL[u], v[u] ?? 0, '辆');
  });
  if (v.other > 0 && ctx.texts.otherVehiclesPurpose.trim())
    ab.t(`，其他用车主要是用于${ctx.texts.otherVehiclesPurpose.trim().replace(/[。]+$/, '')}`);
  // Only the equipment figures that were given are stated (an absent figure is never printed as 0).
  const equipment: [string, string, number | undefined][] = [
    ['assets.generalEquipmentOver500k', '单价50万元以上通用设备', c.assets.generalEquipmentOver500k],
    ['assets.specialEquipmentOver1m', '单价100万元以上专用设备', c.assets.specialEquipmentOver1m],
    ['assets.equipmentOver1m', '单价100万元（含）以上设备（不含车辆）', c.assets.equipmentOver1m],
  ];
  equipment
    .filter(([, , n]) => n !== undefined)
    .forEach(([key, label, n], i) =>
      ab
        .t(i === 0 ? '；' : '，')
        .t(label)
        .count(key, label, n!, '台（套）'),
    );
  ab.t('。');
  push(ctx, 's10.3', '10', ab);
  if (withProjects) sectionProjects(ctx, 's10.4', '10', false);
}

/** 预算绩效管理情况 with the per-project 绩效目标完成情况 (the heading is dropped when there is nothing). */
function sectionProjects(ctx: Ctx, id: string, section: string, level1: boolean): void {
  const { fa, year } = ctx;
  const c = fa.current;
  ctx.out.push({
    id: `${id}.h`,
    section,
    heading: true,
    level: level1 ? 1 : 2,
    text: '预算绩效管理情况',
    figures: [],
    missing: [],
  });
  const projects = c.projects;
  if (projects.length) {
    const who = fa.scope === 'department' ? '本部门' : '本单位';
    const kind = fa.scope === 'department' ? '部门' : '单位';
    const names = projects.map((p) => `“${p.name}”`).join('');
    push(
      ctx,
      id,
      section,
      new Builder()
        .t(`${who}在${year}年度${kind}决算中反映${names}`)
        .count('projects.count', '项目个数', projects.length, '个')
        .t('项目绩效目标实际完成情况。'),
    );
    projects.forEach((p, i) => {
      const b = new Builder()
        .t(`（${i + 1}）${p.name}项目绩效目标完成情况综述。项目全年预算数`)
        .amt(`projects.${i}.budget`, `${p.name}预算数`, p.budget)
        .t('，执行数为')
        .amt(`projects.${i}.actual`, `${p.name}执行数`, p.actual)
        .t('，');
      const f = ratioFigure(
        `projects.${i}.completion`,
        `${p.name}完成预算`,
        'completion',
        p.actual,
        p.budget,
      );
      if (f) {
        b.figures.push(f);
        b.t(`完成预算的${f.printed}%。`);
      } else b.t('年初未安排预算。');
      if (p.summary.trim()) b.t(p.summary.trim());
      if (p.problems.trim()) b.t(`发现的主要问题：${p.problems.trim()}`);
      if (p.measures.trim()) b.t(`下一步改进措施：${p.measures.trim()}`);
      push(ctx, `${id}.project.${i}`, section, b);
    });
  }
}

function sectionTerms(ctx: Ctx, numbering: 'arabic' | 'chinese'): void {
  const c = ctx.fa.current;
  const s = c.summary;
  const terms: { term: string; explanation: string }[] = [TERMS.fiscalIncome];
  const inc = s.income;
  if (nonZero(inc.superiorSubsidy)) terms.push(TERMS.superiorSubsidy);
  if (nonZero(inc.businessIncome)) terms.push(TERMS.businessIncome);
  if (nonZero(inc.operatingIncome)) terms.push(TERMS.operatingIncome);
  if (nonZero(inc.subordinateRemittance)) terms.push(TERMS.subordinateRemittance);
  if (nonZero(inc.otherIncome)) terms.push(TERMS.otherIncome);
  if (nonZero(s.reserveUsed)) terms.push(TERMS.reserveUsed);
  if (nonZero(s.carryForwardStart)) terms.push(TERMS.carryForwardStart);
  if (nonZero(s.surplusDistribution)) terms.push(TERMS.surplusDistribution);
  if (nonZero(s.carryForwardEnd)) terms.push(TERMS.carryForwardEnd);
  for (const row of itemRows(c.generalByFunction)) {
    const subject = ctx.edition.functions.get(row.code);
    if (subject?.explanation)
      terms.push({ term: pathOf(ctx, row.code, row.name), explanation: subject.explanation });
  }
  terms.push(TERMS.basic, TERMS.project);
  const exp = s.expenditure;
  if (nonZero(exp.remitToSuperior)) terms.push(TERMS.remitToSuperior);
  if (nonZero(exp.operating)) terms.push(TERMS.operating);
  if (nonZero(exp.subsidyToSubordinates)) terms.push(TERMS.subsidyToSubordinates);
  terms.push(TERMS.threePublic, TERMS.officeOperation);
  push(ctx, 'terms.h', 'terms', '名词解释', true);
  terms.forEach((t, i) =>
    push(
      ctx,
      `terms.${i + 1}`,
      'terms',
      `${numbering === 'chinese' ? `${chineseNumber(i + 1)}、` : `${i + 1}.`}${t.term}：${t.explanation}`,
    ),
  );
}

/** Every printed figure of an explanation by key (first occurrence). */
export function figuresByKey(e: Explanation): Map<string, Figure> {
  const m = new Map<string, Figure>();
  for (const p of e.paragraphs) for (const f of p.figures) if (!m.has(f.key)) m.set(f.key, f);
  return m;
}

export { wan };
