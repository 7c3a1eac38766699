/**
 * The final-accounts (决算) data of one budget unit or department for one year, plus the summary of the
 * year before that the explanation compares with. Amounts are 元 as exact decimal strings (never JSON
 * numbers); counts are integers. The zod schemas are the exchange and storage contract; the TypeScript
 * types are inferred from them so the two cannot drift.
 */
import { z } from 'zod';

export const yuan = z
  .string()
  .regex(/^-?\d+(\.\d{1,2})?$/, {
    message: '金额应为以元为单位的十进制字符串，最多两位小数，如 "1177880.00"',
  })
  .describe('An amount in 元 as a decimal string (at most 2 decimals).');
const count = z.number().int().min(0);
const text = z.string();

/** 收入 by source, in the order of the national table (收入决算表). */
export const INCOME_SOURCES = [
  'generalBudgetAppropriation',
  'governmentFundAppropriation',
  'superiorSubsidy',
  'businessIncome',
  'operatingIncome',
  'subordinateRemittance',
  'otherIncome',
] as const;
export type IncomeSource = (typeof INCOME_SOURCES)[number];
export const INCOME_LABEL: Record<IncomeSource, string> = {
  generalBudgetAppropriation: '一般公共预算财政拨款收入',
  governmentFundAppropriation: '政府性基金预算财政拨款收入',
  superiorSubsidy: '上级补助收入',
  businessIncome: '事业收入',
  operatingIncome: '经营收入',
  subordinateRemittance: '附属单位上缴收入',
  otherIncome: '其他收入',
};

/** 支出 by kind, in the order of the national table (支出决算表). */
export const EXPENDITURE_KINDS = [
  'basic',
  'project',
  'remitToSuperior',
  'operating',
  'subsidyToSubordinates',
] as const;
export type ExpenditureKind = (typeof EXPENDITURE_KINDS)[number];
export const EXPENDITURE_LABEL: Record<ExpenditureKind, string> = {
  basic: '基本支出',
  project: '项目支出',
  remitToSuperior: '上缴上级支出',
  operating: '经营支出',
  subsidyToSubordinates: '对附属单位补助支出',
};

const incomeSchema = z.strictObject({
  generalBudgetAppropriation: yuan,
  governmentFundAppropriation: yuan,
  superiorSubsidy: yuan,
  businessIncome: yuan,
  operatingIncome: yuan,
  subordinateRemittance: yuan,
  otherIncome: yuan,
  /** 本年收入合计 as entered in the table (checked against the sources, never silently recomputed). */
  total: yuan,
});
const expenditureSchema = z.strictObject({
  basic: yuan,
  project: yuan,
  remitToSuperior: yuan,
  operating: yuan,
  subsidyToSubordinates: yuan,
  /** 本年支出合计 as entered. */
  total: yuan,
});

/** 收入支出决算总表: the balance 收入总计 = 支出总计. */
const summarySchema = z.strictObject({
  income: incomeSchema,
  expenditure: expenditureSchema,
  /** 用事业基金弥补收支差额 */
  reserveUsed: yuan,
  /** 年初结转和结余 */
  carryForwardStart: yuan,
  /** 结余分配 */
  surplusDistribution: yuan,
  /** 年末结转和结余 */
  carryForwardEnd: yuan,
  /** 收入总计 (= 收、支总计 of the explanation) */
  grandTotalIncome: yuan,
  /** 支出总计 */
  grandTotalExpenditure: yuan,
});

/** 财政拨款收入支出决算总表. */
const fiscalSchema = z.strictObject({
  incomeGeneral: yuan,
  incomeFund: yuan,
  incomeStateCapital: yuan,
  carryForwardStart: yuan,
  grandTotalIncome: yuan,
  expenditureGeneral: yuan,
  expenditureFund: yuan,
  expenditureStateCapital: yuan,
  carryForwardEnd: yuan,
  grandTotalExpenditure: yuan,
});

