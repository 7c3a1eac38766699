/**
 * The final-accounts tables as people fill them in: sheets (one per table) of labelled rows whose
 * fields point into a FinalAccounts document. The XLSX template, its importer and the entry forms of
 * the UI are all drawn from this one description, so a label, an order or a cell address cannot drift
 * between them; `cell` ties a field to the balance-rule cell (cells.ts) so violations land on it.
 */
import { dec } from '../money/index.ts';
import { catalogFor } from './catalog.ts';
import {
  EXPENDITURE_KINDS,
  EXPENDITURE_LABEL,
  INCOME_LABEL,
  INCOME_SOURCES,
  UNIT_KINDS,
  VEHICLE_USES,
  VEHICLE_USE_LABEL,
  finalAccountsSchema,
  type AccountsTexts,
  type FinalAccounts,
} from './model.ts';

export type FieldKind = 'yuan' | 'count' | 'text' | 'longText' | 'year' | 'unitKind';

export interface LayoutField {
  /** Dot path into FinalAccounts ("current.summary.income.total"). */
  path: string;
  kind: FieldKind;
  /** The balance-rule cell "table/row/column" (cells.ts), when the field is one. */
  cell?: string;
  /** The value may be absent (a figure not every source gives: left out, never printed as 0). */
  optional?: boolean;
}

export interface LayoutRow {
  label: string;
  /** One per value column of the block (headers[1..]); null where the row has no such value. */
  fields: (LayoutField | null)[];
}

export interface FixedBlock {
  kind: 'fixed';
  headers: string[];
  rows: LayoutRow[];
}

/** A block of repeating rows; always the last block of its sheet. */
export interface ListBlock {
  kind: 'list';
  list: 'general' | 'basicItems' | 'projects';
  headers: string[];
}

export interface LayoutSheet {
  /** Stable id (also the tab key of the UI). */
  id: string;
  /** Worksheet name (≤ 31 characters). */
  name: string;
  title: string;
  blocks: (FixedBlock | ListBlock)[];
}

const y = (path: string, cell?: string): LayoutField => ({ path, kind: 'yuan', ...(cell ? { cell } : {}) });
const n = (path: string, cell?: string): LayoutField => ({ path, kind: 'count', ...(cell ? { cell } : {}) });

export const TEXT_LABEL: Record<keyof AccountsTexts, string> = {
  functions: '单位职能',
  keyWork: '重点工作',
  institutions: '机构设置',
  totalChangeReason: '收、支总计变动原因',
  fiscalChangeReason: '财政拨款收、支总计变动原因',
  generalChangeReason: '一般公共预算财政拨款支出变动原因',
  threePublicGapReason: '“三公”经费决算数与预算数差异原因',
  abroadChangeReason: '因公出国（境）费变动原因',
  vehicleChangeReason: '公务用车购置及运行维护费变动原因',
  receptionChangeReason: '公务接待费变动原因',
  vehicleOperationPurpose: '公务用车运行维护费主要用途',
  receptionDomesticPurpose: '国内公务接待费主要用途',
  receptionDomesticDetail: '国内公务接待主要情况',
  officeOperationChangeReason: '机关运行经费变动原因',
  procurementPurpose: '政府采购主要用途',
  otherVehiclesPurpose: '其他用车主要用途',
  generalGapReason: '一般公共预算财政拨款支出决算数与年初预算差异原因',
  abroadPurpose: '因公出国（境）费开支内容',
  vehiclePurchasePurpose: '公务用车购置主要用途',
};
export const TEXT_KEYS = Object.keys(TEXT_LABEL) as (keyof AccountsTexts)[];

const THREE_PUBLIC: [string, string][] = [
  ['abroad', '因公出国（境）费'],
  ['vehicle', '公务用车购置及运行维护费'],
  ['vehiclePurchase', '其中：公务用车购置费'],
  ['vehicleOperation', '其中：公务用车运行维护费'],
  ['reception', '公务接待费'],
  ['receptionDomestic', '其中：国内公务接待费'],
  ['receptionForeign', '其中：外事接待费'],
  ['total', '合计'],
];
const VEHICLE_TYPES: [string, string][] = [
  ['sedan', '轿车'],
  ['suv', '越野车'],
  ['bus', '载客汽车'],
];

