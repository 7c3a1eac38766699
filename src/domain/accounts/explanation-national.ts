/**
 * 第三部分 情况说明 in the wording of the national (Shanghai 2024) 部门决算 template: sections 一 to 十一
 * with the filling instructions applied — "不涉及的不列" (zero lines left out when the template says so),
 * "如持平作持平表述", the "无…" sentences for a section without money, and only the figures the tables
 * hold (a count that was never given is not stated). Headings are numbered afterwards (finishHeadings),
 * so a section left out — 十、预算绩效管理情况 without data — leaves no gap.
 */
import { dec, sum, type DecInput } from '../money/index.ts';
import { TERMS } from './catalog.ts';
import type { ExplanationSection } from './document-templates.ts';
import { Builder, nonZero, push, type Ctx } from './explanation-builder.ts';
import { ratioFigure } from './figures.ts';
import { VEHICLE_USES, VEHICLE_USE_LABEL, type FunctionRow, type FundRow } from './model.ts';
import { chineseNumber, functionName } from './tables.ts';

const heading = (ctx: Ctx, id: string, section: string, text: string, level: 1 | 2 = 1) =>
  ctx.out.push({ id, section, heading: true, level, text, figures: [], missing: [] });

/** "教育支出（类）普通教育（款）初中教育（项）" — the national template keeps 支出 in the 类 name. */
function nationalPath(ctx: Ctx, code: string, printed?: string): string {
  const parts = [
    `${functionName(code.slice(0, 3), ctx.edition, code.length === 3 ? printed : undefined)}（类）`,
  ];
  if (code.length >= 5)
    parts.push(
      `${functionName(code.slice(0, 5), ctx.edition, code.length === 5 ? printed : undefined)}（款）`,
    );
  if (code.length === 7) parts.push(`${functionName(code, ctx.edition, printed)}（项）`);
  return parts.join('');
}

/** 主语: "上海市XX局" for the 部门 sentences. */
const who = (ctx: Ctx) => ctx.fa.unit.name;

/**
 * "与2023年度相比，X增加A万元，增长B%。主要原因：R。" / "与2023年度相比，X持平。"
 * `reason` is asked for only when the figure changed.
 */
function changeSentence(
  b: Builder,
  ctx: Ctx,
  key: string,
  label: string,
  current: DecInput,
  previous: DecInput,
  reason: string | undefined,
  field: string,
): Builder {
  b.change(
    key,
    label,
    current,
    previous,
    `与${ctx.last}年度相比，${label}`,
    `与${ctx.last}年度相比，${label}持平`,
  ).t('。');
  if (!dec(current).eq(dec(previous))) b.t('主要原因：').reason(reason, field).t('。');
  return b;
}

/** "决算数大于（小于）预算数的主要原因：R。" when they differ. */
function gapSentence(
  b: Builder,
  actual: DecInput,
  budget: DecInput,
  reason: string | undefined,
  field: string,
) {
  if (dec(actual).eq(dec(budget))) return b;
  const more = dec(actual).gt(dec(budget));
  return b
    .t(`决算数${more ? '大于' : '小于'}预算数的主要原因：`)
    .reason(reason, field)
    .t('。');
}

function overall(ctx: Ctx): void {
  const s = ctx.fa.current.summary;
  heading(ctx, 's1.h', '1', '收入支出决算总体情况说明');
  const b = new Builder()
    .t(`${who(ctx)}${ctx.year}年度收入支出总计`)
    .amt('grandTotal', '收入支出总计', s.grandTotalIncome)
    .t('。');
  changeSentence(
    b,
    ctx,
    'grandTotal',
    '收入支出总计',
    s.grandTotalIncome,
    ctx.fa.previous.grandTotal,
    ctx.texts.totalChangeReason,
    'totalChangeReason',
  );
  push(ctx, 's1', '1', b);
}

function income(ctx: Ctx): void {
  const inc = ctx.fa.current.summary.income;
  heading(ctx, 's2.h', '2', '收入决算情况说明');
  const fiscal = sum([
    inc.generalBudgetAppropriation,
    inc.governmentFundAppropriation,
    inc.stateCapitalAppropriation ?? '0',
  ]).toFixed(2);
  const lines: [string, string, string][] = [
    ['income.fiscal', '财政拨款收入', fiscal],
    ['income.superiorSubsidy', '上级补助收入', inc.superiorSubsidy],
    ['income.businessIncome', '事业收入', inc.businessIncome],
    ['income.operatingIncome', '经营收入', inc.operatingIncome],
    ['income.subordinateRemittance', '附属单位上缴收入', inc.subordinateRemittance],
    ['income.otherIncome', '其他收入', inc.otherIncome],
  ];
  const b = new Builder().t('本年收入合计').amt('income.total', '本年收入合计', inc.total);
  const shown = lines.filter(([, , v]) => !ctx.omitZero || nonZero(v));
  if (shown.length) b.t('，其中：');
  shown.forEach(([key, label, v], i) => {
    if (i > 0) b.t('；');
    b.t(label).amt(key, label, v).share(`${key}.share`, `${label}占本年收入合计比重`, v, inc.total);
  });
  push(ctx, 's2', '2', b.t('。'));
}

