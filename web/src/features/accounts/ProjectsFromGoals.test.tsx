// 从绩效目标带入: the dialog lists projects to add, blanks to fill and typed figures that differ; a typed
// figure is replaced only for the project whose box is ticked; the saved 决算 comes back to the page.
import { describe, expect, it, vi } from 'vitest';
import { waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage, screen, user } from '../../test/render';
import type { AccountsDto, ProjectsFromGoalsPreview } from './api';
import { ProjectsFromGoals } from './ProjectsFromGoals';

const preview: ProjectsFromGoalsPreview = {
  version: 3,
  items: [
    { name: '信息化运维', kind: 'same' },
    {
      name: '清偿欠款',
      kind: 'update',
      fills: [{ field: 'budget', label: '预算数', from: '0.00', to: '20000.00' }],
      overwrites: [{ field: 'actual', label: '执行数', from: '15000.00', to: '1234567.00' }],
    },
    {
      name: '设备采购',
      kind: 'add',
      row: {
        name: '设备采购',
        budget: '50000.00',
        actual: '49000.00',
        summary: '',
        problems: '',
        measures: '',
      },
    },
  ],
};

describe('从绩效目标带入', { timeout: 120_000 }, () => {
  it('shows what would change and replaces a typed figure only when confirmed', async () => {
    const applied = vi.fn<(dto: AccountsDto) => void>();
    const { server } = renderPage(
      <ProjectsFromGoals orgId="org-1" year={2020} unit="元" dirty={false} onApplied={applied} />,
      { path: '/', me: user(['work.read', 'work.edit']) },
    );
    server.get('/api/accounts/org-1/projects-from-goals', () => preview);
    server.post('/api/accounts/org-1/projects-from-goals', () => ({ exists: true, version: 4 }));
    await userEvent.click(await screen.findByTestId('projects-from-goals'));
    const dialog = await screen.findByTestId('projects-from-goals-preview');
    expect(dialog.textContent).toContain('设备采购：预算数：（空） → 50,000.00元');
    expect(dialog.textContent).toContain('清偿欠款：预算数：（空） → 20,000.00元');
    expect(dialog.textContent).toContain('执行数：15,000.00元 → 1,234,567.00元');
    expect(dialog.textContent).not.toContain('信息化运维');
    await userEvent.click(screen.getByLabelText('用绩效目标的内容替换“清偿欠款”的已填内容'));
    await userEvent.click(screen.getByTestId('projects-from-goals-apply'));
    await waitFor(() => expect(applied).toHaveBeenCalledWith({ exists: true, version: 4 }));
    const sent = server.calls('POST', '/api/accounts/org-1/projects-from-goals');
    expect(sent[0]!.body).toEqual({ version: 3, overwrite: ['清偿欠款'] });
    expect(sent[0]!.query.get('year')).toBe('2020');
  });

  it('asks to save unsaved edits first', async () => {
    renderPage(<ProjectsFromGoals orgId="org-1" year={2020} unit="元" dirty onApplied={() => {}} />, {
      path: '/',
      me: user(['work.read', 'work.edit']),
    });
    expect((await screen.findByTestId('projects-from-goals')).closest('button')!.disabled).toBe(true);
  });
});
