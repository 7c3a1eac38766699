/** Input schemas of the exchange routes (预算管理一体化 platform). */
import { z } from 'zod';
import { ZUploadFileName } from '../uploads/upload-bytes.ts';

export const ZExportQuery = z.object({
  orgId: z.uuid('单位编号无效'),
  year: z.coerce.number({ message: '年度应为数字' }).int('年度应为整数').min(2000).max(2100),
  format: z.enum(['xlsx', 'json'], { error: '格式应为 xlsx 或 json' }).default('xlsx'),
});

export const ZImportFile = z.object({
  /** The unit the file is imported under: every agency_code must be it or a unit below it. */
  orgId: z.uuid('单位编号无效'),
  fileName: z.string().trim().min(1, '请提供文件名').max(200),
  /** The file as Base64 (its size is judged in the use case: 413 over the import's limit). */
  contentBase64: z.string().min(1, '文件为空'),
});

/** POST /api/exchange/preview/file: the body is the file itself (.xlsx or .json), the rest in the query. */
export const ZImportFileQuery = z.object({
  orgId: z.uuid('单位编号无效'),
  fileName: ZUploadFileName,
});

/** POST /api/exchange/import/file: as the preview, with the preview's planHash. */
export const ZCommitImportQuery = ZImportFileQuery.extend({ planHash: z.string().max(128).optional() });

export const ZCommitImport = ZImportFile.extend({
  /** The preview's planHash: the import is refused when the data changed since. */
  planHash: z.string().max(128).optional(),
});
