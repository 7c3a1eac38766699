/** /api/orgs and /api/fiscal-years. */
import { asc } from 'drizzle-orm';
import { route } from '../../app/route.ts';
import { fiscalYears } from '../../platform/db/schema/index.ts';
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
      handler: async ({ deps, actor }) => ({ items: await listOrgs(deps.db, actor!) }),
    }),
    route({
      method: 'POST',
      url: '/api/orgs',
      summary: '新建下级组织',
      tags: ['orgs'],
      body: ZCreateOrg,
      idempotent: true,
      access: { kind: 'scoped', permission: 'orgs.manage', org: ({ body }) => body.parentId },
      handler: async ({ deps, actor, input }) => ({ status: 201, body: await createOrg(deps, actor!, input.body) }),
    }),
    route({
      method: 'PATCH',
      url: '/api/orgs/:id',
      summary: '修改组织名称或代码',
      tags: ['orgs'],
      params: ZIdParam,
      body: ZUpdateOrg,
      access: { kind: 'scoped', permission: 'orgs.manage', org: ({ params }, _actor, deps) => orgOwner(deps.db, params.id) },
      handler: async ({ deps, actor, input }) => updateOrg(deps, actor!, input.params.id, input.body),
    }),
    route({
      method: 'GET',
      url: '/api/fiscal-years',
      summary: '会计年度',
      tags: ['orgs'],
      access: { kind: 'reach', permission: 'orgs.read' },
      handler: async ({ deps }) => ({ items: await deps.db.select({ year: fiscalYears.year, status: fiscalYears.status }).from(fiscalYears).orderBy(asc(fiscalYears.year)) }),
    }),
  ];
}
