import { describe, expect, it } from 'vitest';
import { fixed } from '../money/index.ts';
import { checkTemplate, leaves, totalWeight } from '../indicators/index.ts';
import { BUILT_IN_TEMPLATES, builtInTemplate, indicatorTemplateSchema } from './index.ts';
import { evaluationJsonSchema, indicatorTemplateJsonSchema } from './json-schema.ts';
import evaluationSchemaDoc from '../../../docs/schemas/evaluation.schema.json' with { type: 'json' };
import templateSchemaDoc from '../../../docs/schemas/indicator-template.schema.json' with { type: 'json' };

describe('built-in indicator systems', () => {
  it.each([
    ['sc-2021-project', '100', 16],
    ['sc-2021-department', '90', 11],
    ['js-2020-department', '100', 29],
    ['hn-2020-project', '100', 20],
  ])('%s is well formed, worth %s points over %i leaves', (id, total, count) => {
    const t = builtInTemplate(id)!;
    expect(indicatorTemplateSchema.safeParse(t).success).toBe(true);
    expect(checkTemplate(t)).toEqual([]);
    expect(fixed(totalWeight(t), 0)).toBe(total);
    expect(leaves(t)).toHaveLength(count);
  });

  it('hands out copies, so editing one never changes the built-in template', () => {
    const a = builtInTemplate('hn-2020-project')!;
    a.indicators[0]!.weight = '99';
    expect(builtInTemplate('hn-2020-project')!.indicators[0]!.weight).toBe('20');
    expect(BUILT_IN_TEMPLATES).toHaveLength(4);
  });

  // Real templates go deeper than three levels (Sichuan's 自评表: 预算执行 + 绩效指标 → 一级 → 二级 → 三级);
  // a fourth level is accepted, a seventh is not.
  it('reports a parent whose weight is not the sum of its children, and a seventh level', () => {
    const t = builtInTemplate('hn-2020-project')!;
    t.indicators[0]!.weight = '21';
    const leaf = t.indicators[1]!.children![0]!.children![0]!;
    let node = leaf;
    for (let level = 4; level <= 7; level++) {
      delete node.rule;
      node.children = [
        { id: `deep${level}`, name: `${level}级`, weight: node.weight, rule: { kind: 'manual' } },
      ];
      node = node.children[0]!;
    }
    const messages = checkTemplate(t).map((p) => p.message);
    expect(messages).toContainEqual(expect.stringContaining('项目决策”的分值21与下级指标分值合计20不一致'));
    expect(messages).toEqual([expect.stringContaining('项目决策'), expect.stringContaining('“7级”超过六级')]);
  });
});

describe('JSON Schemas in docs/schemas', () => {
  it('are exactly what the zod schemas generate', () => {
    expect(templateSchemaDoc).toEqual(indicatorTemplateJsonSchema());
    expect(evaluationSchemaDoc).toEqual(evaluationJsonSchema());
  });
});
