/**
 * Input schemas of the final-accounts routes. The document itself is checked by the domain's schema
 * (readFinalAccounts) inside the use case, so its problems come back with their JSON paths; here only
 * the envelope is shaped. Amounts are decimal strings in 元: a JSON number is refused.
 */
import { z } from 'zod';
import { UNIT_KINDS } from '../../domain/accounts/index.ts';
import { ZUploadFileName } from '../uploads/upload-bytes.ts';

export const ZOrgParam = z.object({ id: z.uuid('组织编号无效') });
export const ZYearQuery = z.object({
  year: z.coerce.number().int('年度应为整数').min(2000, '年度无效').max(2100, '年度无效'),
});

const ZYuan = z
  .string({
    error: (issue) =>
      typeof issue.input === 'number'
        ? `金额须写成十进制数字字符串（如 "${String(issue.input)}"），不接受 JSON 数字`
        : '请填写金额（元）',
  })
  .regex(/^-?\d{1,15}(\.\d{1,2})?$/, '金额应为以元为单位的数字，最多两位小数');

const ZExplanations = z.record(z.string().max(300), z.string().max(2000, '说明最多 2000 个字'));

export const ZSaveAccounts = z.object({
  /** The version the edit is based on; 0 when the organisation has no final accounts for the year yet. */
  version: z.number().int().min(0, '请提交数据版本号（version）'),
  data: z.unknown(),
  explanations: ZExplanations.optional(),
});

export const ZVersion = z.object({ version: z.number().int().min(0, '请提交数据版本号（version）') });

/** 从绩效目标带入: the projects whose typed figures the user agreed to replace with the goals'. */
export const ZProjectsFromGoals = z.object({
  version: z.number().int().min(0, '请提交数据版本号（version）'),
  overwrite: z.array(z.string().trim().min(1).max(200)).max(500).optional(),
});

export const ZImportAccounts = z.object({
  version: z.number().int().min(0, '请提交数据版本号（version）'),
  fileName: z.string().max(300).default('决算.xlsx'),
  /** The workbook as Base64 (its size is judged in the use case: 413 over the import's limit). */
  contentBase64: z.string().min(1, '请上传文件'),
});

export const ZTransfer = z.object({
  kind: z.enum(
    ['subsidy', 'remittance'],
    '内部往来类型应为 subsidy（对附属单位补助）或 remittance（上缴上级）',
  ),
  fromOrgId: z.uuid('付出单位无效'),
  toOrgId: z.uuid('收到单位无效'),
  amount: ZYuan,
});

export const ZSaveConsolidation = z.object({
  version: z.number().int().min(0, '请提交数据版本号（version）'),
  unit: z.object({
    name: z.string().trim().min(1, '请填写部门名称').max(200),
    shortName: z.string().max(50).default(''),
    kind: z.enum(UNIT_KINDS),
  }),
  transfers: z.array(ZTransfer).max(500),
  previous: z.unknown(),
  texts: z.record(z.string(), z.string().max(5000)),
});

export type SaveAccountsInput = z.infer<typeof ZSaveAccounts>;
export type ImportAccountsInput = z.infer<typeof ZImportAccounts>;
export type SaveConsolidationInput = z.infer<typeof ZSaveConsolidation>;
export type TransferInput = z.infer<typeof ZTransfer>;

export const ZDocumentQuery = ZYearQuery.extend({
  kind: z
    .enum(['explanation', 'appendix'], '文档种类应为 explanation（决算情况说明）或 appendix（附表）')
    .default('explanation'),
  format: z.enum(['docx', 'pdf', 'xlsx'], '格式应为 docx、pdf 或 xlsx').default('docx'),
  source: z.enum(['own', 'consolidated'], '来源应为 own（本级）或 consolidated（部门合并）').default('own'),
  /** A document template id (src/domain/accounts/templates); default the organisation's choice. */
  template: z
    .string()
    .regex(/^[a-z0-9-]+$/, '文档模板编号无效')
    .optional(),
}).refine((q) => (q.kind === 'appendix') === (q.format === 'xlsx'), {
  message: '决算情况说明可下载 docx 或 pdf，附表为 xlsx',
});
export type DocumentQuery = z.infer<typeof ZDocumentQuery>;

export const ZImportPreview = z.object({
  fileName: z.string().max(300).default('决算.xlsx'),
  /** The workbook as Base64 (its size is judged in the use case: 413 over the import's limit). */
  contentBase64: z.string().min(1, '请上传文件'),
});

/** POST …/import-preview/file: the body is the workbook itself; the year and the file name in the query. */
export const ZImportPreviewFileQuery = ZYearQuery.extend({ fileName: ZUploadFileName });

/** POST …/import/file: as the preview, with the data version the import is based on. */
export const ZImportFileQuery = ZImportPreviewFileQuery.extend({
  version: z.coerce
    .number({ error: '请提交数据版本号（version）' })
    .int('数据版本号（version）应为整数')
    .min(0, '请提交数据版本号（version）'),
});

export const ZSaveAccountsSettings = z.object({
  version: z.number().int().min(0, '请提交数据版本号（version）'),
  templateId: z.string().regex(/^[a-z0-9-]+$/, '文档模板编号无效'),
});
