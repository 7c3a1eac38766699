/**
 * Exchange with the 预算管理一体化 platform (issue 15.7): what Jixiao keeps of the platform's data that
 * its own tables have no place for — a project's 项目代码 (pro_code), and the self-evaluation results
 * (自评结果: score, grade, 是否终审) a unit imported from the platform for projects it did not score in
 * Jixiao. Both are written only by src/features/exchange.
 */
import {
  boolean,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { projects } from './tables-goals.ts';
import { organisations } from './tables-platform.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

/** A project's 项目代码 in the platform; unique within an organisation and year. */
export const exchangeProjectCodes = pgTable(
  'exchange_project_codes',
  {
    projectId: uuid('project_id')
      .primaryKey()
      .references(() => projects.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    fiscalYear: integer('fiscal_year').notNull(),
    proCode: text('pro_code').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('exchange_project_codes_unique').on(t.orgId, t.fiscalYear, t.proCode)],
);

/** A self-evaluation result as the platform holds it (pm_perf_self_eval), imported. */
export const exchangeSelfResults = pgTable(
  'exchange_self_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    fiscalYear: integer('fiscal_year').notNull(),
    kind: text('kind', { enum: ['project', 'department'] }).notNull(),
    proCode: text('pro_code').notNull().default(''),
    proName: text('pro_name').notNull(),
    score: numeric('score'),
    grade: text('grade').notNull().default(''),
    isLastInst: boolean('is_last_inst').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('exchange_self_results_unique').on(t.orgId, t.fiscalYear, t.kind, t.proCode, t.proName),
    index('exchange_self_results_org_idx').on(t.orgId, t.fiscalYear),
  ],
);