export const AMOUNT_UNIT_LABEL = '金额单位';

export const ACCOUNTS_LAYOUT: readonly LayoutSheet[] = [
  {
    id: 'info',
    name: '基本信息',
    title: '基本信息',
    blocks: [
      {
        kind: 'fixed',
        headers: ['项目', '内容'],
        rows: [
          { label: '单位名称', fields: [{ path: 'unit.name', kind: 'text' }] },
          {
            label: '单位简称（说明中的称谓，如“信息中心”）',
            fields: [{ path: 'unit.shortName', kind: 'text' }],
          },
          {
            label: '单位性质（行政单位 / 参照公务员法管理的事业单位 / 事业单位）',
            fields: [{ path: 'unit.kind', kind: 'unitKind' }],
          },
          { label: '决算年度', fields: [{ path: 'year', kind: 'year' }] },
          // Not a field of the document: the unit in which this workbook's amounts are written.
          { label: AMOUNT_UNIT_LABEL, fields: [null] },
        ],
      },
    ],
  },
  {
    id: 'summary',
    name: '收入支出决算总表',
    title: '收入支出决算总表',
    blocks: [
      {
        kind: 'fixed',
        headers: ['项目', '金额'],
        rows: [
          ...INCOME_SOURCES.map((k) => ({
            label: INCOME_LABEL[k],
            fields: [y(`current.summary.income.${k}`, `summary/income.${k}/amount`)],
          })),
          {
            label: '本年收入合计',
            fields: [y('current.summary.income.total', 'summary/income.total/amount')],
          },
          {
            label: '用事业基金弥补收支差额',
            fields: [y('current.summary.reserveUsed', 'summary/reserveUsed/amount')],
          },
          {
            label: '年初结转和结余',
            fields: [y('current.summary.carryForwardStart', 'summary/carryForwardStart/amount')],
          },
          {
            label: '收入总计',
            fields: [y('current.summary.grandTotalIncome', 'summary/grandTotalIncome/amount')],
          },
          ...EXPENDITURE_KINDS.map((k) => ({
            label: EXPENDITURE_LABEL[k],
            fields: [y(`current.summary.expenditure.${k}`, `summary/expenditure.${k}/amount`)],
          })),
          {
            label: '本年支出合计',
            fields: [y('current.summary.expenditure.total', 'summary/expenditure.total/amount')],
          },
          {
            label: '结余分配',
            fields: [y('current.summary.surplusDistribution', 'summary/surplusDistribution/amount')],
          },
          {
            label: '年末结转和结余',
            fields: [y('current.summary.carryForwardEnd', 'summary/carryForwardEnd/amount')],
          },
          {
            label: '支出总计',
            fields: [y('current.summary.grandTotalExpenditure', 'summary/grandTotalExpenditure/amount')],
          },
        ],
      },
    ],
  },
  {
    id: 'fiscal',
    name: '财政拨款收入支出决算总表',
    title: '财政拨款收入支出决算总表',
    blocks: [
      {
        kind: 'fixed',
        headers: ['项目', '金额'],
        rows: (
          [
            ['incomeGeneral', '一般公共预算财政拨款收入'],
            ['incomeFund', '政府性基金预算财政拨款收入'],
            ['incomeStateCapital', '国有资本经营预算财政拨款收入'],
            ['carryForwardStart', '年初财政拨款结转和结余'],
            ['grandTotalIncome', '收入总计'],
            ['expenditureGeneral', '一般公共预算财政拨款支出'],
            ['expenditureFund', '政府性基金预算财政拨款支出'],
            ['expenditureStateCapital', '国有资本经营预算财政拨款支出'],
            ['carryForwardEnd', '年末财政拨款结转和结余'],
            ['grandTotalExpenditure', '支出总计'],
          ] as const
        ).map(([k, label]) => ({ label, fields: [y(`current.fiscal.${k}`, `fiscal/${k}/amount`)] })),
      },
    ],
  },
  {
    id: 'general',
    name: '一般公共预算财政拨款支出',
    title: '一般公共预算财政拨款支出决算表（按功能分类类、款、项）',
    blocks: [
      {
        kind: 'list',
        list: 'general',
        headers: [
          '科目编码',
          '科目名称',
          '预算数',
          '决算数',
          '其中：基本支出',
          '其中：项目支出',
          '决算数与预算数差异原因',
        ],
      },
    ],
  },
  {
    id: 'basic',
    name: '一般公共预算财政拨款基本支出',
    title: '一般公共预算财政拨款基本支出决算表（按经济分类）',
    blocks: [
      {
        kind: 'fixed',
        headers: ['项目', '金额'],
        rows: [
          { label: '人员经费', fields: [y('current.basicByEconomic.personnel', 'basic/personnel/amount')] },
          { label: '公用经费', fields: [y('current.basicByEconomic.publicUse', 'basic/publicUse/amount')] },
          { label: '合计', fields: [y('current.basicByEconomic.total', 'basic/total/amount')] },
        ],
      },
      { kind: 'list', list: 'basicItems', headers: ['经济分类科目编码', '科目名称', '金额'] },
    ],
  },
  {
    id: 'threePublic',
    name: '三公经费',
    title: '一般公共预算财政拨款“三公”经费支出决算表',
    blocks: [
      {
        kind: 'fixed',
        headers: ['项目', '预算数', '决算数'],
        rows: THREE_PUBLIC.map(([k, label]) => ({
          label,
          fields: [
            y(`current.threePublic.budget.${k}`, `threePublic/${k}/budget`),
            y(`current.threePublic.actual.${k}`, `threePublic/${k}/actual`),
          ],
        })),
      },
      {
        kind: 'fixed',
        headers: ['项目', '数值'],
        rows: [
          { label: '因公出国（境）团组数（个）', fields: [n('current.threePublic.abroadGroups')] },
          { label: '因公出国（境）人次', fields: [n('current.threePublic.abroadPersons')] },
          ...VEHICLE_TYPES.map(([k, name]) => ({
            label: `购置公务用车（${name}，辆）`,
            fields: [n(`current.threePublic.vehiclesPurchased.${k}`)],
          })),
          ...VEHICLE_TYPES.map(([k, name]) => ({
            label: `购置公务用车金额（${name}）`,
            fields: [y(`current.threePublic.vehiclesPurchasedAmount.${k}`)],
          })),
          ...VEHICLE_TYPES.map(([k, name]) => ({
            label: `公务用车保有量（${name}，辆）`,
            fields: [n(`current.threePublic.vehiclesOwned.${k}`, `threePublic/vehiclesOwned.${k}/count`)],
          })),
          { label: '国内公务接待批次', fields: [n('current.threePublic.receptionDomesticBatches')] },
          { label: '国内公务接待人次', fields: [n('current.threePublic.receptionDomesticPersons')] },
          { label: '外事接待批次', fields: [n('current.threePublic.receptionForeignBatches')] },
          { label: '外事接待人次', fields: [n('current.threePublic.receptionForeignPersons')] },
        ],
      },
    ],
  },
  {
    id: 'fund',
    name: '政府性基金预算财政拨款',
    title: '政府性基金预算财政拨款收入支出决算表',
    blocks: [
      {
        kind: 'fixed',
        headers: ['项目', '金额'],
        rows: [
          { label: '收入', fields: [y('current.governmentFund.income', 'fund/income/amount')] },
          { label: '支出', fields: [y('current.governmentFund.expenditure', 'fund/expenditure/amount')] },
        ],
      },
    ],
  },
  {
    id: 'capital',
    name: '国有资本经营预算财政拨款',
    title: '国有资本经营预算财政拨款收入支出决算表',
    blocks: [
      {
        kind: 'fixed',
        headers: ['项目', '金额'],
        rows: [
          { label: '收入', fields: [y('current.stateCapital.income', 'capital/income/amount')] },
          { label: '支出', fields: [y('current.stateCapital.expenditure', 'capital/expenditure/amount')] },
        ],
      },
    ],
  },
  {
    id: 'officeOperation',
    name: '机关运行经费',
    title: '机关运行经费支出',
    blocks: [
      {
        kind: 'fixed',
        headers: ['项目', '金额'],
        rows: [
          {
            label: '机关运行经费',
            fields: [y('current.officeOperation', 'officeOperation/officeOperation/amount')],
          },
        ],
      },
    ],
  },
  {
    id: 'procurement',
    name: '政府采购',
    title: '政府采购情况表',
    blocks: [
      {
        kind: 'fixed',
        headers: ['项目', '金额'],
        rows: (
          [
            ['goods', '政府采购货物支出'],
            ['works', '政府采购工程支出'],
            ['services', '政府采购服务支出'],
            ['total', '政府采购支出总额'],
            ['smeContracts', '授予中小企业合同金额'],
            ['smallMicroContracts', '其中：授予小微企业合同金额'],
          ] as const
        ).map(([k, label]) => ({
          label,
          fields: [y(`current.procurement.${k}`, `procurement/${k}/amount`)],
        })),
      },
    ],
  },
  {
    id: 'assets',
    name: '国有资产',
    title: '国有资产占用情况表',
    blocks: [
      {
        kind: 'fixed',
        headers: ['项目', '数量'],
        rows: [
          ...VEHICLE_USES.map((u) => ({
            label: `${VEHICLE_USE_LABEL[u]}（辆）`,
            fields: [
              {
                ...n(`current.assets.vehicles.${u}`, `assets/vehicles.${u}/count`),
                ...(u === 'ministerial' ? { optional: true } : {}),
              },
            ],
          })),
          {
            label: '车辆合计（辆）',
            fields: [n('current.assets.vehicles.total', 'assets/vehicles.total/count')],
          },
          {
            label: '单价50万元以上通用设备（台、套）',
            fields: [{ ...n('current.assets.generalEquipmentOver500k'), optional: true }],
          },
          {
            label: '单价100万元以上专用设备（台、套）',
            fields: [{ ...n('current.assets.specialEquipmentOver1m'), optional: true }],
          },
        ],
      },
    ],
  },
  {
    id: 'projects',
    name: '项目绩效',
    title: '预算绩效管理情况（项目）',
    blocks: [
      {
        kind: 'list',
        list: 'projects',
        headers: ['项目名称', '预算数', '执行数', '实施成效', '存在问题', '改进措施'],
      },
    ],
  },
  {
    id: 'previous',
    name: '上年数',
    title: '上年决算数（上年公开数）',
    blocks: [
      {
        kind: 'fixed',
        headers: ['项目', '金额'],
        rows: [
          { label: '收、支总计', fields: [y('previous.grandTotal')] },
          { label: '财政拨款收、支总计', fields: [y('previous.fiscalGrandTotal')] },
          { label: '一般公共预算财政拨款支出', fields: [y('previous.generalExpenditure')] },
          { label: '因公出国（境）费', fields: [y('previous.threePublic.abroad')] },
          { label: '公务用车购置及运行维护费', fields: [y('previous.threePublic.vehicle')] },
          { label: '公务接待费', fields: [y('previous.threePublic.reception')] },
          { label: '“三公”经费合计', fields: [y('previous.threePublic.total')] },
          { label: '机关运行经费', fields: [y('previous.officeOperation')] },
        ],
      },
    ],
  },
  {
    id: 'texts',
    name: '文字说明',
    title: '文字说明（原因、用途、职能）',
    blocks: [
      {
        kind: 'fixed',
        headers: ['项目', '内容'],
        rows: TEXT_KEYS.map((k) => ({
          label: TEXT_LABEL[k],
          fields: [{ path: `texts.${k}`, kind: 'longText' as const }],
        })),
      },
    ],
  },
];