/**
 * One row of 一般公共预算财政拨款支出决算表 at any level: code of 3 digits (类), 5 (款) or 7 (项).
 * 类 and 款 rows are stored as entered so that 类 = Σ款 = Σ项 can be checked.
 */
export const functionRowSchema = z.strictObject({
  code: z.string().regex(/^\d{3}(\d{2}(\d{2})?)?$/, { message: '功能分类科目编码应为3、5或7位数字' }),
  /** 预算数 (调整预算数) */
  budget: yuan,
  /** 决算数 */
  actual: yuan,
  /** 决算数 of which 基本支出 / 项目支出 (optional: not every source states the split). */
  basic: yuan.optional(),
  project: yuan.optional(),
  /** Why 决算数 differs from 预算数 (written by a person; required when they differ). */
  reason: text.optional(),
});
export type FunctionRow = z.infer<typeof functionRowSchema>;

/** 一般公共预算财政拨款基本支出决算表: 人员经费 / 公用经费 and their 经济分类 items. */
const basicByEconomicSchema = z.strictObject({
  personnel: yuan,
  publicUse: yuan,
  total: yuan,
  /** Items by 经济分类 code (301xx, 303xx → 人员经费; 302xx, 310xx → 公用经费). Optional. */
  items: z.array(z.strictObject({ code: z.string().regex(/^\d{5}$/), amount: yuan })).default([]),
});

const threePublicAmounts = z.strictObject({
  abroad: yuan,
  vehiclePurchase: yuan,
  vehicleOperation: yuan,
  receptionDomestic: yuan,
  receptionForeign: yuan,
  /** Stored group totals, checked against the parts. */
  vehicle: yuan,
  reception: yuan,
  total: yuan,
});
export type ThreePublicAmounts = z.infer<typeof threePublicAmounts>;

const vehicleTypes = z.strictObject({ sedan: count, suv: count, bus: count });
const threePublicSchema = z.strictObject({
  budget: threePublicAmounts,
  actual: threePublicAmounts,
  abroadGroups: count,
  abroadPersons: count,
  vehiclesPurchased: vehicleTypes,
  vehiclesPurchasedAmount: z.strictObject({ sedan: yuan, suv: yuan, bus: yuan }),
  vehiclesOwned: vehicleTypes,
  receptionDomesticBatches: count,
  receptionDomesticPersons: count,
  receptionForeignBatches: count,
  receptionForeignPersons: count,
});

const fundSchema = z.strictObject({ income: yuan, expenditure: yuan });

const procurementSchema = z.strictObject({
  goods: yuan,
  works: yuan,
  services: yuan,
  total: yuan,
  /** 授予中小企业合同金额 */
  smeContracts: yuan,
  /** of which 授予小微企业合同金额 */
  smallMicroContracts: yuan,
});

export const VEHICLE_USES = [
  'leaders',
  'confidential',
  'emergency',
  'lawEnforcement',
  'specialTechnical',
  'retiredCadres',
  'other',
] as const;
export type VehicleUse = (typeof VEHICLE_USES)[number];
export const VEHICLE_USE_LABEL: Record<VehicleUse, string> = {
  leaders: '主要领导干部用车',
  confidential: '机要通信用车',
  emergency: '应急保障用车',
  lawEnforcement: '执法执勤用车',
  specialTechnical: '特种专业技术用车',
  retiredCadres: '离退休干部用车',
  other: '其他用车',
};
const assetsSchema = z.strictObject({
  vehicles: z.strictObject({
    leaders: count,
    confidential: count,
    emergency: count,
    lawEnforcement: count,
    specialTechnical: count,
    retiredCadres: count,
    other: count,
    total: count,
  }),
  /** 单价50万元以上通用设备 台（套） */
  generalEquipmentOver500k: count,
  /** 单价100万元以上专用设备 台（套） */
  specialEquipmentOver1m: count,
});

