/**
 * Background jobs as users see them: what was asked, by whom, for which organisation, how far it has
 * got, and the file it produced. The queue itself (dispatch, retries, several server processes) is
 * pg-boss in its own schema; this row is what the UI polls and what survives a restart.
 */
import { customType, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, users } from './tables-platform.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

export const backgroundJobs = pgTable(
  'background_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    /** The organisation whose work this is: who may see the job. */
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    title: text('title').notNull(),
    payload: jsonb('payload').notNull(),
    status: text('status', { enum: ['queued', 'running', 'succeeded', 'failed'] })
      .notNull()
      .default('queued'),
    done: integer('done').notNull().default(0),
    total: integer('total').notNull().default(0),
    /** What the user is told when it failed (Chinese), or notes on a partial result. */
    message: text('message'),
    resultName: text('result_name'),
    resultType: text('result_type'),
    result: bytea('result'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'date' }),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('background_jobs_org_idx').on(t.orgId), index('background_jobs_creator_idx').on(t.createdBy)],
);
