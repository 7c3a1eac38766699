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
} from '@ant-design/icons';
import { PERMISSIONS } from '../api/types';
import { goalsTexts } from '../../features/goals/texts';
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

export type NavItem = {
  path: string;
  label: string;
  icon: ReactNode;
  /** Shown when the user holds any of these permissions; absent means every logged-in user. */
  anyOf?: string[];
  /** Whether the organisation tree switcher is shown beside the page. */
  orgScoped: boolean;
};

export const businessNav: NavItem[] = [
  { path: '/goals', label: goalsTexts.title, icon: <AimOutlined />, orgScoped: true },
  { path: '/evaluations', label: evaluationsTexts.title, icon: <FormOutlined />, orgScoped: true },
  { path: '/workflow', label: workflowTexts.title, icon: <CheckSquareOutlined />, orgScoped: true },
  { path: '/accounts', label: accountsTexts.title, icon: <AccountBookOutlined />, orgScoped: true },
  { path: '/monitoring', label: monitoringTexts.title, icon: <AlertOutlined />, orgScoped: true },
  { path: '/reports', label: reportsTexts.title, icon: <FileTextOutlined />, orgScoped: true },
  { path: '/checker', label: checkerTexts.title, icon: <FileSearchOutlined />, orgScoped: false },
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

/** The first page a user may open: the first business module. */
export const homePath = businessNav[0]!.path;
