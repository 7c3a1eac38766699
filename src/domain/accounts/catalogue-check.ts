/**
 * Catalogue findings as violations, so that they appear in the same list as the balance rules (审核公式):
 * a 科目 code not in the edition, or printed with another code's name, is a warning at the row's 科目名称.
 * They never block work: no explanation is needed to submit or render (`needsExplanation`).
 */
import { catalogueFindings, type CatalogEdition } from './catalog.ts';
import { TABLE_NAMES, type TableId } from './cells.ts';
import type { FinalAccounts } from './model.ts';
import type { Violation } from './rules.ts';

/** Rule ids of catalogue findings start with this. */
export const CATALOGUE_RULE_PREFIX = 'K-';

export function catalogueViolations(fa: FinalAccounts, edition?: CatalogEdition): Violation[] {
  return catalogueFindings(fa, edition).map((f) => {
    const table = (f.table in TABLE_NAMES ? f.table : 'general') as TableId;
    return {
      ruleId: `${CATALOGUE_RULE_PREFIX}${f.kind}`,
      description: f.message,
      kind: '表内',
      severity: 'warning',
      location: {
        table,
        tableName: TABLE_NAMES[table],
        row: f.code,
        rowLabel: f.name ? `${f.code} ${f.name}` : f.code,
        column: 'name',
        columnLabel: '科目名称',
      },
      left: f.name ?? '',
      right: f.catalogueName ?? '',
      difference: '',
      unit: '',
      arithmetic: f.message,
    } satisfies Violation;
  });
}

/** A violation that must be corrected or explained before submission or rendering (not a catalogue note). */
export function needsExplanation(v: { ruleId: string; severity: string }): boolean {
  return !v.ruleId.startsWith(CATALOGUE_RULE_PREFIX) && v.severity !== 'note';
}
