// The checker's API: POST /api/checks with the file as Base64.
import { api } from '../../shared/api/client';

export type Severity = 'error' | 'warning' | 'note';

export type Finding = {
  rule: string;
  severity: Severity;
  line: number;
  location?: string;
  excerpt: string;
  expected: string;
  found: string;
  message: string;
};

export type ClaimCount = { recognised: number; verified: number };
export type CheckedClaim = { kind: string; line: number; verified: boolean; arithmetic: string };

export type CheckResult = {
  file: string;
  lines: Array<{ text: string; location?: string }>;
  findings: Finding[];
  summary: Record<Severity, number>;
  /** Per claim kind: recognised and verified (held exactly or within rounding). */
  claims: Record<string, ClaimCount>;
  /** Every claim checked, with its arithmetic. */
  checked: CheckedClaim[];
  ruleNames: Record<string, string>;
  claimNames: Record<string, string>;
};

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

async function toBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

export const checkerApi = {
  check: async (file: File): Promise<CheckResult> =>
    api.post<CheckResult>('/api/checks', { fileName: file.name, contentBase64: await toBase64(file) }),
};
