/**
 * /api/indicator-library: the 指标库 — search (by text, level, direction) from an organisation's point
 * of view, maintenance by administrators (create, edit, delete, XLSX import and export) and the
 * proposals units make from their goals. The library is kept in editions (region and year): the picker
 * searches the edition serving the unit for the goals' year, the admin page the edition it chooses.
 * Every route is scoped to an organisation: the one whose view is searched, the owner of an entry (the
 * edition's keeper for 共性 / 行业, the department for 个性), the keeper of an edition or the unit that
 * made a proposal.
 */
import { route } from '../../app/route.ts';
import { libraryWorkbook } from '../../documents/indicator-library/workbook.ts';
import { editionLabel } from '../../domain/indicators/editions.ts';
import { searchLibrary } from '../../domain/indicators/library.ts';
import { AppError } from '../../platform/errors.ts';
import { createEdition, editionForOrg, editionOrFail, editionOrg, listEditions } from './editions.ts';
import { createEntry, deleteEntry, ownerOfBody, updateEntry } from './entries.ts';
import { importLibrary } from './import-library.ts';
import {
  ZAcceptBody,
  ZDeleteQuery,
  ZEditionBody,
  ZEditionsQuery,
  ZEntryBody,
  ZExportQuery,
  ZIdParam,
  ZImportBody,
  ZImportFileQuery,
  ZProposalBody,
  ZProposalQuery,
  ZRejectBody,
  ZSearchQuery,
  ZUpdateEntry,
} from './library.schema.ts';
import { entryOwner, visibleEntries } from './library-store.ts';
import { acceptProposal, listProposals, proposalOwner, propose, rejectProposal } from './proposals.ts';
import { libraryTexts as T } from './texts.ts';
import { requestSignal } from '../uploads/isolated.ts';
import { rawUpload } from '../uploads/upload-bytes.ts';
import type { TxDeps } from '../../app/deps.ts';
import type { Actor } from '../../app/actor.ts';

/** The edition named (the admin page), else the one serving the organisation for the year (the picker). */
async function chosenEdition(
  deps: TxDeps,
  actor: Actor | null,
  orgId: string,
  q: { editionId?: string | undefined; year?: number | undefined },
) {
  if (q.editionId) {
    const row = await editionOrFail(deps.db, q.editionId);
    const [dto] = (await listEditions(deps.db, actor)).filter((e) => e.id === row.id);
    return { ...dto!, match: 'exact' as const, explanation: `指标库：${dto!.label}` };
  }
  const resolved = await editionForOrg(deps.db, actor, orgId, q.year ?? deps.clock().getFullYear());
  if (!resolved) throw new AppError('NOT_FOUND', T.noEdition);
  return resolved;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function indicatorLibraryRoutes() {
  return [
    route({
      method: 'GET',
      url: '/api/indicator-library',
      summary:
        '检索指标库（共性指标、本部门及上级部门的个性指标）：所选版本，或本地区该年度适用的版本；按文字、一级/二级指标、方向、类别',
      tags: ['indicator-library'],
      query: ZSearchQuery,
      access: { kind: 'scoped', permission: 'templates.read', org: ({ query }) => query.orgId },
      handler: async ({ deps, actor, input }) => {
        const q = input.query;
        const edition = await chosenEdition(deps, actor, q.orgId, q);
        const all = await visibleEntries(deps.db, q.orgId, edition.id);
        const hits = searchLibrary(all, {
          ...(q.text ? { text: q.text } : {}),
          ...(q.level1 ? { level1: q.level1 } : {}),
          ...(q.level2 ? { level2: q.level2 } : {}),
          ...(q.direction ? { direction: q.direction } : {}),
          ...(q.scope ? { scope: q.scope } : {}),
          activeOnly: q.all !== '1',
        });
        return { items: hits.slice(0, q.limit), total: hits.length, edition };
      },
    }),
    route({
      method: 'GET',
      url: '/api/indicator-library/editions',
      summary: '指标库版本（全国及各地区、各年度），以及本组织某年度适用的版本',
      tags: ['indicator-library'],
      query: ZEditionsQuery,
      access: { kind: 'scoped', permission: 'templates.read', org: ({ query }) => query.orgId },
      handler: async ({ deps, actor, input }) => ({
        items: await listEditions(deps.db, actor),
        current: input.query.year
          ? await editionForOrg(deps.db, actor, input.query.orgId, input.query.year)
          : null,
      }),
    }),
    route({
      method: 'POST',
      url: '/api/indicator-library/editions',
      summary: '新建指标库版本（全国版本由根组织、地区版本由该财政部门的管理员建立；可复制已有版本）',
      tags: ['indicator-library'],
      body: ZEditionBody,
      idempotent: true,
      access: {
        kind: 'scoped',
        permission: 'templates.manage',
        org: ({ body }, _actor, deps) => editionOrg(deps.db, body.region.trim()).catch(() => null),
      },
      handler: async ({ deps, actor, input }) => ({
        status: 201,
        body: await createEdition(deps, actor, input.body),
      }),
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
      summary: '导出指标库的一个版本（XLSX，中文列名；可修改后再导入该版本）',
      tags: ['indicator-library'],
      query: ZExportQuery,
      access: { kind: 'scoped', permission: 'templates.read', org: ({ query }) => query.orgId },
      handler: async ({ deps, actor, input, reply }) => {
        const edition = await chosenEdition(deps, actor, input.query.orgId, input.query);
        const entries = searchLibrary(await visibleEntries(deps.db, input.query.orgId, edition.id), {});
        const body = await libraryWorkbook(entries);
        const name = `指标库（${editionLabel(edition, edition.regionName)}）.xlsx`;
        reply
          .header('Content-Type', XLSX)
          .header(
            'Content-Disposition',
            `attachment; filename="indicator-library-${edition.year}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
          );
        return body;
      },
    }),
    route({
      method: 'POST',
      url: '/api/indicator-library/import',
      upload: true,
      summary: '导入指标库（XLSX）到所选版本：按指标编码更新或新增；有问题的文件不导入，并指出行和列',
      tags: ['indicator-library'],
      body: ZImportBody,
      access: { kind: 'scoped', permission: 'templates.manage', org: ({ body }) => body.orgId },
      handler: async ({ deps, actor, input, reply }) =>
        importLibrary(deps, actor, input.body, { signal: requestSignal(reply) }),
    }),
    route({
      method: 'POST',
      url: '/api/indicator-library/import/file',
      upload: true,
      summary:
        '导入指标库（请求体即 XLSX 文件本身：application/octet-stream；组织 orgId、版本 editionId、文件名 fileName、仅检查 dryRun 在查询参数中）',
      tags: ['indicator-library'],
      query: ZImportFileQuery,
      access: { kind: 'scoped', permission: 'templates.manage', org: ({ query }) => query.orgId },
      handler: async ({ deps, actor, input, request, reply }) =>
        importLibrary(
          deps,
          actor,
          { ...input.query, bytes: rawUpload(request, '组织（orgId）、文件名（fileName）') },
          { signal: requestSignal(reply) },
        ),
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
