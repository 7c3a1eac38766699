/**
 * The review state machine. `apply(state, command, context)` either refuses the command (a code and a
 * Chinese message; nothing changes) or accepts it, producing events; the new state is the old one with
 * those events folded in by `evolve`. State is therefore always `replay(initial, history)`, and the
 * persistence layer may store either.
 *
 * Order of checks, which the persistence layer relies on:
 *   1. a command id already accepted → the previous outcome again, no new event (idempotent retry);
 *      the same id with a different command → IDEMPOTENCY_CONFLICT;
 *   2. `expectedVersion` ≠ `state.version` → STALE (of two concurrent reviewers exactly one wins);
 *   3. the actor must be an enabled user of the directory;
 *   4. the command's own rules (status, step, assignee, submitter, reason, fields…).
 */
import { dueDate, holds, personOf, resolveAssignees } from './assignment.ts';
import { reopenSelector, resubmissionStep, snapshotChain, validateChain } from './chain.ts';
import { isPendingAssignee, stepMayEdit } from './fields.ts';
import { commandFingerprint } from './fingerprint.ts';
import { currentTrail } from './history.ts';
import { MSG, refuse } from './messages.ts';
import type {
  ChainDefinition,
  DocumentKind,
  FieldChange,
  OrgUser,
  Outcome,
  Person,
  Refusal,
  WorkflowCommand,
  WorkflowContext,
  WorkflowEvent,
  WorkflowState,
} from './types.ts';

type BaseKeys = 'seq' | 'stateVersion' | 'documentVersion' | 'commandId' | 'fingerprint' | 'at' | 'actor';
type DraftEvent = WorkflowEvent extends infer E
  ? E extends WorkflowEvent
    ? Omit<E, BaseKeys>
    : never
  : never;

export function createWorkflow(init: {
  documentId: string;
  kind: DocumentKind;
  orgId: string;
}): WorkflowState {
  return {
    documentId: init.documentId,
    kind: init.kind,
    orgId: init.orgId,
    version: 0,
    documentVersion: 1,
    status: 'draft',
    chain: null,
    submitter: null,
    submittedAt: null,
    originators: [],
    panelists: {},
    current: null,
    frozen: [],
    history: [],
    commands: {},
  };
}

/** Folds one event into the state (never validates: events are facts). */
export function evolve(state: WorkflowState, e: WorkflowEvent): WorkflowState {
  const prev = state.commands[e.commandId];
  const s: WorkflowState = {
    ...state,
    version: e.stateVersion,
    history: [...state.history, e],
    commands: {
      ...state.commands,
      [e.commandId]: { fingerprint: e.fingerprint, firstSeq: prev?.firstSeq ?? e.seq, lastSeq: e.seq },
    },
  };
  switch (e.type) {
    case 'submitted':
      return {
        ...s,
        status: 'in_review',
        chain: e.chain ?? s.chain,
        submitter: e.actor,
        submittedAt: e.at,
        originators: s.originators.includes(e.actor.userId)
          ? s.originators
          : [...s.originators, e.actor.userId],
        panelists: e.panelists,
        current: null,
      };
    case 'step_activated':
      return {
        ...s,
        status: 'in_review',
        current: {
          index: e.step,
          stepId: e.stepId,
          name: e.stepName,
          mode: e.mode,
          assignees: e.assignees,
          completed: [],
          activatedAt: e.at,
          dueAt: e.dueAt,
        },
      };
    case 'approved':
      return s.current
        ? {
            ...s,
            current: {
              ...s.current,
              completed: [...s.current.completed, { userId: e.actor.userId, at: e.at }],
            },
          }
        : s;
    case 'edited':
      return s;
    case 'returned':
      return e.to === 'originator' ? { ...s, status: 'returned', current: null } : s;
    case 'withdrawn':
      return { ...s, status: 'draft', current: null, submitter: null, submittedAt: null };
    case 'delegated': {
      if (!s.current) return s;
      const assignees =
        s.current.mode === 'single'
          ? [e.to]
          : s.current.assignees.map((a) => (a.userId === e.from.userId ? e.to : a));
      return { ...s, current: { ...s.current, assignees } };
    }
    case 'frozen':
      return {
        ...s,
        status: 'frozen',
        current: null,
        frozen: [
          ...s.frozen,
          {
            number: e.number,
            frozenAt: e.at,
            chainId: s.chain?.id ?? '',
            chainRevision: s.chain?.revision ?? 0,
            submitter: e.submitter,
            submittedAt: e.submittedAt,
            trail: e.trail,
          },
        ],
      };
    case 'reopened':
      return {
        ...s,
        status: 'draft',
        documentVersion: e.number,
        current: null,
        submitter: null,
        submittedAt: null,
        originators: [],
        panelists: {},
      };
  }
}

