/**
 * Input schemas of the monitoring routes. Amounts (万元) are decimal strings end to end; the lists of
 * 偏差原因 categories, 完成目标可能性 and red-light responses come from src/domain/monitoring.
 */
import { z } from 'zod';
import { DEVIATION_CATEGORIES, LIKELIHOODS, RED_RESPONSES } from '../../domain/monitoring/index.ts';

const AMOUNT = /^\d{1,14}(\.\d{1,6})?$/;

export const ZAmount = z
  .string({
    error: (issue) =>
      typeof issue.input === 'number'
        ? `金额须写成十进制数字字符串（如 "${String(issue.input)}"），不接受 JSON 数字`
        : '请填写金额，如 195.01',
  })
  .trim()
  .regex(AMOUNT, '金额应为非负数字，如 "195.01"（单位：万元，最多 6 位小数）');

const text = (max: number) => z.string().max(max, `最多 ${max} 个字`);

export const ZIdParam = z.object({ id: z.uuid('编号无效') });

export const ZOrgQuery = z.object({ orgId: z.uuid('组织编号无效') });

export const ZOpenRound = z.object({
  orgId: z.uuid('组织编号无效'),
  fiscalYear: z.number().int().min(2000).max(2100),
  month: z.number().int().min(1, '截至月份应为1到12').max(12, '截至月份应为1到12'),
  dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '报送截止日期应为 YYYY-MM-DD'),
  title: text(200).optional(),
  /** A built-in rule set id; default: the default rules. */
  rulesId: z.string().max(100).optional(),
});

export const ZReportSource = z.object({
  source: z.string().trim().min(1, '请填写资金来源').max(50),
  initialBudget: ZAmount,
  adjustedBudget: ZAmount.optional(),
  executed: ZAmount,
});

export const ZReportIndicator = z.object({
  name: z.string().trim().min(1, '请填写指标名称').max(300),
  level1: text(50).optional(),
  level2: text(50).optional(),
  target: text(1000),
  actual: text(2000).default(''),
  forecast: text(2000).optional(),
  likelihood: z.enum(LIKELIHOODS).optional(),
  deviationCategory: z.enum(DEVIATION_CATEGORIES).optional(),
  deviationReason: text(2000).optional(),
  correctiveAction: text(2000).optional(),
});

export const ZReportProject = z.object({
  projectId: z.uuid().nullable().default(null),
  name: z.string().trim().min(1, '请填写项目名称').max(200),
  kind: z.enum(['project', 'department']).default('project'),
  sources: z.array(ZReportSource).min(1, '请按资金来源填写预算和执行数').max(20),
  indicators: z.array(ZReportIndicator).max(200).default([]),
  response: z
    .object({ action: z.enum(RED_RESPONSES), reason: text(2000) })
    .nullable()
    .default(null),
});

export const ZSaveReport = z.object({
  version: z.number().int().min(1),
  projects: z.array(ZReportProject).max(500),
});

export const ZVersion = z.object({ version: z.number().int().min(1) });

export const ZReturnReport = z.object({
  version: z.number().int().min(1),
  reason: z.string().trim().min(1, '请填写退回原因').max(2000),
});

export type ReportProject = z.infer<typeof ZReportProject>;
export type SaveReportInput = z.infer<typeof ZSaveReport>;
export type OpenRoundInput = z.infer<typeof ZOpenRound>;

export const ZDocumentQuery = z.object({
  kind: z.enum(['project-sheet', 'report']),
  format: z.enum(['docx', 'pdf']),
  /** 0-based index of the project, for the project sheet. */
  project: z.coerce.number().int().min(0).optional(),
});

export const ZFormatQuery = z.object({ format: z.enum(['docx', 'pdf']) });
