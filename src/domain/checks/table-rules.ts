/**
 * Claims made by score tables (评分表, 自评表): leaf scores against their weights and 评分说明,
 * group weights against their members, the total score (renormalised when indicators were not set),
 * evaluators' average, the grade, and chart data against the text.
 */
import { dec, roundHalfUp, sum, type Dec } from '../money/index.ts';
import { claim, excerptOf, report, type Ctx } from './context.ts';
import { gradeOf } from '../scoring/grade.ts';
import { normaliseGrade } from './grade-words.ts';
import type { ChangeClaim } from './prose-rules.ts';
import { PURE_NUMBER, readTables, type Row, type Table } from './tables.ts';
import { checkRatioRow } from './rule-scores.ts';
import { judgeSum, plain } from './verdict.ts';

const places = (v: string): number => (v.split('.')[1] ?? '').length;

type Leaf = {
  row: Row;
  weight: string | null;
  score: string | null;
  note: string;
  rule: string;
  excluded: boolean;
};

function cellAt(row: Row, col: number, shift: number): string {
  return row.cells[col - shift]?.text.trim() ?? '';
}

function checkScoreTable(ctx: Ctx, table: Table): void {
  const h = table.rows.findIndex((r) => r.cells.some((c) => /^(自评)?得分$/.test(c.text.trim())));
  if (h < 0) return;
  const header = table.rows[h]!;
  const width = header.cells.length;
  const scoreCol = header.cells.findIndex((c) => /^(自评)?得分$/.test(c.text.trim()));
  const headerText = (col: number): string =>
    `${header.cells[col]?.text ?? ''}${table.rows[h + 1]?.cells[col]?.text ?? ''}`.trim();
  let weightCol = -1;
  for (let c = scoreCol - 1; c >= 0; c--)
    if (/^(分值|权重|标准分)$/.test(header.cells[c]!.text.trim())) {
      weightCol = c;
      break;
    }
  const noteCol = header.cells.findIndex((c) => /说明$/.test(c.text.trim()));
  const ruleCol = header.cells.findIndex((c) => /计分规则|评分标准/.test(c.text.trim()));
  const groupCols: number[] = [];
  for (let c = 0; c < Math.min(scoreCol, weightCol < 0 ? scoreCol : weightCol); c++)
    if (/指标/.test(headerText(c))) groupCols.push(c);

  const leaves: Leaf[] = [];
  let irregular = false;
  let totalRow: Row | null = null;
  for (let r = h + 1; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    if (row.cells.some((c) => /^(合计|总分|总计)$/.test(c.text.trim()))) {
      totalRow = row;
      break;
    }
    if (row.cells.length !== width) {
      if (row.cells.some((c) => PURE_NUMBER.test(c.text.trim()))) irregular = true;
      continue;
    }
    const score = cellAt(row, scoreCol, 0);
    const weight = weightCol >= 0 ? cellAt(row, weightCol, 0) : '';
    const note = noteCol >= 0 ? cellAt(row, noteCol, 0) : '';
    const rule = ruleCol >= 0 ? cellAt(row, ruleCol, 0) : '';
    const scoreOk = PURE_NUMBER.test(score);
    const weightOk = PURE_NUMBER.test(weight);
    if (!scoreOk && !weightOk) {
      const stray = row.cells.filter(
        (c, i) => i !== scoreCol && PURE_NUMBER.test(c.text.trim()) && !isGroupWeightCol(header, i),
      );
      if (stray.length > 0) irregular = true;
      continue;
    }
    const excluded = !scoreOk && /不打分|未设|不适用|剔除/.test(row.cells.map((c) => c.text).join(''));
    if (!scoreOk && !excluded && score !== '') irregular = true;
    leaves.push({
      row,
      weight: weightOk ? weight : null,
      score: scoreOk ? score : null,
      note,
      rule,
      excluded,
    });
  }
  if (leaves.length < 2) return;

  for (const leaf of leaves) checkLeaf(ctx, leaf);
  if (weightCol >= 0 && !irregular)
    checkGroups(ctx, table, h, totalRow, groupCols, weightCol, leaves, header);

  if (!totalRow) return;
  const numbers = totalRow.cells.map((c) => c.text.trim()).filter((t) => PURE_NUMBER.test(t));
  const totalScore = numbers.length >= (weightCol >= 0 ? 2 : 1) ? numbers[numbers.length - 1]! : null;
  const totalWeight = weightCol >= 0 && numbers.length >= 2 ? numbers[numbers.length - 2]! : null;
  const li = totalRow.line;
  const excerpt = totalRow.cells
    .map((c) => c.text)
    .filter(Boolean)
    .join(' ');
  if (totalWeight !== null && leaves.every((l) => l.weight !== null) && !irregular) {
    const v = judgeSum(
      leaves.map((l) => ({ value: l.weight!, places: places(l.weight!) })),
      { value: totalWeight, places: places(totalWeight) },
      2,
    );
    claim(
      ctx,
      'score',
      li,
      0,
      v.kind !== 'wrong',
      `各指标分值之和 ${leaves.map((l) => l.weight).join(' + ')}，合计分值${totalWeight}`,
    );
    if (v.kind !== 'ok') {
      report(
        ctx,
        li,
        'score.weight-sum',
        v.severity,
        excerpt,
        totalWeight,
        plain(v.total),
        `各指标分值之和 ${leaves.map((l) => l.weight).join(' + ')} = ${plain(v.total)}，与合计分值${totalWeight}不符。`,
      );
    }
  }
  if (totalScore === null) return;
  const scored = leaves.filter((l) => l.score !== null);
  const excluded = leaves.filter((l) => l.excluded);
  if (excluded.length > 0 && scored.every((l) => l.weight !== null) && !irregular) {
    const got = sum(scored.map((l) => l.score!));
    const base = sum(scored.map((l) => l.weight!));
    if (base.isZero()) return;
    const exact = got.div(base).times(100);
    const shown = dec(totalScore);
    const p = places(totalScore);
    if (roundHalfUp(exact, p).eq(shown)) return;
    const truncated = exact.toDecimalPlaces(p, 1).eq(shown);
    const want = roundHalfUp(exact, p).toFixed(p);
    report(
      ctx,
      li,
      'score.renormalised',
      truncated ? 'warning' : 'error',
      excerpt,
      want,
      totalScore,
      `剔除未设定指标（分值${excluded.map((l) => l.weight).join('、')}）后，得分应为 ${plain(got)} ÷ ${plain(base)} × 100 = ${want}，表中为${totalScore}${truncated ? '，似为截断而非四舍五入' : ''}。`,
    );
    return;
  }
  if (scored.length === leaves.length) {
    const v = judgeSum(
      scored.map((l) => ({ value: l.score!, places: places(l.score!) })),
      { value: totalScore, places: places(totalScore) },
      2,
    );
    if (!irregular)
      claim(
        ctx,
        'score',
        li,
        0,
        v.kind !== 'wrong',
        `各项得分之和 ${scored.map((l) => l.score).join(' + ')}，合计得分${totalScore}`,
      );
    if (v.kind === 'ok' || irregular) return;
    report(
      ctx,
      li,
      'score.sum',
      v.severity,
      excerpt,
      plain(v.total),
      totalScore,
      `各项得分之和 ${scored.map((l) => l.score).join(' + ')} = ${plain(v.total)}，与合计得分${totalScore}不符。`,
    );
  }
}

