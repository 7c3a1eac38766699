/**
 * The final-accounts tables as named cells "table/row/column", the vocabulary of the balance rules
 * (审核公式). Amount cells hold exact 元; count cells hold integers. Labels give every cell its Chinese
 * table, row and column names for the violation messages.
 */
import { Dec, dec } from '../money/index.ts';
import { subjectsFor, subjectPath, type CatalogEdition } from './catalog.ts';
import {
  EXPENDITURE_KINDS,
  EXPENDITURE_LABEL,
  INCOME_LABEL,
  INCOME_SOURCES,
  VEHICLE_USES,
  VEHICLE_USE_LABEL,
  type FinalAccounts,
} from './model.ts';

export const TABLE_NAMES = {
  summary: '收入支出决算总表',
  fiscal: '财政拨款收入支出决算总表',
  general: '一般公共预算财政拨款支出决算表',
  basic: '一般公共预算财政拨款基本支出决算表',
  threePublic: '一般公共预算财政拨款“三公”经费支出决算表',
  fund: '政府性基金预算财政拨款收入支出决算表',
  capital: '国有资本经营预算财政拨款收入支出决算表',
  procurement: '政府采购情况表',
  assets: '国有资产占用情况表',
  income: '收入决算表',
  expenditure: '支出决算表',
  officeOperation: '机关运行经费',
  performance: '预算绩效管理情况',
} as const;
export type TableId = keyof typeof TABLE_NAMES;

export const COLUMN_NAMES: Record<string, string> = {
  amount: '决算数',
  actual: '决算数',
  budget: '预算数',
  basic: '基本支出',
  project: '项目支出',
  count: '数量',
  total: '合计',
  fiscal: '财政拨款收入',
  superiorSubsidy: '上级补助收入',
  businessIncome: '事业收入',
  operatingIncome: '经营收入',
  subordinateRemittance: '附属单位上缴收入',
  otherIncome: '其他收入',
  remitToSuperior: '上缴上级支出',
  operating: '经营支出',
  subsidyToSubordinates: '对附属单位补助支出',
  general: '一般公共预算财政拨款',
  fund: '政府性基金预算财政拨款',
  capital: '国有资本经营预算财政拨款',
  carryForwardStart: '年初结转和结余',
  income: '本年收入',
  expenditure: '本年支出',
  carryForwardEnd: '年末结转和结余',
};

/** "208 社会保障和就业（类）…" from the catalogue; the printed name (or the bare code) when it does not hold it. */
export function subjectLabel(code: string, edition: CatalogEdition, name?: string): string {
  try {
    return `${code} ${subjectPath(code, edition)}`;
  } catch {
    return name ? `${code} ${name}` : code;
  }
}

export interface Cell {
  table: TableId;
  row: string;
  column: string;
  value: Dec;
  unit: '元' | 'count';
  rowLabel: string;
}

export type CellMap = Map<string, Cell>;

export const cellKey = (table: string, row: string, column: string): string => `${table}/${row}/${column}`;

const SUMMARY_ROWS: Record<string, string> = {
  reserveUsed: '用事业基金弥补收支差额',
  carryForwardStart: '年初结转和结余',
  surplusDistribution: '结余分配',
  carryForwardEnd: '年末结转和结余',
  grandTotalIncome: '收入总计',
  grandTotalExpenditure: '支出总计',
};
const FISCAL_ROWS: Record<string, string> = {
  incomeGeneral: '一般公共预算财政拨款收入',
  incomeFund: '政府性基金预算财政拨款收入',
  incomeStateCapital: '国有资本经营预算财政拨款收入',
  carryForwardStart: '年初财政拨款结转和结余',
  grandTotalIncome: '收入总计',
  expenditureGeneral: '一般公共预算财政拨款支出',
  expenditureFund: '政府性基金预算财政拨款支出',
  expenditureStateCapital: '国有资本经营预算财政拨款支出',
  carryForwardEnd: '年末财政拨款结转和结余',
  grandTotalExpenditure: '支出总计',
};
const THREE_PUBLIC_ROWS: Record<string, string> = {
  abroad: '因公出国（境）费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行维护费',
  receptionDomestic: '国内公务接待费',
  receptionForeign: '外事接待费',
  vehicle: '公务用车购置及运行维护费',
  reception: '公务接待费',
  total: '合计',
};
const PROCUREMENT_ROWS: Record<string, string> = {
  goods: '政府采购货物支出',
  works: '政府采购工程支出',
  services: '政府采购服务支出',
  total: '政府采购支出总额',
  smeContracts: '授予中小企业合同金额',
  smallMicroContracts: '授予小微企业合同金额',
  smeReserved: '其中：预留给中小企业的合同金额',
  reservedBudgetSme: '面向中小企业预留项目预算金额',
  reservedBudgetSmallMicro: '面向小微企业预留项目预算金额',
};

