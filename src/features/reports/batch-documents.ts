/**
 * 批量生成文档: for a selection of units in the user's reach and a year, each unit's documents rendered
 * into one ZIP, as a background job — the request answers at once with the job, the page shows its
 * progress, and the ZIP is downloaded when it is finished. The user picks the kinds: the unit's
 * 决算情况说明, and for each of its evaluations of the year the 自评报告 and the 评分表 (DOCX or PDF). The ZIP
 * holds one folder per unit. A document that cannot be produced (no 决算 data for the year, no submitted
 * score sheet, an unexplained balance violation, …) is listed with its reason in 说明.txt instead of
 * stopping the batch. The documents are rendered as the requesting user (their reach, at run time).
 */
import JSZip from 'jszip';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { loadActor, type Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { evaluations, organisations } from '../../platform/db/schema/index.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import type { JobRow, JobResult, Progress } from '../../platform/jobs/job-queue.ts';
import { ZDocumentQuery } from '../accounts/accounts.schema.ts';
import { renderAccountsDocument } from '../accounts/render-accounts-document.ts';
import { renderDocument } from '../evaluations/render-document.ts';

export const BATCH_DOCUMENTS = 'batch-documents';

/** The kinds of document a batch can hold, with the names the ZIP and the UI use. */
export const BATCH_KINDS = {
  explanation: '决算情况说明',
  'self-evaluation-report': '自评报告',
  'score-table': '评分表',
} as const;
export type BatchKind = keyof typeof BATCH_KINDS;
export const ALL_BATCH_KINDS = Object.keys(BATCH_KINDS) as BatchKind[];

export type BatchDocumentsInput = {
  year: number;
  orgIds: string[];
  format: 'docx' | 'pdf';
  /** Which documents; all three when absent (jobs queued before kinds existed: the 决算情况说明 only). */
  kinds?: BatchKind[];
};

const kindsOf = (input: BatchDocumentsInput): BatchKind[] =>
  ALL_BATCH_KINDS.filter((k) => (input.kinds ?? ['explanation']).includes(k));

export async function startBatchDocuments(
  deps: TxDeps,
  actor: Actor,
  input: BatchDocumentsInput,
): Promise<{ jobId: string }> {
  if (!deps.jobs) throw new AppError('UNAVAILABLE', '后台任务服务未启动，请稍后重试。');
  const orgIds = [...new Set(input.orgIds)];
  // Outside one's reach is "not found", as everywhere else: a job never names another unit's data.
  if (orgIds.some((id) => !actor.reach.has(id))) throw new AppError('NOT_FOUND');
  const kinds = kindsOf({ ...input, kinds: input.kinds ?? ALL_BATCH_KINDS });
  if (kinds.length === 0) throw new AppError('VALIDATION', '请至少选择一种文档。');
  const jobId = await deps.jobs.enqueue(deps.db, {
    kind: BATCH_DOCUMENTS,
    orgId: actor.orgId,
    createdBy: actor.userId,
    title: `${input.year}年度${kinds.map((k) => BATCH_KINDS[k]).join('、')}（${orgIds.length}个单位，${input.format.toUpperCase()}）`,
    payload: { ...input, orgIds, kinds },
  });
  return { jobId };
}

/** Units whose documents are rendered at the same time (see the handler). */
const CONCURRENT_UNITS = 2;

const safeName = (s: string) => s.replace(/[\\/:*?"<>|]/g, '_');

/** The job's work: each unit's documents into its folder of the ZIP, progress after each unit. */
export function batchDocumentsHandler(deps: TxDeps) {
  return async (job: JobRow, progress: Progress): Promise<JobResult> => {
    const input = job.payload as BatchDocumentsInput;
    const kinds = kindsOf(input);
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
    const evaluationKinds = kinds.filter((k) => k !== 'explanation');
    const evaluationsOf = new Map<string, { id: string; title: string }[]>();
    if (evaluationKinds.length > 0)
      for (const ev of await deps.db
        .select({ id: evaluations.id, orgId: evaluations.orgId, title: evaluations.title })
        .from(evaluations)
        .where(and(inArray(evaluations.orgId, input.orgIds), eq(evaluations.fiscalYear, input.year)))
        .orderBy(asc(evaluations.title)))
        evaluationsOf.set(ev.orgId, [...(evaluationsOf.get(ev.orgId) ?? []), ev]);

    /** One unit's documents and the reasons for those it could not produce. */
    const renderUnit = async (orgId: string) => {
      const docs: { fileName: string; bytes: Buffer }[] = [];
      const notes: string[] = [];
      const name = names.get(orgId) ?? '（已删除的单位）';
      const attempt = async (render: () => Promise<{ fileName: string; bytes: Buffer }>) => {
        try {
          docs.push(await render());
        } catch (error) {
          notes.push(`${safeName(name)}：${isAppError(error) ? error.message : '文档生成失败'}`);
        }
      };
      if (!actor.reach.has(orgId)) {
        notes.push(`${name}：${new AppError('NOT_FOUND').message}`);
        return { folder: safeName(name), docs, notes };
      }
      if (kinds.includes('explanation'))
        await attempt(async () => {
          const query = ZDocumentQuery.parse({ year: input.year, kind: 'explanation', format: input.format });
          return renderAccountsDocument(deps, actor, orgId, query);
        });
      const mine = evaluationsOf.get(orgId) ?? [];
      if (evaluationKinds.length > 0 && mine.length === 0)
        notes.push(
          `${name}：${input.year}年度没有绩效自评，未生成${evaluationKinds.map((k) => BATCH_KINDS[k]).join('、')}。`,
        );
      for (const ev of mine)
        for (const kind of evaluationKinds)
          await attempt(async () => {
            const doc = await renderDocument(deps, actor, ev.id, { kind, format: input.format });
            // The file name carries the kind and the evaluation's title (a repeated one gets （2）).
            return { ...doc, fileName: `${BATCH_KINDS[kind]}-${safeName(ev.title)}.${input.format}` };
          });
      return { folder: safeName(name), docs, notes };
    };

    // Units are rendered CONCURRENT_UNITS at a time (while one waits on its charts, drawn in a worker
    // thread, or on the database, another's documents are built) and added to the ZIP in the order asked.
    const results: Awaited<ReturnType<typeof renderUnit>>[] = [];
    let next = 0;
    let done = 0;
    await progress(0, input.orgIds.length);
    const lane = async () => {
      for (let i = next++; i < input.orgIds.length; i = next++) {
        results[i] = await renderUnit(input.orgIds[i]!);
        done += 1;
        await progress(done, input.orgIds.length);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENT_UNITS }, lane));

    const zip = new JSZip();
    const notes = results.flatMap((r) => r.notes);
    let files = 0;
    for (const { folder, docs } of results)
      for (const doc of docs) {
        let path = `${folder}/${safeName(doc.fileName)}`;
        for (let n = 2; zip.file(path); n++)
          path = `${folder}/${safeName(doc.fileName).replace(/(\.\w+)$/, `（${n}）$1`)}`;
        zip.file(path, doc.bytes);
        files++;
      }
    if (notes.length > 0) zip.file('说明.txt', `以下文档未生成：\r\n${notes.join('\r\n')}\r\n`);
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    return {
      fileName: `${input.year}年度${kinds.map((k) => BATCH_KINDS[k]).join('、')}（${input.orgIds.length}个单位）.zip`,
      contentType: 'application/zip',
      bytes,
      ...(notes.length > 0
        ? { message: `已生成 ${files} 份文档；${notes.length} 项未生成，原因见压缩包中的说明.txt。` }
        : { message: `已生成 ${files} 份文档。` }),
    };
  };
}
