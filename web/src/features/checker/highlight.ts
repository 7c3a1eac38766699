// Where a finding sits in its line: the figure it reports (as found, else as expected) inside the
// stretch of the line its excerpt quotes; the excerpt itself when neither figure is printed there; the
// whole line when the excerpt is not a quote of the line (table findings join several cells).
import type { Finding } from './api';

export type Range = { start: number; end: number };

function figures(f: Finding): string[] {
  const out: string[] = [];
  for (const v of [f.found, f.expected]) {
    if (!v || !/\d/.test(v)) continue;
    out.push(v, v.replace(/(万元|亿元|元|%|％|分)$/, ''));
  }
  return out.filter((v) => v.length > 0);
}

export function rangeOf(line: string, finding: Finding): Range {
  const excerpt = finding.excerpt.replace(/^…/, '').replace(/…$/, '').trim();
  const at = excerpt.length > 0 ? line.indexOf(excerpt) : -1;
  const region = at >= 0 ? { start: at, end: at + excerpt.length } : { start: 0, end: line.length };
  const stretch = line.slice(region.start, region.end);
  for (const needle of figures(finding)) {
    const i = stretch.indexOf(needle);
    // A figure must stand alone: "3" inside "13.30" is not the figure.
    if (i >= 0 && !/[\d.]/.test(stretch[i - 1] ?? '') && !/\d/.test(stretch[i + needle.length] ?? '')) {
      return { start: region.start + i, end: region.start + i + needle.length };
    }
  }
  return region;
}

export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}
