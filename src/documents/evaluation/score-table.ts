/**
 * 评分表 from an evaluate() result (seeds 001 and 004): 一级 / 二级 / 三级 with the group cells merged
 * once and labelled with their weight ("项目决策（20分）"), 计分规则, 分值, 得分, 评分说明 per indicator,
 * 合计, the 基础得分 when 未设定 indicators were excluded (naming them), the grade, and the rounding
 * policy. With several detailed score sheets each indicator shows the evaluators' average.
 */
import { dec, fixed, sum, type Dec } from '../../domain/money/index.ts';
import { leaves, levelNames, type IndicatorNode } from '../../domain/indicators/index.ts';
import {
  describeRule,
  gradeOf,
  type Evaluation,
  type EvaluationResult,
  type IndicatorResult,
} from '../../domain/scoring/index.ts';
import { cell, type Table, type TableCell, type TableRow } from '../model.ts';
import { roundingNote } from './common.ts';
import { DocumentInputError } from './types.ts';

export type ScoredLeaf = {
  node: IndicatorNode;
  path: IndicatorNode[];
  weight: Dec;
  excluded: boolean;
  /** Average over the detailed sheets; null when excluded or not scorable. */
  score: Dec | null;
  explanation: string;
  error: string | null;
};

export type ScoreSummary = {
  leaves: ScoredLeaf[];
  /** Sum of the shown leaves' scores (unrounded). */
  total: Dec;
  fullTotal: Dec;
  maxAfterExclusion: Dec;
  /** total / maxAfterExclusion × 100. */
  base: Dec;
  /** '' while an indicator is unscored: no grade for a partial score. */
  grade: string;
  /** Whether every indicator that is not excluded has a score; when not, no total or grade is printed. */
  complete: boolean;
  places: number;
  evaluators: string[];
  excluded: EvaluationResult['excluded'];
  roundingText: string;
  /** Score of each group node by id (一级, 二级 …), unrounded. */
  groupScore: Map<string, Dec>;
};

function shortfall(i: IndicatorResult): string {
  return i.status === 'error' ? i.explanation : '';
}

/** The figures of the 评分表: per-indicator scores (averaged over detailed sheets), groups, totals. */
export function scoreSummary(evaluation: Evaluation, result: EvaluationResult): ScoreSummary {
  const sheets = result.sheets.filter((s) => s.detailed);
  if (sheets.length === 0)
    throw new DocumentInputError('评分表需要逐项评分的评分表（当前评价只有各评价人员的总分）。');
  const refs = leaves(evaluation.template);
  const excludedIds = new Set(result.excluded.map((e) => e.id));
  const scored: ScoredLeaf[] = refs.map(({ node, path }) => {
    const entries = sheets.map((s) => s.indicators.find((i) => i.id === node.id)!);
    const weight = dec(node.weight);
    if (excludedIds.has(node.id))
      return {
        node,
        path,
        weight,
        excluded: true,
        score: null,
        explanation: entries[0]!.explanation,
        error: null,
      };
    const errors = entries.map(shortfall).filter(Boolean);
    if (errors.length > 0 || entries.some((e) => e.score === null)) {
      // The cell stays blank; the reason goes to the document's notes (the self-check), not on paper.
      return {
        node,
        path,
        weight,
        excluded: false,
        score: null,
        explanation: '',
        error: errors[0] ?? '未评分。',
      };
    }
    const scores = entries.map((e) => e.score!);
    const score = sum(scores).div(scores.length);
    const explanations = [...new Set(entries.map((e) => e.explanation))];
    const explanation =
      explanations.length === 1
        ? explanations[0]!
        : `${sheets.length}位评价人员评分平均：` +
          sheets.map((s, k) => `${s.evaluator.name}${fixed(scores[k]!, result.places)}分`).join('，') +
          '。';
    return { node, path, weight, excluded: false, score, explanation, error: null };
  });
  const groupScore = new Map<string, Dec>();
  for (const l of scored) {
    for (const g of l.path.slice(0, -1))
      groupScore.set(g.id, (groupScore.get(g.id) ?? dec(0)).plus(l.score ?? 0));
  }
  const total = sum(scored.map((l) => l.score ?? 0));
  const maxAfterExclusion = sum(scored.filter((l) => !l.excluded).map((l) => l.weight));
  const base = maxAfterExclusion.isZero() ? dec(0) : total.div(maxAfterExclusion).times(100);
  const complete = scored.every((l) => l.excluded || l.score !== null);
  return {
    leaves: scored,
    total,
    fullTotal: result.final.fullTotal,
    maxAfterExclusion,
    base,
    complete,
    grade: complete ? gradeOf(base, evaluation.template.grades, result.places) : '',
    places: result.places,
    evaluators: sheets.map((s) => s.evaluator.name),
    excluded: result.excluded,
    roundingText: result.roundingText,
    groupScore,
  };
}

