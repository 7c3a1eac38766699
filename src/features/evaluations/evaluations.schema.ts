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
        : '应为十进制数字字符串，如 "4.5"',
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
  kind: z.enum(['project-sheet', 'score-table', 'panel-sheet', 'self-evaluation-report'], { error: '文档类型应为 project-sheet、score-table、panel-sheet 或 self-evaluation-report' }),
  format: z.enum(['docx', 'pdf'], { error: '格式应为 docx 或 pdf' }).default('docx'),
});