function expenditure(ctx: Ctx): void {
  const e = ctx.fa.current.summary.expenditure;
  heading(ctx, 's3.h', '3', '支出决算情况说明');
  const lines: [string, string, string][] = [
    ['expenditure.basic', '基本支出', e.basic],
    ['expenditure.project', '项目支出', e.project],
    ['expenditure.remitToSuperior', '上缴上级支出', e.remitToSuperior],
    ['expenditure.operating', '经营支出', e.operating],
    ['expenditure.subsidyToSubordinates', '对附属单位补助支出', e.subsidyToSubordinates],
  ];
  const b = new Builder().t('本年支出合计').amt('expenditure.total', '本年支出合计', e.total);
  const shown = lines.filter(([, , v]) => !ctx.omitZero || nonZero(v));
  if (shown.length) b.t('，其中：');
  shown.forEach(([key, label, v], i) => {
    if (i > 0) b.t('；');
    b.t(label).amt(key, label, v).share(`${key}.share`, `${label}占本年支出合计比重`, v, e.total);
  });
  push(ctx, 's3', '3', b.t('。'));
}

function fiscal(ctx: Ctx): void {
  const f = ctx.fa.current.fiscal;
  heading(ctx, 's4.h', '4', '财政拨款收入支出决算总体情况说明');
  const b = new Builder()
    .t(`${who(ctx)}${ctx.year}年度财政拨款收入支出总计`)
    .amt('fiscal.grandTotal', '财政拨款收入支出总计', f.grandTotalIncome)
    .t('。');
  changeSentence(
    b,
    ctx,
    'fiscal.grandTotal',
    '财政拨款收入支出总计',
    f.grandTotalIncome,
    ctx.fa.previous.fiscalGrandTotal,
    ctx.texts.fiscalChangeReason,
    'fiscalChangeReason',
  );
  push(ctx, 's4', '4', b);
}

/** "1、X（类）Y（款）Z（项）。主要用于：P。年初预算为A万元，支出决算为B万元。决算数大于预算数的主要原因：R。" */
function itemLine(
  ctx: Ctx,
  id: string,
  section: string,
  n: number,
  key: string,
  row: { code: string; name?: string; budget?: string; actual: string; purpose?: string; reason?: string },
): void {
  const b = new Builder().t(`${n}、${nationalPath(ctx, row.code, row.name)}。`);
  b.t('主要用于：').reason(row.purpose, `purpose:${row.code}`).t('。');
  if (row.budget !== undefined)
    b.t('年初预算为').amt(`${key}.budget`, `${row.code}年初预算`, row.budget).t('，');
  b.t('支出决算为').amt(key, `${row.code}支出决算`, row.actual).t('。');
  if (row.budget !== undefined) gapSentence(b, row.actual, row.budget, row.reason, `reason:${row.code}`);
  push(ctx, id, section, b);
}

