/** The lines of a document that prose rules read as sentences, and those of them that state a figure. */
import type { Ctx } from './context.ts';
import type { Layout } from './layout.ts';
import { scanNumbers, type NumberToken } from './numbers.ts';

const SKIP = 0;
const PROSE = 1;
const PROSE_WITH_FIGURE = 2;

/** Per layout, what each logical line is to the prose rules (SKIP, PROSE, PROSE_WITH_FIGURE). */
const kindsOf = new WeakMap<Layout, Uint8Array>();

function lineKinds(ctx: Ctx): Uint8Array {
  let kinds = kindsOf.get(ctx.layout);
  if (kinds) return kinds;
  kinds = new Uint8Array(ctx.lines.length);
  for (let li = 0; li < ctx.lines.length; li++) {
    const line = ctx.lines[li]!;
    if (line !== '') kinds[li] = hasDigit(line) ? PROSE_WITH_FIGURE : PROSE;
  }
  // A row of a space-aligned table (pdftotext's columns, read as cells) holds no sentence: a claim in running
  // text is never made across its cells. (Rules still read such rows as the lines after a sentence: "其中："
  // with its parts below.)
  for (const b of ctx.layout.blocks)
    if (b.kind === 'table' && b.shape === 'space') for (const r of b.rows) kinds[r.line] = SKIP;
  kindsOf.set(ctx.layout, kinds);
  return kinds;
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
  const kinds = lineKinds(ctx);
  for (let li = 0; li < kinds.length; li++) if (kinds[li] !== SKIP) f(ctx.lines[li]!, li);
}

/**
 * Calls `f` for each prose line (see forEachProseLine) with an ASCII digit in it: the lines a claim about
 * figures can start on (its total, share, change or rate is printed there; full-width digits are already
 * ASCII in the logical lines).
 */
export function forEachFigureLine(ctx: Ctx, f: (line: string, li: number) => void): void {
  const kinds = lineKinds(ctx);
  for (let li = 0; li < kinds.length; li++) if (kinds[li] === PROSE_WITH_FIGURE) f(ctx.lines[li]!, li);
}

/** Per layout, the figures of each logical line, read when first asked for. */
const figuresOf = new WeakMap<Layout, (readonly NumberToken[] | undefined)[]>();

/**
 * The figures of logical line `li` (scanNumbers), read once per document: several rules read the same
 * lines' figures (a total's parts on the lines below it, a suspect 元 amount's neighbours). Shared: not to
 * be changed.
 */
export function lineFigures(ctx: Ctx, li: number): readonly NumberToken[] {
  let figures = figuresOf.get(ctx.layout);
  if (!figures) {
    figures = [];
    figuresOf.set(ctx.layout, figures);
  }
  return (figures[li] ??= scanNumbers(ctx.lines[li]!));
}
