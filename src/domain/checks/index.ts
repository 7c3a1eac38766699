/**
 * The document checker (校验): reads the claims a 决算情况说明, 部门决算 table set, 三公 notice, 绩效自评报告,
 * 评分表 or 自评表 makes about its own figures and reports each one that does not hold, with the arithmetic.
 *
 * Pipeline: layout (layout.ts: reflowed paragraphs, tables, page furniture dropped; figures off their line: floating-figures.ts;
 * plain pdftotext tables in bands: plain-bands.ts) → figures
 * (numbers.ts, table-model.ts) → claims (prose-rules.ts running the prose-*.ts rules, prose-grades.ts,
 * table-claims.ts (三公 rows: three-fees-order.ts; 较预算 and 较上年 columns under a scrambled header: twin-changes.ts; 年初 + 收入 − 支出 = 年末 by row: carry-rows.ts; an "A占B%" column:
 * named-rate-columns.ts), figure-claims.ts, share-tables.ts, table-rules.ts,
 * rule-scores.ts, score-prose.ts, prose-score-tree.ts (scores in prose level by level), target-completion.ts; across sentences and paragraphs: change-bases.ts, opening-part-changes.ts,
 * count-sums.ts, count-pairs.ts, count-complements.ts, count-brackets.ts, arrival-gaps.ts, fee-counts.ts, listed-counts.ts, trailing-rates.ts, prose-carry.ts, prose-equations.ts, named-lists.ts, paragraph-lists.ts, rate-context.ts,
 * rate-outturn.ts, part-rates.ts (a part's 执行率 against its budget named before), schedule-progress.ts, named-rates.ts, average-scores.ts; several 自评表 and their summary:
 * fee-shares.ts, vehicle-counts.ts (cars run by kind: vehicle-kinds.ts), vehicle-uses.ts, change-bounds.ts (a fall past zero); self-eval-summary.ts; 执行情况表: rate-tables.ts, its 合计 rate against last year's in the text:
 * overall-rate-points.ts (its 执行数 in 万元: named-amount-changes.ts); a 监控表 one project a page: monitor-sheets.ts (wrapped, titled without a period: monitor-forms.ts); a table row restated in the
 * text: row-citations.ts (its name in pieces: pieced-actuals.ts); tables of items as rows (合计, 其中, 完成率): item-tables.ts, their rows restated in the
 * text: item-citations.ts; relations a plain table holds in all its other rows (A = B + C, a rate column,
 * a score panel's column totals): table-relations.ts;
 * a 增减额 column told by its rows' shape: shaped-changes.ts; a list's shares whose amounts add up to the
 * paragraph's whole: complete-share-lists.ts; a 总表's 支出 类 against the detail tables: summary-classes.ts; 自评表 rows by 分值/得分: score-pairs.ts; a missed target given full marks: unmet-targets.ts; a score table as a tree of levels:
 * score-trees.ts; a 一级得分 column over its 二级 rows: group-scores.ts; a 一级's score in the text against its rows: level-scores.ts (and the rows read 一级 by 一级 when a 分值 and a 得分 are both wrong: level-proof.ts); a plain 项目资金 part: plain-funds.ts; plain 科目 tables with empty cells left out: plain-subjects.ts; a 自评表 printed a text line at a time: plain-self-eval.ts; a 绩效指标 table's 预算执行率 against the text: indicator-rates.ts;
 * a 自评表's 总分 in the 自评结论 under it: conclusion-scores.ts; a 监控表 row's 是否可能完成 against its 全年预计: forecast-answers.ts; a 监控 汇总表's 是否偏差 against the stated threshold: deviation-flags.ts;
 * a table of evaluated projects: grade-columns.ts, score-extremes.ts, its 合计 under labels run into one cell:
 * merged-totals.ts; a score's change against two stated years:
 * pair-changes.ts; "上述N个…" against the count it refers to: referred-counts.ts; a share of a table's 合计 row:
 * row-share-totals.ts; a 监控表's names centred over two lines: centred-labels.ts; a change worded up and down at once:
 * opposed-changes.ts; a change in the text against its comparison table's row: change-citations.ts; a form filled in
 * before its year ended: filing-dates.ts; 基本支出 = 人员经费 + 公用经费 in a paragraph: basic-split-prose.ts; a share restated in brackets:
 * bracketed-shares.ts; an amount restated in another unit in brackets: restated-units.ts; a 自评表 row's 完成率 in its 偏差原因: noted-completion.ts; a period that ends before it starts: period-order.ts; a date no calendar has: calendar-dates.ts; amounts listed before their total:
 * trailing-totals.ts; an amount broken down in the brackets after it: bracket-parts.ts; a figure with its arithmetic in brackets: bracket-formulas.ts; a 评分表 row's stated 扣X分 against 分值 − 得分: deductions.ts (a 自评报告's "“指标”…扣X分" against its 自评表's row: quoted-deductions.ts); a row "按完成比例" scored: proportional-scores.ts; a figure stated once in a
 * section, the base of a later change or share that names it: section-figures.ts; a count bought × its 单价 against
 * the 购置费: unit-prices.ts; a 一级's score in the text against its row of a summary table: level-rows.ts; 一级 分值/得分
 * printed beside their 二级 rows: level-besides.ts; a 三公 item's share of the 三公 total stated under another
 * wording: sangong-shares.ts; the 三公 total's change against its items' changes: change-parts.ts; a task done
 * before its 实施期: period-dates.ts; an indicator's score in the text against its row: named-row-scores.ts; items
 * under an outturn: scoped-parts.ts; a share of a section's lead: named-whole-shares.ts; numbered items' amounts
 * and shares of a 合计: numbered-shares.ts; an adjustment's share of the 年初预算: adjustment-shares.ts; 共扣 and
 * its parts: deduction-sums.ts; a gap to the target: target-gaps.ts; a 权重 column against its one-figure 合计:
 * weight-columns.ts; a 得分率 in prose with its score and full marks: score-rates.ts; a later year's 预算 compared
 * with: later-compared-years.ts; a 占比 column of a 合计: share-columns.ts; 完工 before 开工: work-dates.ts; a
 * 预算执行率's budget in the paragraph above: budget-above.ts (a 到位率's: arrival-above.ts); 小计 labels wrapped: wrapped-subtotals.ts; a rate before its definition in brackets: defined-rates.ts; the document's own figures dated with another year: stale-years.ts; its titled period with another year: period-years.ts; a 自评表 whose labels wrap, read by its figures' pattern: wrapped-self-evals.ts; one printed a cell a line: cell-line-scores.ts; a 评分表 of 分值, 得分 and 得分率 read the same way: score-rate-rows.ts; a count said to be 持平 with another: level-counts.ts; 一级 scores told with their weights, then the 总分: weighted-score-sums.ts; a count classified 按…分 or a 其中 list of counts against its whole: split-counts.ts; things counted by the category each was given: category-counts.ts; a rate's move in 百分点 against last year's told in another sentence: sentence-rate-points.ts; a change with both its figures in one clause: inline-base-changes.ts; a score table of three levels side by side: level-triples.ts; 收入总计 / 支出总计 with their parts: grand-totals.ts; a figure restated with two digits swapped: transposed-figures.ts; plain tables a record a row: plain-records.ts; one 科目 code named two ways in the tables: code-consistency.ts; a count's change against a table's last-year column: table-base-changes.ts; an indicator's completion of the 自评表's target: target-citations.ts; a count over the table numbering what it counts: numbered-rows.ts; an amount broken down right after it: breakdown-sums.ts) → verdicts
 * (verdict.ts,
 * rounding-aware).
 */
