/** Input schemas of the 科目表 administration routes. */
import { z } from 'zod';
import { ZUploadFileName } from '../uploads/upload-bytes.ts';

export const ZRegion = z
  .string()
  .min(1, '请选择地区（全国或财政部门）')
  .max(100)
  .regex(/^[^\s/]+$/, '地区编码不能含空格或斜杠');

export const ZCatalogueYear = z.coerce
  .number({ message: '年度应为数字' })
  .int('年度应为整数')
  .min(2000, '年度不能早于 2000')
  .max(2100, '年度不能晚于 2100');

export const ZListQuery = z.object({ region: ZRegion.optional() });

export const ZCatalogueFile = z.object({
  region: ZRegion,
  year: ZCatalogueYear,
  fileName: z.string().min(1, '请提供文件名').max(200),
  /** The file as Base64 (its size is judged in the use case: 413 over the import's limit). */
  contentBase64: z.string().min(1, '文件为空'),
});

/** POST /api/accounts/catalogues/preview/file: the body is the file itself, the rest in the query. */
export const ZCatalogueFileQuery = z.object({
  region: ZRegion,
  year: ZCatalogueYear,
  fileName: ZUploadFileName,
});

/** POST /api/accounts/catalogues/file: as the preview, with the stored version it was made against. */
export const ZApplyCatalogueQuery = ZCatalogueFileQuery.extend({
  version: z.coerce
    .number({ error: '请提交科目表版本号（version）' })
    .int('科目表版本号（version）应为整数')
    .min(0, '请提交科目表版本号（version）'),
});

export const ZApplyCatalogue = ZCatalogueFile.extend({
  /** The stored version the preview was made against (0 = none stored yet): a newer one refuses the apply. */
  version: z.number().int().min(0),
});

export const ZEditionQuery = z.object({ region: ZRegion, year: ZCatalogueYear });
