// Routes of the application: the login page until a session exists, then the main layout and its pages.
import { BrowserRouter, Navigate, Outlet, Route, Routes } from 'react-router';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Spin } from 'antd';
import { useSession } from './shared/session/SessionContext';
import { AppLayout } from './shared/layout/AppLayout';
import { NotFoundPage, RequireAny } from './shared/layout/StatusPages';
import { adminNav, homeFor } from './shared/layout/nav';
import { shellTexts } from './shared/texts';
import { LoginPage } from './features/auth/LoginPage';

// Each page is its own chunk, fetched the first time it is opened: the first load carries only the shell.
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));
const GoalsPage = page(() => import('./features/goals/GoalsPage'), 'GoalsPage');
const ProjectPage = page(() => import('./features/goals/ProjectPage'), 'ProjectPage');
const PreAssessmentsPage = page(
  () => import('./features/pre-assessment/PreAssessmentsPage'),
  'PreAssessmentsPage',
);
const PreAssessmentPage = page(
  () => import('./features/pre-assessment/PreAssessmentPage'),
  'PreAssessmentPage',
);
const EvaluationsPage = page(() => import('./features/evaluations/EvaluationsPage'), 'EvaluationsPage');
const EvaluationPage = page(() => import('./features/evaluations/EvaluationPage'), 'EvaluationPage');
const TemplatesPage = page(() => import('./features/templates/TemplatesPage'), 'TemplatesPage');
const CataloguePage = page(() => import('./features/catalogue/CataloguePage'), 'CataloguePage');
const IndicatorLibraryPage = page(
  () => import('./features/indicator-library/IndicatorLibraryPage'),
  'IndicatorLibraryPage',
);
const WorkflowPage = page(() => import('./features/workflow/WorkflowPage'), 'WorkflowPage');
const ChainsPage = page(() => import('./features/workflow/ChainsPage'), 'ChainsPage');
const AccountsPage = page(() => import('./features/accounts/AccountsPage'), 'AccountsPage');
const MonitoringPage = page(() => import('./features/monitoring/MonitoringPage'), 'MonitoringPage');
const ReportsPage = page(() => import('./features/reports/ReportsPage'), 'ReportsPage');
const ExchangePage = page(() => import('./features/exchange/ExchangePage'), 'ExchangePage');
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
  '/admin/indicator-library': <IndicatorLibraryPage />,
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

/** An administrator (三员) who opens a business address is taken to their own work instead. */
function BusinessRoute({ children }: { children: ReactNode }) {
  const { state, can } = useSession();
  const permissions = state.status === 'authenticated' ? state.user.permissions : [];
  const home = homeFor(permissions);
  return can('work.read') || !home.startsWith('/admin/') ? <>{children}</> : <Navigate to={home} replace />;
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
  const home = homeFor(state.user.permissions);
  const business = (element: ReactNode) => <BusinessRoute>{element}</BusinessRoute>;

  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route element={<SuspendedOutlet />}>
          <Route index element={<Navigate to={home} replace />} />
          <Route path="goals" element={business(<GoalsPage />)} />
          <Route path="goals/:id" element={business(<ProjectPage />)} />
          <Route path="pre-assessment" element={business(<PreAssessmentsPage />)} />
          <Route path="pre-assessment/:id" element={business(<PreAssessmentPage />)} />
          <Route path="evaluations" element={business(<EvaluationsPage />)} />
          <Route path="evaluations/:id" element={business(<EvaluationPage />)} />
          <Route path="workflow" element={business(<WorkflowPage />)} />
          <Route path="accounts" element={business(<AccountsPage />)} />
          <Route path="monitoring" element={business(<MonitoringPage />)} />
          <Route path="reports" element={business(<ReportsPage />)} />
          <Route path="exchange" element={business(<ExchangePage />)} />
          <Route path="checker" element={business(<CheckerPage />)} />
          {adminNav.map((item) => (
            <Route
              key={item.path}
              path={item.path.slice(1)}
              element={<RequireAny anyOf={item.anyOf ?? []}>{adminPages[item.path]}</RequireAny>}
            />
          ))}
          <Route path="login" element={<Navigate to={home} replace />} />
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
