/**
 * History as people read it: the timeline of a document (who, position, when, action, opinion or
 * reason, data changed) and the approval trail (names, positions, dates) a frozen version carries onto
 * its rendered 评分表 and 评价报告.
 */
import { EVENT_LABELS } from './messages.ts';
import type { FieldChange, FrozenVersion, TrailEntry, WorkflowEvent, WorkflowState } from './types.ts';

export type TimelineEntry = {
  seq: number;
  at: string;
  documentVersion: number;
  action: WorkflowEvent['type'];
  /** 提交 / 审核通过 / 退回 / … */
  label: string;
  actorName: string;
  position: string;
  stepName: string | null;
  /** The opinion of an approval, the reason of a return / withdrawal / reopening, the note of a delegation. */
  text: string | null;
  changes: FieldChange[];
  /** Who the item went to (step activation, delegation, return). */
  to: string[];
};

function stepNameOf(state: WorkflowState, step: number): string {
  return state.chain?.steps[step]?.name ?? `第 ${step + 1} 步`;
}

/** The timeline, oldest first. Step activations are included (送达 …) unless `withArrivals` is false. */
export function timeline(state: WorkflowState, options: { withArrivals?: boolean } = {}): TimelineEntry[] {
  const withArrivals = options.withArrivals ?? true;
  const out: TimelineEntry[] = [];
  for (const e of state.history) {
    if (e.type === 'step_activated' && !withArrivals) continue;
    const base = {
      seq: e.seq,
      at: e.at,
      documentVersion: e.documentVersion,
      action: e.type,
      label: EVENT_LABELS[e.type],
      actorName: e.actor.name,
      position: e.actor.position,
      stepName: null as string | null,
      text: null as string | null,
      changes: [] as FieldChange[],
      to: [] as string[],
    };
    switch (e.type) {
      case 'submitted':
        out.push({ ...base, label: e.resubmission ? '重新提交' : '提交', text: e.note });
        break;
      case 'step_activated':
        out.push({ ...base, stepName: e.stepName, to: e.assignees.map((a) => a.name) });
        break;
      case 'approved':
        out.push({
          ...base,
          label: e.stepCompleted ? '审核通过' : '完成评分',
          stepName: e.stepName,
          text: e.opinion,
          changes: e.changes,
        });
        break;
      case 'edited':
        out.push({ ...base, stepName: e.stepName, changes: e.changes });
        break;
      case 'returned':
        out.push({ ...base, stepName: e.stepName, text: e.reason, to: [e.toName] });
        break;
      case 'withdrawn':
        out.push({ ...base, text: e.reason });
        break;
      case 'delegated':
        out.push({ ...base, stepName: e.stepName, text: e.note, to: [e.to.name] });
        break;
      case 'frozen':
        out.push({ ...base, label: `定稿（第 ${e.number} 版）` });
        break;
      case 'reopened':
        out.push({ ...base, label: `重新打开（第 ${e.number} 版）`, text: e.reason });
        break;
    }
  }
  return out;
}

/**
 * The trail of the current round: the originator's last submission, then the approvals that still
 * stand, in step order. An approval stops standing when its step is activated again (a return to it or
 * to an earlier step); a return to the originator ends the standing of every approval when the
 * resubmission starts at the first step, and of the returning step's and later ones when the chain sends
 * resubmissions straight back to it (`resubmitTo: 'returning'`).
 */
export function currentTrail(state: WorkflowState): TrailEntry[] {
  const h = state.history;
  // The round starts at the last fresh submission; resubmissions after a 退回 continue it (a step
  // activated again drops its earlier signatures and those after it, below). The originator's node is
  // the latest (re)submission.
  let start = -1;
  let last = -1;
  for (let i = h.length - 1; i >= 0; i--) {
    const e = h[i]!;
    if (e.type !== 'submitted') continue;
    if (last === -1) last = i;
    if (!e.resubmission) {
      start = i;
      break;
    }
  }
  if (start === -1) start = last;
  if (start === -1) return [];
  const sub = h[last]!;
  const out: TrailEntry[] = [
    {
      step: null,
      stepName: state.chain?.initiatorStepName ?? '提交',
      userId: sub.actor.userId,
      name: sub.actor.name,
      position: sub.actor.position,
      title: sub.actor.title,
      at: sub.at,
      opinion: sub.type === 'submitted' ? sub.note : null,
    },
  ];
  const byStep = new Map<number, TrailEntry[]>();
  for (const e of h.slice(start + 1)) {
    if (e.type === 'step_activated') {
      for (const k of [...byStep.keys()]) if (k >= e.step) byStep.delete(k);
    } else if (e.type === 'approved') {
      const list = byStep.get(e.step) ?? [];
      list.push({
        step: e.step,
        stepName: stepNameOf(state, e.step),
        userId: e.actor.userId,
        name: e.actor.name,
        position: e.actor.position,
        title: e.actor.title,
        at: e.at,
        opinion: e.opinion,
      });
      byStep.set(e.step, list);
    }
  }
  for (const k of [...byStep.keys()].sort((a, b) => a - b)) out.push(...byStep.get(k)!);
  return out;
}

/** The frozen version with that number (default: the latest). */
export function frozenVersion(state: WorkflowState, number?: number): FrozenVersion | null {
  if (number === undefined) return state.frozen[state.frozen.length - 1] ?? null;
  return state.frozen.find((f) => f.number === number) ?? null;
}

/** Every data change made under review, with who made it and at which step (for the audit view). */
export function changesMade(state: WorkflowState): Array<{
  seq: number;
  at: string;
  actor: string;
  position: string;
  stepName: string;
  change: FieldChange;
}> {
  const out: Array<{
    seq: number;
    at: string;
    actor: string;
    position: string;
    stepName: string;
    change: FieldChange;
  }> = [];
  for (const e of state.history) {
    if (e.type !== 'approved' && e.type !== 'edited') continue;
    for (const c of e.changes)
      out.push({
        seq: e.seq,
        at: e.at,
        actor: e.actor.name,
        position: e.actor.position,
        stepName: e.stepName,
        change: c,
      });
  }
  return out;
}
