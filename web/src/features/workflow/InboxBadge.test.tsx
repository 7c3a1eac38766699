// The header's 待办 count and notifications: each unread notification is shown once, then marked read.
import { describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import { renderPage, screen, toasts, user } from '../../test/render';
import type { Inbox, WorkflowNotification } from './api';
import { InboxBadge } from './InboxBadge';

const inbox: Inbox = { todo: [], done: [], mine: [], counts: { todo: 2, overdue: 1, done: 0, mine: 0 } };
const arrived: WorkflowNotification = {
  id: 'n-1',
  documentId: 'ev-1',
  kind: 'arrived',
  title: '业务培训项目绩效自评',
  stepName: '主任审核',
  by: '经办人甲',
  at: '2025-01-10T08:00:00.000Z',
};

describe('inbox badge', { timeout: 120_000 }, () => {
  it('shows the 待办 count and each new notification once, then marks it read', async () => {
    const { server } = renderPage(<InboxBadge />, { path: '/', me: user(['work.read']) });
    server.get('/api/workflow/inbox', () => inbox);
    let unread = [arrived];
    server.get('/api/workflow/notifications', () => ({ items: unread }));
    server.post('/api/workflow/notifications/read', (req) => {
      unread = [];
      return { marked: (req.body as { ids: string[] }).ids.length };
    });
    await waitFor(() => expect(screen.getByTestId('inbox-count').textContent).toBe('待办 2'));
    await waitFor(() => expect(toasts().join()).toContain('新的待办'));
    await waitFor(() => expect(server.calls('POST', '/api/workflow/notifications/read')).toHaveLength(1));
    expect(server.calls('POST', '/api/workflow/notifications/read')[0]!.body).toEqual({ ids: ['n-1'] });
    expect(screen.getByText('逾期 1')).toBeTruthy();
  });
});
