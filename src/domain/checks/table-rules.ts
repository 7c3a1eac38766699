/**
 * Claims made by score tables (评分表, 自评表): leaf scores against their weights and 评分说明,
 * group weights against their members, the total score (renormalised when indicators were not set),
 * evaluators' average, the grade, and chart data against the text.
 */
import { completionPercent, dec, roundHalfUp, sum, type Dec } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, sourceText, sourceWords, type Ctx } from './context.ts';
import { gradeOf } from '../scoring/grade.ts';
import { normaliseGrade, statedCutoffsKnown } from './grade-words.ts';
import type { ChangeClaim } from './prose-state.ts';
import { isWhite, type TableCell, type TableRow } from './layout.ts';
import { printedPlaces as places } from './numbers.ts';
import { checkFundGroups, checkFunds, fundHead, fundLeaf, type FundRow } from './score-funds.ts';
import { cellAt, PURE_NUMBER, readTables, WEIGHT_HEAD, type Cell, type Row, type Table } from './tables.ts';
import { checkRatioRow } from './rule-scores.ts';
import { checkSplitFunds } from './split-funds.ts';
import { attachHeaderPieces, insertStackedCells } from './header-pieces.ts';
import { headerByRows, joinWrapped } from './score-rows.ts';
import { readsAsTree } from './score-trees.ts';
import { checkTightScores } from './tight-scores.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';
import { checkGroupScores } from './group-scores.ts';
import { namedSubtotalGroups, subtotalLabel } from './wrapped-subtotals.ts';
import { judgeRatio, judgeSum, plain, SHARE, show, showAs, verdictClause } from './verdict.ts';

type Leaf = {
  row: Row;
  weight: string | null;
  score: string | null;
  note: string;
  rule: string;
  excluded: boolean;
};

/**
 * Header cells, compiled once (these scans read every cell of every table: each is tried only on a cell
 * holding a character it needs).
 */
const SCORE_CELL = /^(自评)?得分(?:[（(]分[）)])?$/;
const NAME_CELL = /^姓\s*名$/;
const TOTAL_LABEL = /^(合\s*计|总\s*分|总\s*计)$/;
/** (pdftotext may set a spaced-out label as printed: "总 分", "合 计".) */
const TOTAL_CELL = /^(合\s*计|总\s*分)$/;
/** The first character of a cell's trimmed text (NaN when none): the cheap test before a cell's pattern. */
function firstChar(text: string): number {
  const c = text.charCodeAt(0);
  return isWhite(c) ? text.trim().charCodeAt(0) : c;
}
const [DE, ZI, XING, HE, ZONG, PING, JI, DENG] = [...'得自姓合总评绩等'].map((c) => c.charCodeAt(0));
const isScoreCell = (text: string): boolean => {
  const c = firstChar(text);
  return (c === DE || c === ZI) && SCORE_CELL.test(text.trim());
};
const isNameCell = (text: string): boolean => firstChar(text) === XING && NAME_CELL.test(text.trim());
/** A cell that may be a total (合计, 总分) or a grade (评价等次, 自评等级, 绩效等级, 等次 …): see checkGradeCell. */
const mayBeTotalOrGrade = (text: string): boolean => {
  const c = firstChar(text);
  return c === HE || c === ZONG || c === PING || c === ZI || c === JI || c === DENG;
};

