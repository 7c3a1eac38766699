/**
 * Balance checks (审核公式) as configuration. A rule is data — id, Chinese description, 表内/表间, and
 * "left op right" over named cells — and evaluate() turns rules + cells into violations, each located at
 * a (table, row, column) and carrying its arithmetic. Two modes: "stored" compares exact 元 (what the
 * tables hold must balance to the fen), "printed" compares figures rounded to 万元 at 2 decimals and
 * accepts a total that differs from its parts only by rounding (sumWithinRounding).
 *
 * Expression grammar: terms joined by " + " or " - "; a term is a cell "table/row/column" or
 * "sum(table/rowPattern/column)" where rowPattern uses ? (one character) and * (any). "{x}" is replaced
 * by the value bound by the rule's `each` (one evaluation per matching row).
 */
import { Dec, dec, fixed, fromYuan, grouped, roundHalfUp, sumWithinRounding } from '../money/index.ts';
import { COLUMN_NAMES, TABLE_NAMES, type Cell, type CellMap, type TableId } from './cells.ts';
import { cellsOf } from './cells.ts';
import { EXPENDITURE_KINDS, INCOME_SOURCES, VEHICLE_USES, type FinalAccounts } from './model.ts';

export interface BalanceRule {
  id: string;
  description: string;
  kind: '表内' | '表间';
  severity: 'error' | 'warning';
  /** Skip (not applicable) when every sum() in the rule matches no cell, e.g. no 经济分类 items entered. */
  optional?: boolean;
  /** Evaluate once per row of `table` matching `rowPattern` that has `column`; binds `var`. */
  each?: { var: string; table: TableId; rowPattern: string; column: string };
  left: string;
  op: '=' | '<=' | '>=';
  right: string;
}

export interface Violation {
  ruleId: string;
  description: string;
  kind: '表内' | '表间';
  /** 'note': figures entered in 万元 that differ only within rounding (e.g. by 0.01). */
  severity: 'error' | 'warning' | 'note';
  location: {
    table: TableId;
    tableName: string;
    row: string;
    rowLabel: string;
    column: string;
    columnLabel: string;
  };
  /** Values in the unit of the mode: 元 (stored) or 万元 (printed); counts as integers. */
  left: string;
  right: string;
  difference: string;
  unit: '元' | '万元' | '';
  arithmetic: string;
}

/**
 * stored: exact 元. printed: the 元 figures rounded to 万元, rounding differences accepted silently.
 * entered: figures typed as printed in 万元 (amountUnit '万元'): an exact match passes, a difference within
 * rounding (0.01 between two figures) is a note, a larger one the rule's severity.
 */
export type CheckMode = 'stored' | 'printed' | 'entered';

const sumOf = (terms: string[]) => `sum(${terms.join(') + sum(')})`;
const add = (...cells: string[]) => cells.join(' + ');

function threePublicRules(column: 'budget' | 'actual'): BalanceRule[] {
  const col = column === 'budget' ? '预算数' : '决算数';
  const c = (row: string) => `threePublic/${row}/${column}`;
  return [
    {
      id: `T-total-${column}`,
      description: `“三公”经费合计（${col}）= 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费`,
      kind: '表内',
      severity: 'error',
      left: c('total'),
      op: '=',
      right: add(c('abroad'), c('vehicle'), c('reception')),
    },
    {
      id: `T-vehicle-${column}`,
      description: `公务用车购置及运行维护费（${col}）= 购置费 + 运行维护费`,
      kind: '表内',
      severity: 'error',
      left: c('vehicle'),
      op: '=',
      right: add(c('vehiclePurchase'), c('vehicleOperation')),
    },
    {
      id: `T-reception-${column}`,
      description: `公务接待费（${col}）= 国内公务接待费 + 外事接待费`,
      kind: '表内',
      severity: 'error',
      left: c('reception'),
      op: '=',
      right: add(c('receptionDomestic'), c('receptionForeign')),
    },
  ];
}

