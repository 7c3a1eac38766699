/**
 * The authorisation scope — the one place that decides whether an actor may do something to an
 * organisation's data. Routes declare what they need (see route.ts); use cases call these checks
 * for entities they load. Something outside the actor's reach is reported as not found, so that
 * another unit's data is not even confirmed to exist.
 */
import { AppError } from '../platform/errors.ts';
import type { Actor } from './actor.ts';
import type { Permission } from './roles.ts';

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}

export function canReach(actor: Actor, orgId: string): boolean {
  return actor.reach.has(orgId);
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!hasPermission(actor, permission)) throw new AppError('FORBIDDEN');
}

/** The actor holds `permission` and the organisation is within the reach of their roles. */
export function requireScope(actor: Actor, permission: Permission, orgId: string | null | undefined): void {
  if (!orgId || !canReach(actor, orgId)) throw new AppError('NOT_FOUND', undefined, { refusedByScope: true });
  requirePermission(actor, permission);
}

export function reachableOrgIds(actor: Actor): string[] {
  return [...actor.reach];
}
