/**
 * Parser for 预期指标值 / 实际完成指标值 text as units type it: "≥98%", "约36万件", "1600次以上", "不少于3个",
 * "》=90%" (a typo for ≥), "经费≤110万元", "2020年12月底前", "满意", and prose such as
 * "已完成，完成660台电脑保障和运行维护". Text that cannot be read stays text, with a Chinese message,
 * for a person to judge — the parser never guesses silently.
 */
import { Dec, dec } from '../money/index.ts';

/** '≈' is 约 / 左右: an approximate figure, judged like "at least" when compared. */
export type Comparator = '>=' | '<=' | '>' | '<' | '=' | '≈';

export type Quantity = {
  comparator: Comparator;
  /** True when the text had no comparator (a bare "12次"); the comparator is then '='. */
  implicit: boolean;
  /** The number as written ("36" in "约36万件"). */
  number: Dec;
  multiplier: '万' | '亿' | null;
  /** number × multiplier ("360000" for "约36万件"); money in 万元 becomes 元. */
  value: Dec;
  /** Unit after the multiplier: "%", "次", "台", "元", "年", "" … */
  unit: string;
  /** Words before the figure ("经费" in "经费≤110万元"), if any. */
  subject: string;
};

export type ParsedValue =
  | ({ kind: 'quantity'; text: string } & Quantity)
  | { kind: 'deadline'; text: string; year: number; month: number; day: number | null }
  | { kind: 'qualitative'; text: string; value: string; polarity: 'positive' | 'negative' | 'neutral' }
  | {
      kind: 'prose';
      text: string;
      /** 'done' when the text says 已完成 / 完成, 'not-done' for 未完成. */
      status: 'done' | 'not-done' | null;
      quantities: Quantity[];
    }
  | { kind: 'text'; text: string; message: string };

const COMPARATOR_PREFIXES: ReadonlyArray<readonly [string, Comparator]> = [
  ['》=', '>='],
  ['>=', '>='],
  ['＞=', '>='],
  ['≥', '>='],
  ['≧', '>='],
  ['《=', '<='],
  ['<=', '<='],
  ['＜=', '<='],
  ['≤', '<='],
  ['≦', '<='],
  ['不少于', '>='],
  ['不低于', '>='],
  ['不小于', '>='],
  ['至少', '>='],
  ['达到', '>='],
  ['不多于', '<='],
  ['不超过', '<='],
  ['不高于', '<='],
  ['不大于', '<='],
  ['最多', '<='],
  ['控制在', '<='],
  ['大于', '>'],
  ['高于', '>'],
  ['超过', '>'],
  ['多于', '>'],
  ['小于', '<'],
  ['低于', '<'],
  ['少于', '<'],
  ['》', '>'],
  ['＞', '>'],
  ['>', '>'],
  ['《', '<'],
  ['＜', '<'],
  ['<', '<'],
  ['＝', '='],
  ['=', '='],
  ['约', '≈'],
];

const COMPARATOR_SUFFIXES: ReadonlyArray<readonly [string, Comparator]> = [
  ['及以上', '>='],
  ['以上', '>='],
  ['及以下', '<='],
  ['以下', '<='],
  ['以内', '<='],
  ['左右', '≈'],
];

const POSITIVE = [
  '满意',
  '合格',
  '完成',
  '已完成',
  '全部完成',
  '达到',
  '达标',
  '通过',
  '是',
  '有',
  '长期',
  '正常',
  '良好',
  '优秀',
  '按时完成',
  '按期完成',
];
const NEGATIVE = ['不满意', '不合格', '未完成', '未达到', '未达标', '未通过', '否', '无', '逾期', '延期'];

/** Full-width digits, punctuation and spaces to their ASCII forms, so one grammar reads both. */
export function normaliseValueText(text: string): string {
  return text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/％/g, '%')
    .replace(/，/g, ',')
    .replace(/[\s\u3000]+/g, '')
    .trim();
}

const NUMBER = String.raw`(\d+(?:,\d{3})*(?:\.\d+)?)`;
const UNIT = String.raw`(%|[\u4e00-\u9fa5A-Za-z]{0,4})`;
const FIGURE = new RegExp(String.raw`^${NUMBER}(万|亿)?${UNIT}$`);

function multiplierFactor(m: '万' | '亿' | null): Dec {
  if (m === '万') return new Dec(10000);
  if (m === '亿') return new Dec(100000000);
  return new Dec(1);
}

function figure(body: string): { number: Dec; multiplier: '万' | '亿' | null; unit: string } | null {
  const m = FIGURE.exec(body);
  if (!m) return null;
  const number = dec(m[1]!.replace(/,/g, ''));
  const multiplier = (m[2] as '万' | '亿' | undefined) ?? null;
  return { number, multiplier, unit: m[3] ?? '' };
}

