/**
 * /api/exchange: exchange with the 预算管理一体化 platform — export a unit's year as XLSX or JSON with the
 * platform's field names, preview an import (what would be created or updated, every problem by row and
 * field), and commit it in one transaction.
 */
import { route } from '../../app/route.ts';
import { toJsonFile, toRecords } from '../../domain/exchange/index.ts';
import { writeExchangeWorkbook } from '../../documents/exchange/exchange-xlsx.ts';
import { commitImport, previewImport } from './import-exchange.ts';
import {
  ZCommitImport,
  ZCommitImportQuery,
  ZExportQuery,
  ZImportFile,
  ZImportFileQuery,
} from './exchange.schema.ts';
import { requestSignal } from '../uploads/isolated.ts';
import { rawUpload } from '../uploads/upload-bytes.ts';
import { loadUnit } from './load-unit.ts';

const RAW_FIELDS = '单位（orgId）、文件名（fileName）';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function exchangeRoutes() {
  return [
    route({
      method: 'GET',
      url: '/api/exchange/export',
      summary: '导出单位某年度的项目、绩效指标、监控结果与自评结果（一体化平台字段，XLSX 或 JSON）',
      tags: ['exchange'],
      query: ZExportQuery,
      access: { kind: 'scoped', permission: 'work.read', org: ({ query }) => query.orgId },
      handler: async ({ deps, input, reply }) => {
        const { orgId, year, format } = input.query;
        const unit = await loadUnit(deps.db, orgId, year);
        const records = toRecords([unit]);
        const base = `${unit.agencyName}${year}年度一体化平台交换数据`;
        const ascii = `exchange-${unit.agencyCode}-${year}`.replace(/[^\w.-]/g, '_');
        const body =
          format === 'json'
            ? Buffer.from(JSON.stringify(toJsonFile(records), null, 2), 'utf8')
            : await writeExchangeWorkbook(records);
        reply
          .header('Content-Type', format === 'json' ? 'application/json; charset=utf-8' : XLSX)
          .header(
            'Content-Disposition',
            `attachment; filename="${ascii}.${format}"; filename*=UTF-8''${encodeURIComponent(`${base}.${format}`)}`,
          );
        return reply.send(body);
      },
    }),
    route({
      method: 'POST',
      url: '/api/exchange/preview',
      upload: true,
      summary: '预览导入：将新建、更新或不变的项目、监控与自评结果，以及每一处问题（行与字段）',
      tags: ['exchange'],
      body: ZImportFile,
      access: { kind: 'scoped', permission: 'work.edit', org: ({ body }) => body.orgId },
      handler: async ({ deps, actor, input, reply }) =>
        previewImport(deps, actor, input.body, { signal: requestSignal(reply) }),
    }),
    route({
      method: 'POST',
      url: '/api/exchange/import',
      upload: true,
      summary: '导入（确认预览后）：在一个事务中写入，并记入审计日志；文件有问题时不导入任何数据',
      tags: ['exchange'],
      body: ZCommitImport,
      idempotent: true,
      access: { kind: 'scoped', permission: 'work.edit', org: ({ body }) => body.orgId },
      handler: async ({ deps, actor, input, reply }) =>
        commitImport(deps, actor, input.body, { signal: requestSignal(reply) }),
    }),
    // The file as the raw body (application/octet-stream): nothing decoded or parsed on the main thread.
    // Not `idempotent`: a repeated import finds nothing left to change (or a moved planHash, 409).
    route({
      method: 'POST',
      url: '/api/exchange/preview/file',
      upload: true,
      summary:
        '预览导入（请求体即 .xlsx/.json 文件本身：application/octet-stream；单位 orgId、文件名 fileName 在查询参数中）',
      tags: ['exchange'],
      query: ZImportFileQuery,
      access: { kind: 'scoped', permission: 'work.edit', org: ({ query }) => query.orgId },
      handler: async ({ deps, actor, input, request, reply }) =>
        previewImport(
          deps,
          actor,
          { ...input.query, bytes: rawUpload(request, RAW_FIELDS) },
          { signal: requestSignal(reply) },
        ),
    }),
    route({
      method: 'POST',
      url: '/api/exchange/import/file',
      upload: true,
      summary:
        '导入（请求体即文件本身：application/octet-stream；单位 orgId、文件名 fileName、预览的 planHash 在查询参数中）',
      tags: ['exchange'],
      query: ZCommitImportQuery,
      access: { kind: 'scoped', permission: 'work.edit', org: ({ query }) => query.orgId },
      handler: async ({ deps, actor, input, request, reply }) =>
        commitImport(
          deps,
          actor,
          { ...input.query, bytes: rawUpload(request, RAW_FIELDS) },
          { signal: requestSignal(reply) },
        ),
    }),
  ];
}
