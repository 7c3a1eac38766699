/**
 * The vocabulary of review workflows (审核流程): chains and their steps, the people they resolve to, the
 * commands users send, the events those commands produce, and the workflow state folded from the events.
 * Everything here is plain JSON-serialisable data, so the persistence layer can store the state (or only
 * the events) as it is and rebuild it with `replay`.
 */

/** The documents Jixiao puts under review. */
export const DOCUMENT_KINDS = [
  'project_goals',
  'project_evaluation',
  'department_evaluation',
  'final_accounts',
  'monitoring_report',
  'project_pre_assessment',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A JSON value as stored in a document field (scores are decimal strings, never JSON numbers). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

// ───────────────────────────── people ─────────────────────────────

/** A role grant as `src/app/roles.ts` keeps it: a role (clerk, reviewer, evaluator…) and an optional position. */
export type Grant = { role: string; position: string | null };

/** A user of the organisation tree, as plain data handed in by the feature layer. */
export type OrgUser = {
  id: string;
  name: string;
  orgId: string;
  grants: readonly Grant[];
  /** 职务/职称 printed on a trail (004: 一级主任科员). */
  title?: string | null;
  disabled?: boolean;
};

/** A person as recorded in history: who, and under which position they acted. */
export type Person = { userId: string; name: string; position: string; title: string | null };

// ───────────────────────────── chains ─────────────────────────────

/**
 * Who may hold a step: holders of a role, of a position, or both (e.g. role reviewer + position 主任).
 * `orgLevel` counts up the organisation path: 0 = the document's organisation (default), 1 = its parent…
 */
export type AssigneeSelector = { role?: string; position?: string; orgLevel?: number };

export type ChainStep = {
  /** Stable within the chain (used for panel picks and in history). */
  id: string;
  /** Shown to users: 主任审核. */
  name: string;
  assignee: AssigneeSelector;
  /** single: any one eligible holder acts for the step; panel: every assignee must complete it. */
  mode: 'single' | 'panel';
  /** Panel only: exactly this many panelists (picked at submission when more are eligible); omitted = all eligible. */
  panelSize?: number;
  /** Calendar days from the step's activation to its deadline. */
  deadlineDays?: number;
  /** Document fields this step may change while under review (patterns, see `fields.ts`). */
  editable?: readonly string[];
  /** Whether approving needs a written opinion. */
  opinionRequired?: boolean;
};

export type ChainDefinition = {
  id: string;
  name: string;
  /** Bumped on every administrative edit, so a snapshot says which revision a document went through. */
  revision: number;
  /** Who may submit (and so originate) a document under this chain. */
  initiator: AssigneeSelector;
  /** The name of the originator's node on the trail (002: 经办人打分). */
  initiatorStepName?: string;
  /** Who may reopen a frozen document; default: holders of the last step. */
  reopenBy?: AssigneeSelector;
  /**
   * Where a document resubmitted after a 退回 goes: 'first' (default) = the first step again, every step
   * reviews it anew; 'returning' = straight back to the step that returned it (the approvals of the steps
   * before it stay on the trail).
   */
  resubmitTo?: 'first' | 'returning';
  steps: readonly ChainStep[];
};

/** A chain configured for an organisation and a document kind; inherited by its descendants unless overridden. */
export type ChainSetting = { orgId: string; kind: DocumentKind; chain: ChainDefinition };

// ───────────────────────────── commands ─────────────────────────────

/** A change to a document field made at a step; `before` and `after` are supplied by the feature layer. */
export type FieldChange = { field: string; before: JsonValue; after: JsonValue };

type CommandBase = {
  /** Client-generated id; a repeat with the same id returns the first outcome (idempotency). */
  commandId: string;
  /** Set by the feature layer from the session, never from the request body. */
  actorId: string;
  /** The state version the user saw; a stale one is refused (optimistic concurrency). */
  expectedVersion: number;
};

export type SubmitCommand = CommandBase & {
  type: 'submit';
  note?: string;
  /** Panel picks per step id, when more holders are eligible than the panel size. */
  panelists?: Record<string, string[]>;
};
export type ApproveCommand = CommandBase & {
  type: 'approve';
  step: number;
  opinion?: string;
  changes?: FieldChange[];
};
export type ReturnCommand = CommandBase & {
  type: 'return';
  step: number;
  to: 'originator' | number;
  reason: string;
};
export type WithdrawCommand = CommandBase & { type: 'withdraw'; reason?: string };
export type DelegateCommand = CommandBase & { type: 'delegate'; step: number; to: string; note?: string };
export type EditCommand = CommandBase & { type: 'edit'; step: number; changes: FieldChange[] };
export type ReopenCommand = CommandBase & { type: 'reopen'; reason: string };

export type WorkflowCommand =
  | SubmitCommand
  | ApproveCommand
  | ReturnCommand
  | WithdrawCommand
  | DelegateCommand
  | EditCommand
  | ReopenCommand;

// ───────────────────────────── events ─────────────────────────────

type EventBase = {
  /** 1, 2, 3… within the document, never reused. */
  seq: number;
  /** The state version after the command that produced this event. */
  stateVersion: number;
  /** The numbered document version (1 until the first reopen). */
  documentVersion: number;
  commandId: string;
  /** Hash of the command, to tell a retry from a different command reusing an id. */
  fingerprint: string;
  at: string;
  actor: Person;
};

/** A signature on the approval trail (names, positions, dates) of a frozen version. */
export type TrailEntry = {
  /** null for the originator's node. */
  step: number | null;
  stepName: string;
  userId: string;
  name: string;
  position: string;
  title: string | null;
  at: string;
  opinion: string | null;
};

export type WorkflowEvent = EventBase &
  (
    | {
        type: 'submitted';
        resubmission: boolean;
        /** The chain snapshot, on a fresh submission (not on a resubmission after a return). */
        chain: ChainDefinition | null;
        panelists: Record<string, string[]>;
        note: string | null;
      }
    | {
        type: 'step_activated';
        step: number;
        stepId: string;
        stepName: string;
        mode: 'single' | 'panel';
        assignees: Person[];
        dueAt: string | null;
      }
    | {
        type: 'approved';
        step: number;
        stepName: string;
        opinion: string | null;
        changes: FieldChange[];
        /** True when this approval completed the step (always for single, the last panelist for a panel). */
        stepCompleted: boolean;
      }
    | { type: 'edited'; step: number; stepName: string; changes: FieldChange[] }
    | {
        type: 'returned';
        step: number;
        stepName: string;
        to: 'originator' | number;
        toName: string;
        reason: string;
      }
    | { type: 'withdrawn'; reason: string | null }
    | { type: 'delegated'; step: number; stepName: string; from: Person; to: Person; note: string | null }
    | { type: 'frozen'; number: number; submitter: Person; submittedAt: string; trail: TrailEntry[] }
    | { type: 'reopened'; fromNumber: number; number: number; reason: string }
  );

export type WorkflowEventType = WorkflowEvent['type'];

// ───────────────────────────── state ─────────────────────────────

/** draft: being prepared; in_review: at a step; returned: back with the originator; frozen: finally approved. */
export type WorkflowStatus = 'draft' | 'in_review' | 'returned' | 'frozen';

export type ActiveStep = {
  index: number;
  stepId: string;
  name: string;
  mode: 'single' | 'panel';
  assignees: Person[];
  /** Panelists (or the single approver) who have completed the step. */
  completed: Array<{ userId: string; at: string }>;
  activatedAt: string;
  dueAt: string | null;
};

export type FrozenVersion = {
  number: number;
  frozenAt: string;
  chainId: string;
  chainRevision: number;
  submitter: Person;
  submittedAt: string;
  trail: TrailEntry[];
};

export type WorkflowState = {
  documentId: string;
  kind: DocumentKind;
  orgId: string;
  /** Bumped by every accepted command: the optimistic-concurrency token. */
  version: number;
  /** The numbered version of the document; frozen versions keep their number. */
  documentVersion: number;
  status: WorkflowStatus;
  /** The chain snapshotted at the last fresh submission. */
  chain: ChainDefinition | null;
  /** The originator of the current round (null in draft). */
  submitter: Person | null;
  submittedAt: string | null;
  /** Everyone who submitted in this document version: none of them may review it. */
  originators: string[];
  panelists: Record<string, string[]>;
  current: ActiveStep | null;
  frozen: FrozenVersion[];
  history: WorkflowEvent[];
  /** Accepted command ids → fingerprint and the events they produced (for idempotent replays). */
  commands: Record<string, { fingerprint: string; firstSeq: number; lastSeq: number }>;
};

// ───────────────────────────── outcomes ─────────────────────────────

export const REFUSAL_CODES = [
  'STALE',
  'IDEMPOTENCY_CONFLICT',
  'UNKNOWN_ACTOR',
  'INVALID_STATE',
  'NO_CHAIN',
  'INVALID_CHAIN',
  'NOT_INITIATOR',
  'NOT_SUBMITTER',
  'WRONG_STEP',
  'NOT_ASSIGNEE',
  'SELF_APPROVAL',
  'ALREADY_COMPLETED',
  'OPINION_REQUIRED',
  'REASON_REQUIRED',
  'INVALID_RETURN_TARGET',
  'WITHDRAW_TOO_LATE',
  'DELEGATE_TO_SELF',
  'DELEGATE_NOT_ELIGIBLE',
  'NO_ASSIGNEE',
  'INVALID_PANEL',
  'NO_CHANGES',
  'FIELD_NOT_EDITABLE',
  'NOT_ALLOWED_TO_REOPEN',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export type Refusal = { ok: false; code: RefusalCode; message: string };

export type Accepted = {
  ok: true;
  state: WorkflowState;
  /** The new events to persist (empty on a replay). */
  events: WorkflowEvent[];
  /** True when the command id had already been accepted: nothing changed. */
  replayed: boolean;
  /** On a replay, the events the command produced the first time. */
  previous?: WorkflowEvent[];
};

export type Outcome = Accepted | Refusal;

/** What `apply` needs from the world: the clock, the organisation's people, and (to submit) the resolved chain. */
export type WorkflowContext = {
  now: string;
  directory: readonly OrgUser[];
  /** The document's organisation first, then its ancestors (for `orgLevel` selectors); default [state.orgId]. */
  orgPath?: readonly string[];
  /** The chain resolved for the document (`resolveChain`); required for a fresh submission. */
  chain?: ChainDefinition | null;
};
