/**
 * A 评分表 row scored in proportion to its target, its reason saying so: "灌排设施改造数量  6  5.00  目标48处，实际
 * 完成42处，按完成比例计5.00分" — the 得分 must be 分值 × 实际 ÷ 目标 (`score.rule`), judged rounding-aware against
 * the printed 得分. Read only for a target to reach (目标 / 计划, or "≥"; never "≤", where less is better), the two
 * figures in one unit, the actual below the target (at or above it the row has full marks, another rule's), and the
 * row's 分值 and 得分 the pair of bare figures right before the reason (a 得分率 may stand between).
 */
import { dec } from '../money/index.ts';
import { claim, printedLines, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { judgeRatio, show, printedFigure } from './verdict.ts';

/** The row's 分值 and 得分 (and maybe its 得分率), then the reason's words. */
const ROW_PAIR =
  /(?<=^|\s)(\d{1,3}(?:\.\d{1,2})?)\s+(\d{1,3}(?:\.\d{1,2})?)(?:\s+\d{1,3}(?:\.\d{1,2})?\s*[%％])?\s+(?=[^\d\s.%％])/;
/** "目标48处，实际完成42处，按完成比例…", "计划240场，实际208场，按完成比例得分", "目标≥95%，实际91.20%，按比例计…". */
const PROPORTIONAL =
  /(?:目标|计划)(?:值)?(?:为|[:：])?\s*(≥|>=|不低于)?\s*(\d[\d,]*(?:\.\d+)?)\s*(%|％|[\u4e00-\u9fa5]{1,2})?[，,]\s*实际(?:完成)?(?:值)?(?:为|[:：])?\s*(\d[\d,]*(?:\.\d+)?)\s*(%|％|[\u4e00-\u9fa5]{1,2})?[^。；;\d]{0,8}?按(?:完成)?比例/;

export function checkProportionalScores(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['比例', '实际', '得分'])) return;
  const lines = printedLines(ctx);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes('实际')) continue;
    const row = ROW_PAIR.exec(line);
    if (!row) continue;
    // The reason may wrap onto the next line ("…按完成比" over "例得分").
    const reason = `${line.slice(row.index + row[0].length)}${(lines[i + 1] ?? '').trim()}`.replace(
      /\s+/g,
      '',
    );
    const m = PROPORTIONAL.exec(reason);
    if (!m || m.index > 4) continue;
    const [weight, score] = [row[1]!, row[2]!];
    const target = m[2]!.replace(/,/g, '');
    const actual = m[4]!.replace(/,/g, '');
    const unit = (m[3] ?? '').replace('％', '%');
    if (unit !== (m[5] ?? '').replace('％', '%')) continue;
    if (dec(target).isZero() || !dec(actual).lt(target) || dec(score).gt(weight)) continue;
    const v = judgeRatio(
      printedFigure(score),
      [printedFigure(weight), printedFigure(actual), printedFigure(target)],
      ([w, a, t]) => w!.times(a!).div(t!),
    );
    if (!v) continue;
    const exact = v.kind === 'ok' ? score : show(v.exact, printedFigure(score).places);
    const arithmetic = `分值${weight} × 实际${actual}${unit} ÷ 目标${target}${unit} = ${exact}，表中得分${score}`;
    claim(ctx, 'score', i, 0, v.kind !== 'wrong', arithmetic);
    if (v.kind !== 'wrong') continue;
    report(
      ctx,
      i,
      'score.rule',
      'error',
      line.trim(),
      exact,
      score,
      `该指标按完成比例计分：${arithmetic.replace('，表中得分', '，表中得分为')}，两者不符。`,
      0,
    );
  }
}
