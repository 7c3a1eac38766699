/**
 * /api/indicator-library: the 指标库 — search (by text, level, direction) from an organisation's point
 * of view, maintenance by administrators (create, edit, delete, XLSX import and export) and the
 * proposals units make from their goals. Every route is scoped to an organisation: the one whose view
 * is searched, the owner of an entry (the root for 共性 / 行业, the department for 个性) or the unit
 * that made a proposal.
 */
import { route } from '../../app/route.ts';
import { libraryWorkbook } from '../../documents/indicator-library/workbook.ts';
import { searchLibrary } from '../../domain/indicators/library.ts';
import { createEntry, deleteEntry, ownerOfBody, updateEntry } from './entries.ts';
import { importLibrary } from './import-library.ts';
import {
  ZAcceptBody,
  ZDeleteQuery,
  ZEntryBody,
  ZExportQuery,
  ZIdParam,
  ZImportBody,
  ZProposalBody,
  ZProposalQuery,
  ZRejectBody,
  ZSearchQuery,
  ZUpdateEntry,
} from './library.schema.ts';
import { entryOwner, visibleEntries } from './library-store.ts';
import { acceptProposal, listProposals, proposalOwner, propose, rejectProposal } from './proposals.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function indicatorLibraryRoutes() {
  return [
    route({
      method: 'GET',
      url: '/api/indicator-library',
      summary: '检索指标库（共性指标、本部门及上级部门的个性指标）：按文字、一级/二级指标、方向、类别、年度',
      tags: ['indicator-library'],
      query: ZSearchQuery,
      access: { kind: 'scoped', permission: 'templates.read', org: ({ query }) => query.orgId },
      handler: async ({ deps, input }) => {
        const q = input.query;
        const all = await visibleEntries(deps.db, q.orgId);
        const hits = searchLibrary(all, {
          ...(q.text ? { text: q.text } : {}),
          ...(q.level1 ? { level1: q.level1 } : {}),
          ...(q.level2 ? { level2: q.level2 } : {}),
          ...(q.direction ? { direction: q.direction } : {}),
          ...(q.scope ? { scope: q.scope } : {}),
          ...(q.year ? { year: q.year } : {}),
          activeOnly: q.all !== '1',
        });
        return { items: hits.slice(0, q.limit), total: hits.length };
      },
    }),
    route({
      method: 'POST',
      url: '/api/indicator-library',
      summary: '新增指标库指标（共性/行业指标由根组织管理员，个性指标由所属部门的管理员维护）',
      tags: ['indicator-library'],
      body: ZEntryBody,
      idempotent: true,
      access: {
        kind: 'scoped',
        permission: 'templates.manage',
        org: ({ body }, _actor, deps) => ownerOfBody(deps.db, body),
      },
      handler: async ({ deps, actor, input }) => ({
        status: 201,
        body: await createEntry(deps, actor, input.body),
      }),
    }),
    route({
      method: 'PUT',
      url: '/api/indicator-library/:id',
      summary: '修改指标库指标',
      tags: ['indicator-library'],
      params: ZIdParam,
      body: ZUpdateEntry,
      access: {
        kind: 'scoped',
        permission: 'templates.manage',
        org: ({ params }, _actor, deps) => entryOwner(deps.db, params.id),
      },
      handler: async ({ deps, actor, input }) => updateEntry(deps, actor, input.params.id, input.body),
    }),
    route({
      method: 'DELETE',
      url: '/api/indicator-library/:id',
      summary: '删除指标库指标（已选用该指标的绩效目标不受影响）',
      tags: ['indicator-library'],
      params: ZIdParam,
      query: ZDeleteQuery,
      access: {
        kind: 'scoped',
        permission: 'templates.manage',
        org: ({ params }, _actor, deps) => entryOwner(deps.db, params.id),
      },
      handler: async ({ deps, actor, input }) => {
        await deleteEntry(deps, actor, input.params.id, input.query.version);
        return { status: 204 };
      },
    }),
    route({
      method: 'GET',
      url: '/api/indicator-library/export',
      summary: '导出指标库（XLSX，中文列名；可修改后再导入）',
      tags: ['indicator-library'],
      query: ZExportQuery,
      access: { kind: 'scoped', permission: 'templates.read', org: ({ query }) => query.orgId },
      handler: async ({ deps, input, reply }) => {
        const entries = searchLibrary(await visibleEntries(deps.db, input.query.orgId), {});
        const body = await libraryWorkbook(entries);
        reply
          .header('Content-Type', XLSX)
          .header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent('指标库.xlsx')}`);
        return body;
      },
    }),
    route({
      method: 'POST',
      url: '/api/indicator-library/import',
      summary: '导入指标库（XLSX）：按指标编码更新或新增；有问题的文件不导入，并指出行和列',
      tags: ['indicator-library'],
      body: ZImportBody,
      access: { kind: 'scoped', permission: 'templates.manage', org: ({ body }) => body.orgId },
      handler: async ({ deps, actor, input }) => importLibrary(deps, actor, input.body),
    }),
    route({
      method: 'GET',
      url: '/api/indicator-library/proposals',
      summary: '指标入库建议（本组织及下级单位提出的）',
      tags: ['indicator-library'],
      query: ZProposalQuery,
      access: { kind: 'scoped', permission: 'templates.read', org: ({ query }) => query.orgId },
      handler: async ({ deps, input }) => ({
        items: await listProposals(deps.db, input.query.orgId, input.query.status),
      }),
    }),
    route({
      method: 'POST',
      url: '/api/indicator-library/proposals',
      summary: '建议把自行填写的指标收入指标库',
      tags: ['indicator-library'],
      body: ZProposalBody,
      idempotent: true,
      access: { kind: 'scoped', permission: 'work.edit', org: ({ body }) => body.orgId },
      handler: async ({ deps, actor, input }) => ({
        status: 201,
        body: await propose(deps, actor, input.body),
      }),
    }),
    route({
      method: 'POST',
      url: '/api/indicator-library/proposals/:id/accept',
      summary: '采纳入库建议（收入共性指标或部门个性指标）',
      tags: ['indicator-library'],
      params: ZIdParam,
      body: ZAcceptBody,
      access: {
        kind: 'scoped',
        permission: 'templates.manage',
        org: ({ params }, _actor, deps) => proposalOwner(deps.db, params.id),
      },
      handler: async ({ deps, actor, input }) => acceptProposal(deps, actor, input.params.id, input.body),
    }),
    route({
      method: 'POST',
      url: '/api/indicator-library/proposals/:id/reject',
      summary: '不采纳入库建议（须说明理由）',
      tags: ['indicator-library'],
      params: ZIdParam,
      body: ZRejectBody,
      access: {
        kind: 'scoped',
        permission: 'templates.manage',
        org: ({ params }, _actor, deps) => proposalOwner(deps.db, params.id),
      },
      handler: async ({ deps, actor, input }) => rejectProposal(deps, actor, input.params.id, input.body),
    }),
  ];
}