import { checkItemChangeCitations } from './item-change-citations.ts';
import { checkStatedWarningLevels } from './warning-levels.ts';
import { checkCarriedChanges, checkChangesAcrossSentences } from './change-bases.ts';
import { checkStatedChanges } from './change-claims.ts';
import { checkFallsPastZero } from './change-bounds.ts';
import { checkCountSums, checkGradeCounts } from './count-sums.ts';
import { checkItemCitations } from './item-citations.ts';
import { checkItemTables } from './item-tables.ts';
import { checkNamedLists } from './named-lists.ts';
import { checkAverageScores } from './average-scores.ts';
import {
  checkSelfEvalSummary,
  checkSummaryRowScores,
  documentScores,
  selfEvalTables,
} from './self-eval-summary.ts';
import { checkSummaryRows } from './summary-rows.ts';
import { checkQuarterExecution } from './quarter-execution.ts';
import { isRateOfMisstatedFigure } from './prose-completion.ts';
import { checkScheduleProgress } from './schedule-progress.ts';
import { checkBracketedCounts } from './count-brackets.ts';
import { checkCountChanges } from './count-changes.ts';
import { checkComplementCounts } from './count-complements.ts';
import { checkGoalActuals } from './goal-actuals.ts';
import { checkIndicatorRates } from './indicator-rates.ts';
import { checkLabelledRates } from './labelled-rates.ts';
import { checkArrivalRatesAgainstTables, checkNamedRates } from './named-rates.ts';
import { checkParagraphLists } from './paragraph-lists.ts';
import { checkRatesInContext } from './rate-context.ts';
import { checkRatesAfterOutturn } from './rate-outturn.ts';
import { checkRateTables, type ArrivalTotal } from './rate-tables.ts';
import { checkMonitorSheets } from './monitor-sheets.ts';
import { checkMonitorForms } from './monitor-forms.ts';
import { checkOverallRatePoints } from './overall-rate-points.ts';
import { checkNamedAmountChanges } from './named-amount-changes.ts';
import { checkDefinedRates } from './defined-rates.ts';
import { checkRowCitations } from './row-citations.ts';
import { checkBreakdownSums } from './breakdown-sums.ts';
import { checkNumberedRows } from './numbered-rows.ts';
import { checkTargetCitations } from './target-citations.ts';
import { checkPiecedActuals } from './pieced-actuals.ts';
import { checkNotedRateScores } from './noted-rate-scores.ts';
import { checkScorePairs } from './score-pairs.ts';
import { checkUnmetTargets } from './unmet-targets.ts';
import { checkConclusionScores } from './conclusion-scores.ts';
import { checkForecastAnswers } from './forecast-answers.ts';
import { checkBareActuals } from './bare-actuals.ts';
import { checkArrivalGaps } from './arrival-gaps.ts';
import { checkFeeCounts } from './fee-counts.ts';
import { checkFeeShareNames } from './fee-shares.ts';
import { checkCountPartsOverWhole, checkSplitCounts } from './split-counts.ts';
import { checkUnitComposition } from './unit-composition.ts';
import { checkJoinedCounts } from './joined-counts.ts';
import { checkItemisedCounts } from './itemised-counts.ts';
import { checkWeightedScoreColumns } from './weighted-score-columns.ts';
import { checkPointsAcrossSentences } from './sentence-rate-points.ts';
import { checkSangongShares } from './sangong-shares.ts';
import { checkChangeParts } from './change-parts.ts';
import { checkVehicleCounts } from './vehicle-counts.ts';
import { checkVehicleUses } from './vehicle-uses.ts';
import { checkVehicleFlows } from './vehicle-flows.ts';
import { checkSharesOverParts } from './prose-shares.ts';
import { checkCompleteShareLists } from './complete-share-lists.ts';
import { checkFeeTableChanges } from './fee-changes.ts';
import { checkTableBaseChanges } from './table-base-changes.ts';
import {
  checkCountedLists,
  checkListedCounts,
  checkNamedAfterCount,
  checkNamesBeforeCount,
} from './listed-counts.ts';
import { checkTrailingDirections, checkTrailingRates } from './trailing-rates.ts';
import { checkProseCarry } from './prose-carry.ts';
import { checkProseEquations } from './prose-equations.ts';
import { checkSideBySideScores } from './score-sides.ts';
import { checkGroupedScores } from './score-groups.ts';
import { checkScoreTrees } from './score-trees.ts';
import { checkPlainFunds } from './plain-funds.ts';
import { checkPlainSubjects } from './plain-subjects.ts';
import { checkPlainSelfEvals, checkPlainTotalGrades } from './plain-self-eval.ts';
import { checkSlashedFunds } from './slashed-funds.ts';
import { checkBudgetHistories } from './prose-budget-history.ts';
import { checkOpeningPartChanges } from './opening-part-changes.ts';
import { checkScoringSheets } from './scoring-sheets.ts';
import { checkSheetTotals } from './sheet-totals.ts';
import { checkNumberedShares } from './numbered-shares.ts';
import { checkWeightColumns } from './weight-columns.ts';
import { checkGoalColumns } from './goal-columns.ts';
import { checkEvaluationDates, checkFilingDates } from './filing-dates.ts';
import { checkAnnualSigned } from './cutoff-years.ts';
import { checkOpposedChanges } from './opposed-changes.ts';
import { checkChangeCitations } from './change-citations.ts';
import { checkBasicSplitProse } from './basic-split-prose.ts';
import { checkBracketedShares } from './bracketed-shares.ts';
import { checkRestatedUnits } from './restated-units.ts';
import { checkNotedCompletion } from './noted-completion.ts';
import { checkCodeLines } from './prose-codes.ts';
import { checkPeriodOrder } from './period-order.ts';
import { checkCalendarDates } from './calendar-dates.ts';
import { checkBracketParts } from './bracket-parts.ts';
import { checkBracketFormulas } from './bracket-formulas.ts';
import { checkProseScoreTree } from './prose-score-tree.ts';
import { checkPartRates } from './part-rates.ts';
import { checkComparedBaseChanges } from './compared-base-changes.ts';
import { checkRuleScoredRows } from './rule-scored-rows.ts';
import { checkNamedPartSums } from './named-part-sums.ts';
import { checkSubjectExplanations } from './subject-explanations.ts';
import { checkRowRateCitations } from './row-rate-citations.ts';
import { checkFeeGroups } from './fee-groups.ts';
import { checkWorkDates } from './work-dates.ts';
import { checkArrivalRatesAbove } from './arrival-above.ts';
import { makeContext } from './context.ts';
export { cleanLine } from './context.ts';
import { checkNamedFigures } from './figure-claims.ts';
import { checkFundRatesRestated } from './fund-rates-restated.ts';
import { checkTotalsRestated } from './total-restated.ts';
import { checkPlainFeeSums, plainFeeTables } from './plain-fees.ts';
import { checkSubjectRateColumns } from './subject-rate-columns.ts';
import { checkSectionFigures } from './section-figures.ts';
import { checkGrades } from './prose-grades.ts';
import { checkScoreConclusion } from './score-conclusion.ts';
import { checkGradeColumns } from './grade-columns.ts';
import { checkScoreExtremes } from './score-extremes.ts';
import { checkMergedTotals } from './merged-totals.ts';
import { checkPairChanges } from './pair-changes.ts';
import { checkReferredCounts } from './referred-counts.ts';
import { checkProse } from './prose-rules.ts';
import { checkProseScoreSums } from './score-prose.ts';
import { checkRateFormulaScores } from './rate-formula-scores.ts';
import { checkScoreBreakdowns } from './score-breakdowns.ts';
import { checkTargetExcess } from './target-excess.ts';
import { checkProseCodes } from './prose-codes.ts';
import { checkSurveySatisfaction } from './survey-satisfaction.ts';
import { checkProseBalances } from './prose-balances.ts';
import { checkNamedCounts } from './named-counts.ts';
import { checkListTableTotals } from './list-table-totals.ts';
import { checkCitedNoticeYears } from './notice-years.ts';
import { checkProseProjects, proseProjects, proseScores } from './prose-projects.ts';
import { checkSharesFromTables } from './share-tables.ts';
import { checkTargetCompletion } from './target-completion.ts';
import { checkCheckpointProse } from './rule-scores.ts';
import { checkTableArithmetic, correctedSum, tableModels } from './table-claims.ts';
import { checkShapedChanges } from './shaped-changes.ts';
import { checkReasonDirections } from './reason-directions.ts';
import { checkRowEnds } from './row-ends.ts';
import { checkDeviationFlags } from './deviation-flags.ts';
import { checkFigureYears } from './figure-years.ts';
import { checkNamedRowScores } from './named-row-scores.ts';
import { checkDatesBeforePeriod } from './period-dates.ts';
import { checkScopedParts } from './scoped-parts.ts';
import { checkNamedWholeShares } from './named-whole-shares.ts';
import { checkAdjustmentShares } from './adjustment-shares.ts';
import { checkDeductionSums } from './deduction-sums.ts';
import { checkScoreRates } from './score-rates.ts';
import { checkTargetGaps } from './target-gaps.ts';
import { checkSelfEvaluationFunds } from './self-eval-funds.ts';
import { checkTables } from './table-rules.ts';
import { checkTableRelations } from './table-relations.ts';
import { checkShareColumns } from './share-columns.ts';
import { checkSharesOfTotalRow } from './total-row-shares.ts';
import { checkSummaryClasses, namePieces } from './summary-classes.ts';
import { checkGrandPieces, isTotalOfMisstatedSubtotal } from './grand-pieces.ts';
import { checkFiscalPieces } from './fiscal-pieces.ts';
import { checkFeeItemTables } from './fee-item-tables.ts';
import { checkStackedComparisons } from './stacked-comparisons.ts';
import { checkCountLists } from './count-lists.ts';
import { checkCountShares } from './count-shares.ts';
import { checkColumnTotals } from './column-totals.ts';
import { checkCountAverages } from './count-averages.ts';
import { checkListedRows } from './listed-rows.ts';
import { checkTrailingTotals } from './trailing-totals.ts';
import { checkStatedDeductions } from './deductions.ts';
import { checkQuotedDeductions } from './quoted-deductions.ts';
import { checkProportionalScores } from './proportional-scores.ts';
import { checkUnitPrices } from './unit-prices.ts';
import { checkLevelRows } from './level-rows.ts';
import { checkLevelBesides } from './level-besides.ts';
import { checkLevelTriples } from './level-triples.ts';
import { checkCodeConsistency } from './code-consistency.ts';
import { checkCategoryCounts } from './category-counts.ts';
import { checkInlineBaseChanges } from './inline-base-changes.ts';
import { checkGrandTotals } from './grand-totals.ts';
import { checkTransposedFigures } from './transposed-figures.ts';
import { checkStaleYears } from './stale-years.ts';
import { checkPeriodYears } from './period-years.ts';
import { checkLevelCounts } from './level-counts.ts';
import { checkWeightedScoreSums } from './weighted-score-sums.ts';
import { checkWrappedSelfEvals } from './wrapped-self-evals.ts';
import { checkScoreRateRows } from './score-rate-rows.ts';
import { checkCellLineScores } from './cell-line-scores.ts';
import {
  CLAIM_KINDS,
  type CheckOptions,
  type Claim,
  type ClaimCounts,
  type Finding,
  type SourceLine,
} from './types.ts';

