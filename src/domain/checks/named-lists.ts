/**
 * A 科目's parts listed after its name — "其中：农业农村（款）549.36万元，…。农业农村（款）中，事业运行（项）412.80万元，
 * 科技转化与推广服务（项）106.24万元，农业生产发展（项）32.30万元。": the 款's 项 (or a 类's 款) must add up to the
 * amount stated for it earlier in the paragraph.
 *
 * Precision first: the amount is the one printed right after the same name (name, then 支出 / 为 / ：at most);
 * every amount of the list's sentence is a part named by a 科目 one level down; a list opened by 主要 or ending
 * in 等 is not whole (parts beyond the total are still an error: they cannot all be its parts).
 */
import { dec } from '../money/index.ts';
import { claim, excerptOf, report, type Ctx } from './context.ts';
import { MONEY_UNITS, type NumberToken } from './numbers.ts';
import { forEachFigureLine, lineFigures } from './prose-lines.ts';
import { judgeSum, showAs, type Printed } from './verdict.ts';
import { mentionsAny } from './document-words.ts';

/** "农业农村（款）中，" / "一般公共服务支出（类）中：" opening a clause. */
const NAMED_LIST =
  /(?<=^|[，,。；;：:\s])([\u4e00-\u9fa5、（）()]{2,30}?[（(](类|款)[）)])(?:支出)?中\s*[，,：:]/g;
const NAMED_BEFORE_ZHONG = /[类款][）)](?:支出)?中/;
const CHILD: Record<string, string> = { 类: '款', 款: '项' };

export function checkNamedLists(ctx: Ctx): void {
  // (A 类 or 款 in brackets before 中: "…（类）中，".)
  if (!mentionsAny(ctx, ['类）', '类)', '款）', '款)'])) return;
  forEachFigureLine(ctx, (line, li) => {
    // (Most lines name no 类/款 before 中: tried first, the list's expression only on those that do.)
    if (!NAMED_BEFORE_ZHONG.test(line)) return;
    for (const m of line.matchAll(NAMED_LIST)) {
      const name = m[1]!.replace(/\(/g, '（').replace(/\)/g, '）');
      const child = CHILD[m[2]!]!;
      const figures = lineFigures(ctx, li);
      const total = stated(line, figures, name, m.index);
      if (!total) continue;
      const from = m.index + m[0].length;
      const end = sentenceEnd(line, from);
      const parts = partsOf(line, figures, from, end, child);
      if (!parts || parts.length < 2 || parts.some((p) => p.unit !== total.unit)) continue;
      const printed: Printed[] = parts.map((p) => ({ value: p.value, places: p.places }));
      const verdict = judgeSum(printed, { value: total.value, places: total.places });
      const body = line.slice(from, end);
      const partial = /^\s*主要/.test(body) || /等[。；;，,]?\s*$|等(?:支出|方面)/.test(body);
      const partsText = printed.map((p) => p.value).join(' + ');
      if (verdict.kind !== 'wrong') {
        claim(ctx, 'sum', li, m.index, true, `${name}：${partsText} = ${total.value}${total.unit}`);
        continue;
      }
      const sum = showAs(verdict.total, [...printed, total]);
      const short = verdict.total.lt(dec(total.value));
      claim(
        ctx,
        'sum',
        li,
        m.index,
        partial && short,
        `${name}：${partsText} = ${sum}${total.unit}，前文${total.value}${total.unit}${partial ? '（列举不完全）' : ''}`,
      );
      if (partial && short) continue;
      report(
        ctx,
        li,
        'sum.parts',
        'error',
        excerptOf(line, m.index, Math.min(end, m.index + 90), 0),
        `${total.value}${total.unit}`,
        `${sum}${total.unit}`,
        `${name}下所列各${child} ${partsText} = ${sum}${total.unit}，与前文${name}${total.value}${total.unit}不符，相差${showAs(verdict.difference.abs(), [...printed, total])}${total.unit}。`,
        m.index,
      );
    }
  });
}

/** The amount printed right after the last mention of `name` before `before`. */
function stated(
  line: string,
  figures: readonly NumberToken[],
  name: string,
  before: number,
): NumberToken | undefined {
  let at = line.lastIndexOf(name, before - 1);
  while (at >= 0) {
    const after = at + name.length;
    const t = figures.find((f) => f.start >= after);
    if (t && MONEY_UNITS.has(t.unit) && /^\s*(?:支出)?\s*(?:为|：|:)?\s*$/.test(line.slice(after, t.start)))
      return t;
    at = line.lastIndexOf(name, at - 1);
  }
  return undefined;
}

function sentenceEnd(line: string, from: number): number {
  const k = line.indexOf('。', from);
  return k < 0 ? line.length : k;
}

/**
 * The list's amounts, each the first amount of its clause and named there by a 科目 of level `child`
 * ("事业运行（项）412.80万元"); null when an amount is not such a part or a figure is not an amount or share.
 */
function partsOf(
  line: string,
  figures: readonly NumberToken[],
  from: number,
  end: number,
  child: string,
): NumberToken[] | null {
  const parts: NumberToken[] = [];
  let clauseStart = from;
  for (const t of figures) {
    if (t.start < from || t.end > end) continue;
    if (t.unit === '%') continue;
    if (!MONEY_UNITS.has(t.unit)) return null;
    const k = Math.max(
      line.lastIndexOf('，', t.start),
      line.lastIndexOf('；', t.start),
      line.lastIndexOf('、', t.start),
    );
    const start = Math.max(k + 1, from);
    if (start < clauseStart) return null; // two amounts in one clause
    const head = line.slice(start, t.start);
    if (!new RegExp(`[（(]${child}[）)]\\s*(?:支出)?\\s*(?:为|：|:)?\\s*$`).test(head)) return null;
    parts.push(t);
    clauseStart = t.end;
  }
  return parts;
}