function general(ctx: Ctx): void {
  const { fa } = ctx;
  const cur = fa.current;
  const total = cur.fiscal.expenditureGeneral;
  heading(ctx, 's5.h', '5', '一般公共预算财政拨款支出决算情况说明');

  heading(ctx, 's5.1.h', '5', '一般公共预算财政拨款支出决算总体情况', 2);
  const b1 = new Builder()
    .t('一般公共预算财政拨款支出')
    .amt('general.total', '一般公共预算财政拨款支出', total)
    .share(
      'general.share',
      '一般公共预算财政拨款支出占本年支出合计比重',
      total,
      cur.summary.expenditure.total,
      '，占本年支出合计的',
    )
    .t('。');
  changeSentence(
    b1,
    ctx,
    'general',
    '一般公共预算财政拨款支出',
    total,
    fa.previous.generalExpenditure,
    ctx.texts.generalChangeReason,
    'generalChangeReason',
  );
  push(ctx, 's5.1', '5', b1);

  heading(ctx, 's5.2.h', '5', '一般公共预算财政拨款支出决算结构情况', 2);
  const classes = cur.generalByFunction
    .filter((r) => r.code.length === 3 && (!ctx.omitZero || nonZero(r.actual)))
    .sort((a, b) => a.code.localeCompare(b.code));
  const b2 = new Builder()
    .t('一般公共预算财政拨款支出')
    .amt('general.total', '一般公共预算财政拨款支出', total);
  if (classes.length) b2.t('，主要用于以下方面：');
  classes.forEach((r, i) => {
    const label = `${functionName(r.code, ctx.edition, r.name)}（类）`;
    if (i > 0) b2.t('；');
    b2.t(label).amt(`general.class.${r.code}`, label, r.actual);
    b2.share(`general.class.${r.code}.share`, `${label}占比`, r.actual, total);
  });
  push(ctx, 's5.2', '5', b2.t('。'));

  heading(ctx, 's5.3.h', '5', '一般公共预算财政拨款支出决算具体情况', 2);
  const budget = sum(cur.generalByFunction.filter((r) => r.code.length === 3).map((r) => r.budget)).toFixed(
    2,
  );
  const b3 = new Builder()
    .t('一般公共预算财政拨款支出年初预算为')
    .amt('general.budget', '一般公共预算财政拨款支出年初预算', budget)
    .t('，支出决算为')
    .amt('general.total', '一般公共预算财政拨款支出决算', total)
    .t('，');
  const f = ratioFigure(
    'general.completion',
    '一般公共预算财政拨款支出完成年初预算',
    'completion',
    total,
    budget,
  );
  if (f) {
    b3.figures.push(f);
    b3.t(`完成年初预算的${f.printed}%。`);
  } else b3.t('年初未安排预算。');
  gapSentence(b3, total, budget, ctx.texts.generalGapReason, 'generalGapReason');
  const items = cur.generalByFunction
    .filter((r: FunctionRow) => r.code.length === 7 && (nonZero(r.actual) || nonZero(r.budget)))
    .sort((a, b) => a.code.localeCompare(b.code));
  push(ctx, 's5.3', '5', items.length ? b3.t('其中：') : b3);
  items.forEach((r, i) =>
    itemLine(ctx, `s5.3.item.${r.code}`, '5', i + 1, `general.item.${r.code}`, {
      ...r,
      budget: r.budget,
    }),
  );
}

function basic(ctx: Ctx): void {
  const e = ctx.fa.current.basicByEconomic;
  heading(ctx, 's6.h', '6', '一般公共预算财政拨款基本支出决算情况说明');
  const names = (group: 'personnel' | 'publicUse') => {
    const isPersonnel = (c: string) => c.startsWith('301') || c.startsWith('303');
    return e.items
      .filter(
        (i) => i.code.length === 5 && nonZero(i.amount) && isPersonnel(i.code) === (group === 'personnel'),
      )
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((i) => ctx.edition.economic.get(i.code)?.name ?? i.name ?? i.code);
  };
  const b = new Builder()
    .t('一般公共预算财政拨款基本支出')
    .amt('basic.total', '一般公共预算财政拨款基本支出', e.total)
    .t('。其中：人员经费')
    .amt('basic.personnel', '人员经费', e.personnel);
  const p = names('personnel');
  if (p.length) b.t(`，主要包括：${p.join('、')}`);
  b.t('；公用经费').amt('basic.publicUse', '公用经费', e.publicUse);
  const u = names('publicUse');
  if (u.length) b.t(`，主要包括：${u.join('、')}`);
  push(ctx, 's6', '6', b.t('。'));
}

