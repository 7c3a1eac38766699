/**
 * A shortfall or an excess against the target: "全年完成巡查1,150次，较目标少350次" — the gap must be the target −
 * the actual (or the actual − the target for 多 / 超出) (`change.amount`). The target is the one stated in the
 * same sentence or the one before ("目标1,500次", "不少于1,500次"), or else the 目标值 of the one row of the
 * document's indicator tables whose 实际完成值 is the actual, in its unit.
 *
 * Precision first: the actual stands right before "，较(年度)目标(值)少/多/…"; the gap carries the actual's unit;
 * the target is one figure in that unit (several different ones in the sentences: not read), or the table row is
 * the only one printing the actual. Exact: a count's gap is not rounded.
 */
import { dec } from '../money/index.ts';
import { claim, excerptOf, printedLines, report, type Ctx } from './context.ts';
import { headedRows } from './headed-rows.ts';
import { mentionsAny } from './document-words.ts';

const NUM = String.raw`(\d[\d,]*(?:\.\d+)?)`;
const GAP = new RegExp(
  String.raw`${NUM}\s*([\u4e00-\u9fa5]{1,4}?)\s*[，,]\s*(?:较|比)(?:年度|全年)?(?:绩效)?(?:目标|指标)(?:值|数)?(少|低|减少|差|多|超出|超过|高)(?:了|出)?\s*${NUM}\s*([\u4e00-\u9fa5]{1,4})`,
  'g',
);
const TARGET_HEAD = /^(?:年度)?(?:指标|目标)值$|^年度目标$|^目标值$/;
const ACTUAL_HEAD = /^(?:实际)?完成值$|^实际完成$|^实际值$/;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const num = (s: string): string => s.replace(/,/g, '');

/** A target in the text before the actual: "目标…N单位" or "不少于N单位", one figure only. */
function targetInText(text: string, unit: string): string | null {
  const re = new RegExp(
    String.raw`(?:目标|不少于|不低于|不超过|不高于)[^，,。；;\d]{0,12}?(\d[\d,]*(?:\.\d+)?)\s*${escape(unit)}(?![\u4e00-\u9fa5]?[率])`,
    'g',
  );
  const found = new Set([...text.matchAll(re)].map((m) => dec(num(m[1]!)).toString()));
  return found.size === 1 ? [...found][0]! : null;
}

/** The 目标值 of the one indicator row whose 实际完成值 is `actual` (with `unit`); null when none or several. */
function targetInTables(ctx: Ctx, actual: string, unit: string): string | null {
  const found: string[] = [];
  const cell = new RegExp(String.raw`^[≥≤><＞＜≧≦]?=?(\d[\d,]*(?:\.\d+)?)${escape(unit)}$`);
  for (const block of ctx.layout.blocks) {
    if (block.kind !== 'table') continue;
    const headed = headedRows(block, (r) => {
      const t = r.cells.map((c) => c.text.replace(/\s+/g, ''));
      return t.some((x) => TARGET_HEAD.test(x)) && t.some((x) => ACTUAL_HEAD.test(x));
    });
    if (!headed) continue;
    const names = headed.header.map((c) => c.text.replace(/\s+/g, ''));
    const tc = names.findIndex((x) => TARGET_HEAD.test(x));
    const ac = names.findIndex((x) => ACTUAL_HEAD.test(x));
    for (const raw of block.rows.slice(headed.from)) {
      const row = headed.align(headed.header, raw);
      if (!row) continue;
      const a = cell.exec(row.cells[ac]?.text.replace(/\s+/g, '') ?? '');
      if (!a || !/^\d/.test(row.cells[ac]!.text.trim()) || num(a[1]!) !== actual) continue;
      const t = cell.exec(row.cells[tc]?.text.replace(/\s+/g, '') ?? '');
      found.push(t ? num(t[1]!) : '');
    }
  }
  return found.length === 1 && found[0] !== '' ? found[0]! : null;
}

