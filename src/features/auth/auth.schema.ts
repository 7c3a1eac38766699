import { z } from 'zod';

export const ZLogin = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(100),
  password: z.string().min(1, '请输入密码').max(200),
});

export const ZChangePassword = z.object({
  currentPassword: z.string().min(1, '请输入当前密码').max(200),
  newPassword: z.string().min(1, '请输入新密码').max(200),
});