export type {
  CheckOptions,
  Claim,
  ClaimCounts,
  ClaimKind,
  Finding,
  Severity,
  SourceLine,
  GradeBand,
  GradeBandInput,
} from './types.ts';
export { CLAIM_KINDS } from './types.ts';
export { RULE_NAMES, CLAIM_NAMES, ruleName } from './rule-names.ts';
export { layoutDocument, type Layout } from './layout.ts';

/** What the checker found in one document: findings by line, and every claim it checked. */
export type CheckReport = { findings: Finding[]; claims: Claim[]; counts: ClaimCounts };

export function countClaims(claims: readonly Claim[]): ClaimCounts {
  // (Built by assignment, in CLAIM_KINDS order: an object from Object.fromEntries is slower to index.)
  const counts = {} as ClaimCounts;
  for (const k of CLAIM_KINDS) counts[k] = { recognised: 0, verified: 0 };
  for (const c of claims) {
    counts[c.kind].recognised++;
    if (c.verified) counts[c.kind].verified++;
  }
  return counts;
}

/** Checks extracted lines (with their paragraph/cell locations): findings and claims, sorted by line. */
export function checkDocumentLines(lines: readonly SourceLine[], options: CheckOptions = {}): CheckReport {
  const ctx = makeContext(lines, options);
  const changes = checkProse(ctx);
  checkStatedChanges(ctx);
  checkPointsAcrossSentences(ctx);
  checkInlineBaseChanges(ctx);
  checkOpposedChanges(ctx);
  checkChangesAcrossSentences(ctx);
  checkCarriedChanges(ctx);
  checkCountSums(ctx);
  checkNamedLists(ctx);
  checkGradeCounts(ctx);
  checkParagraphLists(ctx);
  checkRatesInContext(ctx);
  checkRatesAfterOutturn(ctx);
  checkArrivalRatesAbove(ctx);
  checkPartRates(ctx);
  checkComparedBaseChanges(ctx);
  checkNamedPartSums(ctx);
  checkBudgetHistories(ctx);
  checkOpeningPartChanges(ctx);
  checkUnitPrices(ctx);
  checkGrades(ctx);
  checkProseScoreSums(ctx);
  checkProseScoreTree(ctx);
  checkWeightedScoreSums(ctx);
  checkRateFormulaScores(ctx);
  checkRuleScoredRows(ctx);
  checkScoreBreakdowns(ctx);
  checkCitedNoticeYears(ctx);
  checkFilingDates(ctx);
  checkEvaluationDates(ctx);
  checkAnnualSigned(ctx);
  checkPeriodOrder(ctx);
  checkCalendarDates(ctx);
  checkWorkDates(ctx);
  checkDatesBeforePeriod(ctx);
  checkScoreConclusion(ctx);
  checkGradeColumns(ctx);
  checkScoreExtremes(ctx);
  checkPairChanges(ctx);
  checkReferredCounts(ctx);
  checkTargetCompletion(ctx);
  checkTargetExcess(ctx);
  checkProseCodes(ctx);
  checkSurveySatisfaction(ctx);
  checkProseBalances(ctx);
  checkTrailingTotals(ctx);
  checkBracketParts(ctx);
  checkBracketFormulas(ctx);
  checkCheckpointProse(ctx);
  checkTables(ctx, changes);
  checkCodeLines(ctx);
  // (After the table readers: a 项目资金 part none of them could take cell by cell.)
  checkSlashedFunds(ctx);
  const arrivalTotals: ArrivalTotal[] = [];
  checkOverallRatePoints(ctx, checkRateTables(ctx, arrivalTotals));
  checkNamedAmountChanges(ctx);
  checkDefinedRates(ctx);
  checkArrivalRatesAgainstTables(ctx, arrivalTotals);
  checkMonitorSheets(ctx);
  checkStatedWarningLevels(ctx);
  checkItemChangeCitations(ctx);
  checkLabelledRates(ctx);
  checkRowCitations(ctx);
  checkTargetCitations(ctx);
  checkNumberedRows(ctx);
  checkBreakdownSums(ctx);
  checkPiecedActuals(ctx);
  checkChangeCitations(ctx);
  checkBasicSplitProse(ctx);
  checkBracketedShares(ctx);
  checkRestatedUnits(ctx);
  checkNotedCompletion(ctx);
  checkScheduleProgress(ctx, checkQuarterExecution(ctx));
  checkBracketedCounts(ctx);
  checkArrivalGaps(ctx);
  checkFeeCounts(ctx);
  checkVehicleCounts(ctx);
  checkVehicleUses(ctx);
  checkVehicleFlows(ctx);
  checkListedCounts(ctx);
  checkCountedLists(ctx);
  checkNamedAfterCount(ctx);
  checkNamesBeforeCount(ctx);
  checkFeeGroups(ctx);
  checkSplitCounts(ctx);
  checkUnitComposition(ctx);
  checkJoinedCounts(ctx);
  checkItemisedCounts(ctx);
  checkCategoryCounts(ctx);
  checkGrandTotals(ctx);
  checkCountPartsOverWhole(ctx);
  checkNamedCounts(ctx);
  checkTrailingRates(ctx);
  checkTrailingDirections(ctx);
  checkReasonDirections(ctx);
  checkProseEquations(ctx);
  checkComplementCounts(ctx);
  checkCountLists(ctx);
  checkCountShares(ctx);
  checkCountAverages(ctx);
  checkCountChanges(ctx);
  checkLevelCounts(ctx);
  checkGoalActuals(ctx);
  checkIndicatorRates(ctx);
  checkNamedRates(ctx);
  checkScoreTrees(ctx);
  checkNotedRateScores(ctx);
  checkScorePairs(ctx);
  checkUnmetTargets(ctx);
  checkForecastAnswers(ctx);
  checkBareActuals(ctx);
  checkSideBySideScores(ctx);
  checkGroupedScores(ctx);
  checkPlainFunds(ctx);
  checkPlainSelfEvals(ctx);
  checkPlainTotalGrades(ctx);
  checkScoringSheets(ctx);
  checkLevelRows(ctx);
  checkLevelBesides(ctx);
  checkLevelTriples(ctx);
  checkStatedDeductions(ctx);
  checkQuotedDeductions(ctx);
  checkGoalColumns(ctx);
  checkNamedRowScores(ctx);
  // (After every 自评表 reader: a table none of them could read, its labels wrapped.)
  checkWrappedSelfEvals(ctx);
  // (And a form printed a cell a line none of them read.)
  checkCellLineScores(ctx);
  // (After every 评分表 reader: a table of 分值, 得分 and 得分率 whose labels wrap.)
  checkScoreRateRows(ctx);
  // (After it: a row it read for its 得分率 is read here for its 得分 as well.)
  checkProportionalScores(ctx);
  // (After every 自评表 reader: their 项目资金 rows and disputed 总分s.)
  const evalTables = selfEvalTables(ctx);
  // (A report telling its projects in sections, without 自评表s: their 总分s in the text.)
  const projects = evalTables.length < 2 ? proseProjects(ctx) : [];
  const tableScores = documentScores(ctx, evalTables);
  if (tableScores) checkAverageScores(ctx, tableScores);
  else checkAverageScores(ctx, proseScores(projects), '正文各项目自评总分');
  checkProseProjects(ctx, projects);
  checkSelfEvalSummary(ctx, evalTables);
  checkConclusionScores(ctx);
  checkSummaryRows(ctx, evalTables);
  const models = tableModels(ctx);
  namePieces(ctx, models);
  checkTableArithmetic(ctx, models);
  checkSummaryRowScores(ctx, evalTables, models);
  checkItemTables(ctx, models);
  checkColumnTotals(ctx);
  checkMergedTotals(ctx);
  checkItemCitations(ctx, models);
  checkTableRelations(ctx, models);
  checkDeviationFlags(ctx, models);
  checkShapedChanges(ctx, models, correctedSum);
  checkShareColumns(ctx, models);
  checkSharesOfTotalRow(ctx, models);
  checkSummaryClasses(ctx, models);
  checkGrandPieces(ctx, models);
  checkFiscalPieces(ctx, models);
  checkFeeItemTables(ctx, models);
  checkWeightedScoreColumns(ctx, models);
  checkPlainSubjects(ctx);
  checkPlainFeeSums(ctx, plainFeeTables(ctx.layout.normalised));
  // (After the catalogue's readings: a line one of them judged is left to it.)
  checkCodeConsistency(ctx, models);
  checkListedRows(ctx, models);
  checkListTableTotals(ctx);
  checkFigureYears(ctx, models);
  checkSelfEvaluationFunds(ctx, models);
  // (After every reader of a 自评表's 项目资金 row.)
  checkFundRatesRestated(ctx);
  checkTotalsRestated(ctx);
  checkFeeTableChanges(ctx, models);
  checkTableBaseChanges(ctx, models);
  checkSubjectExplanations(ctx, models);
  checkSubjectRateColumns(ctx, models);
  checkRowRateCitations(ctx, models);
  checkFeeShareNames(ctx, checkNamedFigures(ctx, models));
  checkSangongShares(ctx);
  checkChangeParts(ctx);
  // (After the row rules: a 自评表 row found wrong is the finding, not its 总分.)
  checkSheetTotals(ctx);
  checkNumberedShares(ctx);
  checkWeightColumns(ctx);
  // (After the table rules: a wrapped 监控 table none of them read.)
  checkMonitorForms(ctx);
  // (After the table and text rules: a figure they reported is their finding.)
  checkStackedComparisons(ctx);
  // (After the text is held to the tables: a balance broken by a figure found wrong there is that finding.)
  checkProseCarry(ctx);
  checkSharesFromTables(ctx, models);
  // (After the named figures: a figure the text states against its table is not a base.)
  checkSectionFigures(ctx);
  // (After every rule that finds a stated whole: a share one of them judged is theirs.)
  checkCompleteShareLists(ctx);
  checkSharesOverParts(ctx);
  checkScopedParts(ctx);
  checkNamedWholeShares(ctx);
  checkAdjustmentShares(ctx);
  checkDeductionSums(ctx);
  checkScoreRates(ctx);
  checkTargetGaps(ctx);
  checkStaleYears(ctx);
  checkPeriodYears(ctx);
  // (Last: a fall past zero another rule reported is its finding.)
  checkFallsPastZero(ctx);
  checkRowEnds(ctx);
  // (After every other rule: a line another rule judged is left to it.)
  checkTransposedFigures(ctx);
  const findings = byLine(
    withoutExplained(dedupe(ctx.findings)).map((f) => withDeclaredTruncation(f, lines)),
  );
  const claims = byLine(ctx.claims);
  return { findings, claims, counts: countClaims(claims) };
}

