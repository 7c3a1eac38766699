/** A rectification as the API shows it, with 逾期 computed from the deadline and the clock. */
import { desc, eq, inArray, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  RECTIFICATION_SOURCE_LABELS,
  RECTIFICATION_STATUS_LABELS,
  chinaDate,
  rectificationStatus,
  type RectificationStatus,
} from '../../domain/monitoring/index.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { organisations, rectifications } from '../../platform/db/schema/index.ts';

type Row = typeof rectifications.$inferSelect;

export type RectificationDto = Omit<Row, 'createdAt' | 'updatedAt' | 'completedAt' | 'confirmedAt'> & {
  orgName: string;
  raisedByOrgName: string;
  sourceLabel: string;
  displayStatus: RectificationStatus;
  statusLabel: string;
  overdue: boolean;
  awaitingConfirmation: boolean;
  completedAt: string | null;
  confirmedAt: string | null;
  createdAt: string;
};

const raisedBy = alias(organisations, 'raised_by_org');

export function toDto(row: Row, orgName: string, raisedByOrgName: string, now: Date): RectificationDto {
  const displayStatus = rectificationStatus(
    {
      status: row.status,
      deadline: row.deadline,
      completedDate: row.completedAt ? chinaDate(row.completedAt) : null,
    },
    chinaDate(now),
  );
  const awaiting = row.status !== 'done' && row.completedAt !== null;
  return {
    ...row,
    orgName,
    raisedByOrgName,
    sourceLabel: RECTIFICATION_SOURCE_LABELS[row.source],
    displayStatus,
    statusLabel: `${RECTIFICATION_STATUS_LABELS[displayStatus]}${awaiting ? '（待确认）' : ''}`,
    overdue: displayStatus === 'overdue',
    awaitingConfirmation: awaiting,
    completedAt: row.completedAt?.toISOString() ?? null,
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

async function select(db: DbOrTx, where: ReturnType<typeof eq>, now: Date): Promise<RectificationDto[]> {
  const rows = await db
    .select({ r: rectifications, orgName: organisations.name, raisedByOrgName: raisedBy.name })
    .from(rectifications)
    .innerJoin(organisations, eq(organisations.id, rectifications.orgId))
    .innerJoin(raisedBy, eq(raisedBy.id, rectifications.raisedByOrgId))
    .where(where)
    .orderBy(desc(rectifications.createdAt));
  return rows.map((x) => toDto(x.r, x.orgName, x.raisedByOrgName, now));
}

export async function loadRectification(db: DbOrTx, id: string, now: Date): Promise<RectificationDto | null> {
  return (await select(db, eq(rectifications.id, id), now))[0] ?? null;
}

/** Items whose responsible unit or raising organisation is one of `orgIds`; overdue ones first. */
export async function rectificationsOf(db: DbOrTx, orgIds: string[], now: Date): Promise<RectificationDto[]> {
  if (orgIds.length === 0) return [];
  const items = await select(
    db,
    or(inArray(rectifications.orgId, orgIds), inArray(rectifications.raisedByOrgId, orgIds)) as ReturnType<
      typeof eq
    >,
    now,
  );
  return items.sort((a, b) => Number(b.overdue) - Number(a.overdue));
}

export async function rectificationOwner(db: DbOrTx, id: string): Promise<string | null> {
  const [row] = await db
    .select({ orgId: rectifications.orgId })
    .from(rectifications)
    .where(eq(rectifications.id, id));
  return row?.orgId ?? null;
}
