/**
 * An uploaded template JSON validated in isolation: its nesting and size looked at first (a document
 * nested or sized beyond any real template is refused at once), then the domain's schema and structural
 * rules run in a parsing worker with memory and time limits (src/features/uploads/isolated.ts).
 */
import type { IndicatorTemplate } from '../../domain/indicators/index.ts';
import type { UploadsConfig } from '../../platform/config.ts';
import { runIsolated, uploadPool, workerModule } from '../uploads/isolated.ts';
import { guardJson } from '../uploads/json-guard.ts';
import { requireTemplateJson, type readTemplateJson } from './read-template-json.ts';

const READ_MODULE = workerModule('./read-template-json', import.meta.url);

/** Far beyond a real template (a few hundred values, a dozen levels). */
export const TEMPLATE_JSON_LIMITS = { maxDepth: 64, maxValues: 20_000 };

export async function requireTemplateJsonIsolated(
  json: unknown,
  options: { uploads?: UploadsConfig; signal?: AbortSignal | undefined } = {},
): Promise<IndicatorTemplate> {
  guardJson('指标体系 JSON', json, TEMPLATE_JSON_LIMITS);
  const read = await runIsolated<ReturnType<typeof readTemplateJson>>(
    '指标体系 JSON',
    null,
    READ_MODULE,
    'readTemplateJson',
    [json],
    { workers: uploadPool(options.uploads), signal: options.signal },
  );
  // The same answer as in-process: the template, or a 400 listing its problems with their JSON paths.
  return read.ok ? read.template : requireTemplateJson(json, read);
}
