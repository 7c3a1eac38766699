/**
 * Roles and what they permit. Administration follows 等保三级's separation of duties: 系统管理员 manages
 * users and organisations, 安全管理员 manages roles, 审计管理员 reads the audit log and nothing else.
 */
export const ROLES = ['clerk', 'reviewer', 'evaluator', 'sysadmin', 'secadmin', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  clerk: '经办人',
  reviewer: '审核人',
  evaluator: '评价人员',
  sysadmin: '系统管理员',
  secadmin: '安全管理员',
  auditor: '审计管理员',
};

export const ADMIN_ROLES: readonly Role[] = ['sysadmin', 'secadmin', 'auditor'];

export const PERMISSIONS = [
  'orgs.read',
  'orgs.manage',
  'users.read',
  'users.manage',
  'roles.manage',
  'audit.read',
  'work.read',
  'work.edit',
  'work.review',
  'work.score',
  'templates.read',
  'templates.manage',
  'workflow.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  clerk: ['orgs.read', 'work.read', 'work.edit', 'templates.read'],
  reviewer: ['orgs.read', 'work.read', 'work.review', 'templates.read'],
  evaluator: ['orgs.read', 'work.read', 'work.score', 'templates.read'],
  // 指标体系 (indicator systems) are configuration, kept by the system administrator.
  // 审核流程 (review chains) are configuration too: 'workflow.manage'.
  sysadmin: [
    'orgs.read',
    'orgs.manage',
    'users.read',
    'users.manage',
    'templates.read',
    'templates.manage',
    'workflow.manage',
  ],
  secadmin: ['orgs.read', 'users.read', 'roles.manage'],
  // The auditor reads the audit log only — not even business data.
  auditor: ['orgs.read', 'audit.read'],
};

export type RoleGrant = { role: Role; position: string | null };

export function permissionsOf(roles: readonly RoleGrant[]): Set<Permission> {
  // Everyone signed in sees their own organisation (and what lies below it), even before any role.
  const out = new Set<Permission>(['orgs.read']);
  for (const grant of roles) for (const p of ROLE_PERMISSIONS[grant.role]) out.add(p);
  return out;
}

/** An administrator holds exactly one administrative role, and none of the business roles. */
export function separationOfDutiesProblem(roles: readonly RoleGrant[]): string | null {
  const admin = roles.filter((r) => ADMIN_ROLES.includes(r.role));
  if (admin.length > 1) return '系统管理员、安全管理员、审计管理员三种角色必须由不同的人担任（三员分立）。';
  if (admin.length === 1 && roles.length > 1)
    return '管理员账号不能同时担任业务角色（经办人、审核人、评价人员）。';
  const reviewerWithoutPosition = roles.find((r) => r.role === 'reviewer' && !r.position);
  if (reviewerWithoutPosition) return '审核人必须填写职务（如 主任、处长）。';
  return null;
}