function functionRules(column: 'actual' | 'budget'): BalanceRule[] {
  const col = column === 'budget' ? '预算数' : '决算数';
  return [
    {
      id: `G-class-kuan-${column}`,
      description: `功能分类：类 = Σ款（${col}）`,
      kind: '表内',
      severity: 'error',
      each: { var: 'c', table: 'general', rowPattern: '???', column },
      left: `general/{c}/${column}`,
      op: '=',
      right: `sum(general/{c}??/${column})`,
    },
    {
      id: `G-class-item-${column}`,
      description: `功能分类：类 = Σ项（${col}）`,
      kind: '表内',
      severity: 'error',
      each: { var: 'c', table: 'general', rowPattern: '???', column },
      left: `general/{c}/${column}`,
      op: '=',
      right: `sum(general/{c}????/${column})`,
    },
    {
      id: `G-kuan-item-${column}`,
      description: `功能分类：款 = Σ项（${col}）`,
      kind: '表内',
      severity: 'error',
      each: { var: 'k', table: 'general', rowPattern: '?????', column },
      left: `general/{k}/${column}`,
      op: '=',
      right: `sum(general/{k}??/${column})`,
    },
  ];
}

/** 类 = Σ款, 类 = Σ项 (when no 款 is given), 款 = Σ项 over the 科目 rows of a table's column. */
function hierarchyRules(
  table: TableId,
  column: string,
  prefix: string,
  title: string,
  rowPrefix = '',
): BalanceRule[] {
  const col = COLUMN_NAMES[column] ?? column;
  return [
    {
      id: `${prefix}-class-kuan-${column}`,
      description: `${title}：类 = Σ款（${col}）`,
      kind: '表内',
      severity: 'error',
      optional: true,
      each: { var: 'c', table, rowPattern: `${rowPrefix}???`, column },
      left: `${table}/{c}/${column}`,
      op: '=',
      right: `sum(${table}/{c}??/${column})`,
    },
    {
      id: `${prefix}-kuan-item-${column}`,
      description: `${title}：款 = Σ项（${col}）`,
      kind: '表内',
      severity: 'error',
      optional: true,
      each: { var: 'k', table, rowPattern: `${rowPrefix}?????`, column },
      left: `${table}/{k}/${column}`,
      op: '=',
      right: `sum(${table}/{k}??/${column})`,
    },
  ];
}

