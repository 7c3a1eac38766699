/**
 * The groups sent abroad listed one by one after their count — "全年共安排因公出国（境）团组2个，累计8人次，具体情况如
 * 下：1.…团组成员：…，共4人…。2.…共3人…" or "具体为：一是…团组4人；二是…团组3人" — their members add up to the 人次
 * stated (`count.sum`).
 *
 * Precision first: the count sentence states the 团组 and the 人次 once each; the groups follow it, one numbered item
 * each (1. / （一） / 一是 …; "1.2024年5月…" too), as many items as 团组, each stating its members once ("共4人", "团组4人", "4人"), the
 * items in the count's paragraph or the paragraphs right after it.
 */
import { allMatches, type Ctx } from './context.ts';
import { judgeCountSum } from './count-sums.ts';
import { mentionsAll } from './document-words.ts';
import { countOfWord } from './numbers.ts';

const GROUPS =
  /团组\s*(\d{1,2}|[一二两三四五六七八九十])\s*个\s*[、，,]\s*(?:累计|共|合计)?\s*(?:出访)?(\d{1,3})\s*人次/g;
/** An item's opening: "1.", "（一）", "一是". */
const ITEM =
  /(?:^|[。；;：:\s])\s*(?:\d{1,2}[.．、](?:(?!\d)|(?=20\d\d\s*年))|[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]是)/g;
/** An item's members: "共4人", "团组4人", "成员4人". */
const MEMBERS = /(?:共|团组|成员|一行)\s*(\d{1,3})\s*人(?!次)/g;

export function checkFeeGroups(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['团组', '人次'])) return;
  const blocks = ctx.layout.blocks;
  blocks.forEach((b, k) => {
    if (b.kind !== 'paragraph' || !b.text.includes('团组')) return;
    for (const m of allMatches(b.text, GROUPS)) {
      const groups = countOfWord(m[1]!);
      const persons = Number(m[2]);
      // The items: the rest of the paragraph, then the paragraphs after it while they are numbered items.
      const texts = [b.text.slice(m.index + m[0].length)];
      // (Items in the count's own paragraph — "具体为：一是…；二是…" — are all of them.)
      const inline = allMatches(texts[0]!, ITEM).length > 0;
      for (let j = k + 1; !inline && j < blocks.length && texts.length < groups + 1; j++) {
        const next = blocks[j]!;
        if (
          next.kind !== 'paragraph' ||
          !/^\s*(?:\d{1,2}[.．、](?:(?!\d)|(?=20\d\d\s*年))|[（(][一二三四五六七八九十\d]{1,2}[）)])/.test(
            next.text,
          )
        )
          break;
        texts.push(next.text);
      }
      const items = texts
        .join('。')
        .split(ITEM)
        .slice(1)
        .map((t) => allMatches(t, MEMBERS).map((x) => Number(x[1])));
      if (items.length !== groups || items.some((x) => x.length !== 1)) continue;
      const members = items.map((x) => x[0]!);
      const sum = members.reduce((a, x) => a + x, 0);
      const list = members.join(' + ');
      judgeCountSum(ctx, b.first, b.text, {
        at: m.index + m[0].lastIndexOf(m[2]!),
        excerpt: [m.index, m.index + m[0].length],
        sum,
        total: persons,
        unit: '人次',
        arithmetic: `团组成员 ${list} = ${sum}人，文中${persons}人次`,
        message: `其后逐一列出的${groups}个团组成员 ${list} = ${sum}人，与文中累计${persons}人次不符。`,
      });
    }
  });
}
