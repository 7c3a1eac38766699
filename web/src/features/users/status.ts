// A user's state as one word: 停用 wins over 锁定, which lasts only until `lockedUntil`.
import type { User } from '../../shared/api/types';

export type UserStatus = 'enabled' | 'disabled' | 'locked';

export function userStatus(user: Pick<User, 'disabled' | 'lockedUntil'>, now: Date = new Date()): UserStatus {
  if (user.disabled) return 'disabled';
  if (user.lockedUntil && new Date(user.lockedUntil).getTime() > now.getTime()) return 'locked';
  return 'enabled';
}
