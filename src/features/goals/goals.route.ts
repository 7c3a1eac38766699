/** /api/projects: projects and their goal tables (项目绩效目标表 / 项目绩效目标完成情况表). */
import { route } from '../../app/route.ts';
import { AppError } from '../../platform/errors.ts';
import { createProject } from './create-project.ts';
import {
  ZCreateProject,
  ZIdParam,
  ZProjectListQuery,
  ZSaveIndicators,
  ZUpdateProject,
} from './goals.schema.ts';
import { listProjects } from './list-projects.ts';
import { loadProject, projectOwner } from './project-dto.ts';
import { saveIndicators } from './save-indicators.ts';
import { updateProject } from './update-project.ts';

export function goalRoutes() {
  return [
    route({
      method: 'GET',
      url: '/api/projects',
      summary: '项目列表（所选组织及下级）',
      tags: ['goals'],
      query: ZProjectListQuery,
      access: { kind: 'scoped', permission: 'work.read', org: ({ query }) => query.orgId },
      handler: async ({ deps, actor, input }) => ({ items: await listProjects(deps, actor, input.query) }),
    }),
    route({
      method: 'POST',
      url: '/api/projects',
      summary: '新建项目（可同时提交绩效指标）',
      tags: ['goals'],
      body: ZCreateProject,
      idempotent: true,
      access: { kind: 'scoped', permission: 'work.edit', org: ({ body }) => body.orgId },
      handler: async ({ deps, actor, input }) => ({
        status: 201,
        body: await createProject(deps, actor, input.body),
      }),
    }),
    route({
      method: 'GET',
      url: '/api/projects/:id',
      summary: '项目及其绩效目标表（含自动判断的达成情况与完成率）',
      tags: ['goals'],
      params: ZIdParam,
      access: {
        kind: 'scoped',
        permission: 'work.read',
        org: ({ params }, _a, deps) => projectOwner(deps.db, params.id),
      },
      handler: async ({ deps, input }) => {
        const p = await loadProject(deps.db, input.params.id);
        if (!p) throw new AppError('NOT_FOUND', '找不到该项目。');
        return p;
      },
    }),
    route({
      method: 'PATCH',
      url: '/api/projects/:id',
      summary: '修改项目基本信息、预算数与执行数、年度总体目标',
      tags: ['goals'],
      params: ZIdParam,
      body: ZUpdateProject,
      access: {
        kind: 'scoped',
        permission: 'work.edit',
        org: ({ params }, _a, deps) => projectOwner(deps.db, params.id),
      },
      handler: async ({ deps, actor, input }) => updateProject(deps, actor, input.params.id, input.body),
    }),
    route({
      method: 'PUT',
      url: '/api/projects/:id/indicators',
      summary: '保存项目的绩效指标（预期指标值、标准、实际完成值、偏差原因、改进措施）',
      tags: ['goals'],
      params: ZIdParam,
      body: ZSaveIndicators,
      access: {
        kind: 'scoped',
        permission: 'work.edit',
        org: ({ params }, _a, deps) => projectOwner(deps.db, params.id),
      },
      handler: async ({ deps, actor, input }) => saveIndicators(deps, actor, input.params.id, input.body),
    }),
  ];
}
