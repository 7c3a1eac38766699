// Calls and shapes of the final-accounts feature (/api/accounts). Amounts are 元 decimal strings both ways.
import { request } from '../../shared/api/client';
import { newIdempotencyKey } from '../../shared/api/client';
import type {
  Explanation,
  FinalAccounts,
  PriorYear,
  AccountsTexts,
} from '../../../../src/domain/accounts/index.ts';
import type {
  GoalsProjectRow,
  ProjectsFromGoalsItem,
} from '../../../../src/domain/accounts/projects-from-goals.ts';

export type { ProjectsFromGoalsItem };

export type Violation = {
  key: string;
  ruleId: string;
  description: string;
  kind: '表内' | '表间';
  severity: 'error' | 'warning';
  location: {
    table: string;
    tableName: string;
    row: string;
    rowLabel: string;
    column: string;
    columnLabel: string;
  };
  left: string;
  right: string;
  difference: string;
  unit: string;
  arithmetic: string;
  explanation?: string;
};

export type AccountsDto = {
  id: string | null;
  orgId: string;
  orgName: string;
  orgKind: 'finance' | 'department' | 'unit';
  fiscalYear: number;
  exists: boolean;
  status: 'draft' | 'submitted';
  version: number;
  updatedAt: string | null;
  submittedAt: string | null;
  data: FinalAccounts;
  violations: Violation[];
  unexplained: number;
  /** What the goals give for each project (元): a differing 预算数 / 执行数 needs a 修改原因. */
  projectsFromGoals: GoalsProjectRow[];
};

export type Catalog = {
  /** The edition actually used (the latest not after the year asked for). */
  year: number;
  region?: string;
  functions: { code: string; name: string; level: '类' | '款' | '项' }[];
  economic: { code: string; name: string; group: 'personnel' | 'publicUse' | 'other' }[];
};

export type Transfer = { kind: 'subsidy' | 'remittance'; fromOrgId: string; toOrgId: string; amount: string };
export type ConsolidationSettings = {
  exists: boolean;
  version: number;
  unit: FinalAccounts['unit'];
  transfers: Transfer[];
  previous: PriorYear;
  texts: AccountsTexts;
};
export type Member = {
  orgId: string;
  orgName: string;
  orgKind: string;
  status: 'draft' | 'submitted' | 'missing';
  incomeTotal: string | null;
  expenditureTotal: string | null;
  violations: number;
};
export type ConsolidationDto = {
  orgId: string;
  orgName: string;
  fiscalYear: number;
  settings: ConsolidationSettings;
  members: Member[];
  consolidated: FinalAccounts | null;
  violations: Violation[];
  explanation: Explanation | null;
  error: string | null;
};

const path = (orgId: string, rest = '') => `/api/accounts/${encodeURIComponent(orgId)}${rest}`;

/** 从绩效目标带入: what bringing the goals into the saved 决算's project rows would change. */
export type ProjectsFromGoalsPreview = { version: number; items: ProjectsFromGoalsItem[] };

export const accountsApi = {
  catalog: (year: number) => request<Catalog>('GET', '/api/accounts/catalog', { query: { year } }),
  get: (orgId: string, year: number, signal?: AbortSignal) =>
    request<AccountsDto>('GET', path(orgId), { query: { year }, signal }),
  save: (
    orgId: string,
    year: number,
    body: { version: number; data: FinalAccounts; explanations: Record<string, string> },
  ) =>
    request<AccountsDto>('PUT', path(orgId), { query: { year }, body, idempotencyKey: newIdempotencyKey() }),
  submit: (orgId: string, year: number, version: number) =>
    request<AccountsDto>('POST', path(orgId, '/submit'), {
      query: { year },
      body: { version },
      idempotencyKey: newIdempotencyKey(),
    }),
  withdraw: (orgId: string, year: number, version: number) =>
    request<AccountsDto>('POST', path(orgId, '/withdraw'), {
      query: { year },
      body: { version },
      idempotencyKey: newIdempotencyKey(),
    }),
  /** The workbook itself is the body (application/octet-stream); year, version and name in the query. */
  importXlsx: (orgId: string, year: number, version: number, file: File) =>
    request<AccountsDto & { imported: { fileName: string; amountUnit: string } }>(
      'POST',
      path(orgId, '/import/file'),
      { query: { year, version, fileName: file.name }, body: file },
    ),
  projectsFromGoals: (orgId: string, year: number) =>
    request<ProjectsFromGoalsPreview>('GET', path(orgId, '/projects-from-goals'), { query: { year } }),
  bringProjectsFromGoals: (orgId: string, year: number, body: { version: number; overwrite: string[] }) =>
    request<AccountsDto>('POST', path(orgId, '/projects-from-goals'), {
      query: { year },
      body,
      idempotencyKey: newIdempotencyKey(),
    }),
  explanation: (orgId: string, year: number, signal?: AbortSignal) =>
    request<Explanation>('GET', path(orgId, '/explanation'), { query: { year }, signal }),
  consolidated: (orgId: string, year: number, signal?: AbortSignal) =>
    request<ConsolidationDto>('GET', path(orgId, '/consolidated'), { query: { year }, signal }),
  saveConsolidation: (orgId: string, year: number, body: Omit<ConsolidationSettings, 'exists'>) =>
    request<ConsolidationDto>('PUT', path(orgId, '/consolidation'), {
      query: { year },
      body,
      idempotencyKey: newIdempotencyKey(),
    }),
  templateUrl: (orgId: string, year: number) => `${path(orgId, '/template')}?year=${year}`,
  exportUrl: (orgId: string, year: number) => `${path(orgId, '/export')}?year=${year}`,
  documentUrl: (
    orgId: string,
    year: number,
    kind: 'explanation' | 'appendix',
    format: 'docx' | 'pdf' | 'xlsx',
    source: 'own' | 'consolidated',
  ) => `${path(orgId, '/document')}?year=${year}&kind=${kind}&format=${format}&source=${source}`,
};
