/** The signed-in user as the UI needs it. */
import type { Actor } from '../../app/actor.ts';
import type { RoleGrant } from '../../app/roles.ts';

export type MeDto = {
  id: string;
  username: string;
  displayName: string;
  orgId: string;
  orgName: string;
  roles: RoleGrant[];
  permissions: string[];
};

export function toMe(actor: Actor): MeDto {
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    orgId: actor.orgId,
    orgName: actor.orgName,
    roles: actor.roles,
    permissions: [...actor.permissions].sort(),
  };
}