/** Rebuilds a state from its events. */
export function replay(initial: WorkflowState, events: readonly WorkflowEvent[]): WorkflowState {
  return events.reduce(evolve, initial);
}

/** Collects a command's events, folding each into the working state as it goes. */
class Emitter {
  state: WorkflowState;
  readonly events: WorkflowEvent[] = [];
  private readonly version: number;
  private readonly documentVersion: number;

  constructor(
    start: WorkflowState,
    private readonly command: WorkflowCommand,
    private readonly fingerprint: string,
    private readonly at: string,
    private readonly actor: Person,
  ) {
    this.state = start;
    this.version = start.version + 1;
    this.documentVersion = start.documentVersion;
  }

  emit(draft: DraftEvent): void {
    const e = {
      ...draft,
      seq: this.state.history.length + 1,
      stateVersion: this.version,
      documentVersion: this.documentVersion,
      commandId: this.command.commandId,
      fingerprint: this.fingerprint,
      at: this.at,
      actor: this.actor,
    } as WorkflowEvent;
    this.events.push(e);
    this.state = evolve(this.state, e);
  }

  done(): Outcome {
    return { ok: true, state: this.state, events: this.events, replayed: false };
  }
}

const blank = (s: string | undefined | null): boolean => s === undefined || s === null || s.trim() === '';

export function apply(state: WorkflowState, command: WorkflowCommand, ctx: WorkflowContext): Outcome {
  const fingerprint = commandFingerprint(command);
  const seen = state.commands[command.commandId];
  if (seen) {
    if (seen.fingerprint !== fingerprint) return refuse('IDEMPOTENCY_CONFLICT', MSG.idempotencyConflict());
    const previous = state.history.filter((e) => e.commandId === command.commandId);
    return { ok: true, state, events: [], replayed: true, previous };
  }
  if (command.expectedVersion !== state.version)
    return refuse('STALE', MSG.stale(command.expectedVersion, state.version));
  const user = ctx.directory.find((u) => u.id === command.actorId);
  if (!user || user.disabled) return refuse('UNKNOWN_ACTOR', MSG.unknownActor());
  const orgPath = ctx.orgPath && ctx.orgPath.length > 0 ? ctx.orgPath : [state.orgId];
  const env: Env = { state, ctx, user, orgPath, fingerprint };
  switch (command.type) {
    case 'submit':
      return submit(env, command);
    case 'approve':
      return approve(env, command);
    case 'return':
      return sendBack(env, command);
    case 'withdraw':
      return withdraw(env, command);
    case 'delegate':
      return delegate(env, command);
    case 'edit':
      return edit(env, command);
    case 'reopen':
      return reopen(env, command);
  }
}

type Env = {
  state: WorkflowState;
  ctx: WorkflowContext;
  user: OrgUser;
  orgPath: readonly string[];
  fingerprint: string;
};

function notOpen(state: WorkflowState, command: string): Refusal {
  const last = state.frozen[state.frozen.length - 1];
  if (state.status === 'frozen' && last) return refuse('INVALID_STATE', MSG.frozen(last.number));
  return refuse('INVALID_STATE', MSG.invalidState(state.status, command));
}

