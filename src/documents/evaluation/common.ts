/**
 * Pieces shared by the evaluation documents: titles that do not stutter ("…项目项目…"), dates printed
 * the Chinese way, and the approval trail appended when the review workflow passes one.
 */
import { cell, heading, type Block, type Table } from '../model.ts';
import type { ApprovalStep, ProjectSheetData } from './types.ts';

/** "2020年度" + name + suffix, without repeating the year or "项目" ("运维项目" + "项目支出…" → "运维项目支出…"). */
export function titled(
  project: Pick<ProjectSheetData, 'year' | 'projectName'> | undefined,
  suffix: string,
): string {
  if (!project) return suffix;
  let name = project.projectName.trim();
  const yearPrefix = new RegExp(`^${project.year}年度?`);
  const prefix = yearPrefix.test(name) ? '' : `${project.year}年度`;
  if (suffix.startsWith('项目') && name.endsWith('项目')) name = name.slice(0, -2);
  return `${prefix}${name}${suffix}`;
}

/** "2021-05-20" → "2021年5月20日"; other text is printed as given. */
export function chineseDate(date: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(date.trim());
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : date;
}

const DECISION: Record<NonNullable<ApprovalStep['decision']>, string> = {
  approved: '同意',
  returned: '退回修改',
  submitted: '提交',
};

export function approvalTable(steps: readonly ApprovalStep[]): Table {
  return {
    kind: 'table',
    columnWidths: [15, 11, 15, 9, 30, 20],
    headerRows: 1,
    fontSize: 10.5,
    rows: [
      {
        cells: ['环节', '姓名', '职务', '结论', '意见', '日期'].map((t) =>
          cell(t, { shade: true, bold: true }),
        ),
      },
      ...steps.map((s) => ({
        cells: [
          cell(s.step),
          cell(s.name),
          cell(s.position ?? ''),
          cell(s.decision ? DECISION[s.decision] : ''),
          cell(s.opinion ?? '', { align: 'left' }),
          cell(chineseDate(s.date)),
        ],
      })),
    ],
  };
}

/** The approval trail as blocks (a heading and the table), or nothing when there is none. */
export function approvalBlocks(steps: readonly ApprovalStep[] | undefined, headingLevel: 1 | 2 = 1): Block[] {
  if (!steps || steps.length === 0) return [];
  return [heading(headingLevel, '审核意见'), approvalTable(steps)];
}
