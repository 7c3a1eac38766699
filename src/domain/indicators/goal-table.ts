/**
 * One row of a goal table (绩效目标表: 三级指标, 预期指标值 or 优/良/中/差 standards, 实际完成值, direction,
 * 偏差原因) assessed as a whole: whether it is met, under which direction, and — for submission — which
 * rows are 未达成 without a 偏差原因. The goals API, the documents and the submission checks share it.
 */
import type { Dec } from '../money/index.ts';
import { defaultDirection, type IndicatorDirection } from './direction.ts';
import {
  evaluateAgainstStandards,
  evaluateGoal,
  type GoalStatus,
  type GradeStandards,
} from './goal-evaluation.ts';

export type GoalRow = {
  /** 二级指标 (成本指标 …), for the default direction. */
  level2?: string;
  /** 三级指标. */
  name: string;
  target: string;
  actual: string;
  /** Set by the unit; null / absent = defaultDirection(). */
  direction?: IndicatorDirection | null;
  standards?: GradeStandards | null;
  deviationReason?: string | null;
};

export type GoalRowAssessment = {
  /** 'empty' while no 实际完成值 is entered. */
  status: GoalStatus | 'empty';
  /** The direction used: the row's own, else the default. */
  direction: IndicatorDirection;
  directionSet: boolean;
  /** 优/良/中/差 for a row with standards. */
  level: string | null;
  completionRate: Dec | null;
  deviation: Dec | null;
  message: string;
};

export function assessGoalRow(row: GoalRow): GoalRowAssessment {
  const directionSet = !!row.direction;
  const direction =
    row.direction ?? defaultDirection({ target: row.target, level2: row.level2, name: row.name });
  const base = { direction, directionSet, level: null, completionRate: null, deviation: null };
  if (!row.actual.trim()) return { ...base, status: 'empty', message: '尚未填写实际完成值。' };
  if (row.standards) {
    const s = evaluateAgainstStandards(row.standards, row.actual);
    return {
      ...base,
      status: s.level === null ? 'undetermined' : s.level === '差' ? 'not-met' : 'met',
      level: s.level,
      completionRate: s.completionRate,
      message: s.message,
    };
  }
  const g = evaluateGoal(row.target, row.actual, direction);
  return {
    ...base,
    status: g.status,
    completionRate: g.completionRate,
    deviation: g.deviation,
    message: g.message,
  };
}

/** The rows that are 未达成 and carry no 偏差原因, by name. */
export function unexplainedShortfalls(rows: readonly GoalRow[]): string[] {
  return rows
    .filter((r) => !r.deviationReason?.trim() && assessGoalRow(r).status === 'not-met')
    .map((r) => r.name);
}

/** Why a goal table cannot be submitted yet, in Chinese, or null. */
export function shortfallMessage(rows: readonly GoalRow[]): string | null {
  const names = unexplainedShortfalls(rows);
  if (names.length === 0) return null;
  return `以下${names.length}项指标未达成，须填写偏差原因后才能提交：${names.map((n) => `“${n}”`).join('、')}。`;
}