/** Flatten a year's tables into named cells. */
export function cellsOf(fa: FinalAccounts): CellMap {
  const m: CellMap = new Map();
  const edition = subjectsFor(fa);
  const put = (
    table: TableId,
    row: string,
    column: string,
    value: string | number | undefined,
    rowLabel: string,
    unit: '元' | 'count' = '元',
  ) => {
    if (value === undefined) return;
    m.set(cellKey(table, row, column), { table, row, column, value: dec(value), unit, rowLabel });
  };
  const c = fa.current;
  const s = c.summary;
  for (const k of INCOME_SOURCES) put('summary', `income.${k}`, 'amount', s.income[k], INCOME_LABEL[k]);
  put('summary', 'income.total', 'amount', s.income.total, '本年收入合计');
  for (const k of EXPENDITURE_KINDS)
    put('summary', `expenditure.${k}`, 'amount', s.expenditure[k], EXPENDITURE_LABEL[k]);
  put('summary', 'expenditure.total', 'amount', s.expenditure.total, '本年支出合计');
  for (const [k, label] of Object.entries(SUMMARY_ROWS))
    put('summary', k, 'amount', s[k as keyof typeof SUMMARY_ROWS & keyof typeof s] as string, label);
  for (const [k, label] of Object.entries(FISCAL_ROWS))
    put('fiscal', k, 'amount', c.fiscal[k as keyof typeof c.fiscal] as string, label);

  put(
    'summary',
    'income.stateCapitalAppropriation',
    'amount',
    s.income.stateCapitalAppropriation,
    '国有资本经营预算财政拨款收入',
  );
  for (const r of c.generalByFunction) {
    const label = subjectLabel(r.code, edition, r.name);
    put('general', r.code, 'budget', r.budget, label);
    put('general', r.code, 'actual', r.actual, label);
    put('general', r.code, 'basic', r.basic, label);
    put('general', r.code, 'project', r.project, label);
  }
  const b = c.basicByEconomic;
  put('basic', 'personnel', 'amount', b.personnel, '人员经费');
  put('basic', 'publicUse', 'amount', b.publicUse, '公用经费');
  put('basic', 'total', 'amount', b.total, '合计');
  for (const item of b.items)
    put(
      'basic',
      item.code,
      'amount',
      item.amount,
      `${item.code} ${edition.economic.get(item.code)?.name ?? item.name ?? ''}`.trim(),
    );

  const tp = c.threePublic;
  for (const [k, label] of Object.entries(THREE_PUBLIC_ROWS)) {
    put('threePublic', k, 'budget', tp.budget[k as keyof typeof tp.budget], label);
    put('threePublic', k, 'actual', tp.actual[k as keyof typeof tp.actual], label);
  }
  for (const t of ['sedan', 'suv', 'bus'] as const) {
    const name = { sedan: '轿车', suv: '越野车', bus: '载客汽车' }[t];
    put(
      'threePublic',
      `vehiclesOwned.${t}`,
      'count',
      tp.vehiclesOwned[t],
      `公务用车保有量（${name}）`,
      'count',
    );
  }
  for (const [table, f] of [
    ['fund', c.governmentFund],
    ['capital', c.stateCapital],
  ] as const) {
    put(table, 'income', 'amount', f.income, '收入');
    put(table, 'expenditure', 'amount', f.expenditure, '支出');
    put(table, 'carryForwardStart', 'amount', f.carryForwardStart, '年初结转和结余');
    put(table, 'basic', 'amount', f.basic, '本年支出（基本支出）');
    put(table, 'project', 'amount', f.project, '本年支出（项目支出）');
    put(table, 'carryForwardEnd', 'amount', f.carryForwardEnd, '年末结转和结余');
    for (const r of f.rows ?? []) {
      const label = subjectLabel(r.code, edition, r.name);
      for (const col of [
        'carryForwardStart',
        'income',
        'expenditure',
        'basic',
        'project',
        'carryForwardEnd',
      ] as const)
        put(table, `fn.${r.code}`, col, r[col], label);
    }
  }
  for (const r of c.incomeByFunction ?? []) {
    const label = subjectLabel(r.code, edition, r.name);
    for (const col of [
      'total',
      'fiscal',
      'superiorSubsidy',
      'businessIncome',
      'operatingIncome',
      'subordinateRemittance',
      'otherIncome',
    ] as const)
      put('income', r.code, col, r[col], label);
  }
  for (const r of c.expenditureByFunction ?? []) {
    const label = subjectLabel(r.code, edition, r.name);
    for (const col of [
      'total',
      'basic',
      'project',
      'remitToSuperior',
      'operating',
      'subsidyToSubordinates',
    ] as const)
      put('expenditure', r.code, col, r[col], label);
  }
  for (const r of c.fiscalByFunction ?? []) {
    const label = subjectLabel(r.code, edition, r.name);
    for (const col of ['total', 'general', 'fund', 'capital'] as const)
      put('fiscal', `fn.${r.code}`, col, r[col], label);
  }
  for (const [key, by, label] of [
    ['carryForwardStart', c.fiscal.carryForwardStartBy, '年初财政拨款结转和结余'],
    ['carryForwardEnd', c.fiscal.carryForwardEndBy, '年末财政拨款结转和结余'],
  ] as const)
    if (by)
      for (const col of ['general', 'fund', 'capital'] as const)
        put('fiscal', `${key}.by`, col, by[col], label);
  put('officeOperation', 'officeOperation', 'amount', c.officeOperation, '机关运行经费支出');
  const perf = c.performance;
  if (perf) {
    put('performance', 'selfEvaluatedProjects', 'count', perf.selfEvaluatedProjects, '绩效自评项目', 'count');
    put('performance', 'targetProjects', 'count', perf.targetProjects, '编报绩效目标项目', 'count');
    put('performance', 'targetAmount', 'amount', perf.targetAmount, '编报绩效目标项目预算金额');
    put('performance', 'selfEvaluatedAmount', 'amount', perf.selfEvaluatedAmount, '绩效自评项目预算金额');
    if (perf.grades)
      for (const [k, label] of [
        ['excellent', '评级为“优”的项目'],
        ['good', '评级为“良”的项目'],
        ['pass', '评级为“合格”的项目'],
        ['fail', '评级为“不合格”的项目'],
      ] as const)
        put('performance', `grades.${k}`, 'count', perf.grades[k], label, 'count');
    put('performance', 'problemsFound', 'count', perf.problemsFound, '发现问题', 'count');
    put('performance', 'problemsFixed', 'count', perf.problemsFixed, '已完成整改', 'count');
    put('performance', 'problemsFixing', 'count', perf.problemsFixing, '正在整改', 'count');
  }
  for (const [k, label] of Object.entries(PROCUREMENT_ROWS))
    put('procurement', k, 'amount', c.procurement[k as keyof typeof c.procurement], label);
  for (const u of VEHICLE_USES)
    put('assets', `vehicles.${u}`, 'count', c.assets.vehicles[u], VEHICLE_USE_LABEL[u], 'count');
  put('assets', 'vehicles.total', 'count', c.assets.vehicles.total, '车辆合计', 'count');
  return m;
}
