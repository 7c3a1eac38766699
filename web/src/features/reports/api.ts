// Calls of the reports module: start a batch of documents, follow the background jobs.
import { api } from '../../shared/api/client';

export type JobDto = {
  id: string;
  kind: string;
  title: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  statusLabel: string;
  done: number;
  total: number;
  message: string | null;
  resultName: string | null;
  createdAt: string;
  finishedAt: string | null;
};

export const reportsApi = {
  startBatch: (body: { year: number; orgIds: string[]; format: 'docx' | 'pdf' }) =>
    api.post<{ jobId: string }>('/api/reports/batch-documents', body),
  jobs: () => api.get<{ items: JobDto[] }>('/api/jobs').then((r) => r.items),
  resultUrl: (id: string) => `/api/jobs/${id}/result`,
};