function threePublic(ctx: Ctx): void {
  const { fa, year, last } = ctx;
  const tp = fa.current.threePublic;
  const a = tp.actual;
  const bu = tp.budget;
  const prev = fa.previous.threePublic;
  const t = ctx.texts;
  heading(ctx, 's7.h', '7', '财政拨款“三公”经费支出决算情况说明');
  if (!nonZero(a.total) && !nonZero(bu.total) && !nonZero(prev.total)) {
    push(ctx, 's7', '7', `${who(ctx)}${year}年度无“三公”经费财政拨款支出。`);
    return;
  }
  heading(ctx, 's7.1.h', '7', '“三公”经费财政拨款支出决算总体情况说明', 2);
  const completion = (b: Builder, key: string, label: string, actual: string, budget: string) => {
    const f = ratioFigure(key, label, 'completion', actual, budget);
    if (f) {
      b.figures.push(f);
      b.t(`完成预算的${f.printed}%`);
    } else b.t('年初未安排预算');
  };
  const b1 = new Builder()
    .t('“三公”经费财政拨款支出年初预算为')
    .amt('threePublic.budget', '“三公”经费年初预算', bu.total)
    .t('，支出决算为')
    .amt('threePublic.total', '“三公”经费财政拨款支出决算', a.total)
    .t('，');
  completion(b1, 'threePublic.completion', '“三公”经费完成预算', a.total, bu.total);
  const parts = [
    ['abroad', '因公出国（境）费', '因公出国（境）费决算为'],
    ['vehicle', '公务用车购置及运行维护费', '公务用车购置及运行维护费支出决算为'],
    ['reception', '公务接待费', '公务接待费支出决算为'],
  ] as const;
  const shownParts = parts.filter(([k]) => !ctx.omitZero || nonZero(a[k]) || nonZero(bu[k]));
  if (shownParts.length) b1.t('，其中：');
  shownParts.forEach(([k, label, lead], i) => {
    if (i > 0) b1.t('；');
    b1.t(lead).amt(`threePublic.${k}`, `${label}支出决算`, a[k]).t('，');
    completion(b1, `threePublic.${k}.completion`, `${label}完成预算`, a[k], bu[k]);
  });
  b1.t('。');
  if (!dec(a.total).eq(dec(bu.total))) {
    const more = dec(a.total).gt(dec(bu.total));
    b1.t(`${year}年度“三公”经费支出决算数${more ? '大于' : '小于'}预算数的主要原因：`)
      .reason(t.threePublicGapReason, 'threePublicGapReason')
      .t('。');
  }
  push(ctx, 's7.1', '7', b1);

  const b2 = new Builder();
  if (dec(a.total).eq(dec(prev.total))) b2.t(`${year}年度“三公”经费财政拨款支出决算数与${last}年度持平`);
  else
    b2.change(
      'threePublic.total',
      '“三公”经费财政拨款支出决算',
      a.total,
      prev.total,
      `${year}年度“三公”经费财政拨款支出决算数比${last}年度`,
      '',
    );
  const changed = parts.filter(([k]) => !ctx.omitZero || nonZero(a[k]) || nonZero(prev[k]));
  if (changed.length) b2.t('，其中：');
  changed.forEach(([k, label], i) => {
    if (i > 0) b2.t('；');
    if (dec(a[k]).eq(dec(prev[k]))) b2.t(`${label}支出决算持平`);
    else b2.change(`threePublic.${k}`, `${label}支出决算`, a[k], prev[k], `${label}支出决算`, '');
  });
  b2.t('。');
  const reasons = {
    abroad: ['abroadChangeReason', t.abroadChangeReason],
    vehicle: ['vehicleChangeReason', t.vehicleChangeReason],
    reception: ['receptionChangeReason', t.receptionChangeReason],
  } as const;
  for (const [k, label] of parts) {
    if (dec(a[k]).eq(dec(prev[k]))) continue;
    const [field, text] = reasons[k];
    b2.t(`${label}支出${dec(a[k]).gt(dec(prev[k])) ? '增加' : '减少'}的主要原因是`)
      .reason(text, field)
      .t('。');
  }
  push(ctx, 's7.1.change', '7', b2);

  heading(ctx, 's7.2.h', '7', '“三公”经费财政拨款支出决算具体情况说明', 2);
  const b3 = new Builder().t('“三公”经费财政拨款支出决算中，');
  parts.forEach(([k, label], i) => {
    if (i > 0) b3.t('；');
    b3.t(`${label}支出决算`)
      .amt(`threePublic.${k}`, `${label}支出决算`, a[k])
      .share(`threePublic.${k}.share`, `${label}占比`, a[k], a.total);
  });
  push(ctx, 's7.2', '7', b3.t('。具体情况如下：'));

  const ab = new Builder()
    .t('1、因公出国（境）费支出')
    .amt('threePublic.abroad', '因公出国（境）费支出', a.abroad)
    .t('。');
  if (tp.abroadGroups > 0 || tp.abroadPersons > 0)
    ab.t('全年安排因公出国（境）团组')
      .count('threePublic.abroadGroups', '因公出国（境）团组', tp.abroadGroups, '个')
      .t('、累计')
      .count('threePublic.abroadPersons', '因公出国（境）人次', tp.abroadPersons, '人次')
      .t('。');
  if (nonZero(a.abroad)) ab.t('开支内容包括：').reason(t.abroadPurpose, 'abroadPurpose').t('。');
  push(ctx, 's7.abroad', '7', ab);

  push(
    ctx,
    's7.vehicle',
    '7',
    new Builder()
      .t('2、公务用车购置及运行维护费支出')
      .amt('threePublic.vehicle', '公务用车购置及运行维护费支出', a.vehicle)
      .t('。其中：'),
  );
  const pu = tp.vehiclesPurchased;
  const bought = pu.sedan + pu.suv + pu.bus;
  const vp = new Builder()
    .t('公务用车购置支出为')
    .amt('threePublic.vehiclePurchase', '公务用车购置支出', a.vehiclePurchase)
    .t('。');
  if (nonZero(a.vehiclePurchase)) {
    vp.t('主要用于').reason(t.vehiclePurchasePurpose, 'vehiclePurchasePurpose');
    if (bought > 0) vp.t('，购置公务用车').count('threePublic.purchased', '购置公务用车', bought, '辆');
    vp.t('。');
  }
  push(ctx, 's7.vehiclePurchase', '7', vp);
  const own = tp.vehiclesOwned;
  const owned = own.sedan + own.suv + own.bus;
  const vo = new Builder()
    .t('公务用车运行维护支出')
    .amt('threePublic.vehicleOperation', '公务用车运行维护支出', a.vehicleOperation)
    .t('。');
  if (nonZero(a.vehicleOperation))
    vo.t('主要用于').reason(t.vehicleOperationPurpose, 'vehicleOperationPurpose').t('。');
  if (owned > 0)
    vo.t(`${year}年，${who(ctx)}所属各预算单位开支财政拨款的公务用车保有量为`)
      .count('threePublic.owned', '公务用车保有量', owned, '辆')
      .t('。');
  push(ctx, 's7.vehicleOperation', '7', vo);

  const rc = new Builder()
    .t('3、公务接待费支出')
    .amt('threePublic.reception', '公务接待费支出', a.reception)
    .t('。');
  if (nonZero(a.reception)) {
    rc.t('其中：国内公务接待支出')
      .amt('threePublic.receptionDomestic', '国内公务接待支出', a.receptionDomestic)
      .t('，外宾接待支出')
      .amt('threePublic.receptionForeign', '外宾接待支出', a.receptionForeign)
      .t('。主要用于')
      .reason(t.receptionDomesticPurpose, 'receptionDomesticPurpose');
    const batches = tp.receptionDomesticBatches + tp.receptionForeignBatches;
    const persons = tp.receptionDomesticPersons + tp.receptionForeignPersons;
    if (batches > 0 || persons > 0) {
      rc.t('，共接待')
        .count('threePublic.receptionBatches', '公务接待批次', batches, '批次')
        .t('、')
        .count('threePublic.receptionPersons', '公务接待人次', persons, '人次');
      if (tp.receptionForeignBatches > 0 || tp.receptionForeignPersons > 0)
        rc.t('，其中：接待外宾')
          .count('threePublic.receptionForeignBatches', '接待外宾批次', tp.receptionForeignBatches, '批次')
          .t('、')
          .count('threePublic.receptionForeignPersons', '接待外宾人次', tp.receptionForeignPersons, '人次');
    }
    rc.t('。');
  }
  push(ctx, 's7.reception', '7', rc);
}

