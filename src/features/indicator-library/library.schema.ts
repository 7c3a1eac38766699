/** Input schemas of the 指标库 routes; the entry's own rules are the domain's (checkLibraryEntry). */
import { z } from 'zod';
import { ZUploadFileName, zQueryFlag } from '../uploads/upload-bytes.ts';
import { INDICATOR_DIRECTIONS, type IndicatorDirection } from '../../domain/indicators/direction.ts';
import { LIBRARY_SCOPES, type LibraryScope } from '../../domain/indicators/library.ts';

const text = (max: number, name: string) => z.string().max(max, `“${name}”最多 ${max} 个字`);
const ZDirection = z.enum(INDICATOR_DIRECTIONS as [IndicatorDirection, ...IndicatorDirection[]], {
  error: '指标方向应为正向（≥）、反向（≤）、等于（=）或定性',
});
const ZScope = z.enum(LIBRARY_SCOPES as [LibraryScope, ...LibraryScope[]], {
  error: '指标类别应为共性指标、个性指标（部门）或个性指标（行业）',
});
const ZYear = z.coerce
  .number({ message: '年度应为数字' })
  .int('年度应为整数')
  .min(2000, '年度不能早于 2000')
  .max(2100, '年度不能晚于 2100');

export const ZEntryBody = z.object({
  /** The edition (region and year) the entry goes into; left out: the one serving its owner this year. */
  editionId: z.uuid('指标库版本无效').nullable().optional(),
  code: text(40, '指标编码').optional(),
  scope: ZScope,
  /** The department owning a 个性（部门） entry. */
  ownerOrgId: z.uuid('所属部门无效').nullable().optional(),
  industry: text(50, '所属行业').default(''),
  level1: text(50, '一级指标'),
  level2: text(50, '二级指标'),
  name: text(300, '三级指标'),
  unit: text(20, '计量单位').default(''),
  /** null / left out = the default (成本指标 → 反向). */
  direction: ZDirection.nullable().optional(),
  scoringRule: text(1000, '计分规则').default(''),
  valueNote: text(1000, '取值说明').default(''),
  active: z.boolean().default(true),
});
export type EntryBody = z.infer<typeof ZEntryBody>;

export const ZUpdateEntry = ZEntryBody.extend({
  version: z.number().int().positive('请提交数据版本号（version）'),
});

export const ZDeleteQuery = z.object({
  version: z.coerce.number().int().positive('请提交数据版本号（version）'),
});

export const ZIdParam = z.object({ id: z.uuid('编号无效') });

export const ZSearchQuery = z.object({
  orgId: z.uuid('组织编号无效'),
  /** The edition to search (the admin page); left out: the one serving orgId for `year` (the picker). */
  editionId: z.uuid('指标库版本无效').optional(),
  text: z.string().max(100).optional(),
  level1: z.string().max(50).optional(),
  level2: z.string().max(50).optional(),
  direction: ZDirection.optional(),
  scope: ZScope.optional(),
  year: ZYear.optional(),
  /** "1": inactive entries too (the admin page). */
  all: z.enum(['0', '1']).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export const ZExportQuery = z.object({
  orgId: z.uuid('组织编号无效'),
  editionId: z.uuid('指标库版本无效').optional(),
  year: ZYear.optional(),
});

export const ZEditionsQuery = z.object({
  orgId: z.uuid('组织编号无效'),
  /** With a year: also the edition serving orgId for it (`current`). */
  year: ZYear.optional(),
});

export const ZEditionBody = z.object({
  /** 全国, or the code of a finance organisation (财政部门). */
  region: z.string().trim().min(1, '请选择适用地区').max(100, '“适用地区”最多 100 个字'),
  year: ZYear,
  note: text(500, '版本说明').default(''),
  /** Start from a copy of this edition's entries. */
  copyFromId: z.uuid('复制来源版本无效').nullable().optional(),
});

export const ZImportBody = z.object({
  orgId: z.uuid('组织编号无效'),
  /** The edition imported into; left out: the one serving orgId this year. */
  editionId: z.uuid('指标库版本无效').optional(),
  fileName: z.string().min(1, '请提供文件名').max(200),
  /** The workbook as Base64 (its size is judged in the use case: 413 over the import's limit). */
  contentBase64: z.string().min(1, '文件为空'),
  /** Check only: report what would be created and updated, change nothing. */
  dryRun: z.boolean().default(false),
});

/** POST /api/indicator-library/import/file: the body is the workbook itself, the rest in the query. */
export const ZImportFileQuery = z.object({
  orgId: z.uuid('组织编号无效'),
  editionId: z.uuid('指标库版本无效').optional(),
  fileName: ZUploadFileName,
  dryRun: zQueryFlag('仅检查（dryRun）'),
});

export const ZProposalBody = z.object({
  orgId: z.uuid('组织编号无效'),
  projectId: z.uuid('项目编号无效').nullable().optional(),
  /** The goals' year: the proposal goes to the edition serving the unit for it (else the project's year). */
  year: ZYear.optional(),
  level1: text(50, '一级指标'),
  level2: text(50, '二级指标'),
  name: text(300, '三级指标'),
  unit: text(20, '计量单位').default(''),
  direction: ZDirection.nullable().optional(),
  scoringRule: text(1000, '计分规则').default(''),
  valueNote: text(1000, '取值说明').default(''),
  note: text(1000, '建议理由').default(''),
});

export const ZProposalQuery = z.object({
  orgId: z.uuid('组织编号无效'),
  status: z.enum(['pending', 'accepted', 'rejected']).optional(),
});

export const ZAcceptBody = z.object({
  version: z.number().int().positive('请提交数据版本号（version）'),
  /** common: a 共性 entry (root administrators); department: a 个性 entry of ownerOrgId. */
  scope: z.enum(['common', 'department'], { error: '请选择收入共性指标或部门个性指标' }),
  ownerOrgId: z.uuid('所属部门无效').nullable().optional(),
});

export const ZRejectBody = z.object({
  version: z.number().int().positive('请提交数据版本号（version）'),
  reason: z.string().trim().min(1, '请填写不采纳的理由').max(1000),
});
