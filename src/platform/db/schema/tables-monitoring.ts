/**
 * 绩效运行监控, 整改台账 and 结果应用 (issue 14). A monitoring round is opened by a supervisor (主管部门 or
 * 财政部门) for a year and a cut-off month; each organisation in its reach gets one report whose projects are
 * jsonb in the exchange format of src/domain/monitoring (amounts as decimal strings; lights are computed
 * on read, never stored). Rectifications (整改) and budget recommendations (结果应用) are plain rows.
 */
import {
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { evaluations } from './tables-goals.ts';
import { organisations, users } from './tables-platform.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const monitoringRounds = pgTable(
  'monitoring_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The supervising organisation that opened the round. */
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    fiscalYear: integer('fiscal_year').notNull(),
    /** 截至月份 (1–12). */
    month: integer('month').notNull(),
    /** 报送截止日期, YYYY-MM-DD. */
    dueDate: text('due_date').notNull(),
    title: text('title').notNull(),
    /** The warning rules as they were when the round opened (src/domain/monitoring MonitoringRules). */
    rules: jsonb('rules').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('monitoring_rounds_org_idx').on(t.orgId, t.fiscalYear)],
);

/** One organisation's report in a round: 未填报 / 填报中 / 审核中 / 已提交. */
export const monitoringReports = pgTable(
  'monitoring_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => monitoringRounds.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    status: text('status', { enum: ['not-started', 'filling', 'reviewing', 'submitted'] })
      .notNull()
      .default('not-started'),
    /** Array of { projectId, ...MonitoringProjectInput }. */
    projects: jsonb('projects').notNull(),
    /** The reason of the last return, shown to the unit until it submits again. */
    returnReason: text('return_reason'),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    submittedBy: uuid('submitted_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('monitoring_reports_round_org_unique').on(t.roundId, t.orgId),
    index('monitoring_reports_org_idx').on(t.orgId),
  ],
);

/** 整改台账: one problem and its rectification, to closure confirmed by the organisation that raised it. */
export const rectifications = pgTable(
  'rectifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** 责任单位. */
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    raisedByOrgId: uuid('raised_by_org_id')
      .notNull()
      .references(() => organisations.id),
    raisedBy: uuid('raised_by').references(() => users.id),
    source: text('source', {
      enum: ['self-evaluation', 'review-return', 'monitoring', 'supervisor'],
    }).notNull(),
    /** The evaluation, report or workflow document the problem came from, if any. */
    sourceRef: text('source_ref'),
    fiscalYear: integer('fiscal_year').notNull(),
    problem: text('problem').notNull(),
    requirement: text('requirement').notNull(),
    responsiblePerson: text('responsible_person').notNull(),
    /** 整改期限, YYYY-MM-DD. */
    deadline: text('deadline').notNull(),
    measures: text('measures').notNull().default(''),
    result: text('result').notNull().default(''),
    /** 待整改 / 整改中 / 已整改; 逾期 is computed from the deadline and the clock. */
    status: text('status', { enum: ['open', 'in-progress', 'done'] })
      .notNull()
      .default('open'),
    /** Set when the responsible unit reports the rectification complete, awaiting confirmation. */
    completedAt: timestamp('completed_at', { withTimezone: true, mode: 'date' }),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true, mode: 'date' }),
    confirmedBy: uuid('confirmed_by').references(() => users.id),
    rejectReason: text('reject_reason'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('rectifications_org_idx').on(t.orgId),
    index('rectifications_raised_idx').on(t.raisedByOrgId),
  ],
);

/** 结果应用: the supervisor's confirmed (or overridden) budget recommendation for an evaluated project. */
export const budgetRecommendations = pgTable(
  'budget_recommendations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'cascade' }),
    /** The organisation that confirmed it. */
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    recommendation: text('recommendation').notNull(),
    /** 建议预算 (万元), decimal. */
    proposedBudget: numeric('proposed_budget'),
    /** Required when the recommendation differs from the one the grade maps to. */
    reason: text('reason').notNull().default(''),
    confirmedBy: uuid('confirmed_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('budget_recommendations_evaluation_unique').on(t.evaluationId)],
);
