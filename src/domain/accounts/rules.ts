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
import { Dec, dec, fixed, fromYuan, roundHalfUp, sumWithinRounding } from '../money/index.ts';
import { COLUMN_NAMES, TABLE_NAMES, type Cell, type CellMap, type TableId } from './cells.ts';
import { EXPENDITURE_KINDS, INCOME_SOURCES, VEHICLE_USES } from './model.ts';

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
  severity: 'error' | 'warning';
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

export type CheckMode = 'stored' | 'printed';

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

/** The built-in rule set of the national 决算 tables (the subset that seeds 000 and 001 exercise). */
export const DEFAULT_BALANCE_RULES: readonly BalanceRule[] = [
  {
    id: 'S-income-total',
    description: '本年收入合计 = 各项收入之和',
    kind: '表内',
    severity: 'error',
    left: 'summary/income.total/amount',
    op: '=',
    right: add(...INCOME_SOURCES.map((k) => `summary/income.${k}/amount`)),
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
    right: add(...VEHICLE_USES.map((u) => `assets/vehicles.${u}/count`)),
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

function bind(text: string, variable: string | undefined, value: string | undefined): string {
  return variable && value !== undefined ? text.split(`{${variable}}`).join(value) : text;
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
  return roundHalfUp(fromYuan(cell.value, '万元'), 2);
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
  if (rule.op === '=') {
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
  const describe = (res: Resolved) => {
    const shown = res.parts.filter((p) => !p.cell.value.isZero());
    if (!shown.length) return '0';
    return shown
      .map(
        (p, i) =>
          `${i === 0 ? (p.sign < 0 ? '−' : '') : p.sign < 0 ? ' − ' : ' + '}${p.cell.rowLabel} ${fmt(display(p.cell, mode))}`,
      )
      .join('');
  };
  const opText = { '=': '≠', '<=': '>', '>=': '<' }[rule.op];
  const arithmetic = `${describe(left)} ${opText} ${describe(right)}${right.parts.filter((p) => !p.cell.value.isZero()).length > 1 ? ` = ${fmt(r)}` : ''}（差 ${fmt(l.minus(r))}${unit}）`;
  return {
    ruleId: rule.id,
    description: rule.description,
    kind: rule.kind,
    severity: rule.severity,
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
