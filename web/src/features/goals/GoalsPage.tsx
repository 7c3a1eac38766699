// 绩效目标 — placeholder until the module is built.
import { ModulePlaceholder } from '../../shared/ui/ModulePlaceholder';
import { goalsTexts } from './texts';

export function GoalsPage() {
  return <ModulePlaceholder title={goalsTexts.title} summary={goalsTexts.summary} />;
}
