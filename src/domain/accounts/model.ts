/**
 * The final-accounts (决算) data of one budget unit or department for one year, plus the summary of the
 * year before that the explanation compares with. Amounts are 元 as exact decimal strings (never JSON
 * numbers); counts are integers. The zod schemas are the exchange and storage contract; the TypeScript
 * types are inferred from them so the two cannot drift.
 */
import { z } from 'zod';
import { chineseFileError } from '../validation/messages.ts';

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
  /** 国有资本经营预算财政拨款收入 (national table; optional, the Sichuan set has no such line). */
  stateCapitalAppropriation: yuan.optional(),
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
  /** 年初/年末财政拨款结转和结余 by 一般公共预算 / 政府性基金 / 国有资本经营 (optional; national table). */
  carryForwardStartBy: z.strictObject({ general: yuan, fund: yuan, capital: yuan }).optional(),
  carryForwardEndBy: z.strictObject({ general: yuan, fund: yuan, capital: yuan }).optional(),
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
  /** 主要用于… (national template: what the 项 paid for). */
  purpose: text.optional(),
  /** The name the source printed (kept when the catalogue does not hold the code). */
  name: text.optional(),
});
export type FunctionRow = z.infer<typeof functionRowSchema>;

const subjectCode = z
  .string()
  .regex(/^\d{3}(\d{2}(\d{2})?)?$/, { message: '功能分类科目编码应为3、5或7位数字' });

/**
 * One row of 收入决算表 (national 部门决算 table 2) by 功能分类 科目 (类/款/项). `name` keeps the name the
 * source printed (used when the catalogue does not hold the code).
 */
export const incomeRowSchema = z.strictObject({
  code: subjectCode,
  name: text.optional(),
  /** 本年收入合计 */
  total: yuan,
  /** 财政拨款收入 */
  fiscal: yuan.optional(),
  superiorSubsidy: yuan.optional(),
  businessIncome: yuan.optional(),
  operatingIncome: yuan.optional(),
  subordinateRemittance: yuan.optional(),
  otherIncome: yuan.optional(),
});
export type IncomeRow = z.infer<typeof incomeRowSchema>;

/** One row of 支出决算表 (national table 3) by 功能分类 科目. */
export const expenditureRowSchema = z.strictObject({
  code: subjectCode,
  name: text.optional(),
  /** 本年支出合计 */
  total: yuan,
  basic: yuan.optional(),
  project: yuan.optional(),
  remitToSuperior: yuan.optional(),
  operating: yuan.optional(),
  subsidyToSubordinates: yuan.optional(),
});
export type ExpenditureRow = z.infer<typeof expenditureRowSchema>;

/** One 支出 row of 财政拨款收入支出决算总表 (national table 4) by 功能分类 类. */
export const fiscalRowSchema = z.strictObject({
  code: subjectCode,
  name: text.optional(),
  total: yuan,
  general: yuan.optional(),
  fund: yuan.optional(),
  capital: yuan.optional(),
});
export type FiscalRow = z.infer<typeof fiscalRowSchema>;

/** One row of 政府性基金 / 国有资本经营预算财政拨款收入支出决算表 (national tables 8 and 9). */
export const fundRowSchema = z.strictObject({
  code: subjectCode,
  name: text.optional(),
  carryForwardStart: yuan.optional(),
  income: yuan.optional(),
  expenditure: yuan,
  basic: yuan.optional(),
  project: yuan.optional(),
  carryForwardEnd: yuan.optional(),
  /** 主要用于… (项 rows, written by a person). */
  purpose: text.optional(),
  budget: yuan.optional(),
  reason: text.optional(),
});
export type FundRow = z.infer<typeof fundRowSchema>;

