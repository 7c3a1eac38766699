/**
 * A 评分表's rows scored by a rule the report states — "定量指标按“完成值/目标值×分值”计分，完成值达到或超过目标值的得
 * 满分；预算执行率指标按“执行率×分值”计分" — with each row's basis in its 评分说明 cell: "80.60%，目标85%" or "执行率
 * 91.28%". The row's 得分 must be what the rule gives (`score.rule`), within the rounding of the printed figures.
 *
 * Precision first: only the rules the text states, only a 说明 that is exactly a completed value and its target in
 * one unit ("9.60万㎡，目标12万㎡"; a target with ≤ or < — lower is better — is not read) or exactly a 执行率; not a
 * row of 满意度 (scored by its own rule) nor, under the ratio rule, of an 执行率; a table whose header names 分值,
 * 得分 and a 说明 column.
 */
import { dec, type Dec } from '../money/index.ts';
import { claim, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { headedRows } from './headed-rows.ts';
import type { TableBlock } from './layout.ts';
import { printedPlaces } from './numbers.ts';
import { halfUlp, show } from './verdict.ts';

/** "按“完成值/目标值×分值”计分", "按实际完成值÷目标值×分值计算". */
const RATIO_RULE = /按\s*[“"]?\s*(?:实际)?完成值\s*[/÷]\s*目标值\s*[×xX*＊]\s*分值\s*[”"]?\s*(?:计分|计算)/;
/** "按“执行率×分值”计分". */
const RATE_RULE = /按\s*[“"]?\s*(?:预算)?执行率\s*[×xX*＊]\s*分值\s*[”"]?\s*(?:计分|计算)/;
const NUM = '(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?)';
/** "80.60%，目标85%", "9.60万㎡，目标12万㎡", "17.08万吨，目标值16.50万吨". */
const DONE_AND_TARGET = new RegExp(
  `^${NUM}\\s*([^\\d，,；;≤<]{0,4})[，,]\\s*目标(?:值)?(?:为)?\\s*[≥>＞]?\\s*${NUM}\\s*([^\\d，,；;]{0,4})$`,
);
/** "执行率91.28%". */
const RATE_NOTE = /^(?:预算)?执行率\s*(\d{1,3}(?:\.\d+)?)\s*[%％]$/;
const NOTE_HEADER = /说明|依据|备注/;

const squash = (t: string): string => t.replace(/\s+/g, '');

export function checkRuleScoredRows(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['分值', '得分', '目标'])) return;
  const text = ctx.lines.join('');
  const ratio = RATIO_RULE.test(text);
  const rate = RATE_RULE.test(text);
  if (!ratio && !rate) return;
  for (const b of ctx.layout.blocks) if (b.kind === 'table') checkTable(ctx, b, ratio, rate);
}

function checkTable(ctx: Ctx, table: TableBlock, ratio: boolean, rate: boolean): void {
  const isHeader = (cells: readonly string[]): boolean =>
    cells.includes('分值') && cells.includes('得分') && cells.some((c) => NOTE_HEADER.test(c));
  const headed = headedRows(table, (r) => isHeader(r.cells.map((c) => squash(c.text))));
  if (!headed) return;
  const names = headed.header.map((c) => squash(c.text));
  const [weightAt, scoreAt] = [names.indexOf('分值'), names.indexOf('得分')];
  const noteAt = names.findIndex((c) => NOTE_HEADER.test(c));
  if (noteAt <= scoreAt || scoreAt !== weightAt + 1) return;
  for (const r of headed.body) {
    const row = headed.align(headed.header, r);
    if (!row) continue;
    const cell = (k: number): string => row.cells[k]?.text.trim() ?? '';
    const [weight, score, note] = [cell(weightAt), cell(scoreAt), squash(cell(noteAt))];
    if (!/^\d+(?:\.\d+)?$/.test(weight) || !/^\d+(?:\.\d+)?$/.test(score)) continue;
    const name = row.cells
      .slice(0, weightAt)
      .map((c) => c.text.trim())
      .filter((c) => c !== '')
      .at(-1);
    if (!name || /满意/.test(name)) continue;
    const w = dec(weight);
    let want: Dec | null = null;
    let slack = dec(0);
    let arithmetic = '';
    let rule = '';
    const done = DONE_AND_TARGET.exec(note);
    const rated = RATE_NOTE.exec(note);
    if (ratio && done && done[2] === done[4] && !/执行率/.test(name)) {
      const [a, t] = [dec(done[1]!.replace(/,/g, '')), dec(done[3]!.replace(/,/g, ''))];
      if (t.isZero()) continue;
      rule = '完成值/目标值×分值';
      if (a.gte(t))
        [want, arithmetic] = [w, `完成值${done[1]}${done[2]}达到目标${done[3]}${done[4]}，得满分${weight}`];
      else {
        want = a.div(t).times(w);
        slack = w.times(halfUlp(printedPlaces(done[1]!.replace(/,/g, '')))).div(t);
        arithmetic = `${done[1]} ÷ ${done[3]} × ${weight} = ${show(want, printedPlaces(score))}`;
      }
    } else if (rate && rated) {
      const r = dec(rated[1]!);
      rule = '执行率×分值';
      want = r.gte(100) ? w : r.div(100).times(w);
      slack = w.times(halfUlp(printedPlaces(rated[1]!))).div(100);
      arithmetic = `${rated[1]}% × ${weight} = ${show(want, printedPlaces(score))}`;
    }
    if (!want) continue;
    const ok = want
      .minus(score)
      .abs()
      .lte(halfUlp(printedPlaces(score)).plus(slack));
    const line = row.cells[scoreAt]?.line ?? row.line;
    claim(ctx, 'score', line, 0, ok, `${name}按“${rule}”计分：${arithmetic}分，表中${score}分`);
    if (ok) continue;
    report(
      ctx,
      line,
      'score.rule',
      'error',
      `${name} ${weight} ${score}`,
      `${show(want, printedPlaces(score))}分`,
      `${score}分`,
      `文中写明按“${rule}”计分：${name}${arithmetic}分，表中得分为${score}分。`,
      0,
    );
  }
}
