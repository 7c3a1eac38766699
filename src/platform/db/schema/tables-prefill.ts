/**
 * No figure typed twice (issue 15): a self-evaluation's inputs are prefilled from the goals and the
 * project (src/domain/scoring/prefill.ts). A prefilled figure a person changed is an override and keeps
 * its reason here, one row per evaluation, leaf and field, while the input differs from what was prefilled.
 */
import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './tables-platform.ts';
import { evaluations } from './tables-goals.ts';

export const evaluationInputOverrides = pgTable(
  'evaluation_input_overrides',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'cascade' }),
    leafId: text('leaf_id').notNull(),
    /** The input's field: target, actual, value, met, executed, budget, items, values.<variable>. */
    field: text('field').notNull(),
    /** What the goals or the project gave, and what the person wrote instead (null = cleared). */
    prefilled: jsonb('prefilled').notNull(),
    value: jsonb('value'),
    source: text('source').notNull(),
    reason: text('reason').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('evaluation_input_overrides_unique').on(t.evaluationId, t.leafId, t.field),
    index('evaluation_input_overrides_evaluation_idx').on(t.evaluationId),
  ],
);
