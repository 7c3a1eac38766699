/** /api/monitoring: monitoring rounds (绩效运行监控) and each organisation's report. */
import { route } from '../../app/route.ts';
import { AppError } from '../../platform/errors.ts';
import { listRounds } from './list-rounds.ts';
import { monitoringTexts as T } from './monitoring-texts.ts';
import {
  ZDocumentQuery,
  ZFormatQuery,
  ZIdParam,
  ZOpenRound,
  ZOrgQuery,
  ZReturnReport,
  ZSaveReport,
  ZVersion,
} from './monitoring.schema.ts';
import { openRound } from './open-round.ts';
import { approveReport, returnReport, submitReport } from './report-commands.ts';
import { loadReport, loadRound, reportOwner, reportsOfRound, roundOwner, toRoundDto } from './report-dto.ts';
import { renderReportDocument, renderRoundDocument } from './render-report-document.ts';
import { saveReport } from './save-report.ts';

const reportOrg = (
  { params }: { params: { id: string } },
  _a: unknown,
  deps: { db: Parameters<typeof reportOwner>[0] },
) => reportOwner(deps.db, params.id);

export function monitoringRoutes() {
  return [
    route({
      method: 'GET',
      url: '/api/monitoring/rounds',
      summary: '绩效运行监控轮次（所选组织发起或参与的）',
      tags: ['monitoring'],
      query: ZOrgQuery,
      access: { kind: 'scoped', permission: 'work.read', org: ({ query }) => query.orgId },
      handler: async ({ deps, actor, input }) => ({ items: await listRounds(deps, actor, input.query) }),
    }),
    route({
      method: 'POST',
      url: '/api/monitoring/rounds',
      summary: '发起绩效运行监控（主管部门或财政部门）',
      tags: ['monitoring'],
      body: ZOpenRound,
      idempotent: true,
      access: { kind: 'scoped', permission: 'work.edit', org: ({ body }) => body.orgId },
      handler: async ({ deps, actor, input }) => ({
        status: 201,
        body: await openRound(deps, actor, input.body),
      }),
    }),
    route({
      method: 'GET',
      url: '/api/monitoring/rounds/:id',
      summary: '监控轮次：各单位填报状态和预警灯',
      tags: ['monitoring'],
      params: ZIdParam,
      access: {
        kind: 'scoped',
        permission: 'work.read',
        org: ({ params }, _a, deps) => roundOwner(deps.db, params.id),
      },
      handler: async ({ deps, input }) => {
        const r = await loadRound(deps.db, input.params.id);
        if (!r) throw new AppError('NOT_FOUND', T.roundNotFound);
        return {
          round: toRoundDto(r.round, r.orgName),
          reports: await reportsOfRound(deps.db, r.round, r.orgName),
        };
      },
    }),
    route({
      method: 'GET',
      url: '/api/monitoring/reports/:id',
      summary: '单位监控填报（含计算的执行进度和预警灯）',
      tags: ['monitoring'],
      params: ZIdParam,
      access: { kind: 'scoped', permission: 'work.read', org: reportOrg },
      handler: async ({ deps, input }) => {
        const r = await loadReport(deps.db, input.params.id);
        if (!r) throw new AppError('NOT_FOUND', T.reportNotFound);
        return r;
      },
    }),
    route({
      method: 'PUT',
      url: '/api/monitoring/reports/:id',
      summary: '保存监控填报',
      tags: ['monitoring'],
      params: ZIdParam,
      body: ZSaveReport,
      access: { kind: 'scoped', permission: 'work.edit', org: reportOrg },
      handler: async ({ deps, actor, input }) => saveReport(deps, actor, input.params.id, input.body),
    }),
    route({
      method: 'POST',
      url: '/api/monitoring/reports/:id/submit',
      summary: '提交监控填报（红灯须先填写处理意见）',
      tags: ['monitoring'],
      params: ZIdParam,
      body: ZVersion,
      access: { kind: 'scoped', permission: 'work.edit', org: reportOrg },
      handler: async ({ deps, actor, input }) =>
        submitReport(deps, actor, input.params.id, input.body.version),
    }),
    route({
      method: 'POST',
      url: '/api/monitoring/reports/:id/approve',
      summary: '审核通过监控填报（报送主管部门）',
      tags: ['monitoring'],
      params: ZIdParam,
      body: ZVersion,
      access: { kind: 'scoped', permission: 'work.review', org: reportOrg },
      handler: async ({ deps, actor, input }) =>
        approveReport(deps, actor, input.params.id, input.body.version),
    }),
    route({
      method: 'POST',
      url: '/api/monitoring/reports/:id/return',
      summary: '退回监控填报（须说明原因）',
      tags: ['monitoring'],
      params: ZIdParam,
      body: ZReturnReport,
      access: { kind: 'scoped', permission: 'work.read', org: reportOrg },
      handler: async ({ deps, actor, input }) => returnReport(deps, actor, input.params.id, input.body),
    }),
    route({
      method: 'GET',
      url: '/api/monitoring/reports/:id/document',
      summary: '下载项目支出绩效运行监控表或绩效监控情况报告（DOCX / PDF）',
      tags: ['monitoring'],
      params: ZIdParam,
      query: ZDocumentQuery,
      access: { kind: 'scoped', permission: 'work.read', org: reportOrg },
      handler: async ({ deps, input, reply }) => {
        const doc = await renderReportDocument(deps.db, input.params.id, input.query);
        reply.header('Content-Type', doc.contentType);
        reply.header(
          'Content-Disposition',
          `attachment; filename="monitoring.${input.query.format}"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
        );
        reply.header('X-Document-Findings', String(doc.findings.length));
        return reply.send(doc.bytes);
      },
    }),
    route({
      method: 'GET',
      url: '/api/monitoring/rounds/:id/document',
      summary: '下载整轮监控的绩效监控情况报告（主管部门或财政部门，DOCX / PDF）',
      tags: ['monitoring'],
      params: ZIdParam,
      query: ZFormatQuery,
      access: {
        kind: 'scoped',
        permission: 'work.read',
        org: ({ params }, _a, deps) => roundOwner(deps.db, params.id),
      },
      handler: async ({ deps, input, reply }) => {
        const doc = await renderRoundDocument(deps.db, input.params.id, input.query.format);
        reply.header('Content-Type', doc.contentType);
        reply.header(
          'Content-Disposition',
          `attachment; filename="monitoring.${input.query.format}"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
        );
        reply.header('X-Document-Findings', String(doc.findings.length));
        return reply.send(doc.bytes);
      },
    }),
  ];
}
