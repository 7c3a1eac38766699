// Routes of the application: the login page until a session exists, then the main layout and its pages.
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import type { ReactNode } from 'react';
import { Spin } from 'antd';
import { useSession } from './shared/session/SessionContext';
import { AppLayout } from './shared/layout/AppLayout';
import { NotFoundPage, RequireAny } from './shared/layout/StatusPages';
import { adminNav, homePath } from './shared/layout/nav';
import { shellTexts } from './shared/texts';
import { LoginPage } from './features/auth/LoginPage';
import { GoalsPage } from './features/goals/GoalsPage';
import { EvaluationsPage } from './features/evaluations/EvaluationsPage';
import { EvaluationPage } from './features/evaluations/EvaluationPage';
import { ProjectPage } from './features/goals/ProjectPage';
import { TemplatesPage } from './features/templates/TemplatesPage';
import { WorkflowPage } from './features/workflow/WorkflowPage';
import { ChainsPage } from './features/workflow/ChainsPage';
import { AccountsPage } from './features/accounts/AccountsPage';
import { ReportsPage } from './features/reports/ReportsPage';
import { CheckerPage } from './features/checker/CheckerPage';
import { UsersPage } from './features/users/UsersPage';
import { OrgsPage } from './features/orgs/OrgsPage';
import { AuditPage } from './features/audit/AuditPage';

const adminPages: Record<string, ReactNode> = {
  '/admin/users': <UsersPage />,
  '/admin/orgs': <OrgsPage />,
  '/admin/audit': <AuditPage />,
  '/admin/templates': <TemplatesPage />,
  '/admin/workflow-chains': <ChainsPage />,
};

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
        <Route index element={<Navigate to={homePath} replace />} />
        <Route path="goals" element={<GoalsPage />} />
        <Route path="goals/:id" element={<ProjectPage />} />
        <Route path="evaluations" element={<EvaluationsPage />} />
        <Route path="evaluations/:id" element={<EvaluationPage />} />
        <Route path="workflow" element={<WorkflowPage />} />
        <Route path="accounts" element={<AccountsPage />} />
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
