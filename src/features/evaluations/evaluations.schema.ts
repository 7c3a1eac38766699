/**
 * Input schemas of the evaluation routes. Scores are decimal strings (a JSON number is refused with a
 * message saying how to write it); inputs are checked against the domain's evaluation schema in the
 * use cases, so their messages name the JSON path.
 */
import { z } from 'zod';

const decimal = z
  .string({
    error: (issue) =>
      typeof issue.input === 'number'
        ? `分数须写成十进制数字字符串（如 "${String(issue.input)}"），不接受 JSON 数字`
        : '请填写得分，如 4.5',
  })
  .trim()
  .regex(/^\d{1,6}(\.\d{1,6})?$/, '得分应为不小于 0 的数字，如 "4.5"');

export const ZSheetEntry = z.object({
  score: decimal.optional(),
  explanation: z.string().max(2000).optional(),
  problem: z.string().max(2000).optional(),
  suggestion: z.string().max(2000).optional(),
});

export const ZCreateEvaluation = z.object({
  orgId: z.uuid('组织编号无效'),
  projectId: z.uuid('项目编号无效').nullable().default(null),
  templateId: z.string().min(1, '请选择指标体系').max(100),
  title: z.string().trim().max(200).optional(),
  fiscalYear: z.number().int().min(2000).max(2100).optional(),
});

export const ZSaveInputs = z.object({
  inputs: z.record(z.string(), z.unknown()),
  /** 修改原因 of each prefilled figure changed, keyed `<leaf id>|<field>` (src/domain/scoring/prefill.ts). */
  reasons: z.record(z.string().max(200), z.string().max(500, '修改原因不能超过 500 字')).optional(),
  version: z.number().int().positive('请提交数据版本号（version）'),
});

export const ZStartSheet = z.object({
  title: z.string().trim().max(50).optional(),
});

export const ZSaveSheet = z.object({
  entries: z.record(z.string(), ZSheetEntry),
  /** Only a total, as 004's panel gave it; used when entries is empty. */
  total: decimal.nullable().default(null),
  version: z.number().int().positive('请提交数据版本号（version）'),
});

export const ZVersionOnly = z.object({ version: z.number().int().positive('请提交数据版本号（version）') });

export const ZEvaluationListQuery = z.object({ orgId: z.uuid('组织编号无效') });

export const ZIdParam = z.object({ id: z.uuid('编号无效') });

export type SheetEntryInput = z.infer<typeof ZSheetEntry>;

export const ZDocumentQuery = z.object({
  kind: z.enum(['project-sheet', 'score-table', 'panel-sheet', 'self-evaluation-report'], {
    error: '文档类型应为 project-sheet、score-table、panel-sheet 或 self-evaluation-report',
  }),
  format: z.enum(['docx', 'pdf'], { error: '格式应为 docx 或 pdf' }).default('docx'),
});

const reportText = (label: string) =>
  z
    .string({ error: `「${label}」应为文字` })
    .max(20000, `「${label}」不能超过 20000 字`)
    .optional();
const reportItems = (label: string) =>
  z
    .array(
      z.string({ error: `「${label}」每一条应为文字` }).max(2000, `「${label}」每一条不能超过 2000 字`),
      { error: `「${label}」应为文字列表` },
    )
    .max(50, `「${label}」最多 50 条`)
    .optional();

/**
 * What the user writes in the 项目支出绩效自评报告 (ReportNarrative of src/documents/evaluation, every
 * field optional: an empty one falls back to what the data says). Figures are not accepted here.
 */
export const ZReportNarrative = z
  .object({
    preamble: reportText('报告开头'),
    overview: reportText('项目概况'),
    implementation: reportText('项目实施情况'),
    fundsExplanation: reportText('资金投入使用情况'),
    organisation: reportText('评价组织情况'),
    method: reportText('评价体系、评价方法和评价标准'),
    conclusion: reportText('综合评价结论'),
    analysis: z
      .record(z.string().max(100), z.string().max(20000, '「绩效评价分析」每项不能超过 20000 字'), {
        error: '「绩效评价分析」应为按一级指标名称填写的文字',
      })
      .optional(),
    outcomes: reportText('绩效目标完成情况'),
    problems: reportItems('存在的主要问题'),
    suggestions: reportItems('相关措施建议'),
    signedBy: z.string().max(200, '「落款单位」不能超过 200 字').optional(),
    date: z
      .string()
      .regex(/^(\d{4}-\d{2}-\d{2})?$/, '「报告日期」应写成 2021-05-20')
      .optional(),
  })
  .strict();

export const ZSaveReport = z.object({
  narrative: ZReportNarrative,
  /** The report's version; 0 when nothing has been saved yet. */
  version: z.number({ error: '请提交数据版本号（version）' }).int().min(0, '请提交数据版本号（version）'),
});

export type ReportNarrativeInput = z.infer<typeof ZReportNarrative>;
