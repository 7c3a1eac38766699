/** /api/orgs and /api/fiscal-years. */
import { asc, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { route } from '../../app/route.ts';
import { fiscalYears, organisations } from '../../platform/db/schema/index.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { AppError } from '../../platform/errors.ts';
import { createOrg, listOrgs, orgOwner, updateOrg } from './orgs.ts';
import { ZCreateOrg, ZIdParam, ZUpdateOrg } from './orgs.schema.ts';

export function orgRoutes() {
  return [
    route({
      method: 'GET',
      url: '/api/orgs',
      summary: '可见的组织机构（本组织及下级）',
      tags: ['orgs'],
      access: { kind: 'reach', permission: 'orgs.read' },
      handler: async ({ deps, actor }) => ({ items: await listOrgs(deps.db, actor) }),
    }),
    route({
      method: 'POST',
      url: '/api/orgs',
      summary: '新建下级组织',
      tags: ['orgs'],
      body: ZCreateOrg,
      idempotent: true,
      access: { kind: 'scoped', permission: 'orgs.manage', org: ({ body }) => body.parentId },
      handler: async ({ deps, actor, input }) => ({
        status: 201,
        body: await createOrg(deps, actor, input.body),
      }),
    }),
    route({
      method: 'PATCH',
      url: '/api/orgs/:id',
      summary: '修改组织名称或代码',
      tags: ['orgs'],
      params: ZIdParam,
      body: ZUpdateOrg,
      access: {
        kind: 'scoped',
        permission: 'orgs.manage',
        org: ({ params }, _actor, deps) => orgOwner(deps.db, params.id),
      },
      handler: async ({ deps, actor, input }) => updateOrg(deps, actor, input.params.id, input.body),
    }),
    route({
      method: 'GET',
      url: '/api/fiscal-years',
      summary: '会计年度',
      tags: ['orgs'],
      access: { kind: 'reach', permission: 'orgs.read' },
      handler: async ({ deps }) => ({
        items: await deps.db
          .select({ year: fiscalYears.year, status: fiscalYears.status })
          .from(fiscalYears)
          .orderBy(asc(fiscalYears.year)),
      }),
    }),
    route({
      method: 'POST',
      url: '/api/fiscal-years',
      summary: '新建会计年度（最上级组织的系统管理员）',
      tags: ['orgs'],
      body: z.object({
        year: z.number().int().min(2000, '年度应在 2000—2100 之间').max(2100, '年度应在 2000—2100 之间'),
      }),
      // Fiscal years are shared by every organisation: only the top organisation's administrator adds one.
      access: {
        kind: 'scoped',
        permission: 'orgs.manage',
        org: async (_input, _actor, deps) =>
          (
            await deps.db
              .select({ id: organisations.id })
              .from(organisations)
              .where(isNull(organisations.parentId))
              .limit(1)
          )[0]?.id ?? null,
      },
      handler: async ({ deps, actor, input }) => {
        const inserted = await deps.db
          .insert(fiscalYears)
          .values({ year: input.body.year, status: 'open' })
          .onConflictDoNothing()
          .returning();
        if (inserted.length === 0) throw new AppError('CONFLICT', `${input.body.year} 年度已存在。`);
        await appendAudit(
          deps.db,
          { id: actor.userId, username: actor.username, ip: actor.ip },
          {
            action: 'fiscal-year.create',
            entity: 'fiscal_year',
            entityId: String(input.body.year),
            orgId: actor.orgId,
            after: { year: input.body.year, status: 'open' },
          },
          deps.clock(),
        );
        return { status: 201, body: { year: inserted[0]!.year, status: inserted[0]!.status } };
      },
    }),
  ];
}
