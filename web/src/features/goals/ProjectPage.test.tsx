// The goal table as a user works it: adding and editing indicators marks met / not met as they type, the
// money fields refuse what is not a number (in Chinese), and 保存 sends the table under the project's
// version; the server's refusals (400, 412) show its Chinese message. Only fetch is fake.
import { describe, expect, it } from 'vitest';
import { fireEvent, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { failure, reply } from '../../test/fake-server';
import { draftView, indicator, project } from '../../test/fixtures';
import { renderPage, screen, toasts, user } from '../../test/render';
import { ProjectPage } from './ProjectPage';

const CLERK = user(['work.read', 'work.edit']);

function open(p = project(), me = CLERK) {
  const view = renderPage(<ProjectPage />, { path: `/goals/${p.id}`, route: '/goals/:id', me });
  view.server.get('/api/projects/:id', () => p);
  view.server.get('/api/workflow/documents/:id', () => draftView(p.id));
  return view;
}

const status = (i: number) => screen.getByTestId(`ind-status-${i}`).textContent;

describe('goal table', { timeout: 120_000 }, () => {
  it('adds an indicator and marks it met / not met with the completion rate as the actual value is typed', async () => {
    const { server } = open();
    await screen.findByText('项目绩效目标完成情况表');
    expect(screen.queryByTestId('ind-level3-1')).toBeNull();

    await userEvent.click(screen.getByTestId('add-indicator'));
    const level3 = screen.getByTestId('ind-level3-1');
    // The new row continues the last row's 一级 / 二级 and starts empty.
    expect((level3 as HTMLTextAreaElement).value).toBe('');
    expect(status(1)).toBe('未填写');
    expect(screen.getByText('有未保存的修改')).toBeTruthy();

    fireEvent.change(level3, { target: { value: '信息采集数量' } });
    fireEvent.change(screen.getByTestId('ind-target-1'), { target: { value: '≥1000条' } });
    fireEvent.change(screen.getByTestId('ind-actual-1'), { target: { value: '800条' } });
    expect(status(1)).toContain('未达成');
    expect(status(1)).toContain('完成率 80.00%');

    fireEvent.change(screen.getByTestId('ind-actual-1'), { target: { value: '1250条' } });
    expect(status(1)).toContain('已达成');
    expect(status(1)).toContain('完成率 125.00%');

    // 保存 sends both rows (without the page's own keys) under the version the server gave.
    server.put('/api/projects/:id/indicators', (req) => {
      const body = req.body as { indicators: unknown[]; version: number };
      return project({
        version: body.version + 1,
        indicators: body.indicators.map((r, i) =>
          indicator({ ...(r as object), id: `ind-${i + 1}`, position: i }),
        ),
      });
    });
    await userEvent.click(screen.getByTestId('project-save'));
    await waitFor(() => expect(toasts()).toContain('已保存'));
    const [put] = server.calls('PUT', '/api/projects/p-1/indicators');
    expect(put!.headers.get('x-csrf-token')).toBe('csrf-token-1');
    expect(put!.body).toEqual({
      version: 3,
      indicators: [
        {
          // The saved row goes back with its id (its 佐证材料 follow it); the new one has none yet.
          id: 'ind-1',
          level1: '产出指标',
          level2: '数量指标',
          level3: '培训人次',
          target: '≥200人次',
          standards: null,
          actual: '',
          deviationReason: '',
          improvement: '',
        },
        {
          level1: '产出指标',
          level2: '数量指标',
          level3: '信息采集数量',
          target: '≥1000条',
          standards: null,
          actual: '1250条',
          deviationReason: '',
          improvement: '',
        },
      ],
    });
    // Nothing else changed, so the project itself was not written.
    expect(server.calls('PATCH', '/api/projects/p-1')).toHaveLength(0);
    await waitFor(() => expect(screen.queryByText('有未保存的修改')).toBeNull());
  });

  it('edits an existing indicator and removes one', async () => {
    open(
      project({
        indicators: [indicator(), indicator({ id: 'ind-2', level3: '培训满意度', target: '≥90%' })],
      }),
    );
    await screen.findByText('项目绩效目标完成情况表');
    fireEvent.change(screen.getByTestId('ind-actual-0'), { target: { value: '150人次' } });
    expect(status(0)).toContain('未达成');
    expect(status(0)).toContain('完成率 75.00%');
    fireEvent.change(screen.getByTestId('ind-actual-1'), { target: { value: '95%' } });
    expect(status(1)).toContain('已达成');

    const firstRow = screen.getByTestId('ind-level3-0').closest('tr')!;
    await userEvent.click(within(firstRow as HTMLElement).getByRole('button', { name: /删\s*除/ }));
    expect((screen.getByTestId('ind-level3-0') as HTMLTextAreaElement).value).toBe('培训满意度');
    expect(screen.queryByTestId('ind-level3-1')).toBeNull();
  });

  it('refuses a budget that is not a number, in Chinese, and sends nothing', async () => {
    const { server } = open();
    await screen.findByText('项目绩效目标完成情况表');
    expect(screen.getByTestId('project-rate').textContent).toBe('80.00%');
    const budget = screen.getByTestId('project-budgetFiscal');
    fireEvent.change(budget, { target: { value: '一百' } });
    expect(
      budget.closest('.ant-input-status-error, .ant-input-affix-wrapper-status-error') ?? budget,
    ).toBeTruthy();
    expect(budget.className).toContain('status-error');
    expect(screen.getByTestId('project-rate').textContent).toBe('—');

    await userEvent.click(screen.getByTestId('project-save'));
    await waitFor(() => expect(toasts()).toContain('请输入数字（万元），如 195.01'));
    expect(server.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);

    fireEvent.change(budget, { target: { value: '200' } });
    expect(budget.className).not.toContain('status-error');
    expect(screen.getByTestId('project-rate').textContent).toBe('40.00%');
  });

  it("shows the server's Chinese validation message when it refuses the table", async () => {
    const { server } = open();
    await screen.findByText('项目绩效目标完成情况表');
    fireEvent.change(screen.getByTestId('ind-level3-0'), { target: { value: '' } });
    server.put('/api/projects/:id/indicators', () => failure(400, 'VALIDATION', '第1行“三级指标”不能为空。'));
    await userEvent.click(screen.getByTestId('project-save'));
    await waitFor(() => expect(toasts()).toContain('第1行“三级指标”不能为空。'));
    // What the user typed stays on screen to be corrected.
    expect(screen.getByText('有未保存的修改')).toBeTruthy();
  });

  it('shows a read-only table to a user without the right to edit', async () => {
    open(project(), user(['work.read']));
    await screen.findByText('项目绩效目标完成情况表');
    expect(screen.getByText('您没有编辑权限，仅可查看。')).toBeTruthy();
    expect(screen.queryByTestId('add-indicator')).toBeNull();
    expect(screen.queryByTestId('project-save')).toBeNull();
    expect(screen.getByText('培训人次')).toBeTruthy();
  });

  it('locks the table while the goals are under review', async () => {
    const { server } = open();
    server.get('/api/workflow/documents/:id', () => ({
      ...draftView('p-1'),
      status: 'in_review',
      statusLabel: '审核中',
      editScope: { mode: 'none' },
    }));
    await screen.findByTestId('project-locked');
    expect(screen.getByTestId('project-locked').textContent).toContain('项目绩效目标审核中，当前不能修改');
    expect(screen.queryByTestId('project-save')).toBeNull();
    void reply;
  });
});
