// Renders a page as the app does — antd in Chinese, the data layer, the session (from GET /api/auth/me),
// the organisations (GET /api/orgs), the router — against a fake server (fake-server.ts) put in place of
// `fetch`. Every test gets a fresh query client, session and server.
import './dom';
import type { ReactNode } from 'react';
import { afterEach, vi } from 'vitest';
import { cleanup, configure, render, screen } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { MemoryRouter, Route, Routes } from 'react-router';
import { DataProvider } from '../shared/api/DataProvider';
import type { Me, Org } from '../shared/api/types';
import { OrgProvider } from '../shared/orgs/OrgContext';
import { SessionProvider, useSession } from '../shared/session/SessionContext';
import { fakeServer, type FakeServer } from './fake-server';

export const ORG: Org = {
  id: 'org-1',
  parentId: null,
  code: 'U001',
  name: '示例单位',
  kind: 'unit',
  version: 1,
};

export function user(permissions: string[], over: Partial<Me> = {}): Me {
  return {
    id: 'user-1',
    username: 'clerk',
    displayName: '经办人甲',
    orgId: ORG.id,
    orgName: ORG.name,
    roles: [{ role: 'clerk', position: null }],
    permissions,
    ...over,
  };
}

// antd renders slowly in jsdom on a shared machine: wait up to 10 s for what a test expects to appear.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.localStorage.clear();
});

/**
 * Mounts `element` at `path` (matched by `route`, e.g. "/goals/:id") for `me`, with a fake server
 * that already answers the session and organisation requests; returns that server to add routes to.
 */
export function renderPage(
  element: ReactNode,
  {
    path,
    route = path,
    me,
    server = fakeServer(),
  }: { path: string; route?: string; me: Me; server?: FakeServer },
) {
  server.get('/api/auth/me', () => ({ user: me, csrfToken: 'csrf-token-1' }));
  server.get('/api/orgs', () => ({ items: [ORG] }));
  vi.stubGlobal('fetch', server.fetch);
  const view = render(
    <ConfigProvider locale={zhCN} theme={{ token: { motion: false } }}>
      <AntApp>
        <DataProvider>
          <SessionProvider>
            <Signed>
              <MemoryRouter initialEntries={[path]}>
                <OrgProvider>
                  <Routes>
                    <Route path={route} element={element} />
                  </Routes>
                </OrgProvider>
              </MemoryRouter>
            </Signed>
          </SessionProvider>
        </DataProvider>
      </AntApp>
    </ConfigProvider>,
  );
  return { ...view, server };
}

/** Renders its children once GET /api/auth/me answered, as the app's router does. */
function Signed({ children }: { children: ReactNode }) {
  const { state } = useSession();
  return state.status === 'authenticated' ? <>{children}</> : null;
}

/** antd's message / notification texts shown so far (they render outside the page's container). */
export const toasts = () =>
  Array.from(document.querySelectorAll('.ant-message-notice, .ant-notification-notice')).map(
    (n) => n.textContent ?? '',
  );

export { screen };
