// 报告 — placeholder until the module is built.
import { ModulePlaceholder } from '../../shared/ui/ModulePlaceholder';
import { reportsTexts } from './texts';

export function ReportsPage() {
  return <ModulePlaceholder title={reportsTexts.title} summary={reportsTexts.summary} />;
}