/** Rules of the national 部门决算 tables beyond the Sichuan set; each is skipped when its table is absent. */
export const NATIONAL_BALANCE_RULES: readonly BalanceRule[] = [
  // 收入决算表
  {
    id: 'I-row',
    description:
      '收入决算表各行：本年收入合计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入',
    kind: '表内',
    severity: 'error',
    optional: true,
    each: { var: 'r', table: 'income', rowPattern: '*', column: 'total' },
    left: 'income/{r}/total',
    op: '=',
    right: sumOf(
      [
        'fiscal',
        'superiorSubsidy',
        'businessIncome',
        'operatingIncome',
        'subordinateRemittance',
        'otherIncome',
      ].map((c) => `income/{r}/${c}`),
    ),
  },
  ...hierarchyRules('income', 'total', 'I', '收入决算表'),
  ...hierarchyRules('income', 'fiscal', 'I', '收入决算表'),
  {
    id: 'X-income-rows',
    optional: true,
    description: '收入支出决算总表的本年收入合计 = 收入决算表各类本年收入合计之和',
    kind: '表间',
    severity: 'error',
    left: 'summary/income.total/amount',
    op: '=',
    right: 'sum(income/???/total)',
  },
  {
    id: 'X-income-fiscal',
    optional: true,
    description:
      '收入决算表财政拨款收入合计 = 财政拨款收入支出决算总表本年收入（一般公共预算 + 政府性基金 + 国有资本经营）',
    kind: '表间',
    severity: 'error',
    left: 'sum(income/???/fiscal)',
    op: '=',
    right: add('fiscal/incomeGeneral/amount', 'fiscal/incomeFund/amount', 'fiscal/incomeStateCapital/amount'),
  },
  // 支出决算表
  {
    id: 'E-row',
    description:
      '支出决算表各行：本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出',
    kind: '表内',
    severity: 'error',
    optional: true,
    each: { var: 'r', table: 'expenditure', rowPattern: '*', column: 'total' },
    left: 'expenditure/{r}/total',
    op: '=',
    right: sumOf(
      ['basic', 'project', 'remitToSuperior', 'operating', 'subsidyToSubordinates'].map(
        (c) => `expenditure/{r}/${c}`,
      ),
    ),
  },
  ...hierarchyRules('expenditure', 'total', 'E', '支出决算表'),
  ...hierarchyRules('expenditure', 'basic', 'E', '支出决算表'),
  ...hierarchyRules('expenditure', 'project', 'E', '支出决算表'),
  ...(['total', 'basic', 'project'] as const).map((k): BalanceRule => ({
    id: `X-expenditure-rows-${k}`,
    optional: true,
    description: `收入支出决算总表的${k === 'total' ? '本年支出合计' : k === 'basic' ? '基本支出' : '项目支出'} = 支出决算表各类之和`,
    kind: '表间',
    severity: 'error',
    left: `summary/expenditure.${k}/amount`,
    op: '=',
    right: `sum(expenditure/???/${k})`,
  })),
  // 财政拨款收入支出决算总表 by 类
  {
    id: 'F-row',
    description: '财政拨款收入支出决算总表各类：合计 = 一般公共预算 + 政府性基金 + 国有资本经营预算财政拨款',
    kind: '表内',
    severity: 'error',
    optional: true,
    each: { var: 'r', table: 'fiscal', rowPattern: 'fn.*', column: 'total' },
    left: 'fiscal/{r}/total',
    op: '=',
    right: sumOf(['general', 'fund', 'capital'].map((c) => `fiscal/{r}/${c}`)),
  },
  ...(
    [
      ['general', 'expenditureGeneral', '一般公共预算财政拨款支出'],
      ['fund', 'expenditureFund', '政府性基金预算财政拨款支出'],
      ['capital', 'expenditureStateCapital', '国有资本经营预算财政拨款支出'],
    ] as const
  ).map(([col, row, label]): BalanceRule => ({
    id: `F-classes-${col}`,
    optional: true,
    description: `财政拨款收入支出决算总表：${label} = 各类之和`,
    kind: '表内',
    severity: 'error',
    left: `fiscal/${row}/amount`,
    op: '=',
    right: `sum(fiscal/fn.???/${col})`,
  })),
  ...(['carryForwardStart', 'carryForwardEnd'] as const).map((k): BalanceRule => ({
    id: `F-${k}-by`,
    optional: true,
    description: `${k === 'carryForwardStart' ? '年初' : '年末'}财政拨款结转和结余 = 一般公共预算 + 政府性基金 + 国有资本经营`,
    kind: '表内',
    severity: 'error',
    left: `fiscal/${k}/amount`,
    op: '=',
    right: sumOf(['general', 'fund', 'capital'].map((c) => `fiscal/${k}.by/${c}`)),
  })),
  {
    id: 'X-general-class',
    description:
      '财政拨款收入支出决算总表各类的一般公共预算财政拨款 = 一般公共预算财政拨款支出决算表该类决算数',
    kind: '表间',
    severity: 'error',
    each: { var: 'r', table: 'fiscal', rowPattern: 'fn.???', column: 'general' },
    left: 'fiscal/{r}/general',
    op: '=',
    right: 'sum(general/{r.code}/actual)',
  },
  // 一般公共预算财政拨款基本支出决算表: 类 subtotals (301, 302, …) = Σ款
  {
    id: 'B-class',
    description: '基本支出经济分类：类 = Σ款（如 301 = Σ301xx）',
    kind: '表内',
    severity: 'error',
    optional: true,
    each: { var: 'c', table: 'basic', rowPattern: '3??', column: 'amount' },
    left: 'basic/{c}/amount',
    op: '=',
    right: 'sum(basic/{c}??/amount)',
  },
  // 政府性基金 / 国有资本经营
  ...(['fund', 'capital'] as const).flatMap((t): BalanceRule[] => {
    const name = t === 'fund' ? '政府性基金预算财政拨款' : '国有资本经营预算财政拨款';
    return [
      {
        id: `${t === 'fund' ? 'D' : 'K'}-split`,
        optional: true,
        description: `${name}：本年支出 = 基本支出 + 项目支出`,
        kind: '表内',
        severity: 'error',
        left: `${t}/expenditure/amount`,
        op: '=',
        right: sumOf([`${t}/basic/amount`, `${t}/project/amount`]),
      },
      {
        id: `${t === 'fund' ? 'D' : 'K'}-carry`,
        description: `${name}：年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出`,
        kind: '表内',
        severity: 'error',
        left: `${t}/carryForwardEnd/amount`,
        op: '=',
        right: `${t}/carryForwardStart/amount + ${t}/income/amount - ${t}/expenditure/amount`,
      },
      ...(['income', 'expenditure'] as const).map((col): BalanceRule => ({
        id: `${t === 'fund' ? 'D' : 'K'}-classes-${col}`,
        optional: true,
        description: `${name}：${col === 'income' ? '本年收入' : '本年支出'}合计 = 各类之和`,
        kind: '表内',
        severity: 'error',
        left: `${t}/${col}/amount`,
        op: '=',
        right: `sum(${t}/fn.???/${col})`,
      })),
      ...hierarchyRules(t, 'expenditure', t === 'fund' ? 'D' : 'K', name, 'fn.'),
    ];
  }),
  {
    id: 'X-fund-carry',
    optional: true,
    description:
      '财政拨款收入支出决算总表的政府性基金年初结转和结余 = 政府性基金预算财政拨款收入支出决算表的年初结转和结余',
    kind: '表间',
    severity: 'error',
    left: 'fiscal/carryForwardStart.by/fund',
    op: '=',
    right: 'sum(fund/carryForwardStart/amount)',
  },
  {
    id: 'X-capital-income',
    description:
      '财政拨款收入支出决算总表的国有资本经营预算财政拨款收入 = 国有资本经营预算财政拨款收入支出决算表的收入',
    kind: '表间',
    severity: 'error',
    left: 'fiscal/incomeStateCapital/amount',
    op: '=',
    right: 'capital/income/amount',
  },
  // 政府采购: 其中预留
  {
    id: 'P-sme-reserved',
    description: '其中预留给中小企业的合同金额不超过授予中小企业合同金额',
    kind: '表内',
    severity: 'error',
    left: 'procurement/smeReserved/amount',
    op: '<=',
    right: 'procurement/smeContracts/amount',
  },
  {
    id: 'P-reserved-small-micro',
    description: '面向小微企业预留项目预算金额不超过面向中小企业预留项目预算金额',
    kind: '表内',
    severity: 'error',
    left: 'procurement/reservedBudgetSmallMicro/amount',
    op: '<=',
    right: 'procurement/reservedBudgetSme/amount',
  },
  // 机关运行经费
  {
    id: 'X-office-operation',
    description: '机关运行经费不超过一般公共预算财政拨款基本支出的公用经费',
    kind: '表间',
    severity: 'warning',
    left: 'officeOperation/officeOperation/amount',
    op: '<=',
    right: 'basic/publicUse/amount',
  },
  // 预算绩效管理
  {
    id: 'M-grades',
    description: '绩效自评项目个数 = 评级为优、良、合格、不合格的项目个数之和',
    kind: '表内',
    severity: 'error',
    left: 'performance/selfEvaluatedProjects/count',
    op: '=',
    right: sumOf(['performance/grades.*/count']),
  },
  {
    id: 'M-problems',
    description: '绩效自评发现问题个数 = 已完成整改 + 正在整改',
    kind: '表内',
    severity: 'error',
    left: 'performance/problemsFound/count',
    op: '=',
    right: add('performance/problemsFixed/count', 'performance/problemsFixing/count'),
  },
];

