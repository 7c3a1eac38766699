/**
 * A user's inbox computed from documents' workflow states: 待办 (waiting for them now), 已办 (they acted on
 * it and it is not waiting for them), 我发起的 (they submitted it), with counts for the header; deadlines
 * and overdue items; and the notifications a batch of new events implies (an item arrives or comes back).
 */
import { isPendingAssignee } from './fields.ts';
import { KIND_LABELS, STATUS_LABELS } from './messages.ts';
import type { DocumentKind, WorkflowEvent, WorkflowState, WorkflowStatus } from './types.ts';

const DAY = 86_400_000;

export type Deadline = {
  dueAt: string | null;
  overdue: boolean;
  /** Whole days left (negative when overdue); null without a deadline. */ daysLeft: number | null;
};

export function deadlineOf(dueAt: string | null, now: string): Deadline {
  if (dueAt === null) return { dueAt, overdue: false, daysLeft: null };
  const ms = Date.parse(dueAt) - Date.parse(now);
  return { dueAt, overdue: ms < 0, daysLeft: ms >= 0 ? Math.ceil(ms / DAY) : -Math.ceil(-ms / DAY) };
}

export function isOverdue(state: WorkflowState, now: string): boolean {
  return state.status === 'in_review' && !!state.current && deadlineOf(state.current.dueAt, now).overdue;
}

export type InboxItem = {
  documentId: string;
  kind: DocumentKind;
  kindLabel: string;
  status: WorkflowStatus;
  statusLabel: string;
  documentVersion: number;
  /** The current step's name; 退回修改 for an item back with its originator. */
  stepName: string | null;
  submitterName: string | null;
  /** When the item reached its current holder. */
  since: string | null;
  deadline: Deadline;
  /** The user's own last action on it (已办), or the submission (我发起的). */
  lastActionAt: string | null;
};

export type Inbox = {
  todo: InboxItem[];
  done: InboxItem[];
  mine: InboxItem[];
  counts: { todo: number; overdue: number; done: number; mine: number };
};

/** Whether the item is waiting for this user now. */
export function isWaitingFor(state: WorkflowState, userId: string): boolean {
  if (state.status === 'returned') return state.submitter?.userId === userId;
  if (state.status !== 'in_review' || !state.current) return false;
  return isPendingAssignee(state.current, userId);
}

const ACTIONS: ReadonlySet<WorkflowEvent['type']> = new Set([
  'approved',
  'edited',
  'returned',
  'delegated',
  'reopened',
]);

function item(state: WorkflowState, now: string, lastActionAt: string | null): InboxItem {
  const returned = state.status === 'returned';
  const lastReturn = returned ? [...state.history].reverse().find((e) => e.type === 'returned') : undefined;
  return {
    documentId: state.documentId,
    kind: state.kind,
    kindLabel: KIND_LABELS[state.kind],
    status: state.status,
    statusLabel: STATUS_LABELS[state.status],
    documentVersion: state.documentVersion,
    stepName: returned ? '退回修改' : (state.current?.name ?? null),
    submitterName: state.submitter?.name ?? null,
    since: returned ? (lastReturn?.at ?? null) : (state.current?.activatedAt ?? null),
    deadline: deadlineOf(state.current?.dueAt ?? null, now),
    lastActionAt,
  };
}

export function inbox(userId: string, states: readonly WorkflowState[], now: string): Inbox {
  const todo: InboxItem[] = [];
  const done: InboxItem[] = [];
  const mine: InboxItem[] = [];
  for (const s of states) {
    const waiting = isWaitingFor(s, userId);
    let acted: string | null = null;
    let submitted: string | null = null;
    for (const e of s.history) {
      if (e.actor.userId !== userId) continue;
      if (ACTIONS.has(e.type)) acted = e.at;
      if (e.type === 'submitted') submitted = e.at;
    }
    if (waiting) todo.push(item(s, now, acted));
    else if (acted) done.push(item(s, now, acted));
    if (submitted) mine.push(item(s, now, submitted));
  }
  // 待办: overdue first, then the earliest deadline, then the oldest arrival; 已办 / 我发起的: latest first.
  const due = (i: InboxItem) => (i.deadline.dueAt ? Date.parse(i.deadline.dueAt) : Infinity);
  todo.sort((a, b) => due(a) - due(b) || (a.since ?? '').localeCompare(b.since ?? ''));
  done.sort((a, b) => (b.lastActionAt ?? '').localeCompare(a.lastActionAt ?? ''));
  mine.sort((a, b) => (b.lastActionAt ?? '').localeCompare(a.lastActionAt ?? ''));
  return {
    todo,
    done,
    mine,
    counts: {
      todo: todo.length,
      overdue: todo.filter((i) => i.deadline.overdue).length,
      done: done.length,
      mine: mine.length,
    },
  };
}

export type Notification = {
  userId: string;
  documentId: string;
  /** arrived: a step reached them; returned: it came back to them; frozen: their submission was finally approved. */
  kind: 'arrived' | 'returned' | 'frozen';
  stepName: string | null;
  at: string;
  by: string;
};

/** The notifications implied by newly accepted events (what `apply` returned), for the document `state`. */
export function notificationsFor(state: WorkflowState, events: readonly WorkflowEvent[]): Notification[] {
  const out: Notification[] = [];
  const cameBack = events.some((e) => e.type === 'returned');
  for (const e of events) {
    const base = { documentId: state.documentId, at: e.at, by: e.actor.name };
    if (e.type === 'step_activated') {
      for (const a of e.assignees)
        out.push({
          ...base,
          userId: a.userId,
          kind: cameBack ? 'returned' : 'arrived',
          stepName: e.stepName,
        });
    } else if (e.type === 'returned' && e.to === 'originator' && state.submitter) {
      out.push({ ...base, userId: state.submitter.userId, kind: 'returned', stepName: e.stepName });
    } else if (e.type === 'delegated') {
      out.push({ ...base, userId: e.to.userId, kind: 'arrived', stepName: e.stepName });
    } else if (e.type === 'frozen') {
      out.push({ ...base, userId: e.submitter.userId, kind: 'frozen', stepName: null });
    }
  }
  return out;
}