function checkScoreTable(ctx: Ctx, table: Table): void {
  const h = table.rows.findIndex((r) => r.cells.some((c) => isScoreCell(c.text)));
  if (h < 0) return;
  // One row per indicator of every level (一级, 二级, 三级 each with 分值 and 得分): score-trees.ts reads it.
  if (readsAsTree(table)) return;
  const header = table.rows[h]!;
  const width = header.cells.length;
  const scoreCol = header.cells.findIndex((c) => SCORE_CELL.test(c.text.trim()));
  const headerText = (col: number): string =>
    `${header.cells[col]?.text ?? ''}${table.rows[h + 1]?.cells[col]?.text ?? ''}`.trim();
  let weightCol = -1;
  for (let c = scoreCol - 1; c >= 0; c--)
    if (isWeightHead(header.cells[c]!.text.trim())) {
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
  // "小计" rows: each adds up its group's leaves (see groupsOfSubtotals), never a leaf itself.
  const subtotalAt: Array<{ row: Row; at: number; label: string }> = [];
  // "剔除…后合计（满分N分）" above "总分（折算为百分制：…）": the indicators kept, and their total re-expressed.
  let keptRow: Row | null = null;
  let converted = false;
  for (let r = h + 1; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    if (row.cells.some((c) => TOTAL_LABEL.test(c.text.trim()))) {
      totalRow = row;
      break;
    }
    if (row.cells.some((c) => CONVERTED_TOTAL.test(c.text.trim()))) {
      totalRow = row;
      converted = true;
      break;
    }
    if (keptRow === null && row.cells.some((c) => KEPT_TOTAL.test(c.text.trim()))) {
      keptRow = row;
      continue;
    }
    // ("小计", or a group's own: "决策小计", "部门管理小计"; its label maybe wrapped: "产出指标小" over "计")
    const subtotal = subtotalLabel(row, table.rows[r + 1]);
    if (subtotal) {
      subtotalAt.push({ row, at: leaves.length, label: subtotal.label });
      if (subtotal.wrapped) r++;
      continue;
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
  checkCompletionColumn(ctx, header, leaves);
  checkScoreRateColumn(ctx, header, leaves, scoreCol);
  if (!irregular)
    checkSubtotals(ctx, groupsOfSubtotals(subtotalAt, leaves, weightCol), scoreCol, weightCol, width);
  if (weightCol >= 0 && !irregular)
    checkGroups(ctx, table, h, totalRow, groupCols, weightCol, leaves, header);

  const deductionCol = header.cells.findIndex(
    (c, i) => i > scoreCol && /^扣(减)?分(值)?$/.test(c.text.trim()),
  );
  if (deductionCol >= 0 && weightCol >= 0) checkDeductions(ctx, leaves, deductionCol);

  if (!totalRow) return;
  if (converted) {
    if (!irregular) checkConvertedTotal(ctx, leaves, keptRow, totalRow, scoreCol, weightCol, width);
    return;
  }
  // The total row under its header cells when it has them all; else its last figures (a total row printed
  // without its empty cells) — not when a figure column (扣分) follows 得分: the last figure is then not the score.
  const under = (col: number): string | null => {
    const t = totalRow!.cells.length === width && col >= 0 ? totalRow!.cells[col]!.text.trim() : '';
    return PURE_NUMBER.test(t) ? t : null;
  };
  const numbers = totalRow.cells.map((c) => c.text.trim()).filter((t) => PURE_NUMBER.test(t));
  // Which of the total row's figures is its score: the one under 得分, else the last one.
  const scoreCell = totalRow.cells.length === width ? totalRow.cells[scoreCol] : undefined;
  const scoreAt = under(scoreCol) !== null ? numbers.indexOf(scoreCell!.text.trim()) : numbers.length - 1;
  if (under(scoreCol) === null && deductionCol >= 0) return;
  // A grid's total row (cells by index: tab-separated, Markdown) as wide as its header with its 得分 cell blank
  // states no total score (a list of projects' 合计 row adds up their funds, not their 得分). (A row placed
  // by position may have its figures off their columns: read by its last figures as before.)
  const grid = (table.shape === 'tsv' || table.shape === 'markdown') && !table.placed;
  if (grid && under(scoreCol) === null && totalRow.cells.length === width) return;
  const totalScore =
    numbers.length >= (weightCol >= 0 ? 2 : 1) || under(scoreCol) !== null ? numbers[scoreAt]! : null;
  // The weight: under 分值, else the figure before the score (a 合计 spanning the label columns shifts it).
  // (A row whose figures sit a column left of their headers — its score, the last figure, under 分值 — is read by
  // its figures' order.)
  const weightUnder =
    under(scoreCol) === null && under(weightCol) === numbers.at(-1) ? null : under(weightCol);
  const totalWeight = weightUnder ?? (weightCol >= 0 && scoreAt >= 1 ? numbers[scoreAt - 1]! : null);
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
    const culprit =
      v.kind === 'wrong' && totalScore !== null
        ? weightAtFault(ctx, leaves, v.total, totalWeight, totalScore, scoreCol)
        : null;
    if (culprit) {
      const { leaf, excess, scores, weightSum } = culprit;
      const name = leaf.row.cells
        .slice(0, weightCol)
        .map((c) => c.text.trim())
        .filter(Boolean)
        .join(' ');
      const want = plain(dec(leaf.weight!).minus(excess));
      report(
        ctx,
        leaf.row.cells[weightCol]?.line ?? leaf.row.line,
        'score.weight-sum',
        'error',
        leaf.row.cells
          .map((c) => c.text.trim())
          .filter(Boolean)
          .join(' '),
        want,
        leaf.weight!,
        `各指标分值之和 ${leaves.map((l) => l.weight).join(' + ')} = ${plain(weightSum)}，比总分分值${totalWeight}多${plain(excess)}；各项得分之和 ${scores.join(' + ')} = ${totalScore}与总分相符，且只有“${name}”的分值${leaf.weight}减去${plain(excess)}后仍不低于其得分${leaf.score}，该项分值应为${want}。`,
      );
    } else if (v.kind !== 'ok') {
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
    // A 一级得分 column (group-scores.ts): each group's sum, and the total as theirs.
    const body = table.rows.slice(h + 1, table.rows.indexOf(totalRow));
    const total = { row: totalRow, score: totalScore };
    if (!irregular && checkGroupScores(ctx, header, body, leaves, scoreCol, weightCol, total)) return;
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
    if (cappedHolds(scored, { value: totalScore, places: places(totalScore) })) return;
    // A 得分 reported against its rule (the 项目资金 part's 分值 × 执行率): the 总分 adds its right figure.
    const corrected = scored.map((l) => ruleScore(ctx, l, scoreCol));
    if (corrected.some((c, i) => c !== scored[i]!.score) && sum(corrected).eq(totalScore)) return;
    // 得分 above their 分值 (reported on their rows): what the rows allow at most, named too.
    const over = scored.filter((l) => l.weight !== null && dec(l.score!).gt(l.weight));
    const cap =
      over.length > 0
        ? `（其中${over.map((l) => `得分${l.score}超过分值${l.weight}`).join('，')}；各项得分以分值为限，之和至多为${plain(sum(scored.map((l) => (over.includes(l) ? l.weight! : l.score!))))}）`
        : '';
    report(
      ctx,
      li,
      'score.sum',
      v.severity,
      excerpt,
      plain(v.total),
      totalScore,
      `各项得分之和 ${scored.map((l) => l.score).join(' + ')} = ${plain(v.total)}${cap}，与合计得分${totalScore}不符。`,
    );
  }
}

/** A total re-expressed out of 100: "总分（折算为百分制：A÷B×100）", "合计（折算为百分制）". */
const CONVERTED_TOTAL = /^(?:总\s*分|总得分|合\s*计|总\s*计)\s*[（(][^（()）]*?(?:折算|百分制)/;
/** The total of the indicators kept: "剔除未设指标后小计（满分85分）", "合计（满分90分）". */
const KEPT_TOTAL =
  /^(?:(?:剔除|扣除)[\u4e00-\u9fa5“”"]{0,16}后(?:的)?(?:得分)?(?:合计|小计)|(?:合计|小计)\s*[（(]满分\s*\d+(?:\.\d+)?\s*分[）)])/;
/** The conversion printed in the label: "76.50÷85×100" (÷ or /, × or x or *). */
const CONVERSION = /(\d+(?:\.\d+)?)\s*[÷/]\s*(\d+(?:\.\d+)?)\s*[×xX*＊]\s*100(?![\d.])/;

/**
 * A total re-expressed out of 100 when indicators were left out (未设置, 不适用): the row of the indicators kept
 * ("剔除…后合计", its 分值 and 得分) must add up its leaves, and the total must be its 得分 ÷ its 分值 × 100 — or the
 * conversion the label prints ("折算为百分制：A÷B×100"; not judged when that names other figures than the row).
 */
function checkConvertedTotal(
  ctx: Ctx,
  leaves: readonly Leaf[],
  keptRow: Row | null,
  totalRow: Row,
  scoreCol: number,
  weightCol: number,
  width: number,
): void {
  const under = (row: Row, col: number): string | null => {
    const t = row.cells.length === width && col >= 0 ? row.cells[col]!.text.trim() : '';
    return PURE_NUMBER.test(t) ? t : null;
  };
  const total = under(totalRow, scoreCol);
  if (total === null) return;
  const label = totalRow.cells.map((c) => c.text.trim()).find((t) => CONVERTED_TOTAL.test(t)) ?? '';
  const formula = CONVERSION.exec(label);
  const keptScore = keptRow ? under(keptRow, scoreCol) : null;
  const keptWeight = keptRow ? under(keptRow, weightCol) : null;
  const scored = leaves.filter((l) => l.score !== null);
  // The kept row adds up the leaves scored (those left out have no 得分).
  if (keptRow && keptScore !== null && scored.length >= 2) {
    for (const [what, figure, parts] of [
      ['得分', keptScore, scored.map((l) => l.score)],
      ['分值', keptWeight, scored.map((l) => l.weight)],
    ] as const) {
      if (figure === null || parts.some((p) => p === null)) continue;
      const v = judgeSum(
        parts.map((p) => ({ value: p!, places: places(p!) })),
        { value: figure, places: places(figure) },
        2,
      );
      const terms = parts.join(' + ');
      claim(
        ctx,
        'score',
        keptRow.line,
        0,
        v.kind !== 'wrong',
        `剔除后各项${what}之和 ${terms}，合计${what}${figure}`,
      );
      if (v.kind !== 'wrong') continue;
      report(
        ctx,
        keptRow.line,
        what === '得分' ? 'score.sum' : 'score.weight-sum',
        'error',
        keptRow.cells
          .map((c) => c.text.trim())
          .filter(Boolean)
          .join(' '),
        plain(v.total),
        figure,
        `剔除未设定指标后各项${what}之和 ${terms} = ${plain(v.total)}，与合计${what}${figure}不符。`,
      );
    }
  }
  let got = keptScore;
  let base = keptWeight;
  if (formula) {
    if ((got !== null && !dec(got).eq(formula[1]!)) || (base !== null && !dec(base).eq(formula[2]!))) return;
    got = formula[1]!;
    base = formula[2]!;
  }
  if (got === null || base === null || dec(base).isZero() || !dec(base).lt(100)) return;
  const p = places(total);
  const exact = dec(got).div(base).times(100);
  const want = roundHalfUp(exact, p).toFixed(p);
  const ok = dec(want).eq(total);
  claim(ctx, 'score', totalRow.line, 0, ok, `折算为百分制：${got} ÷ ${base} × 100 = ${want}，表中${total}`);
  if (ok) return;
  const truncated = exact.toDecimalPlaces(p, 1).eq(dec(total));
  report(
    ctx,
    totalRow.line,
    'score.renormalised',
    truncated ? 'warning' : 'error',
    totalRow.cells
      .map((c) => c.text.trim())
      .filter(Boolean)
      .join(' '),
    want,
    total,
    `剔除未设定指标后得分${got}（满分${base}分），折算为百分制应为 ${got} ÷ ${base} × 100 = ${want}，表中为${total}${truncated ? '，似为截断而非四舍五入' : ''}。`,
  );
}

/**
 * A 扣分 column after 得分: each leaf's 扣分 must be its 分值 − 得分 (`score.deduction`). A leaf whose 扣分 cell
 * holds no figure (a dash, words) is not read.
 */
function checkDeductions(ctx: Ctx, leaves: readonly Leaf[], col: number): void {
  for (const leaf of leaves) {
    const shown = cellAt(leaf.row, col, 0);
    if (leaf.weight === null || leaf.score === null || !PURE_NUMBER.test(shown)) continue;
    const p = Math.max(places(leaf.score), places(shown));
    const want = dec(leaf.weight).minus(leaf.score).toFixed(p);
    const ok = dec(want).eq(shown);
    const li = leaf.row.cells[col]?.line ?? leaf.row.line;
    claim(ctx, 'score', li, 0, ok, `分值${leaf.weight} − 得分${leaf.score} = 扣${want}分，表中扣${shown}分`);
    if (!ok)
      report(
        ctx,
        li,
        'score.deduction',
        'error',
        leaf.row.cells
          .map((c) => c.text.trim())
          .filter(Boolean)
          .join(' '),
        want,
        shown,
        `分值${leaf.weight}分、得分${leaf.score}分，应扣${want}分，表中扣分为${shown}。`,
      );
  }
}

/** A target to reach ("≥95%", "12座", "不低于3.2万人"): its figure and unit; null for a bound below or words. */
function targetToReach(text: string): { value: string; unit: string } | null {
  const m =
    /^(?:≥|>|＞|≧|》=|不低于|不少于|大于等于)?\s*(\d+(?:\.\d+)?)\s*([%％]|[\u4e00-\u9fa5]{1,3})?$/.exec(text);
  if (!m || /[以及]/.test(m[2] ?? '')) return null;
  return { value: m[1]!, unit: (m[2] ?? '').replace('％', '%') };
}

/**
 * A 完成率 column beside 年度指标值 and 实际完成值 (provincial 自评表): for a target to reach, in the unit of
 * the actual, 完成率 = 实际完成值 ÷ 年度指标值 (a rate printed as 100% for a target exceeded also passes);
 * and a row scored "完成率×权重" must score min(完成率, 100%) × 权重 — from the printed rate or the exact one.
 */
function checkCompletionColumn(ctx: Ctx, header: Row, leaves: readonly Leaf[]): void {
  const col = (re: RegExp): number => header.cells.findIndex((c) => re.test(c.text.trim()));
  const rateCol = col(/^完成率([（(][%％][）)])?$/);
  const targetCol = col(/^(年度)?(指标值|目标值)$/);
  const actualCol = col(/^实际(完成)?值$/);
  if (rateCol < 0) return;
  for (const leaf of leaves) {
    const rateText = cellAt(leaf.row, rateCol, 0);
    const m = /^(\d+(?:\.\d+)?)\s*[%％]$/.exec(rateText);
    if (!m) continue;
    const rate = m[1]!;
    const li = leaf.row.cells[rateCol]?.line ?? leaf.row.line;
    const excerpt = leaf.row.cells
      .map((c) => c.text)
      .filter(Boolean)
      .join(' ')
      .slice(0, 120);
    const target = targetCol >= 0 ? targetToReach(cellAt(leaf.row, targetCol, 0)) : null;
    const actual = actualCol >= 0 ? /^(\d+(?:\.\d+)?)\s*(\S*)$/.exec(cellAt(leaf.row, actualCol, 0)) : null;
    let exact: Dec | null = null;
    if (target && actual && actual[2]!.replace('％', '%') === target.unit && !dec(target.value).isZero()) {
      exact = dec(actual[1]!).div(target.value).times(100);
      const printed = { value: rate, places: places(rate) };
      const rv = judgeRatio(
        printed,
        [
          { value: actual[1]!, places: places(actual[1]!) },
          { value: target.value, places: places(target.value) },
        ],
        ([a, t]) => completionPercent(a!, t!),
        SHARE,
      );
      const capped = exact.gte(100) && dec(rate).eq(100);
      if (rv) {
        const want = rv.kind === 'ok' ? rate : show(rv.exact, places(rate));
        const ok = rv.kind !== 'wrong' || capped;
        const arithmetic = `实际${actual[1]}${target.unit} ÷ 目标${target.value}${target.unit} × 100% = ${want}%`;
        claim(ctx, 'completion', li, 0, ok, `${arithmetic}，表中${rate}%`);
        if (!ok || (rv.kind === 'rounding' && !capped))
          report(
            ctx,
            li,
            'completion.target',
            rv.severity,
            excerpt,
            `${want}%`,
            `${rate}%`,
            `完成率应为 ${arithmetic}，表中为${rate}%${verdictClause(rv.kind)}。`,
          );
      }
    }
    const { weight, score } = leaf;
    if (weight === null || score === null || !/^完成率\s*[×*xX]\s*(指标)?(权重|分值)/.test(leaf.rule))
      continue;
    const scoreOf = (r: Dec): Dec =>
      roundHalfUp((r.gt(100) ? dec(100) : r).div(100).times(weight), places(score));
    const readings = [scoreOf(dec(rate)), ...(exact ? [scoreOf(exact)] : [])];
    const ok = readings.some((r) => r.eq(score));
    const want = readings[0]!.toFixed(places(score));
    claim(ctx, 'score', leaf.row.line, 0, ok, `完成率${rate}% × 权重${weight} = ${want}，表中${score}`);
    if (!ok)
      report(
        ctx,
        leaf.row.line,
        'score.rule',
        'error',
        excerpt,
        want,
        score,
        `计分规则为“完成率×权重”：${rate}%${dec(rate).gt(100) ? '（以100%为限）' : ''} × ${weight} = ${want}，表中为${score}。`,
      );
  }
}

/** A 得分率 column after 得分: "得分率", "得分率（%）", "得分率%". */
const SCORE_RATE_HEAD = /^得分率(?:[（(][%％][）)]|[%％])?$/;

/**
 * A 得分率 column right of 得分: each row's 得分率 = 得分 ÷ 分值 × 100, within the rounding of its figures
 * (`score.rate`). A row whose 得分 is above its 分值 is left to that finding.
 */
function checkScoreRateColumn(ctx: Ctx, header: Row, leaves: readonly Leaf[], scoreCol: number): void {
  const rateCol = header.cells.findIndex((c, i) => i > scoreCol && SCORE_RATE_HEAD.test(c.text.trim()));
  if (rateCol < 0) return;
  for (const leaf of leaves) {
    const { weight, score } = leaf;
    const m = /^(\d+(?:\.\d+)?)\s*[%％]?$/.exec(cellAt(leaf.row, rateCol, 0));
    if (!m || weight === null || score === null || dec(weight).isZero() || dec(score).gt(weight)) continue;
    const rate = m[1]!;
    const printed = { value: rate, places: places(rate) };
    const inputs = [
      { value: score, places: places(score) },
      { value: weight, places: places(weight) },
    ];
    const v = judgeRatio(printed, inputs, ([x, y]) => (y!.isZero() ? null : x!.div(y!).times(100)), SHARE);
    if (!v) continue;
    const li = leaf.row.cells[rateCol]?.line ?? leaf.row.line;
    const exact = v.kind === 'ok' ? rate : show(v.exact, printed.places);
    const arithmetic = `得分${score} ÷ 分值${weight} × 100 = ${exact}`;
    claim(ctx, 'share', li, 0, v.kind !== 'wrong', `得分率：${arithmetic}，表中${rate}`);
    if (v.kind === 'ok') continue;
    const excerpt = leaf.row.cells
      .map((c) => c.text)
      .filter(Boolean)
      .join(' ')
      .slice(0, 120);
    report(
      ctx,
      li,
      'score.rate',
      v.severity,
      excerpt,
      exact,
      rate,
      `得分率应为 ${arithmetic}，表中为${rate}${verdictClause(v.kind)}。`,
    );
  }
}

/** The 预算执行率 leaf: its first cell "预算执行率", or "预算执行 | 预算执行率" (its own 一级指标 before it). */
const isFundLeaf = (m: Leaf): boolean => {
  const [first, second] = m.row.cells.map((c) => c.text.trim()).filter(Boolean);
  return first === '预算执行率' || (first === '预算执行' && second === '预算执行率');
};

/**
 * The leaves each 小计 row adds up: those since the previous 小计 when 小计 closes its group — or, when the
 * first 小计 comes before any indicator (a group's subtotal printed on its first line), those up to the next.
 */
function groupsOfSubtotals(
  subtotals: ReadonlyArray<{ row: Row; at: number; label: string }>,
  leaves: readonly Leaf[],
  weightCol: number,
): Array<{ row: Row; members: Leaf[]; named?: true }> {
  if (subtotals.length === 0) return [];
  // (A block of 小计 after all the rows, each naming its group: wrapped-subtotals.ts.)
  const named = namedSubtotalGroups(subtotals, leaves, weightCol);
  if (named) return named;
  // (A 小计 of the 预算执行 group itself, "预算执行小计", closes that group.)
  const closesFund = /预算执行/.test(subtotals[0]!.label);
  const leading = !closesFund && !leaves.slice(0, subtotals[0]!.at).some((l) => !isFundLeaf(l));
  return subtotals.map(({ row, at }, k) => ({
    row,
    members: leading
      ? ownLeaves(row, leaves.slice(at, subtotals[k + 1]?.at ?? leaves.length))
      : leaves.slice(subtotals[k - 1]?.at ?? 0, at),
  }));
}

/**
 * The leaves under a 小计 printed on its group's first line ("效益指标 | 小计 | 30 | 27.00"): those up to the
 * first that names another group in the column of the 小计's own label ("满意度指标 | 服务对象满意度 | …" starts
 * a group of its own, with no 小计 of its own).
 */
function ownLeaves(subtotal: Row, leaves: readonly Leaf[]): Leaf[] {
  const at = subtotal.cells.findIndex((c) => /小\s*计$/.test(c.text.trim()));
  const col = subtotal.cells.findIndex((c, i) => i < at && c.text.trim() !== '');
  if (at < 0 || col < 0) return [...leaves];
  const label = subtotal.cells[col]!.text.trim();
  const end = leaves.findIndex((l) => {
    const t = l.row.cells[col]?.text.trim() ?? '';
    return t !== '' && t !== label;
  });
  return end < 0 ? [...leaves] : leaves.slice(0, end);
}

/**
 * Each 小计 row against its group's leaves: its 得分 (and 分值) must be their sum — with or without the
 * 预算执行率 leaf put before the first group (whether a 小计 counts it, the table does not say).
 */
function checkSubtotals(
  ctx: Ctx,
  subtotals: ReadonlyArray<{ row: Row; members: Leaf[]; named?: true }>,
  scoreCol: number,
  weightCol: number,
  width: number,
): void {
  for (const { row, members: all, named } of subtotals) {
    // A 小计 row printed without its empty cells ("决策小计  15  13.50"): its figures in order (分值, 得分).
    const figures = row.cells.map((c) => c.text.trim()).filter((t) => PURE_NUMBER.test(t));
    const short = row.cells.length !== width;
    if (short && figures.length !== (weightCol >= 0 ? 2 : 1)) continue;
    const printedAt = (kind: 'score' | 'weight', col: number): string =>
      short ? (kind === 'score' ? figures[figures.length - 1]! : figures[0]!) : cellAt(row, col, 0);
    // The 预算执行率 leaf put before the first group may or may not be in its 小计: either sum passes.
    const members = all.filter((m) => !isFundLeaf(m));
    const fund = all.find(isFundLeaf);
    if (members.length < 2) continue;
    const excerpt = row.cells
      .map((c) => c.text)
      .filter(Boolean)
      .join(' ');
    // Leaves found by their group's name: read only when their 分值 add up to the 小计's (the 分值 prove them).
    if (named && !namedWeightsHold(members, printedAt('weight', weightCol))) continue;
    const cols: Array<['score' | 'weight', number]> = [['score', scoreCol]];
    if (weightCol >= 0) cols.push(['weight', weightCol]);
    for (const [kind, col] of cols) {
      const printed = printedAt(kind, col);
      const values = members.map((m) => (kind === 'score' ? m.score : m.weight));
      if (!PURE_NUMBER.test(printed) || values.some((v) => v === null)) continue;
      const whole = { value: printed, places: places(printed) };
      const v = judgeSum(
        values.map((x) => ({ value: x!, places: places(x!) })),
        whole,
        2,
      );
      const fundValue = fund ? (kind === 'score' ? fund.score : fund.weight) : null;
      // A sum that holds once a 得分 above its 分值 (reported on its row) is taken at its 分值: not again.
      if (v.kind !== 'ok' && kind === 'score' && cappedHolds(members, whole)) continue;
      if (
        v.kind !== 'ok' &&
        fundValue !== null &&
        judgeSum(
          [...values, fundValue].map((x) => ({ value: x!, places: places(x!) })),
          whole,
          2,
        ).kind === 'ok'
      )
        continue;
      const what = kind === 'score' ? '得分' : '分值';
      claim(
        ctx,
        'score',
        row.line,
        0,
        v.kind !== 'wrong',
        `小计${what} ${values.join(' + ')}，表中${printed}`,
      );
      if (v.kind === 'ok') continue;
      report(
        ctx,
        row.line,
        kind === 'score' ? 'score.sum' : 'score.weight-sum',
        v.severity,
        excerpt,
        showAs(v.total, [...values.map((x) => ({ value: x!, places: places(x!) })), whole]),
        printed,
        `小计${what}应为本组各指标${what}之和 ${values.join(' + ')} = ${showAs(v.total, [...values.map((x) => ({ value: x!, places: places(x!) })), whole])}，表中为${printed}。`,
      );
    }
  }
}

/** Whether the leaves' 分值 add up to a 小计's printed 分值 exactly. */
function namedWeightsHold(members: readonly Leaf[], printed: string): boolean {
  if (!PURE_NUMBER.test(printed) || members.some((m) => m.weight === null)) return false;
  return sum(members.map((m) => m.weight!)).eq(printed);
}

/** Whether the leaves' 得分 add up to `whole` once each 得分 above its 分值 is taken at its 分值 (and one is). */
/**
 * A leaf's 得分, or the figure its rule gives when that 得分 is already reported against it (`score.rule` on the
 * score's line: the 项目资金 part's 分值 × 执行率).
 */
function ruleScore(ctx: Ctx, leaf: Leaf, scoreCol: number): string {
  const line = (leaf.row.cells[scoreCol]?.line ?? leaf.row.line) + 1;
  const f = ctx.findings.find(
    (x) => x.rule === 'score.rule' && x.severity === 'error' && x.line === line && x.found === leaf.score,
  );
  return f && PURE_NUMBER.test(f.expected) ? f.expected : leaf.score!;
}

/**
 * The one 分值 that makes Σ 分值 exceed the 总分's: the 得分 add up exactly to the 总分's (each as printed, or as
 * its rule gives when reported against it: they prove the reading), and only one leaf's 分值 less the excess is
 * still at least its 得分 — every other 分值 so lowered would fall below the score it earned. Null otherwise.
 */
function weightAtFault(
  ctx: Ctx,
  leaves: readonly Leaf[],
  weightSum: Dec,
  totalWeight: string,
  totalScore: string,
  scoreCol: number,
): { leaf: Leaf; excess: Dec; scores: string[]; weightSum: Dec } | null {
  const excess = weightSum.minus(totalWeight);
  if (!excess.gt(0) || leaves.length < 4) return null;
  if (leaves.some((l) => l.score === null || l.weight === null)) return null;
  const scores = leaves.map((l) => ruleScore(ctx, l, scoreCol));
  if (!sum(scores).eq(totalScore)) return null;
  const fits = leaves.filter((l, i) => {
    const lowered = dec(l.weight!).minus(excess);
    return lowered.gt(0) && lowered.gte(scores[i]!);
  });
  return fits.length === 1 ? { leaf: fits[0]!, excess, scores, weightSum } : null;
}

function cappedHolds(leaves: readonly Leaf[], whole: { value: string; places: number }): boolean {
  let capped = false;
  const values = leaves.map((l) => {
    if (l.score !== null && l.weight !== null && dec(l.score).gt(l.weight)) {
      capped = true;
      return l.weight;
    }
    return l.score;
  });
  if (!capped || values.some((x) => x === null)) return false;
  return (
    judgeSum(
      values.map((x) => ({ value: x!, places: places(x!) })),
      whole,
      2,
    ).kind === 'ok'
  );
}

function isGroupWeightCol(header: Row, col: number): boolean {
  return WEIGHT_HEAD.test(header.cells[col]?.text.trim() ?? '');
}

/** A leaf's 分值 header: 分值, 权重 (see WEIGHT_HEAD) or 标准分. */
const isWeightHead = (text: string): boolean => WEIGHT_HEAD.test(text) || text === '标准分';

/** 计分规则 and 评分说明 of one indicator against its score. */
const DEDUCTION = /扣\s*(\d+(?:\.\d+)?)\s*分/g;

function checkLeaf(ctx: Ctx, input: Leaf): void {
  let leaf = input;
  const { weight, score, note, rule } = leaf;
  if (score === null) return;
  const excerpt = leaf.row.cells
    .map((c) => c.text)
    .filter(Boolean)
    .join(' ')
    .slice(0, 120);
  // The line of the row's last cell that prints the score.
  let line = leaf.row.line;
  for (let c = leaf.row.cells.length - 1; c >= 0; c--)
    if (leaf.row.cells[c]!.text.trim() === score) {
      line = leaf.row.cells[c]!.line;
      break;
    }
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
  const deductions = allMatches(note, DEDUCTION).map((m) => m[1]!);
  // (A note stating a rate of deduction — "每1个百分点扣0.2分", "每少1户扣0.5分" — states no deduction made.)
  if (
    weight !== null &&
    deductions.length > 0 &&
    !/得\s*\d/.test(note) &&
    !/每[^，,。；;]{0,12}扣/.test(note)
  ) {
    const expected = dec(weight).minus(sum(deductions));
    claim(
      ctx,
      'score',
      leaf.row.line,
      0,
      expected.eq(score),
      `分值${weight} − 扣${deductions.join(' − ')}分 = ${plain(expected)}，表中${score}`,
    );
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
    (r) => r.cells.some((c) => isNameCell(c.text)) && r.cells.some((c) => /评分|得分/.test(c.text)),
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
  const lastYear = `${ctx.year - 1}年`;
  const thisYear = `${ctx.year}年`;
  // (A cell shorter than the year is not the year: most cells are not trimmed to be compared.)
  const is = (text: string, year: string): boolean => text.length >= year.length && text.trim() === year;
  for (const row of table.rows) {
    const cells = row.cells;
    let found = false;
    for (let i = 0; i + 3 < cells.length && !found; i++)
      found = is(cells[i]!.text, lastYear) && is(cells[i + 1]!.text, thisYear);
    if (!found) continue;
    const texts = row.cells.map((c) => c.text.trim());
    for (let i = 0; i + 3 < texts.length; i++) {
      if (texts[i] !== lastYear || texts[i + 1] !== thisYear) continue;
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

/** A grade cell's own label before its grade ("等级：", "评定等次为"). */
const GRADE_LABEL_BESIDE = /^(?:(?:自评|评价|绩效)?等[级次](?:评定)?(?:为)?[:：]|评定为)\s*/;

/** A grade cell left blank or not matching the table's total score. */
function checkGradeCell(ctx: Ctx, table: Table): void {
  let total: string | null = null;
  for (const row of table.rows) {
    // Most rows hold neither a total nor a grade cell: their texts are not copied.
    if (!row.cells.some((c) => mayBeTotalOrGrade(c.text))) continue;
    const texts = row.cells.map((c) => c.text.trim());
    if (texts.some((t) => TOTAL_CELL.test(t) || CONVERTED_TOTAL.test(t))) {
      const nums = texts.filter((t) => PURE_NUMBER.test(t));
      if (nums.length > 0) total = nums[nums.length - 1]!;
    }
    // "评价等次 | 良", or in one cell "自评等级：良".
    const at = texts.findIndex(
      (t) => /^(评价|自评|绩效)?等[次级](评定)?([:：]\s*\S{1,4})?$/.test(t) && /评价|自评|等次/.test(t),
    );
    if (at < 0 || total === null) continue;
    const inline = /[:：]\s*(\S{1,4})$/.exec(texts[at]!)?.[1];
    // The cell beside the label may repeat it ("自评等级 | 等级：良"): its grade is what follows the colon.
    const beside = texts.slice(at + 1).find((t) => t !== '') ?? '';
    const value = inline ?? beside.replace(GRADE_LABEL_BESIDE, '');
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
        inline === undefined && beside !== '' ? beside : value,
        `总分${total}对应的等次应为“${want}”，表中为“${value}”。`,
      );
    }
  }
}

/**
 * A row of a space-aligned table with each cell put under the header cell it sits below (pdftotext
 * -layout leaves a merged cell — 一级指标 printed once for its group — out of the rows below it). Null
 * when a cell sits under no header cell or two cells under one: such a row is not read.
 */
export function alignRow(header: readonly TableCell[], printed: TableRow): Row | null {
  const row = withSpacedLabelsJoined(printed);
  // A row with a cell for every header cell, in order: pdftotext set them one space apart (tight columns
  // shifted by the Chinese text before them), their places tell nothing more than their order.
  // (Labels left of every header cell — "项目资  年度资金总额" under 年初预算数 … 得分 — are not columns.)
  const filled = row.cells.filter((c) => c.text.trim() !== '' && c.end >= (header[0]?.start ?? 0));
  if (filled.length === header.length && header.length >= 3 && header.every((h) => h.text.trim() !== ''))
    return { cells: filled.map((c) => ({ text: c.text, line: c.line })), line: row.line };
  const cells: Cell[] = header.map(() => ({ text: '', line: row.line }));
  const first = header[0]?.start ?? 0;
  for (const c of row.cells) {
    if (c.text.trim() === '') continue;
    // A row label left of every header cell ("项目资金  年度资金总额" under 年初预算数 … 得分) is not a column —
    // but the total row's label (总分, 合计) is kept in the first cell when that is empty: it marks the row.
    if (c.end < first) {
      if (TOTAL_LABEL.test(c.text.trim()) && cells[0]!.text === '')
        cells[0] = { text: c.text.trim(), line: c.line };
      continue;
    }
    let best = -1;
    let bestScore = -Infinity;
    let second = -Infinity;
    header.forEach((h, i) => {
      const overlap = Math.min(c.end, h.end) - Math.max(c.start, h.start);
      // Overlap counts first; without one, the nearer edge (a negative score).
      const score = overlap > 0 ? overlap : overlap - 0.5;
      if (score > bestScore) [second, bestScore, best] = [bestScore, score, i];
      else if (score > second) second = score;
    });
    if (best < 0 || bestScore <= -4 || (bestScore <= 0 && second > bestScore - 2)) return null;
    if (cells[best]!.text !== '') {
      // (A label spaced out over its cell — "决  策", "小  计": its characters one label.)
      if (!SPACED_PIECE.test(cells[best]!.text) || !SPACED_PIECE.test(c.text.trim())) return null;
      cells[best] = { text: `${cells[best]!.text}${c.text.trim()}`, line: c.line };
      continue;
    }
    cells[best] = { text: c.text, line: c.line };
  }
  return { cells, line: row.line };
}

/** A piece of a label spaced out character by character. */
const SPACED_PIECE = /^[\u4e00-\u9fa5]{1,2}$/;

/** The row with a label spaced out over its cell ("小  计", "决  策": pieces a few columns apart) one cell. */
function withSpacedLabelsJoined(row: TableRow): TableRow {
  const cells: TableCell[] = [];
  // (Whether the last cell is a character alone or characters so joined: two labels of two characters each,
  // "决策  立项", are two cells.)
  let spaced = false;
  for (const c of row.cells) {
    const prev = cells[cells.length - 1];
    const one = SPACED_CHAR.test(c.text.trim());
    if (prev && spaced && one && c.start - prev.end <= 4) {
      cells[cells.length - 1] = { ...prev, text: `${prev.text.trim()}${c.text.trim()}`, end: c.end };
      continue;
    }
    cells.push(c);
    spaced = one;
  }
  return cells.length === row.cells.length ? row : { ...row, cells };
}

const SPACED_CHAR = /^[\u4e00-\u9fa5]$/;

/**
 * A row with its words before the first figure as one cell ("执行情况  年度资金总额" beside 6,966.30: the merged
 * cell of the table's side label and the row's own label, under the header's one label column).
 */
function leadingJoined(row: TableRow): TableRow {
  const first = row.cells.findIndex((c) => /\d/.test(c.text));
  if (first < 2) return row;
  const lead = row.cells.slice(0, first);
  // (A breakdown's label wrapped beside its rows — "按收入" / "性质分" — is read as such: sideLabels.)
  if (lead.slice(0, -1).some((c) => /[按性]|分$/.test(c.text))) return row;
  const joined = { ...lead[0]!, text: lead.map((c) => c.text.trim()).join(''), end: lead[first - 1]!.end };
  return { ...row, cells: [joined, ...row.cells.slice(first)] };
}

/** A header's top line: words of column labels only ("年初", "全年预算数", "执行率"), at least two. */
const TOP_WORD =
  /^(?:年初|全年|年度|实际|预算数?|执行数?|全年预算数?|全年执行数?|执行率|完成率|年初预算数?|调整预算数?|实际完成值?|指标值?)$/;

/**
 * The words a line above the header puts over its cells, cell by cell ('' where none), when every word of that
 * line is a column label's first words (TOP_WORD) over exactly one header cell; null otherwise.
 */
function headerTop(header: readonly TableCell[], above: TableRow): string[] | null {
  const words = above.cells.filter((c) => c.text.trim() !== '');
  if (words.length < 2 || !words.every((c) => TOP_WORD.test(c.text.replace(/\s+/g, '')))) return null;
  const row = alignRow(header, above);
  if (!row || row.cells.filter((c) => c.text !== '').length !== words.length) return null;
  return row.cells.map((c) => c.text.replace(/\s+/g, ''));
}

/** Reading a 自评表 part by part: its 项目资金 part's funds, and whether such a part could not be read. */
type PartState = { funds: FundRow | null; unread: boolean };

/**
 * One part of a 自评表, from a header holding 得分 to the next: the 项目资金 part ('funds', kept in `state`),
 * nothing after a 项目资金 part whose figures could not be read (its 得分 belongs to the 总分, so nothing is
 * summed), else a score table — with the funds' 得分 as one more leaf, unless the part scores 预算执行率 in a
 * row of its own with the funds' 分值 and 得分.
 */
function scorePart(ctx: Ctx, header: Row, rows: Row[], state: PartState): Table | 'funds' | null {
  const fundRow = checkFunds(ctx, header, rows);
  if (fundRow) {
    state.funds = fundRow;
    // (A 项目资金 part read starts the next 自评表: its parts are summed with its 得分.)
    state.unread = false;
    return 'funds';
  }
  if (header.cells.some((c) => /执行率|执行数/.test(c.text))) {
    state.unread = true;
    return null;
  }
  if (state.unread) return null;
  const funds = state.funds;
  const ownRate =
    funds !== null &&
    rows.some(
      (r) =>
        r.cells.some((c) => /执行率/.test(c.text)) &&
        r.cells.some((c) => c.text.trim() === funds.weight) &&
        r.cells.some((c) => c.text.trim() === funds.score),
    );
  return { rows: [header, ...(funds && !ownRate ? [fundLeaf(header, funds)] : []), ...rows], shape: 'tsv' };
}

/**
 * Score tables printed by `pdftotext -layout` (space-aligned; merged cells missing from rows), read by
 * column position: every row from a header holding 得分 to the next such header is aligned to it. The
 * national 项目支出绩效自评表 puts its 项目资金 part (年初预算数, 全年预算数, 全年执行数, 分值, 执行率,
 * 得分) above the 绩效指标 part: its 得分 is one more leaf of the 总分, and its 执行率 and 得分 are checked.
 */
/**
 * The header printed again at the top of the next page ("一级指标 … 分值 得分" once more, the same words) with
 * no 总分 row above it: the table goes on, its rows one part with those above (a part from it would hold only
 * the last page's rows under the 合计 of all).
 */
function dropRepeatedHeads(rows: readonly TableRow[], heads: number[]): void {
  const words = (i: number): string => rows[i]!.cells.map((c) => c.text.replace(/\s+/g, '')).join('|');
  for (let k = heads.length - 1; k >= 1; k--) {
    const [a, b] = [heads[k - 1]!, heads[k]!];
    if (words(a) !== words(b)) continue;
    let totalBetween = false;
    for (let i = a + 1; i < b && !totalBetween; i++)
      totalBetween = rows[i]!.cells.some((c) => TOTAL_LABEL.test(c.text.trim()));
    if (!totalBetween) heads.splice(k, 1);
  }
}

function alignedScoreTables(ctx: Ctx): { tables: Table[]; lines: Set<number>; unread: Set<number> } {
  const tables: Table[] = [];
  const lines = new Set<number>();
  // The lines of parts left unsummed after a 项目资金 part that could not be read: no other reader sums them.
  const unread = new Set<number>();
  // A 项目资金 part printed as a table of its own (a line of prose between it and the 绩效指标 part): its
  // 得分 is carried to the next table only, and is then that table's leaf.
  let carried: PartState['funds'] = null;
  // And a 项目资金 part that could not be read, printed as a table of its own: the 绩效指标 part after it is not
  // summed either (its 总分 counts that part's 得分).
  let carriedUnread = false;
  // The first line after the last 总分 row read: where the 自评表 being read starts at the earliest.
  let sinceTotal = 0;
  const blocks = ctx.layout.blocks;
  for (let bi = 0; bi < blocks.length; bi++) {
    const block = blocks[bi]!;
    if (block.kind !== 'table') continue;
    const fromBefore: PartState['funds'] = carried;
    const unreadBefore: boolean = carriedUnread;
    carried = null;
    carriedUnread = false;
    if (block.shape !== 'space') continue;
    const heads: number[] = [];
    for (let i = 0; i < block.rows.length; i++)
      for (const c of block.rows[i]!.cells)
        if (isScoreCell(c.text)) {
          heads.push(i);
          break;
        }
    // (A table of no scores between — the 年度总体目标 block set as a table — passes the 项目资金 part on.)
    if (heads.length === 0) {
      if (!block.rows.some(isTotalRow)) [carried, carriedUnread] = [fromBefore, unreadBefore];
      continue;
    }
    dropRepeatedHeads(block.rows, heads);
    const state: PartState = {
      funds: fromBefore,
      unread: unreadBefore || (fromBefore === null && unreadFundsAbove(ctx, sinceTotal, block.first)),
    };
    // A header cell wrapped around the header's line, its pieces above and below it (header-pieces.ts): put in,
    // the two lines then the header's (not rows of the part before or this one).
    const stacked = heads.map((h) =>
      h > 0 && h + 1 < block.rows.length
        ? insertStackedCells(block.rows[h]!.cells, block.rows[h - 1]!, block.rows[h + 1]!)
        : null,
    );
    for (let k = 0; k < heads.length; k++) {
      const cellsIn = stacked[k];
      const header = cellsIn ? { ...block.rows[heads[k]!]!, cells: cellsIn } : block.rows[heads[k]!]!;
      const end = k + 1 < heads.length ? heads[k + 1]! - (stacked[k + 1] ? 1 : 0) : block.rows.length;
      let from = heads[k]! + (cellsIn ? 2 : 1);
      const headerRow = toRow(header);
      // A 项目资金 part whose budget column spans sub-columns named on the next line (split-funds.ts).
      const split =
        from < end ? checkSplitFunds(ctx, header, block.rows[from]!, block.rows.slice(from + 1, end)) : null;
      if (split) {
        state.funds = split;
        continue;
      }
      // A header cell wrapped onto the next line ("年初预" / "算数"): that line, holding no figure, completes it.
      const rest = from < end ? alignRow(header.cells, block.rows[from]!) : null;
      // Or its pieces set off their columns, put back by the header words they complete (header-pieces.ts).
      const pieces = from < end && !rest ? attachHeaderPieces(header.cells, block.rows[from]!) : null;
      // Or its labels' first words on the line above ("年初 全年预算数 全年执行数 执行率" over "预算数 （A） （B） 分值
      // （B/A） 得分"): put before them.
      const above = !cellsIn && heads[k]! > 0 ? headerTop(header.cells, block.rows[heads[k]! - 1]!) : null;
      if (above) headerRow.cells = headerRow.cells.map((c, i) => ({ ...c, text: `${above[i]!}${c.text}` }));
      if (rest && rest.cells.some((c) => c.text !== '') && !rest.cells.some((c) => /\d/.test(c.text))) {
        headerRow.cells = headerRow.cells.map((c, i) => ({ ...c, text: `${c.text}${rest.cells[i]!.text}` }));
        from++;
      } else if (pieces) {
        headerRow.cells = headerRow.cells.map((c, i) => ({ ...c, text: pieces[i]! }));
        from++;
      }
      const own = block.rows.slice(from, end);
      // The last part ending with its block before its 总分 row: the pieces the layout cut it into go on.
      const more = k === heads.length - 1 && !own.some(isTotalRow) ? continuation(ctx, bi) : null;
      if (more) {
        own.push(...more.rows);
        for (const l of more.lines) lines.add(l);
      }
      // A part the layout cut in pieces is read by its figures (anchorRow) — only in a 自评表 whose 项目资金
      // part was read (its 得分 then one of the leaves); a row put by its places with a bare figure under the
      // words after 得分 is not where it seems either.
      const byFigures = more !== null && state.funds !== null;
      // A 项目资金 part's row short of the merged cell on its left (项目资金 printed once) whose figures drift off
      // their places ("其中：财政拨款 1550.00 1716.40 1593.72 — 92.85 —"): its cells by order, right-aligned,
      // when each then sits under a header it may (rightAlign).
      const fundsPart = headerRow.cells.some((c) => /执行率|执行数/.test(c.text));
      // An indicator part's header printed off its columns: placed by the rows that fill every cell (score-rows.ts).
      const weightAt = headerRow.cells.findIndex((c) => isWeightHead(c.text.trim()));
      const scoreAt = headerRow.cells.findIndex((c) => isScoreCell(c.text));
      const cells = (!fundsPart && headerByRows(header.cells, own, weightAt)) || header.cells;
      // (A 项目资金 part's figures right-aligned in their cells: the columns of the rows placed by their places.)
      const placements = own.map(
        (r) => alignRow(cells, r) ?? (fundsPart ? alignRow(cells, leadingJoined(r)) : null),
      );
      const edges = fundsPart ? figureEdges(own, placements) : null;
      const placedRows = own.map((r, k) => {
        const placed = placements[k]!;
        if (!byFigures)
          return (
            placed ??
            (fundsPart
              ? (byFigureEdges(edges!, cells.length, r) ?? rightAlign(headerRow, toRow(r)))
              : toRow(r))
          );
        if (placed && !figureInWords(cells, placed)) return placed;
        return anchorRow(cells, r) ?? placed ?? toRow(r);
      });
      const aligned =
        cells !== header.cells && weightAt >= 0 && scoreAt > weightAt
          ? joinWrapped(placedRows, weightAt, scoreAt)
          : placedRows;
      const part = scorePart(ctx, headerRow, aligned, state);
      if (part === null && state.unread) for (const r of own) unread.add(r.line);
      if (part === 'funds')
        checkFundGroups(ctx, header.cells, block.rows.slice(from, end), aligned, state.funds!);
      else if (part) {
        tables.push({ ...part, placed: true });
        state.funds = null;
      }
    }
    carried = state.funds;
    carriedUnread = state.unread;
    if (block.rows.some(isTotalRow)) sinceTotal = block.last + 1;
    for (let l = block.first; l <= block.last; l++) lines.add(l);
  }
  return { tables, lines, unread };
}

/**
 * Whether a 年度资金总额 row with its 执行率 is printed between `from` and `to` (source lines, 0-based) — a 项目资金
 * part no table reader took (its header read as a line of prose, its label wrapped: "年度资金总" over "额"): its 得分
 * is in the 总分, so the 绩效指标 part after it is not summed without it.
 */
function unreadFundsAbove(ctx: Ctx, from: number, to: number): boolean {
  for (let i = Math.max(0, to - 40, from); i < to; i++) {
    const text = sourceText(ctx, i);
    if (FUND_TOTAL_LABEL.test(text) && /\d%/.test(text)) return true;
  }
  return false;
}

const FUND_TOTAL_LABEL = /资金总额|年度资金总?(?:\s|$)/;

/** Header cells that may follow 得分 and hold words only. */
const WORDS_HEAD = /偏差|原因|改进|措施|备注|说明|分析/;

/**
 * A row whose cells pdftotext set off their header's places (Chinese text before them shifting them by
 * different amounts), read by its figures when the header ends "分值 得分" and words only after: the row's
 * last two bare figures, side by side, are its 分值 and 得分, the words after them (one cell at most) under the
 * words header, and all its cells before them one label (not put in any indicator column). Null when the row
 * is not so (fewer than two figures, a figure after them).
 */
function anchorRow(header: readonly TableCell[], row: TableRow): Row | null {
  const heads = header.map((h) => h.text.trim());
  const scoreCol = heads.findIndex((t) => SCORE_CELL.test(t));
  const weightCol = scoreCol - 1;
  if (scoreCol < 2 || !isWeightHead(heads[weightCol]!)) return null;
  if (!heads.slice(scoreCol + 1).every((t) => WORDS_HEAD.test(t))) return null;
  const cells = row.cells.map((c) => c.text.trim()).filter((t) => t !== '');
  let last = -1;
  for (let i = cells.length - 1; i >= 0; i--)
    if (PURE_NUMBER.test(cells[i]!)) {
      last = i;
      break;
    }
  if (last < 1 || !PURE_NUMBER.test(cells[last - 1]!)) return null;
  const after = cells.slice(last + 1);
  if (after.length > heads.length - scoreCol - 1) return null;
  const out: Cell[] = heads.map(() => ({ text: '', line: row.line }));
  out[0] = { text: cells.slice(0, last - 1).join(' '), line: row.line };
  out[weightCol] = { text: cells[last - 1]!, line: row.line };
  out[scoreCol] = { text: cells[last]!, line: row.line };
  after.forEach((t, i) => (out[scoreCol + 1 + i] = { text: t, line: row.line }));
  return { cells: out, line: row.line };
}

/** Whether the row holds a bare figure under a words header after 得分 (偏差原因分析 …). */
function figureInWords(header: readonly TableCell[], row: Row): boolean {
  const scoreCol = header.findIndex((h) => SCORE_CELL.test(h.text.trim()));
  if (scoreCol < 0) return false;
  for (let i = scoreCol + 1; i < header.length; i++)
    if (WORDS_HEAD.test(header[i]!.text) && PURE_NUMBER.test(row.cells[i]?.text.trim() ?? '')) return true;
  return false;
}

const isTotalRow = (r: TableRow): boolean => r.cells.some((c) => TOTAL_CELL.test(c.text.trim()));
/** A bare figure among a source line's words (a 分值 or 得分 a paragraph would hold). */
const BARE_FIGURE = /(?:^|\s)\d{1,3}(?:\.\d{1,2})?(?=\s|$)/;

/**
 * The rows of the untitled table pieces after block `bi` up to the one holding the 总分 (合计) row, when
 * only lines of words are between them (a wrapped indicator name the layout took for text, "数量指标 开展线上
 * 阅读推广活动场 ≥60场": no bare figure on them) and no piece has a 得分 header of its own; null otherwise.
 */
function continuation(ctx: Ctx, bi: number): { rows: TableRow[]; lines: number[] } | null {
  const rows: TableRow[] = [];
  const lines: number[] = [];
  const blocks = ctx.layout.blocks;
  for (let j = bi + 1; j < blocks.length && j <= bi + 12; j++) {
    const b = blocks[j]!;
    if (b.kind === 'paragraph') {
      for (let l = b.first; l <= b.last; l++) {
        const text = ctx.source[l]?.text ?? '';
        if (BARE_FIGURE.test(text) || /[。；]/.test(text)) return null;
      }
      continue;
    }
    if (b.shape !== 'space' || b.title) return null;
    if (b.rows.some((r) => r.cells.some((c) => isScoreCell(c.text)))) return null;
    rows.push(...b.rows);
    for (let l = b.first; l <= b.last; l++) lines.push(l);
    if (b.rows.some(isTotalRow)) return { rows, lines };
  }
  return null;
}

const toRow = (r: TableRow): Row => ({
  cells: r.cells.map((c) => ({ text: c.text, line: c.line })),
  line: r.line,
});

/** Header cells whose column holds figures (or "—"), never words: a row read into them must hold figures. */
const FIGURE_HEAD = /^(分值|权重|标准分|(自评)?得分|扣(减)?分(值)?|执行率|(年初|全年)预算数?|全年执行数)$/;
/** A cell a figure column may hold: a figure (thousands separators; a % under 执行率), a dash, or nothing. */
const FIGURE_CELL = /^(-?[\d,]+(\.\d+)?|[—－-]+)?$/;
const RATE_CELL = /^(-?[\d,]+(\.\d+)?[%％]?|[—－-]+)?$/;

/**
 * A tab-separated 自评表 copied out of Word without its merged cells (项目资金（万元）, 绩效指标, 一级指标 printed
 * once, on the first row they cover; the rows below are that many cells shorter), as the score tables
 * `alignedScoreTables` makes of the -layout print: each part from a header holding 得分 to the next, its
 * short rows right-aligned to the header (a merged cell is always left of the figures). A short row that
 * would then put words in a figure column, or a bare figure right of the 得分 column, is not where it
 * seems (a trailing empty cell dropped): it stays as it is, and the part is not summed (checkScoreTable
 * treats it as irregular). A grid of full-width rows (a DOCX or XLSX whose merged cells are given once, the
 * slots they cover empty) with two headers holding 得分 is read in parts too: one header's columns are not the
 * other's. Null when the table has one such header and no short row: it is read as it is.
 */
function mergedScoreParts(ctx: Ctx, table: Table): Table[] | null {
  const heads: number[] = [];
  for (let i = 0; i < table.rows.length; i++)
    if (table.rows[i]!.cells.some((c) => isScoreCell(c.text))) heads.push(i);
  if (heads.length === 0) return null;
  const short = heads.some((h, k) =>
    table.rows
      .slice(h + 1, heads[k + 1] ?? table.rows.length)
      .some((r) => r.cells.length < table.rows[h]!.cells.length),
  );
  if (!short && heads.length < 2) return null;
  const parts: Table[] = [];
  const state: PartState = { funds: null, unread: false };
  for (let k = 0; k < heads.length; k++) {
    const header = table.rows[heads[k]!]!;
    const rows = table.rows
      .slice(heads[k]! + 1, heads[k + 1] ?? table.rows.length)
      .map((r) => rightAlign(header, r));
    const part = scorePart(ctx, header, rows, state);
    if (part && part !== 'funds') parts.push(part);
  }
  return parts;
}

/** Whether the row's cells fit under the header's from column `shift` on: figures under figure heads only. */
function fitsFrom(header: Row, row: Row, shift: number, scoreCol: number): boolean {
  return row.cells.every((cell, i) => {
    const head = fundHead(header.cells[i + shift]!.text);
    const text = cell.text.trim();
    const figures = head === '执行率' ? RATE_CELL : FIGURE_CELL;
    return FIGURE_HEAD.test(head) ? figures.test(text) : !(i + shift > scoreCol && PURE_NUMBER.test(text));
  });
}

/**
 * A row shorter than its header, its cells under the header's last ones (see mergedScoreParts); else, when it
 * reaches past the 得分 column with a figure there and only words headers (偏差原因) are missing at its end, a
 * row whose trailing empty cells were not written (a workbook row ends at its last cell holding a value, a
 * typed row at its last tab): padded at its end. Else as it is.
 */
/** A figure of a 项目资金 row: an amount, a rate or a dash. */
const FUND_FIGURE = /^(?:-?\d[\d,]*(?:\.\d+)?%?|[-—－])$/;

/**
 * The column of each right edge of a figure in the rows `alignRow` placed (`placements`, one a row): amounts are set flush right in their
 * cells, so a figure ending where a placed one ends is in its column. Edges claimed by two columns are dropped.
 */
function figureEdges(rows: readonly TableRow[], placements: ReadonlyArray<Row | null>): Map<number, number> {
  const edges = new Map<number, number>();
  const clashing = new Set<number>();
  for (const [k, r] of rows.entries()) {
    const placed = placements[k];
    if (!placed) continue;
    for (const c of r.cells) {
      const text = c.text.trim();
      if (!FUND_FIGURE.test(text) || text.length < 2) continue;
      const col = placed.cells.findIndex((p) => p.text === c.text);
      if (col < 0) continue;
      if (edges.has(c.end) && edges.get(c.end) !== col) clashing.add(c.end);
      else edges.set(c.end, col);
    }
  }
  for (const e of clashing) edges.delete(e);
  return edges;
}

/**
 * A row `alignRow` could not place, its figures put in the columns whose placed figures end where they end (a
 * character off at most), its label in the column before the first figure's; null when a figure finds no column,
 * two share one, or no figure is placed.
 */
function byFigureEdges(edges: ReadonlyMap<number, number>, width: number, row: TableRow): Row | null {
  if (edges.size === 0) return null;
  const cells: Cell[] = Array.from({ length: width }, () => ({ text: '', line: row.line }));
  const labels: TableCell[] = [];
  let first = -1;
  for (const c of row.cells) {
    const text = c.text.trim();
    if (text === '') continue;
    if (!FUND_FIGURE.test(text)) {
      if (first >= 0) return null;
      labels.push(c);
      continue;
    }
    const col = edges.get(c.end) ?? edges.get(c.end + 1) ?? edges.get(c.end - 1);
    if (col === undefined || cells[col]!.text !== '') return null;
    cells[col] = { text: c.text, line: c.line };
    if (first < 0 || col < first) first = col;
  }
  if (first < 1) return null;
  if (labels.length > 0) cells[first - 1] = { text: labels.map((c) => c.text).join(''), line: row.line };
  return { cells, line: row.line };
}

function rightAlign(header: Row, row: Row): Row {
  const width = header.cells.length;
  const n = row.cells.length;
  if (n >= width) return row;
  const shift = width - n;
  const scoreCol = header.cells.findIndex((c) => isScoreCell(c.text));
  const blank = Array.from({ length: shift }, () => ({ text: '', line: row.line }));
  if (fitsFrom(header, row, shift, scoreCol)) return { cells: [...blank, ...row.cells], line: row.line };
  const trailing =
    scoreCol >= 0 &&
    n > scoreCol &&
    PURE_NUMBER.test(row.cells[scoreCol]!.text.trim()) &&
    header.cells.slice(n).every((c) => WORDS_HEAD.test(c.text)) &&
    fitsFrom(header, row, 0, scoreCol);
  return trailing ? { cells: [...row.cells, ...blank], line: row.line } : row;
}

/**
 * Whether a table read from the lines may hold a cell the rules above start from: 得分 (checkScoreTable), 姓
 * (checkPanel's 姓名), 等 (checkGradeCell's 等次/等级) or the year before the document's (checkChartSeries).
 * Such a cell lies within one line holding a tab or a pipe (tab-separated and Markdown rows), except in a
 * one-cell-per-line table, whose cells go on over lines: a document with a line starting with a tab is read.
 * Most documents' tables hold none of these: they are not read again (layout has their figures).
 */
function mayHoldTableClaims(ctx: Ctx): boolean {
  const lastYear = ctx.year === null ? null : `${ctx.year - 1}年`;
  for (const l of ctx.lines) {
    if (l.charCodeAt(0) === 9) return true;
    if (!l.includes('\t') && !l.includes('|')) continue;
    if (
      l.includes('得分') ||
      l.includes('姓') ||
      l.includes('等') ||
      (lastYear !== null && l.includes(lastYear))
    )
      return true;
  }
  return false;
}

/** The table rules; a rule added here that starts from another kind of cell adds its word to mayHoldTableClaims. */
export function checkTables(ctx: Ctx, changes: readonly ChangeClaim[]): void {
  // (Each reader starts from a cell or a line holding its word: a 得分 header (the score tables, by place or by
  // tab), 姓名 (checkPanel), 等次 / 等级 (the grade cells and lines), the two years (checkChartSeries), 资金总额 /
  // 资金合计 (checkTightScores); a document without a reader's words is not read for it.)
  const scores = mentionsAny(ctx, ['得分']);
  const panel = mentionsAny(ctx, ['姓名']);
  const grades = mentionsAny(ctx, ['等次', '等级']);
  const chart = ctx.year !== null && mentionsAll(ctx, [`${ctx.year - 1}年`, `${ctx.year}年`]);
  const aligned = scores
    ? alignedScoreTables(ctx)
    : { tables: [] as Table[], lines: new Set<number>(), unread: new Set<number>() };
  const read = (scores || panel || grades || chart) && mayHoldTableClaims(ctx);
  for (const table of read ? readTables(ctx.lines) : []) {
    const replaced =
      (aligned.tables.length > 0 && table.rows.some((r) => aligned.lines.has(r.line))) ||
      table.rows.some((r) => aligned.unread.has(r.line));
    if (scores) {
      // (Only a tab-separated table can have rows shorter than its header: the test is the shape.)
      const parts = !replaced && table.shape === 'tsv' ? mergedScoreParts(ctx, table) : null;
      if (parts) for (const part of parts) checkScoreTable(ctx, part);
      else if (!replaced) checkScoreTable(ctx, table);
    }
    if (panel) checkPanel(ctx, table);
    if (grades) checkGradeCell(ctx, table);
    if (chart) checkChartSeries(ctx, table, changes);
  }
  for (const table of aligned.tables) {
    checkScoreTable(ctx, table);
    checkGradeCell(ctx, table);
    checkGradeBelow(ctx, table);
  }
  if (mentionsAny(ctx, ['资金总额', '资金合计'])) checkTightScores(ctx);
  if (grades && mentionsAny(ctx, ['总分', '合计', '总计'])) checkGradeAfterTotalLine(ctx);
}

/** "自评等级：良（90分（含）以上为优，…）" on the line right below a score table's total row. */
const GRADE_LINE =
  /^\s*(?:自评|评价|绩效)?等[级次](?:评定)?(?:为)?[:：]\s*[“"]?(优秀|优|良好|良|中等|中|及格|合格|较差|差)[”"]?(?=\s|[（(]|$)/;

/**
 * The grade stated on the first line below a score table whose last row is its total (合计, 总分): it must be
 * the grade of that total. When the line states its own bands with cut-offs other than the configured
 * ones, it is not judged.
 */
function checkGradeBelow(ctx: Ctx, table: Table): void {
  const last = table.rows[table.rows.length - 1];
  if (!last || !last.cells.some((c) => TOTAL_LABEL.test(c.text.trim()))) return;
  const nums = last.cells.map((c) => c.text.trim()).filter((t) => PURE_NUMBER.test(t));
  const total = nums[nums.length - 1];
  if (total === undefined) return;
  const end = Math.max(...last.cells.map((c) => c.line), last.line);
  let li = end + 1;
  while (li < ctx.lines.length && ctx.lines[li]!.trim() === '') li++;
  const text = ctx.lines[li];
  const m = text === undefined ? null : GRADE_LINE.exec(text);
  if (!m) return;
  const cuts = [...text!.matchAll(/(\d+(?:\.\d+)?)\s*分/g)].map((x) => x[1]!);
  const known = ctx.grades.map((b) => b.min);
  if (cuts.some((c) => !known.some((k) => dec(k).eq(c)))) return;
  const want = gradeOf(total, ctx.grades);
  const grade = normaliseGrade(m[1]!);
  if (grade === null) return;
  claim(ctx, 'grade', li, 0, grade === want, `总分${total}对应等次“${want}”，表下“${m[1]}”`);
  if (grade !== want)
    report(
      ctx,
      li,
      'grade.score',
      'error',
      text!.trim().slice(0, 80),
      want,
      m[1]!,
      `总分${total}对应的等次应为“${want}”，表下写为“${m[1]}”。`,
    );
}

const TOTAL_TOKEN = /^(总分|合计|总计)$/;

/**
 * A grade line right below a 总分 row that no table reader took as the last row of its table (the layout cut the
 * 自评表 in pieces): the row "总分  100  92.40" (its label, then its 分值 and 得分, nothing after them), the first
 * line after it "自评等级：良". The grade must be that of the 得分, by the document's own bands when it states them
 * (ctx.grades), else the defaults; a line stating cut-offs of its own other than those is not judged.
 */
function checkGradeAfterTotalLine(ctx: Ctx): void {
  const n = ctx.source.length;
  for (let i = 0; i + 1 < n; i++) {
    const tokens = sourceWords(ctx, i);
    const at = tokens.findIndex((t) => TOTAL_TOKEN.test(t));
    if (at < 0 || tokens.length !== at + 3) continue;
    const [weight, total] = [tokens[at + 1]!, tokens[at + 2]!];
    if (!PURE_NUMBER.test(weight) || !PURE_NUMBER.test(total) || dec(total).gt(weight)) continue;
    let j = i + 1;
    while (j < n && sourceText(ctx, j) === '') j++;
    if (j >= n || ctx.claims.some((c) => c.kind === 'grade' && c.line === j + 1)) continue;
    const text = sourceText(ctx, j);
    const m = GRADE_LINE.exec(text);
    if (!m || !statedCutoffsKnown(text, ctx.grades)) continue;
    const grade = normaliseGrade(m[1]!);
    if (grade === null) continue;
    const want = gradeOf(total, ctx.grades);
    claim(ctx, 'grade', j, 0, grade === want, `总分${total}对应等次“${want}”，表下“${m[1]}”`);
    if (grade !== want)
      report(
        ctx,
        j,
        'grade.score',
        'error',
        text.slice(0, 80),
        want,
        m[1]!,
        `总分${total}对应的等次应为“${want}”，表下写为“${m[1]}”。`,
        0,
      );
  }
}
