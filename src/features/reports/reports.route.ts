/** /api/reports: work across the units in one's reach (batch documents as a background job). */
import { z } from 'zod';
import { route } from '../../app/route.ts';
import { ALL_BATCH_KINDS, startBatchDocuments } from './batch-documents.ts';

const ZBatchDocuments = z.object({
  year: z.number().int().min(2000, '年度应为四位年份').max(2100, '年度应为四位年份'),
  orgIds: z.array(z.uuid('单位编号无效')).min(1, '请至少选择一个单位').max(500, '一次最多 500 个单位'),
  format: z.enum(['docx', 'pdf'], '格式应为 docx 或 pdf').default('docx'),
  /** explanation 决算情况说明, self-evaluation-report 自评报告, score-table 评分表; all three when absent. */
  kinds: z
    .array(z.enum(ALL_BATCH_KINDS, '文档类型应为 explanation、self-evaluation-report 或 score-table'))
    .min(1, '请至少选择一种文档')
    .optional(),
});

export function reportRoutes() {
  return [
    route({
      method: 'POST',
      url: '/api/reports/batch-documents',
      summary: '批量生成所选单位的决算情况说明、自评报告、评分表（后台任务，完成后下载 ZIP）',
      tags: ['reports'],
      body: ZBatchDocuments,
      access: { kind: 'reach', permission: 'work.read' },
      handler: async ({ deps, actor, input }) => ({
        status: 202,
        body: await startBatchDocuments(deps, actor, input.body),
      }),
    }),
  ];
}
