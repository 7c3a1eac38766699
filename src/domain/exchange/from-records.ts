/**
 * The platform's records → Jixiao's data, or the problems that stop an import. Every problem names the
 * row as the file names it (工作表“绩效指标”第5行, or pm_project_info 第3条 in JSON) and the field by its
 * platform name and Chinese caption, so a clerk finds it in the file they have open.
 */
import {
  GRADE_LEVELS,
  directionProblem,
  readDirection,
  type GradeStandards,
  type IndicatorDirection,
} from '../indicators/index.ts';
import {
  DEVIATION_CATEGORIES,
  LIKELIHOODS,
  RED_RESPONSES,
  type DeviationCategory,
  type Likelihood,
  type RedResponseAction,
} from '../monitoring/index.ts';
import { dec } from '../money/index.ts';
import {
  FUND_FISCAL,
  FUND_OTHER,
  PERF_TYPE,
  SHEETS,
  type FieldDef,
  type SheetDef,
  type SheetKey,
} from './fields.ts';
import {
  projectKey,
  type ExchangeIndicator,
  type ExchangeMonitoringIndicator,
  type ExchangeMonitoringProject,
  type ExchangeProject,
  type ExchangeSelfResult,
  type ExchangeUnit,
} from './model.ts';

/** One row as a reader found it: where it is (for messages) and its cells by field code. */
export type RawRow = { at: string; values: Record<string, unknown> };
export type RawSheets = Partial<Record<SheetKey, RawRow[]>>;

export type ExchangeProblem = {
  /** 工作表“绩效指标”第5行 / perf_bgt_indicator 第3条 / 文件. */
  at: string;
  /** The platform's field code, or '' for the row as a whole. */
  field: string;
  message: string;
};

export const problemText = (p: ExchangeProblem): string => {
  const caption = SHEETS.flatMap((s) => s.fields).find((f) => f.code === p.field)?.caption;
  return `${p.at}${p.field ? `「${p.field}（${caption ?? p.field}）」` : ''}：${p.message}`;
};

/** 元 → 万元, exact. */
export const fromYuanText = (yuan: string): string => dec(yuan).div(10000).toFixed();

type Row = { at: string; v: Record<string, string> };

const AMOUNT = /^-?\d{1,16}(\.\d{1,2})?$/;
const SCORE = /^\d{1,3}(\.\d{1,6})?$/;
const TRIMMED = new Set([
  'mof_div_code',
  'agency_code',
  'pro_code',
  'pro_name',
  'kpi_lv1',
  'kpi_lv3',
  'found_type_code',
  'found_type_name',
  'perf_type_name',
  'computesign',
  'complete_rate',
  'dev_type',
  'resp_action',
  'is_last_inst',
  'eval_grade',
  'tindex',
]);