/**
 * A rate said to be above or below the target it is compared with — "监测合格率98.71%，高于98%的目标值", "满意度
 * 93.50%，低于95%的年度指标值": the printed rate must stand on that side of the printed target (`completion.target`).
 * Read only for a rate (its clause names a …率 or …度) right before the comparison, and a target in % named as one
 * (目标, 指标, 预期, 要求, 标准) after its figure — "低于目标值6.00%" tells the gap —; equal figures are not judged
 * (either may be rounded).
 */
const RATE_AGAINST_TARGET =
  /(?:率|度)(?:为|是|达到?)?\s*(\d+(?:\.\d+)?)\s*[%％]\s*[，,]\s*(高于|超过|超出|低于|未达到)([^，,。；;\d%]{0,12}?)(\d+(?:\.\d+)?)\s*[%％](?:\s*的)?([^，,。；;\d%]{0,8})/g;
const TARGET_WORD = /目标|指标|预期|要求|标准/;

function checkRatesAgainstTargets(ctx: Ctx): void {
  if (!mentionsAny(ctx, ['高于', '超过', '超出', '低于', '未达到'])) return;
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph' || !/[%％]/.test(b.text)) continue;
    for (const m of b.text.matchAll(RATE_AGAINST_TARGET)) {
      const [, rate, word, between, target, after] = m as unknown as string[];
      // ("低于目标值6.00%" tells the gap, not the target: the target named after its figure only.)
      if (
        !TARGET_WORD.test(after!) ||
        TARGET_WORD.test(between!) ||
        /平均|上年|去年|同期/.test(between! + after!)
      )
        continue;
      const above = word !== '低于' && word !== '未达到';
      const cmp = dec(rate!).cmp(dec(target!));
      const holds = cmp === 0 || (above ? cmp > 0 : cmp < 0);
      const at = m.index + m[0].indexOf(word!);
      const li = b.first;
      const arithmetic = `${rate}% ${cmp > 0 ? '>' : cmp < 0 ? '<' : '='} ${target}%，文中“${word}”`;
      claim(ctx, 'completion', li, at, holds, arithmetic);
      if (holds) continue;
      report(
        ctx,
        li,
        'completion.target',
        'error',
        excerptOf(b.text, m.index, m.index + m[0].length, 10),
        above ? '低于' : '高于',
        word!,
        `${rate}%${cmp > 0 ? '高于' : '低于'}所比较的${target}%，文中却写“${word}”。`,
        at,
      );
    }
  }
}

export function checkTargetGaps(ctx: Ctx): void {
  checkRatesAgainstTargets(ctx);
  // ("…，较目标少…", "比年度目标…", "较全年绩效目标…".)
  if (!mentionsAny(ctx, ['较目标', '比目标', '较年度', '比年度', '较全年', '比全年', '较绩效', '比绩效']))
    return;
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph' || !/目标|指标/.test(b.text)) continue;
    for (const m of b.text.matchAll(GAP)) {
      const unit = m[2]!;
      if (m[5] !== unit || !/^[\u4e00-\u9fa5]{1,4}$/.test(unit) || /元$/.test(unit)) continue;
      const actual = num(m[1]!);
      const gap = num(m[4]!);
      // The sentence of the actual and the one before it, up to the actual.
      const before = b.text.slice(0, m.index);
      const ends = [...before.matchAll(/[。！？]/g)].map((e) => e.index);
      const from = ends.length >= 2 ? ends[ends.length - 2]! + 1 : 0;
      const more = /多|超|高/.test(m[3]!);
      const inText = targetInText(b.text.slice(from, m.index), unit);
      const target = inText ?? targetInTables(ctx, actual, unit);
      if (target === null) {
        if (/^\d+$/.test(actual) && /^\d+$/.test(gap)) checkAgainstPair(ctx, b.first, b.text, m, more);
        continue;
      }
      const exact = more ? dec(actual).minus(target) : dec(target).minus(actual);
      if (exact.isNegative()) continue;
      const ok = exact.eq(gap);
      const at = m.index + m[0].lastIndexOf(m[4]!);
      const arithmetic = more ? `${actual} − 目标${target}` : `目标${target} − ${actual}`;
      const shown = exact.toString();
      claim(ctx, 'change', b.first, at, ok, `${arithmetic} = ${shown}${unit}，文中${gap}${unit}`);
      if (ok) continue;
      report(
        ctx,
        b.first,
        'change.amount',
        'error',
        excerptOf(b.text, m.index, m.index + m[0].length, 10),
        `${shown}${unit}`,
        `${gap}${unit}`,
        `与目标之差应为 ${arithmetic} = ${shown}${unit}，文中为${gap}${unit}。`,
        at,
      );
    }
  }
}