/** The built-in rule set of the national 决算 tables (the subset that seeds 000 and 001 exercise). */
export const DEFAULT_BALANCE_RULES: readonly BalanceRule[] = [
  {
    id: 'S-income-total',
    description: '本年收入合计 = 各项收入之和',
    kind: '表内',
    severity: 'error',
    left: 'summary/income.total/amount',
    op: '=',
    right: `${add(...INCOME_SOURCES.map((k) => `summary/income.${k}/amount`))} + sum(summary/income.stateCapitalAppropriation/amount)`,
  },
  {
    id: 'S-expenditure-total',
    description: '本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出',
    kind: '表内',
    severity: 'error',
    left: 'summary/expenditure.total/amount',
    op: '=',
    right: add(...EXPENDITURE_KINDS.map((k) => `summary/expenditure.${k}/amount`)),
  },
  {
    id: 'S-grand-income',
    description: '收入总计 = 本年收入合计 + 用事业基金弥补收支差额 + 年初结转和结余',
    kind: '表内',
    severity: 'error',
    left: 'summary/grandTotalIncome/amount',
    op: '=',
    right: add(
      'summary/income.total/amount',
      'summary/reserveUsed/amount',
      'summary/carryForwardStart/amount',
    ),
  },
  {
    id: 'S-grand-expenditure',
    description: '支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余',
    kind: '表内',
    severity: 'error',
    left: 'summary/grandTotalExpenditure/amount',
    op: '=',
    right: add(
      'summary/expenditure.total/amount',
      'summary/surplusDistribution/amount',
      'summary/carryForwardEnd/amount',
    ),
  },
  {
    id: 'S-balance',
    description: '收支平衡：收入总计 = 支出总计',
    kind: '表内',
    severity: 'error',
    left: 'summary/grandTotalIncome/amount',
    op: '=',
    right: 'summary/grandTotalExpenditure/amount',
  },
  {
    id: 'F-grand-income',
    description:
      '财政拨款收入总计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算财政拨款收入 + 年初财政拨款结转和结余',
    kind: '表内',
    severity: 'error',
    left: 'fiscal/grandTotalIncome/amount',
    op: '=',
    right: add(
      'fiscal/incomeGeneral/amount',
      'fiscal/incomeFund/amount',
      'fiscal/incomeStateCapital/amount',
      'fiscal/carryForwardStart/amount',
    ),
  },
  {
    id: 'F-grand-expenditure',
    description:
      '财政拨款支出总计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算财政拨款支出 + 年末财政拨款结转和结余',
    kind: '表内',
    severity: 'error',
    left: 'fiscal/grandTotalExpenditure/amount',
    op: '=',
    right: add(
      'fiscal/expenditureGeneral/amount',
      'fiscal/expenditureFund/amount',
      'fiscal/expenditureStateCapital/amount',
      'fiscal/carryForwardEnd/amount',
    ),
  },
  {
    id: 'F-balance',
    description: '财政拨款收支平衡：收入总计 = 支出总计',
    kind: '表内',
    severity: 'error',
    left: 'fiscal/grandTotalIncome/amount',
    op: '=',
    right: 'fiscal/grandTotalExpenditure/amount',
  },
  ...functionRules('actual'),
  ...functionRules('budget'),
  {
    id: 'G-row-basic-project',
    description: '功能分类各行：决算数 = 基本支出 + 项目支出',
    kind: '表内',
    severity: 'error',
    each: { var: 'r', table: 'general', rowPattern: '*', column: 'basic' },
    left: 'general/{r}/actual',
    op: '=',
    right: add('general/{r}/basic', 'general/{r}/project'),
  },
  {
    id: 'B-total',
    description: '基本支出合计 = 人员经费 + 公用经费',
    kind: '表内',
    severity: 'error',
    left: 'basic/total/amount',
    op: '=',
    right: add('basic/personnel/amount', 'basic/publicUse/amount'),
  },
  {
    id: 'B-personnel',
    optional: true,
    description: '人员经费 = 工资福利支出（301）+ 对个人和家庭的补助（303）各款之和',
    kind: '表内',
    severity: 'error',
    left: 'basic/personnel/amount',
    op: '=',
    right: sumOf(['basic/301??/amount', 'basic/303??/amount']),
  },
  {
    id: 'B-public',
    optional: true,
    description: '公用经费 = 商品和服务支出（302）+ 资本性支出（310）各款之和',
    kind: '表内',
    severity: 'error',
    left: 'basic/publicUse/amount',
    op: '=',
    right: sumOf(['basic/302??/amount', 'basic/310??/amount']),
  },
  ...threePublicRules('actual'),
  ...threePublicRules('budget'),
  {
    id: 'P-total',
    description: '政府采购支出总额 = 货物 + 工程 + 服务',
    kind: '表内',
    severity: 'error',
    left: 'procurement/total/amount',
    op: '=',
    right: add('procurement/goods/amount', 'procurement/works/amount', 'procurement/services/amount'),
  },
  {
    id: 'P-sme',
    description: '授予中小企业合同金额不超过政府采购支出总额',
    kind: '表内',
    severity: 'error',
    left: 'procurement/smeContracts/amount',
    op: '<=',
    right: 'procurement/total/amount',
  },
  {
    id: 'P-small-micro',
    description: '授予小微企业合同金额不超过授予中小企业合同金额',
    kind: '表内',
    severity: 'error',
    left: 'procurement/smallMicroContracts/amount',
    op: '<=',
    right: 'procurement/smeContracts/amount',
  },
  {
    id: 'A-vehicles',
    description: '车辆合计 = 各用途车辆之和',
    kind: '表内',
    severity: 'error',
    left: 'assets/vehicles.total/count',
    op: '=',
    right: add(...VEHICLE_USES.map((u) => `sum(assets/vehicles.${u}/count)`)),
  },

  {
    id: 'X-general-income',
    description:
      '收入支出决算总表的一般公共预算财政拨款收入 = 财政拨款收入支出决算总表的一般公共预算财政拨款收入',
    kind: '表间',
    severity: 'error',
    left: 'summary/income.generalBudgetAppropriation/amount',
    op: '=',
    right: 'fiscal/incomeGeneral/amount',
  },
  {
    id: 'X-fund-income',
    description:
      '收入支出决算总表的政府性基金预算财政拨款收入 = 财政拨款收入支出决算总表的政府性基金预算财政拨款收入',
    kind: '表间',
    severity: 'error',
    left: 'summary/income.governmentFundAppropriation/amount',
    op: '=',
    right: 'fiscal/incomeFund/amount',
  },
  {
    id: 'X-general-expenditure',
    description:
      '财政拨款收入支出决算总表的一般公共预算财政拨款支出 = 一般公共预算财政拨款支出决算表各类之和',
    kind: '表间',
    severity: 'error',
    left: 'fiscal/expenditureGeneral/amount',
    op: '=',
    right: 'sum(general/???/actual)',
  },
  {
    id: 'X-basic',
    optional: true,
    description: '一般公共预算财政拨款基本支出决算表合计 = 一般公共预算财政拨款支出决算表基本支出各类之和',
    kind: '表间',
    severity: 'error',
    left: 'basic/total/amount',
    op: '=',
    right: 'sum(general/???/basic)',
  },
  {
    id: 'X-basic-within',
    description: '一般公共预算财政拨款基本支出不超过本年基本支出',
    kind: '表间',
    severity: 'error',
    left: 'basic/total/amount',
    op: '<=',
    right: 'summary/expenditure.basic/amount',
  },
  {
    id: 'X-fund-expenditure',
    description:
      '财政拨款收入支出决算总表的政府性基金预算财政拨款支出 = 政府性基金预算财政拨款收入支出决算表的支出',
    kind: '表间',
    severity: 'error',
    left: 'fiscal/expenditureFund/amount',
    op: '=',
    right: 'fund/expenditure/amount',
  },
  {
    id: 'X-fund-income-table',
    description:
      '财政拨款收入支出决算总表的政府性基金预算财政拨款收入 = 政府性基金预算财政拨款收入支出决算表的收入',
    kind: '表间',
    severity: 'error',
    left: 'fiscal/incomeFund/amount',
    op: '=',
    right: 'fund/income/amount',
  },
  {
    id: 'X-capital-expenditure',
    description:
      '财政拨款收入支出决算总表的国有资本经营预算财政拨款支出 = 国有资本经营预算财政拨款支出决算表的支出',
    kind: '表间',
    severity: 'error',
    left: 'fiscal/expenditureStateCapital/amount',
    op: '=',
    right: 'capital/expenditure/amount',
  },
  {
    id: 'X-three-public-within',
    description: '“三公”经费财政拨款支出不超过一般公共预算财政拨款支出',
    kind: '表间',
    severity: 'error',
    left: 'threePublic/total/actual',
    op: '<=',
    right: 'fiscal/expenditureGeneral/amount',
  },
  {
    id: 'X-vehicles',
    description: '“三公”经费表的公务用车保有量 = 国有资产占用情况表的车辆合计',
    kind: '表间',
    severity: 'warning',
    left: 'assets/vehicles.total/count',
    op: '=',
    right: sumOf(['threePublic/vehiclesOwned.*/count']),
  },
];

