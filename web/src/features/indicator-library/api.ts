// Calls and shapes of the 指标库 (/api/indicator-library). Types come from the server, type-only.
import { api } from '../../shared/api/client';
import type { IndicatorDirection } from '../../../../src/domain/indicators/direction.ts';
import type { LibraryScope } from '../../../../src/domain/indicators/library.ts';
import type { LibraryEntryDto } from '../../../../src/features/indicator-library/library-store.ts';
import type { ProposalDto } from '../../../../src/features/indicator-library/proposals.ts';
import type { ImportResult } from '../../../../src/features/indicator-library/import-library.ts';
import type { EditionDto, ResolvedEditionDto } from '../../../../src/features/indicator-library/editions.ts';

export type LibraryEntry = LibraryEntryDto;
export type Proposal = ProposalDto;
export type { ImportResult };
export type Edition = EditionDto;
export type ResolvedEdition = ResolvedEditionDto;
export type SearchResult = { items: LibraryEntry[]; total: number; edition: ResolvedEdition };

export type LibrarySearch = {
  orgId: string;
  /** The edition to search (the admin page); left out: the one serving orgId for `year` (the picker). */
  editionId?: string;
  text?: string;
  level1?: string;
  level2?: string;
  direction?: IndicatorDirection;
  scope?: LibraryScope;
  year?: number;
  all?: '1';
};

export type EntryInput = {
  editionId?: string | null;
  code?: string;
  scope: LibraryScope;
  ownerOrgId?: string | null;
  industry: string;
  level1: string;
  level2: string;
  name: string;
  unit: string;
  direction?: IndicatorDirection | null;
  scoringRule: string;
  valueNote: string;
  active: boolean;
};

export type EditionInput = { region: string; year: number; note: string; copyFromId?: string | null };

export type ProposalInput = {
  orgId: string;
  projectId?: string | null;
  level1: string;
  level2: string;
  name: string;
  unit: string;
  direction?: IndicatorDirection | null;
  scoringRule: string;
  valueNote: string;
  note: string;
};

const BASE = '/api/indicator-library';

export const libraryApi = {
  search: (q: LibrarySearch, signal?: AbortSignal) => api.get<SearchResult>(BASE, q, signal),
  editions: (orgId: string, year: number, signal?: AbortSignal) =>
    api.get<{ items: Edition[]; current: ResolvedEdition | null }>(
      `${BASE}/editions`,
      { orgId, year },
      signal,
    ),
  createEdition: (input: EditionInput, key: string) => api.post<Edition>(`${BASE}/editions`, input, key),
  create: (input: EntryInput, key: string) => api.post<LibraryEntry>(BASE, input, key),
  update: (id: string, input: EntryInput & { version: number }) =>
    api.put<LibraryEntry>(`${BASE}/${encodeURIComponent(id)}`, input),
  remove: (id: string, version: number) =>
    api.delete<void>(`${BASE}/${encodeURIComponent(id)}?version=${version}`),
  exportUrl: (orgId: string, editionId: string) =>
    `${BASE}/export?orgId=${encodeURIComponent(orgId)}&editionId=${encodeURIComponent(editionId)}`,
  /** The workbook itself is the body (application/octet-stream); the rest in the query. */
  import: (body: { orgId: string; editionId: string; file: File; dryRun: boolean }) =>
    api.upload<ImportResult>(`${BASE}/import/file`, body.file, {
      orgId: body.orgId,
      editionId: body.editionId,
      fileName: body.file.name,
      dryRun: body.dryRun,
    }),
  proposals: (orgId: string, status?: 'pending' | 'accepted' | 'rejected') =>
    api.get<{ items: Proposal[] }>(`${BASE}/proposals`, { orgId, status }),
  propose: (input: ProposalInput, key: string) => api.post<Proposal>(`${BASE}/proposals`, input, key),
  accept: (
    id: string,
    body: { version: number; scope: 'common' | 'department'; ownerOrgId?: string | null },
  ) =>
    api.post<{ proposal: Proposal; entryCode: string }>(
      `${BASE}/proposals/${encodeURIComponent(id)}/accept`,
      body,
    ),
  reject: (id: string, body: { version: number; reason: string }) =>
    api.post<Proposal>(`${BASE}/proposals/${encodeURIComponent(id)}/reject`, body),
};