function isGroupWeightCol(header: Row, col: number): boolean {
  return /^(分值|权重)$/.test(header.cells[col]?.text.trim() ?? '');
}

/** 计分规则 and 评分说明 of one indicator against its score. */
function checkLeaf(ctx: Ctx, input: Leaf): void {
  let leaf = input;
  const { weight, score, note, rule } = leaf;
  if (score === null) return;
  const excerpt = leaf.row.cells
    .map((c) => c.text)
    .filter(Boolean)
    .join(' ')
    .slice(0, 120);
  const line = [...leaf.row.cells].reverse().find((c) => c.text.trim() === score)?.line ?? leaf.row.line;
  leaf = { ...leaf, row: { ...leaf.row, line } };
  if (weight !== null && dec(score).gt(weight)) {
    report(
      ctx,
      leaf.row.line,
      'score.exceeds-weight',
      'error',
      excerpt,
      `≤${weight}`,
      score,
      `得分${score}超过该指标分值${weight}。`,
    );
    return;
  }
  const deductions = [...note.matchAll(/扣\s*(\d+(?:\.\d+)?)\s*分/g)].map((m) => m[1]!);
  if (weight !== null && deductions.length > 0 && !/得\s*\d/.test(note)) {
    const expected = dec(weight).minus(sum(deductions));
    if (!expected.eq(score)) {
      report(
        ctx,
        leaf.row.line,
        'score.deduction',
        'error',
        excerpt,
        plain(expected),
        score,
        `评分说明写明扣${deductions.join('+')}分，得分应为 ${weight} − ${deductions.join(' − ')} = ${plain(expected)}，表中为${score}。`,
      );
    }
  }
  // 是否评分法: "完全吻合得N分，否则不得分" / "…得满分，否则不得分" allows only 0 or full marks.
  if (weight !== null && /否则不得分/.test(rule) && !/[×*比率%]/.test(rule)) {
    const full = /得\s*(\d+(?:\.\d+)?)\s*分[，,]\s*否则不得分/.exec(rule)?.[1] ?? weight;
    if (!dec(score).eq(0) && !dec(score).eq(full)) {
      report(
        ctx,
        leaf.row.line,
        'score.rule',
        'error',
        excerpt,
        `0或${full}`,
        score,
        `计分规则“${rule}”只允许得0分或${full}分，表中为${score}分。`,
      );
    }
  }
  if (weight !== null && deductions.length === 0)
    checkRatioRow(ctx, leaf.row.line, excerpt, weight, score, rule, note);
}