interface Term {
  sign: 1 | -1;
  ref: string;
  isSum: boolean;
}

function parse(expression: string): Term[] {
  const tokens = expression.trim().split(/\s+([+-])\s+/);
  const terms: Term[] = [];
  let sign: 1 | -1 = 1;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (i % 2 === 1) {
      sign = tok === '-' ? -1 : 1;
      continue;
    }
    const m = /^sum\((.+)\)$/.exec(tok);
    terms.push({ sign, ref: m ? m[1]! : tok, isSum: !!m });
  }
  return terms;
}

function patternRegex(pattern: string): RegExp {
  const esc = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\?/g, '.')
    .replace(/\*/g, '.*');
  return new RegExp(`^${esc}$`);
}

function match(cells: CellMap, ref: string): Cell[] {
  const [table, row, column] = ref.split('/');
  const re = patternRegex(row ?? '');
  return [...cells.values()].filter((c) => c.table === table && c.column === column && re.test(c.row));
}

interface Resolved {
  /** Contributing cells with their sign; null when a plain cell is missing (rule not applicable). */
  parts: { cell: Cell; sign: 1 | -1 }[];
  emptySums: number;
  sums: number;
}

function resolve(cells: CellMap, expression: string): Resolved | null {
  const out: Resolved = { parts: [], emptySums: 0, sums: 0 };
  for (const t of parse(expression)) {
    if (t.isSum) {
      out.sums++;
      const found = match(cells, t.ref);
      if (!found.length) out.emptySums++;
      for (const cell of found) out.parts.push({ cell, sign: t.sign });
    } else {
      const cell = cells.get(t.ref);
      if (!cell) return null;
      out.parts.push({ cell, sign: t.sign });
    }
  }
  return out;
}