/** One comparator + figure, with optional leading subject words ("经费≤110万元", "提醒率≥98%"). */
function parseQuantity(text: string): Quantity | null {
  let body = text;
  let comparator: Comparator | null = null;
  for (const [suffix, c] of COMPARATOR_SUFFIXES) {
    if (body.endsWith(suffix)) {
      comparator = c;
      body = body.slice(0, -suffix.length);
      break;
    }
  }
  // A subject may precede the comparator ("经费≤110万元"): try each comparator occurrence, leftmost first.
  const candidates: Array<{ at: number; len: number; c: Comparator }> = [];
  for (const [prefix, c] of COMPARATOR_PREFIXES) {
    let at = body.indexOf(prefix);
    while (at >= 0) {
      candidates.push({ at, len: prefix.length, c });
      at = body.indexOf(prefix, at + 1);
    }
  }
  candidates.sort((a, b) => a.at - b.at || b.len - a.len);
  for (const { at, len, c } of candidates) {
    const f = figure(body.slice(at + len));
    if (!f) continue;
    if (comparator && comparator !== c && c !== '≈') return null;
    return build(c === '≈' && comparator ? comparator : c, false, f, body.slice(0, at));
  }
  const f = figure(body);
  if (f) return build(comparator ?? '=', comparator === null, f, '');
  return null;
}

function build(
  comparator: Comparator,
  implicit: boolean,
  f: { number: Dec; multiplier: '万' | '亿' | null; unit: string },
  subject: string,
): Quantity {
  return {
    comparator,
    implicit,
    number: f.number,
    multiplier: f.multiplier,
    value: f.number.times(multiplierFactor(f.multiplier)),
    unit: f.unit,
    subject,
  };
}

const DEADLINE = /^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?(底|末)?(前|之前|以前|内|完成)?$/;

function parseDeadline(text: string): { year: number; month: number; day: number | null } | null {
  const m = DEADLINE.exec(text);
  if (!m) return null;
  // A bare "2020年" is a year count, not a date; a deadline names a month or says 底/前.
  if (!m[2] && !m[4] && !m[5]) return null;
  const month = m[2] ? Number(m[2]) : 12;
  if (month < 1 || month > 12) return null;
  const day = m[3] ? Number(m[3]) : null;
  return { year: Number(m[1]), month, day };
}

/** Every figure with a unit inside prose ("完成660台电脑保障" → 660台). */
function quantitiesInProse(text: string): Quantity[] {
  const found: Quantity[] = [];
  const re = /(\d+(?:\.\d+)?)(万|亿)?(%|[\u4e00-\u9fa5])?/g;
  for (const m of text.matchAll(re)) {
    const number = dec(m[1]!);
    const multiplier = (m[2] as '万' | '亿' | undefined) ?? null;
    found.push({
      comparator: '=',
      implicit: true,
      number,
      multiplier,
      value: number.times(multiplierFactor(multiplier)),
      unit: m[3] ?? '',
      subject: '',
    });
  }
  return found;
}

// The same few hundred texts recur across thousands of projects; parsing is pure, so remember results.
const parsedCache = new Map<string, ParsedValue>();
const CACHE_LIMIT = 20000;

/** Reads one 指标值 text. Never throws; unreadable text comes back as { kind: 'text', message }. */
export function parseValue(raw: string): ParsedValue {
  const hit = parsedCache.get(raw);
  if (hit) return hit;
  const parsed = Object.freeze(parseUncached(raw));
  if (parsedCache.size >= CACHE_LIMIT) parsedCache.clear();
  parsedCache.set(raw, parsed);
  return parsed;
}

function parseUncached(raw: string): ParsedValue {
  const text = raw;
  const t = normaliseValueText(raw);
  if (t === '') return { kind: 'text', text, message: '指标值为空，请填写预期或实际完成值。' };

  const q = parseQuantity(t);
  if (q) return { kind: 'quantity', text, ...q };

  const d = parseDeadline(t);
  if (d) return { kind: 'deadline', text, ...d };

  if (NEGATIVE.includes(t)) return { kind: 'qualitative', text, value: t, polarity: 'negative' };
  if (POSITIVE.includes(t)) return { kind: 'qualitative', text, value: t, polarity: 'positive' };
  if (/^(通过|已通过)/.test(t) && !/\d/.test(t))
    return { kind: 'qualitative', text, value: t, polarity: 'positive' };
  if (/^(非常|比较|基本)?满意$/.test(t)) return { kind: 'qualitative', text, value: t, polarity: 'positive' };

  const status: 'done' | 'not-done' | null = /^(未完成|没有完成|尚未完成)/.test(t)
    ? 'not-done'
    : /^(已完成|已全部完成|完成|全部完成|已按期完成|按期完成)/.test(t)
      ? 'done'
      : null;
  const quantities = quantitiesInProse(t);
  if (status !== null || quantities.length > 0) return { kind: 'prose', text, status, quantities };

  return {
    kind: 'text',
    text,
    message: `无法识别指标值“${raw}”：既不是“比较符+数值+单位”（如 ≥98%、1600次以上），也不是日期或“满意/合格/完成”等定性值，已按原文保留，请人工判断。`,
  };
}

/** The comparator as printed in Chinese documents. */
export function comparatorText(c: Comparator): string {
  return { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=', '≈': '约' }[c];
}