/** One cell as text, or a problem. JSON numbers are refused for money and scores (as everywhere in Jixiao). */
function cell(f: FieldDef, raw: unknown): { ok: true; text: string } | { ok: false; message: string } {
  if (raw === undefined || raw === null) return { ok: true, text: '' };
  if (typeof raw === 'number') {
    if (f.kind === 'amount' || f.kind === 'score')
      return { ok: false, message: `须写成十进制数字字符串（如 "${String(raw)}"），不接受 JSON 数字` };
    return { ok: true, text: String(raw) };
  }
  if (typeof raw === 'boolean') return { ok: true, text: raw ? '1' : '0' };
  if (typeof raw !== 'string') return { ok: false, message: '应为文字或数字' };
  const text = TRIMMED.has(f.code) || f.kind !== 'text' ? raw.trim() : raw;
  if (text.trim() === '' && f.required) return { ok: false, message: '必须填写' };
  if (text === '') return { ok: true, text };
  switch (f.kind) {
    case 'year':
      return /^\d{4}$/.test(text) && Number(text) >= 2000 && Number(text) <= 2100
        ? { ok: true, text }
        : { ok: false, message: `“${text}”不是有效的年度（如 2024）` };
    case 'month':
      return /^\d{1,2}$/.test(text) && Number(text) >= 1 && Number(text) <= 12
        ? { ok: true, text: String(Number(text)) }
        : { ok: false, message: `“${text}”不是 1 到 12 的月份` };
    case 'int':
      return /^\d{1,6}$/.test(text) ? { ok: true, text } : { ok: false, message: `“${text}”不是整数序号` };
    case 'amount':
      return AMOUNT.test(text.replace(/,/g, ''))
        ? { ok: true, text: dec(text.replace(/,/g, '')).toFixed() }
        : { ok: false, message: `“${text}”不是金额（单位：元，最多两位小数，如 1950100.00）` };
    case 'score':
      return SCORE.test(text)
        ? { ok: true, text: dec(text).toFixed() }
        : { ok: false, message: `“${text}”不是得分（0 到 100 之间的数字）` };
    case 'flag':
      if (/^(1|是|true|TRUE|Y)$/.test(text)) return { ok: true, text: '1' };
      if (/^(0|否|false|FALSE|N)$/.test(text)) return { ok: true, text: '0' };
      return { ok: false, message: `“${text}”应为 1（是）或 0（否）` };
    default:
      return { ok: true, text };
  }
}

function readSheet(def: SheetDef, rows: readonly RawRow[], problems: ExchangeProblem[]): Row[] {
  const out: Row[] = [];
  for (const r of rows) {
    const v: Record<string, string> = {};
    let ok = true;
    for (const f of def.fields) {
      const c = cell(f, r.values[f.code]);
      if (c.ok) v[f.code] = c.text;
      else {
        ok = false;
        problems.push({ at: r.at, field: f.code, message: c.message });
      }
    }
    if (ok) out.push({ at: r.at, v });
  }
  return out;
}

/** The standards of a 评（扣）分标准 text "优：…；良：…；中：…；差：…", or null for free text. */
export function parseStandards(text: string): GradeStandards | null {
  const m = /^优[：:]([\s\S]*?)；良[：:]([\s\S]*?)；中[：:]([\s\S]*?)；差[：:]([\s\S]*)$/.exec(text);
  if (!m) return null;
  const s = {} as GradeStandards;
  GRADE_LEVELS.forEach((l, i) => (s[l] = m[i + 1]!));
  return s;
}

const unitKey = (v: Record<string, string>) => `${v.agency_code}\u0000${v.fiscal_year}`;
const rowProjectKey = (v: Record<string, string>) =>
  projectKey({ code: v.pro_code ?? '', name: v.pro_name ?? '' });
const projectLabel = (v: Record<string, string>) =>
  v.pro_code ? `项目“${v.pro_name}”（${v.pro_code}）` : `项目“${v.pro_name}”`;

function kindOf(row: Row, problems: ExchangeProblem[]): 'project' | 'department' | null {
  const t = row.v.perf_type_name ?? '';
  if (t === '' || t === PERF_TYPE.project || t === '项目') return 'project';
  if (t === PERF_TYPE.department || t === '部门整体') return 'department';
  problems.push({
    at: row.at,
    field: 'perf_type_name',
    message: `“${t}”应为“${PERF_TYPE.project}”或“${PERF_TYPE.department}”`,
  });
  return null;
}

function pick<T extends string>(
  row: Row,
  field: string,
  allowed: readonly T[],
  problems: ExchangeProblem[],
  codes: Record<string, T> = {},
): T | undefined {
  const t = row.v[field] ?? '';
  if (t === '') return undefined;
  if ((allowed as readonly string[]).includes(t)) return t as T;
  if (codes[t]) return codes[t];
  problems.push({ at: row.at, field, message: `“${t}”应为 ${allowed.join(' / ')} 之一` });
  return undefined;
}

export type ReadResult = { units: ExchangeUnit[]; problems: ExchangeProblem[] };

