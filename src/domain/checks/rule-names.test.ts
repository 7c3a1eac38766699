/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { CLAIM_KINDS } from './types.ts';
import { CLAIM_NAMES, RULE_NAMES, ruleName } from './rule-names.ts';

// Every rule id the checker's modules can report, read from their source (a rule added without a
// Chinese name fails here).
const sources = import.meta.glob('./*.ts', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

describe('rule and claim names', () => {
  it('names every rule id a finding can carry, in Chinese', () => {
    const ids = new Set<string>();
    for (const [file, text] of Object.entries(sources)) {
      if (file.endsWith('.test.ts') || file.includes('rule-names')) continue;
      for (const m of text.matchAll(
        /'((?:sum|share|change|completion|unit|number|residue|year|count|grade|score|figure|table)\.[a-z-]+)'/g,
      ))
        ids.add(m[1]!);
    }
    expect(ids.size).toBeGreaterThan(25);
    for (const id of ids) expect(RULE_NAMES[id], id).toMatch(/[\u4e00-\u9fa5]/);
    expect(ruleName('share.percent')).toBe('占比');
    expect(ruleName('unknown.rule')).toBe('unknown.rule');
  });

  it('names every claim kind', () => {
    for (const k of CLAIM_KINDS) expect(CLAIM_NAMES[k]).toMatch(/[\u4e00-\u9fa5]/);
  });
});
