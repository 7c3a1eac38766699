/**
 * JSON Schemas of the exchange formats, generated from the zod schemas so they cannot drift apart.
 * docs/schemas/*.schema.json are these objects written out (a test compares them).
 */
import { z } from 'zod';
import { evaluationFileSchema, indicatorTemplateSchema } from './schema.ts';

export function indicatorTemplateJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(indicatorTemplateSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://jixiao.local/schemas/indicator-template.schema.json',
    title: 'Jixiao indicator template (评价指标体系)',
  };
}

export function evaluationJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(evaluationFileSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://jixiao.local/schemas/evaluation.schema.json',
    title: 'Jixiao evaluation (绩效评价)',
  };
}
