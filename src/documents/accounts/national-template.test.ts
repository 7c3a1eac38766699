/**
 * The national (全国/上海) 部门决算 template on a made-up Shanghai district bureau (test/fixtures/accounts/
 * shanghai-district-2024.json, typed in 万元 with one genuine 0.01 inconsistency between two tables):
 * it loads from the exchange format, passes its 审核公式 except that one note, every figure of the
 * explanation equals the one recomputed here from its tables, and it renders to DOCX and PDF with cover,
 * 目录, the nine tables and no error finding. The 附表 of the national layout reads back to the same tables.
 */
import Decimal from 'decimal.js';
import { afterAll, describe, expect, it } from 'vitest';
import { seed000 } from '../../domain/accounts/fixtures/seed000.ts';
import {
  ACCOUNTS_TEMPLATES,
  accountsTemplate,
  checkFinalAccounts,
  figuresByKey,
  generateExplanation,
  type FinalAccounts,
} from '../../domain/accounts/index.ts';
import { readPublicTablesWorkbook } from '../../importers/accounts-public-xlsx.ts';
import { PdfRenderer } from '../pdf/render-pdf.ts';
import { extractRendered } from '../self-check.ts';
import {
  buildAccountsExplanation,
  chartIsEmpty,
  joinWrappedPdfLines,
  publicTablesWorkbook,
  renderAccountsExplanation,
} from './index.ts';
import { shanghaiDistrict2024 } from '../../../test/fixtures/accounts/shanghai-district.ts';

const fa = shanghaiDistrict2024();
const national = accountsTemplate('national-department')!;
const pdf = new PdfRenderer();
afterAll(() => pdf.close());

// Independent arithmetic (decimal.js, 四舍五入), not the product's figure helpers.
const D = (v: string | number) => new Decimal(v);
const r2 = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
const wan = (yuan: string) => r2(D(yuan).div(10000));
const pct = (a: string, b: string) => r2(D(a).div(D(b)).times(100));
const change = (cur: string, prev: string) => wan(D(cur).minus(prev).abs().toFixed(2));
const changePct = (cur: string, prev: string) => r2(D(cur).minus(prev).abs().div(prev).times(100));