/** "{x}" → the bound row; "{x.code}" → the row without its "fn." prefix (a 科目 code). */
function bind(text: string, variable: string | undefined, value: string | undefined): string {
  if (!variable || value === undefined) return text;
  return text.split(`{${variable}.code}`).join(value.replace(/^fn\./, '')).split(`{${variable}}`).join(value);
}

/** Evaluate rules over cells; returns every violation (empty when the tables balance). */
export function evaluateRules(
  rules: readonly BalanceRule[],
  cells: CellMap,
  mode: CheckMode = 'stored',
): Violation[] {
  const violations: Violation[] = [];
  for (const rule of rules) {
    const bindings: (string | undefined)[] = rule.each
      ? [...cells.values()]
          .filter(
            (c) =>
              c.table === rule.each!.table &&
              c.column === rule.each!.column &&
              patternRegex(rule.each!.rowPattern).test(c.row),
          )
          .map((c) => c.row)
      : [undefined];
    for (const value of bindings) {
      const v = checkOne(rule, cells, mode, rule.each?.var, value);
      if (v) violations.push(v);
    }
  }
  return violations;
}

function display(cell: Cell, mode: CheckMode): Dec {
  if (cell.unit === 'count' || mode === 'stored') return cell.value;
  if (mode === 'entered') return fromYuan(cell.value, '万元');
  return roundHalfUp(fromYuan(cell.value, '万元'), 2);
}

