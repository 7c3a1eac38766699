import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_LABELS, actionLabel, ENTITY_LABELS, entityLabel, outcomeLabel } from './audit-labels.ts';

/** Every `action: '…'` and `entity: '…'` literal written to the audit log by the server's code. */
function auditCodes(): { actions: Set<string>; entities: Set<string> } {
  const actions = new Set<string>();
  const entities = new Set<string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name)) {
        const text = readFileSync(p, 'utf8');
        if (!text.includes('appendAudit') && !/action: '[a-z-]+\./.test(text)) continue;
        for (const m of text.matchAll(/\baction: '([a-z-]+(?:\.[a-z_-]+)+)'/g)) actions.add(m[1]!);
        for (const m of text.matchAll(/\bentity: '([a-z_]+)'/g)) entities.add(m[1]!);
      }
    }
  };
  walk(join(import.meta.dirname, '..', '..'));
  return { actions, entities };
}

describe('audit log labels', () => {
  it('names every action and entity the server writes, in Chinese', () => {
    const { actions, entities } = auditCodes();
    expect(actions.size).toBeGreaterThan(20);
    const unnamedActions = [...actions].filter((a) => !(a in ACTION_LABELS));
    const unnamedEntities = [...entities].filter((e) => !(e in ENTITY_LABELS));
    expect(unnamedActions, 'add these to ACTION_LABELS').toEqual([]);
    expect(unnamedEntities, 'add these to ENTITY_LABELS').toEqual([]);
  });

  it('names the workflow events (written as workflow.<event>)', () => {
    for (const e of ['submitted', 'step_activated', 'approved', 'returned', 'frozen', 'reopened'])
      expect(actionLabel(`workflow.${e}`)).toMatch(/^[\u4e00-\u9fff]/);
  });

  it('falls back to the area in Chinese, never the code', () => {
    expect(actionLabel('accounts.something-new')).toBe('决算 · 其他操作');
    expect(actionLabel('unknown')).toBe('系统 · 其他操作');
    expect(entityLabel('table_x')).toBe('其他');
    expect(outcomeLabel('refused')).toBe('被拒绝');
  });
});
