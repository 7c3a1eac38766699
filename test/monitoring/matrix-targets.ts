/**
 * 四川 entities of the monitoring, rectification and results routes for the authorisation matrix
 * (test/platform/authorization-matrix.test.ts): a 1–7月 round opened by 四川省商务厅, the report of
 * 四川省商务厅信息中心 in it, and a rectification raised for that unit.
 */
import type { TestApp } from '../support/app.ts';

export type MonitoringIdKind = 'monitoringRound' | 'monitoringReport' | 'rectification';

export async function monitoringTargets(t: TestApp): Promise<Record<MonitoringIdKind, string>> {
  const supervisor = await t.login('scswt_jbr');
  const swt = await t.orgId('SC-SWT');
  const xxzx = await t.orgId('SC-SWT-XXZX');
  const opened = await supervisor.request('POST', '/api/monitoring/rounds', {
    orgId: swt,
    fiscalYear: 2020,
    month: 7,
    dueDate: '2020-08-31',
  });
  if (opened.statusCode !== 201) throw new Error(`round failed: ${opened.body}`);
  const body = opened.json() as { round: { id: string }; reports: Array<{ id: string; orgId: string }> };
  const raised = await supervisor.request('POST', '/api/rectifications', {
    orgId: xxzx,
    fiscalYear: 2020,
    source: 'supervisor',
    problem: '矩阵测试问题',
    requirement: '矩阵测试要求',
    responsiblePerson: '矩阵',
    deadline: '2020-12-31',
  });
  if (raised.statusCode !== 201) throw new Error(`rectification failed: ${raised.body}`);
  return {
    monitoringRound: body.round.id,
    monitoringReport: body.reports.find((r) => r.orgId === xxzx)!.id,
    rectification: raised.json().id as string,
  };
}
