/**
 * The JSON exchange format of final accounts: a `FinalAccounts` document (model.ts) with a
 * `formatVersion`. Files written before the version existed (no `formatVersion`) are version 1 and are
 * migrated on read, so every file that loaded before still loads. A migration takes the plain JSON of one
 * version to the next; the zod schema then validates the result.
 *
 * Versions:
 * - 1: no `formatVersion` field (issue 5 to issue 13).
 * - 2: `formatVersion: 2`; the same fields (the national tables 2–4, 8–9 rows, `name` on 科目 rows,
 *   `amountUnit`, `performance` are optional additions, so version 1 files are valid version 2 files),
 *   and optionally `explanations`: the reason given for each 审核公式 violation, keyed like the stored
 *   ones ("ruleId@table/row/column"), which `jixiao render` requires before it writes a document.
 */
import { readFinalAccounts, type FinalAccounts } from './model.ts';

export const EXCHANGE_FORMAT_VERSION = 2;

type Json = Record<string, unknown>;

/** MIGRATIONS[v] turns a version v document into version v + 1. */
const MIGRATIONS: Record<number, (doc: Json) => Json> = {
  1: (doc) => doc,
};

export type ExchangeRead =
  | {
      ok: true;
      value: FinalAccounts;
      formatVersion: number;
      migrated: boolean;
      /** Reasons for violations of the balance rules, by violation key (may be empty). */
      explanations: Record<string, string>;
    }
  | { ok: false; problems: { path: string; message: string }[] };

/** Reads a document in the exchange format of any version (migrating it), or lists its problems. */
export function readAccountsExchange(json: unknown): ExchangeRead {
  if (!json || typeof json !== 'object' || Array.isArray(json))
    return { ok: false, problems: [{ path: '', message: '应为一个 JSON 对象（决算数据）' }] };
  const { formatVersion, explanations, ...rest } = json as Json;
  let version: number;
  if (formatVersion === undefined) version = 1;
  else if (typeof formatVersion === 'number' && Number.isInteger(formatVersion) && formatVersion >= 1)
    version = formatVersion;
  else return { ok: false, problems: [{ path: 'formatVersion', message: '格式版本应为正整数' }] };
  if (version > EXCHANGE_FORMAT_VERSION)
    return {
      ok: false,
      problems: [
        {
          path: 'formatVersion',
          message: `文件的格式版本为 ${version}，本系统支持到 ${EXCHANGE_FORMAT_VERSION}；请升级系统后再读取`,
        },
      ],
    };
  const reasons: Record<string, string> = {};
  if (explanations !== undefined) {
    if (!explanations || typeof explanations !== 'object' || Array.isArray(explanations))
      return {
        ok: false,
        problems: [{ path: 'explanations', message: '应为对象：{ "违反项的键": "原因" }' }],
      };
    for (const [key, reason] of Object.entries(explanations)) {
      if (typeof reason !== 'string')
        return { ok: false, problems: [{ path: `explanations.${key}`, message: '原因应为文字' }] };
      if (reason.trim()) reasons[key] = reason;
    }
  }
  let doc: Json = rest;
  for (let v = version; v < EXCHANGE_FORMAT_VERSION; v++) doc = MIGRATIONS[v]!(doc);
  const read = readFinalAccounts(doc);
  if (!read.ok) return read;
  return {
    ok: true,
    value: read.value,
    formatVersion: version,
    migrated: version < EXCHANGE_FORMAT_VERSION,
    explanations: reasons,
  };
}

/** The document as written to a file: the current `formatVersion` first, then the document (and reasons). */
export function toAccountsExchange(
  fa: FinalAccounts,
  explanations: Record<string, string> = {},
): { formatVersion: number; explanations?: Record<string, string> } & FinalAccounts {
  return {
    formatVersion: EXCHANGE_FORMAT_VERSION,
    ...fa,
    ...(Object.keys(explanations).length ? { explanations } : {}),
  };
}
