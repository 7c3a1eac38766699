/** Input and output of POST /api/checks (the document checker, 校验). */
import { z } from 'zod';
import { checkerTexts } from './texts.ts';

/** Largest file accepted, in bytes; the JSON request (Base64 is 4/3 of the bytes, ~27 MB) must fit the server's body limit (JIXIAO_BODY_LIMIT_MB, default 30). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export const ZCheckRequest = z.object({
  fileName: z.string().trim().min(1, checkerTexts.noFileName).max(255),
  contentBase64: z
    .string()
    .max(Math.ceil(MAX_FILE_BYTES / 3) * 4 + 4, checkerTexts.tooLarge(MAX_FILE_BYTES / 1024 / 1024)),
});
export type CheckRequest = z.infer<typeof ZCheckRequest>;

export const ZSampleParams = z.object({ id: z.string().regex(/^[a-z0-9-]{1,60}$/, checkerTexts.noSample) });

/** POST /api/checks/file: the body is the file itself (`application/octet-stream`), its name in the query. */
export const ZCheckFileQuery = z.object({
  fileName: z.string({ error: checkerTexts.noFileName }).trim().min(1, checkerTexts.noFileName).max(255),
});

export const ZFinding = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning', 'note']),
  line: z.number().int(),
  location: z.string().optional(),
  excerpt: z.string(),
  expected: z.string(),
  found: z.string(),
  message: z.string(),
});

const ZClaimCount = z.object({ recognised: z.number().int(), verified: z.number().int() });

export const ZCheckResult = z.object({
  file: z.string(),
  lines: z.array(z.object({ text: z.string(), location: z.string().optional() })),
  findings: z.array(ZFinding),
  summary: z.object({ error: z.number().int(), warning: z.number().int(), note: z.number().int() }),
  /** Per claim kind: how many claims were recognised and how many held (same shape as `jixiao check --json`). */
  claims: z.record(z.string(), ZClaimCount),
  /** Every claim checked, with its arithmetic (what `--explain` prints). */
  checked: z.array(
    z.object({ kind: z.string(), line: z.number().int(), verified: z.boolean(), arithmetic: z.string() }),
  ),
  /** Chinese names of the rules and claim kinds, for display. */
  ruleNames: z.record(z.string(), z.string()),
  claimNames: z.record(z.string(), z.string()),
});
export type CheckResult = z.infer<typeof ZCheckResult>;
