/**
 * Which document fields a step may change while under review. Fields are dotted paths named by the
 * feature that owns the document (`scores.A1.score`, `problems`, `sheets.u-7.total`); a step declares
 * patterns over them:
 *   `*`     one path segment            `scores.*.score`
 *   `**`    the rest of the path (last) `scores.**`
 *   `$self` the acting user's id        `sheets.$self.**` — a panelist edits only their own sheet
 */
import type { ActiveStep, ChainStep, WorkflowState } from './types.ts';

export function patternProblem(pattern: string): string | null {
  if (pattern.trim() === '') return '可修改字段不能为空';
  const segs = pattern.split('.');
  if (segs.some((s) => s === '')) return `可修改字段「${pattern}」格式有误`;
  const deep = segs.indexOf('**');
  if (deep !== -1 && deep !== segs.length - 1) return `可修改字段「${pattern}」中的 ** 只能放在最后`;
  return null;
}

export function fieldMatches(pattern: string, field: string, actorId: string): boolean {
  const p = pattern.split('.');
  const f = field.split('.');
  for (let i = 0; i < p.length; i++) {
    const seg = p[i]!;
    if (seg === '**') return f.length > i;
    const part = f[i];
    if (part === undefined) return false;
    if (seg === '*') continue;
    if (seg === '$self' ? part !== actorId : part !== seg) return false;
  }
  return p.length === f.length;
}

export function stepMayEdit(step: Pick<ChainStep, 'editable'>, field: string, actorId: string): boolean {
  return (step.editable ?? []).some((p) => fieldMatches(p, field, actorId));
}

/**
 * What a user may edit in the document now: everything (the originator of a draft or a returned
 * document; the feature layer still checks its own permissions), some fields (a current assignee who
 * has not completed the step), or nothing (everyone else, and everyone once frozen).
 */
export type EditScope = { mode: 'all' } | { mode: 'fields'; patterns: string[] } | { mode: 'none' };

export function editScope(state: WorkflowState, userId: string): EditScope {
  switch (state.status) {
    case 'draft':
      return { mode: 'all' };
    case 'returned':
      return state.submitter?.userId === userId ? { mode: 'all' } : { mode: 'none' };
    case 'frozen':
      return { mode: 'none' };
    case 'in_review': {
      const cur = state.current;
      const step = cur ? state.chain?.steps[cur.index] : undefined;
      if (!cur || !step || !isPendingAssignee(cur, userId)) return { mode: 'none' };
      const patterns = (step.editable ?? []).map((p) =>
        p
          .split('.')
          .map((s) => (s === '$self' ? userId : s))
          .join('.'),
      );
      return patterns.length ? { mode: 'fields', patterns } : { mode: 'none' };
    }
  }
}

/** Whether `userId` may change `field` right now (the lock the feature layer applies to every data write). */
export function mayEdit(state: WorkflowState, userId: string, field: string): boolean {
  const scope = editScope(state, userId);
  if (scope.mode === 'all') return true;
  if (scope.mode === 'none') return false;
  return scope.patterns.some((p) => fieldMatches(p, field, userId));
}

export function isPendingAssignee(cur: ActiveStep, userId: string): boolean {
  return cur.assignees.some((a) => a.userId === userId) && !cur.completed.some((c) => c.userId === userId);
}
