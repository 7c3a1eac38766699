/**
 * Optimistic concurrency: an update names the row version it was based on; if the row has moved on,
 * nothing is written and the caller gets 412 with a clear message.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { AppError } from '../errors.ts';
import type { DbOrTx } from './database.ts';

type VersionedTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

export async function updateVersioned<T extends VersionedTable>(
  db: DbOrTx,
  table: T,
  id: string,
  expectedVersion: number,
  values: Record<string, unknown>,
  now: Date,
): Promise<T['$inferSelect']> {
  const rows = (await db
    .update(table)
    .set({ ...values, version: sql`${table.version} + 1`, updatedAt: now } as never)
    .where(and(eq(table.id, id), eq(table.version, expectedVersion)))
    .returning()) as unknown as Array<T['$inferSelect']>;
  if (rows.length === 1) return rows[0]!;
  const exists = await db
    .select({ version: table.version })
    .from(table as PgTable)
    .where(eq(table.id, id));
  if (exists.length === 0) throw new AppError('NOT_FOUND');
  throw new AppError(
    'STALE',
    `数据已被他人修改（您提交的版本为 ${expectedVersion}，当前版本为 ${String(exists[0]!.version)}），请刷新后重试。`,
  );
}
