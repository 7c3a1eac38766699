/**
 * 指标库 (issue 15.3): reference indicators picked when goals are set, and the proposals units make for
 * it. `org_id` owns an entry: the root organisation for 共性 and 行业 entries (only its administrators
 * maintain them), the department for its 个性 entries (seen by that department and the units below it).
 * The rules of an entry (levels, default direction) live in src/domain/indicators/library.ts.
 *
 * Every entry belongs to an edition (版本): reference data of one region and year — `region` is 全国 (the
 * national edition, the fallback) or the code of a finance organisation (财政部门) whose administrators
 * maintain it. Which edition serves an organisation and year: src/domain/indicators/editions.ts.
 */
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations, users } from './tables-platform.ts';
import { projects } from './tables-goals.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const indicatorLibraryEditions = pgTable(
  'indicator_library_editions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** 全国, or the code of the finance organisation whose edition it is. */
    region: text('region').notNull(),
    year: integer('year').notNull(),
    /** 版本说明 (e.g. the document it follows). */
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('indicator_library_editions_region_year_unique').on(t.region, t.year)],
);

export const indicatorLibrary = pgTable(
  'indicator_library',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: uuid('edition_id')
      .notNull()
      .references(() => indicatorLibraryEditions.id, { onDelete: 'cascade' }),
    /** 指标编码, stable across XLSX export and import (and from one edition to the next). */
    code: text('code').notNull(),
    scope: text('scope', { enum: ['common', 'department', 'industry'] }).notNull(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    industry: text('industry').notNull().default(''),
    level1: text('level1').notNull(),
    level2: text('level2').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull().default(''),
    /** higher / lower / equal / qualitative (IndicatorDirection). */
    direction: text('direction').notNull(),
    scoringRule: text('scoring_rule').notNull().default(''),
    valueNote: text('value_note').notNull().default(''),
    active: boolean('active').notNull().default(true),
    /** starter (shipped), admin (typed), import (XLSX), proposal (accepted from a unit). */
    source: text('source').notNull().default('admin'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('indicator_library_edition_code_unique').on(t.editionId, t.code),
    index('indicator_library_org_idx').on(t.orgId),
    index('indicator_library_edition_idx').on(t.editionId),
  ],
);

/** A free-text indicator a unit proposes for the library; an administrator accepts or rejects it. */
export const indicatorProposals = pgTable(
  'indicator_proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The proposing unit. */
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    projectId: uuid('project_id').references(() => projects.id, { onDelete: 'set null' }),
    /** The edition the unit's goals were set against (the one an accepted entry goes into). */
    editionId: uuid('edition_id').references(() => indicatorLibraryEditions.id, { onDelete: 'set null' }),
    level1: text('level1').notNull(),
    level2: text('level2').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull().default(''),
    direction: text('direction'),
    scoringRule: text('scoring_rule').notNull().default(''),
    valueNote: text('value_note').notNull().default(''),
    /** Why the unit proposes it. */
    note: text('note').notNull().default(''),
    status: text('status', { enum: ['pending', 'accepted', 'rejected'] })
      .notNull()
      .default('pending'),
    proposedBy: uuid('proposed_by')
      .notNull()
      .references(() => users.id),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    decisionNote: text('decision_note').notNull().default(''),
    /** The library entry made on acceptance. */
    entryCode: text('entry_code'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('indicator_proposals_org_idx').on(t.orgId, t.status)],
);
