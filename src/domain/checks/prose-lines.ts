/** The lines of a document that prose rules read as sentences, and those of them that state a figure. */
import type { Ctx } from './context.ts';
import { scanNumbers, type NumberToken } from './numbers.ts';

/** The logical lines the prose rules read, as line indexes in order: every rule walks the same lists. */
type ProseLines = NonNullable<Ctx['proseLines']>;

/** The prose lines of the document, listed once: some forty rules walk them, the other lines skipped once. */
function proseLines(ctx: Ctx): ProseLines {
  if (ctx.proseLines) return ctx.proseLines;
  const n = ctx.lines.length;
  const skip = new Uint8Array(n);
  // A row of a space-aligned table (pdftotext's columns, read as cells) holds no sentence: a claim in running
  // text is never made across its cells. (Rules still read such rows as the lines after a sentence: "其中："
  // with its parts below.)
  for (const b of ctx.layout.blocks)
    if (b.kind === 'table' && b.shape === 'space') for (const r of b.rows) skip[r.line] = 1;
  const prose: number[] = [];
  const figure: number[] = [];
  for (let li = 0; li < n; li++) {
    const line = ctx.lines[li]!;
    if (line === '' || skip[li]) continue;
    prose.push(li);
    if (hasDigit(line)) figure.push(li);
  }
  ctx.proseLines = { prose: Int32Array.from(prose), figure: Int32Array.from(figure) };
  return ctx.proseLines;
}

function hasDigit(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Calls `f` for each logical line that can hold a sentence: every line with text but a space-aligned table's rows. */
export function forEachProseLine(ctx: Ctx, f: (line: string, li: number) => void): void {
  const { prose } = proseLines(ctx);
  const lines = ctx.lines;
  for (let k = 0; k < prose.length; k++) f(lines[prose[k]!]!, prose[k]!);
}

/**
 * Calls `f` for each prose line (see forEachProseLine) with an ASCII digit in it: the lines a claim about
 * figures can start on (its total, share, change or rate is printed there; full-width digits are already
 * ASCII in the logical lines).
 */
export function forEachFigureLine(ctx: Ctx, f: (line: string, li: number) => void): void {
  const { figure } = proseLines(ctx);
  const lines = ctx.lines;
  for (let k = 0; k < figure.length; k++) f(lines[figure[k]!]!, figure[k]!);
}

/**
 * Calls `f` for each figure line (see forEachFigureLine) holding `word` — as forEachFigureLine with
 * `if (!line.includes(word)) return;` first, but the lines with the word are listed once per document:
 * several rules look for the same word ("占", "率") on every figure line.
 */
export function forEachFigureLineWith(ctx: Ctx, word: string, f: (line: string, li: number) => void): void {
  const lines = ctx.lines;
  let listed = ctx.figureLinesWith.get(word);
  if (!listed) {
    const { figure } = proseLines(ctx);
    const found: number[] = [];
    for (let k = 0; k < figure.length; k++) if (lines[figure[k]!]!.includes(word)) found.push(figure[k]!);
    listed = Int32Array.from(found);
    ctx.figureLinesWith.set(word, listed);
  }
  for (let k = 0; k < listed.length; k++) f(lines[listed[k]!]!, listed[k]!);
}

/**
 * The figures of logical line `li` (scanNumbers), read once per document: several rules read the same
 * lines' figures (a total's parts on the lines below it, a suspect 元 amount's neighbours). Shared: not to
 * be changed.
 */
export function lineFigures(ctx: Ctx, li: number): readonly NumberToken[] {
  return (ctx.lineFigures[li] ??= scanNumbers(ctx.lines[li]!));
}
