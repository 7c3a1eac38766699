/**
 * /api/audit: the audit log, for 审计管理员 only, within their reach — readable (actions, entities and
 * outcomes by their Chinese names, who acted by name, which organisation), filtered (who, what, when,
 * organisation) and exported to Excel with the same filters.
 */
import ExcelJS from 'exceljs';
import { and, desc, eq, gte, ilike, inArray, isNull, like, lt, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { route } from '../../app/route.ts';
import { auditLog, organisations, users } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import { actionLabel, ACTION_LABELS, entityLabel, outcomeLabel } from './audit-labels.ts';

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期应写作 YYYY-MM-DD，例如 2026-03-01')
  .optional();

const ZAuditQuery = z.object({
  limit: z.coerce.number().int().min(1, '每页至少 1 条').max(500, '每页最多 500 条').default(50),
  before: z.coerce.number().int().positive().optional(),
  /** 操作人: part of the user name or account. */
  who: z.string().trim().max(50, '操作人最多 50 个字符').optional(),
  /** 操作: an action code, or an area prefix such as `workflow.` (the UI offers the Chinese names). */
  action: z.string().trim().max(80).optional(),
  orgId: z.uuid('组织编号无效').optional(),
  from: day,
  to: day,
});
type AuditQuery = z.infer<typeof ZAuditQuery>;

/** Calendar days are China's (UTC+8): 「3月1日」 means that day in Beijing time. */
const chinaDayStart = (d: string) => new Date(`${d}T00:00:00+08:00`);

async function queryAudit(deps: TxDeps, actor: Actor, q: AuditQuery, limit: number) {
  const [own] = await deps.db
    .select({ parentId: organisations.parentId })
    .from(organisations)
    .where(eq(organisations.id, actor.orgId));
  // An auditor at the top sees everything, including entries not tied to an organisation (failed
  // logins for unknown names); others see their reach only.
  const atTop = own?.parentId === null;
  if (q.orgId && !actor.reach.has(q.orgId)) throw new AppError('NOT_FOUND');
  if (q.from && q.to && q.from > q.to) throw new AppError('VALIDATION', '开始日期不能晚于结束日期。');
  const reach = [...actor.reach];
  const conditions: Array<SQL | undefined> = [
    atTop ? or(isNull(auditLog.orgId), inArray(auditLog.orgId, reach)) : inArray(auditLog.orgId, reach),
    q.before ? lt(auditLog.seq, q.before) : undefined,
    q.orgId ? eq(auditLog.orgId, q.orgId) : undefined,
    q.action
      ? q.action.endsWith('.')
        ? like(auditLog.action, `${q.action}%`)
        : eq(auditLog.action, q.action)
      : undefined,
    q.from ? gte(auditLog.at, chinaDayStart(q.from)) : undefined,
    q.to ? lt(auditLog.at, new Date(chinaDayStart(q.to).getTime() + 86_400_000)) : undefined,
    q.who
      ? or(ilike(auditLog.actorUsername, `%${q.who}%`), ilike(users.displayName, `%${q.who}%`))
      : undefined,
  ];
  const rows = await deps.db
    .select({
      seq: auditLog.seq,
      at: auditLog.at,
      actorUsername: auditLog.actorUsername,
      actorName: users.displayName,
      ip: auditLog.ip,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      orgId: auditLog.orgId,
      orgName: organisations.name,
      outcome: auditLog.outcome,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(organisations, eq(organisations.id, auditLog.orgId))
    .where(and(...conditions))
    .orderBy(desc(auditLog.seq))
    .limit(limit);
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at.toISOString(),
    actorUsername: r.actorUsername,
    /** The user's name as shown elsewhere; 系统 for start-up work; the account when unknown (a failed login). */
    actorName: r.actorName ?? (r.actorUsername === 'system' ? '系统' : (r.actorUsername ?? '（未登录）')),
    ip: r.ip,
    action: r.action,
    actionLabel: actionLabel(r.action),
    entity: r.entity,
    entityLabel: entityLabel(r.entity),
    entityId: r.entityId,
    orgId: r.orgId,
    orgName: r.orgName,
    outcome: r.outcome,
    outcomeLabel: outcomeLabel(r.outcome),
    before: r.before,
    after: r.after,
  }));
}

const chinaTime = (iso: string) =>
  new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const EXPORT_LIMIT = 50_000;

export function auditRoutes() {
  return [
    route({
      method: 'GET',
      url: '/api/audit',
      summary: '审计日志（审计管理员）：按操作人、操作、日期、组织筛选',
      tags: ['audit'],
      query: ZAuditQuery,
      access: { kind: 'reach', permission: 'audit.read' },
      handler: async ({ deps, actor, input }) => ({
        items: await queryAudit(deps, actor, input.query, input.query.limit),
      }),
    }),
    route({
      method: 'GET',
      url: '/api/audit/actions',
      summary: '审计日志中的操作类型及其中文名称（筛选用）',
      tags: ['audit'],
      access: { kind: 'reach', permission: 'audit.read' },
      handler: async () => ({
        items: Object.entries(ACTION_LABELS).map(([code, label]) => ({ code, label })),
      }),
    }),
    route({
      method: 'GET',
      url: '/api/audit/export',
      summary: '导出审计日志（Excel，按当前筛选条件）',
      tags: ['audit'],
      query: ZAuditQuery,
      access: { kind: 'reach', permission: 'audit.read' },
      handler: async ({ deps, actor, input, reply }) => {
        const rows = await queryAudit(deps, actor, input.query, EXPORT_LIMIT);
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('审计日志');
        ws.columns = [
          { header: '序号', key: 'seq', width: 8 },
          { header: '时间（北京时间）', key: 'at', width: 20 },
          { header: '操作人', key: 'actor', width: 18 },
          { header: '账号', key: 'account', width: 14 },
          { header: 'IP 地址', key: 'ip', width: 16 },
          { header: '操作', key: 'action', width: 22 },
          { header: '对象', key: 'entity', width: 14 },
          { header: '组织', key: 'org', width: 24 },
          { header: '结果', key: 'outcome', width: 8 },
        ];
        for (const r of rows)
          ws.addRow({
            seq: r.seq,
            at: chinaTime(r.at),
            actor: r.actorName,
            account: r.actorUsername ?? '',
            ip: r.ip ?? '',
            action: r.actionLabel,
            entity: r.entityLabel,
            org: r.orgName ?? '',
            outcome: r.outcomeLabel,
          });
        ws.getRow(1).font = { bold: true };
        ws.views = [{ state: 'frozen', ySplit: 1 }];
        const buf = Buffer.from(await wb.xlsx.writeBuffer());
        reply
          .header('Content-Type', XLSX)
          .header(
            'Content-Disposition',
            `attachment; filename="audit.xlsx"; filename*=UTF-8''${encodeURIComponent('审计日志.xlsx')}`,
          );
        return reply.send(buf);
      },
    }),
  ];
}
