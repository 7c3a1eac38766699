/** /api/audit: the audit log, for 审计管理员 only, within their reach. */
import { and, desc, inArray, isNull, lt, or } from 'drizzle-orm';
import { z } from 'zod';
import { route } from '../../app/route.ts';
import { auditLog, organisations } from '../../platform/db/schema/index.ts';
import { eq } from 'drizzle-orm';

const ZAuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  before: z.coerce.number().int().positive().optional(),
});

export function auditRoutes() {
  return [
    route({
      method: 'GET',
      url: '/api/audit',
      summary: '审计日志（审计管理员）',
      tags: ['audit'],
      query: ZAuditQuery,
      access: { kind: 'reach', permission: 'audit.read' },
      handler: async ({ deps, actor, input }) => {
        const [own] = await deps.db
          .select({ parentId: organisations.parentId })
          .from(organisations)
          .where(eq(organisations.id, actor.orgId));
        // An auditor at the top sees everything, including entries not tied to an organisation
        // (failed logins for unknown names); others see their reach only.
        const atTop = own?.parentId === null;
        const scope = atTop ? undefined : inArray(auditLog.orgId, [...actor.reach]);
        const page = input.query.before ? lt(auditLog.seq, input.query.before) : undefined;
        const rows = await deps.db
          .select()
          .from(auditLog)
          .where(
            and(
              scope,
              page,
              atTop ? or(isNull(auditLog.orgId), inArray(auditLog.orgId, [...actor.reach])) : undefined,
            ),
          )
          .orderBy(desc(auditLog.seq))
          .limit(input.query.limit);
        return {
          items: rows.map((r) => ({
            seq: r.seq,
            at: r.at.toISOString(),
            actorUsername: r.actorUsername,
            ip: r.ip,
            action: r.action,
            entity: r.entity,
            entityId: r.entityId,
            orgId: r.orgId,
            outcome: r.outcome,
            before: r.before,
            after: r.after,
          })),
        };
      },
    }),
  ];
}