function fund(ctx: Ctx, which: 'fund' | 'capital'): void {
  const isFund = which === 'fund';
  const f = isFund ? ctx.fa.current.governmentFund : ctx.fa.current.stateCapital;
  const name = isFund ? '政府性基金预算财政拨款' : '国有资本经营预算财政拨款';
  const id = isFund ? 's8' : 's9';
  const section = isFund ? '8' : '9';
  heading(ctx, `${id}.h`, section, `${name}收入支出决算情况说明`);
  if (!nonZero(f.income) && !nonZero(f.expenditure)) {
    push(ctx, id, section, `${who(ctx)}${ctx.year}年度无${name}收入和支出。`);
    return;
  }
  const rows = (f.rows ?? [])
    .filter((r: FundRow) => r.code.length === 7 && (nonZero(r.expenditure) || nonZero(r.budget ?? '0')))
    .sort((a, b) => a.code.localeCompare(b.code));
  const b = new Builder()
    .t(`${name}收入`)
    .amt(`${id}.income`, `${name}收入`, f.income)
    .t('，支出')
    .amt(`${id}.expenditure`, `${name}支出`, f.expenditure)
    .t(rows.length ? '，支出具体情况如下：' : '。');
  push(ctx, id, section, b);
  rows.forEach((r, i) =>
    itemLine(ctx, `${id}.item.${r.code}`, section, i + 1, `${id}.item.${r.code}`, {
      code: r.code,
      name: r.name,
      budget: r.budget,
      actual: r.expenditure,
      purpose: r.purpose,
      reason: r.reason,
    }),
  );
}

