// 绩效自评 — placeholder until the module is built.
import { ModulePlaceholder } from '../../shared/ui/ModulePlaceholder';
import { evaluationsTexts } from './texts';

export function EvaluationsPage() {
  return <ModulePlaceholder title={evaluationsTexts.title} summary={evaluationsTexts.summary} />;
}
