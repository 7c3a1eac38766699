/**
 * An outturn and the items it is spent on, listed right after it: "从支出结构看，项目执行320.00万元中，设备购置
 * 80.00万元，人员劳务150.00万元，材料费60.00万元，会议费30.00万元。" — the items are parts of the amount "中" scopes,
 * so they cannot add up to more than it (`sum.parts`).
 *
 * Precision first: only items that exceed the whole are reported (a list may name the main items only); every
 * clause of the sentence after "…中，" must be one named amount in the whole's unit (a share "占a%" after it
 * aside), none naming a change, a budget, a part of a part (其中, 包括) or a balance; two items at least.
 */
import { dec } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { judgeSum, showAs, type Printed } from './verdict.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';

const AMOUNT = String.raw`(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)`;
/** "项目执行320.00万元中，", "全年支出1,200.00万元中：". */
const WHOLE = new RegExp(
  String.raw`(?:执行|支出|决算|使用)(?:数|金额|资金)?(?:为|共|合计)?\s*${AMOUNT}\s*中\s*[，,：:]`,
  'g',
);
const PART = new RegExp(
  String.raw`^(?:和|及|以及)?([\u4e00-\u9fa5“”]{2,20}?)(?:为|是|支出|共)?\s*${AMOUNT}$`,
);
const SHARE = /^占[\u4e00-\u9fa5]{0,8}\d+(?:\.\d+)?\s*[%％]$/;
const NOT_PART = /比|较|增|减|降|上年|同比|预算|其中|包括|结余|节约|结转|合计|总计|到位/;

const printedOf = (v: string): Printed => {
  const value = v.replace(/,/g, '');
  return { value, places: (value.split('.')[1] ?? '').length };
};

export function checkScopedParts(ctx: Ctx): void {
  // (“执行/支出/决算/使用 X元中，…”.)
  if (!(mentionsAny(ctx, ['执行', '支出', '决算', '使用']) && mentionsAll(ctx, ['元', '中']))) return;
  ctx.lines.forEach((line, li) => {
    if (!line.includes('中')) return;
    for (const m of allMatches(line, WHOLE)) {
      const from = m.index + m[0].length;
      const stop = line.indexOf('。', from);
      const tail = line.slice(from, stop < 0 ? undefined : stop).replace(/[（(][^（）()]*[）)]/g, '');
      const parts: Printed[] = [];
      let fits = true;
      for (const piece of tail.split(/[，,、；;]/).map((p) => p.trim())) {
        if (piece === '' || SHARE.test(piece)) continue;
        const p = PART.exec(piece);
        if (!p || p[3] !== m[2] || NOT_PART.test(p[1]!)) {
          fits = false;
          break;
        }
        parts.push(printedOf(p[2]!));
      }
      if (!fits || parts.length < 2) continue;
      const whole = printedOf(m[1]!);
      const v = judgeSum(parts, whole);
      if (v.kind === 'ok') {
        claim(
          ctx,
          'sum',
          li,
          m.index,
          true,
          `${parts.map((p) => p.value).join(' + ')} = ${whole.value}${m[2]}`,
        );
        continue;
      }
      if (v.kind !== 'wrong' || !v.total.gt(dec(whole.value))) continue;
      const list = parts.map((p) => p.value).join(' + ');
      const total = showAs(v.total, [...parts, whole]);
      const at = m.index + m[0].indexOf(m[1]!);
      claim(ctx, 'sum', li, at, false, `${list} = ${total}${m[2]}，超过${whole.value}${m[2]}`);
      if (ctx.findings.some((f) => f.rule === 'sum.parts' && f.line === ctx.layout.lineAt(li, at) + 1))
        continue;
      report(
        ctx,
        li,
        'sum.parts',
        'error',
        excerptOf(line, m.index, stop < 0 ? line.length : stop, 10),
        `≤${whole.value}${m[2]}`,
        `${total}${m[2]}`,
        `${whole.value}${m[2]}中所列各项之和 ${list} = ${total}${m[2]}，超过其总数${whole.value}${m[2]}。`,
        at,
      );
    }
  });
}