function performance(ctx: Ctx): void {
  const { fa, year } = ctx;
  const perf = fa.current.performance;
  const projects = fa.current.projects;
  heading(ctx, 's10.h', '10', '预算绩效管理情况');
  if (perf) {
    const b = new Builder().t(`${who(ctx)}${year}年度预算绩效管理工作开展情况如下：`);
    const clauses: Builder[] = [];
    if (perf.systems?.trim()) {
      const c = new Builder().t(
        `本部门建立了如下预算绩效管理制度：${perf.systems.trim().replace(/[。；]+$/, '')}`,
      );
      if (perf.mechanism?.trim())
        c.t(`，建立了${perf.mechanism.trim().replace(/[。；]+$/, '')}的预算绩效管理工作机制`);
      clauses.push(c);
    }
    const stage = (lead: string, n: number | undefined, amount: string | undefined, key: string) => {
      if (n === undefined) return null;
      const c = new Builder()
        .t(`${lead}的${year}年度项目`)
        .count(`performance.${key}Projects`, `${lead}项目个数`, n, '个');
      if (amount !== undefined)
        c.t('，涉及预算金额').amt(`performance.${key}Amount`, `${lead}项目预算金额`, amount);
      return c;
    };
    const stages = [
      stage('编报绩效目标', perf.targetProjects, perf.targetAmount, 'target'),
      stage('绩效跟踪评价', perf.monitoredProjects, perf.monitoredAmount, 'monitored'),
      stage('绩效自评', perf.selfEvaluatedProjects, perf.selfEvaluatedAmount, 'selfEvaluated'),
    ].filter((x): x is Builder => x !== null);
    // The last stage carries the score and grades.
    if (stages.length && perf.selfEvaluatedProjects !== undefined) {
      const last = stages[stages.length - 1]!;
      if (perf.averageScore !== undefined) {
        last.t(`，平均得分${perf.averageScore}分`);
        last.figures.push({
          key: 'performance.averageScore',
          label: '绩效自评平均得分',
          kind: 'count',
          printed: perf.averageScore,
          unit: '分',
          exact: perf.averageScore,
        });
      }
      const inner: string[] = [];
      const innerB = new Builder();
      if (perf.grades) {
        const g = perf.grades;
        (
          [
            ['excellent', '优'],
            ['good', '良'],
            ['pass', '合格'],
            ['fail', '不合格'],
          ] as const
        ).forEach(([k, label], i) => {
          if (i > 0) innerB.t('；');
          innerB
            .t(`绩效评级为“${label}”的项目`)
            .count(`performance.grades.${k}`, `评级为${label}的项目`, g[k], '个');
        });
        inner.push('grades');
      }
      if (perf.problemsFound !== undefined) {
        innerB
          .t(inner.length ? '。' : '')
          .t('绩效自评中共发现问题')
          .count('performance.problemsFound', '发现问题', perf.problemsFound, '个');
        if (perf.problemsFixed !== undefined)
          innerB
            .t('，已经完成整改的')
            .count('performance.problemsFixed', '已完成整改', perf.problemsFixed, '个');
        if (perf.problemsFixing !== undefined)
          innerB.t('，正在整改的').count('performance.problemsFixing', '正在整改', perf.problemsFixing, '个');
        inner.push('problems');
      }
      if (inner.length) {
        last.t('（其中，').t(innerB.toString()).t('）');
        last.figures.push(...innerB.figures);
      }
    }
    if (stages.length) {
      const c = new Builder().t('全过程绩效管理实施情况：');
      stages.forEach((s, i) => {
        if (i > 0) c.t('；');
        c.t(s.toString());
        c.figures.push(...s.figures);
      });
      clauses.push(c);
    }
    clauses.forEach((c, i) => {
      if (i > 0) b.t('；');
      b.t(c.toString());
      b.figures.push(...c.figures);
      b.missing.push(...c.missing);
    });
    if (clauses.length) push(ctx, 's10', '10', b.t('。'));
  }
  projects.forEach((p, i) => {
    const b = new Builder()
      .t(`${i + 1}、${p.name}：预算数`)
      .amt(`projects.${i}.budget`, `${p.name}预算数`, p.budget)
      .t('，执行数')
      .amt(`projects.${i}.actual`, `${p.name}执行数`, p.actual);
    const f = ratioFigure(`projects.${i}.completion`, `${p.name}完成预算`, 'completion', p.actual, p.budget);
    if (f) {
      b.figures.push(f);
      b.t(`，完成预算的${f.printed}%`);
    }
    if (p.score !== undefined) b.t(`，绩效自评得分${p.score}分`);
    if (p.grade !== undefined) b.t(`，评级为“${p.grade}”`);
    b.t('。');
    if (p.summary.trim()) b.t(p.summary.trim());
    if (p.problems.trim()) b.t(`发现的主要问题：${p.problems.trim()}`);
    if (p.measures.trim()) b.t(`下一步改进措施：${p.measures.trim()}`);
    push(ctx, `s10.project.${i}`, '10', b);
  });
}

