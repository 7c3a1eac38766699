// 审核 and the header's badge share one inbox query: the page shows at once what the badge loaded, and
// asks the server again meanwhile; the badge's count follows what the page loaded.
import { describe, expect, it } from 'vitest';
import { waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage, screen, user } from '../../test/render';
import type { Inbox, InboxRow } from './api';
import { InboxBadge } from './InboxBadge';
import { WorkflowPage } from './WorkflowPage';
import { useLocation } from 'react-router';

const row: InboxRow = {
  fiscalYear: null,
  documentId: 'ev-1',
  kind: 'project_evaluation',
  kindLabel: '项目支出绩效评价',
  status: 'in_review',
  statusLabel: '审核中',
  documentVersion: 1,
  stepName: '主任审核',
  submitterName: '经办人甲',
  since: '2025-01-10T08:00:00.000Z',
  lastActionAt: '2025-01-10T08:00:00.000Z',
  deadline: { dueAt: null, overdue: false, daysLeft: null },
  title: '业务培训项目绩效自评',
  orgId: 'org-1',
  orgName: '示例单位',
};
const inbox = (todo: InboxRow[]): Inbox => ({
  todo,
  done: [],
  mine: [],
  counts: { todo: todo.length, overdue: 0, done: 0, mine: 0 },
});

function Shell() {
  return (
    <>
      <InboxBadge />
      <WorkflowPage />
    </>
  );
}

describe('审核 page', { timeout: 120_000 }, () => {
  it('shows the inbox the header loaded at once, and the count follows a refresh', async () => {
    let answer: (value: Inbox) => void = () => undefined;
    let calls = 0;
    const { server } = renderPage(<Shell />, { path: '/workflow', me: user(['work.read']) });
    server.get('/api/workflow/notifications', () => ({ items: [] }));
    server.get('/api/workflow/inbox', () => {
      calls += 1;
      // The first answer comes at once; the next one only when the test says so.
      return calls === 1 ? inbox([row]) : new Promise<Inbox>((resolve) => (answer = resolve));
    });
    const table = await screen.findByTestId('inbox-todo');
    await within(table).findByText('业务培训项目绩效自评');
    expect(screen.getByTestId('inbox-count').textContent).toBe('待办 1');

    await userEvent.click(screen.getByRole('button', { name: /刷\s*新/ }));
    await waitFor(() => expect(calls).toBe(2));
    // While the server is asked again, the rows already loaded stay on screen.
    expect(within(table).getByText('业务培训项目绩效自评')).toBeTruthy();
    answer(inbox([]));
    await waitFor(() => expect(screen.getByTestId('inbox-count').textContent).toBe('待办 0'));
    await waitFor(() => expect(within(table).queryByText('业务培训项目绩效自评')).toBeNull());
  });

  it('opens a 决算 at its organisation and year, not the reviewer’s own accounts page', async () => {
    function Where() {
      const at = useLocation();
      return <span data-testid="where">{at.pathname + at.search}</span>;
    }
    const { server } = renderPage(
      <>
        <WorkflowPage />
        <Where />
      </>,
      { path: '/workflow', route: '*', me: user(['work.read']) },
    );
    server.get('/api/workflow/notifications', () => ({ items: [] }));
    server.get('/api/workflow/inbox', () =>
      inbox([
        {
          ...row,
          kind: 'final_accounts',
          kindLabel: '决算',
          documentId: 'fa-1',
          title: '下属单位2020年度决算',
          orgId: 'org-2',
          fiscalYear: 2020,
        },
      ]),
    );
    await userEvent.click(await screen.findByText('下属单位2020年度决算'));
    await waitFor(() =>
      expect(screen.getByTestId('where').textContent).toBe('/accounts?org=org-2&year=2020'),
    );
  });
});
