// Strings of the application shell shared by every page (system name, header, common words).
import type { OrgKind, Role } from './api/types';
import { ROLE_LABELS } from '../../../src/app/roles.ts';

export const shellTexts = {
  systemName: '绩效 · 预算绩效管理系统',
  systemShort: '绩效',
  changePassword: '修改密码',
  logout: '退出登录',
  loggedOut: '您已安全退出。',
  currentOrg: '当前组织',
  orgTreeTitle: '组织机构',
  orgTreeCollapse: '收起组织机构，让页面更宽',
  orgTreeExpand: '展开组织机构',
  orgTreeSearch: '搜索组织名称或编码',
  orgTreeEmpty: '暂无可查看的组织',
  orgTreeLoadFailed: '组织机构加载失败',
  orgTreeForbidden: '您暂无查看组织机构的权限',
  retry: '重试',
  refresh: '刷新',
  systemAdmin: '系统管理',
  business: '业务模块',
  loading: '正在加载…',
  notFoundTitle: '页面不存在',
  notFoundBody: '您访问的页面不存在或已被移除。',
  backHome: '返回首页',
  forbiddenTitle: '无权访问',
  forbiddenBody: '您没有访问此页面的权限，如需开通请联系安全管理员。',
  underConstructionTitle: (module: string) => `「${module}」模块正在建设中`,
  underConstructionBody: '该功能正在开发，敬请期待。您可以先使用左侧的其他功能。',
  footer: '预算绩效管理系统 · 仅限授权人员使用',
  cancel: '取消',
  ok: '确定',
  save: '保存',
} as const;

export const roleLabels: Record<Role, string> = ROLE_LABELS;

export const orgKindLabels: Record<OrgKind, string> = {
  finance: '财政部门',
  department: '主管部门',
  unit: '单位',
};

/** 审核人 positions used by the review chains in the seeds; free text is allowed as well. */
export const reviewerPositions = ['主任', '财务处经办人', '分管处长', '处长', '厅领导'] as const;

export function roleText(grant: { role: Role; position: string | null }): string {
  const label = roleLabels[grant.role] ?? grant.role;
  return grant.position ? `${label}（${grant.position}）` : label;
}