/** Resolves every step up front, so a submission never stalls later for want of a holder. */
function checkStaffing(
  env: Env,
  chain: ChainDefinition,
  exclude: string[],
  panelists: Record<string, string[]>,
): Refusal | null {
  for (const key of Object.keys(panelists)) {
    const step = chain.steps.find((s) => s.id === key);
    if (!step || step.mode !== 'panel')
      return refuse('INVALID_PANEL', MSG.panelPickInvalid(key, '该步骤不是会签步骤'));
  }
  for (const step of chain.steps) {
    const r = resolveAssignees(step, env.ctx.directory, env.orgPath, exclude, panelists[step.id]);
    if (!r.ok) return r;
  }
  return null;
}

/** Activates step `index` (resolving its assignees now) or refuses when nobody can hold it. */
function activate(env: Env, em: Emitter, index: number): Refusal | null {
  const st = em.state;
  const step = st.chain?.steps[index];
  if (!step || !st.chain) return refuse('INVALID_CHAIN', MSG.invalidChain(`缺少第 ${index + 1} 步`));
  const r = resolveAssignees(step, env.ctx.directory, env.orgPath, st.originators, st.panelists[step.id]);
  if (!r.ok) return r;
  em.emit({
    type: 'step_activated',
    step: index,
    stepId: step.id,
    stepName: step.name,
    mode: step.mode,
    assignees: r.assignees,
    dueAt: dueDate(env.ctx.now, step.deadlineDays),
  });
  return null;
}

function submit(env: Env, cmd: Extract<WorkflowCommand, { type: 'submit' }>): Outcome {
  const { state, user } = env;
  let chain: ChainDefinition;
  let resubmission: boolean;
  if (state.status === 'draft') {
    if (!env.ctx.chain) return refuse('NO_CHAIN', MSG.noChain(state.kind));
    const problems = validateChain(env.ctx.chain);
    if (problems.length) return refuse('INVALID_CHAIN', MSG.invalidChain(problems[0]!));
    chain = snapshotChain(env.ctx.chain);
    resubmission = false;
    if (!holds(user, chain.initiator, env.orgPath)) return refuse('NOT_INITIATOR', MSG.notInitiator());
  } else if (state.status === 'returned') {
    if (!state.chain) return refuse('NO_CHAIN', MSG.noChain(state.kind));
    chain = state.chain;
    resubmission = true;
    if (state.submitter?.userId !== user.id)
      return refuse('NOT_SUBMITTER', MSG.notSubmitter(state.submitter?.name ?? ''));
  } else {
    return notOpen(state, 'submit');
  }
  const panelists = cmd.panelists ?? (resubmission ? state.panelists : {});
  const exclude = state.originators.includes(user.id) ? state.originators : [...state.originators, user.id];
  const staffing = checkStaffing(env, chain, exclude, panelists);
  if (staffing) return staffing;
  const em = new Emitter(state, cmd, env.fingerprint, env.ctx.now, personOf(user, chain.initiator));
  em.emit({
    type: 'submitted',
    resubmission,
    chain: resubmission ? null : chain,
    panelists,
    note: blank(cmd.note) ? null : cmd.note!.trim(),
  });
  // A resubmission goes back to the first step, or (chain.resubmitTo 'returning') to the step that returned it.
  const failed = activate(env, em, resubmission ? resubmissionStep(chain, returnedFrom(state)) : 0);
  return failed ?? em.done();
}

/** The step whose holder returned the document to its originator last, or null. */
function returnedFrom(state: WorkflowState): number | null {
  for (let i = state.history.length - 1; i >= 0; i--) {
    const e = state.history[i]!;
    if (e.type === 'returned' && e.to === 'originator') return e.step;
    if (e.type === 'submitted' && !e.resubmission) return null;
  }
  return null;
}

