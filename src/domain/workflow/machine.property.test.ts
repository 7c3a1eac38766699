/**
 * Model-based property test (fast-check `commands` / `modelRun`): random sequences of every action, by
 * random users (assignees, the submitter, holders of other steps, an outsider, an unknown id), with
 * stale versions, repeated command ids and reused ids. A small independent model predicts, for each
 * command, whether it must be accepted and where the document must then be; after every command the
 * state is checked against its own history by an oracle written without the machine's code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apply, createWorkflow, replay } from './machine.ts';
import {
  REFUSAL_CODES,
  type ChainDefinition,
  type OrgUser,
  type WorkflowCommand,
  type WorkflowEvent,
  type WorkflowState,
} from './types.ts';

const ORG = 'unit';
const people: OrgUser[] = [
  { id: 'jbr', name: '经办甲', orgId: ORG, grants: [{ role: 'clerk', position: null }] },
  {
    id: 'jbrzr',
    name: '经办兼主任',
    orgId: ORG,
    grants: [
      { role: 'clerk', position: null },
      { role: 'reviewer', position: '主任' },
    ],
  },
  {
    id: 'jbrpj',
    name: '经办兼评价',
    orgId: ORG,
    grants: [
      { role: 'clerk', position: null },
      { role: 'evaluator', position: null },
    ],
  },
  { id: 'zr', name: '主任甲', orgId: ORG, grants: [{ role: 'reviewer', position: '主任' }] },
  { id: 'zr2', name: '主任乙', orgId: ORG, grants: [{ role: 'reviewer', position: '主任' }] },
  { id: 'pj1', name: '评价甲', orgId: ORG, grants: [{ role: 'evaluator', position: null }] },
  { id: 'pj2', name: '评价乙', orgId: ORG, grants: [{ role: 'evaluator', position: null }] },
  { id: 'pj3', name: '评价丙', orgId: ORG, grants: [{ role: 'evaluator', position: null }] },
  { id: 'cz', name: '处长', orgId: ORG, grants: [{ role: 'reviewer', position: '处长' }] },
  {
    id: 'outsider',
    name: '外单位主任',
    orgId: 'elsewhere',
    grants: [{ role: 'reviewer', position: '主任' }],
  },
];
const IDS = [...people.map((p) => p.id), 'ghost'];
const CLERKS = ['jbr', 'jbrzr', 'jbrpj'];
/** Who holds each step, written out by hand (the model does not use the resolver). */
const HOLDERS = [['jbrzr', 'zr', 'zr2'], ['jbrpj', 'pj1', 'pj2', 'pj3'], ['cz']];
/** The panel of step 1 has two seats, picked at submission from the four evaluators. */
const PAIRS: Array<[string, string]> = [
  ['pj1', 'pj2'],
  ['pj2', 'pj3'],
  ['pj3', 'pj1'],
  ['jbrpj', 'pj1'],
  ['pj2', 'jbrpj'],
];
const EDITABLE_OK = ['scores.A1.score', 'sheets.$self.total', null] as const; // step 2 may edit nothing

const chain: ChainDefinition = {
  id: 'mixed',
  name: '混合流程',
  revision: 1,
  initiator: { role: 'clerk' },
  steps: [
    {
      id: 'zr',
      name: '主任审核',
      assignee: { position: '主任' },
      mode: 'single',
      deadlineDays: 2,
      editable: ['scores.*.score'],
    },
    {
      id: 'pj',
      name: '评价人员评分',
      assignee: { role: 'evaluator' },
      mode: 'panel',
      panelSize: 2,
      editable: ['sheets.$self.**'],
    },
    { id: 'cz', name: '处长审核', assignee: { position: '处长' }, mode: 'single', opinionRequired: true },
  ],
};
const LAST = chain.steps.length - 1;

type Model = {
  status: 'draft' | 'in_review' | 'returned' | 'frozen';
  step: number | null;
  assignees: string[];
  completed: string[];
  originators: string[];
  submitter: string | null;
  panel: string[];
  untouched: boolean;
  documentVersion: number;
  frozen: number;
};
type Real = {
  state: WorkflowState;
  accepted: Array<{ command: WorkflowCommand; events: WorkflowEvent[] }>;
  n: number;
  t: number;
  /** Refusals by code, to show the sequences exercise them. */
  refused: Partial<Record<string, number>>;
};

