import { z } from 'zod';
import { ROLES } from '../../app/roles.ts';

export const ZUsername = z
  .string()
  .trim()
  .min(3, '用户名至少 3 个字符')
  .max(40, '用户名最多 40 个字符')
  .regex(/^[A-Za-z0-9_.-]+$/, '用户名只能包含字母、数字、下划线、点和短横线');
export const ZCreateUser = z.object({
  username: ZUsername,
  displayName: z.string().trim().min(1, '请填写姓名').max(50),
  orgId: z.uuid('组织编号无效'),
  password: z.string().min(1, '请填写初始密码').max(200),
});
export const ZUpdateUser = z.object({
  displayName: z.string().trim().min(1, '请填写姓名').max(50).optional(),
  version: z.number().int().positive('请提交数据版本号（version）'),
});
export const ZVersionOnly = z.object({ version: z.number().int().positive('请提交数据版本号（version）') });
export const ZResetPassword = z.object({ newPassword: z.string().min(1, '请填写新密码').max(200) });
export const ZRoleGrant = z.object({
  role: z.enum(ROLES),
  position: z.string().trim().max(30).nullable().default(null),
});
export const ZSetRoles = z.object({
  roles: z.array(ZRoleGrant).max(10),
  version: z.number().int().positive(),
});
export const ZUserListQuery = z.object({ orgId: z.uuid('组织编号无效').optional() });
export const ZIdParam = z.object({ id: z.uuid('编号无效') });
