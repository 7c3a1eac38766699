/**
 * User administration within the administrator's reach: 系统管理员 creates, edits, disables and resets
 * users; 安全管理员 grants roles. Nobody changes their own roles or disables themselves, and a
 * 系统管理员 cannot take over the other administrators' accounts (三员分立).
 */
import { eq, sql } from 'drizzle-orm';
import { subtreeIds, type Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { ADMIN_ROLES, separationOfDutiesProblem, type RoleGrant } from '../../app/roles.ts';
import { appendAudit, snapshot } from '../../platform/audit/audit-log.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { organisations, userRoles, users } from '../../platform/db/schema/index.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { AppError } from '../../platform/errors.ts';
import { hashPassword, passwordPolicyProblem } from '../../platform/security/passwords.ts';
import { deleteUserSessions } from '../../platform/security/sessions.ts';
import { loadUserDto, loadUserDtos, type UserDto } from './user-dto.ts';

const auditActor = (actor: Actor) => ({ id: actor.userId, username: actor.username, ip: actor.ip });

export async function userOrg(db: DbOrTx, id: string): Promise<string | null> {
  const rows = await db.select({ orgId: users.orgId }).from(users).where(eq(users.id, id));
  return rows[0]?.orgId ?? null;
}

export async function listUsers(deps: TxDeps, actor: Actor, orgId: string): Promise<UserDto[]> {
  const ids = (await subtreeIds(deps.db, orgId)).filter((id) => actor.reach.has(id));
  return loadUserDtos(deps.db, { orgIds: ids });
}

async function loadForChange(deps: TxDeps, actor: Actor, id: string) {
  const [row] = await deps.db.select().from(users).where(eq(users.id, id)).for('update');
  if (!row) throw new AppError('NOT_FOUND', '找不到该用户。');
  const dto = await loadUserDto(deps.db, id);
  return { row, dto: dto! };
}

function refuseSelf(actor: Actor, id: string, what: string): void {
  if (actor.userId === id) throw new AppError('FORBIDDEN', `不能${what}自己的账号。`);
}

/** 系统管理员 may not disable or reset 安全管理员 / 审计管理员 accounts: that would let one admin act as another. */
function refuseOtherAdmins(target: UserDto): void {
  if (target.roles.some((r) => r.role === 'secadmin' || r.role === 'auditor')) {
    throw new AppError('FORBIDDEN', '系统管理员不能停用或重置安全管理员、审计管理员的账号（三员分立）。');
  }
}

export async function createUser(
  deps: TxDeps,
  actor: Actor,
  input: { username: string; displayName: string; orgId: string; password: string },
): Promise<UserDto> {
  const problem = passwordPolicyProblem(input.password, deps.config.security);
  if (problem) throw new AppError('VALIDATION', problem);
  const [org] = await deps.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, input.orgId));
  if (!org) throw new AppError('NOT_FOUND', '所选组织不存在。');
  const taken = await deps.db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.username})`, input.username.toLowerCase()));
  if (taken.length > 0) throw new AppError('CONFLICT', `用户名“${input.username}”已存在。`);
  const now = deps.clock();
  const [row] = await deps.db
    .insert(users)
    .values({
      username: input.username,
      displayName: input.displayName,
      orgId: input.orgId,
      passwordHash: await hashPassword(input.password),
      createdAt: now,
      updatedAt: now,
      passwordChangedAt: now,
    })
    .returning();
  await appendAudit(
    deps.db,
    auditActor(actor),
    { action: 'user.create', entity: 'user', entityId: row!.id, orgId: row!.orgId, after: snapshot(row) },
    now,
  );
  return (await loadUserDto(deps.db, row!.id))!;
}

export async function updateUser(
  deps: TxDeps,
  actor: Actor,
  id: string,
  input: { displayName?: string; version: number },
): Promise<UserDto> {
  const { row: before } = await loadForChange(deps, actor, id);
  const now = deps.clock();
  const values: Record<string, unknown> = {};
  if (input.displayName !== undefined) values.displayName = input.displayName;
  const after = await updateVersioned(deps.db, users, id, input.version, values, now);
  await appendAudit(
    deps.db,
    auditActor(actor),
    {
      action: 'user.update',
      entity: 'user',
      entityId: id,
      orgId: after.orgId,
      before: snapshot(before),
      after: snapshot(after),
    },
    now,
  );
  return (await loadUserDto(deps.db, id))!;
}

export async function setUserDisabled(
  deps: TxDeps,
  actor: Actor,
  id: string,
  disabled: boolean,
  version: number,
): Promise<UserDto> {
  refuseSelf(actor, id, disabled ? '停用' : '启用');
  const { row: before, dto } = await loadForChange(deps, actor, id);
  refuseOtherAdmins(dto);
  const now = deps.clock();
  const after = await updateVersioned(
    deps.db,
    users,
    id,
    version,
    { disabled, ...(disabled ? {} : { failedLogins: 0, lockedUntil: null }) },
    now,
  );
  // Disabling ends every session of the user at once.
  if (disabled) await deleteUserSessions(deps.db, id);
  await appendAudit(
    deps.db,
    auditActor(actor),
    {
      action: disabled ? 'user.disable' : 'user.enable',
      entity: 'user',
      entityId: id,
      orgId: after.orgId,
      before: snapshot(before),
      after: snapshot(after),
    },
    now,
  );
  return (await loadUserDto(deps.db, id))!;
}

export async function resetPassword(
  deps: TxDeps,
  actor: Actor,
  id: string,
  newPassword: string,
): Promise<void> {
  refuseSelf(actor, id, '重置');
  const { row: before, dto } = await loadForChange(deps, actor, id);
  refuseOtherAdmins(dto);
  const problem = passwordPolicyProblem(newPassword, deps.config.security);
  if (problem) throw new AppError('VALIDATION', problem);
  const now = deps.clock();
  await deps.db
    .update(users)
    .set({
      passwordHash: await hashPassword(newPassword),
      passwordChangedAt: now,
      failedLogins: 0,
      lockedUntil: null,
      updatedAt: now,
      version: before.version + 1,
    })
    .where(eq(users.id, id));
  await deleteUserSessions(deps.db, id);
  await appendAudit(
    deps.db,
    auditActor(actor),
    { action: 'user.reset-password', entity: 'user', entityId: id, orgId: before.orgId },
    now,
  );
}

export async function setUserRoles(
  deps: TxDeps,
  actor: Actor,
  id: string,
  input: { roles: RoleGrant[]; version: number },
): Promise<UserDto> {
  if (actor.userId === id) throw new AppError('FORBIDDEN', '不能为自己授予或撤销角色（三员分立）。');
  const { row: before, dto } = await loadForChange(deps, actor, id);
  const roles = dedupe(
    input.roles.map((r) => ({
      role: r.role,
      position: r.role === 'reviewer' ? r.position?.trim() || null : null,
    })),
  );
  const problem = separationOfDutiesProblem(roles);
  if (problem) throw new AppError('VALIDATION', problem);
  const now = deps.clock();
  const after = await updateVersioned(deps.db, users, id, input.version, {}, now);
  await deps.db.delete(userRoles).where(eq(userRoles.userId, id));
  if (roles.length > 0)
    await deps.db
      .insert(userRoles)
      .values(roles.map((r) => ({ userId: id, role: r.role, position: r.position ?? '' })));
  // Taking an administrative role away ends the user's sessions, so it takes effect at once.
  if (dto.roles.some((r) => ADMIN_ROLES.includes(r.role))) await deleteUserSessions(deps.db, id);
  await appendAudit(
    deps.db,
    auditActor(actor),
    {
      action: 'user.set-roles',
      entity: 'user',
      entityId: id,
      orgId: before.orgId,
      before: { roles: dto.roles, version: before.version },
      after: { roles, version: after.version },
    },
    now,
  );
  return (await loadUserDto(deps.db, id))!;
}

function dedupe(roles: RoleGrant[]): RoleGrant[] {
  const seen = new Set<string>();
  return roles.filter((r) => {
    const key = `${r.role}/${r.position ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
