/**
 * POST /api/checks: the document checker as a stateless tool. Any signed-in business user ('work.read':
 * 经办人, 审核人, 评价人员) may check a file they hold; nothing of any organisation is read or written,
 * so the access is 'reach' with nothing to filter. The three administrators (三员) do not handle
 * business documents and are refused. A file above JIXIAO_CHECK_JOB_THRESHOLD_MB is answered 202
 * { jobId } and checked as a background job (GET /api/jobs/:id, then /api/jobs/:id/result: the same JSON).
 * POST /api/checks/file takes the file as the raw body (`application/octet-stream`, up to the body limit)
 * with its name in the query: nothing is parsed or decoded on the main thread. POST /api/checks keeps the
 * older JSON shape ({ fileName, contentBase64 }; the Base64 is decoded in an upload worker).
 */
import { route } from '../../app/route.ts';
import { requestSignal } from '../uploads/isolated.ts';
import { rawUpload } from '../uploads/upload-bytes.ts';
import { checkDocument, type CheckAnswer } from './check-document.ts';
import { ZCheckFileQuery, ZCheckRequest, ZSampleParams } from './checker.schema.ts';
import { listSamples, sampleDocument } from './samples.ts';

function answered(answer: CheckAnswer, reply: { header: (k: string, v: string) => unknown }) {
  if (answer.kind === 'job') return { status: 202, body: { jobId: answer.jobId } };
  // The worker's JSON bytes as they are: no parse and serialise again on the main thread.
  reply.header('content-type', 'application/json; charset=utf-8');
  return { status: 200, body: answer.json };
}

export function checkerRoutes() {
  return [
    route({
      method: 'GET',
      url: '/api/checks/samples',
      summary: '校验的示例文件（埋有错误的示例文档，供试用）',
      tags: ['checker'],
      access: { kind: 'reach', permission: 'work.read' },
      handler: async () => ({ items: listSamples() }),
    }),
    route({
      method: 'GET',
      url: '/api/checks/samples/:id',
      summary: '一个示例文件的文字（页面随后像上传的文件一样校验它）',
      tags: ['checker'],
      params: ZSampleParams,
      access: { kind: 'reach', permission: 'work.read' },
      handler: async ({ input }) => sampleDocument(input.params.id),
    }),
    route({
      method: 'POST',
      url: '/api/checks',
      upload: true,
      summary: '校验文件中的数字与表述（.txt、.docx、.xlsx、.pdf，Base64 上传）',
      tags: ['checker'],
      body: ZCheckRequest,
      access: { kind: 'reach', permission: 'work.read' },
      handler: async ({ deps, actor, input, reply }) =>
        // A large file becomes a background job (202 + jobId); otherwise the result, stopped if the client leaves.
        answered(await checkDocument(deps, actor, input.body, { signal: requestSignal(reply) }), reply),
    }),
    route({
      method: 'POST',
      url: '/api/checks/file',
      upload: true,
      summary:
        '校验文件中的数字与表述（请求体即文件本身：application/octet-stream，文件名在查询参数 fileName 中）',
      tags: ['checker'],
      query: ZCheckFileQuery,
      access: { kind: 'reach', permission: 'work.read' },
      handler: async ({ deps, actor, input, request, reply }) => {
        const body = rawUpload(request, '文件名（fileName）');
        return answered(
          await checkDocument(
            deps,
            actor,
            { fileName: input.query.fileName, bytes: body },
            { signal: requestSignal(reply) },
          ),
          reply,
        );
      },
    }),
  ];
}
