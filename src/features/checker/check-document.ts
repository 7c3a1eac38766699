/**
 * 校验 of one uploaded document: decode, extract its text, run the checker, and return the lines
 * (as the rules read them, so each finding's excerpt can be shown in its line) with the findings.
 * Stateless: nothing is stored and no organisation's data is read.
 */
import type { Actor } from '../../app/actor.ts';
import { CLAIM_NAMES, RULE_NAMES, checkDocumentLines, cleanLine } from '../../domain/checks/index.ts';
import { ExtractError } from '../../importers/extract-text.ts';
import { extractTextIsolated } from '../uploads/extract-isolated.ts';
import { AppError } from '../../platform/errors.ts';
import { MAX_FILE_BYTES, type CheckRequest, type CheckResult } from './checker.schema.ts';
import { checkerTexts } from './texts.ts';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function decodeBase64(text: string): Buffer {
  const compact = text.replace(/\s+/g, '');
  if (compact.length % 4 === 1 || !BASE64.test(compact))
    throw new AppError('VALIDATION', checkerTexts.badBase64);
  return Buffer.from(compact, 'base64');
}

export async function checkDocument(_actor: Actor, input: CheckRequest): Promise<CheckResult> {
  const bytes = decodeBase64(input.contentBase64);
  if (bytes.length > MAX_FILE_BYTES)
    throw new AppError('VALIDATION', checkerTexts.tooLarge(MAX_FILE_BYTES / 1024 / 1024));
  let source;
  try {
    source = await extractTextIsolated(input.fileName, bytes); // ZIP pre-inspection, worker thread with limits
  } catch (error) {
    if (error instanceof ExtractError) {
      if (error.code === 'tool-missing') throw new AppError('INTERNAL', checkerTexts.toolMissing);
      throw new AppError('VALIDATION', error.message);
    }
    throw error;
  }
  if (source.every((l) => l.text.trim() === ''))
    throw new AppError('VALIDATION', checkerTexts.noText(input.fileName));
  const report = checkDocumentLines(source);
  const findings = report.findings;
  const count = (s: 'error' | 'warning' | 'note'): number => findings.filter((f) => f.severity === s).length;
  return {
    file: input.fileName,
    lines: source.map((l) => ({ text: cleanLine(l.text), ...(l.location ? { location: l.location } : {}) })),
    findings,
    summary: { error: count('error'), warning: count('warning'), note: count('note') },
    claims: report.counts,
    checked: report.claims,
    ruleNames: RULE_NAMES,
    claimNames: CLAIM_NAMES,
  };
}
