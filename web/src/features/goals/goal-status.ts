// Met / not met, completion rate and 优/良/中/差 level of one goal row, computed in the browser by the
// same domain functions the server uses, so the mark changes as the user types.
import {
  defaultDirection,
  type IndicatorDirection,
  evaluateAgainstStandards,
  evaluateGoal,
  type GradeStandards,
} from '../../../../src/domain/indicators/index.ts';
import { fixed } from '../../../../src/domain/money/index.ts';

export type GoalStatus = {
  status: 'met' | 'not-met' | 'undetermined' | 'empty';
  level: string | null;
  rate: string | null;
  message: string;
};

export function goalStatus(
  target: string,
  actual: string,
  standards: GradeStandards | null,
  /** The row's direction, or its 二级 / 三级 for the default (成本指标 → 反向), as the server judges it. */
  row: { direction?: IndicatorDirection | null; level2?: string; name?: string } = {},
): GoalStatus {
  if (!actual.trim()) return { status: 'empty', level: null, rate: null, message: '尚未填写实际完成值。' };
  if (standards && Object.values(standards).every((v) => v.trim() !== '')) {
    const s = evaluateAgainstStandards(standards, actual);
    const status = s.level === null ? 'undetermined' : s.level === '差' ? 'not-met' : 'met';
    return {
      status,
      level: s.level,
      rate: s.completionRate ? `${fixed(s.completionRate, 2)}%` : null,
      message: s.message,
    };
  }
  const g = evaluateGoal(
    target,
    actual,
    row.direction ?? defaultDirection({ target, level2: row.level2, name: row.name }),
  );
  return {
    status: g.status,
    level: null,
    rate: g.completionRate ? `${fixed(g.completionRate, 2)}%` : null,
    message: g.message,
  };
}
