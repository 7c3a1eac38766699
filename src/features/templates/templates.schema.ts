/** Input schemas of the indicator template routes. Template bodies are checked by the domain's schema in read-template-json.ts. */
import { z } from 'zod';

/** A stored template's uuid, or a built-in template's code ("hn-2020-project"). */
export const ZTemplateIdParam = z.object({
  id: z
    .string()
    .min(1, '请提供指标体系编号')
    .max(100)
    .regex(/^[\w.-]+$/, '指标体系编号只能包含字母、数字、下划线、点和短横线'),
});

export const ZImportTemplate = z.object({
  orgId: z.uuid('组织编号无效'),
  /** The template JSON as exported (validated against the domain schema, with Chinese messages naming the JSON path). */
  template: z.unknown(),
  /** Set when the JSON is a copy of another template (built-in or stored), by its code. */
  copiedFrom: z.string().max(100).optional(),
});

export const ZUpdateTemplate = z.object({
  template: z.unknown(),
  version: z.number().int().positive('请提交数据版本号（version）'),
});
