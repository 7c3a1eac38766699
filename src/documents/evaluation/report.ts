/**
 * 项目支出绩效自评报告, sections 一 to 六 as the seeds write them (000, 001):
 *   一、基本情况 (项目概况, 实施情况, 资金投入使用情况, 绩效目标)   二、评价工作开展情况
 *   三、综合评价结论   四、绩效评价分析   五、存在的主要问题   六、相关措施建议
 * Every figure — budget, execution, 执行率, score, grade, 基础得分 and what was excluded, each 一级
 * score, the counts of indicators met and not met — comes from the data; the prose around them is the
 * user's ReportNarrative. The 评分表 follows as 附件 (as in 001), then the approval trail when given.
 */
import { dec, fixed, sum } from '../../domain/money/index.ts';
import type { EvaluationResult } from '../../domain/scoring/index.ts';
import { heading, pageBreak, para, type Block, type DocumentModel } from '../model.ts';
import { approvalBlocks, chineseDate, roundingNote, titled } from './common.ts';
import { percentText, wan, type ProjectFigures } from './project-sheet.ts';
import { buildScoreTable, type ScoreSummary } from './score-table.ts';
import type { ApprovalStep, ProjectSheetData, ReportNarrative } from './types.ts';
import type { Evaluation } from '../../domain/scoring/index.ts';

export const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Splits a narrative text into paragraphs (blank lines or line breaks). */
export function paragraphs(text: string | undefined): Block[] {
  if (!text) return [];
  return text
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => para(t));
}

export function numbered(items: readonly string[]): Block[] {
  return items.map((t, i) => para(`${i + 1}.${t.trim()}`));
}

export type ReportInput = {
  project: ProjectSheetData;
  figures: ProjectFigures;
  evaluation: Evaluation;
  summary: ScoreSummary;
  /** The panel whose average is the final score, when there is one apart from the 评分表. */
  panel: EvaluationResult | null;
  narrative: ReportNarrative;
  approvals?: ApprovalStep[];
};

/** The final score and grade, or null while an indicator or an evaluator's sheet is unscored. */
export function finalScore(
  input: Pick<ReportInput, 'summary' | 'panel'>,
): { score: string; grade: string } | null {
  if (input.panel)
    return input.panel.final.complete
      ? { score: fixed(input.panel.final.base, input.panel.places), grade: input.panel.final.grade }
      : null;
  return input.summary.complete
    ? { score: fixed(input.summary.base, input.summary.places), grade: input.summary.grade }
    : null;
}

/** 评价体系: the template's 一级指标 and weights, grades and rounding, and the panel averaging (computed). */
export function systemBlocks(input: Pick<ReportInput, 'evaluation' | 'summary' | 'panel'>): Block[] {
  const { evaluation, summary: s } = input;
  const top = evaluation.template.indicators;
  const blocks: Block[] = [
    para(
      `按照“${evaluation.template.name}”评分，一级指标为${top.map((t) => `${t.name}（${t.weight}分）`).join('、')}，` +
        `总分${s.fullTotal.toString()}分；评价等次分为${evaluation.template.grades.map((g) => g.grade).join('、')}，` +
        `其中${evaluation.template.grades
          .slice(0, -1)
          .map((g) => `${g.grade}为${g.min}分及以上`)
          .join('，')}。计分与舍入：${s.roundingText}。`,
    ),
  ];
  if (input.panel && input.panel.sheets.length > 1) {
    blocks.push(para(`评价人员共${input.panel.sheets.length}人，各自独立评分，最终得分取其平均值。`));
  }
  return blocks;
}

/**
 * The end every evaluation report shares: the problems and the suggestions people wrote under their
 * numbered headings ("无。" when none), the signature when a signer or date is given, then the 评分表 as
 * 附件 and the approval trail.
 */
