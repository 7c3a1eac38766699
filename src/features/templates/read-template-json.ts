/**
 * A template JSON from a user (import, or an edit in the admin page) checked against the domain's
 * schema and structural rules, with Chinese messages that name the JSON path ("$.indicators[0].weight").
 */
import { chineseFileError, jsonPath } from '../../domain/validation/messages.ts';
import { checkTemplate, type IndicatorTemplate } from '../../domain/indicators/index.ts';
import { indicatorTemplateSchema } from '../../domain/scoring/index.ts';
import { AppError } from '../../platform/errors.ts';

export type TemplateProblem = { path: string; message: string };

export function readTemplateJson(
  json: unknown,
): { ok: true; template: IndicatorTemplate } | { ok: false; problems: TemplateProblem[] } {
  const parsed = indicatorTemplateSchema.safeParse(json, { error: chineseFileError });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })),
    };
  }
  const template = parsed.data as IndicatorTemplate;
  const problems = checkTemplate(template).map((p) => ({ path: `$.${p.path}`, message: p.message }));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, template };
}

/** The template, or a 400 whose message lists the first problems with their JSON paths. */
export function requireTemplateJson(
  json: unknown,
  read: ReturnType<typeof readTemplateJson> = readTemplateJson(json),
): IndicatorTemplate {
  if (read.ok) return read.template;
  const shown = read.problems.slice(0, 5).map((p) => `${p.path}：${p.message}`);
  const more = read.problems.length > 5 ? `；另有${read.problems.length - 5}处问题` : '';
  throw new AppError('VALIDATION', `指标体系 JSON 不符合要求：${shown.join('；')}${more}。`, {
    problems: read.problems,
  });
}
