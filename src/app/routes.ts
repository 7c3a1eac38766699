/** Every API route of the application, in one list (the authorisation-matrix test walks it). */
import { accountsRoutes } from '../features/accounts/accounts.route.ts';
import { catalogueRoutes } from '../features/catalogue/catalogue.route.ts';
import { auditRoutes } from '../features/audit/audit.route.ts';
import { authRoutes } from '../features/auth/auth.route.ts';
import { checkerRoutes } from '../features/checker/checker.route.ts';
import { evaluationRoutes } from '../features/evaluations/evaluations.route.ts';
import { goalRoutes } from '../features/goals/goals.route.ts';
import { monitoringRoutes } from '../features/monitoring/monitoring.route.ts';
import { rectificationRoutes } from '../features/rectification/rectification.route.ts';
import { resultsRoutes } from '../features/results/results.route.ts';
import { orgRoutes } from '../features/orgs/orgs.route.ts';
import { healthRoutes } from '../features/system/health.route.ts';
import { templateRoutes } from '../features/templates/templates.route.ts';
import { userRoutes } from '../features/users/users.route.ts';
import { workflowRoutes } from '../features/workflow/workflow.route.ts';
import { jobRoutes } from '../features/jobs/jobs.route.ts';
import { reportRoutes } from '../features/reports/reports.route.ts';
import { registerDocumentAdapters } from '../features/workflow/documents.ts';
import { evaluationAdapter } from '../features/evaluations/evaluation-adapter.ts';
import { goalsAdapter } from '../features/goals/goals-adapter.ts';
import { accountsAdapter } from '../features/accounts/accounts-adapter.ts';
import type { AppDeps } from './deps.ts';

/** The documents the review workflow runs on, one adapter per feature (the workflow core imports none). */
export const DOCUMENT_ADAPTERS = [evaluationAdapter, goalsAdapter, accountsAdapter];

export function allRoutes(deps: AppDeps) {
  registerDocumentAdapters(DOCUMENT_ADAPTERS);
  return [
    ...healthRoutes(),
    ...authRoutes(deps),
    ...orgRoutes(),
    ...userRoutes(),
    ...auditRoutes(),
    ...checkerRoutes(),
    ...templateRoutes(),
    ...goalRoutes(),
    ...evaluationRoutes(),
    ...catalogueRoutes(),
    ...accountsRoutes(),
    ...workflowRoutes(),
    ...jobRoutes(),
    ...reportRoutes(),
    ...monitoringRoutes(),
    ...rectificationRoutes(),
    ...resultsRoutes(),
  ];
}
