// The state of an evaluation page: which score sheet is shown, its entries and the facts as edited on
// screen, the indicator rows of the template, and the live computation — the same evaluate() the server
// runs, on what is on screen now (total, base score, grade, each indicator's score and findings).
import { useCallback, useMemo, useRef } from 'react';
import { useSeeded } from '../../shared/api/useSeeded';
import { leaves, RULE_KIND_NAMES } from '../../../../src/domain/indicators/index.ts';
import { evaluate, type IndicatorInput } from '../../../../src/domain/scoring/index.ts';
import type { Evaluation, SheetEntry } from './api';

export type SheetRow = {
  id: string;
  l1: string;
  l2: string;
  l3: string;
  weight: string;
  ruleText: string;
  manual: boolean;
};

type Draft = {
  sheetId: string | null;
  entries: Record<string, SheetEntry>;
  inputs: Record<string, IndicatorInput>;
};

/** The sheet shown after a load: the one asked to keep, else the user's own, else a submitted one. */
function seed(e: Evaluation, keep: string | null): Draft {
  const chosen =
    e.sheets.find((s) => s.id === keep) ??
    e.sheets.find((s) => s.mine) ??
    e.sheets.find((s) => s.submitted) ??
    null;
  return { sheetId: chosen?.id ?? null, entries: chosen?.entries ?? {}, inputs: e.inputs };
}

export function sheetRows(ev: Evaluation): SheetRow[] {
  return leaves(ev.template).map(({ node, path }) => ({
    id: node.id,
    l1: path[0]?.name ?? '',
    l2: path.length > 2 ? path[1]!.name : '',
    l3: path.length > 1 ? node.name : '',
    weight: node.weight,
    ruleText: node.ruleText ?? RULE_KIND_NAMES[(node.rule ?? { kind: 'manual' }).kind],
    manual: (node.rule ?? { kind: 'manual' }).kind === 'manual',
  }));
}

export function useScoreSheet(ev: Evaluation | undefined, updatedAt: number, canScore: boolean) {
  // The sheet to show when the next answer arrives (set before a write; cleared before a reload).
  const keep = useRef<string | null>(null);
  const [draft, setDraft] = useSeeded(ev, updatedAt, (e) => seed(e, keep.current));
  const entries = useMemo(() => draft?.entries ?? {}, [draft]);
  const inputs = useMemo(() => draft?.inputs ?? {}, [draft]);

  const sheet = ev?.sheets.find((s) => s.id === draft?.sheetId) ?? null;
  const editing = !!sheet && sheet.mine && !sheet.submitted && canScore;
  const rows = useMemo(() => (ev ? sheetRows(ev) : []), [ev]);

  const live = useMemo(() => {
    if (!ev) return null;
    // A sheet stored as a total only (no entries) is shown as that total while it is not being edited.
    const totalOnly = sheet && Object.keys(sheet.entries).length === 0 && sheet.total !== null && !editing;
    const s = totalOnly
      ? { evaluator: { name: sheet.evaluatorName }, total: sheet.total! }
      : { evaluator: { name: sheet?.evaluatorName ?? '系统计算' }, scores: entries };
    try {
      return evaluate({ template: ev.template, inputs, sheets: [s] });
    } catch {
      return null;
    }
  }, [ev, inputs, entries, sheet, editing]);
  const liveSheet = live?.sheets[0] ?? null;
  const byId = useMemo(() => new Map((liveSheet?.indicators ?? []).map((i) => [i.id, i])), [liveSheet]);

  const setEntry = useCallback(
    (leaf: string, patch: Partial<SheetEntry>) =>
      setDraft((d) => {
        if (!d) return d;
        const next = { ...(d.entries[leaf] ?? {}), ...patch };
        for (const k of Object.keys(next) as Array<keyof SheetEntry>) if (!next[k]) delete next[k];
        const all = { ...d.entries, [leaf]: next };
        if (Object.keys(next).length === 0) delete all[leaf];
        return { ...d, entries: all };
      }),
    [setDraft],
  );

  /** 未评指标按满分填入: every manual indicator without a score (and not 未设定) gets its full weight. */
  const fillFull = () => {
    if (!ev) return;
    for (const r of rows)
      if (r.manual && !entries[r.id]?.score && !ev.inputs[r.id]?.notSet) setEntry(r.id, { score: r.weight });
  };

  const selectSheet = (id: string) => {
    const s = ev?.sheets.find((x) => x.id === id);
    if (s) setDraft((d) => (d ? { ...d, sheetId: id, entries: s.entries } : d));
  };

  const setInputs = (next: Record<string, IndicatorInput>) =>
    setDraft((d) => (d ? { ...d, inputs: next } : d));

  return {
    ready: draft !== null,
    sheetId: draft?.sheetId ?? null,
    sheet,
    editing,
    entries,
    inputs,
    rows,
    live,
    liveSheet,
    byId,
    setEntry,
    fillFull,
    selectSheet,
    setInputs,
    /** Which sheet to show when the next answer of the server arrives (null: the default choice). */
    keepSheet: (id: string | null) => {
      keep.current = id;
    },
  };
}

export type ScoreSheetState = ReturnType<typeof useScoreSheet>;
