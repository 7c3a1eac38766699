// The organisation tree beside an organisation-scoped page: shown when the user reaches several
// organisations, left out for a user who reaches one (the page gets the width, e.g. 决算's wide tables).
import { describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import { ORG, renderPage, screen, user } from '../../test/render';
import { AppLayout } from './AppLayout';

describe('organisation tree beside a scoped page', { timeout: 120_000 }, () => {
  const quiet = (server: ReturnType<typeof renderPage>['server']) => {
    server.get('/api/workflow/inbox', () => ({
      todo: [],
      done: [],
      mine: [],
      counts: { todo: 0, overdue: 0, done: 0, mine: 0 },
    }));
    server.get('/api/workflow/notifications', () => ({ items: [] }));
  };

  it('leaves the tree out for a user who reaches one organisation', async () => {
    const { server } = renderPage(<AppLayout />, { path: '/goals', me: user(['work.read']) });
    quiet(server);
    await screen.findByTestId('current-user');
    await waitFor(() => expect(server.calls('GET', '/api/orgs').length).toBeGreaterThan(0));
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId('org-tree')).toBeNull();
  });

  it('shows it when the user reaches several', async () => {
    const { server } = renderPage(<AppLayout />, { path: '/goals', me: user(['work.read']) });
    quiet(server);
    server.get('/api/orgs', () => ({
      items: [ORG, { ...ORG, id: 'org-2', parentId: ORG.id, code: 'U002', name: '下属单位' }],
    }));
    await screen.findByTestId('org-tree');
    expect((await screen.findByText('下属单位')).textContent).toBe('下属单位');
  });

  it('folds the tree away when asked, remembers it, and unfolds it again', async () => {
    window.localStorage.removeItem('jixiao.orgTreeCollapsed');
    const several = (server: ReturnType<typeof renderPage>['server']) => {
      quiet(server);
      server.get('/api/orgs', () => ({
        items: [ORG, { ...ORG, id: 'org-2', parentId: ORG.id, code: 'U002', name: '下属单位' }],
      }));
    };
    const first = renderPage(<AppLayout />, { path: '/goals', me: user(['work.read']) });
    several(first.server);
    (await screen.findByTestId('org-tree-collapse')).click();
    await screen.findByTestId('org-tree-expand');
    expect(screen.queryByTestId('org-tree')).toBeNull();
    first.unmount();

    // A new visit keeps the tree folded, and the button brings it back.
    const second = renderPage(<AppLayout />, { path: '/goals', me: user(['work.read']) });
    several(second.server);
    (await screen.findByTestId('org-tree-expand')).click();
    await screen.findByTestId('org-tree');
    expect(window.localStorage.getItem('jixiao.orgTreeCollapsed')).toBe('0');
  });
});