/** Column widths (percent) for a tree `depth` levels deep: the level columns share what the others leave. */
function widthsFor(depth: number): number[] {
  if (depth === 3) return [11, 12, 14, 22, 7, 8, 26];
  if (depth === 2) return [12, 16, 30, 7, 8, 27];
  if (depth === 1) return [20, 34, 8, 9, 29];
  const level = Math.floor(46 / depth);
  return [...Array.from({ length: depth }, () => level), 100 - level * depth - 37, 7, 8, 22];
}

function groupLabel(node: IndicatorNode): string {
  return `${node.name}（${node.weight}分）`;
}

export function buildScoreTable(evaluation: Evaluation, s: ScoreSummary, caption?: string): Table {
  const depth = Math.max(...s.leaves.map((l) => l.path.length));
  const p = s.places;
  const header: TableRow = {
    cells: [...levelNames(evaluation.template, depth), '计分规则', '分值', '得分', '评分说明'].map((t) =>
      cell(t, { shade: true, bold: true }),
    ),
  };
  const rows: TableRow[] = [header];
  s.leaves.forEach((l, i) => {
    const cells: TableCell[] = [];
    // Group cells (一级, 二级 …) open where the group starts and span its leaves.
    l.path.slice(0, -1).forEach((g, level) => {
      const prev = s.leaves[i - 1];
      if (prev && prev.path[level]?.id === g.id) return;
      let span = 0;
      for (let k = i; k < s.leaves.length && s.leaves[k]!.path[level]?.id === g.id; k++) span++;
      cells.push(cell(groupLabel(g), { rowSpan: span }));
    });
    const leafLevel = l.path.length - 1;
    cells.push(
      cell(l.node.name, { colSpan: depth - leafLevel, align: depth - leafLevel > 1 ? 'center' : 'left' }),
      cell(l.node.ruleText?.trim() || describeRule(l.node.rule ?? { kind: 'manual' }), { align: 'left' }),
      cell(l.node.weight),
      cell(l.score === null ? '' : fixed(l.score, p)),
      cell(l.explanation, { align: 'left' }),
    );
    rows.push({ cells });
  });
  const span = depth + 1;
  const excludedNames = s.excluded.map((e) => e.name).join('、');
  const excludedWeight = sum(s.excluded.map((e) => e.weight));
  // Not completely scored: no total and no grade on paper (the blank cells say so; the notes name them).
  if (!s.complete) {
    rows.push({
      cells: [cell('合计', { colSpan: span, bold: true }), cell(s.fullTotal.toString()), cell(''), cell('')],
    });
  } else if (s.excluded.length > 0) {
    // A renormalised table's 合计 row shows the 基础得分 (剔除后得分 ÷ 剔除后总分 × 100), as published
    // tables do and as the checker reads them.
    rows.push({
      cells: [
        cell('合计', { colSpan: span, bold: true }),
        cell(s.fullTotal.toString()),
        cell(fixed(s.base, p), { bold: true }),
        cell(
          `基础得分：剔除未设定的${excludedNames}共${s.excluded.length}项（${excludedWeight.toString()}分）后，` +
            `合计得分${fixed(s.total, p)}分÷剔除后总分${s.maxAfterExclusion.toString()}分×100＝${fixed(s.base, p)}分`,
          { align: 'left' },
        ),
      ],
    });
  } else {
    rows.push({
      cells: [
        cell('合计', { colSpan: span, bold: true }),
        cell(s.fullTotal.toString()),
        cell(fixed(s.total, p), { bold: true }),
        cell(''),
      ],
    });
    if (!s.fullTotal.eq(100)) {
      rows.push({
        cells: [
          cell('总分', { colSpan: span, bold: true }),
          cell('100'),
          cell(fixed(s.base, p), { bold: true }),
          cell(`折算为百分制：${fixed(s.total, p)}÷${s.fullTotal.toString()}×100＝${fixed(s.base, p)}`, {
            align: 'left',
          }),
        ],
      });
    }
  }
  rows.push({
    cells: [cell('评价等次', { colSpan: span, bold: true }), cell(s.grade, { colSpan: 3, bold: true })],
  });
  const shown = s.leaves.filter((l) => l.score !== null).map((l) => l.score!);
  const sumNote = s.complete ? roundingNote('合计得分', shown, s.total, p, '分') : null;
  const notes = [
    s.excluded.length > 0 ? '基础得分＝剔除未设定绩效目标的指标分值后的合计得分÷剔除后的总分×100。' : '',
    s.evaluators.length > 1
      ? `各指标得分为${s.evaluators.length}位评价人员（${s.evaluators.join('、')}）评分的平均值。`
      : '',
    `计分与舍入：${s.roundingText}。`,
    sumNote ?? '',
    `评价等次：${evaluation.template.grades.map((g, k, all) => (k === all.length - 1 ? `${g.grade}（${all[k - 1] ? `${all[k - 1]!.min}分以下` : ''}）` : `${g.grade}（${g.min}分及以上）`)).join('，')}。`,
  ].filter(Boolean);
  const widths = widthsFor(depth);
  return {
    kind: 'table',
    caption,
    columnWidths: widths,
    headerRows: 1,
    rows,
    fontSize: 9,
    note: `注：${notes.map((n, k) => `${k + 1}. ${n}`).join(' ')}`,
  };
}