/**
 * `items` sorted by line, in place, as `items.sort((a, b) => a.line - b.line)` sorts them (stably: items of
 * one line keep their order) — by counting the items of each line, without a comparison called for every
 * pair (each rule records its claims in line order, one rule after another).
 */
function byLine<T extends { line: number }>(items: T[]): T[] {
  let max = 0;
  let sorted = true;
  for (let i = 0; i < items.length; i++) {
    const line = items[i]!.line;
    if (!Number.isInteger(line) || line < 0) return items.sort((a, b) => a.line - b.line);
    if (line > max) max = line;
    if (i > 0 && line < items[i - 1]!.line) sorted = false;
  }
  if (sorted) return items;
  if (max > 4 * items.length + 4096) return items.sort((a, b) => a.line - b.line);
  // Where each line's items start in the sorted list: counts of the lines before.
  const at = new Int32Array(max + 2);
  for (const it of items) at[it.line + 1]!++;
  for (let line = 1; line <= max + 1; line++) at[line]! += at[line - 1]!;
  const copy = items.slice();
  for (const it of copy) items[at[it.line]!++] = it;
  return items;
}

const TRUNCATED = '，似为截断而非四舍五入';
/** Words by which a document says its figures are truncated ("（按截位法计算）"). */
const TRUNCATION_DECLARED = /截位|截尾|去尾法|舍尾/;

