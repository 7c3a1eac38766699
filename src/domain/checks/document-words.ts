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
    const w = word.replace(WHITE, '');
    found = mayHold(ctx, w) && compactText(ctx).includes(w);
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

/** Bits in the filter of character pairs: a document of a few hundred KB still leaves most of them clear. */
const PAIR_BITS = 1 << 18;

/**
 * Whether the document may hold `word`: false when one of its pairs of adjacent characters is nowhere in the
 * text. Most words asked for are absent (a rule's words for a kind of document this is not), and a pair's bit
 * answers that without a scan of the whole text for each word.
 */
function mayHold(ctx: Ctx, word: string): boolean {
  if (word.length < 2) return true;
  const bits = (ctx.pairBits ??= pairBits(compactText(ctx)));
  for (let i = 1; i < word.length; i++) {
    const h = pairHash(word.charCodeAt(i - 1), word.charCodeAt(i));
    if ((bits[h >>> 5]! & (1 << (h & 31))) === 0) return false;
  }
  return true;
}

function pairBits(text: string): Uint32Array {
  const bits = new Uint32Array(PAIR_BITS >>> 5);
  for (let i = 1; i < text.length; i++) {
    const h = pairHash(text.charCodeAt(i - 1), text.charCodeAt(i));
    bits[h >>> 5]! |= 1 << (h & 31);
  }
  return bits;
}

function pairHash(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ b) & (PAIR_BITS - 1);
}