/** The checks every action on the current step shares: status, step, submitter, assignee. */
function onCurrentStep(env: Env, cmd: { type: string; step: number }): Refusal | null {
  const { state, user } = env;
  const cur = state.current;
  if (state.status !== 'in_review' || !cur) return notOpen(state, cmd.type);
  if (cmd.step !== cur.index) return refuse('WRONG_STEP', MSG.wrongStep(cur.name));
  if (state.originators.includes(user.id)) return refuse('SELF_APPROVAL', MSG.selfApproval());
  const step = state.chain?.steps[cur.index];
  if (!step || !cur.assignees.some((a) => a.userId === user.id) || !holds(user, step.assignee, env.orgPath))
    return refuse('NOT_ASSIGNEE', MSG.notAssignee(cur.name));
  if (!isPendingAssignee(cur, user.id)) return refuse('ALREADY_COMPLETED', MSG.alreadyCompleted(cur.name));
  return null;
}

function checkChanges(env: Env, changes: readonly FieldChange[]): Refusal | null {
  const cur = env.state.current!;
  const step = env.state.chain!.steps[cur.index]!;
  for (const c of changes)
    if (!stepMayEdit(step, c.field, env.user.id))
      return refuse('FIELD_NOT_EDITABLE', MSG.fieldNotEditable(cur.name, c.field));
  return null;
}

function actingPerson(env: Env): Person {
  const step = env.state.chain!.steps[env.state.current!.index]!;
  return personOf(env.user, step.assignee);
}

function approve(env: Env, cmd: Extract<WorkflowCommand, { type: 'approve' }>): Outcome {
  const bad = onCurrentStep(env, cmd);
  if (bad) return bad;
  const { state } = env;
  const cur = state.current!;
  const chain = state.chain!;
  const step = chain.steps[cur.index]!;
  if (step.opinionRequired && blank(cmd.opinion))
    return refuse('OPINION_REQUIRED', MSG.opinionRequired(cur.name));
  const changes = cmd.changes ?? [];
  const badField = checkChanges(env, changes);
  if (badField) return badField;
  const completesStep = cur.mode === 'single' || cur.completed.length + 1 >= cur.assignees.length;
  const em = new Emitter(state, cmd, env.fingerprint, env.ctx.now, actingPerson(env));
  em.emit({
    type: 'approved',
    step: cur.index,
    stepName: cur.name,
    opinion: blank(cmd.opinion) ? null : cmd.opinion!.trim(),
    changes,
    stepCompleted: completesStep,
  });
  if (!completesStep) return em.done();
  if (cur.index + 1 < chain.steps.length) {
    const failed = activate(env, em, cur.index + 1);
    return failed ?? em.done();
  }
  em.emit({
    type: 'frozen',
    number: state.documentVersion,
    submitter: state.submitter!,
    submittedAt: state.submittedAt!,
    trail: currentTrail(em.state),
  });
  return em.done();
}

function sendBack(env: Env, cmd: Extract<WorkflowCommand, { type: 'return' }>): Outcome {
  const bad = onCurrentStep(env, cmd);
  if (bad) return bad;
  const { state } = env;
  const cur = state.current!;
  if (blank(cmd.reason)) return refuse('REASON_REQUIRED', MSG.reasonRequired('退回'));
  const to = cmd.to;
  if (to !== 'originator' && !(Number.isInteger(to) && to >= 0 && to < cur.index))
    return refuse('INVALID_RETURN_TARGET', MSG.invalidReturnTarget());
  const toName = to === 'originator' ? (state.submitter?.name ?? '') : state.chain!.steps[to]!.name;
  const em = new Emitter(state, cmd, env.fingerprint, env.ctx.now, actingPerson(env));
  em.emit({ type: 'returned', step: cur.index, stepName: cur.name, to, toName, reason: cmd.reason.trim() });
  if (to === 'originator') return em.done();
  const failed = activate(env, em, to);
  return failed ?? em.done();
}