/** "项目决策（20分）" must equal the weights of the indicators under it. */
function checkGroups(
  ctx: Ctx,
  table: Table,
  h: number,
  totalRow: Row | null,
  groupCols: number[],
  weightCol: number,
  leaves: Leaf[],
  header: Row,
): void {
  if (leaves.some((l) => l.weight === null)) return;
  const rows = table.rows;
  const end = totalRow ? rows.indexOf(totalRow) : rows.length;
  for (const col of groupCols) {
    const weightBeside = isGroupWeightCol(header, col + 1) && col + 1 !== weightCol;
    type Group = { row: number; label: string; weight: Dec };
    const groups: Group[] = [];
    for (let r = h + 1; r < end; r++) {
      const row = rows[r]!;
      if (row.cells.length !== header.cells.length) continue;
      const text = row.cells[col]!.text.trim();
      if (!text) continue;
      const w = weightBeside
        ? row.cells[col + 1]!.text.trim()
        : /(\d+(?:\.\d+)?)\s*分?\s*[）)]+\s*$/.exec(text)?.[1];
      if (w && PURE_NUMBER.test(w)) groups.push({ row: r, label: text, weight: dec(w) });
      else groups.push({ row: r, label: text, weight: dec(-1) });
    }
    if (groups.length === 0 || groups.some((g) => g.weight.lt(0))) continue;
    const leafRows = leaves.map((l) => rows.indexOf(l.row));
    const positional = groups.map((g, k) => {
      const until = groups[k + 1]?.row ?? end;
      const members = leaves.filter((_, i) => leafRows[i]! >= g.row && leafRows[i]! < until);
      return { g, members, total: sum(members.map((m) => m.weight!)) };
    });
    const bad = positional.find((p) => !p.total.eq(p.g.weight));
    if (!bad) continue;
    // Merged cells sometimes print a group label in the middle of its rows: accept any contiguous split.
    let k = 0;
    let acc = dec(0);
    let ok = true;
    for (const leaf of leaves) {
      acc = acc.plus(leaf.weight!);
      const g = groups[k];
      if (!g) {
        ok = false;
        break;
      }
      if (acc.eq(g.weight)) {
        k++;
        acc = dec(0);
      } else if (acc.gt(g.weight)) {
        ok = false;
        break;
      }
    }
    if (ok && k === groups.length && acc.isZero()) continue;
    const line = rows[bad.g.row]!.line;
    report(
      ctx,
      line,
      'score.group-weight',
      'error',
      bad.g.label,
      plain(bad.g.weight),
      plain(bad.total),
      `“${bad.g.label}”下各指标分值之和 ${bad.members.map((m) => m.weight).join(' + ') || '0'} = ${plain(bad.total)}，与其分值${plain(bad.g.weight)}不符。`,
    );
  }
}

