/**
 * Performance goals and self-evaluation (issue 3): indicator templates, projects with their goal
 * tables, evaluations and one score sheet per evaluator. Money and scores are `numeric`, read as
 * strings; template bodies, evaluation inputs and score entries are jsonb in the exchange formats of
 * src/domain/scoring (validated by its zod schemas before they are written).
 */
import {
  boolean,
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
import { organisations, users } from './tables-platform.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

/**
 * An indicator system (评价指标体系) stored by an organisation (imported, or copied from a built-in one).
 * The four built-in systems of the seeds are served from code (src/domain/scoring/templates) and are
 * copied here when an administrator wants to change them. `code` + `template_version` mirror the body.
 */
export const indicatorTemplates = pgTable(
  'indicator_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    code: text('code').notNull(),
    region: text('region').notNull().default(''),
    year: integer('year'),
    kind: text('kind', { enum: ['project', 'department'] }).notNull(),
    name: text('name').notNull(),
    templateVersion: integer('template_version').notNull(),
    body: jsonb('body').notNull(),
    builtIn: boolean('built_in').notNull().default(false),
    /** The built-in template this one was copied from, if any. */
    copiedFrom: text('copied_from'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('indicator_templates_code_unique').on(t.code),
    index('indicator_templates_org_idx').on(t.orgId),
  ],
);

/** A project (项目) of a budget unit for one fiscal year; amounts in 万元. Its goal table is project_indicators. */
export const projects = pgTable(
  'projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    fiscalYear: integer('fiscal_year').notNull(),
    name: text('name').notNull(),
    budgetFiscal: numeric('budget_fiscal').notNull().default('0'),
    budgetOther: numeric('budget_other').notNull().default('0'),
    executedFiscal: numeric('executed_fiscal').notNull().default('0'),
    executedOther: numeric('executed_other').notNull().default('0'),
    goalExpected: text('goal_expected').notNull().default(''),
    goalActual: text('goal_actual').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('projects_org_year_idx').on(t.orgId, t.fiscalYear)],
);

/**
 * One row of the goal table (绩效指标). The project is the aggregate: the rows are replaced together
 * under the project's version, so two clerks editing the same table get a 412, not a mix of both.
 */
export const projectIndicators = pgTable(
  'project_indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    level1: text('level1').notNull(),
    level2: text('level2').notNull().default(''),
    level3: text('level3').notNull(),
    target: text('target').notNull().default(''),
    /** 优/良/中/差 thresholds (004), or null. */
    standards: jsonb('standards'),
    actual: text('actual').notNull().default(''),
    /** 指标方向 higher / lower / equal / qualitative; null = read from the target (defaultDirection). */
    direction: text('direction'),
    /** 计量单位 and 计分规则 taken from the 指标库 (or typed); libraryCode = the entry it was picked from. */
    unit: text('unit').notNull().default(''),
    scoringRule: text('scoring_rule').notNull().default(''),
    libraryCode: text('library_code'),
    deviationReason: text('deviation_reason').notNull().default(''),
    improvement: text('improvement').notNull().default(''),
    updatedAt: updatedAt(),
  },
  (t) => [index('project_indicators_project_idx').on(t.projectId, t.position)],
);

/**
 * An evaluation (绩效自评) of a project, or of an organisation as a whole when project_id is null. The
 * template is a snapshot: later edits of the template do not change a finished evaluation.
 */
export const evaluations = pgTable(
  'evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    projectId: uuid('project_id').references(() => projects.id),
    fiscalYear: integer('fiscal_year').notNull(),
    title: text('title').notNull(),
    templateRef: text('template_ref').notNull(),
    template: jsonb('template').notNull(),
    inputs: jsonb('inputs').notNull().default({}),
    /** Printed figures of the whole evaluation (panel average, grade), when it came from a document. */
    given: jsonb('given'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('evaluations_org_idx').on(t.orgId), index('evaluations_project_idx').on(t.projectId)],
);

/** One evaluator's score sheet: per-indicator entries, or only a total (004's panel). */
export const scoreSheets = pgTable(
  'score_sheets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'cascade' }),
    evaluatorId: uuid('evaluator_id')
      .notNull()
      .references(() => users.id),
    evaluatorName: text('evaluator_name').notNull(),
    evaluatorTitle: text('evaluator_title').notNull().default(''),
    evaluatorUnit: text('evaluator_unit').notNull().default(''),
    /** Record<leaf id, { score, explanation, problem (存在问题), suggestion (有关建议) }>. */
    entries: jsonb('entries').notNull().default({}),
    /** A total given without detail; used only when entries is empty. */
    total: numeric('total'),
    /** Printed figures of this sheet, when it came from a document. */
    given: jsonb('given'),
    submitted: boolean('submitted').notNull().default(false),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('score_sheets_evaluator_unique').on(t.evaluationId, t.evaluatorId)],
);

/**
 * What people write in an evaluation's 项目支出绩效自评报告 (src/documents/evaluation ReportNarrative,
 * validated by ZReportNarrative of src/features/evaluations): one row per evaluation, keyed by the
 * evaluation's id, versioned on its own so a clerk writing the report does not collide with another
 * editing the inputs. Figures are never stored here: the report computes them from the data.
 */
export const evaluationReports = pgTable('evaluation_reports', {
  id: uuid('id')
    .primaryKey()
    .references(() => evaluations.id, { onDelete: 'cascade' }),
  narrative: jsonb('narrative').notNull().default({}),
  updatedBy: uuid('updated_by').references(() => users.id),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
