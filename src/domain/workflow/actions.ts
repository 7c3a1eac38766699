/**
 * What a user may do with a document now — the buttons the UI shows — computed by asking `apply` itself
 * with probe commands, so the answer is what the machine itself would accept. A probe
 * refused only for its content (a missing reason or opinion, no changes, a delegate not yet chosen)
 * still counts as available: the user supplies that content.
 */
import { eligibleUsers } from './assignment.ts';
import { editScope } from './fields.ts';
import { apply } from './machine.ts';
import type { OrgUser, RefusalCode, WorkflowCommand, WorkflowContext, WorkflowState } from './types.ts';

export type ActionType = WorkflowCommand['type'];

const CONTENT_CODES: ReadonlySet<RefusalCode> = new Set([
  'REASON_REQUIRED',
  'OPINION_REQUIRED',
  'NO_CHANGES',
  'INVALID_RETURN_TARGET',
  'DELEGATE_TO_SELF',
  'DELEGATE_NOT_ELIGIBLE',
  'INVALID_PANEL',
]);

export function availableActions(state: WorkflowState, userId: string, ctx: WorkflowContext): ActionType[] {
  const base = { commandId: '\u0000probe', actorId: userId, expectedVersion: state.version };
  const step = state.current?.index ?? 0;
  const probes: WorkflowCommand[] = [
    { ...base, type: 'submit' },
    { ...base, type: 'approve', step },
    { ...base, type: 'return', step, to: 'originator', reason: '' },
    { ...base, type: 'withdraw' },
    { ...base, type: 'delegate', step, to: userId },
    { ...base, type: 'edit', step, changes: [] },
    { ...base, type: 'reopen', reason: '' },
  ];
  const out: ActionType[] = [];
  for (const p of probes) {
    const r = apply(state, p, ctx);
    if (r.ok || CONTENT_CODES.has(r.code)) out.push(p.type);
  }
  // Delegation is offered only when there is someone to delegate to; editing only when the step may edit.
  return out.filter(
    (t) =>
      (t !== 'delegate' || delegateCandidates(state, userId, ctx).length > 0) &&
      (t !== 'edit' || editScope(state, userId).mode === 'fields'),
  );
}

/** Where the current step may send the item back: the originator, or any earlier step. */
export function returnTargets(state: WorkflowState): Array<{ to: 'originator' | number; name: string }> {
  if (state.status !== 'in_review' || !state.current || !state.chain) return [];
  const earlier = state.chain.steps
    .slice(0, state.current.index)
    .map((s, i) => ({ to: i as 'originator' | number, name: s.name }));
  return [
    {
      to: 'originator',
      name: `${state.submitter?.name ?? ''}（${state.chain.initiatorStepName ?? '提交人'}）`,
    },
    ...earlier,
  ];
}

/** Colleagues holding the same position as the current step, to whom `userId` may delegate. */
export function delegateCandidates(state: WorkflowState, userId: string, ctx: WorkflowContext): OrgUser[] {
  const cur = state.current;
  const step = cur ? state.chain?.steps[cur.index] : undefined;
  if (!cur || !step) return [];
  const orgPath = ctx.orgPath && ctx.orgPath.length > 0 ? ctx.orgPath : [state.orgId];
  const taken = cur.mode === 'panel' ? cur.assignees.map((a) => a.userId) : [];
  return eligibleUsers(step, ctx.directory, orgPath, [...state.originators, userId, ...taken]);
}
