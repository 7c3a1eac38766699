/** /api/evaluations and /api/score-sheets: 绩效自评 — inputs by clerks, one score sheet per evaluator, computed results. */
import { route } from '../../app/route.ts';
import { AppError } from '../../platform/errors.ts';
import { createEvaluation } from './create-evaluation.ts';
import { evaluationOwner, loadEvaluation, sheetOwner } from './evaluation-model.ts';
import {
  ZCreateEvaluation,
  ZDocumentQuery,
  ZEvaluationListQuery,
  ZIdParam,
  ZSaveInputs,
  ZSaveReport,
  ZSaveSheet,
  ZStartSheet,
  ZVersionOnly,
} from './evaluations.schema.ts';
import { listEvaluations } from './list-evaluations.ts';
import { renderDocument } from './render-document.ts';
import { loadReport } from './report-narrative.ts';
import { saveReport } from './save-report-narrative.ts';
import { saveInputs } from './save-inputs.ts';
import { saveSheet } from './save-sheet.ts';
import { startSheet } from './start-sheet.ts';
import { submitSheet, withdrawSheet } from './submit-sheet.ts';

export function evaluationRoutes() {
  return [
    route({
      method: 'GET',
      url: '/api/evaluations',
      summary: '自评列表（所选组织及下级），含评价人员平均分与等次',
      tags: ['evaluations'],
      query: ZEvaluationListQuery,
      access: { kind: 'scoped', permission: 'work.read', org: ({ query }) => query.orgId },
      handler: async ({ deps, actor, input }) => ({
        items: await listEvaluations(deps, actor, input.query),
      }),
    }),
    route({
      method: 'POST',
      url: '/api/evaluations',
      summary: '新建自评（项目或部门整体），复制所选指标体系',
      tags: ['evaluations'],
      body: ZCreateEvaluation,
      idempotent: true,
      access: { kind: 'scoped', permission: 'work.edit', org: ({ body }) => body.orgId },
      handler: async ({ deps, actor, input }) => ({
        status: 201,
        body: await createEvaluation(deps, actor, input.body),
      }),
    }),
    route({
      method: 'GET',
      url: '/api/evaluations/:id',
      summary: '自评详情：指标、评分表、逐项计算得分与说明、合计、基础得分、平均分、等次',
      tags: ['evaluations'],
      params: ZIdParam,
      access: {
        kind: 'scoped',
        permission: 'work.read',
        org: ({ params }, _a, deps) => evaluationOwner(deps.db, params.id),
      },
      handler: async ({ deps, actor, input }) => {
        const ev = await loadEvaluation(deps.db, actor, input.params.id);
        if (!ev) throw new AppError('NOT_FOUND', '找不到该自评。');
        return ev;
      },
    }),
    route({
      method: 'GET',
      url: '/api/evaluations/:id/document',
      summary: '下载自评文档（自评表、评分表、评价人员评分表、自评报告；DOCX 或 PDF）',
      tags: ['evaluations'],
      params: ZIdParam,
      query: ZDocumentQuery,
      access: {
        kind: 'scoped',
        permission: 'work.read',
        org: ({ params }, _a, deps) => evaluationOwner(deps.db, params.id),
      },
      handler: async ({ deps, actor, input, reply }) => {
        const doc = await renderDocument(deps, actor, input.params.id, input.query);
        reply.header('Content-Type', doc.contentType);
        reply.header(
          'Content-Disposition',
          `attachment; filename="${input.query.kind}.${input.query.format}"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
        );
        reply.header('X-Document-Findings', String(doc.findings.length));
        return { status: 200, body: doc.bytes };
      },
    }),
    route({
      method: 'PUT',
      url: '/api/evaluations/:id/inputs',
      summary: '填报评价数据（各指标的完成率、目标值与实际值、未设定等）',
      tags: ['evaluations'],
      params: ZIdParam,
      body: ZSaveInputs,
      access: {
        kind: 'scoped',
        permission: 'work.edit',
        org: ({ params }, _a, deps) => evaluationOwner(deps.db, params.id),
      },
      handler: async ({ deps, actor, input }) => saveInputs(deps, actor, input.params.id, input.body),
    }),
    route({
      method: 'GET',
      url: '/api/evaluations/:id/report',
      summary: '自评报告的文字部分（用户填写的各节内容、版本号，以及未填写时文档采用的数据来源文字）',
      tags: ['evaluations'],
      params: ZIdParam,
      access: {
        kind: 'scoped',
        permission: 'work.read',
        org: ({ params }, _a, deps) => evaluationOwner(deps.db, params.id),
      },
      handler: async ({ deps, input }) => loadReport(deps, input.params.id),
    }),
    route({
      method: 'PUT',
      url: '/api/evaluations/:id/report',
      summary: '保存自评报告的文字部分（一至六各节；数字由系统计算，不在此填写）',
      tags: ['evaluations'],
      params: ZIdParam,
      body: ZSaveReport,
      access: {
        kind: 'scoped',
        permission: 'work.edit',
        org: ({ params }, _a, deps) => evaluationOwner(deps.db, params.id),
      },
      handler: async ({ deps, actor, input }) => saveReport(deps, actor, input.params.id, input.body),
    }),
    route({
      method: 'POST',
      url: '/api/evaluations/:id/sheets',
      summary: '评价人员开始评分（创建本人的评分表）',
      tags: ['evaluations'],
      params: ZIdParam,
      body: ZStartSheet,
      idempotent: true,
      access: {
        kind: 'scoped',
        permission: 'work.score',
        org: ({ params }, _a, deps) => evaluationOwner(deps.db, params.id),
      },
      handler: async ({ deps, actor, input }) => {
        const started = await startSheet(deps, actor, input.params.id, input.body);
        return {
          status: started.created ? 201 : 200,
          body: await loadEvaluation(deps.db, actor, input.params.id),
        };
      },
    }),
    route({
      method: 'PUT',
      url: '/api/score-sheets/:id',
      summary: '保存本人的评分（得分、评分说明、存在问题、有关建议）',
      tags: ['evaluations'],
      params: ZIdParam,
      body: ZSaveSheet,
      access: {
        kind: 'scoped',
        permission: 'work.score',
        org: ({ params }, _a, deps) => sheetOwner(deps.db, params.id),
      },
      handler: async ({ deps, actor, input }) => saveSheet(deps, actor, input.params.id, input.body),
    }),
    route({
      method: 'POST',
      url: '/api/score-sheets/:id/submit',
      summary: '提交本人的评分表（须完整；扣分须写明存在问题和有关建议）',
      tags: ['evaluations'],
      params: ZIdParam,
      body: ZVersionOnly,
      access: {
        kind: 'scoped',
        permission: 'work.score',
        org: ({ params }, _a, deps) => sheetOwner(deps.db, params.id),
      },
      handler: async ({ deps, actor, input }) => submitSheet(deps, actor, input.params.id, input.body),
    }),
    route({
      method: 'POST',
      url: '/api/score-sheets/:id/withdraw',
      summary: '撤回本人已提交的评分表',
      tags: ['evaluations'],
      params: ZIdParam,
      body: ZVersionOnly,
      access: {
        kind: 'scoped',
        permission: 'work.score',
        org: ({ params }, _a, deps) => sheetOwner(deps.db, params.id),
      },
      handler: async ({ deps, actor, input }) => withdrawSheet(deps, actor, input.params.id, input.body),
    }),
  ];
}
