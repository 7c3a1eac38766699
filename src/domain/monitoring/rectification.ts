/**
 * 整改台账 status as users see it: 待整改 / 整改中 / 已整改 are stored; 逾期 is computed from the deadline
 * and the clock (today, as a YYYY-MM-DD date in China), so an item becomes overdue without anyone
 * touching it. An item whose completion was reported by the deadline is not overdue while it awaits
 * confirmation.
 */
export type RectificationStored = 'open' | 'in-progress' | 'done';
export type RectificationStatus = RectificationStored | 'overdue';

export const RECTIFICATION_STATUS_LABELS: Record<RectificationStatus, string> = {
  open: '待整改',
  'in-progress': '整改中',
  done: '已整改',
  overdue: '逾期',
};

export const RECTIFICATION_SOURCES = [
  'self-evaluation',
  'review-return',
  'monitoring',
  'supervisor',
] as const;
export type RectificationSource = (typeof RECTIFICATION_SOURCES)[number];
export const RECTIFICATION_SOURCE_LABELS: Record<RectificationSource, string> = {
  'self-evaluation': '自评发现问题',
  'review-return': '审核退回',
  monitoring: '监控预警',
  supervisor: '主管部门提出',
};

/** The calendar date (YYYY-MM-DD) of an instant in China Standard Time (UTC+8, no daylight saving). */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function rectificationStatus(
  item: { status: RectificationStored; deadline: string; completedDate: string | null },
  today: string,
): RectificationStatus {
  if (item.status === 'done') return 'done';
  const reportedInTime = item.completedDate !== null && item.completedDate <= item.deadline;
  if (today > item.deadline && !reportedInTime) return 'overdue';
  return item.status;
}
