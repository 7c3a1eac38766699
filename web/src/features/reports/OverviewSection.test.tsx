// 报告 · 总览: the 主管部门 table leads to a department's units and a unit's projects (with a way back),
// figures are shown as the server sends them, a filter goes to the server, and each table's export
// asks for the rows shown (the drill-down's department or unit, the filters, the year).
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, waitFor, within } from '@testing-library/react';
import { renderPage, screen, user } from '../../test/render';
import type { Overview, UnitOverview } from './overview-api';
import { OverviewSection } from './OverviewSection';

const download = vi.hoisted(() => vi.fn());
vi.mock('../accounts/DocumentButtons', () => ({ downloadUrl: download }));

const unit = (over: Partial<UnitOverview>): UnitOverview => ({
  orgId: 'u1',
  code: 'A-1',
  name: '甲单位',
  kind: 'unit',
  kindLabel: '单位',
  departmentId: 'd1',
  departmentName: '甲厅',
  goals: { projects: 2, filed: 2, inReview: 0, approved: 1 },
  monitoring: { rounds: 1, submitted: 0, red: 1, yellow: 0, latestLabel: '7月：填报中' },
  evaluation: { total: 1, submitted: 1, approved: 0, frozen: 0 },
  scores: { departmentScore: null, departmentGrade: null, projectAverage: '88.50', grades: { 良: 1 } },
  execution: { budget: '44.05', executed: '43.38', rate: '98.48' },
  rectifications: { open: 1, overdue: 1 },
  accounts: { saved: true, checked: true, submitted: false, frozen: false, statusLabel: '已校验' },
  checks: { accountsViolations: 0, accountsUnexplained: 0, goalShortfalls: 2, total: 2 },
  pending: ['goals', 'accounts'],
  evaluations: [
    {
      id: 'e1',
      kind: 'project',
      projectId: 'p1',
      title: '运维',
      score: '88.50',
      grade: '良',
      statusLabel: '审核中',
    },
  ],
  ...over,
});

const OVERVIEW: Overview = {
  orgId: 'org-1',
  orgName: '财政部门',
  year: 2020,
  years: [2020, 2019],
  filters: {},
  departmentOptions: [
    { id: 'd1', name: '甲厅' },
    { id: 'd2', name: '乙厅' },
  ],
  departments: [
    {
      departmentId: 'd1',
      departmentName: '甲厅',
      units: 1,
      projects: 2,
      goalsFiled: 2,
      goalsApproved: 1,
      monitoringRounds: 1,
      monitoringSubmitted: 0,
      red: 1,
      evaluations: 1,
      evaluationsSubmitted: 1,
      evaluationsApproved: 0,
      evaluationsFrozen: 0,
      averageScore: '88.50',
      grades: { 良: 1 },
      budget: '44.05',
      executed: '43.38',
      rate: '98.48',
      rectificationsOpen: 1,
      rectificationsOverdue: 1,
      accountsSaved: 1,
      accountsChecked: 1,
      accountsSubmitted: 0,
      checkErrors: 2,
    },
    {
      departmentId: 'd2',
      departmentName: '乙厅',
      units: 0,
      projects: 0,
      goalsFiled: 0,
      goalsApproved: 0,
      monitoringRounds: 0,
      monitoringSubmitted: 0,
      red: 0,
      evaluations: 0,
      evaluationsSubmitted: 0,
      evaluationsApproved: 0,
      evaluationsFrozen: 0,
      averageScore: null,
      grades: {},
      budget: '0',
      executed: '0',
      rate: null,
      rectificationsOpen: 0,
      rectificationsOverdue: 0,
      accountsSaved: 0,
      accountsChecked: 0,
      accountsSubmitted: 0,
      checkErrors: 0,
    },
  ],
  units: [unit({})],
  projects: [
    {
      id: 'p1',
      orgId: 'u1',
      orgName: '甲单位',
      departmentId: 'd1',
      name: '运维',
      budget: '32.35',
      executed: '31.68',
      rate: '97.93',
      indicators: 6,
      goalsStatusLabel: '已定稿',
      goalShortfalls: 0,
      light: 'red',
      lightLabel: '红灯',
      evaluationId: 'e1',
      score: '88.50',
      grade: '良',
      evaluationStatusLabel: '审核中',
    },
  ],
  distribution: [
    { grade: '优', project: 0, department: 0 },
    { grade: '良', project: 1, department: 0 },
    { grade: '中', project: 0, department: 0 },
    { grade: '差', project: 0, department: 0 },
    { grade: '未评分', project: 0, department: 0 },
  ],
};

describe('reports overview', { timeout: 120_000 }, () => {
  it('drills down from 主管部门 to unit to project and exports the table shown', async () => {
    const { server } = renderPage(<OverviewSection />, { path: '/reports', me: user(['work.read']) });
    server.get('/api/reports/overview', () => OVERVIEW);
    const departments = await screen.findByTestId('overview-departments');
    expect(within(departments).getByText('98.48%')).toBeTruthy();
    expect(within(departments).getByText('44.05')).toBeTruthy();
    fireEvent.click(within(departments).getByText('甲厅'));

    const units = await screen.findByTestId('overview-units');
    expect(within(units).getByText('已校验')).toBeTruthy();
    expect(within(units).getByText('88.50')).toBeTruthy();
    fireEvent.click(screen.getByTestId('export-units'));
    expect(download).toHaveBeenLastCalledWith(
      '/api/reports/overview/export?orgId=org-1&year=2020&table=units&scopeDepartmentId=d1',
    );
    fireEvent.click(within(units).getByTestId('open-unit-甲单位'));

    const projects = await screen.findByTestId('overview-projects');
    expect(within(projects).getByTestId('project-link-运维').getAttribute('href')).toBe('/goals/p1');
    expect(within(projects).getByText('红灯')).toBeTruthy();
    fireEvent.click(screen.getByTestId('export-projects'));
    expect(download).toHaveBeenLastCalledWith(
      '/api/reports/overview/export?orgId=org-1&year=2020&table=projects&scopeDepartmentId=d1&unitId=u1',
    );
    // Back to all departments through the breadcrumb.
    fireEvent.click(screen.getByText('全部主管部门'));
    await screen.findByTestId('overview-departments');
  });

  it('sends a filter to the server and shows what it answers', async () => {
    const { server } = renderPage(<OverviewSection />, { path: '/reports', me: user(['work.read']) });
    server.get('/api/reports/overview', (req) =>
      req.query.get('stage') === 'accounts'
        ? { ...OVERVIEW, departments: [OVERVIEW.departments[1]!], units: [], projects: [] }
        : OVERVIEW,
    );
    await screen.findByTestId('overview-departments');
    fireEvent.mouseDown(within(screen.getByTestId('overview-stage')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('决算'));
    await waitFor(() =>
      expect(server.calls('GET', '/api/reports/overview').at(-1)?.query.get('stage')).toBe('accounts'),
    );
    // One department left: the page opens its units directly.
    await screen.findByTestId('overview-units');
    expect(screen.queryByText('甲单位')).toBeNull();
  });
});