/** A project whose 绩效目标完成情况 the explanation summarises (section 10(四)). */
export const projectSchema = z.strictObject({
  name: text,
  budget: yuan,
  actual: yuan,
  /** 通过项目实施，… — what the project achieved. */
  summary: text.default(''),
  problems: text.default(''),
  measures: text.default(''),
});

export const yearFiguresSchema = z.strictObject({
  summary: summarySchema,
  fiscal: fiscalSchema,
  generalByFunction: z.array(functionRowSchema),
  basicByEconomic: basicByEconomicSchema,
  threePublic: threePublicSchema,
  governmentFund: fundSchema,
  stateCapital: fundSchema,
  /** 机关运行经费 (only 行政单位 and 参公事业单位 have it). */
  officeOperation: yuan,
  procurement: procurementSchema,
  assets: assetsSchema,
  projects: z.array(projectSchema).default([]),
});
export type YearFigures = z.infer<typeof yearFiguresSchema>;

/**
 * What the explanation compares with last year. Stored as published last year (a department's prior
 * figures are its own consolidated ones); summarizePriorYear() derives it from full figures when held.
 */
export const priorYearSchema = z.strictObject({
  grandTotal: yuan,
  fiscalGrandTotal: yuan,
  generalExpenditure: yuan,
  threePublic: z.strictObject({ abroad: yuan, vehicle: yuan, reception: yuan, total: yuan }),
  officeOperation: yuan,
});
export type PriorYear = z.infer<typeof priorYearSchema>;

/** The text a person writes; every reason is inserted verbatim after "主要…原因是". */
export const accountsTextsSchema = z.strictObject({
  functions: text.default(''),
  keyWork: text.default(''),
  institutions: text.default(''),
  /** 收、支总计 change */
  totalChangeReason: text.default(''),
  /** 财政拨款收、支总计 change */
  fiscalChangeReason: text.default(''),
  /** 一般公共预算财政拨款支出 change */
  generalChangeReason: text.default(''),
  threePublicGapReason: text.default(''),
  abroadChangeReason: text.default(''),
  vehicleChangeReason: text.default(''),
  receptionChangeReason: text.default(''),
  vehicleOperationPurpose: text.default(''),
  receptionDomesticPurpose: text.default(''),
  receptionDomesticDetail: text.default(''),
  officeOperationChangeReason: text.default(''),
  procurementPurpose: text.default(''),
  otherVehiclesPurpose: text.default(''),
});
export type AccountsTexts = z.infer<typeof accountsTextsSchema>;

export const UNIT_KINDS = ['行政单位', '参照公务员法管理的事业单位', '事业单位'] as const;

export const finalAccountsSchema = z.strictObject({
  unit: z.strictObject({
    name: text.min(1),
    /** How the document refers to itself in section 10 ("信息中心"); empty for no subject. */
    shortName: text.default(''),
    kind: z.enum(UNIT_KINDS),
  }),
  /** 'unit' = 单位决算, 'department' = 部门决算 (consolidated). */
  scope: z.enum(['unit', 'department']),
  year: z.number().int().min(2000).max(2100),
  /** The edition of 政府收支分类科目 the codes refer to (defaults to the year). */
  catalogYear: z.number().int().optional(),
  current: yearFiguresSchema,
  previous: priorYearSchema,
  texts: accountsTextsSchema,
});
export type FinalAccounts = z.infer<typeof finalAccountsSchema>;
/** Input shape (defaults not yet applied). */
export type FinalAccountsInput = z.input<typeof finalAccountsSchema>;

/** Parse unknown JSON into FinalAccounts, or a list of problems naming their JSON path. */
export function readFinalAccounts(
  json: unknown,
): { ok: true; value: FinalAccounts } | { ok: false; problems: { path: string; message: string }[] } {
  const parsed = finalAccountsSchema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
  };
}
