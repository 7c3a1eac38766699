/**
 * Which words a document holds anywhere: a rule whose every claim needs one of a few words (a 评分表's 得分, a
 * car's 车辆) skips a document without any of them — one scan of the document per word instead of the rule's
 * walk over every line. White space is ignored: a header spaced out over its cell ("得  分") and a word
 * broken over two lines count as the word.
 */
import type { Ctx } from './context.ts';

/** Whether the document holds any of `words` (as printed or as reflowed; white space ignored). */
export function mentionsAny(ctx: Ctx, words: readonly string[]): boolean {
  for (const word of words) if (mentions(ctx, word)) return true;
  return false;
}

/** Whether the document holds all of `words`. */
export function mentionsAll(ctx: Ctx, words: readonly string[]): boolean {
  for (const word of words) if (!mentions(ctx, word)) return false;
  return true;
}

function mentions(ctx: Ctx, word: string): boolean {
  let found = ctx.mentioned.get(word);
  if (found === undefined) {
    found = compactText(ctx).includes(word.replace(WHITE, ''));
    ctx.mentioned.set(word, found);
  }
  return found;
}

const WHITE = /\s+/g;

/**
 * The document's text without white space: every source line as printed (normalised) and every logical line
 * (the reflowed paragraphs and the cells as the layout joined them), so that a word any rule can read is in it.
 */
function compactText(ctx: Ctx): string {
  return (ctx.compactText ??= (ctx.layout.normalised.join('') + ctx.lines.join('')).replace(WHITE, ''));
}