/**
 * A truncated figure whose text says so, on its line or the next (a note wrapped on): the document's own
 * convention, a note naming it rather than a warning.
 */
function withDeclaredTruncation(f: Finding, lines: readonly SourceLine[]): Finding {
  if (f.severity !== 'warning' || !f.message.includes(TRUNCATED)) return f;
  const near = `${lines[f.line - 1]?.text ?? ''}${lines[f.line]?.text ?? ''}`;
  if (!TRUNCATION_DECLARED.test(near)) return f;
  return { ...f, severity: 'note', message: f.message.replace(TRUNCATED, '，文中注明按截位计算') };
}

/**
 * Findings another one explains: shares that add up to more than 100% when one of them is reported wrong itself
 * (on its line or the next few, where the list runs on) — the wrong share is the finding to act on.
 */
function withoutExplained(all: readonly Finding[]): Finding[] {
  // (A rate worked out from a figure the text states against its table is that figure's finding.)
  // (So is a 总计 that a wrong 合计 alone breaks.)
  const findings = all.filter((f) => !isRateOfMisstatedFigure(f, all) && !isTotalOfMisstatedSubtotal(f, all));
  const wrongShares = findings.filter((f) => f.rule === 'share.percent' && f.severity !== 'note');
  if (wrongShares.length === 0) return findings;
  return findings.filter(
    (f) =>
      f.rule !== 'share.over-whole' || !wrongShares.some((w) => w.line >= f.line && w.line <= f.line + 3),
  );
}

