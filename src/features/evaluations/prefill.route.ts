/** /api/evaluations/:id/prefill: where each prefilled figure of a self-evaluation came from, and its overrides. */
import { eq } from 'drizzle-orm';
import { route } from '../../app/route.ts';
import { evaluations } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import { evaluationOwner } from './evaluation-model.ts';
import { ZIdParam } from './evaluations.schema.ts';
import { loadPrefill } from './input-prefill.ts';

export function evaluationPrefillRoutes() {
  return [
    route({
      method: 'GET',
      url: '/api/evaluations/:id/prefill',
      summary: '自评评价数据的带入来源（绩效目标的预期值、实际完成值，项目的执行数、预算数）及修改原因',
      tags: ['evaluations'],
      params: ZIdParam,
      access: {
        kind: 'scoped',
        permission: 'work.read',
        org: ({ params }, _a, deps) => evaluationOwner(deps.db, params.id),
      },
      handler: async ({ deps, input }) => {
        const [ev] = await deps.db.select().from(evaluations).where(eq(evaluations.id, input.params.id));
        if (!ev) throw new AppError('NOT_FOUND', '找不到该自评。');
        return loadPrefill(deps.db, ev);
      },
    }),
  ];
}
