/**
 * /api/accounts: final accounts (决算) of an organisation and year — entry, XLSX template / import /
 * export, balance checks on every save, submission, the generated explanation, and a department's
 * consolidation. `:id` is the organisation; the year is the `year` query. Every route but the 科目
 * catalogue is scoped to that organisation.
 */
import { route } from '../../app/route.ts';
import {
  blankFinalAccounts,
  generateExplanation,
  levelOf,
  templateFor,
} from '../../domain/accounts/index.ts';
import { editionForOrg } from '../catalogue/catalogue-store.ts';
import { writeAccountsWorkbook } from '../../importers/accounts-xlsx.ts';
import { AppError } from '../../platform/errors.ts';
import { loadAccountsDto, loadAccountsRow, orgInfo } from './accounts-model.ts';
import {
  ZDocumentQuery,
  ZImportAccounts,
  ZImportFileQuery,
  ZImportPreview,
  ZImportPreviewFileQuery,
  ZOrgParam,
  ZProjectsFromGoals,
  ZSaveAccountsSettings,
  ZSaveAccounts,
  ZSaveConsolidation,
  ZVersion,
  ZYearQuery,
} from './accounts.schema.ts';
import { loadConsolidation, saveConsolidation } from './consolidation.ts';
import { loadAccountsSettings, saveAccountsSettings, templateForOrg } from './accounts-settings.ts';
import { importAccounts, previewAccountsImport } from './import-accounts.ts';
import { bringProjectsFromGoals, previewProjectsFromGoals } from './bring-projects-from-goals.ts';
import { renderAccountsDocument } from './render-accounts-document.ts';
import { saveAccounts } from './save-accounts.ts';
import { submitAccounts, withdrawAccounts } from './submit-accounts.ts';
import { accountsMessages as M } from './texts.ts';
import { requestSignal } from '../uploads/isolated.ts';
import { rawUpload } from '../uploads/upload-bytes.ts';
import type { FinalAccounts } from '../../domain/accounts/index.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const attachment = (name: string) =>
  `attachment; filename="accounts.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`;
const RAW_FIELDS = '年度（year）、文件名（fileName）';
const byOrgParam = { org: ({ params }: { params: { id: string } }) => params.id };

