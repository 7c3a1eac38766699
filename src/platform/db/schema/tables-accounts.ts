/**
 * Final accounts (决算, issue 5): one document per organisation and fiscal year — the organisation's own
 * (本级) tables in the exchange format of src/domain/accounts (`FinalAccounts`, validated by its zod
 * schema before it is written) — and, for a department, the settings of its consolidation (合并).
 *
 * Why one jsonb document and not fourteen normalised tables: the tables are always read, checked
 * (表内 and 表间 rules span all of them) and turned into the explanation together, so the document is
 * the aggregate; one row version then guards all of it against a stale save (412). Amounts inside are
 * decimal strings in 元 (the domain schema refuses JSON numbers), so jsonb keeps them exact; the totals
 * a list needs are copied into `numeric` columns on every save.
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
import { organisations, users } from './tables-platform.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const finalAccounts = pgTable(
  'final_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    fiscalYear: integer('fiscal_year').notNull(),
    /** FinalAccounts (src/domain/accounts/model.ts), amounts in 元 as decimal strings. */
    data: jsonb('data').notNull(),
    status: text('status', { enum: ['draft', 'submitted'] })
      .notNull()
      .default('draft'),
    /** Violations of the balance rules found by the last save (exact 元), in the domain's shape plus `key`. */
    violations: jsonb('violations').notNull().default([]),
    /** Record<violation key "ruleId@table/row/column", reason written by the user>. */
    explanations: jsonb('explanations').notNull().default({}),
    /** 本年收入合计 / 本年支出合计 / 收入总计, copied from `data` for lists. */
    incomeTotal: numeric('income_total').notNull().default('0'),
    expenditureTotal: numeric('expenditure_total').notNull().default('0'),
    grandTotal: numeric('grand_total').notNull().default('0'),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    submittedBy: uuid('submitted_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('final_accounts_org_year_unique').on(t.orgId, t.fiscalYear),
    index('final_accounts_year_idx').on(t.fiscalYear),
  ],
);

/**
 * What a department adds to its members' accounts to consolidate them: how it names itself, the
 * transfers between members to eliminate (by organisation id), last year's published department
 * figures, and its own written reasons. The consolidated tables themselves are computed on read.
 */
export const accountsConsolidations = pgTable(
  'accounts_consolidations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    fiscalYear: integer('fiscal_year').notNull(),
    /** FinalAccounts['unit'] */
    unit: jsonb('unit').notNull(),
    /** Array<{ kind: 'subsidy' | 'remittance', fromOrgId, toOrgId, amount (元) }> */
    transfers: jsonb('transfers').notNull().default([]),
    /** PriorYear */
    previous: jsonb('previous').notNull(),
    /** AccountsTexts */
    texts: jsonb('texts').notNull().default({}),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('accounts_consolidations_org_year_unique').on(t.orgId, t.fiscalYear)],
);

/**
 * An organisation's accounts settings (issue 13): the document template its 决算公开 is rendered with
 * (an id of src/domain/accounts/templates/*.json). No row = the Sichuan template of its scope.
 */
export const accountsSettings = pgTable('accounts_settings', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organisations.id),
  templateId: text('template_id').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: updatedAt(),
});
