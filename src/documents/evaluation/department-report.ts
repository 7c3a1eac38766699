/**
 * 部门整体支出绩效评价报告 (a 部门整体 evaluation's report; seed 002's layout):
 *   一、部门概况 (部门基本情况, 收支情况)   二、评价情况   三、主要绩效   四、存在问题   五、有关建议
 * then the 评分表 as 附件 and the approval trail when given. It shares the project report's pieces
 * (report.ts): the description of the indicator system, the final score sentence's figures, the analysis
 * per 一级指标 with its rounding note, and the 评分表 (score-table.ts). Every figure is computed; the prose
 * is what people wrote (ReportNarrative, the same texts the 自评报告 form saves).
 */
import { fixed, fromYuan } from '../../domain/money/index.ts';
import { heading, para, type Block, type DocumentModel } from '../model.ts';
import {
  closingBlocks,
  finalScore,
  groupAnalysisBlocks,
  paragraphs,
  systemBlocks,
  type ReportInput,
} from './report.ts';
import type { DepartmentData } from './types.ts';

/** 元 → 万元 at 2 decimals, half-up. */
const wanFromYuan = (yuan: string): string => fixed(fromYuan(yuan, '万元'), 2);

export type DepartmentReportInput = Pick<
  ReportInput,
  'evaluation' | 'summary' | 'panel' | 'narrative' | 'approvals'
> & { department: DepartmentData };

/** "2020年度" + unit + suffix, without a second year when the unit's name already names it. */
export function departmentTitle(d: Pick<DepartmentData, 'year' | 'unit'>, suffix: string): string {
  return `${d.unit.includes(`${d.year}年`) ? '' : `${d.year}年度`}${d.unit}${suffix}`;
}

export function buildDepartmentReport(input: DepartmentReportInput): DocumentModel {
  const { department: d, summary: s, narrative: n } = input;
  const final = finalScore(input);
  const blocks: Block[] = [];
  if (n.preamble) blocks.push(...paragraphs(n.preamble));

  // 一、部门概况
  blocks.push(heading(1, '一、部门概况'));
  blocks.push(heading(2, '（一）部门基本情况'));
  blocks.push(...(n.overview ? paragraphs(n.overview) : [para(`${d.unit}。`)]));
  if (n.implementation) blocks.push(...paragraphs(n.implementation));
  blocks.push(heading(2, '（二）收支情况'));
  if (d.finance) {
    blocks.push(
      para(
        `根据${d.year}年度决算，${d.unit}本年收入合计${wanFromYuan(d.finance.income)}万元，本年支出合计${wanFromYuan(d.finance.expenditure)}万元。`,
      ),
    );
  }
  blocks.push(...paragraphs(n.fundsExplanation));
  if (!d.finance && !n.fundsExplanation) blocks.push(para(`${d.year}年度决算尚未填报。`));

  // 二、评价情况
  blocks.push(heading(1, '二、评价情况'));
  blocks.push(...paragraphs(n.organisation));
  blocks.push(...systemBlocks(input));
  blocks.push(...paragraphs(n.method));
  if (final) {
    const excluded = s.excluded.map((e) => e.name);
    const panel = input.panel && input.panel.sheets.length > 1 ? input.panel : null;
    blocks.push(
      para(
        `根据${d.year}年度部门整体支出绩效评分表，` +
          (excluded.length > 0
            ? `剔除未设定的绩效目标${excluded.join('、')}共${excluded.length}个指标后，`
            : '') +
          (panel
            ? `${panel.sheets.length}位评价人员评分分别为${panel.sheets.map((x) => `${fixed(x.base, panel.places)}分`).join('、')}，取平均值，`
            : '') +
          `评价得分${final.score}分，评价等次为${final.grade}。`,
      ),
    );
  }
  blocks.push(...paragraphs(n.conclusion));

  // 三、主要绩效
  blocks.push(heading(1, '三、主要绩效'));
  blocks.push(...paragraphs(n.outcomes));
  blocks.push(...groupAnalysisBlocks(input.evaluation, s, n.analysis));

  // 四、五, then the 评分表 as 附件
  blocks.push(
    ...closingBlocks(input, {
      problems: '四、存在问题',
      suggestions: '五、有关建议',
      signer: d.unit,
      scoreTableTitle: departmentTitle(d, '部门整体支出绩效评分表'),
    }),
  );

  return {
    title: departmentTitle(d, '部门整体支出绩效评价报告'),
    bodySize: 16,
    pageNumbers: true,
    blocks,
  };
}