/** The value at a dot path ("current.summary.income.total"), or undefined. */
export function getPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** A copy of `obj` with `value` at `path` (intermediate objects created as needed). */
export function setPath<T>(obj: T, path: string, value: unknown): T {
  const keys = path.split('.');
  const root = structuredClone(obj) as Record<string, unknown>;
  let cur = root;
  for (const key of keys.slice(0, -1)) {
    const next = cur[key];
    cur[key] = next !== null && typeof next === 'object' ? next : {};
    cur = cur[key] as Record<string, unknown>;
  }
  cur[keys[keys.length - 1]!] = value;
  return root as T;
}

/** Every field of the fixed blocks, in sheet order. */
export function layoutFields(): { sheet: LayoutSheet; row: LayoutRow; field: LayoutField }[] {
  const out: { sheet: LayoutSheet; row: LayoutRow; field: LayoutField }[] = [];
  for (const sheet of ACCOUNTS_LAYOUT)
    for (const block of sheet.blocks)
      if (block.kind === 'fixed')
        for (const row of block.rows)
          for (const field of row.fields) if (field) out.push({ sheet, row, field });
  return out;
}

/** The layout sheet holding a balance-rule table ("general", "summary", …). */
export function sheetOfTable(table: string): LayoutSheet | undefined {
  return ACCOUNTS_LAYOUT.find((s) => s.id === table);
}