const pending = (m: Model) => m.assignees.filter((a) => !m.completed.includes(a));
const holdersOf = (step: number, m: Model) => HOLDERS[step]!.filter((h) => !m.originators.includes(h));
function activate(m: Model, step: number): void {
  m.status = 'in_review';
  m.step = step;
  m.assignees = step === 1 ? [...m.panel] : holdersOf(step, m);
  m.completed = [];
}

/** Picks a user: '@pending' a pending assignee (as the model sees it), '@submitter' the submitter, else the id. */
function who(pick: string, idx: number, m: Model): string {
  if (pick === '@pending') {
    const p = pending(m);
    return p.length ? p[idx % p.length]! : 'zr';
  }
  if (pick === '@submitter') return m.submitter ?? 'jbr';
  if (pick === '@bystander') {
    // Holds the current step's role or position, but is not (or no longer) a pending assignee.
    const b = m.step === null ? [] : HOLDERS[m.step]!.filter((h) => !pending(m).includes(h));
    return b.length ? b[idx % b.length]! : 'cz';
  }
  return pick;
}

type Spec =
  | { type: 'submit'; actor: string; pair: number }
  | {
      type: 'approve';
      actor: string;
      idx: number;
      step: number | 'cur';
      blank: boolean;
      change: 'none' | 'ok' | 'bad';
    }
  | {
      type: 'return';
      actor: string;
      idx: number;
      step: number | 'cur';
      to: 'originator' | number;
      blank: boolean;
    }
  | { type: 'withdraw'; actor: string }
  | { type: 'delegate'; actor: string; idx: number; step: number | 'cur'; to: string }
  | { type: 'edit'; actor: string; idx: number; step: number | 'cur'; change: 'none' | 'ok' | 'bad' }
  | { type: 'reopen'; actor: string; blank: boolean };

/** Builds the command and predicts whether a fresh, current command must be accepted. */
function build(spec: Spec, m: Model, real: Real): { cmd: WorkflowCommand; accept: boolean; code?: string } {
  const base = { commandId: `k${++real.n}`, expectedVersion: real.state.version };
  const actor = 'idx' in spec ? who(spec.actor, spec.idx, m) : who(spec.actor, 0, m);
  const step = 'step' in spec ? (spec.step === 'cur' ? (m.step ?? 0) : spec.step) : 0;
  const onStep = m.status === 'in_review' && step === m.step && pending(m).includes(actor);
  // Who is refused on the right step, and with which code: the submitter, a non-assignee, one who finished.
  const code =
    m.status !== 'in_review' || step !== m.step || onStep || actor === 'ghost'
      ? undefined
      : m.originators.includes(actor)
        ? 'SELF_APPROVAL'
        : m.completed.includes(actor)
          ? 'ALREADY_COMPLETED'
          : 'NOT_ASSIGNEE';
  const changes = (kind: 'none' | 'ok' | 'bad') => {
    if (kind === 'none') return [];
    const ok = m.step === null ? null : EDITABLE_OK[m.step];
    const field = kind === 'ok' && ok ? ok.replace('$self', actor) : 'budget.total';
    return [{ field, before: '1', after: '2' }];
  };
  const changeOk = (kind: 'none' | 'ok' | 'bad') =>
    kind === 'none' || (kind === 'ok' && m.step !== null && EDITABLE_OK[m.step] !== null);
  switch (spec.type) {
    case 'submit': {
      const pair = PAIRS[spec.pair % PAIRS.length]!;
      const allowed =
        (m.status === 'draft' && CLERKS.includes(actor)) ||
        (m.status === 'returned' && actor === m.submitter);
      const accept = allowed && !pair.some((p) => p === actor || m.originators.includes(p));
      return { cmd: { ...base, type: 'submit', actorId: actor, panelists: { pj: [...pair] } }, accept };
    }
    case 'approve': {
      const accept = onStep && !(step === LAST && spec.blank) && changeOk(spec.change);
      return {
        cmd: {
          ...base,
          type: 'approve',
          actorId: actor,
          step,
          opinion: spec.blank ? '' : '同意',
          changes: changes(spec.change),
        },
        accept,
        code,
      };
    }
    case 'return': {
      const to = spec.to;
      const accept = onStep && !spec.blank && (to === 'originator' || to < step);
      return {
        cmd: { ...base, type: 'return', actorId: actor, step, to, reason: spec.blank ? ' ' : '请修改' },
        accept,
        code,
      };
    }
    case 'withdraw':
      return {
        cmd: { ...base, type: 'withdraw', actorId: actor },
        accept: m.status === 'in_review' && actor === m.submitter && m.untouched,
      };
    case 'delegate': {
      const to =
        spec.to === '@colleague'
          ? (HOLDERS[m.step ?? 0]!.find((h) => h !== actor && !m.assignees.includes(h)) ?? 'zr2')
          : spec.to;
      const accept =
        onStep &&
        to !== actor &&
        HOLDERS[step]!.includes(to) &&
        !m.originators.includes(to) &&
        !(step === 1 && m.assignees.includes(to));
      return { cmd: { ...base, type: 'delegate', actorId: actor, step, to }, accept, code };
    }
    case 'edit': {
      const accept = onStep && spec.change !== 'none' && changeOk(spec.change);
      return {
        cmd: { ...base, type: 'edit', actorId: actor, step, changes: changes(spec.change) },
        accept,
        code,
      };
    }
    case 'reopen':
      return {
        cmd: { ...base, type: 'reopen', actorId: actor, reason: spec.blank ? '' : '重新评价' },
        accept: m.status === 'frozen' && actor === 'cz' && !spec.blank,
      };
  }
}

