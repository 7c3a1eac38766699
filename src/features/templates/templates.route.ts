/** /api/templates: indicator systems (评价指标体系) — list, view, import, edit, export as JSON. */
import { route } from '../../app/route.ts';
import { AppError } from '../../platform/errors.ts';
import { requestSignal } from '../uploads/isolated.ts';
import { importTemplate } from './import-template.ts';
import { allTemplates, findTemplate, summary, templateOwner } from './template-store.ts';
import { ZImportTemplate, ZTemplateIdParam, ZUpdateTemplate } from './templates.schema.ts';
import { updateTemplate } from './update-template.ts';

export function templateRoutes() {
  return [
    route({
      method: 'GET',
      url: '/api/templates',
      summary: '指标体系列表（内置及各单位导入的）',
      tags: ['templates'],
      // Indicator systems are published configuration, readable by every business user and administrator.
      access: { kind: 'reach', permission: 'templates.read' },
      handler: async ({ deps }) => ({ items: (await allTemplates(deps.db)).map(summary) }),
    }),
    route({
      method: 'GET',
      url: '/api/templates/:id',
      summary: '指标体系（含指标树）',
      tags: ['templates'],
      params: ZTemplateIdParam,
      access: { kind: 'reach', permission: 'templates.read' },
      handler: async ({ deps, input }) => {
        const t = await findTemplate(deps.db, input.params.id);
        if (!t) throw new AppError('NOT_FOUND', '找不到该指标体系。');
        return t;
      },
    }),
    route({
      method: 'GET',
      url: '/api/templates/:id/export',
      summary: '导出指标体系 JSON',
      tags: ['templates'],
      params: ZTemplateIdParam,
      access: { kind: 'reach', permission: 'templates.read' },
      handler: async ({ deps, input, reply }) => {
        const t = await findTemplate(deps.db, input.params.id);
        if (!t) throw new AppError('NOT_FOUND', '找不到该指标体系。');
        reply.header('Content-Disposition', `attachment; filename="${t.code}.json"`);
        return t.body;
      },
    }),
    route({
      method: 'POST',
      url: '/api/templates',
      summary: '导入指标体系（或复制内置指标体系）',
      tags: ['templates'],
      body: ZImportTemplate,
      idempotent: true,
      access: { kind: 'scoped', permission: 'templates.manage', org: ({ body }) => body.orgId },
      handler: async ({ deps, actor, input, reply }) => ({
        status: 201,
        body: await importTemplate(deps, actor, input.body, { signal: requestSignal(reply) }),
      }),
    }),
    route({
      method: 'PUT',
      url: '/api/templates/:id',
      summary: '修改指标体系（分值、计分规则、等次）',
      tags: ['templates'],
      params: ZTemplateIdParam,
      body: ZUpdateTemplate,
      access: {
        kind: 'scoped',
        permission: 'templates.manage',
        // A built-in template belongs to no organisation: let the use case explain that it must be copied.
        org: async ({ params }, actor, deps) =>
          (await templateOwner(deps.db, params.id)) ??
          ((await findTemplate(deps.db, params.id))?.builtIn ? actor.orgId : null),
      },
      handler: async ({ deps, actor, input, reply }) =>
        updateTemplate(deps, actor, input.params.id, input.body, { signal: requestSignal(reply) }),
    }),
  ];
}