const Z = '0.00';
const zeros = <K extends string>(keys: readonly K[]): Record<K, string> =>
  Object.fromEntries(keys.map((k) => [k, Z])) as Record<K, string>;

/** An empty document for a unit and year: every amount 0.00, every count 0, no 科目 rows. */
export function blankFinalAccounts(
  unit: { name: string; shortName?: string; kind?: (typeof UNIT_KINDS)[number] },
  year: number,
): FinalAccounts {
  const tp = zeros([
    'abroad',
    'vehiclePurchase',
    'vehicleOperation',
    'receptionDomestic',
    'receptionForeign',
    'vehicle',
    'reception',
    'total',
  ] as const);
  return finalAccountsSchema.parse({
    unit: { name: unit.name, shortName: unit.shortName ?? '', kind: unit.kind ?? '事业单位' },
    scope: 'unit',
    year,
    current: {
      summary: {
        income: zeros([...INCOME_SOURCES, 'total'] as const),
        expenditure: zeros([...EXPENDITURE_KINDS, 'total'] as const),
        ...zeros([
          'reserveUsed',
          'carryForwardStart',
          'surplusDistribution',
          'carryForwardEnd',
          'grandTotalIncome',
          'grandTotalExpenditure',
        ] as const),
      },
      fiscal: zeros([
        'incomeGeneral',
        'incomeFund',
        'incomeStateCapital',
        'carryForwardStart',
        'grandTotalIncome',
        'expenditureGeneral',
        'expenditureFund',
        'expenditureStateCapital',
        'carryForwardEnd',
        'grandTotalExpenditure',
      ] as const),
      generalByFunction: [],
      basicByEconomic: { personnel: Z, publicUse: Z, total: Z, items: [] },
      threePublic: {
        budget: tp,
        actual: tp,
        abroadGroups: 0,
        abroadPersons: 0,
        vehiclesPurchased: { sedan: 0, suv: 0, bus: 0 },
        vehiclesPurchasedAmount: zeros(['sedan', 'suv', 'bus'] as const),
        vehiclesOwned: { sedan: 0, suv: 0, bus: 0 },
        receptionDomesticBatches: 0,
        receptionDomesticPersons: 0,
        receptionForeignBatches: 0,
        receptionForeignPersons: 0,
      },
      governmentFund: { income: Z, expenditure: Z },
      stateCapital: { income: Z, expenditure: Z },
      officeOperation: Z,
      procurement: zeros([
        'goods',
        'works',
        'services',
        'total',
        'smeContracts',
        'smallMicroContracts',
      ] as const),
      assets: {
        // Figures not every unit gives (部级领导干部用车, equipment counts) start absent, not 0.
        vehicles: {
          ...Object.fromEntries(VEHICLE_USES.filter((u) => u !== 'ministerial').map((u) => [u, 0])),
          total: 0,
        },
      },
      projects: [],
    },
    previous: {
      grandTotal: Z,
      fiscalGrandTotal: Z,
      generalExpenditure: Z,
      threePublic: { abroad: Z, vehicle: Z, reception: Z, total: Z },
      officeOperation: Z,
    },
    texts: {},
  });
}