/** What every figure key of the national explanation must print, recomputed from the tables. */
function expected(f: FinalAccounts): Map<string, string> {
  const c = f.current;
  const s = c.summary;
  const m = new Map<string, string>();
  const amt = (k: string, v: string) => m.set(k, wan(v));
  const chg = (k: string, cur: string, prev: string) => {
    m.set(`${k}.change`, change(cur, prev));
    m.set(`${k}.changePercent`, changePct(cur, prev));
  };
  amt('grandTotal', s.grandTotalIncome);
  chg('grandTotal', s.grandTotalIncome, f.previous.grandTotal);
  amt('income.total', s.income.total);
  const fiscalIncome = D(s.income.generalBudgetAppropriation)
    .plus(s.income.governmentFundAppropriation)
    .plus(s.income.stateCapitalAppropriation ?? 0)
    .toFixed(2);
  for (const [k, v] of [
    ['fiscal', fiscalIncome],
    ['businessIncome', s.income.businessIncome],
    ['otherIncome', s.income.otherIncome],
    ['superiorSubsidy', s.income.superiorSubsidy],
    ['operatingIncome', s.income.operatingIncome],
    ['subordinateRemittance', s.income.subordinateRemittance],
  ] as const) {
    amt(`income.${k}`, v);
    m.set(`income.${k}.share`, pct(v, s.income.total));
  }
  amt('expenditure.total', s.expenditure.total);
  for (const k of ['basic', 'project', 'remitToSuperior', 'operating', 'subsidyToSubordinates'] as const) {
    amt(`expenditure.${k}`, s.expenditure[k]);
    m.set(`expenditure.${k}.share`, pct(s.expenditure[k], s.expenditure.total));
  }
  amt('fiscal.grandTotal', c.fiscal.grandTotalIncome);
  chg('fiscal.grandTotal', c.fiscal.grandTotalIncome, f.previous.fiscalGrandTotal);
  const g = c.fiscal.expenditureGeneral;
  amt('general.total', g);
  m.set('general.share', pct(g, s.expenditure.total));
  chg('general', g, f.previous.generalExpenditure);
  const classes = c.generalByFunction.filter((r) => r.code.length === 3);
  const budget = classes.reduce((a, r) => a.plus(r.budget), D(0)).toFixed(2);
  amt('general.budget', budget);
  m.set('general.completion', pct(g, budget));
  for (const r of classes) {
    amt(`general.class.${r.code}`, r.actual);
    m.set(`general.class.${r.code}.share`, pct(r.actual, g));
  }
  for (const r of c.generalByFunction.filter((x) => x.code.length === 7)) {
    amt(`general.item.${r.code}`, r.actual);
    amt(`general.item.${r.code}.budget`, r.budget);
  }
  const b = c.basicByEconomic;
  amt('basic.total', b.total);
  amt('basic.personnel', b.personnel);
  amt('basic.publicUse', b.publicUse);
  const tp = c.threePublic;
  const prev = f.previous.threePublic;
  amt('threePublic.budget', tp.budget.total);
  amt('threePublic.total', tp.actual.total);
  m.set('threePublic.completion', pct(tp.actual.total, tp.budget.total));
  chg('threePublic.total', tp.actual.total, prev.total);
  for (const k of ['abroad', 'vehicle', 'reception'] as const) {
    amt(`threePublic.${k}`, tp.actual[k]);
    m.set(`threePublic.${k}.completion`, pct(tp.actual[k], tp.budget[k]));
    m.set(`threePublic.${k}.share`, pct(tp.actual[k], tp.actual.total));
    chg(`threePublic.${k}`, tp.actual[k], prev[k]);
  }
  amt('threePublic.vehiclePurchase', tp.actual.vehiclePurchase);
  amt('threePublic.vehicleOperation', tp.actual.vehicleOperation);
  amt('threePublic.receptionDomestic', tp.actual.receptionDomestic);
  amt('threePublic.receptionForeign', tp.actual.receptionForeign);
  m.set('threePublic.abroadGroups', String(tp.abroadGroups));
  m.set('threePublic.abroadPersons', String(tp.abroadPersons));
  m.set('threePublic.owned', String(tp.vehiclesOwned.sedan + tp.vehiclesOwned.suv + tp.vehiclesOwned.bus));
  m.set('threePublic.receptionBatches', String(tp.receptionDomesticBatches + tp.receptionForeignBatches));
  m.set('threePublic.receptionPersons', String(tp.receptionDomesticPersons + tp.receptionForeignPersons));
  m.set('threePublic.receptionForeignBatches', String(tp.receptionForeignBatches));
  m.set('threePublic.receptionForeignPersons', String(tp.receptionForeignPersons));
  amt('s8.income', c.governmentFund.income);
  amt('s8.expenditure', c.governmentFund.expenditure);
  for (const r of c.governmentFund.rows ?? []) {
    amt(`s8.item.${r.code}`, r.expenditure);
    if (r.budget) amt(`s8.item.${r.code}.budget`, r.budget);
  }
  const p = c.performance!;
  m.set('performance.targetProjects', String(p.targetProjects));
  amt('performance.targetAmount', p.targetAmount!);
  m.set('performance.monitoredProjects', String(p.monitoredProjects));
  amt('performance.monitoredAmount', p.monitoredAmount!);
  m.set('performance.selfEvaluatedProjects', String(p.selfEvaluatedProjects));
  amt('performance.selfEvaluatedAmount', p.selfEvaluatedAmount!);
  m.set('performance.averageScore', p.averageScore!);
  for (const k of ['excellent', 'good', 'pass', 'fail'] as const)
    m.set(`performance.grades.${k}`, String(p.grades![k]));
  m.set('performance.problemsFound', String(p.problemsFound));
  m.set('performance.problemsFixed', String(p.problemsFixed));
  m.set('performance.problemsFixing', String(p.problemsFixing));
  c.projects.forEach((x, i) => {
    amt(`projects.${i}.budget`, x.budget);
    amt(`projects.${i}.actual`, x.actual);
    m.set(`projects.${i}.completion`, pct(x.actual, x.budget));
  });
  amt('officeOperation', c.officeOperation);
  chg('officeOperation', c.officeOperation, f.previous.officeOperation);
  const pr = c.procurement;
  for (const [k, v] of [
    ['total', pr.total],
    ['goods', pr.goods],
    ['works', pr.works],
    ['services', pr.services],
    ['sme', pr.smeContracts],
    ['smallMicro', pr.smallMicroContracts],
    ['smeReserved', pr.smeReserved!],
    ['reservedBudgetSme', pr.reservedBudgetSme!],
    ['reservedBudgetSmallMicro', pr.reservedBudgetSmallMicro!],
  ] as const)
    amt(`procurement.${k}`, v);
  m.set('procurement.sme.share', pct(pr.smeContracts, pr.total));
  m.set('procurement.smallMicro.share', pct(pr.smallMicroContracts, pr.total));
  const v = c.assets.vehicles;
  m.set('assets.vehicles', String(v.total));
  for (const [k, n] of Object.entries(v)) if (k !== 'total') m.set(`assets.vehicles.${k}`, String(n));
  m.set('assets.equipmentOver1m', String(c.assets.equipmentOver1m));
  return m;
}

