// Routes of the application: the login page until a session exists, then the main layout and its pages.
import { BrowserRouter, Navigate, Outlet, Route, Routes } from 'react-router';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Spin } from 'antd';
import { useSession } from './shared/session/SessionContext';
import { AppLayout } from './shared/layout/AppLayout';
import { NotFoundPage, RequireAny } from './shared/layout/StatusPages';
import { adminNav, homePath } from './shared/layout/nav';
import { shellTexts } from './shared/texts';
import { LoginPage } from './features/auth/LoginPage';

// Each page is its own chunk, fetched the first time it is opened: the first load carries only the shell.
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));
const GoalsPage = page(() => import('./features/goals/GoalsPage'), 'GoalsPage');
const ProjectPage = page(() => import('./features/goals/ProjectPage'), 'ProjectPage');
const EvaluationsPage = page(() => import('./features/evaluations/EvaluationsPage'), 'EvaluationsPage');
const EvaluationPage = page(() => import('./features/evaluations/EvaluationPage'), 'EvaluationPage');
const TemplatesPage = page(() => import('./features/templates/TemplatesPage'), 'TemplatesPage');
const CataloguePage = page(() => import('./features/catalogue/CataloguePage'), 'CataloguePage');
const WorkflowPage = page(() => import('./features/workflow/WorkflowPage'), 'WorkflowPage');
const ChainsPage = page(() => import('./features/workflow/ChainsPage'), 'ChainsPage');
const AccountsPage = page(() => import('./features/accounts/AccountsPage'), 'AccountsPage');
const MonitoringPage = page(() => import('./features/monitoring/MonitoringPage'), 'MonitoringPage');
const ReportsPage = page(() => import('./features/reports/ReportsPage'), 'ReportsPage');
const CheckerPage = page(() => import('./features/checker/CheckerPage'), 'CheckerPage');
const UsersPage = page(() => import('./features/users/UsersPage'), 'UsersPage');
const OrgsPage = page(() => import('./features/orgs/OrgsPage'), 'OrgsPage');
const AuditPage = page(() => import('./features/audit/AuditPage'), 'AuditPage');

function PageLoading() {
  return (
    <div style={{ padding: 48, display: 'flex', justifyContent: 'center' }}>
      <Spin description={shellTexts.loading}>
        <div style={{ width: 120, height: 80 }} />
      </Spin>
    </div>
  );
}

const adminPages: Record<string, ReactNode> = {
  '/admin/users': <UsersPage />,
  '/admin/orgs': <OrgsPage />,
  '/admin/audit': <AuditPage />,
  '/admin/templates': <TemplatesPage />,
  '/admin/catalogue': <CataloguePage />,
  '/admin/workflow-chains': <ChainsPage />,
};

/** The layout stays in place while a page's chunk loads. */
function SuspendedOutlet() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Outlet />
    </Suspense>
  );
}

function Routed() {
  const { state } = useSession();

  if (state.status === 'loading') {
    return (
      <div style={{ height: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
        <Spin size="large" description={shellTexts.loading}>
          <div style={{ width: 120, height: 80 }} />
        </Spin>
      </div>
    );
  }
  // Whatever address was asked for, an anonymous visitor logs in first and then lands on it.
  if (state.status === 'anonymous') return <LoginPage expired={state.expired} />;

  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route element={<SuspendedOutlet />}>
          <Route index element={<Navigate to={homePath} replace />} />
          <Route path="goals" element={<GoalsPage />} />
          <Route path="goals/:id" element={<ProjectPage />} />
          <Route path="evaluations" element={<EvaluationsPage />} />
          <Route path="evaluations/:id" element={<EvaluationPage />} />
          <Route path="workflow" element={<WorkflowPage />} />
          <Route path="accounts" element={<AccountsPage />} />
          <Route path="monitoring" element={<MonitoringPage />} />
          <Route path="reports" element={<ReportsPage />} />
          <Route path="checker" element={<CheckerPage />} />
          {adminNav.map((item) => (
            <Route
              key={item.path}
              path={item.path.slice(1)}
              element={<RequireAny anyOf={item.anyOf ?? []}>{adminPages[item.path]}</RequireAny>}
            />
          ))}
          <Route path="login" element={<Navigate to={homePath} replace />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}

export function App() {
  return (
    <BrowserRouter>
      <Routed />
    </BrowserRouter>
  );
}