/** 一般公共预算财政拨款基本支出决算表: 人员经费 / 公用经费 and their 经济分类 items. */
const basicByEconomicSchema = z.strictObject({
  personnel: yuan,
  publicUse: yuan,
  total: yuan,
  /** Items by 经济分类 code (301xx, 303xx → 人员经费; 302xx, 310xx → 公用经费). Optional. */
  items: z
    .array(
      z.strictObject({
        /** 款 (5 digits) or a 类 subtotal (3 digits: 301, 302, 303, 307, 310, …). */
        code: z.string().regex(/^\d{3}(\d{2})?$/, { message: '经济分类科目编码应为3或5位数字' }),
        amount: yuan,
        name: text.optional(),
      }),
    )
    .default([]),
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

const fundSchema = z.strictObject({
  income: yuan,
  expenditure: yuan,
  /** National tables 8/9: 年初结转和结余, 本年支出 基本/项目, 年末结转和结余, rows by 科目 (all optional). */
  carryForwardStart: yuan.optional(),
  basic: yuan.optional(),
  project: yuan.optional(),
  carryForwardEnd: yuan.optional(),
  rows: z.array(fundRowSchema).optional(),
});

const procurementSchema = z.strictObject({
  goods: yuan,
  works: yuan,
  services: yuan,
  total: yuan,
  /** 授予中小企业合同金额 */
  smeContracts: yuan,
  /** of which 授予小微企业合同金额 */
  smallMicroContracts: yuan,
  /** of 授予中小企业合同金额: 其中预留 (projects reserved for SMEs). Optional. */
  smeReserved: yuan.optional(),
  /** 面向中小企业预留政府采购项目预算金额 / 面向小微企业预留 (Shanghai wording). Optional. */
  reservedBudgetSme: yuan.optional(),
  reservedBudgetSmallMicro: yuan.optional(),
});

export const VEHICLE_USES = [
  'ministerial',
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
  ministerial: '部级领导干部用车',
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
    /** 部级领导干部用车 (optional: only ministries have it). */
    ministerial: count.optional(),
    leaders: count,
    confidential: count,
    emergency: count,
    lawEnforcement: count,
    specialTechnical: count,
    retiredCadres: count,
    other: count,
    total: count,
  }),
  /** 单价50万元以上通用设备 台（套）; absent = not given (never stated as 0). */
  generalEquipmentOver500k: count.optional(),
  /** 单价100万元以上专用设备 台（套）; absent = not given. */
  specialEquipmentOver1m: count.optional(),
  /** 单价100万元（含）以上设备（不含车辆） 台（套）, general and special combined (Shanghai). */
  equipmentOver1m: count.optional(),
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
  /** 自评得分 and 评级 (optional). */
  score: z
    .string()
    .regex(/^\d{1,3}(\.\d{1,2})?$/)
    .optional(),
  grade: z.enum(['优', '良', '合格', '不合格']).optional(),
  /** 修改原因 of a 预算数 / 执行数 changed away from what the goals give (src/domain/accounts/projects-from-goals.ts). */
  overrideReasons: z.strictObject({ budget: text.optional(), actual: text.optional() }).optional(),
});

/** 预算绩效管理情况 as Shanghai publishes it: counts and amounts of the whole-process management. */
export const performanceSchema = z.strictObject({
  /** 预算绩效管理制度 names, and the 工作机制 sentence (written by a person). */
  systems: text.optional(),
  mechanism: text.optional(),
  targetProjects: count.optional(),
  targetAmount: yuan.optional(),
  monitoredProjects: count.optional(),
  monitoredAmount: yuan.optional(),
  selfEvaluatedProjects: count.optional(),
  selfEvaluatedAmount: yuan.optional(),
  averageScore: z
    .string()
    .regex(/^\d{1,3}(\.\d{1,2})?$/, { message: '平均得分应为数字' })
    .optional(),
  grades: z.strictObject({ excellent: count, good: count, pass: count, fail: count }).optional(),
  problemsFound: count.optional(),
  problemsFixed: count.optional(),
  problemsFixing: count.optional(),
});
export type Performance = z.infer<typeof performanceSchema>;

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
  /** National 部门决算 tables 2–4 by 科目 (optional; seeds of the Sichuan set do not have them). */
  incomeByFunction: z.array(incomeRowSchema).optional(),
  expenditureByFunction: z.array(expenditureRowSchema).optional(),
  fiscalByFunction: z.array(fiscalRowSchema).optional(),
  performance: performanceSchema.optional(),
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
  /** National template: why the 一般公共预算 决算数 differs from the 年初预算 as a whole. */
  generalGapReason: text.default(''),
  /** National template: 因公出国（境）费 开支内容, 公务用车购置 主要用途. */
  abroadPurpose: text.default(''),
  vehiclePurchasePurpose: text.default(''),
});
export type AccountsTexts = z.infer<typeof accountsTextsSchema>;

export const UNIT_KINDS = ['行政单位', '参照公务员法管理的事业单位', '事业单位'] as const;

export const finalAccountsSchema = z.strictObject({
  unit: z.strictObject({
    name: text.min(1),
    /** How the document refers to itself in section 10 ("信息中心"); empty for no subject. */
    shortName: text.default(''),
    kind: z.enum(UNIT_KINDS),
    /** 部门决算单位构成: the units a department's accounts include (optional). */
    members: z.array(z.strictObject({ name: text.min(1), note: text.default('') })).optional(),
  }),
  /**
   * The unit the figures were entered in: '元' (exact, the default) or '万元' (typed as printed, 2
   * decimals; the amounts are still stored in 元, and the 审核公式 compare rounding-aware).
   */
  amountUnit: z.enum(['元', '万元']).optional(),
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
  const parsed = finalAccountsSchema.safeParse(json, { error: chineseFileError });
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
  };
}