/**
 * The 审核公式 of one document: every default and national rule, exact in 元 — or rounding-aware when
 * the figures were entered as printed in 万元 (a difference within rounding is a note).
 */
export function checkFinalAccounts(
  fa: FinalAccounts,
  rules: readonly BalanceRule[] = ALL_BALANCE_RULES,
): Violation[] {
  return evaluateRules(rules, cellsOf(fa), fa.amountUnit === '万元' ? 'entered' : 'stored');
}

function checkOne(
  rule: BalanceRule,
  cells: CellMap,
  mode: CheckMode,
  variable?: string,
  value?: string,
): Violation | null {
  const left = resolve(cells, bind(rule.left, variable, value));
  const right = resolve(cells, bind(rule.right, variable, value));
  if (!left || !right || !left.parts.length) return null;
  const sums = left.sums + right.sums;
  if (rule.optional && sums > 0 && left.emptySums + right.emptySums === sums) return null;
  const anchor = left.parts[0]!.cell;
  const isCount = anchor.unit === 'count';
  const total = (r: Resolved) =>
    r.parts.reduce((acc, p) => acc.plus(display(p.cell, mode).times(p.sign)), dec(0));
  const l = total(left);
  const r = total(right);
  let ok: boolean;
  let severity: Violation['severity'] = rule.severity;
  if (rule.op === '=' && mode === 'entered' && !isCount) {
    ok = l.eq(r);
    if (!ok) {
      const parts = [
        ...right.parts.map((p) => display(p.cell, mode).times(p.sign)),
        ...left.parts.slice(1).map((p) => display(p.cell, mode).times(-p.sign)),
      ];
      if (sumWithinRounding(parts, display(anchor, mode), 2).withinRounding) severity = 'note';
    }
  } else if (rule.op === '=') {
    if (mode === 'printed' && !isCount) {
      const parts = [
        ...right.parts.map((p) => display(p.cell, mode).times(p.sign)),
        ...left.parts.slice(1).map((p) => display(p.cell, mode).times(-p.sign)),
      ];
      ok = sumWithinRounding(parts, display(anchor, mode), 2).withinRounding;
    } else ok = l.eq(r);
  } else ok = rule.op === '<=' ? l.lte(r) : l.gte(r);
  if (ok) return null;

  const unit: Violation['unit'] = isCount ? '' : mode === 'stored' ? '元' : '万元';
  const fmt = (d: Dec) => (isCount ? d.toString() : fixed(d, 2));
  // The arithmetic is read by people: amounts with thousands separators ("2,337,190.00").
  const shownAmount = (d: Dec) => (isCount ? d.toString() : grouped(d, 2));
  const describe = (res: Resolved) => {
    const shown = res.parts.filter((p) => !p.cell.value.isZero());
    if (!shown.length) return '0';
    return shown
      .map(
        (p, i) =>
          `${i === 0 ? (p.sign < 0 ? '−' : '') : p.sign < 0 ? ' − ' : ' + '}${p.cell.rowLabel} ${shownAmount(display(p.cell, mode))}`,
      )
      .join('');
  };
  const opText = { '=': '≠', '<=': '>', '>=': '<' }[rule.op];
  const arithmetic = `${describe(left)} ${opText} ${describe(right)}${right.parts.filter((p) => !p.cell.value.isZero()).length > 1 ? ` = ${shownAmount(r)}` : ''}（差 ${shownAmount(l.minus(r))}${unit}）`;
  return {
    ruleId: rule.id,
    description: rule.description,
    kind: rule.kind,
    severity,
    location: {
      table: anchor.table,
      tableName: TABLE_NAMES[anchor.table],
      row: anchor.row,
      rowLabel: anchor.rowLabel,
      column: anchor.column,
      columnLabel: COLUMN_NAMES[anchor.column] ?? anchor.column,
    },
    left: fmt(l),
    right: fmt(r),
    difference: fmt(l.minus(r)),
    unit,
    arithmetic,
  };
}

/** The rule set a document is checked with: the Sichuan set and the national tables' rules. */
export const ALL_BALANCE_RULES: readonly BalanceRule[] = [
  ...DEFAULT_BALANCE_RULES,
  ...NATIONAL_BALANCE_RULES,
];
