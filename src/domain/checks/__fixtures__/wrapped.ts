/**
 * Short made-up excerpts printed as `pdftotext -layout` prints a published document (lines wrapped at 40
 * characters, a space between CJK and digits), with an opening paragraph long enough for the layout to
 * tell the wrap width — for tests of claims that span sentences and paragraphs.
 */
import { print, type Block } from './corpus.ts';

const INTRO =
  '本单位认真贯彻落实中央八项规定及其实施细则精神，坚持厉行节约、反对浪费，严格执行公务接待、因公出国（境）和公务用车管理各项制度，从严从紧控制一般性支出，全年各项支出控制在预算以内，未发生超标准、超范围支出的情况。';

/** The title, the opening paragraph, then each paragraph (one starting with '#' is a heading line). */
export function wrapped(title: string, paragraphs: readonly string[]): string {
  const blocks: Block[] = [
    { kind: 'h', text: title },
    { kind: 'p', text: INTRO },
  ];
  for (const p of paragraphs)
    blocks.push(p.startsWith('#') ? { kind: 'h', text: p.slice(1) } : { kind: 'p', text: p });
  return print(blocks, 'layout');
}
