// 审核 — placeholder until the module is built.
import { ModulePlaceholder } from '../../shared/ui/ModulePlaceholder';
import { workflowTexts } from './texts';

export function WorkflowPage() {
  return <ModulePlaceholder title={workflowTexts.title} summary={workflowTexts.summary} />;
}