/** Evaluators' scores and their printed average (004: 99 and 98 → 98.5). */
function checkPanel(ctx: Ctx, table: Table): void {
  const h = table.rows.findIndex(
    (r) =>
      r.cells.some((c) => /^姓\s*名$/.test(c.text.trim())) && r.cells.some((c) => /评分|得分/.test(c.text)),
  );
  if (h < 0) return;
  const col = table.rows[h]!.cells.findIndex((c) => /评分|得分/.test(c.text));
  const scores: string[] = [];
  for (let r = h + 1; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    const avgAt = row.cells.findIndex((c) => /平均得?分/.test(c.text));
    if (avgAt >= 0) {
      const printed = row.cells
        .slice(avgAt)
        .map((c) => /(\d+(?:\.\d+)?)\s*分?$/.exec(c.text.trim())?.[1])
        .find((v) => v !== undefined);
      if (!printed || scores.length < 2) return;
      const mean = sum(scores).div(scores.length);
      if (roundHalfUp(mean, places(printed)).eq(printed)) return;
      report(
        ctx,
        row.line,
        'score.panel-average',
        'error',
        row.cells
          .map((c) => c.text)
          .filter(Boolean)
          .join(' '),
        roundHalfUp(mean, Math.max(places(printed), 2)).toString(),
        printed,
        `${scores.length}位评价人员评分的平均数为 (${scores.join(' + ')}) ÷ ${scores.length} = ${plain(mean)}，表中为${printed}。`,
      );
      return;
    }
    const v = row.cells[col]?.text.trim() ?? '';
    if (row.cells.length === table.rows[h]!.cells.length && PURE_NUMBER.test(v)) scores.push(v);
  }
}

/** Chart data "2019年 2020年 a b" against a change claim whose last year is a: b must be the current figure. */
function checkChartSeries(ctx: Ctx, table: Table, changes: readonly ChangeClaim[]): void {
  if (ctx.year === null) return;
  for (const row of table.rows) {
    const texts = row.cells.map((c) => c.text.trim());
    for (let i = 0; i + 3 < texts.length; i++) {
      if (texts[i] !== `${ctx.year - 1}年` || texts[i + 1] !== `${ctx.year}年`) continue;
      const a = texts[i + 2]!;
      const b = texts[i + 3]!;
      if (!PURE_NUMBER.test(a) || !PURE_NUMBER.test(b)) continue;
      for (const claim of changes) {
        if (!claim.last.eq(a) || dec(b).eq(claim.current.value)) continue;
        report(
          ctx,
          row.line,
          'figure.chart-mismatch',
          'error',
          excerptOf(texts.join(' ')),
          claim.current.value,
          b,
          `图表数据中${ctx.year - 1}年为${a}，与第${claim.line + 1}行推得的上年数相同，但${ctx.year}年为${b}，而正文为${claim.current.value}。`,
        );
        break;
      }
    }
  }
}

/** A grade cell left blank or not matching the table's total score. */
function checkGradeCell(ctx: Ctx, table: Table): void {
  let total: string | null = null;
  for (const row of table.rows) {
    const texts = row.cells.map((c) => c.text.trim());
    if (texts.some((t) => /^(合计|总分)$/.test(t))) {
      const nums = texts.filter((t) => PURE_NUMBER.test(t));
      if (nums.length > 0) total = nums[nums.length - 1]!;
    }
    const at = texts.findIndex((t) => /^评价等[次级]$/.test(t));
    if (at < 0 || total === null) continue;
    const value = texts.slice(at + 1).find((t) => t !== '') ?? '';
    const want = gradeOf(total, ctx.grades);
    const grade = normaliseGrade(value);
    if (grade !== null)
      claim(ctx, 'grade', row.line, 0, grade === want, `总分${total}对应等次“${want}”，表中“${value}”`);
    if (value === '') {
      report(
        ctx,
        row.line,
        'grade.missing',
        'warning',
        texts.filter(Boolean).join(' '),
        want,
        '（空）',
        `评价等次未填写；总分${total}按标准应为“${want}”。`,
      );
    } else if (grade !== null && grade !== want) {
      report(
        ctx,
        row.line,
        'grade.score',
        'error',
        texts.filter(Boolean).join(' '),
        want,
        value,
        `总分${total}对应的等次应为“${want}”，表中为“${value}”。`,
      );
    }
  }
}

export function checkTables(ctx: Ctx, changes: readonly ChangeClaim[]): void {
  for (const table of readTables(ctx.lines)) {
    checkScoreTable(ctx, table);
    checkPanel(ctx, table);
    checkGradeCell(ctx, table);
    checkChartSeries(ctx, table, changes);
  }
}
