// The organisation's accounts settings (document template) and the import preview of an XLSX.
import { newIdempotencyKey, request } from '../../shared/api/client';

export type TemplateSummary = {
  id: string;
  name: string;
  region: string;
  scope: 'unit' | 'department';
  source: string;
  options: { cover: boolean; toc: boolean; zeroLines: 'omit' | 'list'; charts: boolean };
};

export type AccountsSettings = {
  orgId: string;
  templateId: string | null;
  version: number;
  templates: TemplateSummary[];
  yearsWithData: number[];
};

export type ImportPreview = {
  ok: boolean;
  layout: 'template' | 'public';
  amountUnit: '元' | '万元' | null;
  problems: { sheet: string; cell: string; message: string }[];
  warnings: { sheet: string; cell: string; message: string }[];
  violations: {
    ruleId: string;
    severity: 'error' | 'warning' | 'note';
    description: string;
    arithmetic: string;
    sheet: string;
    cell: string;
  }[];
  summary: {
    unitName: string;
    year: number;
    grandTotal: string;
    incomeTotal: string;
    expenditureTotal: string;
    generalRows: number;
  } | null;
};

const path = (orgId: string, rest: string) => `/api/accounts/${orgId}${rest}`;

export const settingsApi = {
  get: (orgId: string, signal?: AbortSignal) =>
    request<AccountsSettings>('GET', path(orgId, '/settings'), { signal }),
  save: (orgId: string, body: { version: number; templateId: string }) =>
    request<AccountsSettings>('PUT', path(orgId, '/settings'), { body, idempotencyKey: newIdempotencyKey() }),
  /** The workbook itself is the body (application/octet-stream), read without saving. */
  preview: (orgId: string, year: number, file: File) =>
    request<ImportPreview>('POST', path(orgId, '/import-preview/file'), {
      query: { year, fileName: file.name },
      body: file,
    }),
};
