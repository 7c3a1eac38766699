/**
 * Pieces shared by the evaluation documents: titles that do not stutter ("…项目项目…"), dates printed
 * the Chinese way, and the approval trail appended when the review workflow passes one.
 */
import { fixed, roundHalfUp, sum, type DecInput } from '../../domain/money/index.ts';
import { cell, heading, type Block, type Table } from '../model.ts';
import type { ApprovalStep, ProjectSheetData } from './types.ts';

/**
 * The presentation rule for printed totals (docs/documents.md, "Totals that add up"): every part and every
 * total is rounded half-up from its exact value, never adjusted; where the printed parts do not add up to
 * the printed total, the document says so in a note next to the table or sentence, naming both sums and
 * the difference. The note always ends with ROUNDING_NOTE_MARK, so a reader (and the tests) can find it.
 */
export const ROUNDING_NOTE_MARK = '系四舍五入所致';

/**
 * The note for a total whose printed parts add up to something else, or null when they agree:
 * "合计98.10分按各项未舍入的得分相加后四舍五入；表中各项显示值之和为98.11分，相差0.01分，系四舍五入所致。"
 */
export function roundingNote(
  label: string,
  parts: readonly DecInput[],
  total: DecInput,
  places: number,
  unit = '',
): string | null {
  const shownParts = sum(parts.map((p) => roundHalfUp(p, places)));
  const shownTotal = roundHalfUp(total, places);
  if (shownParts.eq(shownTotal)) return null;
  const diff = shownParts.minus(shownTotal).abs();
  return (
    `${label}${fixed(shownTotal, places)}${unit}按各项未舍入的数值相加后四舍五入；` +
    `各项显示值之和为${fixed(shownParts, places)}${unit}，相差${fixed(diff, places)}${unit}，${ROUNDING_NOTE_MARK}。`
  );
}

/** "2020年度" + name + suffix, without repeating the year or "项目" ("运维项目" + "项目支出…" → "运维项目支出…"). */
export function titled(
  project: Pick<ProjectSheetData, 'year' | 'projectName'> | undefined,
  suffix: string,
): string {
  if (!project) return suffix;
  let name = project.projectName.trim();
  // A name already naming the year ("2020年信息化运维", "运维（2020年）") gets no second one.
  const prefix = name.includes(`${project.year}年`) ? '' : `${project.year}年度`;
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
