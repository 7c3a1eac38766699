// Calls of the indicator template administration (/api/templates).
import { api } from '../../shared/api/client';
import type { ListResponse } from '../../shared/api/types';
import type { IndicatorTemplate } from '../../../../src/domain/indicators/index.ts';

export type TemplateSummary = {
  id: string;
  code: string;
  name: string;
  kind: 'project' | 'department';
  region: string;
  year: number | null;
  templateVersion: number;
  builtIn: boolean;
  orgId: string | null;
  copiedFrom: string | null;
  version: number;
  leaves: number;
  totalWeight: string;
};
export type TemplateDetail = TemplateSummary & { body: IndicatorTemplate };

const path = (id: string) => `/api/templates/${encodeURIComponent(id)}`;

export const templatesApi = {
  list: () => api.get<ListResponse<TemplateSummary>>('/api/templates'),
  get: (id: string) => api.get<TemplateDetail>(path(id)),
  exportUrl: (id: string) => `${path(id)}/export`,
  import: (orgId: string, template: unknown, key: string, copiedFrom?: string) =>
    api.post<TemplateDetail>(
      '/api/templates',
      { orgId, template, ...(copiedFrom ? { copiedFrom } : {}) },
      key,
    ),
  update: (id: string, template: IndicatorTemplate, version: number) =>
    api.put<TemplateDetail>(path(id), { template, version }),
};
