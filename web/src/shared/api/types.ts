// Shapes of the JSON the server sends, as agreed in the platform API contract (issue 2).

// The server's own DTO types, imported type-only (erased at build time), so the two cannot drift.
import type { Role, RoleGrant } from '../../../../src/app/roles.ts';
import type { MeDto } from '../../../../src/features/auth/me.ts';
import type { OrgDto, OrgKind } from '../../../../src/features/orgs/orgs.ts';
import type { UserDto } from '../../../../src/features/users/user-dto.ts';

export type { OrgKind, Role, RoleGrant };
export type Me = MeDto;
export type Org = OrgDto;
export type User = UserDto;

export type SessionPayload = { user: Me; csrfToken: string };

export type AuditEntry = {
  seq: number;
  at: string;
  actorUsername: string | null;
  /** The user's name (or the account of an unknown user); labels below are the server's Chinese names. */
  actorName: string;
  ip: string | null;
  action: string;
  actionLabel: string;
  entity: string | null;
  entityLabel: string;
  entityId: string | null;
  orgId: string | null;
  orgName: string | null;
  outcome: string;
  outcomeLabel: string;
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
