// No figure typed twice (issue 15): where each prefilled figure of a self-evaluation came from (the goals'
// 预期指标值 / 实际完成值, the project's 执行数 / 预算数), which figures the draft now overrides, and the
// 修改原因 the user writes for each (seeded from the stored reasons; sent with the save).
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import {
  findOverrides,
  overrideKey,
  type IndicatorInput,
  type LeafPrefill,
  type Override,
} from '../../../../src/domain/scoring/index.ts';
import type { PrefillDto } from '../../../../src/features/evaluations/input-prefill.ts';

export const prefillKeys = {
  detail: (id: string, version: number) => ['evaluations', 'prefill', id, version] as const,
};

export const prefillApi = {
  get: (id: string, signal?: AbortSignal) =>
    api.get<PrefillDto>(`/api/evaluations/${encodeURIComponent(id)}/prefill`, undefined, signal),
};

export type PrefillState = {
  leaf: (leafId: string) => LeafPrefill | undefined;
  overrides: (leafId: string) => Override[];
  reason: (o: Override) => string;
  setReason: (o: Override, text: string) => void;
  /** The reasons of every figure the draft overrides, keyed as the server wants them. */
  reasons: Record<string, string>;
};

export function usePrefill(
  evaluationId: string,
  version: number | undefined,
  inputs: Record<string, IndicatorInput>,
): PrefillState {
  const query = useQuery({
    queryKey: prefillKeys.detail(evaluationId, version ?? 0),
    queryFn: ({ signal }) => prefillApi.get(evaluationId, signal),
    enabled: version !== undefined,
  });
  const data = query.data;
  const [typed, setTyped] = useState<Record<string, string>>({});
  useEffect(() => {
    if (!data) return;
    const stored: Record<string, string> = {};
    for (const o of data.overrides) if (o.reason) stored[overrideKey(o.leafId, o.field)] = o.reason;
    setTyped((t) => ({ ...stored, ...t }));
  }, [data]);
  const current = useMemo(() => (data ? findOverrides(data.leaves, inputs) : []), [data, inputs]);
  const byLeaf = useMemo(() => new Map((data?.leaves ?? []).map((l) => [l.leafId, l])), [data]);
  const reasons: Record<string, string> = {};
  for (const o of current) {
    const k = overrideKey(o.leafId, o.field);
    if (typed[k]?.trim()) reasons[k] = typed[k]!.trim();
  }
  return {
    leaf: (id) => byLeaf.get(id),
    overrides: (id) => current.filter((o) => o.leafId === id),
    reason: (o) => typed[overrideKey(o.leafId, o.field)] ?? '',
    setReason: (o, text) => setTyped((t) => ({ ...t, [overrideKey(o.leafId, o.field)]: text })),
    reasons,
  };
}
