/** Password hashing (argon2id, @node-rs/argon2) and the password policy. */
import { hash, verify } from '@node-rs/argon2';
import type { SecurityConfig } from '../config.ts';

export async function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

const CLASSES: Array<[RegExp, string]> = [
  [/[A-Z]/, '大写字母'],
  [/[a-z]/, '小写字母'],
  [/[0-9]/, '数字'],
  [/[^A-Za-z0-9]/, '符号'],
];

/** null when the password satisfies the policy, else the Chinese reason. */
export function passwordPolicyProblem(
  password: string,
  policy: Pick<SecurityConfig, 'passwordMinLength' | 'passwordMinClasses'>,
): string | null {
  const classes = CLASSES.filter(([re]) => re.test(password)).length;
  if (password.length < policy.passwordMinLength || classes < policy.passwordMinClasses) {
    return `密码至少 ${policy.passwordMinLength} 位，并包含大写字母、小写字母、数字、符号中的至少 ${policy.passwordMinClasses} 类。`;
  }
  return null;
}
