/**
 * A row as pdftotext -layout prints it, columns by character: [text, at] puts a figure's last character at
 * column `at` (at ≥ 0) or a label's first at −at; a cell that would overlap the one before keeps one space.
 */
export function row(...cells: Array<[string, number]>): string {
  let s = '';
  for (const [text, at] of cells) {
    let start = at < 0 ? -at : at - text.length;
    if (s) start = Math.max(start, s.length + 1);
    s = s.padEnd(start) + text;
  }
  return s;
}
