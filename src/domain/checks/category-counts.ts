/**
 * Things counted by the category each was given — "开展事前绩效评估37个…。评估结论为“予以支持”的28个、“调整后支持”的6个、
 * “不予支持”的3个。" —: the categories' counts add up to the things counted (`count.sum`).
 *
 * Precision first: two categories or more in quotes, each "“X”的(项目)N个", one after another in a sentence that
 * names a 结论 / 结果 / 意见 / 类别 / 认定; the whole is the first count (个) before them in their sentence or the
 * one before, no change ("增加8个") and no other such list; grades (优 / 良 / 中 / 差) are count-sums.ts's. A sum
 * above the whole is wrong; a sum below it only when the categories cover every case — one of them the negation
 * of another ("予以支持" and "不予支持", "完成" and "未完成").
 */
import { allMatches, sentenceAt, sentences, type Ctx } from './context.ts';
import { judgeCountSum } from './count-sums.ts';
import { mentionsAll } from './document-words.ts';
import { countOfWord } from './numbers.ts';

const ITEM = '[“"]([^“”"]{1,12})[”"]的(?:项目|单位)?\\s*(\\d+|[一二两三四五六七八九十])\\s*个';
const LIST = new RegExp(
  `(?:结论|结果|意见|类别|认定|评定)(?:为|是)?\\s*${ITEM}(?:\\s*[、，,；;]\\s*${ITEM.replace(/\(([^?])/g, '(?:$1')})+`,
  'g',
);
const ONE = new RegExp(ITEM, 'g');
const GRADE = /^(?:优秀?|良好?|中等?|差|较差|合格|不合格|及格|不及格)$/;
const COUNT = /(\d+|[一二两三四五六七八九十])\s*个/g;
const CHANGE = /(?:增加|减少|增长|下降|多|少|新增)\s*$/;
const NEGATION = /^(?:不予|不|未|非|无)/;

export function checkCategoryCounts(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['”的', '个'])) return;
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph' || !b.text.includes('”的')) continue;
    const text = b.text;
    const sents = sentences(text);
    for (const m of allMatches(text, LIST)) {
      const items = allMatches(m[0], ONE).map((x) => ({ name: x[1]!, count: countOfWord(x[2]!) }));
      if (items.length < 2 || items.every((i) => GRADE.test(i.name))) continue;
      if (new Set(items.map((i) => i.name)).size !== items.length) continue;
      const si = sentenceAt(sents, m.index);
      if (si < 0) continue;
      // The whole: the first count before the list in its sentence, else in the sentence before.
      const own = sents[si]!;
      let whole = firstCount(text, own.start, m.index);
      if (!whole && si > 0) whole = firstCount(text, sents[si - 1]!.start, sents[si - 1]!.end);
      if (!whole) continue;
      const sum = items.reduce((a, i) => a + i.count, 0);
      const covers = items.some((a) =>
        items.some((b) => a !== b && NEGATION.test(a.name) && b.name.endsWith(a.name.replace(NEGATION, ''))),
      );
      if (sum < whole.value && !covers) continue;
      const list = items.map((i) => `“${i.name}”${i.count}`).join(' + ');
      judgeCountSum(ctx, b.first, text, {
        at: whole.at,
        excerpt: [m.index, m.index + m[0].length],
        sum,
        total: whole.value,
        unit: '个',
        arithmetic: `${list} = ${sum}个，共${whole.value}个`,
        message: `按结论分列的 ${list} = ${sum}个，与其前所述${whole.value}个不符。`,
      });
    }
  }
}

/** The first count (个) in text[from, to) that is no change. */
function firstCount(text: string, from: number, to: number): { value: number; at: number } | null {
  const part = text.slice(from, to);
  for (const c of allMatches(part, COUNT)) {
    if (CHANGE.test(part.slice(Math.max(0, c.index - 4), c.index))) continue;
    // (A 百分点 is no count.)
    if (part.startsWith('百分点', c.index + c[0].length)) continue;
    return { value: countOfWord(c[1]!), at: from + c.index };
  }
  return null;
}
