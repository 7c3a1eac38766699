/**
 * A count referred back to ("督促上述3个执行率偏低项目…") against the count the text stated before for the same
 * kind of item ("执行率低于90%的项目有3个"): the two must agree (`count.restated`).
 *
 * Precision first: the reference names a measure (…率 / …度) and a side (低: 偏低, 较低, 低于, 不足, 未达; 高: 偏高,
 * 较高, 高于, 超过); the count before is an earlier sentence's "measure + same side … 的项目（有）N个" — exactly one
 * such count in the document before the reference, else nothing is judged.
 */
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { mentionsAny } from './document-words.ts';
import { countOfWord } from './numbers.ts';

const REFERRED =
  /(?:上述|以上|前述)\s*(\d+|[两二三四五六七八九十])\s*个\s*([\u4e00-\u9fa5]{1,8}?(?:率|度))([\u4e00-\u9fa5]{1,3}?)的?(项目|单位)/g;
const LOW = /偏低|较低|低于|不足|未达|偏慢|过低/;
const HIGH = /偏高|较高|高于|超过|过高/;

type Stated = { count: number; line: number };

export function checkReferredCounts(ctx: Ctx): void {
  // (A count read refers back, 上述 / 以上 / 前述, to 项目 or 单位: REFERRED.)
  if (!mentionsAny(ctx, ['上述', '以上', '前述']) || !mentionsAny(ctx, ['项目', '单位'])) return;
  checkReferredWholes(ctx);
  ctx.lines.forEach((line, li) => {
    if (!line || !/上述|以上|前述/.test(line)) return;
    for (const m of allMatches(line, REFERRED)) {
      const side = sideOf(m[3]!);
      if (!side) continue;
      const found = statedBefore(ctx, li, m.index, m[2]!, side, m[4]!);
      if (!found) continue;
      const count = countOfWord(m[1]!);
      const ok = count === found.count;
      const at = m.index + m[0].indexOf(m[1]!);
      claim(ctx, 'count', li, at, ok, `前文${m[2]}${m[3]}的${m[4]}${found.count}个，此处${count}个`);
      if (ok) continue;
      report(
        ctx,
        li,
        'count.restated',
        'error',
        excerptOf(line, m.index, m.index + m[0].length, 10),
        `${found.count}个`,
        `${count}个`,
        `前文（第${found.line + 1}行）${m[2]}${side === 'low' ? '偏低' : '偏高'}的${m[4]}为${found.count}个，此处“${m[0]}”为${count}个。`,
        at,
      );
    }
  });
}

function sideOf(words: string): 'low' | 'high' | null {
  if (LOW.test(words)) return 'low';
  if (HIGH.test(words)) return 'high';
  return null;
}

/** The one count of items of that measure and side stated before (line `li`, offset `to`); null if none or several. */
function statedBefore(
  ctx: Ctx,
  li: number,
  to: number,
  measure: string,
  side: 'low' | 'high',
  noun: string,
): Stated | null {
  const words = side === 'low' ? LOW.source : HIGH.source;
  const re = new RegExp(
    `${measure}(?:${words})[^，,。；;]{0,12}?的${noun}(?:有|共|为|共有)?\\s*(\\d+|[两二三四五六七八九十])\\s*个`,
    'g',
  );
  const counts = new Map<number, number>();
  for (let lj = 0; lj <= li; lj++) {
    const text = lj === li ? ctx.lines[lj]!.slice(0, to) : ctx.lines[lj];
    if (!text || !text.includes(measure)) continue;
    for (const m of allMatches(text, re)) {
      const c = countOfWord(m[1]!);
      if (!counts.has(c)) counts.set(c, lj);
    }
  }
  if (counts.size !== 1) return null;
  const [count, line] = [...counts][0]!;
  return { count, line };
}

/**
 * "上述4个项目平均得分94.51分" (also 合计 / 共计 / 整体 / 总体 / 均) right after the paragraph lists each item's score
 * ("A项目总分95.87分，…；B项目总分85.82分，…；C项目总分99.15分，…"): the items referred to are the ones listed, and
 * the document stated their count before with 共 ("本次共对3个项目开展自评"). When the 共 count (one figure,
 * however often stated) and the scores listed agree, a reference giving another count is wrong (`count.restated`).
 */
const REFERRED_WHOLE =
  /(?:上述|以上|前述)\s*(\d+|[两二三四五六七八九十])\s*个(项目|单位)(?=的?(?:平均|合计|共计|整体|总体|均))/g;
const WHOLE_COUNT = (noun: string) =>
  new RegExp(
    `共(?:对|有|计|涉及|纳入|安排|实施)?\\s*(\\d+|[两二三四五六七八九十])\\s*个(?:预算|专项|重点)?${noun}`,
    'g',
  );
/** An item's score as a paragraph lists it: "…总分95.87分", "…自评得分85分". */
const LISTED_SCORE = /(?:总分|总得分|自评得分|综合得分)(?:为)?\s*\d{1,3}(?:\.\d{1,2})?\s*分/g;

function checkReferredWholes(ctx: Ctx): void {
  ctx.lines.forEach((line, li) => {
    if (!line || !/上述|以上|前述/.test(line)) return;
    for (const m of allMatches(line, REFERRED_WHOLE)) {
      const noun = m[2]!;
      const counts = new Map<number, [number, number]>();
      for (let lj = 0; lj < li; lj++)
        for (const c of allMatches(ctx.lines[lj] ?? '', WHOLE_COUNT(noun))) {
          const n = countOfWord(c[1]!);
          if (!counts.has(n)) counts.set(n, [lj, c.index]);
        }
      if (counts.size !== 1) continue;
      const [whole, stated] = [...counts][0]!;
      // (The scores listed before the reference in its own paragraph: as many as the 共 count.)
      const listed = allMatches(line.slice(0, m.index), LISTED_SCORE).length;
      if (listed !== whole) continue;
      const count = countOfWord(m[1]!);
      const ok = count === whole;
      const at = m.index + m[0].indexOf(m[1]!);
      claim(ctx, 'count', li, at, ok, `前文共${whole}个${noun}，列出${listed}个得分，此处${count}个`);
      if (ok) continue;
      report(
        ctx,
        li,
        'count.restated',
        'error',
        excerptOf(line, m.index, m.index + m[0].length, 10),
        `${whole}个`,
        `${count}个`,
        `前文（第${ctx.layout.lineAt(...stated) + 1}行）共${whole}个${noun}，此处列出的也是${listed}个${noun}的得分，“${m[0]}”却为${count}个。`,
        at,
      );
    }
  });
}
