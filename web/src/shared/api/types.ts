// Shapes of the JSON the server sends, as agreed in the platform API contract (issue 2).

export type Role = 'clerk' | 'reviewer' | 'evaluator' | 'sysadmin' | 'secadmin' | 'auditor';

export type RoleGrant = { role: Role; position: string | null };

export type Me = {
  id: string;
  username: string;
  displayName: string;
  orgId: string;
  orgName: string;
  roles: RoleGrant[];
  permissions: string[];
};

export type SessionPayload = { user: Me; csrfToken: string };

export type OrgKind = 'finance' | 'department' | 'unit';

export type Org = {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  kind: OrgKind;
  version: number;
};

export type User = {
  id: string;
  username: string;
  displayName: string;
  orgId: string;
  orgName: string;
  roles: RoleGrant[];
  disabled: boolean;
  lockedUntil: string | null;
  version: number;
};

export type AuditEntry = {
  seq: number;
  at: string;
  actorUsername: string | null;
  ip: string | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  outcome: string;
  before: unknown;
  after: unknown;
};

export type FiscalYear = { year: number; status: string };

export type ListResponse<T> = { items: T[] };

/** Permission names the server puts in `Me.permissions`; the UI shows and hides by these, never by role. */
export const PERMISSIONS = {
  usersManage: 'users.manage',
  orgsManage: 'orgs.manage',
  rolesManage: 'roles.manage',
  auditRead: 'audit.read',
} as const;