function other(ctx: Ctx): void {
  const { fa, year, last } = ctx;
  const c = fa.current;
  heading(ctx, 's11.h', '11', '其他重要事项的情况说明');

  heading(ctx, 's11.1.h', '11', '机关运行经费支出情况', 2);
  if (fa.unit.kind === '事业单位' || (!nonZero(c.officeOperation) && !nonZero(fa.previous.officeOperation))) {
    push(ctx, 's11.1', '11', `${who(ctx)}${year}年度无机关运行经费支出。`);
  } else {
    const b = new Builder()
      .t('机关运行经费支出')
      .amt('officeOperation', '机关运行经费支出', c.officeOperation)
      .t('，')
      .change(
        'officeOperation',
        '机关运行经费支出',
        c.officeOperation,
        fa.previous.officeOperation,
        `比${last}年度`,
        `与${last}年度持平`,
      )
      .t('。');
    if (!dec(c.officeOperation).eq(dec(fa.previous.officeOperation)))
      b.t('主要原因是').reason(ctx.texts.officeOperationChangeReason, 'officeOperationChangeReason').t('。');
    push(ctx, 's11.1', '11', b);
  }

  heading(ctx, 's11.2.h', '11', '政府采购支出情况', 2);
  const p = c.procurement;
  if (!nonZero(p.total)) push(ctx, 's11.2', '11', `${who(ctx)}${year}年度无政府采购支出。`);
  else {
    const b = new Builder()
      .t(`${who(ctx)}${year}年度政府采购金额（以合同签订为准）为`)
      .amt('procurement.total', '政府采购金额', p.total);
    const kinds = (
      [
        ['procurement.goods', '货物采购金额', p.goods],
        ['procurement.works', '工程采购金额', p.works],
        ['procurement.services', '服务采购金额', p.services],
      ] as const
    ).filter(([, , v]) => !ctx.omitZero || nonZero(v));
    if (kinds.length) b.t('，其中：');
    kinds.forEach(([key, label, v], i) =>
      b
        .t(i > 0 ? '、' : '')
        .t(label)
        .amt(key, label, v),
    );
    b.t('。');
    if (ctx.texts.procurementPurpose.trim())
      b.t(`主要用于${ctx.texts.procurementPurpose.trim().replace(/[。]+$/, '')}。`);
    b.t('授予中小企业合同金额')
      .amt('procurement.sme', '授予中小企业合同金额', p.smeContracts)
      .share(
        'procurement.sme.share',
        '授予中小企业合同金额占比',
        p.smeContracts,
        p.total,
        '，占政府采购金额的',
      );
    if (!ctx.omitZero || nonZero(p.smallMicroContracts))
      b.t('，其中：授予小微企业合同金额')
        .amt('procurement.smallMicro', '授予小微企业合同金额', p.smallMicroContracts)
        .share(
          'procurement.smallMicro.share',
          '授予小微企业合同金额占比',
          p.smallMicroContracts,
          p.total,
          '，占政府采购金额的',
        );
    b.t('。');
    if (p.smeReserved !== undefined)
      b.t('在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的采购金额')
        .amt('procurement.smeReserved', '预留项目授予中小企业合同金额', p.smeReserved)
        .t('。');
    if (p.reservedBudgetSme !== undefined) {
      b.t(`${year}年度本部门面向中小企业预留政府采购项目预算金额`).amt(
        'procurement.reservedBudgetSme',
        '面向中小企业预留项目预算金额',
        p.reservedBudgetSme,
      );
      if (p.reservedBudgetSmallMicro !== undefined)
        b.t('，面向小微企业预留政府采购项目预算金额').amt(
          'procurement.reservedBudgetSmallMicro',
          '面向小微企业预留项目预算金额',
          p.reservedBudgetSmallMicro,
        );
      b.t('。');
    }
    push(ctx, 's11.2', '11', b);
  }

  heading(ctx, 's11.3.h', '11', '国有资产占有使用情况说明', 2);
  const v = c.assets.vehicles;
  const ab = new Builder()
    .t(`截至${year}年12月31日，${who(ctx)}共有车辆`)
    .count('assets.vehicles', '车辆', v.total, '辆');
  const uses = VEHICLE_USES.filter((u) => v[u] !== undefined && (!ctx.omitZero || (v[u] ?? 0) > 0));
  if (v.total > 0 && uses.length) {
    ab.t('，其中：');
    uses.forEach((u, i) => {
      if (i > 0) ab.t('、');
      ab.t(VEHICLE_USE_LABEL[u]).count(`assets.vehicles.${u}`, VEHICLE_USE_LABEL[u], v[u] ?? 0, '辆');
    });
  }
  if (v.other > 0 && ctx.texts.otherVehiclesPurpose.trim())
    ab.t(`，其他用车主要是用于${ctx.texts.otherVehiclesPurpose.trim().replace(/[。]+$/, '')}`);
  ab.t('。');
  const eq: [string, string, number | undefined][] = [
    ['assets.generalEquipmentOver500k', '单价50万元（含）以上通用设备', c.assets.generalEquipmentOver500k],
    ['assets.specialEquipmentOver1m', '单价100万元（含）以上专用设备', c.assets.specialEquipmentOver1m],
    ['assets.equipmentOver1m', '单价100万元（含）以上设备（不含车辆）', c.assets.equipmentOver1m],
  ];
  const given = eq.filter(([, , n]) => n !== undefined);
  given.forEach(([key, label, n], i) =>
    ab
      .t(i === 0 ? '' : '，')
      .t(label)
      .count(key, label, n!, '台（套）'),
  );
  if (given.length) ab.t('。');
  push(ctx, 's11.3', '11', ab);
}

