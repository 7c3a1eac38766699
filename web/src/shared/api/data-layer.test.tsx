// The data layer as the pages use it (TanStack Query over the fetch helper): a stale write (412) shows
// the server's Chinese message and loads the current version; a write invalidates the lists that show
// it; a refused read shows the server's message once and is not retried; the CSRF token goes with every
// write. Real pages and hooks; only fetch is fake.
import { describe, expect, it } from 'vitest';
import { fireEvent, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { failure } from '../../test/fake-server';
import { draftView, listItem, project } from '../../test/fixtures';
import { renderPage, screen, toasts, user } from '../../test/render';
import { GoalsPage } from '../../features/goals/GoalsPage';
import { ProjectPage } from '../../features/goals/ProjectPage';

const CLERK = user(['work.read', 'work.edit']);
const STALE = '数据已被他人修改，请刷新后重试。';

describe('data layer', { timeout: 120_000 }, () => {
  it('shows the stale-version message on a 412 and loads the version someone else saved', async () => {
    const mine = project();
    const theirs = project({ name: '业务培训项目（他人已修改）', version: 4 });
    let current = mine;
    const { server } = renderPage(<ProjectPage />, { path: '/goals/p-1', route: '/goals/:id', me: CLERK });
    server.get('/api/projects/:id', () => current);
    server.get('/api/workflow/documents/:id', () => draftView('p-1'));
    server.put('/api/projects/:id/indicators', () => {
      current = theirs;
      return failure(412, 'STALE', STALE);
    });

    fireEvent.change(await screen.findByTestId('ind-actual-0'), { target: { value: '210人次' } });
    expect(screen.getByText('有未保存的修改')).toBeTruthy();
    await userEvent.click(screen.getByTestId('project-save'));

    await waitFor(() => expect(toasts()).toContain(STALE));
    // The page was loaded again and shows the other user's version instead of the refused draft.
    await waitFor(() =>
      expect((screen.getByTestId('project-name') as HTMLInputElement).value).toBe(
        '业务培训项目（他人已修改）',
      ),
    );
    expect(server.calls('GET', '/api/projects/p-1')).toHaveLength(2);
    expect((screen.getByTestId('ind-actual-0') as HTMLTextAreaElement).value).toBe('');
    expect(screen.queryByText('有未保存的修改')).toBeNull();
    // The refused write carried the version the page had loaded and the session's CSRF token.
    const [put] = server.calls('PUT', '/api/projects/p-1/indicators');
    expect((put!.body as { version: number }).version).toBe(3);
    expect(put!.headers.get('x-csrf-token')).toBe('csrf-token-1');
  });

  it('invalidates the project list after a save, so the list shows the new figures', async () => {
    let current = project();
    const { server } = renderPage(
      <>
        <GoalsPage />
        <ProjectPage />
      </>,
      { path: '/goals/p-1', route: '/goals/:id', me: CLERK },
    );
    server.get('/api/projects', () => ({ items: [listItem(current)] }));
    server.get('/api/projects/:id', () => current);
    server.get('/api/workflow/documents/:id', () => draftView('p-1'));
    server.patch('/api/projects/:id', (req) => {
      const body = req.body as { budgetFiscal: string; version: number };
      current = project({ budgetFiscal: body.budgetFiscal, budgetTotal: body.budgetFiscal, version: 4 });
      return current;
    });
    server.put('/api/projects/:id/indicators', () => {
      current = { ...current, version: 5 };
      return current;
    });

    const list = await screen.findByTestId('goals-page');
    await within(list).findByText('100.00');
    await screen.findByTestId('project-budgetFiscal');
    expect(server.calls('GET', '/api/projects')).toHaveLength(1);
    fireEvent.change(screen.getByTestId('project-budgetFiscal'), { target: { value: '250' } });
    await userEvent.click(screen.getByTestId('project-save'));

    await waitFor(() => expect(server.calls('GET', '/api/projects')).toHaveLength(2));
    await within(list).findByText('250.00');
    expect(server.calls('GET', '/api/projects')[1]!.query.get('orgId')).toBe('org-1');
    // The fields went first, then the table under the version the first write returned.
    expect((server.calls('PATCH', '/api/projects/p-1')[0]!.body as { version: number }).version).toBe(3);
    expect(
      (server.calls('PUT', '/api/projects/p-1/indicators')[0]!.body as { version: number }).version,
    ).toBe(4);
  });

  it("shows a refused read's Chinese message once and does not ask again", async () => {
    const { server } = renderPage(<GoalsPage />, { path: '/goals', me: CLERK });
    server.get('/api/projects', () => failure(403, 'FORBIDDEN', '您无权查看该组织的项目。'));
    await waitFor(() => expect(toasts()).toContain('您无权查看该组织的项目。'));
    await new Promise((r) => setTimeout(r, 300));
    expect(server.calls('GET', '/api/projects')).toHaveLength(1);
    expect(toasts().filter((t) => t === '您无权查看该组织的项目。')).toHaveLength(1);
  });
});
