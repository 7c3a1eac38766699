/** Input schemas of the 整改台账 routes. */
import { z } from 'zod';
import { RECTIFICATION_SOURCES } from '../../domain/monitoring/index.ts';

const text = (max: number) => z.string().max(max, `最多 ${max} 个字`);
const required = (label: string, max: number) =>
  z.string().trim().min(1, `请填写${label}`).max(max, `最多 ${max} 个字`);
const date = (label: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${label}应为 YYYY-MM-DD`);

export const ZIdParam = z.object({ id: z.uuid('编号无效') });
export const ZOrgQuery = z.object({ orgId: z.uuid('组织编号无效') });

export const ZRaiseRectification = z.object({
  orgId: z.uuid('责任单位编号无效'),
  fiscalYear: z.number().int().min(2000).max(2100),
  source: z.enum(RECTIFICATION_SOURCES),
  sourceRef: text(200).optional(),
  problem: required('问题', 2000),
  requirement: required('整改要求', 2000),
  responsiblePerson: required('责任人', 100),
  deadline: date('整改期限'),
});

export const ZUpdateRectification = z.object({
  version: z.number().int().min(1),
  measures: text(4000),
  result: text(4000).default(''),
});

export const ZVersion = z.object({ version: z.number().int().min(1) });
export const ZReject = z.object({
  version: z.number().int().min(1),
  reason: required('不予确认的原因', 2000),
});

export type RaiseRectificationInput = z.infer<typeof ZRaiseRectification>;

export const ZCandidatesQuery = z.object({
  orgId: z.uuid('组织编号无效'),
  /** Only this budget year; every year when absent. */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