/** The model's transition for an accepted command. */
function advance(m: Model, cmd: WorkflowCommand): void {
  switch (cmd.type) {
    case 'submit':
      if (!m.originators.includes(cmd.actorId)) m.originators.push(cmd.actorId);
      m.submitter = cmd.actorId;
      m.panel = cmd.panelists!.pj!;
      activate(m, 0);
      m.untouched = true;
      return;
    case 'approve':
      m.untouched = false;
      m.completed.push(cmd.actorId);
      if (pending(m).length > 0 && m.step === 1) return;
      if (m.step === LAST) {
        Object.assign(m, { status: 'frozen', step: null, assignees: [], completed: [] });
        m.frozen++;
      } else activate(m, m.step! + 1);
      return;
    case 'return':
      m.untouched = false;
      if (cmd.to === 'originator')
        Object.assign(m, { status: 'returned', step: null, assignees: [], completed: [] });
      else activate(m, cmd.to);
      return;
    case 'withdraw':
      Object.assign(m, { status: 'draft', step: null, assignees: [], completed: [], submitter: null });
      return;
    case 'delegate':
      m.untouched = false;
      m.assignees = m.step === 1 ? m.assignees.map((a) => (a === cmd.actorId ? cmd.to : a)) : [cmd.to];
      return;
    case 'edit':
      m.untouched = false;
      return;
    case 'reopen':
      Object.assign(m, {
        status: 'draft',
        step: null,
        assignees: [],
        completed: [],
        originators: [],
        submitter: null,
        documentVersion: m.documentVersion + 1,
      });
      return;
  }
}

