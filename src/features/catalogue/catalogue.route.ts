/**
 * /api/accounts/catalogues: the 政府收支分类科目 a finance department issues, administered by the system
 * administrator — list, the edition in force, preview an upload (rows, problems per cell, differences),
 * apply it. The region (全国 or a finance organisation's code) is the organisation the route touches:
 * 全国 belongs to the root organisation, so only its administrators may change the national catalogue.
 */
import { route } from '../../app/route.ts';
import { CATALOGUE_YEARS, NATIONAL, editionToData, levelOf } from '../../domain/accounts/index.ts';
import { AppError } from '../../platform/errors.ts';
import {
  ZApplyCatalogue,
  ZApplyCatalogueQuery,
  ZCatalogueFile,
  ZCatalogueFileQuery,
  ZEditionQuery,
  ZListQuery,
} from './catalogue.schema.ts';
import { rawUpload } from '../uploads/upload-bytes.ts';
import { editionFor, listStored } from './catalogue-store.ts';
import { applyCatalogue, previewCatalogue, regionOrg } from './import-catalogue.ts';
import { requestSignal } from '../uploads/isolated.ts';
import { catalogueMessages as M } from './texts.ts';
import type { AppDeps } from '../../app/deps.ts';

const RAW_FIELDS = '地区（region）、年度（year）、文件名（fileName）';

const byRegion = async (region: string | undefined, deps: AppDeps) => {
  const id = await regionOrg(deps.db, region ?? NATIONAL);
  if (!id) throw new AppError('NOT_FOUND', M.regionUnknown(region ?? NATIONAL));
  return id;
};

export function catalogueRoutes() {
  return [
    route({
      method: 'GET',
      url: '/api/accounts/catalogues',
      summary: '科目表管理：内置年度与已导入的科目表（全国或某财政部门）',
      tags: ['accounts'],
      query: ZListQuery,
      access: {
        kind: 'scoped',
        permission: 'templates.manage',
        org: ({ query }, _actor, deps) => byRegion(query.region, deps),
      },
      handler: async ({ deps, input }) => ({
        builtInYears: CATALOGUE_YEARS,
        items: await listStored(deps.db, input.query.region),
      }),
    }),
    route({
      method: 'GET',
      url: '/api/accounts/catalogues/edition',
      summary: '某地区某年度正在使用的科目表（全国科目表及本地区扩充）',
      tags: ['accounts'],
      query: ZEditionQuery,
      access: {
        kind: 'scoped',
        permission: 'templates.manage',
        org: ({ query }, _actor, deps) => byRegion(query.region, deps),
      },
      handler: async ({ deps, input }) => {
        const e = await editionFor(deps.db, input.query.region, input.query.year);
        const data = editionToData(e);
        return {
          ...data,
          editionYear: e.year,
          functions: data.functions.map((s) => ({ ...s, level: levelOf(s.code) })),
        };
      },
    }),
    route({
      method: 'POST',
      url: '/api/accounts/catalogues/preview',
      upload: true,
      summary: '预览导入的科目表（XLSX/CSV：科目编码、科目名称、说明）：各行、逐格问题、与现行科目表的差异',
      tags: ['accounts'],
      body: ZCatalogueFile,
      access: {
        kind: 'scoped',
        permission: 'templates.manage',
        org: ({ body }, _actor, deps) => byRegion(body.region, deps),
      },
      handler: async ({ deps, input, reply }) =>
        previewCatalogue(deps.db, input.body, { uploads: deps.config.uploads, signal: requestSignal(reply) }),
    }),
    route({
      method: 'POST',
      url: '/api/accounts/catalogues',
      upload: true,
      summary: '导入科目表：按地区和年度保存，此后填报、校验和文档都使用它（有问题时不导入）',
      tags: ['accounts'],
      body: ZApplyCatalogue,
      idempotent: true,
      access: {
        kind: 'scoped',
        permission: 'templates.manage',
        org: ({ body }, _actor, deps) => byRegion(body.region, deps),
      },
      handler: async ({ deps, actor, input, reply }) => ({
        status: 201,
        body: await applyCatalogue(deps, actor, input.body, { signal: requestSignal(reply) }),
      }),
    }),
    // The file as the raw body (application/octet-stream): nothing decoded on the main thread, parsed in
    // the worker pool. Not `idempotent`: a repeated apply is refused by the stored version (412).
    route({
      method: 'POST',
      url: '/api/accounts/catalogues/preview/file',
      upload: true,
      summary:
        '预览导入的科目表（请求体即 XLSX/CSV 文件本身：application/octet-stream；地区 region、年度 year、文件名 fileName 在查询参数中）',
      tags: ['accounts'],
      query: ZCatalogueFileQuery,
      access: {
        kind: 'scoped',
        permission: 'templates.manage',
        org: ({ query }, _actor, deps) => byRegion(query.region, deps),
      },
      handler: async ({ deps, input, request, reply }) =>
        previewCatalogue(
          deps.db,
          { ...input.query, bytes: rawUpload(request, RAW_FIELDS) },
          { uploads: deps.config.uploads, signal: requestSignal(reply) },
        ),
    }),
    route({
      method: 'POST',
      url: '/api/accounts/catalogues/file',
      upload: true,
      summary:
        '导入科目表（请求体即文件本身：application/octet-stream；地区 region、年度 year、版本 version、文件名 fileName 在查询参数中）',
      tags: ['accounts'],
      query: ZApplyCatalogueQuery,
      access: {
        kind: 'scoped',
        permission: 'templates.manage',
        org: ({ query }, _actor, deps) => byRegion(query.region, deps),
      },
      handler: async ({ deps, actor, input, request, reply }) => ({
        status: 201,
        body: await applyCatalogue(
          deps,
          actor,
          { ...input.query, bytes: rawUpload(request, `${RAW_FIELDS}、版本（version）`) },
          { signal: requestSignal(reply) },
        ),
      }),
    }),
  ];
}