/** Stable key of a violation: its rule and where it is ("S-income-total@summary/income.total/amount"). */
export function violationKey(v: {
  ruleId: string;
  location: { table: string; row: string; column: string };
}): string {
  return `${v.ruleId}@${v.location.table}/${v.location.row}/${v.location.column}`;
}

/** 科目 codes of the document not in its catalogue edition (they would have no name in the explanation). */
export function unknownSubjectCodes(fa: FinalAccounts): { functions: string[]; economic: string[] } {
  const edition = catalogFor(fa.catalogYear ?? fa.year);
  return {
    functions: fa.current.generalByFunction.map((r) => r.code).filter((c) => !edition.functions.has(c)),
    economic: fa.current.basicByEconomic.items.map((i) => i.code).filter((c) => !edition.economic.has(c)),
  };
}

const canon = (v: string): string => dec(v).toFixed(2);

/**
 * The document with every amount written as 元 with exactly 2 decimals ("0" → "0.00"), 科目 rows in
 * code order: the form in which documents are stored, so that equal amounts compare equal as text.
 */
export function canonicalAccounts(fa: FinalAccounts): FinalAccounts {
  let out: FinalAccounts = fa;
  for (const { field } of layoutFields()) {
    if (field.kind !== 'yuan') continue;
    const v = getPath(out, field.path);
    if (typeof v === 'string') out = setPath(out, field.path, canon(v));
  }
  const c = out.current;
  return {
    ...out,
    current: {
      ...c,
      generalByFunction: [...c.generalByFunction]
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((r) => ({
          ...r,
          budget: canon(r.budget),
          actual: canon(r.actual),
          ...(r.basic !== undefined ? { basic: canon(r.basic) } : {}),
          ...(r.project !== undefined ? { project: canon(r.project) } : {}),
        })),
      basicByEconomic: {
        ...c.basicByEconomic,
        items: c.basicByEconomic.items.map((i) => ({ ...i, amount: canon(i.amount) })),
      },
      projects: c.projects.map((p) => ({ ...p, budget: canon(p.budget), actual: canon(p.actual) })),
    },
  };
}