export function accountsRoutes() {
  return [
    route({
      method: 'GET',
      url: '/api/accounts/catalog',
      summary: '政府收支分类科目（功能分类类/款/项，经济分类）',
      tags: ['accounts'],
      query: ZYearQuery,
      // Reference data of no organisation: nothing to filter.
      access: { kind: 'reach', permission: 'work.read' },
      // The edition of the user's own region (a stored catalogue extends or replaces the national one).
      handler: async ({ deps, actor, input }) => {
        const e = await editionForOrg(deps.db, actor!.orgId, input.query.year);
        return {
          year: e.year,
          region: e.region,
          functions: [...e.functions.values()].map((s) => ({
            code: s.code,
            name: s.name,
            level: levelOf(s.code),
          })),
          economic: [...e.economic.values()].map((s) => ({ code: s.code, name: s.name, group: s.group })),
        };
      },
    }),
    route({
      method: 'GET',
      url: '/api/accounts/:id',
      summary: '单位（本级）决算：数据、状态、平衡校验结果及说明（未保存时为空白表）',
      tags: ['accounts'],
      params: ZOrgParam,
      query: ZYearQuery,
      access: { kind: 'scoped', permission: 'work.read', ...byOrgParam },
      handler: async ({ deps, input }) => loadAccountsDto(deps.db, input.params.id, input.query.year),
    }),
    route({
      method: 'PUT',
      url: '/api/accounts/:id',
      summary: '保存决算（金额以元为单位的字符串）；每次保存都运行表内、表间平衡校验',
      tags: ['accounts'],
      params: ZOrgParam,
      query: ZYearQuery,
      body: ZSaveAccounts,
      idempotent: true,
      access: { kind: 'scoped', permission: 'work.edit', ...byOrgParam },
      handler: async ({ deps, actor, input }) =>
        saveAccounts(deps, actor, input.params.id, input.query.year, input.body),
    }),
    route({
      method: 'POST',
      url: '/api/accounts/:id/submit',
      summary: '提交决算（每一处平衡校验问题都须说明原因）',
      tags: ['accounts'],
      params: ZOrgParam,
      query: ZYearQuery,
      body: ZVersion,
      idempotent: true,
      access: { kind: 'scoped', permission: 'work.edit', ...byOrgParam },
      handler: async ({ deps, actor, input }) =>
        submitAccounts(deps, actor, input.params.id, input.query.year, input.body),
    }),
    route({
      method: 'POST',
      url: '/api/accounts/:id/withdraw',
      summary: '撤回已提交的决算',
      tags: ['accounts'],
      params: ZOrgParam,
      query: ZYearQuery,
      body: ZVersion,
      idempotent: true,
      access: { kind: 'scoped', permission: 'work.edit', ...byOrgParam },
      handler: async ({ deps, actor, input }) =>
        withdrawAccounts(deps, actor, input.params.id, input.query.year, input.body),
    }),
    route({
      method: 'GET',
      url: '/api/accounts/:id/projects-from-goals',
      summary:
        '从绩效目标带入（预览）：已保存决算的项目绩效行与绩效目标的差别——新增的项目、待填的空白、与所填不同的数字',
      tags: ['accounts'],
      params: ZOrgParam,
      query: ZYearQuery,
      access: { kind: 'scoped', permission: 'work.read', ...byOrgParam },
      handler: async ({ deps, input }) =>
        previewProjectsFromGoals(deps.db, input.params.id, input.query.year),
    }),
    route({
      method: 'POST',
      url: '/api/accounts/:id/projects-from-goals',
      summary:
        '从绩效目标带入：补上缺少的项目、填写空白的预算数/执行数/实施成效；与所填不同的数字只在 overwrite 列出的项目中替换',
      tags: ['accounts'],
      params: ZOrgParam,
      query: ZYearQuery,
      body: ZProjectsFromGoals,
      idempotent: true,
      access: { kind: 'scoped', permission: 'work.edit', ...byOrgParam },
      handler: async ({ deps, actor, input }) =>
        bringProjectsFromGoals(deps, actor!, input.params.id, input.query.year, input.body),
    }),
    route({
      method: 'POST',
      url: '/api/accounts/:id/import',
      upload: true,
      summary:
        '从 Excel 模板导入决算（JSON，文件内容为 Base64）；有问题时逐一指出工作表和单元格，已保存的数据不变',
      tags: ['accounts'],
      params: ZOrgParam,
      query: ZYearQuery,
      body: ZImportAccounts,
      idempotent: true,
      access: { kind: 'scoped', permission: 'work.edit', ...byOrgParam },
      handler: async ({ deps, actor, input, reply }) =>
        importAccounts(deps, actor, input.params.id, input.query.year, input.body, {
          signal: requestSignal(reply),
        }),
    }),
    route({
      method: 'POST',
      url: '/api/accounts/:id/import-preview',
      upload: true,
      summary: '导入预览：读取 Excel（导入模板或公开附表九张表），逐单元格列出问题和审核公式结果，不保存',
      tags: ['accounts'],
      params: ZOrgParam,
      query: ZYearQuery,
      body: ZImportPreview,
      access: { kind: 'scoped', permission: 'work.edit', ...byOrgParam },
      handler: async ({ deps, actor, input, reply }) =>
        previewAccountsImport(deps, actor!, input.params.id, input.query.year, input.body, {
          signal: requestSignal(reply),
        }),
    }),
    // The workbook as the raw body (application/octet-stream): nothing decoded on the main thread, parsed
    // in the worker pool. Not `idempotent`: a repeated import is refused by its data version (412).
    route({
      method: 'POST',
      url: '/api/accounts/:id/import/file',
      upload: true,
      summary:
        '从 Excel 导入决算（请求体即文件本身：application/octet-stream；年度 year、版本 version、文件名 fileName 在查询参数中）',
      tags: ['accounts'],
      params: ZOrgParam,
      query: ZImportFileQuery,
      access: { kind: 'scoped', permission: 'work.edit', ...byOrgParam },
      handler: async ({ deps, actor, input, request, reply }) => {
        const { year, version, fileName } = input.query;
        return importAccounts(
          deps,
          actor,
          input.params.id,
          year,
          { version, fileName, bytes: rawUpload(request, `${RAW_FIELDS}、数据版本（version）`) },
          { signal: requestSignal(reply) },
        );
      },
    }),
    route({
      method: 'POST',
      url: '/api/accounts/:id/import-preview/file',
      upload: true,
      summary:
        '导入预览（请求体即 Excel 文件本身：application/octet-stream；年度 year、文件名 fileName 在查询参数中），不保存',
      tags: ['accounts'],
      params: ZOrgParam,
      query: ZImportPreviewFileQuery,
      access: { kind: 'scoped', permission: 'work.edit', ...byOrgParam },
      handler: async ({ deps, actor, input, request, reply }) =>
        previewAccountsImport(
          deps,
          actor!,
          input.params.id,
          input.query.year,
          { fileName: input.query.fileName, bytes: rawUpload(request, RAW_FIELDS) },
          { signal: requestSignal(reply) },
        ),
    }),
    route({
      method: 'GET',
      url: '/api/accounts/:id/settings',
      summary: '决算设置：文档模板（全国/上海 部门决算、四川 单位决算 等）及可选模板',
      tags: ['accounts'],
      params: ZOrgParam,
      access: { kind: 'scoped', permission: 'work.read', ...byOrgParam },
      handler: async ({ deps, input }) => loadAccountsSettings(deps.db, input.params.id),
    }),
    route({
      method: 'PUT',
      url: '/api/accounts/:id/settings',
      summary: '选择决算公开文档模板',
      tags: ['accounts'],
      params: ZOrgParam,
      body: ZSaveAccountsSettings,
      idempotent: true,
      access: { kind: 'scoped', permission: 'work.edit', ...byOrgParam },
      handler: async ({ deps, actor, input }) =>
        saveAccountsSettings(deps, actor!, input.params.id, input.body),
    }),
    route({
      method: 'GET',
      url: '/api/accounts/:id/template',
      summary: '下载决算导入模板（Excel，每张表一个工作表）',
      tags: ['accounts'],
      params: ZOrgParam,
      query: ZYearQuery,
      access: { kind: 'scoped', permission: 'work.read', ...byOrgParam },
      handler: async ({ deps, input, reply }) => {
        const org = await orgInfo(deps.db, input.params.id);
        if (!org) throw new AppError('NOT_FOUND');
        const buf = await writeAccountsWorkbook(blankFinalAccounts({ name: org.name }, input.query.year));
        reply
          .header('Content-Type', XLSX)
          .header('Content-Disposition', attachment(`${org.name}${input.query.year}年度决算导入模板.xlsx`));
        return reply.send(buf);
      },
    }),
    route({
      method: 'GET',
      url: '/api/accounts/:id/export',
      summary: '导出已保存的决算（与导入模板相同的 Excel 工作簿，金额单位元）',
      tags: ['accounts'],
      params: ZOrgParam,
      query: ZYearQuery,
      access: { kind: 'scoped', permission: 'work.read', ...byOrgParam },
      handler: async ({ deps, input, reply }) => {
        const org = await orgInfo(deps.db, input.params.id);
        const row = await loadAccountsRow(deps.db, input.params.id, input.query.year);
        if (!org || !row) throw new AppError('NOT_FOUND', M.notFound);
        const buf = await writeAccountsWorkbook(row.data as FinalAccounts);
        reply
          .header('Content-Type', XLSX)
          .header('Content-Disposition', attachment(`${org.name}${input.query.year}年度决算.xlsx`));
        return reply.send(buf);
      },
    }),
    route({
      method: 'GET',
      url: '/api/accounts/:id/explanation',
      summary: '生成决算情况说明（一至十部分、名词解释、图1–图7 数据、待填写的原因）',
      tags: ['accounts'],
      params: ZOrgParam,
      query: ZYearQuery,
      access: { kind: 'scoped', permission: 'work.read', ...byOrgParam },
      handler: async ({ deps, input }) => {
        const row = await loadAccountsRow(deps.db, input.params.id, input.query.year);
        if (!row) throw new AppError('NOT_FOUND', M.notFound);
        const fa = row.data as FinalAccounts;
        const catalogue = await editionForOrg(deps.db, input.params.id, fa.catalogYear ?? fa.year);
        // In the organisation's chosen document template (default: the Sichuan one of its scope).
        const template = templateFor(fa, await templateForOrg(deps.db, input.params.id));
        return generateExplanation(fa, { detailNumbering: 'flat', catalogue, template });
      },
    }),
    route({
      method: 'GET',
      url: '/api/accounts/:id/document',
      summary: '下载决算情况说明（DOCX / PDF，含图1–图7）或决算公开附表（XLSX），本级或部门合并数',
      tags: ['accounts'],
      params: ZOrgParam,
      query: ZDocumentQuery,
      access: { kind: 'scoped', permission: 'work.read', ...byOrgParam },
      handler: async ({ deps, actor, input, reply }) => {
        const doc = await renderAccountsDocument(deps, actor, input.params.id, input.query);
        reply.header('Content-Type', doc.contentType);
        reply.header(
          'Content-Disposition',
          `attachment; filename="accounts.${input.query.format}"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
        );
        reply.header('X-Document-Findings', String(doc.findings));
        return reply.send(doc.bytes);
      },
    }),
    route({
      method: 'GET',
      url: '/api/accounts/:id/consolidated',
      summary: '部门决算合并数：所属单位（含本级）决算相加并抵销内部往来，平衡校验与部门决算情况说明',
      tags: ['accounts'],
      params: ZOrgParam,
      query: ZYearQuery,
      access: { kind: 'scoped', permission: 'work.read', ...byOrgParam },
      handler: async ({ deps, actor, input }) =>
        loadConsolidation(deps, actor, input.params.id, input.query.year),
    }),
    route({
      method: 'PUT',
      url: '/api/accounts/:id/consolidation',
      summary: '保存部门合并设置：部门名称、内部往来（抵销）、上年数、部门的文字说明',
      tags: ['accounts'],
      params: ZOrgParam,
      query: ZYearQuery,
      body: ZSaveConsolidation,
      idempotent: true,
      access: { kind: 'scoped', permission: 'work.edit', ...byOrgParam },
      handler: async ({ deps, actor, input }) =>
        saveConsolidation(deps, actor, input.params.id, input.query.year, input.body),
    }),
  ];
}
