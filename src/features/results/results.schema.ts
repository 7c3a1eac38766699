/** Input schemas of the 结果应用 routes. */
import { z } from 'zod';

export const ZIdParam = z.object({ id: z.uuid('编号无效') });
export const ZResultsQuery = z.object({
  orgId: z.uuid('组织编号无效'),
  year: z.coerce.number().int().min(2000).max(2100),
});
export const ZConfirmRecommendation = z.object({
  /** 0 when nothing was confirmed yet. */
  version: z.number().int().min(0),
  recommendation: z.string().trim().min(1, '请填写建议').max(100),
  proposedBudget: z
    .string()
    .trim()
    .regex(/^\d{1,14}(\.\d{1,6})?$/, '建议预算应为数字，如 "120.50"（单位：万元）')
    .nullable()
    .default(null),
  reason: z.string().trim().max(2000).default(''),
});
