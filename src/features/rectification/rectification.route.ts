/** /api/rectifications: the 整改台账 (rectification ledger). */
import { subtreeIds } from '../../app/actor.ts';
import { route } from '../../app/route.ts';
import { AppError } from '../../platform/errors.ts';
import {
  completeRectification,
  confirmRectification,
  raiseRectification,
  rejectRectification,
  updateRectification,
} from './rectification-commands.ts';
import { listCandidates } from './list-candidates.ts';
import { loadRectification, rectificationOwner, rectificationsOf } from './rectification-dto.ts';
import {
  ZCandidatesQuery,
  ZIdParam,
  ZOrgQuery,
  ZRaiseRectification,
  ZReject,
  ZUpdateRectification,
  ZVersion,
} from './rectification.schema.ts';

const owner = {
  kind: 'scoped' as const,
  org: (
    { params }: { params: { id: string } },
    _a: unknown,
    deps: { db: Parameters<typeof rectificationOwner>[0] },
  ) => rectificationOwner(deps.db, params.id),
};

export function rectificationRoutes() {
  return [
    route({
      method: 'GET',
      url: '/api/rectifications',
      summary: '整改台账（所选组织及下级，逾期在前）',
      tags: ['rectification'],
      query: ZOrgQuery,
      access: { kind: 'scoped', permission: 'work.read', org: ({ query }) => query.orgId },
      handler: async ({ deps, actor, input }) => {
        const ids = (await subtreeIds(deps.db, input.query.orgId)).filter((id) => actor.reach.has(id));
        const items = await rectificationsOf(deps.db, ids, deps.clock());
        // An item raised by this organisation about a unit outside the actor's reach is not shown.
        return { items: items.filter((i) => actor.reach.has(i.orgId)) };
      },
    }),
    route({
      method: 'GET',
      url: '/api/rectifications/candidates',
      summary: '可提出整改的问题：自评存在问题、监控红灯项目',
      tags: ['rectification'],
      query: ZCandidatesQuery,
      access: { kind: 'scoped', permission: 'work.read', org: ({ query }) => query.orgId },
      handler: async ({ deps, actor, input }) => ({ items: await listCandidates(deps, actor, input.query) }),
    }),
    route({
      method: 'POST',
      url: '/api/rectifications',
      summary: '提出整改问题（责任单位、整改要求、责任人、期限）',
      tags: ['rectification'],
      body: ZRaiseRectification,
      idempotent: true,
      access: { kind: 'scoped', permission: 'work.read', org: ({ body }) => body.orgId },
      handler: async ({ deps, actor, input }) => ({
        status: 201,
        body: await raiseRectification(deps, actor, input.body),
      }),
    }),
    route({
      method: 'GET',
      url: '/api/rectifications/:id',
      summary: '整改事项',
      tags: ['rectification'],
      params: ZIdParam,
      access: { ...owner, permission: 'work.read' },
      handler: async ({ deps, input }) => {
        const r = await loadRectification(deps.db, input.params.id, deps.clock());
        if (!r) throw new AppError('NOT_FOUND', '找不到该整改事项。');
        return r;
      },
    }),
    route({
      method: 'PUT',
      url: '/api/rectifications/:id',
      summary: '填写整改措施和整改结果（责任单位）',
      tags: ['rectification'],
      params: ZIdParam,
      body: ZUpdateRectification,
      access: { ...owner, permission: 'work.edit' },
      handler: async ({ deps, actor, input }) =>
        updateRectification(deps, actor, input.params.id, input.body),
    }),
    route({
      method: 'POST',
      url: '/api/rectifications/:id/complete',
      summary: '报告整改完成（责任单位）',
      tags: ['rectification'],
      params: ZIdParam,
      body: ZVersion,
      access: { ...owner, permission: 'work.edit' },
      handler: async ({ deps, actor, input }) =>
        completeRectification(deps, actor, input.params.id, input.body.version),
    }),
    route({
      method: 'POST',
      url: '/api/rectifications/:id/confirm',
      summary: '确认整改完成（提出问题的单位）',
      tags: ['rectification'],
      params: ZIdParam,
      body: ZVersion,
      access: { ...owner, permission: 'work.read' },
      handler: async ({ deps, actor, input }) =>
        confirmRectification(deps, actor, input.params.id, input.body.version),
    }),
    route({
      method: 'POST',
      url: '/api/rectifications/:id/reject',
      summary: '不予确认整改完成（提出问题的单位，须说明原因）',
      tags: ['rectification'],
      params: ZIdParam,
      body: ZReject,
      access: { ...owner, permission: 'work.read' },
      handler: async ({ deps, actor, input }) =>
        rejectRectification(deps, actor, input.params.id, input.body),
    }),
  ];
}
