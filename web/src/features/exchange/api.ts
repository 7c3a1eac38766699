// Calls of the exchange page: export a year as a download, preview an import, commit it. The file itself is
// the body of a preview and an import (application/octet-stream; unit and name in the query).
import { api } from '../../shared/api/client';
import type { ImportPreview, PlanItem } from '../../../../src/features/exchange/import-exchange.ts';

export type { ImportPreview, PlanItem };

export type ImportBody = { orgId: string; file: File };

export const exchangeApi = {
  exportUrl: (orgId: string, year: number, format: 'xlsx' | 'json') =>
    `/api/exchange/export?orgId=${encodeURIComponent(orgId)}&year=${year}&format=${format}`,
  preview: (body: ImportBody) =>
    api.upload<ImportPreview>('/api/exchange/preview/file', body.file, {
      orgId: body.orgId,
      fileName: body.file.name,
    }),
  commit: (body: ImportBody & { planHash: string }) =>
    api.upload<ImportPreview>('/api/exchange/import/file', body.file, {
      orgId: body.orgId,
      fileName: body.file.name,
      planHash: body.planHash,
    }),
};
