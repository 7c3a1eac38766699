import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readRound } from '../monitoring/schema.ts';
import { readEvaluation } from '../scoring/schema.ts';
import { chineseFileError, jsonPath } from './messages.ts';

const messages = (schema: z.ZodType, value: unknown): string[] => {
  const r = schema.safeParse(value, { error: chineseFileError });
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('validation messages for files', () => {
  const schema = z.strictObject({
    month: z.number().int().min(1).max(12),
    name: z.string().min(1).max(4),
    kind: z.enum(['project', 'department']),
    amount: z.string(),
  });

  it('says what is expected in Chinese, with no English type names', () => {
    const said = messages(schema, { month: 13, name: '很长的名称啊', kind: 'x', amount: 5, extra: 1 });
    expect(said).toEqual([
      '应不超过 12',
      '最多 4 个字符',
      '应为以下之一：project、department',
      '数值须写成十进制数字字符串（如 "5"），不接受 JSON 数字',
      '含有不认识的字段：extra',
    ]);
    for (const m of said) expect(m).not.toMatch(/\b(number|string|expected|Invalid|Too)\b/);
    expect(messages(schema, { month: 0, name: '', kind: 'project', amount: '1' })).toEqual([
      '应不小于 1',
      '不能为空',
    ]);
  });

  it('names each problem by its JSON path', () => {
    expect(jsonPath(['indicators', 0, 'weight'])).toBe('$.indicators[0].weight');
    expect(jsonPath(['values', '实际完成时间'])).toBe('$.values["实际完成时间"]');
  });

  it('is what the monitoring and evaluation files say', () => {
    const round = readRound({ year: 2026, month: 13, projects: [] });
    expect(round.ok).toBe(false);
    if (!round.ok)
      expect(round.problems).toContainEqual(
        expect.objectContaining({ path: '$.month', message: '应不超过 12' }),
      );
    const evaluation = readEvaluation({ template: 'no-such-template', inputs: 'x' });
    expect(evaluation.ok).toBe(false);
    if (!evaluation.ok) for (const p of evaluation.problems) expect(p.message).not.toMatch(/[A-Za-z]{4,}/);
  });
});
