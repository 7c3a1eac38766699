/** Input schemas of the 科目表 administration routes. */
import { z } from 'zod';

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
  contentBase64: z.string().min(1, '文件为空').max(20_000_000, '文件太大（不超过 15 MB）'),
});

export const ZApplyCatalogue = ZCatalogueFile.extend({
  /** The stored version the preview was made against (0 = none stored yet): a newer one refuses the apply. */
  version: z.number().int().min(0),
});

export const ZEditionQuery = z.object({ region: ZRegion, year: ZCatalogueYear });