/** The oracle: state and history agree, judged from the history alone. */
function checkAgreement(s: WorkflowState): void {
  const h = s.history;
  expect(h.map((e) => e.seq)).toEqual(h.map((_, i) => i + 1));
  const ids = [...new Set(h.map((e) => e.commandId))];
  expect(s.version).toBe(ids.length);
  expect(Object.keys(s.commands).sort()).toEqual([...ids].sort());
  expect(h.every((e, i) => i === 0 || e.stateVersion >= h[i - 1]!.stateVersion)).toBe(true);
  expect(s.frozen.length).toBe(h.filter((e) => e.type === 'frozen').length);
  expect(s.documentVersion).toBe(1 + h.filter((e) => e.type === 'reopened').length);

  // Walk the history as a reviewer of the trail would.
  let status: WorkflowState['status'] = 'draft';
  let step: number | null = null;
  let assignees: string[] = [];
  let completed: string[] = [];
  let originators: string[] = [];
  let prev: WorkflowEvent | undefined;
  for (const e of h) {
    switch (e.type) {
      case 'submitted':
        expect(['draft', 'returned']).toContain(status);
        originators = [...new Set([...originators, e.actor.userId])];
        break;
      case 'step_activated':
        // No step is skipped: 0 after a submission, the next after a completed step, an earlier one after a return.
        if (prev?.type === 'submitted') expect(e.step).toBe(0);
        else if (prev?.type === 'approved')
          expect([prev.stepCompleted, e.step]).toEqual([true, prev.step + 1]);
        else if (prev?.type === 'returned') expect(e.step).toBeLessThan(prev.step);
        else throw new Error(`step activated after ${prev?.type}`);
        expect(e.assignees.length).toBeGreaterThan(0);
        expect(e.assignees.some((a) => originators.includes(a.userId))).toBe(false);
        status = 'in_review';
        step = e.step;
        assignees = e.assignees.map((a) => a.userId);
        completed = [];
        break;
      case 'approved':
      case 'returned':
      case 'edited':
      case 'delegated':
        // Only a pending assignee of the current step acts, and never an originator.
        expect(status).toBe('in_review');
        expect(e.step).toBe(step);
        expect(assignees).toContain(e.actor.userId);
        expect(completed).not.toContain(e.actor.userId);
        expect(originators).not.toContain(e.actor.userId);
        if (e.type === 'approved') {
          completed.push(e.actor.userId);
          expect(e.stepCompleted).toBe(
            completed.length === assignees.length || chain.steps[e.step]!.mode === 'single',
          );
        }
        if (e.type === 'returned' && e.to === 'originator') status = 'returned';
        if (e.type === 'delegated')
          assignees =
            chain.steps[e.step]!.mode === 'single'
              ? [e.to.userId]
              : assignees.map((a) => (a === e.from.userId ? e.to.userId : a));
        break;
      case 'withdrawn':
        expect(status).toBe('in_review');
        expect(prev?.type).toBe('step_activated');
        status = 'draft';
        break;
      case 'frozen':
        expect(prev?.type === 'approved' && prev.step === LAST && prev.stepCompleted).toBe(true);
        expect(e.trail.some((t, i) => i > 0 && originators.includes(t.userId))).toBe(false);
        status = 'frozen';
        break;
      case 'reopened':
        expect(status).toBe('frozen');
        status = 'draft';
        originators = [];
        break;
    }
    if (status !== 'in_review') {
      step = null;
      assignees = [];
      completed = [];
    }
    prev = e;
  }
  expect(s.status).toBe(status);
  expect(s.current?.index ?? null).toBe(step);
  expect(s.current?.assignees.map((a) => a.userId) ?? []).toEqual(assignees);
  expect(s.current?.completed.map((c) => c.userId) ?? []).toEqual(completed);
  expect(s.originators).toEqual(originators);
  if (s.status === 'in_review') expect(s.current!.completed.length).toBeLessThan(s.current!.assignees.length);
  expect(replay(createWorkflow(s), h)).toEqual(s);
}

function context(real: Real) {
  real.t += 1;
  return {
    now: new Date(Date.UTC(2021, 4, 10) + real.t * 3_600_000).toISOString(),
    directory: people,
    chain,
  };
}