/**
 * One finding per fault: two rules reading the same claim (a 其中 list below its whole, read by the list rule
 * and the paragraph rule) report it once — the same rule, expected and found figures (units aside) within
 * two lines, or the same finding on one line.
 */
function dedupe(findings: readonly Finding[]): Finding[] {
  const exact = new Set<string>();
  // (By key, then by line: the findings of a key within two lines are looked up, not scanned — a file of one
  // statement repeated has thousands of one key.)
  const seen = new Map<string, Map<number, Finding[]>>();
  const figure = (s: string): string => s.replace(/,|万元|亿元|元/g, '');
  return findings.filter((f) => {
    const same = `${f.line}|${f.rule}|${f.expected}|${f.found}`;
    if (exact.has(same)) return false;
    exact.add(same);
    // (Words found twice near each other — a placeholder on two lines — are two faults.)
    if (!/\d/.test(f.expected) || !/\d/.test(f.found)) return true;
    const key = `${f.rule}|${figure(f.expected)}|${figure(f.found)}`;
    let byLine = seen.get(key);
    if (!byLine) seen.set(key, (byLine = new Map()));
    // (The same message on two lines is the same text printed twice — two places to mend, both kept.)
    for (let line = f.line - 2; line <= f.line + 2; line++)
      if (byLine.get(line)?.some((e) => e.message !== f.message)) return false;
    const here = byLine.get(f.line);
    if (here) here.push(f);
    else byLine.set(f.line, [f]);
    return true;
  });
}

/** Checks extracted lines; findings sorted by line. */
export function checkLines(lines: readonly SourceLine[], options: CheckOptions = {}): Finding[] {
  return checkDocumentLines(lines, options).findings;
}

export function textLines(text: string): SourceLine[] {
  return (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).split('\n').map((t) => ({ text: t }));
}

/** Checks plain text (one line per line of the text). */
export function checkText(text: string, options: CheckOptions = {}): Finding[] {
  return checkLines(textLines(text), options);
}

/** Checks plain text: findings and claims. */
export function checkTextReport(text: string, options: CheckOptions = {}): CheckReport {
  return checkDocumentLines(textLines(text), options);
}