/** Validates and assembles the records of a file into units (agency + year). */
export function fromRecords(sheets: RawSheets): ReadResult {
  const problems: ExchangeProblem[] = [];
  const rows = {} as Record<SheetKey, Row[]>;
  for (const def of SHEETS) rows[def.key] = readSheet(def, sheets[def.key] ?? [], problems);
  const total = SHEETS.reduce((n, d) => n + (sheets[d.key]?.length ?? 0), 0);
  if (total === 0) problems.push({ at: '文件', field: '', message: '没有任何数据行' });

  const units = new Map<string, ExchangeUnit>();
  const unitOf = (row: Row): ExchangeUnit => {
    const key = unitKey(row.v);
    let u = units.get(key);
    if (!u) {
      u = {
        mofDivCode: row.v.mof_div_code!,
        mofDivName: '',
        agencyCode: row.v.agency_code!,
        agencyName: '',
        fiscalYear: Number(row.v.fiscal_year),
        projects: [],
        monitoring: [],
        selfResults: [],
      };
      units.set(key, u);
    }
    if (u.mofDivCode !== row.v.mof_div_code)
      problems.push({
        at: row.at,
        field: 'mof_div_code',
        message: `同一单位（${u.agencyCode}）的财政区划代码应一致，前面的行是“${u.mofDivCode}”`,
      });
    return u;
  };

  // 项目
  const projects = new Map<string, Map<string, ExchangeProject>>();
  for (const row of rows.projects) {
    const u = unitOf(row);
    if (row.v.mof_div_name) u.mofDivName = row.v.mof_div_name;
    if (row.v.agency_name) u.agencyName = row.v.agency_name;
    const byKey = projects.get(unitKey(row.v)) ?? new Map<string, ExchangeProject>();
    projects.set(unitKey(row.v), byKey);
    const key = rowProjectKey(row.v);
    if (byKey.has(key)) {
      problems.push({ at: row.at, field: 'pro_code', message: `${projectLabel(row.v)}重复出现` });
      continue;
    }
    const p: ExchangeProject = {
      code: row.v.pro_code!,
      name: row.v.pro_name!,
      budgetFiscal: '0',
      budgetOther: '0',
      executedFiscal: '0',
      executedOther: '0',
      goalExpected: row.v.kpi_target!,
      goalActual: row.v.goal_comp!,
      indicators: [],
    };
    byKey.set(key, p);
    u.projects.push(p);
  }
  const findProject = (row: Row, sheet: string): ExchangeProject | null => {
    const p = projects.get(unitKey(row.v))?.get(rowProjectKey(row.v));
    if (!p)
      problems.push({
        at: row.at,
        field: 'pro_code',
        message: `${projectLabel(row.v)}在工作表“项目”中没有（单位 ${row.v.agency_code}，${row.v.fiscal_year} 年）；${sheet}的行须属于一个列出的项目`,
      });
    return p ?? null;
  };

  // 项目资金
  const seenFunds = new Set<string>();
  for (const row of rows.funds) {
    const p = findProject(row, '项目资金');
    if (!p) continue;
    const t = row.v.found_type_name!;
    const c = row.v.found_type_code!;
    const fiscal = t === FUND_FISCAL.name || (t === '' && c === FUND_FISCAL.code) || t === '财政拨款资金';
    const other = t === FUND_OTHER.name || (t === '' && c === FUND_OTHER.code);
    if (!fiscal && !other) {
      problems.push({
        at: row.at,
        field: 'found_type_name',
        message: `“${t}”应为“${FUND_FISCAL.name}”或“${FUND_OTHER.name}”`,
      });
      continue;
    }
    const key = `${unitKey(row.v)}\u0000${rowProjectKey(row.v)}\u0000${fiscal ? 'f' : 'o'}`;
    if (seenFunds.has(key)) {
      problems.push({
        at: row.at,
        field: 'found_type_name',
        message: `${projectLabel(row.v)}的“${t}”重复出现`,
      });
      continue;
    }
    seenFunds.add(key);
    const budget = fromYuanText(row.v.cur_amt!);
    const executed = fromYuanText(row.v.year_exe_amt!);
    if (fiscal) Object.assign(p, { budgetFiscal: budget, executedFiscal: executed });
    else Object.assign(p, { budgetOther: budget, executedOther: executed });
  }

  // 绩效指标, in 序号 order (then file order)
  const indicatorRows = rows.indicators
    .map((row, n) => ({ row, n, order: row.v.order_num ? Number(row.v.order_num) : Number.MAX_SAFE_INTEGER }))
    .sort((a, b) => a.order - b.order || a.n - b.n);
  for (const { row } of indicatorRows) {
    const p = findProject(row, '绩效指标');
    if (!p) continue;
    const sign = row.v.computesign!;
    const direction: IndicatorDirection | null = sign === '' ? null : readDirection(sign);
    if (sign !== '' && !direction) {
      problems.push({
        at: row.at,
        field: 'computesign',
        message: `“${sign}”应为 ≥、≤、=、定性 之一，或留空`,
      });
      continue;
    }
    const standards = row.v.indexstandards ? parseStandards(row.v.indexstandards) : null;
    if (row.v.indexstandards && !standards) {
      problems.push({
        at: row.at,
        field: 'indexstandards',
        message: '应写成“优：…；良：…；中：…；差：…”（各等次的标准），或留空',
      });
      continue;
    }
    const problem = direction && !standards ? directionProblem(row.v.kpi_val!, direction) : null;
    if (problem) {
      problems.push({ at: row.at, field: 'computesign', message: problem });
      continue;
    }
    const i: ExchangeIndicator = {
      level1: row.v.kpi_lv1!,
      level2: row.v.kpi_lv2!,
      level3: row.v.kpi_lv3!,
      target: row.v.kpi_val!,
      standards,
      actual: row.v.ind_comp!,
      direction,
      unit: row.v.meterunit!,
      scoringRule: row.v.kpi_evalstd!,
      libraryCode: row.v.tindex ? row.v.tindex : null,
      deviationReason: row.v.devi_analy!,
      improvement: row.v.impr_measure!,
    };
    p.indicators.push(i);
  }

  // 监控资金 / 监控指标
  const monitored = new Map<string, ExchangeMonitoringProject>();
  const monKey = (row: Row, kind: string) =>
    `${unitKey(row.v)}\u0000${row.v.mon_month}\u0000${kind}\u0000${rowProjectKey(row.v)}`;
  const responses = new Map<ExchangeMonitoringProject, { at: string; text: string }>();
  for (const row of rows.monitorFunds) {
    const kind = kindOf(row, problems);
    if (!kind) continue;
    const u = unitOf(row);
    const key = monKey(row, kind);
    let mp = monitored.get(key);
    if (!mp) {
      mp = {
        kind,
        code: row.v.pro_code!,
        name: row.v.pro_name!,
        sources: [],
        indicators: [],
        response: null,
      };
      monitored.set(key, mp);
      const month = Number(row.v.mon_month);
      let report = u.monitoring.find((r) => r.month === month);
      if (!report) {
        report = { month, projects: [] };
        u.monitoring.push(report);
      }
      report.projects.push(mp);
    }
    if (mp.sources.some((s) => s.source === row.v.found_type_name)) {
      problems.push({
        at: row.at,
        field: 'found_type_name',
        message: `${projectLabel(row.v)} ${row.v.mon_month} 月的资金来源“${row.v.found_type_name}”重复出现`,
      });
      continue;
    }
    mp.sources.push({
      source: row.v.found_type_name!,
      initialBudget: fromYuanText(row.v.reply_amt!),
      ...(row.v.cur_amt ? { adjustedBudget: fromYuanText(row.v.cur_amt) } : {}),
      executed: fromYuanText(row.v.pro_bgt_comp!),
    });
    if (row.v.pro_bgt_comp!.startsWith('-') || row.v.reply_amt!.startsWith('-'))
      problems.push({ at: row.at, field: 'pro_bgt_comp', message: '监控金额不能为负数' });
    const action = pick<RedResponseAction>(row, 'resp_action', RED_RESPONSES, problems);
    const text = action ? `${action}\u0000${row.v.resp_reason}` : '';
    const seen = responses.get(mp);
    if (seen && seen.text !== text)
      problems.push({
        at: row.at,
        field: 'resp_action',
        message: `同一项目同一月份的红灯处理意见应一致（与${seen.at}不同）`,
      });
    if (!seen) {
      responses.set(mp, { at: row.at, text });
      mp.response = action ? { action, reason: row.v.resp_reason! } : null;
    }
  }
  const monIndicatorRows = rows.monitorIndicators
    .map((row, n) => ({ row, n, order: row.v.order_num ? Number(row.v.order_num) : Number.MAX_SAFE_INTEGER }))
    .sort((a, b) => a.order - b.order || a.n - b.n);
  for (const { row } of monIndicatorRows) {
    const kind = kindOf(row, problems);
    if (!kind) continue;
    const mp = monitored.get(monKey(row, kind));
    if (!mp) {
      problems.push({
        at: row.at,
        field: 'pro_code',
        message: `${projectLabel(row.v)} ${row.v.mon_month} 月在工作表“监控资金”中没有；监控指标须属于一个列出资金的项目`,
      });
      continue;
    }
    const likelihood = pick<Likelihood>(row, 'complete_rate', LIKELIHOODS, problems, {
      '1': '确定能',
      '2': '有可能',
      '3': '完全不可能',
    });
    const category = pick<DeviationCategory>(row, 'dev_type', DEVIATION_CATEGORIES, problems);
    const opt = (field: string) => (row.v[field] ? row.v[field] : undefined);
    const i: ExchangeMonitoringIndicator = {
      name: row.v.kpi_lv3!,
      target: row.v.kpi_val!,
      actual: row.v.perf_comp!,
    };
    if (opt('kpi_lv1') !== undefined) i.level1 = opt('kpi_lv1')!;
    if (opt('kpi_lv2') !== undefined) i.level2 = opt('kpi_lv2')!;
    if (opt('est_perf_annual') !== undefined) i.forecast = opt('est_perf_annual')!;
    if (likelihood) i.likelihood = likelihood;
    if (category) i.deviationCategory = category;
    if (opt('ana_dev_reasons') !== undefined) i.deviationReason = opt('ana_dev_reasons')!;
    if (opt('rectify_advise') !== undefined) i.correctiveAction = opt('rectify_advise')!;
    mp.indicators.push(i);
  }

  // 自评结果
  const seenResults = new Set<string>();
  for (const row of rows.selfResults) {
    const kind = kindOf(row, problems);
    if (!kind) continue;
    const u = unitOf(row);
    const key = `${unitKey(row.v)}\u0000${kind}\u0000${rowProjectKey(row.v)}`;
    if (seenResults.has(key)) {
      problems.push({ at: row.at, field: 'pro_code', message: `${projectLabel(row.v)}的自评结果重复出现` });
      continue;
    }
    seenResults.add(key);
    const r: ExchangeSelfResult = {
      kind,
      code: row.v.pro_code!,
      name: row.v.pro_name!,
      score: row.v.total_eval_value ? row.v.total_eval_value : null,
      grade: row.v.eval_grade!,
      final: row.v.is_last_inst === '1',
    };
    if (r.score !== null && dec(r.score).greaterThan(100))
      problems.push({ at: row.at, field: 'total_eval_value', message: '得分不能超过 100' });
    u.selfResults.push(r);
  }

  const list = [...units.values()];
  for (const u of list) u.monitoring.sort((a, b) => a.month - b.month);
  return { units: list, problems };
}
