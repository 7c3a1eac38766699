/**
 * POST /api/checks: the document checker as a stateless tool. Any signed-in business user ('work.read':
 * 经办人, 审核人, 评价人员) may check a file they hold; nothing of any organisation is read or written,
 * so the access is 'reach' with nothing to filter. The three administrators (三员) do not handle
 * business documents and are refused.
 */
import { route } from '../../app/route.ts';
import { checkDocument } from './check-document.ts';
import { ZCheckRequest } from './checker.schema.ts';

export function checkerRoutes() {
  return [
    route({
      method: 'POST',
      url: '/api/checks',
      summary: '校验文件中的数字与表述（.txt、.docx、.xlsx、.pdf，Base64 上传）',
      tags: ['checker'],
      body: ZCheckRequest,
      access: { kind: 'reach', permission: 'work.read' },
      handler: async ({ actor, input }) => checkDocument(actor, input.body),
    }),
  ];
}
