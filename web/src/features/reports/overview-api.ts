// Calls of the 报告 overview: the read model of the units in reach for a year, and its tables as XLSX.
import type { Overview, OverviewFilters, Stage } from '../../../../src/features/reports/overview.ts';
import type { OverviewTable } from '../../../../src/features/reports/overview-export.ts';
import { api } from '../../shared/api/client';

export type {
  DepartmentOverview,
  Overview,
  OverviewFilters,
  ProjectOverview,
  Stage,
  UnitOverview,
} from '../../../../src/features/reports/overview.ts';
export type { OverviewTable };

export type OverviewParams = { orgId: string; year?: number | undefined } & OverviewFilters;

/** Only the parameters that are set, as the query string carries them. */
function query(p: OverviewParams): Record<string, string | number> {
  const out: Record<string, string | number> = { orgId: p.orgId };
  if (p.year) out.year = p.year;
  if (p.departmentId) out.departmentId = p.departmentId;
  if (p.kind) out.kind = p.kind;
  if (p.grade) out.grade = p.grade;
  if (p.stage) out.stage = p.stage as Stage;
  return out;
}

export const overviewApi = {
  get: (p: OverviewParams) => api.get<Overview>('/api/reports/overview', query(p)),
  exportUrl: (
    p: OverviewParams,
    table: OverviewTable,
    scope: { departmentId?: string | undefined; unitId?: string | undefined } = {},
  ) => {
    const q = new URLSearchParams(Object.entries(query(p)).map(([k, v]) => [k, String(v)]));
    q.set('table', table);
    if (scope.departmentId) q.set('scopeDepartmentId', scope.departmentId);
    if (scope.unitId) q.set('unitId', scope.unitId);
    return `/api/reports/overview/export?${q.toString()}`;
  },
};