class Act implements fc.Command<Model, Real> {
  constructor(readonly spec: Spec) {}
  check(): boolean {
    return true;
  }
  run(m: Model, real: Real): void {
    const { cmd, accept, code } = build(this.spec, m, real);
    const before = real.state;
    const out = apply(before, cmd, context(real));
    if (!out.ok) {
      expect(REFUSAL_CODES).toContain(out.code);
      expect(out.message).toMatch(/[\u4e00-\u9fff]/);
      real.refused[out.code] = (real.refused[out.code] ?? 0) + 1;
    }
    expect({ accepted: out.ok, code: out.ok ? null : out.code }).toMatchObject({ accepted: accept });
    if (code) expect(out.ok ? null : out.code).toBe(code);
    if (out.ok) {
      expect(out.replayed).toBe(false);
      expect(
        out.events.every((e) => e.stateVersion === before.version + 1 && e.commandId === cmd.commandId),
      ).toBe(true);
      if (cmd.type === 'approve') expect(m.originators).not.toContain(cmd.actorId);
      real.state = out.state;
      real.accepted.push({ command: cmd, events: out.events });
      advance(m, cmd);
    }
    expect(real.state.status).toBe(m.status);
    expect(real.state.current?.index ?? null).toBe(m.step);
    expect(real.state.current?.assignees.map((a) => a.userId) ?? []).toEqual(m.assignees);
    expect(real.state.documentVersion).toBe(m.documentVersion);
    expect(real.state.frozen.length).toBe(m.frozen);
    checkAgreement(real.state);
  }
  toString(): string {
    return JSON.stringify(this.spec);
  }
}

/** Retries an accepted command (double click / network retry): the first outcome, nothing new. */
class Repeat implements fc.Command<Model, Real> {
  constructor(readonly pick: number) {}
  check(_m: Readonly<Model>): boolean {
    return true;
  }
  run(_m: Model, real: Real): void {
    const prior = real.accepted[this.pick % Math.max(real.accepted.length, 1)];
    if (!prior) return;
    const out = apply(real.state, prior.command, context(real));
    expect(out).toEqual({ ok: true, state: real.state, events: [], replayed: true, previous: prior.events });
    if (out.ok) expect(out.state).toBe(real.state);
  }
  toString(): string {
    return `Repeat(${this.pick})`;
  }
}

/** A command based on an older (or future) version, or reusing an id for something else: refused. */
class Stale implements fc.Command<Model, Real> {
  constructor(
    readonly delta: number,
    readonly reuse: boolean,
  ) {}
  check(): boolean {
    return true;
  }
  run(m: Model, real: Real): void {
    const prior = real.accepted[this.delta % Math.max(real.accepted.length, 1)];
    const actor = pending(m)[0] ?? 'zr';
    const base: WorkflowCommand = {
      commandId: `s${++real.n}`,
      actorId: actor,
      type: 'approve',
      step: m.step ?? 0,
      opinion: '同意',
      expectedVersion: real.state.version + (this.delta % 2 === 0 ? -1 - (this.delta % 5) : 1),
    };
    if (this.reuse && prior) {
      const out = apply(
        real.state,
        {
          ...base,
          commandId: prior.command.commandId,
          opinion: '另一意见',
          expectedVersion: real.state.version,
        },
        context(real),
      );
      expect(out).toMatchObject({ ok: false, code: 'IDEMPOTENCY_CONFLICT' });
      return;
    }
    const out = apply(real.state, base, context(real));
    expect(out).toMatchObject({ ok: false, code: 'STALE' });
  }
  toString(): string {
    return `Stale(${this.delta}, ${this.reuse})`;
  }
}

const actorArb = fc.oneof(
  { weight: 6, arbitrary: fc.constant('@pending') },
  { weight: 1, arbitrary: fc.constant('@submitter') },
  { weight: 1, arbitrary: fc.constant('@bystander') },
  { weight: 2, arbitrary: fc.constantFrom(...IDS) },
);
const stepArb = fc.oneof(
  { weight: 4, arbitrary: fc.constant('cur' as const) },
  { weight: 1, arbitrary: fc.integer({ min: -1, max: 3 }) },
);
const idx = fc.nat(5);
const change = fc.constantFrom('none' as const, 'none' as const, 'ok' as const, 'bad' as const);

