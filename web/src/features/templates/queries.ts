// The indicator systems' reads and writes as query hooks; their keys live here and nowhere else.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { newIdempotencyKey } from '../../shared/api/client';
import { isStale } from '../../shared/api/query';
import type { IndicatorTemplate } from '../../../../src/domain/indicators/index.ts';
import { templatesApi, type TemplateDetail } from './api';

export const templateKeys = {
  all: ['templates'] as const,
  list: () => [...templateKeys.all, 'list'] as const,
  detail: (id: string) => [...templateKeys.all, 'detail', id] as const,
};

/** Every indicator system this user may use (built-in and their organisations'). */
export function useTemplates(enabled = true) {
  return useQuery({
    queryKey: templateKeys.list(),
    queryFn: () => templatesApi.list().then((r) => r.items),
    enabled,
  });
}

export function useTemplate(id: string | null) {
  return useQuery({
    queryKey: templateKeys.detail(id ?? ''),
    queryFn: () => templatesApi.get(id!),
    enabled: id !== null,
    gcTime: 0,
  });
}

/** A write answered by the template: shown if its page is open (never seeded ahead of its own load). */
function useTemplateWrite<I>(write: (input: I) => Promise<TemplateDetail>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (t) => {
      if (qc.getQueryState(templateKeys.detail(t.id))) qc.setQueryData(templateKeys.detail(t.id), t);
      return qc.invalidateQueries({ queryKey: templateKeys.list() });
    },
    onError: (err) => {
      if (isStale(err)) return qc.invalidateQueries({ queryKey: templateKeys.all });
    },
  });
}

/** Imports a template JSON (or copies a built-in one, `copiedFrom` naming it) into an organisation. */
export function useImportTemplate() {
  return useTemplateWrite((input: { orgId: string; json: unknown; copiedFrom?: string }) =>
    templatesApi.import(input.orgId, input.json, newIdempotencyKey(), input.copiedFrom),
  );
}

export function useUpdateTemplate() {
  return useTemplateWrite((input: { id: string; template: IndicatorTemplate; version: number }) =>
    templatesApi.update(input.id, input.template, input.version),
  );
}
