/**
 * A 监控 汇总表's 是否偏差 column against the criterion the document states for it: "执行率低于序时进度10个百分点以上
 * 的标注为“是”" with a row whose 偏差 is −27.04 answering 否 (`monitor.deviation`).
 *
 * Precision first: the criterion is read only when one sentence states a threshold in 百分点 against the 序时进度
 * (低于 / 落后于: behind it; 偏离: either way) and says what it makes of it (标注, 认定, 视为, 存在偏差); the rows are
 * a table's, whose header names 是否偏差 and whose one 偏差 column (or 执行率 and 序时进度 columns) gives each row's
 * gap; each row's last word is 是 or 否. A gap exactly at the threshold is not judged (以上 may or may not hold it),
 * and a row is reported only when at least twice as many rows answer as the criterion says.
 */
import { dec, type Dec } from '../money/index.ts';
import { claim, report, sourceText, sourceWords, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { figureAt, squashSpaces, type TableModel, type TItem } from './table-model.ts';

/** "低于序时进度10个百分点以上" — the direction and the threshold. */
const THRESHOLD = /(低于|落后于?|偏离)(?:时序|序时)进度\s*(\d{1,2}(?:\.\d{1,2})?)\s*个?百分点(?:及|或)?以上/;
/** What the sentence makes of a gap past it. */
const VERDICT = /标注|认定|视为|存在偏差|为偏差|属于偏差/;

type Criterion = { either: boolean; threshold: Dec; text: string };

function statedCriterion(ctx: Ctx): Criterion | null {
  const found = new Map<string, Criterion>();
  for (const line of ctx.lines) {
    if (!line.includes('百分点')) continue;
    for (const sentence of line.split(/[。；;]/)) {
      const m = THRESHOLD.exec(sentence);
      if (!m || !VERDICT.test(sentence.slice(m.index))) continue;
      const either = m[1] === '偏离';
      found.set(`${either}|${dec(m[2]!).toString()}`, { either, threshold: dec(m[2]!), text: m[0] });
    }
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

/** A row's gap to the 序时进度 in 百分点, and the gap as the message shows it ("-27.04", "+18.01"). */
type Gap = { value: Dec; shown: string };

/** Each row's gap: its 偏差 column as printed, or 执行率 − 序时进度. */
function gapReader(model: TableModel): ((item: TItem) => Gap | null) | null {
  const heads = model.headers.map(squashSpaces);
  const gaps = heads.flatMap((h, c) => (/^偏差/.test(h) && !/原因|是否/.test(h) ? [c] : []));
  if (gaps.length === 1) {
    const c = gaps[0]!;
    return (item) => {
      const f = figureAt(item, c);
      return f ? { value: dec(f.value), shown: f.text } : null;
    };
  }
  const rate = heads.findIndex((h) => /^(?:1[—–\-－~～]\d{1,2}月)?执行率/.test(h));
  const schedule = heads.findIndex((h) => /^(?:时序|序时)进度/.test(h));
  if (rate < 0 || schedule < 0 || heads.filter((h) => /执行率/.test(h)).length > 2) return null;
  return (item) => {
    const r = figureAt(item, rate);
    const s = figureAt(item, schedule);
    if (!r || !s) return null;
    const value = dec(r.value).minus(s.value);
    return { value, shown: `${value.isNegative() ? '' : '+'}${value.toFixed(Math.max(r.places, s.places))}` };
  };
}

/** Whether the table's header (the lines from its start to its first row) names 是否偏差. */
function asksForDeviation(ctx: Ctx, model: TableModel): boolean {
  const first = model.items[0]?.line ?? model.table.first;
  let header = '';
  for (let i = Math.max(0, model.table.first - 2); i < first; i++) header += squashSpaces(sourceText(ctx, i));
  return /是否(?:存在)?偏差/.test(header);
}

export function checkDeviationFlags(ctx: Ctx, models: readonly TableModel[]): void {
  if (!mentionsAll(ctx, ['是否', '偏差', '百分点'])) return;
  const criterion = statedCriterion(ctx);
  if (!criterion) return;
  for (const model of models) {
    const gapOf = gapReader(model);
    if (!gapOf || !asksForDeviation(ctx, model)) continue;
    const rows = model.items.flatMap((item) => {
      const words = sourceWords(ctx, item.line);
      const answer = words[words.length - 1];
      const gap = gapOf(item);
      if ((answer !== '是' && answer !== '否') || gap === null || item.unplaced > 0) return [];
      const past = criterion.either ? gap.value.abs() : gap.value.negated();
      if (past.eq(criterion.threshold)) return [];
      return [{ item, answer, gap, flagged: past.gt(criterion.threshold) }];
    });
    const wrong = rows.filter((r) => (r.answer === '是') !== r.flagged);
    if (rows.length === 0 || rows.length - wrong.length < 2 * wrong.length) continue;
    for (const r of rows) {
      const gap = r.gap.shown;
      const holds = !wrong.includes(r);
      const expected = r.flagged ? '是' : '否';
      claim(
        ctx,
        'completion',
        r.item.line,
        0,
        holds,
        `偏差${gap}个百分点，按“${criterion.text}”应为“${expected}”，表中“${r.answer}”`,
      );
      if (holds) continue;
      report(
        ctx,
        r.item.line,
        'monitor.deviation',
        'error',
        `${squashSpaces(r.item.label)} … ${r.answer}`,
        expected,
        r.answer,
        `该项目偏差${gap}个百分点；按文中“${criterion.text}”的认定标准，是否偏差应为“${expected}”，表中填“${r.answer}”。`,
      );
    }
  }
}
