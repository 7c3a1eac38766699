/**
 * The demo: the bodies of the four seed documents as organisations under the demo finance department,
 * with one user per role of 002's review chain and 004's two evaluators in each.
 */
import type { Role } from '../../app/roles.ts';

export type DemoOrg = {
  code: string;
  name: string;
  kind: 'department' | 'unit';
  prefix: string;
  short: string;
  children?: DemoOrg[];
};

export const DEMO_FISCAL_YEAR = 2020;

export const DEMO_ORGS: DemoOrg[] = [
  {
    code: 'SC-SWT',
    name: '四川省商务厅',
    kind: 'department',
    prefix: 'scswt',
    short: '川商务厅',
    children: [
      {
        code: 'SC-SWT-XXZX',
        name: '四川省商务厅信息中心',
        kind: 'unit',
        prefix: 'scxxzx',
        short: '川商务信息',
      },
    ],
  },
  {
    code: 'SC-ZWFW',
    name: '四川省政务服务和公共资源交易服务中心',
    kind: 'department',
    prefix: 'sczwfw',
    short: '川政务中心',
    children: [
      {
        code: 'SC-ZWFW-XXZX',
        name: '四川省政务服务和公共资源交易服务信息中心',
        kind: 'unit',
        prefix: 'sczwxx',
        short: '川政务信息',
      },
      {
        code: 'SC-ZWFW-CGZX',
        name: '四川省政府采购中心',
        kind: 'unit',
        prefix: 'sccgzx',
        short: '川采购中心',
      },
    ],
  },
  {
    code: 'JS-SWT',
    name: '江苏省商务厅',
    kind: 'department',
    prefix: 'jsswt',
    short: '苏商务厅',
    children: [
      {
        code: 'JS-SWT-XXZX',
        name: '江苏省商务厅信息中心',
        kind: 'unit',
        prefix: 'jsxxzx',
        short: '苏商务信息',
      },
    ],
  },
  { code: 'HN-SWT', name: '海南省商务厅', kind: 'department', prefix: 'hnswt', short: '琼商务厅' },
];

/** One user per role of 002's chain, and 004's two 评价人员, in every demo organisation. */
export const DEMO_ROLES: Array<{ suffix: string; label: string; role: Role; position: string | null }> = [
  { suffix: 'jbr', label: '经办人', role: 'clerk', position: null },
  { suffix: 'zr', label: '主任', role: 'reviewer', position: '主任' },
  { suffix: 'cwjbr', label: '财务处经办人', role: 'reviewer', position: '财务处经办人' },
  { suffix: 'fgcz', label: '分管处长', role: 'reviewer', position: '分管处长' },
  { suffix: 'cz', label: '处长', role: 'reviewer', position: '处长' },
  { suffix: 'pj1', label: '评价人员一', role: 'evaluator', position: null },
  { suffix: 'pj2', label: '评价人员二', role: 'evaluator', position: null },
];

export function flattenDemoOrgs(
  orgs = DEMO_ORGS,
  parentCode: string | null = null,
): Array<DemoOrg & { parentCode: string | null }> {
  return orgs.flatMap((o) => [{ ...o, parentCode }, ...flattenDemoOrgs(o.children ?? [], o.code)]);
}

/** The 评价工作组组长 of 004 (a reviewer with that position) and the 财政部门's 处长; printed with the demo accounts (README, start-up banner). */
export const DEMO_WORKFLOW_USERS = [
  {
    username: 'hnswt_zz',
    orgCode: 'HN-SWT',
    displayName: '琼商务厅·评价工作组组长',
    role: 'reviewer' as const,
    position: '评价工作组组长',
  },
  // The 财政部门's reviewer: sees every demo organisation (the 报告 overview, 结果应用).
  {
    username: 'czbm_cz',
    orgCode: 'ROOT',
    displayName: '财政部门·处长',
    role: 'reviewer' as const,
    position: '处长',
  },
];