/**
 * Totals the entry form computes (read-only there): each path with the paths it adds up. The form
 * recomputes them on every edit, so what is typed and its totals cannot disagree; an import keeps the
 * totals as the file gives them, so the 审核公式 still show a file's own inconsistency.
 */
const TP_PARTS = {
  vehicle: ['vehiclePurchase', 'vehicleOperation'],
  reception: ['receptionDomestic', 'receptionForeign'],
};
export const COMPUTED_TOTALS: readonly { path: string; parts: readonly string[] }[] = [
  {
    path: 'current.summary.income.total',
    parts: [
      ...INCOME_SOURCES.map((k) => `current.summary.income.${k}`),
      'current.summary.income.stateCapitalAppropriation',
    ],
  },
  {
    path: 'current.summary.grandTotalIncome',
    parts: [
      'current.summary.income.total',
      'current.summary.reserveUsed',
      'current.summary.carryForwardStart',
    ],
  },
  {
    path: 'current.summary.expenditure.total',
    parts: EXPENDITURE_KINDS.map((k) => `current.summary.expenditure.${k}`),
  },
  {
    path: 'current.summary.grandTotalExpenditure',
    parts: [
      'current.summary.expenditure.total',
      'current.summary.surplusDistribution',
      'current.summary.carryForwardEnd',
    ],
  },
  {
    path: 'current.fiscal.grandTotalIncome',
    parts: ['incomeGeneral', 'incomeFund', 'incomeStateCapital', 'carryForwardStart'].map(
      (k) => `current.fiscal.${k}`,
    ),
  },
  {
    path: 'current.fiscal.grandTotalExpenditure',
    parts: ['expenditureGeneral', 'expenditureFund', 'expenditureStateCapital', 'carryForwardEnd'].map(
      (k) => `current.fiscal.${k}`,
    ),
  },
  {
    path: 'current.basicByEconomic.total',
    parts: ['current.basicByEconomic.personnel', 'current.basicByEconomic.publicUse'],
  },
  ...(['budget', 'actual'] as const).flatMap((side) => [
    ...Object.entries(TP_PARTS).map(([k, parts]) => ({
      path: `current.threePublic.${side}.${k}`,
      parts: parts.map((p) => `current.threePublic.${side}.${p}`),
    })),
    {
      path: `current.threePublic.${side}.total`,
      parts: ['abroad', 'vehicle', 'reception'].map((p) => `current.threePublic.${side}.${p}`),
    },
  ]),
  {
    path: 'current.procurement.total',
    parts: ['goods', 'works', 'services'].map((k) => `current.procurement.${k}`),
  },
];
const COMPUTED_COUNTS: readonly { path: string; parts: readonly string[] }[] = [
  { path: 'current.assets.vehicles.total', parts: VEHICLE_USES.map((u) => `current.assets.vehicles.${u}`) },
];
export const COMPUTED_PATHS: ReadonlySet<string> = new Set(
  [...COMPUTED_TOTALS, ...COMPUTED_COUNTS].map((t) => t.path),
);

