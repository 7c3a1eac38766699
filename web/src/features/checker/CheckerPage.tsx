// 校验 — placeholder until the module is built.
import { ModulePlaceholder } from '../../shared/ui/ModulePlaceholder';
import { checkerTexts } from './texts';

export function CheckerPage() {
  return <ModulePlaceholder title={checkerTexts.title} summary={checkerTexts.summary} />;
}
