/** What every use case and route receives: the database, configuration and the clock. */
import type { Config } from '../platform/config.ts';
import type { Db, DbOrTx } from '../platform/db/database.ts';
import type { JobQueue } from '../platform/jobs/job-queue.ts';

export type AppDeps = {
  db: Db;
  config: Config;
  clock: () => Date;
  databaseKind: 'embedded' | 'external';
  /** Background jobs (batch documents); absent in tools that run no server. */
  jobs?: JobQueue;
};

/** Deps bound to an open transaction: use cases run the same way inside or outside one. */
export type TxDeps = Omit<AppDeps, 'db'> & { db: DbOrTx };
