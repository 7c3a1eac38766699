/**
 * 批量生成文档: for a selection of units in the user's reach and a year, each unit's 决算情况说明 (DOCX
 * or PDF) rendered into one ZIP, as a background job — the request answers at once with the job, the
 * page shows its progress, and the ZIP is downloaded when it is finished. A unit without 决算 data for
 * the year, or whose document cannot be produced, is listed in 说明.txt inside the ZIP instead of
 * stopping the batch. The documents are rendered as the requesting user (their reach, at run time).
 */
import JSZip from 'jszip';
import { inArray } from 'drizzle-orm';
import { loadActor, type Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { organisations } from '../../platform/db/schema/index.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import type { JobRow, JobResult, Progress } from '../../platform/jobs/job-queue.ts';
import { ZDocumentQuery } from '../accounts/accounts.schema.ts';
import { renderAccountsDocument } from '../accounts/render-accounts-document.ts';

export const BATCH_DOCUMENTS = 'batch-documents';

export type BatchDocumentsInput = { year: number; orgIds: string[]; format: 'docx' | 'pdf' };

export async function startBatchDocuments(
  deps: TxDeps,
  actor: Actor,
  input: BatchDocumentsInput,
): Promise<{ jobId: string }> {
  if (!deps.jobs) throw new AppError('UNAVAILABLE', '后台任务服务未启动，请稍后重试。');
  const orgIds = [...new Set(input.orgIds)];
  // Outside one's reach is "not found", as everywhere else: a job never names another unit's data.
  if (orgIds.some((id) => !actor.reach.has(id))) throw new AppError('NOT_FOUND');
  const jobId = await deps.jobs.enqueue(deps.db, {
    kind: BATCH_DOCUMENTS,
    orgId: actor.orgId,
    createdBy: actor.userId,
    title: `${input.year}年度决算情况说明（${orgIds.length}个单位，${input.format.toUpperCase()}）`,
    payload: { ...input, orgIds },
  });
  return { jobId };
}

const safeName = (s: string) => s.replace(/[\\/:*?"<>|]/g, '_');

/** The job's work: one document per unit into a ZIP, progress after each. */
export function batchDocumentsHandler(deps: TxDeps) {
  return async (job: JobRow, progress: Progress): Promise<JobResult> => {
    const input = job.payload as BatchDocumentsInput;
    const actor = await loadActor(deps.db, job.createdBy, null);
    if (!actor) throw new AppError('FORBIDDEN', '发起任务的账号已停用，任务未执行。');
    const names = new Map(
      (
        await deps.db
          .select({ id: organisations.id, name: organisations.name })
          .from(organisations)
          .where(inArray(organisations.id, input.orgIds))
      ).map((o) => [o.id, o.name]),
    );
    const zip = new JSZip();
    const notes: string[] = [];
    let done = 0;
    await progress(0, input.orgIds.length);
    for (const orgId of input.orgIds) {
      const name = names.get(orgId) ?? '（已删除的单位）';
      try {
        if (!actor.reach.has(orgId)) throw new AppError('NOT_FOUND');
        const query = ZDocumentQuery.parse({ year: input.year, kind: 'explanation', format: input.format });
        const doc = await renderAccountsDocument(deps, actor, orgId, query);
        zip.file(safeName(doc.fileName), doc.bytes);
      } catch (error) {
        notes.push(`${name}：${isAppError(error) ? error.message : '文档生成失败'}`);
      }
      done += 1;
      await progress(done, input.orgIds.length);
    }
    if (notes.length > 0) zip.file('说明.txt', `以下单位未生成文档：\r\n${notes.join('\r\n')}\r\n`);
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    return {
      fileName: `${input.year}年度决算情况说明（${input.orgIds.length}个单位）.zip`,
      contentType: 'application/zip',
      bytes,
      ...(notes.length > 0
        ? { message: `${notes.length} 个单位未生成文档，原因见压缩包中的说明.txt。` }
        : {}),
    };
  };
}