export function closingBlocks(
  input: Pick<ReportInput, 'evaluation' | 'summary' | 'narrative' | 'approvals'>,
  labels: { problems: string; suggestions: string; signer: string; scoreTableTitle: string },
): Block[] {
  const n = input.narrative;
  const blocks: Block[] = [
    heading(1, labels.problems),
    ...(n.problems.length > 0 ? numbered(n.problems) : [para('无。')]),
    heading(1, labels.suggestions),
    ...(n.suggestions.length > 0 ? numbered(n.suggestions) : [para('无。')]),
  ];
  if (n.signedBy || n.date) {
    blocks.push({
      kind: 'signature',
      label: '',
      value: n.signedBy ?? labels.signer,
      date: n.date ? chineseDate(n.date) : undefined,
    });
  }
  blocks.push(pageBreak, heading(1, '附件'));
  blocks.push(buildScoreTable(input.evaluation, input.summary, labels.scoreTableTitle));
  blocks.push(...approvalBlocks(input.approvals));
  return blocks;
}

/**
 * Per 一级指标: a sub-heading with its weight, its computed score (or why it is not scored) and the
 * analysis people wrote; then, when the printed 一级 scores do not add up to the 合计, the rounding note.
 */
export function groupAnalysisBlocks(
  evaluation: Evaluation,
  s: ScoreSummary,
  analysis: Record<string, string> | undefined,
): Block[] {
  const blocks: Block[] = [];
  const top = evaluation.template.indicators;
  top.forEach((node, k) => {
    const got = s.groupScore.get(node.id);
    const kept = s.leaves.filter((l) => l.path[0]?.id === node.id && !l.excluded);
    const dropped = s.leaves.filter((l) => l.path[0]?.id === node.id && l.excluded);
    blocks.push(heading(2, `（${CN[k]}）${node.name}情况（${node.weight}分）`));
    if (kept.length === 0) {
      blocks.push(para(`${node.name}下的指标均未设定，不打分。`));
    } else {
      blocks.push(
        para(
          `根据评价指标，${node.name}得分${fixed(got ?? 0, s.places)}分` +
            (dropped.length > 0
              ? `（剔除未设定的${dropped.map((l) => l.node.name).join('、')}后，该项满分${sum(kept.map((l) => l.weight)).toString()}分）`
              : '') +
            '。',
        ),
      );
    }
    blocks.push(...paragraphs(analysis?.[node.name]));
  });
  // The 一级 scores above add up to the 合计 of the 评分表, or a note says why they differ by rounding.
  const groupsNote = s.complete
    ? roundingNote(
        '各一级指标得分合计',
        top.map((node) => s.groupScore.get(node.id) ?? 0),
        s.total,
        s.places,
        '分',
      )
    : null;
  if (groupsNote) blocks.push(para(`注：${groupsNote}`));
  return blocks;
}

