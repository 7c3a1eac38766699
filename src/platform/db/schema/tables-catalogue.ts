/**
 * 政府收支分类科目 imported by an administrator (issue 13): the catalogue a finance department issues,
 * one row per (region, year). `region` is `全国` (the national catalogue: its lists replace the built-in
 * edition of that year) or the code of a finance organisation (its entries extend the national edition
 * for the organisations under it). `data` is the domain's `CatalogueData` (src/domain/accounts/catalog.ts).
 */
import { integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './tables-platform.ts';

export const accountsCatalogues = pgTable(
  'accounts_catalogues',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    region: text('region').notNull(),
    year: integer('year').notNull(),
    /** CatalogueData: functions / economicDepartment / economicGovernment / income, title, source. */
    data: jsonb('data').notNull(),
    fileName: text('file_name').notNull(),
    rowCount: integer('row_count').notNull(),
    importedBy: uuid('imported_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('accounts_catalogues_region_year_unique').on(t.region, t.year)],
);
