// Calls of the exchange page: export a year as a download, preview an import, commit it.
import { api } from '../../shared/api/client';
import type { ImportPreview, PlanItem } from '../../../../src/features/exchange/import-exchange.ts';

export type { ImportPreview, PlanItem };

export type ImportBody = { orgId: string; fileName: string; contentBase64: string };

export const exchangeApi = {
  exportUrl: (orgId: string, year: number, format: 'xlsx' | 'json') =>
    `/api/exchange/export?orgId=${encodeURIComponent(orgId)}&year=${year}&format=${format}`,
  preview: (body: ImportBody) => api.post<ImportPreview>('/api/exchange/preview', body),
  commit: (body: ImportBody & { planHash: string }, key: string) =>
    api.post<ImportPreview>('/api/exchange/import', body, key),
};