describe('the Shanghai-layout district bureau (national template)', () => {
  it('loads from the exchange format, typed in 万元', () => {
    expect(fa.amountUnit).toBe('万元');
    expect(fa.scope).toBe('department');
    expect(fa.current.incomeByFunction?.length).toBeGreaterThan(10);
  });

  it('passes its 审核公式 but for one genuine 0.01 between two tables, which is a note', () => {
    const v = checkFinalAccounts(fa);
    expect(v.map((x) => [x.ruleId, x.severity, x.kind, x.difference])).toEqual([
      ['X-basic', 'note', '表间', '-0.01'],
    ]);
    // The same difference counted in 元 (as if typed exactly) is an error.
    expect(checkFinalAccounts({ ...fa, amountUnit: '元' }).map((x) => x.severity)).toEqual(['error']);
  });

  it('states every figure, share, change and completion rate as recomputed from its tables', () => {
    const e = generateExplanation(fa, { template: national });
    const want = expected(fa);
    const figures = e.paragraphs.flatMap((p) => p.figures);
    expect(figures.length).toBeGreaterThan(120);
    for (const f of figures) {
      expect(want.has(f.key), `no recomputation for ${f.key}`).toBe(true);
      expect(f.printed, f.key).toBe(want.get(f.key));
    }
    // The keys the template must state are all there.
    const got = figuresByKey(e);
    for (const k of [
      'grandTotal.changePercent',
      'general.completion',
      'threePublic.reception.share',
      'procurement.sme.share',
    ])
      expect(got.has(k), k).toBe(true);
    expect(e.missing).toEqual([]);
  });

  it('numbers its sections without gaps, leaves zero lines and absent figures out, never an empty heading', () => {
    const e = generateExplanation(fa, { template: national });
    const level1 = e.paragraphs.filter((p) => p.heading && p.level === 1).map((p) => p.text);
    expect(level1).toEqual([
      '一、收入支出决算总体情况说明',
      '二、收入决算情况说明',
      '三、支出决算情况说明',
      '四、财政拨款收入支出决算总体情况说明',
      '五、一般公共预算财政拨款支出决算情况说明',
      '六、一般公共预算财政拨款基本支出决算情况说明',
      '七、财政拨款“三公”经费支出决算情况说明',
      '八、政府性基金预算财政拨款收入支出决算情况说明',
      '九、国有资本经营预算财政拨款收入支出决算情况说明',
      '十、预算绩效管理情况',
      '十一、其他重要事项的情况说明',
    ]);
    const text = e.paragraphs.map((p) => p.text).join('\n');
    expect(text).not.toContain('经营收入'); // zero: "不涉及的不列"
    expect(text).not.toContain('上缴上级支出');
    expect(text).not.toMatch(/(?<![\d.])0\.00%/);
    expect(text).not.toContain('单价50万元'); // never given
    expect(text).toContain('单价100万元（含）以上设备（不含车辆）2台（套）');
    expect(text).toContain('无国有资本经营预算财政拨款收入和支出');

    // Without performance data nor projects, 十 goes and 其他重要事项 becomes 十 — no empty heading, no gap.
    const bare: FinalAccounts = structuredClone(fa);
    delete bare.current.performance;
    bare.current.projects = [];
    const e2 = generateExplanation(bare, { template: national });
    const h = e2.paragraphs.filter((p) => p.heading && p.level === 1).map((p) => p.text);
    expect(h.at(-1)).toBe('十、其他重要事项的情况说明');
    expect(h.join()).not.toContain('预算绩效管理');
    e2.paragraphs.forEach((p, i) => {
      if (p.heading && p.section !== 'terms') {
        const next = e2.paragraphs[i + 1];
        expect(next, p.text).toBeDefined();
      }
    });
  });

  it.each(['docx', 'pdf'] as const)(
    'renders as %s with cover, 目录, the nine tables, 情况说明 and 名词解释, with no error finding',
    async (format) => {
      const r = await renderAccountsExplanation(fa, format, { template: national, pdf });
      const errors = r.findings.filter((f) => f.severity === 'error');
      expect(errors, JSON.stringify(errors, null, 1)).toEqual([]);
      const lines = await extractRendered(r.bytes, format);
      const text = (format === 'pdf' ? joinWrappedPdfLines(lines) : lines)
        .map((l) => l.text)
        .join('\n')
        .replace(/[ \u00a0\u3000]+/g, '');
      for (const part of [
        '2024年度部门决算',
        '目录',
        '第一部分上海市东滩区文化和旅游局概况',
        '二、部门决算单位构成',
        '第二部分上海市东滩区文化和旅游局2024年度部门决算表',
        '收入支出决算总表',
        '收入决算表',
        '支出决算表',
        '财政拨款收入支出决算总表',
        '一般公共预算财政拨款支出决算表',
        '一般公共预算财政拨款基本支出决算表',
        '财政拨款“三公”经费支出决算表',
        '政府性基金预算财政拨款收入支出决算表',
        '国有资本经营预算财政拨款收入支出决算表',
        '第三部分上海市东滩区文化和旅游局2024年度部门决算情况说明',
        '第四部分名词解释',
        '4788.40',
        '2070101',
      ])
        expect(text, part).toContain(part);
      expect(text).not.toContain('【待填写】');
    },
  );

  it('writes the 附表 in the national layout and reads it back to the same tables', async () => {
    const wb = publicTablesWorkbook(fa);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '收入支出决算总表',
      '收入决算表',
      '支出决算表',
      '财政拨款收入支出决算总表',
      '一般公共预算财政拨款支出决算表',
      '一般公共预算财政拨款基本支出决算表',
      '财政拨款“三公”经费支出决算表',
      '政府性基金预算财政拨款收入支出决算表',
      '国有资本经营预算财政拨款收入支出决算表',
    ]);
    const general = wb.getWorksheet('一般公共预算财政拨款支出决算表')!;
    const rows = general.getSheetValues().filter(Array.isArray) as unknown[][];
    expect(rows.find((r) => r[1] === '2070101')?.slice(3, 6)).toEqual([1262.35, 1262.35, 0]);
    // 合计 filled for 基本支出 and 项目支出 too; 款 subtotals present.
    expect(rows.find((r) => r[1] === '合计')?.slice(3, 6)).toEqual([4502.1, 3135.48, 1366.62]);
    expect(rows.some((r) => r[1] === '20701')).toBe(true);
    const basic = wb.getWorksheet('一般公共预算财政拨款基本支出决算表')!;
    const brows = basic.getSheetValues().filter(Array.isArray) as unknown[][];
    expect(brows.find((r) => r[1] === '301')?.[3]).toBe(2758.74);

    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const back = await readPublicTablesWorkbook(bytes, fa);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.amountUnit).toBe('万元');
    const got = back.value.current;
    const want = fa.current;
    expect(got.summary).toEqual(want.summary);
    expect(got.fiscal).toEqual(want.fiscal);
    expect(got.generalByFunction).toEqual(want.generalByFunction);
    expect(got.incomeByFunction).toEqual(want.incomeByFunction);
    expect(got.expenditureByFunction).toEqual(want.expenditureByFunction);
    expect(got.fiscalByFunction).toEqual(want.fiscalByFunction);
    expect(got.basicByEconomic).toEqual(want.basicByEconomic);
    expect(got.threePublic).toEqual(want.threePublic);
    expect(got.governmentFund).toEqual(want.governmentFund);
    expect(checkFinalAccounts(back.value).map((v) => v.ruleId)).toEqual(['X-basic']);
    expect(back.cells['general/2070101/actual']).toEqual({
      sheet: '一般公共预算财政拨款支出决算表',
      cell: 'C8',
    });
  });
});