/** The explanation sections of the national template, in the template's order. */
export function nationalSections(ctx: Ctx, sections: readonly ExplanationSection[]): void {
  for (const s of sections) {
    if (s === 'overall') overall(ctx);
    else if (s === 'income') income(ctx);
    else if (s === 'expenditure') expenditure(ctx);
    else if (s === 'fiscal') fiscal(ctx);
    else if (s === 'general') general(ctx);
    else if (s === 'basic') basic(ctx);
    else if (s === 'threePublic') threePublic(ctx);
    else if (s === 'fund') fund(ctx, 'fund');
    else if (s === 'capital') fund(ctx, 'capital');
    else if (s === 'performance') performance(ctx);
    else if (s === 'other') other(ctx);
  }
}

/**
 * 第四部分 名词解释 from the catalogue: 财政拨款收入 and the income and expenditure kinds the tables use
 * (事业收入 is kept even at zero, as the template asks), 结转和结余, 基本/项目支出, "三公"经费, 机关运行经费,
 * then the 科目 explanations of the catalogue for the 项 of the tables.
 */
export function nationalTerms(ctx: Ctx, numbering: 'arabic' | 'chinese'): void {
  const c = ctx.fa.current;
  const s = c.summary;
  const inc = s.income;
  const exp = s.expenditure;
  const terms: { term: string; explanation: string }[] = [TERMS.fiscalIncome, TERMS.businessIncome];
  if (nonZero(inc.superiorSubsidy)) terms.push(TERMS.superiorSubsidy);
  if (nonZero(inc.operatingIncome)) terms.push(TERMS.operatingIncome);
  if (nonZero(inc.subordinateRemittance)) terms.push(TERMS.subordinateRemittance);
  if (nonZero(inc.otherIncome)) terms.push(TERMS.otherIncome);
  if (nonZero(s.reserveUsed)) terms.push(TERMS.reserveUsed);
  terms.push(TERMS.carryForwardStart, TERMS.carryForwardEnd, TERMS.basic, TERMS.project);
  if (nonZero(exp.remitToSuperior)) terms.push(TERMS.remitToSuperior);
  if (nonZero(exp.operating)) terms.push(TERMS.operating);
  if (nonZero(exp.subsidyToSubordinates)) terms.push(TERMS.subsidyToSubordinates);
  terms.push(TERMS.threePublic, TERMS.officeOperation);
  for (const row of c.generalByFunction
    .filter((r) => r.code.length === 7 && nonZero(r.actual))
    .sort((a, b) => a.code.localeCompare(b.code))) {
    const subject = ctx.edition.functions.get(row.code);
    if (subject?.explanation)
      terms.push({ term: nationalPath(ctx, row.code, row.name), explanation: subject.explanation });
  }
  ctx.out.push({
    id: 'terms.h',
    section: 'terms',
    heading: true,
    text: '名词解释',
    figures: [],
    missing: [],
  });
  terms.forEach((t, i) =>
    push(
      ctx,
      `terms.${i + 1}`,
      'terms',
      `${numbering === 'chinese' ? `${chineseNumber(i + 1)}、` : `${i + 1}.`}${t.term}：${t.explanation}`,
    ),
  );
}
