/** Every API route of the application, in one list (the authorisation-matrix test walks it). */
import { accountsRoutes } from '../features/accounts/accounts.route.ts';
import { catalogueRoutes } from '../features/catalogue/catalogue.route.ts';
import { auditRoutes } from '../features/audit/audit.route.ts';
import { authRoutes } from '../features/auth/auth.route.ts';
import { checkerRoutes } from '../features/checker/checker.route.ts';
import { evaluationRoutes } from '../features/evaluations/evaluations.route.ts';
import { evaluationPrefillRoutes } from '../features/evaluations/prefill.route.ts';
import { preAssessmentRoutes } from '../features/pre-assessment/pre-assessment.route.ts';
import { preAssessmentAdapter } from '../features/pre-assessment/pre-assessment-adapter.ts';
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
import { indicatorLibraryRoutes } from '../features/indicator-library/indicator-library.route.ts';
import { overviewRoutes } from '../features/reports/overview.route.ts';
import { registerDocumentAdapters, registerSnapshotParts } from '../features/workflow/documents.ts';
import { evidenceRoutes } from '../features/evidence/evidence.route.ts';
import { exchangeRoutes } from '../features/exchange/exchange.route.ts';
import { evidenceSnapshotPart } from '../features/evidence/evidence-store.ts';
import { evaluationAdapter } from '../features/evaluations/evaluation-adapter.ts';
import { goalsAdapter } from '../features/goals/goals-adapter.ts';
import { accountsAdapter } from '../features/accounts/accounts-adapter.ts';
import { monitoringAdapter } from '../features/monitoring/monitoring-adapter.ts';
import type { AppDeps } from './deps.ts';

/** The documents the review workflow runs on, one adapter per feature (the workflow core imports none). */
export const DOCUMENT_ADAPTERS = [
  evaluationAdapter,
  goalsAdapter,
  accountsAdapter,
  monitoringAdapter,
  preAssessmentAdapter,
];

/** Makes every document kind known to the workflow; called at start-up and before loading the demo. */
export function registerWorkflowDocuments(): void {
  registerDocumentAdapters(DOCUMENT_ADAPTERS);
  // A frozen version lists the document's 佐证材料 (file names and SHA-256).
  registerSnapshotParts([evidenceSnapshotPart]);
}

export function allRoutes(deps: AppDeps) {
  registerWorkflowDocuments();
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
    ...evaluationPrefillRoutes(),
    ...preAssessmentRoutes(),
    ...catalogueRoutes(),
    ...accountsRoutes(),
    ...workflowRoutes(),
    ...jobRoutes(),
    ...reportRoutes(),
    ...indicatorLibraryRoutes(),
    ...overviewRoutes(),
    ...monitoringRoutes(),
    ...exchangeRoutes(),
    ...rectificationRoutes(),
    ...resultsRoutes(),
    ...evidenceRoutes(),
  ];
}