function withdraw(env: Env, cmd: Extract<WorkflowCommand, { type: 'withdraw' }>): Outcome {
  const { state, user } = env;
  if (state.status !== 'in_review') return notOpen(state, 'withdraw');
  if (state.submitter?.userId !== user.id)
    return refuse('NOT_SUBMITTER', MSG.notSubmitter(state.submitter?.name ?? ''));
  // Until the next step acts: nothing may have happened since the (re)submission.
  const last = state.history[state.history.length - 1];
  const lastSubmit = [...state.history].reverse().find((e) => e.type === 'submitted');
  if (!last || !lastSubmit || last.commandId !== lastSubmit.commandId)
    return refuse('WITHDRAW_TOO_LATE', MSG.withdrawTooLate());
  const em = new Emitter(state, cmd, env.fingerprint, env.ctx.now, state.submitter);
  em.emit({ type: 'withdrawn', reason: blank(cmd.reason) ? null : cmd.reason!.trim() });
  return em.done();
}

function delegate(env: Env, cmd: Extract<WorkflowCommand, { type: 'delegate' }>): Outcome {
  const bad = onCurrentStep(env, cmd);
  if (bad) return bad;
  const { state, user } = env;
  const cur = state.current!;
  const step = state.chain!.steps[cur.index]!;
  if (cmd.to === user.id) return refuse('DELEGATE_TO_SELF', MSG.delegateToSelf());
  const target = env.ctx.directory.find((u) => u.id === cmd.to);
  if (!target || !holds(target, step.assignee, env.orgPath))
    return refuse('DELEGATE_NOT_ELIGIBLE', MSG.delegateNotEligible(target?.name ?? cmd.to, cur.name));
  if (state.originators.includes(target.id))
    return refuse('DELEGATE_NOT_ELIGIBLE', MSG.delegateToOriginator());
  if (cur.mode === 'panel' && cur.assignees.some((a) => a.userId === target.id))
    return refuse('DELEGATE_NOT_ELIGIBLE', MSG.delegateAlreadyAssignee(target.name));
  const from = actingPerson(env);
  const em = new Emitter(state, cmd, env.fingerprint, env.ctx.now, from);
  em.emit({
    type: 'delegated',
    step: cur.index,
    stepName: cur.name,
    from,
    to: personOf(target, step.assignee),
    note: blank(cmd.note) ? null : cmd.note!.trim(),
  });
  return em.done();
}

function edit(env: Env, cmd: Extract<WorkflowCommand, { type: 'edit' }>): Outcome {
  const bad = onCurrentStep(env, cmd);
  if (bad) return bad;
  if (cmd.changes.length === 0) return refuse('NO_CHANGES', MSG.noChanges());
  const badField = checkChanges(env, cmd.changes);
  if (badField) return badField;
  const cur = env.state.current!;
  const em = new Emitter(env.state, cmd, env.fingerprint, env.ctx.now, actingPerson(env));
  em.emit({ type: 'edited', step: cur.index, stepName: cur.name, changes: cmd.changes });
  return em.done();
}

function reopen(env: Env, cmd: Extract<WorkflowCommand, { type: 'reopen' }>): Outcome {
  const { state, user } = env;
  if (state.status !== 'frozen' || !state.chain)
    return refuse('INVALID_STATE', MSG.invalidState(state.status, 'reopen'));
  const sel = reopenSelector(state.chain);
  if (!sel || !holds(user, sel, env.orgPath))
    return refuse('NOT_ALLOWED_TO_REOPEN', MSG.notAllowedToReopen());
  if (blank(cmd.reason)) return refuse('REASON_REQUIRED', MSG.reasonRequired('重新打开'));
  const em = new Emitter(state, cmd, env.fingerprint, env.ctx.now, personOf(user, sel));
  em.emit({
    type: 'reopened',
    fromNumber: state.documentVersion,
    number: state.documentVersion + 1,
    reason: cmd.reason.trim(),
  });
  return em.done();
}
