/**
 * The JSON form of an exchange file: `{ format, formatVersion, <table>: [records…] }`, one array per
 * platform table (pm_project_info, pm_perf_self_bgt, perf_bgt_indicator, pay_perf_monitor_bgt,
 * pay_perf_monitor_info, pm_perf_self_eval), each record keyed by the platform's field names.
 */
import { FORMAT_NAME, FORMAT_VERSION, SHEETS, type ExchangeRecords, type FieldKind } from './fields.ts';
import type { ExchangeProblem, RawSheets } from './from-records.ts';

export type ExchangeJson = { format: string; formatVersion: number } & Record<string, unknown>;

export function toJsonFile(records: ExchangeRecords): ExchangeJson {
  const out: ExchangeJson = { format: FORMAT_NAME, formatVersion: FORMAT_VERSION };
  for (const s of SHEETS) out[s.table] = records[s.key];
  return out;
}

export function readJsonFile(
  json: unknown,
): { ok: true; sheets: RawSheets } | { ok: false; problems: ExchangeProblem[] } {
  const fail = (message: string) => ({ ok: false as const, problems: [{ at: '文件', field: '', message }] });
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    return fail(`应为一个 JSON 对象，含 ${SHEETS.map((s) => s.table).join('、')} 等数组`);
  const o = json as Record<string, unknown>;
  if (o.formatVersion !== undefined && o.formatVersion !== FORMAT_VERSION)
    return fail(`formatVersion 为 ${String(o.formatVersion)}，本系统读取第 ${FORMAT_VERSION} 版`);
  const known = new Set<string>(['format', 'formatVersion', '$schema', ...SHEETS.map((s) => s.table)]);
  const unknown = Object.keys(o).filter((k) => !known.has(k));
  if (unknown.length > 0)
    return fail(`不认识的数据表 ${unknown.join('、')}（可用：${SHEETS.map((s) => s.table).join('、')}）`);
  const sheets: RawSheets = {};
  const problems: ExchangeProblem[] = [];
  for (const s of SHEETS) {
    const list = o[s.table];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      problems.push({ at: s.table, field: '', message: '应为数组' });
      continue;
    }
    sheets[s.key] = list.map((r, i) => {
      const at = `${s.table}（${s.name}）第${i + 1}条`;
      if (r === null || typeof r !== 'object' || Array.isArray(r)) {
        problems.push({ at, field: '', message: '应为对象' });
        return { at, values: {} };
      }
      return { at, values: r as Record<string, unknown> };
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, sheets };
}

/** Records as rows a reader would give (for a round trip in memory and for tests). */
export function recordsAsSheets(records: ExchangeRecords, where = '内存'): RawSheets {
  const out: RawSheets = {};
  for (const s of SHEETS)
    out[s.key] = records[s.key].map((values, i) => ({ at: `${where}${s.name}第${i + 1}条`, values }));
  return out;
}

const KIND_SCHEMA: Record<FieldKind, Record<string, unknown>> = {
  text: { type: 'string' },
  year: { type: ['string', 'integer'], pattern: '^\\d{4}$', minimum: 2000, maximum: 2100 },
  month: { type: ['string', 'integer'], pattern: '^\\d{1,2}$', minimum: 1, maximum: 12 },
  int: { type: ['string', 'integer'], pattern: '^\\d{1,6}$', minimum: 0 },
  amount: { type: 'string', pattern: '^-?\\d{1,16}(\\.\\d{1,2})?$' },
  score: { type: 'string', pattern: '^(\\d{1,3}(\\.\\d{1,6})?)?$' },
  flag: { type: ['string', 'integer', 'boolean'] },
};

/** The JSON Schema of an exchange file (written out as docs/schemas/exchange.schema.json; a test keeps them equal). */
export function exchangeJsonSchema(): Record<string, unknown> {
  const properties: Record<string, unknown> = {
    $schema: { type: 'string' },
    format: { const: FORMAT_NAME },
    formatVersion: { const: FORMAT_VERSION },
  };
  for (const s of SHEETS) {
    properties[s.table] = {
      description: `${s.name}（工作表“${s.name}”）`,
      type: 'array',
      items: {
        type: 'object',
        properties: Object.fromEntries(
          s.fields.map((f) => [
            f.code,
            { ...KIND_SCHEMA[f.kind], description: f.extension ? `${f.caption}（扩展）` : f.caption },
          ]),
        ),
        required: s.fields.filter((f) => f.required).map((f) => f.code),
      },
    };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://jixiao.local/schemas/exchange.schema.json',
    title: 'Jixiao ↔ 预算管理一体化平台 exchange file (项目、绩效指标、监控结果、自评结果)',
    type: 'object',
    properties,
    additionalProperties: false,
  };
}
