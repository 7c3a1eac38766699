// Calls and shapes of the review workflow (/api/workflow). The acting user is the session's: no call names one.
import { api, newIdempotencyKey } from '../../shared/api/client';
import type {
  ChainDefinition,
  DocumentKind,
  EditScope,
  InboxItem,
  TimelineEntry,
  TrailEntry,
} from '../../../../src/domain/workflow/index.ts';

export type { ChainDefinition, DocumentKind, InboxItem, TimelineEntry, TrailEntry };

export type Assignee = {
  userId: string;
  name: string;
  position: string;
  title: string | null;
  completed: boolean;
};

export type WorkflowView = {
  id: string;
  kind: DocumentKind;
  kindLabel: string;
  title: string;
  orgId: string;
  status: 'draft' | 'in_review' | 'returned' | 'frozen';
  statusLabel: string;
  version: number;
  documentVersion: number;
  chain: ChainDefinition | null;
  chainProblems: string[];
  chainInherited: boolean | null;
  submitter: { userId: string; name: string; position: string } | null;
  submittedAt: string | null;
  current: null | {
    index: number;
    name: string;
    mode: 'single' | 'panel';
    assignees: Assignee[];
    activatedAt: string;
    dueAt: string | null;
    deadline: { dueAt: string | null; overdue: boolean; daysLeft: number | null };
    opinionRequired: boolean;
    editable: string[];
  };
  me: { userId: string; position: string };
  actions: Array<'submit' | 'approve' | 'return' | 'withdraw' | 'delegate' | 'edit' | 'reopen'>;
  returnTargets: Array<{ to: 'originator' | number; name: string }>;
  delegateCandidates: Array<{ id: string; name: string; position: string }>;
  editScope: EditScope;
  timeline: Array<
    Omit<TimelineEntry, 'changes'> & { changes: Array<TimelineEntry['changes'][number] & { label: string }> }
  >;
  frozen: Array<{ number: number; frozenAt: string; submitter: { name: string }; trail: TrailEntry[] }>;
  replayed?: boolean;
};

/** `fiscalYear`: a 决算's year (the accounts page opens by organisation and year); null for other kinds. */
export type InboxRow = InboxItem & {
  title: string;
  orgId: string;
  orgName: string;
  fiscalYear: number | null;
};
export type Inbox = {
  todo: InboxRow[];
  done: InboxRow[];
  mine: InboxRow[];
  counts: { todo: number; overdue: number; done: number; mine: number };
};
export type WorkflowNotification = {
  id: string;
  documentId: string;
  kind: 'arrived' | 'returned' | 'frozen';
  title: string;
  stepName: string | null;
  by: string;
  at: string;
};

export type ChainView = {
  kind: DocumentKind;
  kindLabel: string;
  own: { chain: ChainDefinition; version: number; updatedAt: string } | null;
  effective: {
    chain: ChainDefinition;
    sourceOrgId: string | null;
    sourceOrgName: string | null;
    inherited: boolean;
    problems: string[];
  } | null;
};
export type Chains = {
  orgId: string;
  items: ChainView[];
  presets: Array<{ chain: ChainDefinition; suggestedKinds: DocumentKind[]; source: string }>;
};

export type Change = { field: string; after: unknown };

const doc = (id: string) => `/api/workflow/documents/${encodeURIComponent(id)}`;

/** Sends a command once: the same command id (and Idempotency-Key) on a retry returns the first outcome. */
function command(id: string, type: string, version: number, body: Record<string, unknown> = {}) {
  const commandId = newIdempotencyKey();
  return api.post<WorkflowView>(
    `${doc(id)}/${type}`,
    { ...body, commandId, expectedVersion: version },
    commandId,
  );
}

export const workflowApi = {
  view: (id: string, signal?: AbortSignal) => api.get<WorkflowView>(doc(id), undefined, signal),
  submit: (id: string, version: number, note?: string) =>
    command(id, 'submit', version, note ? { note } : {}),
  approve: (id: string, version: number, step: number, opinion: string, changes: Change[]) =>
    command(id, 'approve', version, {
      step,
      ...(opinion ? { opinion } : {}),
      ...(changes.length ? { changes } : {}),
    }),
  giveBack: (id: string, version: number, step: number, to: 'originator' | number, reason: string) =>
    command(id, 'return', version, { step, to, reason }),
  withdraw: (id: string, version: number, reason?: string) =>
    command(id, 'withdraw', version, reason ? { reason } : {}),
  delegate: (id: string, version: number, step: number, to: string, note?: string) =>
    command(id, 'delegate', version, { step, to, ...(note ? { note } : {}) }),
  edit: (id: string, version: number, step: number, changes: Change[]) =>
    command(id, 'edit', version, { step, changes }),
  reopen: (id: string, version: number, reason: string) => command(id, 'reopen', version, { reason }),
  frozenUrl: (id: string, number: number, kind: string, format: 'docx' | 'pdf') =>
    `${doc(id)}/frozen-document?number=${number}&kind=${kind}&format=${format}`,
  inbox: (signal?: AbortSignal) => api.get<Inbox>('/api/workflow/inbox', undefined, signal),
  notifications: () => api.get<{ items: WorkflowNotification[] }>('/api/workflow/notifications'),
  markRead: (ids: string[]) => api.post<{ marked: number }>('/api/workflow/notifications/read', { ids }),
  chains: (orgId: string, signal?: AbortSignal) => api.get<Chains>('/api/workflow/chains', { orgId }, signal),
  saveChain: (orgId: string, kind: DocumentKind, chain: ChainDefinition, version: number | null) =>
    api.put<Chains>(`/api/workflow/chains/${encodeURIComponent(orgId)}`, { kind, chain, version }),
  deleteChain: (orgId: string, kind: DocumentKind, version: number) =>
    api.delete<Chains>(`/api/workflow/chains/${encodeURIComponent(orgId)}?kind=${kind}&version=${version}`),
};

/**
 * Where a document of a kind is opened in the UI. A 决算 is opened by its organisation and year (`at`, from
 * the inbox row); without them, the accounts page of the current organisation.
 */
export function documentPath(
  kind: DocumentKind,
  id: string,
  at?: { orgId: string; fiscalYear: number | null },
): string {
  if (kind === 'project_pre_assessment') return `/pre-assessment/${id}`;
  if (kind === 'final_accounts')
    return at?.fiscalYear
      ? `/accounts?org=${encodeURIComponent(at.orgId)}&year=${at.fiscalYear}`
      : '/accounts';
  return kind === 'project_goals'
    ? `/goals/${id}`
    : kind === 'monitoring_report'
      ? `/monitoring?report=${encodeURIComponent(id)}`
      : `/evaluations/${id}`;
}
