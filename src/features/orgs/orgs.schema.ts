import { z } from 'zod';

export const ZOrgKind = z.enum(['finance', 'department', 'unit']);
export const ZCreateOrg = z.object({
  parentId: z.uuid('上级组织编号无效'),
  code: z
    .string()
    .trim()
    .min(1, '请填写组织代码')
    .max(40)
    .regex(/^[0-9A-Za-z_.-]+$/, '组织代码只能包含字母、数字、下划线、点和短横线'),
  name: z.string().trim().min(1, '请填写组织名称').max(100),
  kind: ZOrgKind,
});
export const ZUpdateOrg = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[0-9A-Za-z_.-]+$/, '组织代码只能包含字母、数字、下划线、点和短横线')
    .optional(),
  name: z.string().trim().min(1, '请填写组织名称').max(100).optional(),
  version: z.number().int().positive('请提交数据版本号（version）'),
});
export const ZIdParam = z.object({ id: z.uuid('编号无效') });
