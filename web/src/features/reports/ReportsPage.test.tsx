// 报告: the background jobs table follows a job's progress by polling while it runs and offers the
// result once it has finished; a batch cannot start without a unit.
import { describe, expect, it } from 'vitest';
import { fireEvent, waitFor, within } from '@testing-library/react';
import { renderPage, screen, user } from '../../test/render';
import type { JobDto } from './api';
import type { Overview } from './overview-api';
import { ReportsPage } from './ReportsPage';

const job = (over: Partial<JobDto>): JobDto => ({
  id: 'job-1',
  kind: 'batch-documents',
  title: '2024年度决算情况说明（2个单位，DOCX）',
  status: 'running',
  statusLabel: '进行中',
  done: 1,
  total: 2,
  message: null,
  resultName: null,
  createdAt: '2025-03-01T08:00:00.000Z',
  finishedAt: null,
  ...over,
});

describe('reports page', { timeout: 120_000 }, () => {
  it('polls a running job until it has finished, then offers its result', async () => {
    const { server } = renderPage(<ReportsPage />, { path: '/reports', me: user(['work.read']) });
    let polls = 0;
    server.get('/api/jobs', () => {
      polls += 1;
      return {
        items: [
          polls < 3
            ? job({})
            : job({ status: 'succeeded', statusLabel: '已完成', done: 2, resultName: 'x.zip' }),
        ],
      };
    });
    await waitFor(() => expect(screen.getByText('进行中')).toBeTruthy());
    expect(screen.getByText('1/2')).toBeTruthy();
    expect(screen.queryByTestId('job-download-job-1')).toBeNull();
    await waitFor(() => expect(screen.getByText('已完成')).toBeTruthy(), { timeout: 15_000 });
    expect(screen.getByText('2/2')).toBeTruthy();
    expect(screen.getByTestId('job-download-job-1')).toBeTruthy();
    const after = polls;
    await new Promise((r) => setTimeout(r, 2500));
    // Nothing is running any more: no further polling.
    expect(polls).toBe(after);
  });

  it('asks for a unit before starting a batch and sends nothing', async () => {
    const { server } = renderPage(<ReportsPage />, { path: '/reports', me: user(['work.read']) });
    server.get('/api/jobs', () => ({ items: [] }));
    await waitFor(() => expect(screen.getByText('还没有后台任务。')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: /开始生成/ }));
    await waitFor(() => expect(screen.getByText('请至少选择一个单位')).toBeTruthy());
    expect(server.calls('POST', '/api/reports/batch-documents')).toHaveLength(0);
  });

  it('takes the batch year from the overview, until the user picks another', async () => {
    const { server } = renderPage(<ReportsPage />, { path: '/reports', me: user(['work.read']) });
    server.get('/api/jobs', () => ({ items: [] }));
    const overview = (year: number): Overview => ({
      orgId: 'org-1',
      orgName: '财政部门',
      year,
      years: [2021, 2020],
      filters: {},
      departmentOptions: [],
      departments: [],
      units: [],
      projects: [],
      distribution: [],
    });
    server.get('/api/reports/overview', (req) => overview(Number(req.query.get('year') ?? 2021)));
    const year = () => (screen.getByTestId('batch-year') as HTMLInputElement).value;
    await waitFor(() => expect(year()).toBe('2021'));
    fireEvent.mouseDown(within(screen.getByTestId('overview-year')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('2020'));
    await waitFor(() =>
      expect(server.calls('GET', '/api/reports/overview').at(-1)?.query.get('year')).toBe('2020'),
    );
    await waitFor(() => expect(year()).toBe('2020'));
    fireEvent.change(screen.getByTestId('batch-year'), { target: { value: '2019' } });
    fireEvent.blur(screen.getByTestId('batch-year'));
    fireEvent.mouseDown(within(screen.getByTestId('overview-year')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('2021'));
    await waitFor(() =>
      expect(server.calls('GET', '/api/reports/overview').at(-1)?.query.get('year')).toBe('2021'),
    );
    expect(year()).toBe('2019');
  });
});
