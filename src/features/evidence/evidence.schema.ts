/** Input schemas of the 佐证材料 (evidence files) routes. */
import { z } from 'zod';
import { ZUploadFileName, type UploadContent } from '../uploads/upload-bytes.ts';

export const ZIdParam = z.object({ id: z.uuid('编号无效') });

export const ZUploadEvidence = z.object({
  fileName: z.string().trim().min(1, '请选择文件').max(200, '文件名最多 200 个字'),
  /** The file's bytes, Base64 (the older JSON shape; POST …/evidence/file takes the bytes themselves). */
  contentBase64: z
    .string()
    .min(1, '文件为空')
    .regex(/^[A-Za-z0-9+/=\r\n]*$/, '文件内容不是有效的 Base64'),
  /** Attach to this indicator of the project's goal table (its id: kept when it is renamed). */
  indicatorId: z.uuid('指标编号无效').optional(),
  /** Or name it by its 三级指标 (only when no other indicator of the project has that name). */
  indicator: z.string().trim().max(300, '指标名称最多 300 个字').optional(),
});
export type UploadEvidenceInput = z.infer<typeof ZUploadEvidence>;

/** Where a raw upload (POST …/evidence/file, the body is the file) is attached: in the query. */
export const ZUploadEvidenceQuery = z.object({
  fileName: ZUploadFileName,
  indicatorId: z.uuid('指标编号无效').optional(),
  indicator: z.string().trim().max(300, '指标名称最多 300 个字').optional(),
});
export type UploadEvidenceFile = Omit<UploadEvidenceInput, 'contentBase64'> & UploadContent;
