// The left-hand module menu: business modules for everyone, 系统管理 by permission.
import type { ReactNode } from 'react';
import {
  AimOutlined,
  AuditOutlined,
  AccountBookOutlined,
  ApartmentOutlined,
  CheckSquareOutlined,
  FileTextOutlined,
  FormOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
  FileSearchOutlined,
  PartitionOutlined,
  BranchesOutlined,
  AlertOutlined,
  ExperimentOutlined,
  BookOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import { PERMISSIONS } from '../api/types';
import { goalsTexts } from '../../features/goals/texts';
import { preAssessmentTexts } from '../../features/pre-assessment/texts';
import { evaluationsTexts } from '../../features/evaluations/texts';
import { workflowTexts } from '../../features/workflow/texts';
import { accountsTexts } from '../../features/accounts/texts';
import { reportsTexts } from '../../features/reports/texts';
import { monitoringTexts } from '../../features/monitoring/texts';
import { checkerTexts } from '../../features/checker/texts';
import { userTexts } from '../../features/users/texts';
import { orgTexts } from '../../features/orgs/texts';
import { auditTexts } from '../../features/audit/texts';
import { templatesTexts } from '../../features/templates/texts';
import { catalogueTexts } from '../../features/catalogue/texts';
import { libraryTexts } from '../../features/indicator-library/texts';
import { exchangeTexts } from '../../features/exchange/texts';

export type NavItem = {
  path: string;
  label: string;
  icon: ReactNode;
  /** Shown when the user holds any of these permissions; absent means every logged-in user. */
  anyOf?: string[];
  /** Whether the organisation tree switcher is shown beside the page. */
  orgScoped: boolean;
};

/** The business modules are for holders of a business role (经办人, 审核人, 评价人员); 三员 do not see them. */
const WORK = ['work.read'];

export const businessNav: NavItem[] = [
  { path: '/goals', label: goalsTexts.title, icon: <AimOutlined />, anyOf: WORK, orgScoped: true },
  {
    path: '/pre-assessment',
    label: preAssessmentTexts.title,
    icon: <ExperimentOutlined />,
    anyOf: WORK,
    orgScoped: true,
  },
  {
    path: '/evaluations',
    label: evaluationsTexts.title,
    icon: <FormOutlined />,
    anyOf: WORK,
    orgScoped: true,
  },
  {
    path: '/workflow',
    label: workflowTexts.title,
    icon: <CheckSquareOutlined />,
    anyOf: WORK,
    orgScoped: true,
  },
  {
    path: '/accounts',
    label: accountsTexts.title,
    icon: <AccountBookOutlined />,
    anyOf: WORK,
    orgScoped: true,
  },
  {
    path: '/monitoring',
    label: monitoringTexts.title,
    icon: <AlertOutlined />,
    anyOf: WORK,
    orgScoped: true,
  },
  { path: '/reports', label: reportsTexts.title, icon: <FileTextOutlined />, anyOf: WORK, orgScoped: true },
  {
    path: '/exchange',
    label: exchangeTexts.title,
    icon: <SwapOutlined />,
    anyOf: WORK,
    orgScoped: true,
  },
  {
    path: '/checker',
    label: checkerTexts.title,
    icon: <FileSearchOutlined />,
    anyOf: WORK,
    orgScoped: false,
  },
];

export const adminNav: NavItem[] = [
  {
    path: '/admin/users',
    label: userTexts.title,
    icon: <TeamOutlined />,
    anyOf: [PERMISSIONS.usersManage, PERMISSIONS.rolesManage],
    orgScoped: true,
  },
  {
    path: '/admin/orgs',
    label: orgTexts.title,
    icon: <ApartmentOutlined />,
    anyOf: [PERMISSIONS.orgsManage],
    orgScoped: false,
  },
  {
    path: '/admin/audit',
    label: auditTexts.title,
    icon: <AuditOutlined />,
    anyOf: [PERMISSIONS.auditRead],
    orgScoped: false,
  },
  {
    path: '/admin/templates',
    label: templatesTexts.title,
    icon: <PartitionOutlined />,
    anyOf: ['templates.manage'],
    orgScoped: false,
  },
  {
    path: '/admin/indicator-library',
    label: libraryTexts.title,
    icon: <BookOutlined />,
    anyOf: ['templates.manage'],
    orgScoped: true,
  },
  {
    path: '/admin/catalogue',
    label: catalogueTexts.title,
    icon: <FileTextOutlined />,
    anyOf: ['templates.manage'],
    orgScoped: false,
  },
  {
    path: '/admin/workflow-chains',
    label: workflowTexts.chainsTitle,
    icon: <BranchesOutlined />,
    anyOf: ['workflow.manage'],
    orgScoped: true,
  },
];

export const adminGroupIcon = <SafetyCertificateOutlined />;

export function allowed(item: NavItem, permissions: readonly string[]): boolean {
  return !item.anyOf || item.anyOf.some((p) => permissions.includes(p));
}

/** Where a user without any module lands: 绩效目标, which explains that a business role is needed. */
export const homePath = businessNav[0]!.path;

/**
 * The first page a user lands on: their own work. Business users get the first business module; the
 * administrators (三员) the first administration page they hold — 用户 for 系统管理员 and 安全管理员, 审计日志
 * for 审计管理员; a user with no role at all gets 绩效目标's explanation.
 */
export function homeFor(permissions: readonly string[]): string {
  return [...businessNav, ...adminNav].find((n) => allowed(n, permissions))?.path ?? homePath;
}
