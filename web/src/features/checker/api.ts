// The checker's API: POST /api/checks/file with the file itself as the body (no Base64: nothing for the
// server to decode on its main thread). A large file is answered 202 with a background job: it is followed
// (GET /api/jobs/:id) until finished, then its result (the same JSON) fetched.
import { api, ApiError } from '../../shared/api/client';
import { checkerTexts } from './texts';

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

type CheckJob = { id: string; status: string; statusLabel: string; message: string | null };

/** How often a background check is asked for its state. */
export const JOB_POLL_MS = 1000;

/** A sample document the page offers to try the checker on (埋有错误的示例文件). */
export type SampleInfo = { id: string; fileName: string; title: string; description: string };

export const checkerApi = {
  samples: (signal?: AbortSignal) =>
    api.get<{ items: SampleInfo[] }>('/api/checks/samples', undefined, signal).then((r) => r.items),
  sample: (id: string) =>
    api.get<{ fileName: string; text: string }>(`/api/checks/samples/${encodeURIComponent(id)}`),
  /** `onJob` is told the job's state (排队中 / 进行中) while a large file is checked in the background. */
  check: async (file: File, onJob?: (statusLabel: string) => void): Promise<CheckResult> => {
    const answer = await api.upload<CheckResult | { jobId: string }>('/api/checks/file', file, {
      fileName: file.name,
    });
    if (!('jobId' in answer)) return answer;
    for (;;) {
      const job = await api.get<CheckJob>(`/api/jobs/${answer.jobId}`);
      if (job.status === 'succeeded') return api.get<CheckResult>(`/api/jobs/${answer.jobId}/result`);
      if (job.status === 'failed')
        throw new ApiError(422, 'job_failed', job.message ?? checkerTexts.jobFailed);
      onJob?.(job.statusLabel);
      await new Promise((resolve) => setTimeout(resolve, JOB_POLL_MS));
    }
  },
};
