// Row spans for the merged 一级 / 二级 cells of a goal table or score sheet: a run of equal values
// (二级 within the same 一级) becomes one cell, as in the seeds' tables.
export function spans<T>(rows: readonly T[], key: (row: T) => string): number[] {
  const out = rows.map(() => 0);
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i === rows.length || key(rows[i]!) !== key(rows[start]!)) {
      out[start] = i - start;
      start = i;
    }
  }
  return out;
}
