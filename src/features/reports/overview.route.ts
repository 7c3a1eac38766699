/**
 * /api/reports/overview: the supervisor's overview of the organisations in its reach for a year
 * (overview.ts), and each of its tables as XLSX (overview-export.ts). Scoped to `orgId`: a user whose
 * reach does not include it is answered "not found"; below it only what the user reaches is counted.
 */
import { z } from 'zod';
import { route } from '../../app/route.ts';
import { GRADES, STAGES, UNGRADED, loadOverview } from './overview.ts';
import { OVERVIEW_TABLES, writeOverviewWorkbook } from './overview-export.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const ZOverviewQuery = z.object({
  orgId: z.uuid('组织编号无效'),
  year: z.coerce.number().int().min(2000, '年度应为四位年份').max(2100, '年度应为四位年份').optional(),
  departmentId: z.uuid('主管部门编号无效').optional(),
  kind: z.enum(['department', 'unit'], '类型应为主管部门本级或单位').optional(),
  grade: z.enum([...GRADES, UNGRADED], '等级应为优、良、中、差或未评分').optional(),
  stage: z.enum(STAGES, '阶段应为绩效目标、运行监控、绩效自评或决算').optional(),
});
const ZExportQuery = ZOverviewQuery.extend({
  table: z.enum(OVERVIEW_TABLES, '表格应为主管部门汇总、单位概览、项目明细或等级分布'),
  unitId: z.uuid('单位编号无效').optional(),
  scopeDepartmentId: z.uuid('主管部门编号无效').optional(),
});

type OverviewQuery = z.infer<typeof ZOverviewQuery>;
const filtersOf = (q: OverviewQuery) => ({
  ...(q.departmentId ? { departmentId: q.departmentId } : {}),
  ...(q.kind ? { kind: q.kind } : {}),
  ...(q.grade ? { grade: q.grade } : {}),
  ...(q.stage ? { stage: q.stage } : {}),
});

export function overviewRoutes() {
  return [
    route({
      method: 'GET',
      url: '/api/reports/overview',
      summary: '绩效管理总览：所辖单位各阶段进度、得分等级、预算执行、预警、整改与校验问题',
      tags: ['reports'],
      query: ZOverviewQuery,
      access: { kind: 'scoped', permission: 'work.read', org: ({ query }) => query.orgId },
      handler: async ({ deps, actor, input }) =>
        loadOverview(deps, actor, {
          orgId: input.query.orgId,
          ...(input.query.year ? { year: input.query.year } : {}),
          filters: filtersOf(input.query),
        }),
    }),
    route({
      method: 'GET',
      url: '/api/reports/overview/export',
      summary: '导出绩效管理总览中的一张表（XLSX）',
      tags: ['reports'],
      query: ZExportQuery,
      access: { kind: 'scoped', permission: 'work.read', org: ({ query }) => query.orgId },
      handler: async ({ deps, actor, input, reply }) => {
        const q = input.query;
        const overview = await loadOverview(deps, actor, {
          orgId: q.orgId,
          ...(q.year ? { year: q.year } : {}),
          filters: filtersOf(q),
        });
        const { bytes, fileName } = await writeOverviewWorkbook(overview, {
          table: q.table,
          ...(q.scopeDepartmentId ? { departmentId: q.scopeDepartmentId } : {}),
          ...(q.unitId ? { unitId: q.unitId } : {}),
        });
        reply
          .header('Content-Type', XLSX)
          .header(
            'Content-Disposition',
            `attachment; filename="overview-${q.table}.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
          );
        return reply.send(bytes);
      },
    }),
  ];
}