describe('the national template on a unit of the Sichuan seeds', () => {
  it('leaves zero lines out where the Sichuan template lists them, and renumbers', () => {
    const sichuan = generateExplanation(seed000);
    const nat = generateExplanation(seed000, { template: accountsTemplate('national-unit')! });
    const s3 = (e: typeof sichuan) => e.paragraphs.find((p) => p.id === 's3')!.text;
    expect(s3(sichuan)).toContain('上缴上级支出0.00万元，占0.00%');
    expect(s3(nat)).not.toContain('上缴上级支出');
    // Seed 000 has projects but no performance summary: 十 holds the project rows.
    expect(
      nat.paragraphs.filter((p) => p.heading && p.level === 1).map((p) => p.text.split('、')[0]),
    ).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一']);
  });

  it('drops the empty 预算绩效管理 heading of the Sichuan template when there are no projects', () => {
    const noProjects = structuredClone(seed000);
    noProjects.current.projects = [];
    const e = generateExplanation(noProjects);
    expect(e.paragraphs.map((p) => p.text)).not.toContain('（四）预算绩效管理情况');
    expect(e.paragraphs.find((p) => p.id === 's10.3.h')?.text).toBe('（三）国有资产占有使用情况');
    expect(generateExplanation(seed000).paragraphs.find((p) => p.id === 's10.4.h')?.text).toBe(
      '（四）预算绩效管理情况',
    );
  });
});

