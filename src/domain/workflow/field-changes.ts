/**
 * A write described as field changes: the paths a reviewer's step may be allowed to edit
 * (`inputs.<key>`, `sheets.<evaluator>.entries.<leaf>.score`, `data.<table>.<row>`…), each with its
 * before and after value. The editing lock and the timeline read writes in this form, whatever the
 * document kind.
 */
import type { FieldChange, JsonValue } from './types.ts';

export const asJson = (v: unknown): JsonValue =>
  v === undefined ? null : (JSON.parse(JSON.stringify(v)) as JsonValue);

export const sameJson = (a: unknown, b: unknown): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';
const keysOf = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();

/**
 * The leaves that differ between two JSON values, as changes of `prefix.<path>` (arrays by index). A
 * leaf is a scalar, or an object / array present on one side only.
 */
export function leafChanges(
  prefix: string,
  before: unknown,
  after: unknown,
  out: FieldChange[] = [],
): FieldChange[] {
  if (isObject(before) && isObject(after) && Array.isArray(before) === Array.isArray(after)) {
    const keys = Array.isArray(before)
      ? Array.from({ length: Math.max(before.length, (after as unknown as unknown[]).length) }, (_x, i) =>
          String(i),
        )
      : keysOf(before, after);
    for (const k of keys) leafChanges(`${prefix}.${k}`, before[k], after[k], out);
    return out;
  }
  if (!sameJson(before, after)) out.push({ field: prefix, before: asJson(before), after: asJson(after) });
  return out;
}

/** The changed top-level keys of two objects as `prefix.<key>` changes (values compared whole). */
function keyChanges(prefix: string, before: unknown, after: unknown, out: FieldChange[]): void {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  for (const k of keysOf(b, a))
    if (!sameJson(b[k], a[k]))
      out.push({ field: `${prefix}.${k}`, before: asJson(b[k]), after: asJson(a[k]) });
}

type SheetData = { entries?: unknown; total?: string | null; submitted?: boolean };

/** The writes of an evaluation: its inputs, one evaluator's score sheet, or the 自评报告's texts. */
export type EvaluationWrite =
  | { inputs: { before: unknown; after: unknown } }
  | { sheet: { evaluatorId: string; evaluatorName?: string; before: SheetData | null; after: SheetData } }
  /** The 自评报告's narrative: fields `narrative.<key>`, `narrative.analysis.<一级指标>`. */
  | { narrative: { before: unknown; after: unknown } };

/** An evaluation's write as field changes (`inputs.*`, `narrative.*`, `sheets.<evaluator>.*`). */
export function evaluationChanges(write: EvaluationWrite): FieldChange[] {
  const out: FieldChange[] = [];
  if ('inputs' in write) {
    keyChanges('inputs', write.inputs.before, write.inputs.after, out);
    return out;
  }
  if ('narrative' in write) {
    const before = (write.narrative.before ?? {}) as Record<string, unknown>;
    const after = (write.narrative.after ?? {}) as Record<string, unknown>;
    for (const k of keysOf(before, after)) {
      if (k === 'analysis') keyChanges('narrative.analysis', before[k], after[k], out);
      else if (!sameJson(before[k], after[k]))
        out.push({ field: `narrative.${k}`, before: asJson(before[k]), after: asJson(after[k]) });
    }
    return out;
  }
  const { evaluatorId, before, after } = write.sheet;
  const p = `sheets.${evaluatorId}`;
  if (before === null)
    out.push({ field: `${p}.evaluator`, before: null, after: write.sheet.evaluatorName ?? evaluatorId });
  if (after.entries !== undefined) {
    const b = (before?.entries ?? {}) as Record<string, Record<string, unknown>>;
    const a = after.entries as Record<string, Record<string, unknown>>;
    for (const leaf of keysOf(b, a))
      for (const prop of ['score', 'explanation', 'problem', 'suggestion'])
        if (!sameJson(b[leaf]?.[prop], a[leaf]?.[prop]))
          out.push({
            field: `${p}.entries.${leaf}.${prop}`,
            before: asJson(b[leaf]?.[prop]),
            after: asJson(a[leaf]?.[prop]),
          });
  }
  if (after.total !== undefined && !sameJson(before?.total, after.total))
    out.push({ field: `${p}.total`, before: asJson(before?.total), after: asJson(after.total) });
  if (after.submitted !== undefined && !sameJson(before?.submitted ?? false, after.submitted))
    out.push({ field: `${p}.submitted`, before: before?.submitted ?? false, after: after.submitted });
  return out;
}
