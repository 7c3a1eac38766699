/**
 * The column names of a table header that plain `pdftotext` printed a piece a line — names wrapped in their narrow
 * cells ("2024年" over "预算数", "完成预算" over "（%）", "其中：" over "上级补助", a group "年度预算" over "合计"):
 * merged back into one name a column, for the plain table readers (plain-tables.ts, plain-records.ts).
 */

/** A header name, or a piece of one. */
const HEAD_PIECE = /^[\u4e00-\u9fa5（）()%％—–\-\d\s：:、/]{1,16}$/;
/** A piece that joins the name below it: "其中：", a period "1—8 月", a year "2024年". */
const JOINS_BELOW = /[：:]$|^\d{1,2}\s*[—–-]\s*\d{1,2}\s*月$|^\d{1,2}\s*月$|^20\d\d\s*年度?$/;
/** A piece that joins the name above it: its unit in brackets. */
const JOINS_ABOVE = /^[（(][^（）()]{1,6}[）)]$/;
const TOTAL = /^(?:合\s*计|总\s*计)$/;

/**
 * The column names of a header printed a piece a line: a unit in brackets joins the name above, "其中：", a period
 * and a year ("2024年") the name below, a group name the "合计" under it when "其中：" follows ("年度预算" + "合计").
 * Each name keeps the line of its first piece. Null when a piece is no header's.
 */
export function mergedHeader(
  pieces: readonly { text: string; line: number }[],
  joinRepeated = false,
): { text: string; line: number }[] | null {
  if (pieces.some((p) => !HEAD_PIECE.test(p.text))) return null;
  // With `joinRepeated`, a piece printed more than once, each time over another piece ("决算比上年" over "增减额",
  // then over "增减率"), is the head of each name it stands over.
  const squashed = pieces.map((p) => p.text.replace(/\s+/g, ''));
  const repeatedHead = (k: number): boolean => {
    if (!joinRepeated || k + 1 >= squashed.length) return false;
    const below = new Set<string>();
    let seen = 0;
    let tail = false;
    squashed.forEach((p, x) => {
      if (p !== squashed[k]) return;
      seen++;
      below.add(squashed[x + 1] ?? '');
      // (Under a piece that joins the one below — "2025年" over "决算数" — it is a name's tail.)
      if (x > 0 && JOINS_BELOW.test(squashed[x - 1]!)) tail = true;
    });
    return !tail && seen >= 2 && below.size === seen;
  };
  const names: { text: string; line: number }[] = [];
  let pending = null as { text: string; line: number } | null;
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k]!.text.replace(/\s+/g, '');
    const line = pieces[k]!.line;
    const last = names[names.length - 1];
    if (JOINS_ABOVE.test(p) && last && pending === null) {
      last.text += p;
      continue;
    }
    if (JOINS_BELOW.test(p) || repeatedHead(k)) {
      pending = { text: (pending?.text ?? '') + p, line: pending?.line ?? line };
      continue;
    }
    if (TOTAL.test(p) && last && pending === null && /^其中/.test(pieces[k + 1]?.text ?? '')) {
      last.text += p;
      continue;
    }
    names.push({ text: (pending?.text ?? '') + p, line: pending?.line ?? line });
    pending = null;
  }
  return pending === null ? names : null;
}
