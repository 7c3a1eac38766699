/** /api/auth: login, logout, me, change password. */
import type { FastifyReply } from 'fastify';
import { route } from '../../app/route.ts';
import type { AppDeps } from '../../app/deps.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { deleteSession } from '../../platform/security/sessions.ts';
import { ZChangePassword, ZLogin } from './auth.schema.ts';
import { changePassword } from './change-password.ts';
import { login } from './login.ts';
import { toMe } from './me.ts';

function setSessionCookie(reply: FastifyReply, deps: AppDeps, token: string): void {
  reply.setCookie(deps.config.security.cookieName, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: deps.config.security.https,
    path: '/',
  });
}

export function authRoutes(deps: AppDeps) {
  return [
    route({
      method: 'POST',
      url: '/api/auth/login',
      summary: '登录',
      tags: ['auth'],
      body: ZLogin,
      access: { kind: 'public' },
      handler: async ({ input, deps: tx, request, reply }) => {
        const result = await login(tx, {
          username: input.body.username,
          password: input.body.password,
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
        });
        if (!result.ok)
          return { status: result.status, body: { error: { code: result.code, message: result.message } } };
        setSessionCookie(reply, deps, result.token);
        return { user: toMe(result.actor), csrfToken: result.csrfToken };
      },
    }),
    route({
      method: 'POST',
      url: '/api/auth/logout',
      summary: '退出登录',
      tags: ['auth'],
      access: { kind: 'self' },
      handler: async ({ actor, deps: tx, request, reply }) => {
        const token = request.cookies[deps.config.security.cookieName];
        if (token) await deleteSession(tx.db, token);
        await appendAudit(
          tx.db,
          { id: actor.userId, username: actor.username, ip: request.ip },
          { action: 'auth.logout', entity: 'user', entityId: actor.userId, orgId: actor.orgId },
          tx.clock(),
        );
        reply.clearCookie(deps.config.security.cookieName, { path: '/' });
        return { status: 204 };
      },
    }),
    route({
      method: 'GET',
      url: '/api/auth/me',
      summary: '当前用户',
      tags: ['auth'],
      access: { kind: 'self' },
      handler: async ({ actor, request }) => ({ user: toMe(actor), csrfToken: request.csrfToken }),
    }),
    route({
      method: 'POST',
      url: '/api/auth/password',
      summary: '修改密码',
      tags: ['auth'],
      body: ZChangePassword,
      access: { kind: 'self' },
      handler: async ({ actor, deps: tx, input, request }) => {
        const result = await changePassword(tx, actor, {
          ...input.body,
          currentSessionToken: request.cookies[deps.config.security.cookieName] ?? '',
        });
        if (!result.ok)
          return { status: result.status, body: { error: { code: result.code, message: result.message } } };
        return { status: 204 };
      },
    }),
  ];
}
