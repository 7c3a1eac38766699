/**
 * 部门决算 = Σ its units' 决算, with the transfers between members eliminated: 对附属单位补助 (the parent's
 * 对附属单位补助支出 is the child's 上级补助收入) and 上缴上级 (the child's 上缴上级支出 is the parent's
 * 附属单位上缴收入). Each elimination lowers both sides and the totals they are part of; counts, 三公,
 * 科目 rows, 政府采购 and 资产 add up. Last year's comparison figures are the department's own published
 * ones (membership and eliminations of last year are not re-derived), so the caller passes them.
 */
import { dec, sum } from '../money/index.ts';
import {
  EXPENDITURE_KINDS,
  INCOME_SOURCES,
  VEHICLE_USES,
  finalAccountsSchema,
  type AccountsTexts,
  type FinalAccounts,
  type PriorYear,
  type YearFigures,
} from './model.ts';

export interface InternalTransfer {
  kind: 'subsidy' | 'remittance';
  /** Member paying (subsidy: the parent; remittance: the child). */
  from: string;
  /** Member receiving. */
  to: string;
  /** 元 */
  amount: string;
}

export interface ConsolidationInput {
  unit: FinalAccounts['unit'];
  year: number;
  members: readonly FinalAccounts[];
  transfers: readonly InternalTransfer[];
  previous: PriorYear;
  texts: Partial<AccountsTexts>;
}

export class ConsolidationError extends Error {}

const add = (values: readonly string[]): string => sum(values).toFixed(2);

function addRecord<K extends string>(
  keys: readonly K[],
  records: readonly Record<K, string>[],
): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const k of keys) out[k] = add(records.map((r) => r[k]));
  return out;
}
function addCounts<K extends string>(
  keys: readonly K[],
  records: readonly Partial<Record<K, number>>[],
): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = records.reduce<number>((a, r) => a + (r[k] ?? 0), 0);
  return out;
}
/** Counts some members may not give: the sum of those given, absent when no member gives it. */
function addOptionalCounts<K extends string>(
  keys: readonly K[],
  records: readonly Partial<Record<K, number>>[],
): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const k of keys)
    if (records.some((r) => r[k] !== undefined))
      out[k] = records.reduce<number>((a, r) => a + (r[k] ?? 0), 0);
  return out;
}

