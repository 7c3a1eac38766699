/** /api/users: administration of users within the administrator's reach. */
import { route } from '../../app/route.ts';
import {
  createUser,
  listUsers,
  resetPassword,
  setUserDisabled,
  setUserRoles,
  updateUser,
  userOrg,
} from './users.ts';
import {
  ZCreateUser,
  ZIdParam,
  ZResetPassword,
  ZSetRoles,
  ZUpdateUser,
  ZUserListQuery,
  ZVersionOnly,
} from './users.schema.ts';

const ownerOf = (
  { params }: { params: { id: string } },
  _actor: unknown,
  deps: { db: Parameters<typeof userOrg>[0] },
) => userOrg(deps.db, params.id);

export function userRoutes() {
  return [
    route({
      method: 'GET',
      url: '/api/users',
      summary: '组织（含下级）中的用户',
      tags: ['users'],
      query: ZUserListQuery,
      access: {
        kind: 'scoped',
        permission: 'users.read',
        org: ({ query }, actor) => query.orgId ?? actor.orgId,
      },
      handler: async ({ deps, actor, input }) => ({
        items: await listUsers(deps, actor, input.query.orgId ?? actor.orgId),
      }),
    }),
    route({
      method: 'POST',
      url: '/api/users',
      summary: '新建用户',
      tags: ['users'],
      body: ZCreateUser,
      idempotent: true,
      access: { kind: 'scoped', permission: 'users.manage', org: ({ body }) => body.orgId },
      handler: async ({ deps, actor, input }) => ({
        status: 201,
        body: await createUser(deps, actor, input.body),
      }),
    }),
    route({
      method: 'PATCH',
      url: '/api/users/:id',
      summary: '修改用户信息',
      tags: ['users'],
      params: ZIdParam,
      body: ZUpdateUser,
      access: { kind: 'scoped', permission: 'users.manage', org: ownerOf },
      handler: async ({ deps, actor, input }) => updateUser(deps, actor, input.params.id, input.body),
    }),
    route({
      method: 'POST',
      url: '/api/users/:id/disable',
      summary: '停用用户（立即结束其全部会话）',
      tags: ['users'],
      params: ZIdParam,
      body: ZVersionOnly,
      access: { kind: 'scoped', permission: 'users.manage', org: ownerOf },
      handler: async ({ deps, actor, input }) =>
        setUserDisabled(deps, actor, input.params.id, true, input.body.version),
    }),
    route({
      method: 'POST',
      url: '/api/users/:id/enable',
      summary: '启用用户',
      tags: ['users'],
      params: ZIdParam,
      body: ZVersionOnly,
      access: { kind: 'scoped', permission: 'users.manage', org: ownerOf },
      handler: async ({ deps, actor, input }) =>
        setUserDisabled(deps, actor, input.params.id, false, input.body.version),
    }),
    route({
      method: 'POST',
      url: '/api/users/:id/reset-password',
      summary: '重置用户密码',
      tags: ['users'],
      params: ZIdParam,
      body: ZResetPassword,
      access: { kind: 'scoped', permission: 'users.manage', org: ownerOf },
      handler: async ({ deps, actor, input }) => {
        await resetPassword(deps, actor, input.params.id, input.body.newPassword);
        return { status: 204 };
      },
    }),
    route({
      method: 'PUT',
      url: '/api/users/:id/roles',
      summary: '设置用户角色（安全管理员）',
      tags: ['users'],
      params: ZIdParam,
      body: ZSetRoles,
      access: { kind: 'scoped', permission: 'roles.manage', org: ownerOf },
      handler: async ({ deps, actor, input }) => setUserRoles(deps, actor, input.params.id, input.body),
    }),
  ];
}
