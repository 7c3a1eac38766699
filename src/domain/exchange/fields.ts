/**
 * The exchange format with the 预算管理一体化 platform: its tables (sheets) and fields, named as the
 * platform's data standard (预算管理一体化规范) names them — `mof_div_code`, `fiscal_year`, `agency_code`,
 * `pro_code`, `kpi_lv1`…`kpi_lv3`, `kpi_val`, `kpi_evalstd`, `is_last_inst` — with the Chinese caption a
 * clerk sees. A few fields the platform does not have (Jixiao's 改进措施, 指标方向 as text, 评价等次 …) are
 * marked `extension`; the platform ignores them, Jixiao needs them for a round trip that loses nothing.
 * docs/exchange.md lists every field with its Jixiao counterpart.
 */

export type FieldKind = 'text' | 'year' | 'month' | 'int' | 'amount' | 'score' | 'flag';

export type FieldDef = {
  /** The platform's field name (snake_case), the header of the column and the key in JSON. */
  code: string;
  /** 中文含义, the second header row of a sheet. */
  caption: string;
  kind: FieldKind;
  required?: boolean;
  /** Not in the platform's standard: Jixiao's own field, ignored by the platform. */
  extension?: boolean;
};

export type SheetKey =
  'projects' | 'funds' | 'indicators' | 'monitorFunds' | 'monitorIndicators' | 'selfResults';

export type SheetDef = {
  key: SheetKey;
  /** The key of the table in a JSON file (the platform's table it follows). */
  table: string;
  /** The sheet's name in a workbook. */
  name: string;
  fields: readonly FieldDef[];
};

const where: readonly FieldDef[] = [
  { code: 'mof_div_code', caption: '财政区划代码', kind: 'text', required: true },
  { code: 'fiscal_year', caption: '预算年度', kind: 'year', required: true },
  { code: 'agency_code', caption: '单位代码', kind: 'text', required: true },
];
const project: readonly FieldDef[] = [
  { code: 'pro_code', caption: '项目代码', kind: 'text' },
  { code: 'pro_name', caption: '项目名称', kind: 'text', required: true },
];
const perfType: FieldDef = {
  code: 'perf_type_name',
  caption: '绩效类型（项目支出/部门整体支出）',
  kind: 'text',
};