const rarely = fc.oneof(
  { weight: 4, arbitrary: fc.constant(false) },
  { weight: 1, arbitrary: fc.constant(true) },
);
const submitArb = fc
  .record({ actor: fc.constantFrom(...CLERKS, '@submitter', '@any'), pair: fc.nat(9) })
  .map(({ actor, pair }) => new Act({ type: 'submit', actor: actor === '@any' ? 'zr' : actor, pair }));
const approveArb = fc
  .record({ actor: actorArb, idx, step: stepArb, blank: rarely, change })
  .map((s) => new Act({ type: 'approve', ...s }));

// Weighted by repetition, so that sequences reach the end of the chain, freeze and reopen often.
const commandArbs = [
  submitArb,
  submitArb,
  approveArb,
  approveArb,
  approveArb,
  approveArb,
  approveArb,
  approveArb,
  fc
    .record({
      actor: actorArb,
      idx,
      step: stepArb,
      to: fc.oneof(fc.constant('originator' as const), fc.integer({ min: 0, max: 3 })),
      blank: rarely,
    })
    .map((s) => new Act({ type: 'return', ...s })),
  fc.constantFrom('@submitter', ...IDS).map((actor) => new Act({ type: 'withdraw', actor })),
  fc.constant('@submitter').map((actor) => new Act({ type: 'withdraw', actor })),
  fc
    .record({
      actor: actorArb,
      idx,
      step: stepArb,
      to: fc.oneof(
        { weight: 3, arbitrary: fc.constant('@colleague') },
        { weight: 1, arbitrary: fc.constantFrom(...IDS) },
      ),
    })
    .map((s) => new Act({ type: 'delegate', ...s })),
  fc.record({ actor: actorArb, idx, step: stepArb, change }).map((s) => new Act({ type: 'edit', ...s })),
  fc
    .record({ actor: fc.constantFrom('cz', 'zr', '@submitter'), blank: rarely })
    .map((s) => new Act({ type: 'reopen', ...s })),
  fc
    .record({ actor: fc.constantFrom('cz', 'zr', '@submitter'), blank: rarely })
    .map((s) => new Act({ type: 'reopen', ...s })),
  fc.nat(20).map((n) => new Repeat(n)),
  fc.tuple(fc.nat(20), fc.boolean()).map(([d, r]) => new Stale(d, r)),
];

describe('the workflow under random sequences of commands', () => {
  it('never strays from the model, never lets a non-assignee or the submitter act, keeps history and state agreeing', () => {
    let frozenSeen = 0;
    let reopenedSeen = 0;
    let returnedSeen = 0;
    let withdrawnSeen = 0;
    let delegatedSeen = 0;
    let refusedAssignee = 0;
    fc.assert(
      fc.property(fc.commands(commandArbs, { maxCommands: 60, size: 'max' }), (cmds) => {
        const model: Model = {
          status: 'draft',
          step: null,
          assignees: [],
          completed: [],
          originators: [],
          submitter: null,
          panel: [],
          untouched: false,
          documentVersion: 1,
          frozen: 0,
        };
        const real: Real = {
          state: createWorkflow({ documentId: 'p', kind: 'project_evaluation', orgId: ORG }),
          accepted: [],
          n: 0,
          t: 0,
          refused: {},
        };
        fc.modelRun(() => ({ model, real }), cmds);
        if (real.state.frozen.length > 0) frozenSeen++;
        if (real.state.documentVersion > 1) reopenedSeen++;
        const types = new Set(real.state.history.map((e) => e.type));
        if (types.has('returned')) returnedSeen++;
        if (types.has('withdrawn')) withdrawnSeen++;
        if (types.has('delegated')) delegatedSeen++;
        refusedAssignee += real.refused.NOT_ASSIGNEE ?? 0;
      }),
      { numRuns: 300 },
    );
    // The generator reaches the far end of the chain, not only the refusals at its start.
    const seen = { frozenSeen, reopenedSeen, returnedSeen, withdrawnSeen, delegatedSeen, refusedAssignee };
    // Typical counts are 40–70, 15–25, 50–60, 70, 25, 300+: the floors only catch a generator gone blind.
    for (const [what, n] of Object.entries(seen)) expect(n, what).toBeGreaterThanOrEqual(5);
  });
});
