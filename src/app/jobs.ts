/** The background job queue of a server process, with the handler of every job kind registered. */
import type { Database } from '../platform/db/database.ts';
import { JobQueue } from '../platform/jobs/job-queue.ts';
import { BATCH_DOCUMENTS, batchDocumentsHandler } from '../features/reports/batch-documents.ts';
import { CHECK_DOCUMENT, checkDocumentHandler } from '../features/checker/check-document.ts';
import type { AppDeps } from './deps.ts';

export function createJobQueue(database: Database, deps: AppDeps): JobQueue {
  const queue = new JobQueue(database.pool, database.db, deps.clock);
  queue.register(BATCH_DOCUMENTS, batchDocumentsHandler(deps));
  queue.register(CHECK_DOCUMENT, checkDocumentHandler(deps));
  return queue;
}