/**
 * The document with every computed total recomputed from its parts (in order, so 本年收入合计 is ready
 * before 收入总计), and each 类 and 款 row of the 一般公共预算 table set to the sum of its 项 rows (for
 * 预算数, 决算数 and, where the 项 give them, 基本/项目支出). Rows without 项 below them keep what was typed.
 */
export function recomputeTotals(fa: FinalAccounts): FinalAccounts {
  let out = fa;
  for (const t of COMPUTED_TOTALS) {
    if (getPath(out, t.path) === undefined) continue;
    const total = t.parts.reduce((acc, p) => {
      const v = getPath(out, p);
      return typeof v === 'string' && v !== '' ? acc.plus(dec(v)) : acc;
    }, dec(0));
    out = setPath(out, t.path, total.toFixed(2));
  }
  for (const t of COMPUTED_COUNTS) {
    const n = t.parts.reduce((acc, p) => {
      const v = getPath(out, p);
      return acc + (typeof v === 'number' ? v : 0);
    }, 0);
    out = setPath(out, t.path, n);
  }
  const rows = out.current.generalByFunction;
  const items = rows.filter((r) => r.code.length === 7);
  const sumOf = (prefix: string, col: 'budget' | 'actual' | 'basic' | 'project') => {
    const under = items.filter((r) => r.code.startsWith(prefix));
    if (col === 'basic' || col === 'project') if (!under.some((r) => r[col] !== undefined)) return undefined;
    return under.reduce((acc, r) => acc.plus(dec(r[col] ?? '0')), dec(0)).toFixed(2);
  };
  const next = rows.map((r) => {
    if (r.code.length === 7 || !items.some((i) => i.code.startsWith(r.code))) return r;
    const basic = sumOf(r.code, 'basic');
    const project = sumOf(r.code, 'project');
    return {
      ...r,
      budget: sumOf(r.code, 'budget')!,
      actual: sumOf(r.code, 'actual')!,
      ...(basic !== undefined ? { basic } : {}),
      ...(project !== undefined ? { project } : {}),
    };
  });
  return { ...out, current: { ...out.current, generalByFunction: next } };
}

/** Whether a 类 or 款 row of the 一般公共预算 table is computed from 项 rows below it (read-only in the form). */
export function isComputedSubjectRow(fa: FinalAccounts, code: string): boolean {
  return (
    code.length < 7 &&
    fa.current.generalByFunction.some((r) => r.code.length === 7 && r.code.startsWith(code))
  );
}