export function buildReport(input: ReportInput): DocumentModel {
  const { project: p, figures: f, summary: s, narrative: n } = input;
  const final = finalScore(input);
  const year = p.year;
  const blocks: Block[] = [];

  if (n.preamble) blocks.push(...paragraphs(n.preamble));

  // 一、基本情况
  blocks.push(heading(1, '一、基本情况'));
  blocks.push(heading(2, '（一）项目概况'));
  blocks.push(...paragraphs(n.overview));
  let sub = 1;
  if (n.implementation) {
    blocks.push(heading(2, `（${CN[sub++]}）项目实施情况`));
    blocks.push(...paragraphs(n.implementation));
  }
  blocks.push(heading(2, `（${CN[sub++]}）资金投入使用情况`));
  const noOther = dec(p.budget.other).isZero() && dec(p.executed.other).isZero();
  const split = noOther
    ? '资金均为财政拨款。'
    : `资金来源为财政拨款${wan(p.budget.fiscal)}万元、其他资金${wan(p.budget.other)}万元；执行数中财政拨款${wan(p.executed.fiscal)}万元、其他资金${wan(p.executed.other)}万元。`;
  if (f.rate === null) {
    blocks.push(para(`${year}年，该项目未安排预算，实际支出${wan(f.executedTotal)}万元。`));
  } else {
    blocks.push(
      para(
        `${year}年，该项目预算数${wan(f.budgetTotal)}万元，执行数${wan(f.executedTotal)}万元，完成预算的${percentText(f.rate)}。${split}`,
      ),
    );
  }
  blocks.push(...paragraphs(n.fundsExplanation));
  blocks.push(heading(2, `（${CN[sub]}）项目绩效目标`));
  blocks.push(...paragraphs(p.overallGoal.expected));
  const c = f.counts;
  blocks.push(para(`项目共设置三级绩效指标${c.set}项。`));

  // 二、评价工作开展情况
  blocks.push(heading(1, '二、评价工作开展情况'));
  blocks.push(heading(2, '（一）评价组织情况'));
  blocks.push(...paragraphs(n.organisation));
  blocks.push(heading(2, '（二）评价体系、评价方法和评价标准'));
  const top = input.evaluation.template.indicators;
  blocks.push(...systemBlocks(input));
  blocks.push(...paragraphs(n.method));

  // 三、综合评价结论
  blocks.push(heading(1, '三、综合评价结论'));
  const excluded = s.excluded.map((e) => e.name);
  const panelText =
    input.panel && input.panel.sheets.length > 1
      ? `${input.panel.sheets.length}位评价人员评分分别为${input.panel.sheets.map((x) => `${fixed(x.base, input.panel!.places)}分`).join('、')}，取平均值，`
      : '';
  // No score and no grade for an incomplete scoring: the sentence is left out (the notes say what is missing).
  if (final)
    blocks.push(
      para(
        `根据${year}年度项目支出绩效评分表，` +
          (excluded.length > 0
            ? `剔除未设定的绩效目标${excluded.join('、')}共${excluded.length}个指标后，`
            : '') +
          `${panelText}自评得分${final.score}分，评价等次为${final.grade}。`,
      ),
    );
  blocks.push(...paragraphs(n.conclusion));

  // 四、绩效评价分析
  blocks.push(heading(1, '四、绩效评价分析'));
  blocks.push(...groupAnalysisBlocks(input.evaluation, s, n.analysis));
  blocks.push(heading(2, `（${CN[top.length]}）绩效目标完成情况`));
  const unmet = f.outcomes.filter((o) => o.set && o.status === 'not-met');
  const undetermined = f.outcomes.filter((o) => o.set && o.status === 'undetermined');
  blocks.push(
    para(
      `项目设置的${c.set}项三级绩效指标中，已完成${c.met}项，未完成${c.notMet}项` +
        (c.undetermined > 0
          ? `，其余${c.undetermined}项（${undetermined.map((o) => o.row.name).join('、')}）未作判断`
          : '') +
        '。',
    ),
  );
  for (const o of unmet) {
    const why = [
      o.row.deviationReason ? `偏差原因：${o.row.deviationReason}` : '',
      o.row.improvement ? `改进措施：${o.row.improvement}` : '',
    ]
      .filter(Boolean)
      .join('；');
    blocks.push(
      para(`“${o.row.name}”预期${o.row.target}，实际${o.row.actual}，未完成。${why ? `${why}。` : ''}`),
    );
  }
  blocks.push(...paragraphs(n.outcomes));

  // 五、六, then the 评分表 as 附件 (the 自评表 is a document of its own).
  blocks.push(
    ...closingBlocks(input, {
      problems: '五、存在的主要问题',
      suggestions: '六、相关措施建议',
      signer: p.unit,
      scoreTableTitle: titled(p, '项目评分表'),
    }),
  );

  return {
    title: titled(p, '项目支出绩效自评报告'),
    subtitle: [`（${p.unit}）`],
    bodySize: 16,
    pageNumbers: true,
    blocks,
  };
}
