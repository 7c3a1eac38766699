/** /api/jobs: background jobs — status and progress, and the result file when finished. */
import { z } from 'zod';
import { route } from '../../app/route.ts';
import { getJob, jobOwner, jobResult, listJobs } from './jobs.ts';

const ZIdParam = z.object({ id: z.uuid('任务编号无效') });
const byJob = {
  org: ({ params }: { params: { id: string } }, _a: unknown, deps: Parameters<typeof jobOwner>[0]) =>
    jobOwner(deps, params.id),
};

export function jobRoutes() {
  return [
    route({
      method: 'GET',
      url: '/api/jobs',
      summary: '我发起的后台任务（最近 50 个）',
      tags: ['jobs'],
      access: { kind: 'reach', permission: 'work.read' },
      handler: async ({ deps, actor }) => ({ items: await listJobs(deps, actor) }),
    }),
    route({
      method: 'GET',
      url: '/api/jobs/:id',
      summary: '后台任务的状态与进度',
      tags: ['jobs'],
      params: ZIdParam,
      access: { kind: 'scoped', permission: 'work.read', ...byJob },
      handler: async ({ deps, input }) => getJob(deps, input.params.id),
    }),
    route({
      method: 'GET',
      url: '/api/jobs/:id/result',
      summary: '下载后台任务的结果文件（分段读取、流式发送）',
      tags: ['jobs'],
      params: ZIdParam,
      access: { kind: 'scoped', permission: 'work.read', ...byJob },
      handler: async ({ deps, input, reply }) => {
        const file = await jobResult(deps, input.params.id);
        reply
          .header('Content-Type', file.contentType)
          .header('Content-Length', String(file.size))
          .header(
            'Content-Disposition',
            `attachment; filename="result"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
          );
        // Streamed slice by slice from the database (the kernel sends the stream it is given): nothing
        // large is decoded at once on the main thread.
        return file.stream();
      },
    }),
  ];
}
