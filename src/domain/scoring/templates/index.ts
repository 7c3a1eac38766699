/**
 * The four built-in indicator systems of the seeds, addressable by id. Persistence stores copies; these
 * stay the reference the tests reproduce the seeds' figures with.
 */
import type { IndicatorTemplate } from '../../indicators/index.ts';
import hn2020Project from './hn-2020-project.json' with { type: 'json' };
import js2020Department from './js-2020-department.json' with { type: 'json' };
import sc2021Department from './sc-2021-department.json' with { type: 'json' };
import sc2021Project from './sc-2021-project.json' with { type: 'json' };

export const BUILT_IN_TEMPLATES: readonly IndicatorTemplate[] = [
  sc2021Project as IndicatorTemplate,
  sc2021Department as IndicatorTemplate,
  js2020Department as IndicatorTemplate,
  hn2020Project as IndicatorTemplate,
];

export function builtInTemplate(id: string): IndicatorTemplate | undefined {
  const t = BUILT_IN_TEMPLATES.find((x) => x.id === id);
  // A deep copy: callers may edit their template without touching the built-in one.
  return t ? (structuredClone(t) as IndicatorTemplate) : undefined;
}
