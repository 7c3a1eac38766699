/** /api/results: 结果应用 — grades to budget recommendations, confirmed by the supervisor, and their XLSX list. */
import { eq } from 'drizzle-orm';
import { route } from '../../app/route.ts';
import { writeRecommendationsWorkbook } from '../../documents/results/recommendations-xlsx.ts';
import { organisations } from '../../platform/db/schema/index.ts';
import { confirmRecommendation } from './confirm-recommendation.ts';
import { evaluationOwner, listResults } from './list-results.ts';
import { ZConfirmRecommendation, ZIdParam, ZResultsQuery } from './results.schema.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function resultsRoutes() {
  return [
    route({
      method: 'GET',
      url: '/api/results',
      summary: '评价结果应用：等次对应的预算建议及确认情况',
      tags: ['results'],
      query: ZResultsQuery,
      access: { kind: 'scoped', permission: 'work.read', org: ({ query }) => query.orgId },
      handler: async ({ deps, actor, input }) => ({ items: await listResults(deps, actor, input.query) }),
    }),
    route({
      method: 'PUT',
      url: '/api/results/:id',
      summary: '确认或调整评价结果应用建议（上级主管部门或财政部门；调整须说明理由）',
      tags: ['results'],
      params: ZIdParam,
      body: ZConfirmRecommendation,
      access: {
        kind: 'scoped',
        permission: 'work.read',
        org: ({ params }, _a, deps) => evaluationOwner(deps.db, params.id),
      },
      handler: async ({ deps, actor, input }) =>
        confirmRecommendation(deps, actor, input.params.id, input.body),
    }),
    route({
      method: 'GET',
      url: '/api/results/export',
      summary: '导出结果应用清单（XLSX，供下年预算编制）',
      tags: ['results'],
      query: ZResultsQuery,
      access: { kind: 'scoped', permission: 'work.read', org: ({ query }) => query.orgId },
      handler: async ({ deps, actor, input, reply }) => {
        const items = await listResults(deps, actor, input.query);
        const [org] = await deps.db
          .select()
          .from(organisations)
          .where(eq(organisations.id, input.query.orgId));
        const title = `${org?.name ?? ''}${input.query.year}年度绩效评价结果应用清单`;
        const buf = await writeRecommendationsWorkbook(
          title,
          items.map((i) => ({
            project: i.project,
            unit: i.orgName,
            score: i.score,
            grade: i.grade,
            recommendation: i.confirmed?.recommendation ?? i.suggested?.recommendation ?? '',
            budget: i.budget,
            proposedBudget: i.confirmed ? i.confirmed.proposedBudget : (i.suggested?.proposedBudget ?? null),
            state: i.confirmed ? (i.confirmed.overridden ? '已调整' : '已确认') : '待确认',
            reason: i.confirmed?.reason ?? '',
          })),
        );
        reply
          .header('Content-Type', XLSX)
          .header(
            'Content-Disposition',
            `attachment; filename="results.xlsx"; filename*=UTF-8''${encodeURIComponent(`${title}.xlsx`)}`,
          );
        return reply.send(buf);
      },
    }),
  ];
}
