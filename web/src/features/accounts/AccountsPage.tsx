// 决算 — placeholder until the module is built.
import { ModulePlaceholder } from '../../shared/ui/ModulePlaceholder';
import { accountsTexts } from './texts';

export function AccountsPage() {
  return <ModulePlaceholder title={accountsTexts.title} summary={accountsTexts.summary} />;
}
