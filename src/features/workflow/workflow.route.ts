/**
 * /api/workflow: the review workflow of any document (submit, approve, return, withdraw, delegate,
 * edit under review, reopen; its view and timeline; frozen versions' documents), the user's inbox and
 * notifications, and chain settings. The actor is always the session's user — no body field names one;
 * whether that user may act is the machine's decision (src/domain/workflow), so every command route
 * needs only `work.read` within the document's organisation.
 */
import type { z } from 'zod';
import { route, type Scoped } from '../../app/route.ts';
import { deleteChain, listChains, saveChain } from './chains.ts';
import { renderFrozenDocument } from './frozen-document.ts';
import { loadInbox, markNotificationsRead, unreadNotifications } from './inbox.ts';
import { documentOwner, documentView, runCommand, type CommandRequest } from './run-command.ts';
import {
  ZApprove,
  ZChainsQuery,
  ZDelegate,
  ZDeleteChainQuery,
  ZEdit,
  ZFrozenDocumentQuery,
  ZIdParam,
  ZNotificationsRead,
  ZReopen,
  ZReturn,
  ZSaveChain,
  ZSubmit,
  ZWithdraw,
} from './workflow.schema.ts';

const ownerOf = (
  { params }: { params: { id: string } },
  _a: unknown,
  deps: { db: Parameters<typeof documentOwner>[0] },
) => documentOwner(deps.db, params.id);

function commandRoute<B extends object>(type: CommandRequest['type'], summary: string, body: z.ZodType<B>) {
  return route<B, undefined, { id: string }, Scoped<B, undefined, { id: string }>>({
    method: 'POST',
    url: `/api/workflow/documents/:id/${type}`,
    summary,
    tags: ['workflow'],
    params: ZIdParam,
    body,
    idempotent: true,
    access: { kind: 'scoped', permission: 'work.read', org: ownerOf },
    handler: async ({ deps, actor, input, reply }) => {
      const out = await runCommand(deps, actor, input.params.id, {
        ...input.body,
        type,
      } as unknown as CommandRequest);
      if (out.replayed) reply.header('workflow-replayed', 'true');
      return { ...out.view, replayed: out.replayed };
    },
  });
}

export function workflowRoutes() {
  return [
    route({
      method: 'GET',
      url: '/api/workflow/inbox',
      summary: '我的待办、已办、我发起的（含数量与逾期数）',
      tags: ['workflow'],
      access: { kind: 'self' },
      handler: async ({ deps, actor }) => loadInbox(deps, actor),
    }),
    route({
      method: 'GET',
      url: '/api/workflow/notifications',
      summary: '未读的审核通知（送达、退回、定稿）',
      tags: ['workflow'],
      access: { kind: 'self' },
      handler: async ({ deps, actor }) => ({ items: await unreadNotifications(deps.db, actor) }),
    }),
    route({
      method: 'POST',
      url: '/api/workflow/notifications/read',
      summary: '将本人的通知标记为已读',
      tags: ['workflow'],
      body: ZNotificationsRead,
      access: { kind: 'self' },
      handler: async ({ deps, actor, input }) => markNotificationsRead(deps, actor, input.body.ids),
    }),
    route({
      method: 'GET',
      url: '/api/workflow/documents/:id',
      summary: '文档的审核状态：当前步骤、办理人、期限、可执行的操作、时间线、定稿版本',
      tags: ['workflow'],
      params: ZIdParam,
      access: { kind: 'scoped', permission: 'work.read', org: ownerOf },
      handler: async ({ deps, actor, input }) => documentView(deps, actor, input.params.id),
    }),
    route({
      method: 'GET',
      url: '/api/workflow/documents/:id/timeline',
      summary: '文档的审核时间线：谁、职务、时间、意见、修改的数据',
      tags: ['workflow'],
      params: ZIdParam,
      access: { kind: 'scoped', permission: 'work.read', org: ownerOf },
      handler: async ({ deps, actor, input }) => ({
        items: (await documentView(deps, actor, input.params.id)).timeline,
      }),
    }),
    route({
      method: 'GET',
      url: '/api/workflow/documents/:id/frozen-document',
      summary:
        '下载定稿版本的文档（评分表 / 评价报告 / 项目绩效目标表 / 决算情况说明；来自定稿快照，附审核意见）',
      tags: ['workflow'],
      params: ZIdParam,
      query: ZFrozenDocumentQuery,
      access: { kind: 'scoped', permission: 'work.read', org: ownerOf },
      handler: async ({ deps, input, reply }) => {
        const doc = await renderFrozenDocument(deps, input.params.id, input.query);
        reply.header('Content-Type', doc.contentType);
        reply.header(
          'Content-Disposition',
          `attachment; filename="${input.query.kind}-v${doc.number}.${input.query.format}"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
        );
        return { status: 200, body: doc.bytes };
      },
    }),
    commandRoute('submit', '提交审核（或退回后重新提交）', ZSubmit),
    commandRoute('approve', '审核通过（可填写意见，可修改本步骤允许修改的数据）', ZApprove),
    commandRoute('return', '退回给提交人或之前的步骤（须填写理由）', ZReturn),
    commandRoute('withdraw', '提交人撤回（下一步骤尚未办理时）', ZWithdraw),
    commandRoute('delegate', '委托同岗位的同事办理本步骤', ZDelegate),
    commandRoute('edit', '审核中修改本步骤允许修改的数据（记录在本人名下）', ZEdit),
    commandRoute('reopen', '重新打开已定稿的文档（须填写理由，开始新版本）', ZReopen),
    route({
      method: 'GET',
      url: '/api/workflow/chains',
      summary: '单位的审核流程设置（本单位设置、继承的设置、生效的流程、预置流程）',
      tags: ['workflow'],
      query: ZChainsQuery,
      access: { kind: 'scoped', permission: 'orgs.read', org: ({ query }) => query.orgId },
      handler: async ({ deps, input }) => listChains(deps.db, input.query.orgId),
    }),
    route({
      method: 'PUT',
      url: '/api/workflow/chains/:id',
      summary: '设置单位某类文档的审核流程（此后提交的文档适用）',
      tags: ['workflow'],
      params: ZIdParam,
      body: ZSaveChain,
      access: { kind: 'scoped', permission: 'workflow.manage', org: ({ params }) => params.id },
      handler: async ({ deps, actor, input }) => saveChain(deps, actor, input.params.id, input.body),
    }),
    route({
      method: 'DELETE',
      url: '/api/workflow/chains/:id',
      summary: '取消单位的单独设置（改为继承上级单位的审核流程）',
      tags: ['workflow'],
      params: ZIdParam,
      query: ZDeleteChainQuery,
      access: { kind: 'scoped', permission: 'workflow.manage', org: ({ params }) => params.id },
      handler: async ({ deps, actor, input }) => deleteChain(deps, actor, input.params.id, input.query),
    }),
  ];
}