export const SHEETS: readonly SheetDef[] = [
  {
    key: 'projects',
    table: 'pm_project_info',
    name: '项目',
    fields: [
      where[0]!,
      { code: 'mof_div_name', caption: '财政区划名称', kind: 'text' },
      where[1]!,
      where[2]!,
      { code: 'agency_name', caption: '单位名称', kind: 'text' },
      ...project,
      { code: 'kpi_target', caption: '年度总体目标（预期）', kind: 'text' },
      { code: 'goal_comp', caption: '年度总体目标完成情况', kind: 'text' },
    ],
  },
  {
    key: 'funds',
    table: 'pm_perf_self_bgt',
    name: '项目资金',
    fields: [
      ...where,
      ...project,
      { code: 'found_type_code', caption: '资金来源代码', kind: 'text' },
      { code: 'found_type_name', caption: '资金来源名称（财政拨款/其他资金）', kind: 'text', required: true },
      { code: 'cur_amt', caption: '预算数（元）', kind: 'amount', required: true },
      { code: 'year_exe_amt', caption: '全年执行数（元）', kind: 'amount', required: true },
    ],
  },
  {
    key: 'indicators',
    table: 'perf_bgt_indicator',
    name: '绩效指标',
    fields: [
      ...where,
      ...project,
      { code: 'order_num', caption: '序号', kind: 'int' },
      { code: 'kpi_lv1', caption: '一级指标', kind: 'text', required: true },
      { code: 'kpi_lv2', caption: '二级指标', kind: 'text' },
      { code: 'kpi_lv3', caption: '三级指标', kind: 'text', required: true },
      { code: 'kpi_val', caption: '指标值（预期指标值）', kind: 'text' },
      { code: 'meterunit', caption: '计量单位', kind: 'text' },
      { code: 'computesign', caption: '指标方向（≥/≤/=/定性，空为按指标值判断）', kind: 'text' },
      { code: 'kpi_evalstd', caption: '评（扣）分标准（计分规则）', kind: 'text' },
      { code: 'indexstandards', caption: '分档标准（优：…；良：…；中：…；差：…）', kind: 'text' },
      { code: 'tindex', caption: '指标库指标编码', kind: 'text' },
      { code: 'ind_comp', caption: '指标值完成情况（实际完成值）', kind: 'text' },
      { code: 'devi_analy', caption: '偏差原因分析', kind: 'text' },
      { code: 'impr_measure', caption: '改进措施', kind: 'text', extension: true },
    ],
  },
  {
    key: 'monitorFunds',
    table: 'pay_perf_monitor_bgt',
    name: '监控资金',
    fields: [
      ...where,
      { code: 'mon_month', caption: '监控截至月份', kind: 'month', required: true, extension: true },
      perfType,
      ...project,
      { code: 'found_type_name', caption: '资金来源名称', kind: 'text', required: true },
      { code: 'reply_amt', caption: '年初预算数（元）', kind: 'amount', required: true },
      { code: 'cur_amt', caption: '调整后预算数（元）', kind: 'amount' },
      { code: 'pro_bgt_comp', caption: '累计执行数（元）', kind: 'amount', required: true },
      { code: 'resp_action', caption: '红灯处理方式', kind: 'text', extension: true },
      { code: 'resp_reason', caption: '红灯处理理由', kind: 'text', extension: true },
    ],
  },
  {
    key: 'monitorIndicators',
    table: 'pay_perf_monitor_info',
    name: '监控指标',
    fields: [
      ...where,
      { code: 'mon_month', caption: '监控截至月份', kind: 'month', required: true, extension: true },
      perfType,
      ...project,
      { code: 'order_num', caption: '序号', kind: 'int' },
      { code: 'kpi_lv1', caption: '一级指标', kind: 'text' },
      { code: 'kpi_lv2', caption: '二级指标', kind: 'text' },
      { code: 'kpi_lv3', caption: '三级指标', kind: 'text', required: true },
      { code: 'kpi_val', caption: '指标值（年度指标值）', kind: 'text' },
      { code: 'perf_comp', caption: '绩效指标完成情况（截至目前）', kind: 'text' },
      { code: 'est_perf_annual', caption: '全年预计完成情况', kind: 'text' },
      { code: 'complete_rate', caption: '完成目标可能性（确定能/有可能/完全不可能）', kind: 'text' },
      { code: 'dev_type', caption: '偏差原因分类', kind: 'text', extension: true },
      { code: 'ana_dev_reasons', caption: '偏差原因分析', kind: 'text' },
      { code: 'rectify_advise', caption: '纠偏措施', kind: 'text' },
    ],
  },
  {
    key: 'selfResults',
    table: 'pm_perf_self_eval',
    name: '自评结果',
    fields: [
      ...where,
      perfType,
      ...project,
      { code: 'total_eval_value', caption: '单位自评得分', kind: 'score' },
      { code: 'eval_grade', caption: '评价等次', kind: 'text', extension: true },
      { code: 'is_last_inst', caption: '是否终审（1 是，0 否）', kind: 'flag', required: true },
    ],
  },
];

export const sheetOf = (key: SheetKey): SheetDef => SHEETS.find((s) => s.key === key)!;

/** The 资金来源 of a project's 预算数 / 执行数 (Jixiao holds 财政拨款 and 其他资金). */
export const FUND_FISCAL = { code: '1', name: '财政拨款' } as const;
export const FUND_OTHER = { code: '9', name: '其他资金' } as const;

/** perf_type_name values. */
export const PERF_TYPE = { project: '项目支出', department: '部门整体支出' } as const;

/** A plain record of one sheet: field code → cell text ('' for empty). */
export type ExchangeRecord = Record<string, string>;

/** The records of a file, by sheet. */
export type ExchangeRecords = Record<SheetKey, ExchangeRecord[]>;

export const FORMAT_NAME = 'jixiao-yth-exchange';
export const FORMAT_VERSION = 1;