describe('every template', () => {
  it.each(ACCOUNTS_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s renders to PDF without an error finding, headings numbered without gaps',
    async (_id, template) => {
      const doc = template.scope === 'department' ? fa : seed000;
      const r = await renderAccountsExplanation(doc, 'pdf', { template, pdf });
      const errors = r.findings.filter((f) => f.severity === 'error');
      expect(errors, JSON.stringify(errors, null, 1)).toEqual([]);
      const numbers = r.explanation.paragraphs
        .filter((p) => p.heading && p.level === 1 && p.section !== 'terms')
        .map((p) => p.text.split('、')[0]);
      expect(numbers).toEqual(
        ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'].slice(0, numbers.length),
      );
    },
  );

  it('states an all-zero chart in a sentence instead of drawing an empty disc', () => {
    const zero = structuredClone(seed000);
    for (const side of ['budget', 'actual'] as const)
      for (const k of Object.keys(
        zero.current.threePublic[side],
      ) as (keyof typeof zero.current.threePublic.actual)[])
        zero.current.threePublic[side][k] = '0.00';
    const { model, explanation } = buildAccountsExplanation(zero);
    const chart7 = explanation.charts.find((c) => c.id === '图7')!;
    expect(chartIsEmpty(chart7)).toBe(true);
    const images = model.blocks.filter((b) => b.kind === 'image').map((b) => (b as { alt: string }).alt);
    expect(images).not.toContain('图7：“三公”经费财政拨款支出结构');
    expect(images).toHaveLength(6);
    const sentences = model.blocks
      .filter((b) => b.kind === 'paragraph')
      .map((b) => (b as { runs: { text: string }[] }).runs.map((x) => x.text).join(''));
    expect(sentences).toContain('（图7：“三公”经费财政拨款支出结构：本年度各项均为零，不作图示。）');
  });

  it('renumbers the parts when the 概况 has no text (no 第二部分 without a 第一部分)', () => {
    const { model } = buildAccountsExplanation(seed000, { template: accountsTemplate('national-unit')! });
    const parts = model.blocks
      .filter((b) => b.kind === 'heading' && /^第.部分/.test(b.text))
      .map((b) => (b as { text: string }).text);
    expect(parts).toEqual([
      '第一部分 四川省商务厅信息中心2020年度单位决算表',
      '第二部分 四川省商务厅信息中心2020年度单位决算情况说明',
      '第三部分 名词解释',
    ]);
  });

  it('renumbers the 概况 when an item has no text (no 一、三)', () => {
    const doc = structuredClone(seed000);
    doc.texts.functions = '负责全省商务信息化建设。';
    doc.texts.keyWork = '';
    doc.texts.institutions = '内设3个科室。';
    const { model } = buildAccountsExplanation(doc);
    const headings = model.blocks
      .filter((b) => b.kind === 'heading')
      .map((b) => (b as { text: string }).text);
    expect(headings).toContain('一、职能简介');
    expect(headings).toContain('二、机构设置情况');
    expect(headings.join()).not.toContain('三、机构设置情况');
  });
});
