/**
 * 事前绩效评估 (issue 15): one pre-assessment per new project — 必要性, 可行性, 绩效目标合理性, 投入经济性,
 * 实施方案 and a conclusion (予以支持 / 调整后支持 / 不予支持) — reviewed through the workflow
 * (document kind `project_pre_assessment`, src/features/pre-assessment). Its id is the workflow document's id.
 */
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations, users } from './tables-platform.ts';
import { projects } from './tables-goals.ts';

export const preAssessments = pgTable(
  'pre_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    necessity: text('necessity').notNull().default(''),
    feasibility: text('feasibility').notNull().default(''),
    goalReasonableness: text('goal_reasonableness').notNull().default(''),
    inputEconomy: text('input_economy').notNull().default(''),
    implementationPlan: text('implementation_plan').notNull().default(''),
    /** 予以支持 / 调整后支持 / 不予支持, or null while undecided. */
    conclusion: text('conclusion', { enum: ['予以支持', '调整后支持', '不予支持'] }),
    /** 评估结论说明: the adjustments asked for, or why the project is not supported. */
    conclusionNote: text('conclusion_note').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('pre_assessments_project_unique').on(t.projectId),
    index('pre_assessments_org_idx').on(t.orgId),
  ],
);
