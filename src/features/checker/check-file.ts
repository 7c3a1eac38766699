/**
 * The whole 校验 of one file — text extraction and every rule — as one function a parsing worker runs
 * (src/features/uploads/isolated.ts): a large file then never holds the server's main thread, and a
 * hostile one is stopped by the worker's memory and time limits. Plain values in and out; a refusal is
 * returned (with its code and Chinese message), not thrown, so that it crosses the thread intact.
 */
import { CLAIM_NAMES, RULE_NAMES, checkDocumentLines, cleanLine } from '../../domain/checks/index.ts';
import {
  ExtractError,
  extractTextFromBuffer,
  type ExtractContext,
  type ExtractOptions,
} from '../../importers/extract-text.ts';
import type { CheckResult } from './checker.schema.ts';
import { checkerTexts } from './texts.ts';

export type CheckRefusal = { ok: false; code: 'VALIDATION' | 'UNPROCESSABLE' | 'INTERNAL'; message: string };
export type CheckOutcome = { ok: true; result: CheckResult } | CheckRefusal;
/**
 * The result already as UTF-8 JSON bytes: one buffer crosses the thread cheaply (a graph of lines does not),
 * and the server sends or stores it as it is — no encoding of tens of MB on the main thread.
 */
export type CheckJsonOutcome = { ok: true; json: Uint8Array; summary: CheckResult['summary'] } | CheckRefusal;

export async function checkFileAsJson(
  fileName: string,
  bytes: Uint8Array,
  options: ExtractOptions = {},
  context: ExtractContext = {},
): Promise<CheckJsonOutcome> {
  const outcome = await checkFile(fileName, bytes, options, context);
  if (!outcome.ok) return outcome;
  return {
    ok: true,
    json: Buffer.from(JSON.stringify(outcome.result)),
    summary: outcome.result.summary,
  };
}

export async function checkFile(
  fileName: string,
  bytes: Uint8Array,
  options: ExtractOptions = {},
  context: ExtractContext = {},
): Promise<CheckOutcome> {
  let source;
  try {
    source = await extractTextFromBuffer(fileName, bytes, options, context);
  } catch (error) {
    if (!(error instanceof ExtractError)) throw error;
    if (error.code === 'tool-missing')
      return { ok: false, code: 'INTERNAL', message: checkerTexts.toolMissing };
    if (error.code === 'timeout') return { ok: false, code: 'UNPROCESSABLE', message: error.message };
    return { ok: false, code: 'VALIDATION', message: error.message };
  }
  if (source.every((l) => l.text.trim() === ''))
    return { ok: false, code: 'VALIDATION', message: checkerTexts.noText(fileName) };
  const report = checkDocumentLines(source);
  const findings = report.findings;
  const count = (s: 'error' | 'warning' | 'note'): number => findings.filter((f) => f.severity === s).length;
  return {
    ok: true,
    result: {
      file: fileName,
      lines: source.map((l) => ({
        text: cleanLine(l.text),
        ...(l.location ? { location: l.location } : {}),
      })),
      findings,
      summary: { error: count('error'), warning: count('warning'), note: count('note') },
      claims: report.counts,
      checked: report.claims,
      ruleNames: RULE_NAMES,
      claimNames: CLAIM_NAMES,
    },
  };
}
