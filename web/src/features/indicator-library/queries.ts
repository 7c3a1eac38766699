// The 指标库's reads and writes as query hooks; their keys live here and nowhere else.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { newIdempotencyKey } from '../../shared/api/client';
import {
  libraryApi,
  type EditionInput,
  type EntryInput,
  type LibrarySearch,
  type ProposalInput,
} from './api';

export const libraryKeys = {
  all: ['indicator-library'] as const,
  search: (q: LibrarySearch) => [...libraryKeys.all, 'search', q] as const,
  proposals: (orgId: string) => [...libraryKeys.all, 'proposals', orgId] as const,
  editions: (orgId: string, year: number) => [...libraryKeys.all, 'editions', orgId, year] as const,
};

/** Every edition, and the one serving the organisation for the year. */
export function useEditions(orgId: string | null, year: number) {
  return useQuery({
    queryKey: libraryKeys.editions(orgId ?? '', year),
    queryFn: ({ signal }) => libraryApi.editions(orgId!, year, signal),
    enabled: !!orgId,
  });
}

export function useLibrarySearch(q: LibrarySearch | null) {
  return useQuery({
    queryKey: libraryKeys.search(q ?? { orgId: '' }),
    queryFn: ({ signal }) => libraryApi.search(q!, signal),
    enabled: q !== null && q.orgId !== '',
    placeholderData: keepPreviousData,
  });
}

export function useProposals(orgId: string | null) {
  return useQuery({
    queryKey: libraryKeys.proposals(orgId ?? ''),
    queryFn: () => libraryApi.proposals(orgId!).then((r) => r.items),
    enabled: !!orgId,
  });
}

function useLibraryWrite<I, O>(write: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => qc.invalidateQueries({ queryKey: libraryKeys.all }),
  });
}

export const useCreateEntry = () =>
  useLibraryWrite((input: EntryInput) => libraryApi.create(input, newIdempotencyKey()));
export const useUpdateEntry = () =>
  useLibraryWrite((x: { id: string; input: EntryInput & { version: number } }) =>
    libraryApi.update(x.id, x.input),
  );
export const useDeleteEntry = () =>
  useLibraryWrite((x: { id: string; version: number }) => libraryApi.remove(x.id, x.version));
export const useImportLibrary = () => useLibraryWrite(libraryApi.import);
export const useCreateEdition = () =>
  useLibraryWrite((input: EditionInput) => libraryApi.createEdition(input, newIdempotencyKey()));
export const usePropose = () =>
  useLibraryWrite((input: ProposalInput) => libraryApi.propose(input, newIdempotencyKey()));
export const useAccept = () =>
  useLibraryWrite(
    (x: { id: string; version: number; scope: 'common' | 'department'; ownerOrgId?: string | null }) =>
      libraryApi.accept(x.id, { version: x.version, scope: x.scope, ownerOrgId: x.ownerOrgId ?? null }),
  );
export const useReject = () =>
  useLibraryWrite((x: { id: string; version: number; reason: string }) =>
    libraryApi.reject(x.id, { version: x.version, reason: x.reason }),
  );
