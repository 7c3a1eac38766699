import { describe, expect, it } from 'vitest';
import schemaDoc from '../../../docs/schemas/monitoring-round.schema.json' with { type: 'json' };
import example from '../../../docs/examples/monitoring-round.json' with { type: 'json' };
import { computeRound, projectFigures, submissionProblems } from './round.ts';
import { monitoringRoundJsonSchema, readRound } from './schema.ts';

describe('the monitoring round file', () => {
  it('has its JSON Schema in docs/schemas, generated from the zod schema', () => {
    expect(schemaDoc).toEqual(JSON.parse(JSON.stringify(monitoringRoundJsonSchema())));
  });

  it('reads the documented example and computes lights in every state', () => {
    const read = readRound(example);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const r = computeRound(read.round);
    expect(r.projects.map((p) => p.light)).toEqual(['green', 'yellow', 'red', null, 'green']);
    expect(r.counts).toMatchObject({ red: 1, yellow: 1, blue: 0 });
    expect(submissionProblems(r)).toEqual([]);
  });

  it('takes 调整后预算 as the 预算数 when given, and sums funding sources with their precision', () => {
    expect(
      projectFigures({
        name: 'x',
        indicators: [],
        sources: [
          { source: '财政拨款', initialBudget: '100', adjustedBudget: '90.5', executed: '10.25' },
          { source: '其他资金', initialBudget: '20.00', executed: '1' },
        ],
      }),
    ).toEqual({
      initialBudget: '120.00',
      adjustedBudget: '110.50',
      budget: '110.50',
      budgetBasis: '调整后预算',
      executed: '11.25',
    });
  });

  it('names the field as the user knows it', () => {
    const read = readRound({
      year: 2026,
      month: 7,
      projects: [{ name: '甲', indicators: [{ name: '乙', target: '≥1次' }] }],
    });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toContainEqual(
      expect.objectContaining({
        field: '第1个项目“甲”的第1个绩效指标“乙”的截至目前完成值',
        message: '必须填写',
      }),
    );
    const noBudget = readRound({ year: 2026, month: 7, projects: [{ name: '甲', executed: '1' }] });
    expect(noBudget).toMatchObject({
      ok: false,
      problems: [{ field: '第1个项目“甲”的年初预算', path: '$.projects[0].initialBudget' }],
    });
  });
});