export function consolidate(input: ConsolidationInput): FinalAccounts {
  const { members } = input;
  if (!members.length) throw new ConsolidationError('部门决算至少需要一个单位');
  const names = new Set(members.map((m) => m.unit.name));
  for (const m of members) {
    if (m.year !== input.year)
      throw new ConsolidationError(`${m.unit.name}的决算年度为${m.year}年，不是${input.year}年`);
  }
  const ys: YearFigures[] = members.map((m) => m.current);
  const S = ys.map((y) => y.summary);

  const income = {
    ...addRecord(
      [...INCOME_SOURCES, 'total'] as const,
      S.map((s) => s.income),
    ),
  };
  const expenditure = {
    ...addRecord(
      [...EXPENDITURE_KINDS, 'total'] as const,
      S.map((s) => s.expenditure),
    ),
  };
  const summaryRest = addRecord(
    [
      'reserveUsed',
      'carryForwardStart',
      'surplusDistribution',
      'carryForwardEnd',
      'grandTotalIncome',
      'grandTotalExpenditure',
    ] as const,
    S,
  );

  for (const t of input.transfers) {
    for (const n of [t.from, t.to])
      if (!names.has(n)) throw new ConsolidationError(`内部往来的单位“${n}”不在合并范围内`);
    const a = dec(t.amount);
    const payer = members.find((m) => m.unit.name === t.from)!.current.summary;
    const payee = members.find((m) => m.unit.name === t.to)!.current.summary;
    const [outKind, inSource] =
      t.kind === 'subsidy'
        ? (['subsidyToSubordinates', 'superiorSubsidy'] as const)
        : (['remitToSuperior', 'subordinateRemittance'] as const);
    if (a.gt(dec(payer.expenditure[outKind])) || a.gt(dec(payee.income[inSource]))) {
      throw new ConsolidationError(`内部往来 ${t.from} → ${t.to} ${t.amount}元 超过了双方账面的支出或收入`);
    }
    expenditure[outKind] = dec(expenditure[outKind]).minus(a).toFixed(2);
    expenditure.total = dec(expenditure.total).minus(a).toFixed(2);
    income[inSource] = dec(income[inSource]).minus(a).toFixed(2);
    income.total = dec(income.total).minus(a).toFixed(2);
    summaryRest.grandTotalIncome = dec(summaryRest.grandTotalIncome).minus(a).toFixed(2);
    summaryRest.grandTotalExpenditure = dec(summaryRest.grandTotalExpenditure).minus(a).toFixed(2);
  }

  const rowsByCode = new Map<string, YearFigures['generalByFunction']>();
  for (const y of ys)
    for (const r of y.generalByFunction) rowsByCode.set(r.code, [...(rowsByCode.get(r.code) ?? []), r]);
  const generalByFunction = [...rowsByCode.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, rs]) => {
      const optional = (k: 'basic' | 'project') =>
        rs.every((r) => r[k] !== undefined) ? add(rs.map((r) => r[k]!)) : undefined;
      const reasons = rs.map((r) => r.reason?.trim()).filter((x): x is string => !!x);
      return {
        code,
        budget: add(rs.map((r) => r.budget)),
        actual: add(rs.map((r) => r.actual)),
        ...(optional('basic') !== undefined ? { basic: optional('basic') } : {}),
        ...(optional('project') !== undefined ? { project: optional('project') } : {}),
        ...(reasons.length ? { reason: [...new Set(reasons)].join('；') } : {}),
      };
    });

  const items = new Map<string, string[]>();
  for (const y of ys)
    for (const i of y.basicByEconomic.items) items.set(i.code, [...(items.get(i.code) ?? []), i.amount]);
  const tpKeys = [
    'abroad',
    'vehiclePurchase',
    'vehicleOperation',
    'receptionDomestic',
    'receptionForeign',
    'vehicle',
    'reception',
    'total',
  ] as const;
  const TP = ys.map((y) => y.threePublic);
  const vt = ['sedan', 'suv', 'bus'] as const;

  return finalAccountsSchema.parse({
    unit: input.unit,
    scope: 'department',
    year: input.year,
    current: {
      summary: { income, expenditure, ...summaryRest },
      fiscal: addRecord(
        [
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
        ] as const,
        ys.map((y) => y.fiscal),
      ),
      generalByFunction,
      basicByEconomic: {
        ...addRecord(
          ['personnel', 'publicUse', 'total'] as const,
          ys.map((y) => y.basicByEconomic),
        ),
        items: [...items.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([code, amounts]) => ({ code, amount: add(amounts) })),
      },
      threePublic: {
        budget: addRecord(
          tpKeys,
          TP.map((t) => t.budget),
        ),
        actual: addRecord(
          tpKeys,
          TP.map((t) => t.actual),
        ),
        ...addCounts(
          [
            'abroadGroups',
            'abroadPersons',
            'receptionDomesticBatches',
            'receptionDomesticPersons',
            'receptionForeignBatches',
            'receptionForeignPersons',
          ] as const,
          TP,
        ),
        vehiclesPurchased: addCounts(
          vt,
          TP.map((t) => t.vehiclesPurchased),
        ),
        vehiclesPurchasedAmount: addRecord(
          vt,
          TP.map((t) => t.vehiclesPurchasedAmount),
        ),
        vehiclesOwned: addCounts(
          vt,
          TP.map((t) => t.vehiclesOwned),
        ),
      },
      governmentFund: addRecord(
        ['income', 'expenditure'] as const,
        ys.map((y) => y.governmentFund),
      ),
      stateCapital: addRecord(
        ['income', 'expenditure'] as const,
        ys.map((y) => y.stateCapital),
      ),
      officeOperation: add(ys.map((y) => y.officeOperation)),
      procurement: addRecord(
        ['goods', 'works', 'services', 'total', 'smeContracts', 'smallMicroContracts'] as const,
        ys.map((y) => y.procurement),
      ),
      assets: {
        vehicles: {
          ...addCounts(
            [...VEHICLE_USES.filter((u) => u !== 'ministerial'), 'total'] as const,
            ys.map((y) => y.assets.vehicles),
          ),
          ...addOptionalCounts(
            ['ministerial'] as const,
            ys.map((y) => y.assets.vehicles),
          ),
        },
        ...addOptionalCounts(
          ['generalEquipmentOver500k', 'specialEquipmentOver1m', 'equipmentOver1m'] as const,
          ys.map((y) => y.assets),
        ),
      },
      projects: ys.flatMap((y) => y.projects),
    },
    previous: input.previous,
    texts: input.texts,
  });
}