/** A new 自评表's title: the printed pairs of the table a paragraph speaks of are read from it on. */
const FORM_TITLE = /绩效自评表|绩效目标自评表/;

/**
 * The one target-and-actual pair printed in a count unit in the 自评表 above a paragraph — "≥45处 48处" on a line
 * of its 绩效指标 rows, the target with its bound sign or bare — or null when there is none or more than one.
 */
function printedPair(ctx: Ctx, before: number, unit: string): { target: string; actual: string } | null {
  const lines = printedLines(ctx);
  let start = 0;
  for (let i = before - 1; i >= 0; i--)
    if (FORM_TITLE.test(lines[i]!)) {
      start = i;
      break;
    }
  const u = escape(unit);
  const pair = new RegExp(
    String.raw`(?<=^|\s)[≥≤＞＜>]?=?(\d[\d,]*)\s*${u}\s+(\d[\d,]*)\s*${u}(?=\s|$)`,
    'g',
  );
  const found: Array<{ target: string; actual: string }> = [];
  for (let i = start; i < before; i++)
    for (const p of lines[i]!.matchAll(pair)) found.push({ target: num(p[1]!), actual: num(p[2]!) });
  return found.length === 1 ? found[0]! : null;
}

/**
 * "全年完成维修养护工程46处，较年度指标值多3处" when neither the text nor a read indicator table gives the target:
 * the 自评表 above printing one target-and-actual pair in that unit ("≥45处 48处"). A count in the text other than
 * the table's actual, its stated gap being the table's actual against the target, restates the row's actual
 * wrong (`figure.text-table`): two figures of the table agree against one of the text.
 */
function checkAgainstPair(ctx: Ctx, li: number, text: string, m: RegExpMatchArray, more: boolean): void {
  const unit = m[2]!;
  const actual = num(m[1]!);
  const gap = num(m[4]!);
  const pair = printedPair(ctx, ctx.layout.lineAt(li, 0), unit);
  if (!pair || pair.actual === actual) return;
  const tableGap = more ? dec(pair.actual).minus(pair.target) : dec(pair.target).minus(pair.actual);
  if (!tableGap.eq(gap)) return;
  const at = (m.index ?? 0) + m[0].indexOf(m[1]!);
  const arithmetic = more ? `${pair.actual} − ${pair.target}` : `${pair.target} − ${pair.actual}`;
  claim(ctx, 'figure', li, at, false, `表中实际完成值${pair.actual}${unit}，文中${actual}${unit}`);
  report(
    ctx,
    li,
    'figure.text-table',
    'error',
    excerptOf(text, m.index ?? 0, (m.index ?? 0) + m[0].length, 10),
    `${pair.actual}${unit}`,
    `${m[1]}${unit}`,
    `表中该指标年度指标值${pair.target}${unit}、实际完成值${pair.actual}${unit}，文中称完成${m[1]}${unit}；而文中所称${m[3]}${gap}${unit}正是 ${arithmetic}：完成数应为${pair.actual}${unit}。`,
    at,
  );
}
