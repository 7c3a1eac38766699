/**
 * /api/pre-assessments: 事前绩效评估 of new projects — list (an organisation and its descendants), create
 * for a project, read, save. Submitting and reviewing go through /api/workflow/documents/:id (kind
 * `project_pre_assessment`, registered in src/app/routes.ts).
 */
import { route } from '../../app/route.ts';
import { subtreeIds } from '../../app/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { createPreAssessment, savePreAssessment } from './pre-assessment.ts';
import {
  listPreAssessments,
  loadPreAssessment,
  preAssessmentOwner,
  projectOwner,
} from './pre-assessment-model.ts';
import {
  ZCreatePreAssessment,
  ZIdParam,
  ZPreAssessmentList,
  ZSavePreAssessment,
} from './pre-assessment.schema.ts';

export function preAssessmentRoutes() {
  return [
    route({
      method: 'GET',
      url: '/api/pre-assessments',
      summary: '事前绩效评估列表（所选组织及下级）',
      tags: ['pre-assessment'],
      query: ZPreAssessmentList,
      access: { kind: 'scoped', permission: 'work.read', org: ({ query }) => query.orgId },
      handler: async ({ deps, actor, input }) => ({
        items: await listPreAssessments(deps.db, actor, await subtreeIds(deps.db, input.query.orgId)),
      }),
    }),
    route({
      method: 'POST',
      url: '/api/pre-assessments',
      summary: '为新项目新建事前绩效评估',
      tags: ['pre-assessment'],
      body: ZCreatePreAssessment,
      idempotent: true,
      access: {
        kind: 'scoped',
        permission: 'work.edit',
        org: ({ body }, _a, deps) => projectOwner(deps.db, body.projectId),
      },
      handler: async ({ deps, actor, input }) => ({
        status: 201,
        body: await createPreAssessment(deps, actor, input.body),
      }),
    }),
    route({
      method: 'GET',
      url: '/api/pre-assessments/:id',
      summary: '事前绩效评估详情：必要性、可行性、绩效目标合理性、投入经济性、实施方案、评估结论及审核状态',
      tags: ['pre-assessment'],
      params: ZIdParam,
      access: {
        kind: 'scoped',
        permission: 'work.read',
        org: ({ params }, _a, deps) => preAssessmentOwner(deps.db, params.id),
      },
      handler: async ({ deps, input }) => {
        const dto = await loadPreAssessment(deps.db, input.params.id);
        if (!dto) throw new AppError('NOT_FOUND', '找不到该事前绩效评估。');
        return dto;
      },
    }),
    route({
      method: 'PUT',
      url: '/api/pre-assessments/:id',
      summary: '保存事前绩效评估（审核中仅当前步骤允许的内容可改，定稿后不可改）',
      tags: ['pre-assessment'],
      params: ZIdParam,
      body: ZSavePreAssessment,
      access: {
        kind: 'scoped',
        permission: 'work.edit',
        org: ({ params }, _a, deps) => preAssessmentOwner(deps.db, params.id),
      },
      handler: async ({ deps, actor, input }) => savePreAssessment(deps, actor, input.params.id, input.body),
    }),
  ];
}
