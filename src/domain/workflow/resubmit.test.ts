/**
 * Resubmitting after a 退回: by default the document goes back to the first step and every step reviews
 * it again; a chain with `resubmitTo: 'returning'` sends it straight back to the step that returned it,
 * keeping the signatures of the steps before it on the trail.
 */
import { describe, expect, it } from 'vitest';
import { Doc, JS_PEOPLE } from './__fixtures__/people.ts';
import { validateChain } from './chain.ts';
import { PRESET_002_SELF_EVALUATION as P2 } from './presets.ts';
import type { ChainDefinition } from './types.ts';

const APPROVERS = ['zr', 'cwjbr', 'fgcz', 'cz'];

/** 002's chain, its first two steps approved, then returned to the 经办人 by step 3 (分管处长). */
function returnedAtStep2(chain: ChainDefinition): Doc {
  const d = new Doc(JS_PEOPLE, chain);
  d.do({ type: 'submit', actorId: 'jbr' });
  for (let i = 0; i < 2; i++) d.do({ type: 'approve', actorId: APPROVERS[i]!, step: i, opinion: '同意' });
  d.do({ type: 'return', actorId: 'fgcz', step: 2, to: 'originator', reason: '扣分项未写存在问题' });
  return d;
}

describe('resubmission after a 退回', () => {
  it('goes back to the first step by default (the chain says nothing)', () => {
    const d = returnedAtStep2(P2);
    d.do({ type: 'submit', actorId: 'jbr', note: '已补充' });
    expect(d.state.current?.index).toBe(0);
  });

  it('goes back to the first step when the chain says first', () => {
    const d = returnedAtStep2({ ...P2, resubmitTo: 'first' });
    d.do({ type: 'submit', actorId: 'jbr' });
    expect(d.state.current?.index).toBe(0);
    expect(d.state.current?.name).toBe('主任审核');
  });

  it('goes straight to the returning step when the chain says returning, keeping earlier signatures', () => {
    const d = returnedAtStep2({ ...P2, resubmitTo: 'returning' });
    d.do({ type: 'submit', actorId: 'jbr', note: '已补充存在问题' });
    expect(d.state.status).toBe('in_review');
    expect(d.state.current?.index).toBe(2);
    expect(d.state.current?.assignees.map((a) => a.userId)).toEqual(['fgcz']);
    d.do({ type: 'approve', actorId: 'fgcz', step: 2, opinion: '同意' });
    d.do({ type: 'approve', actorId: 'cz', step: 3, opinion: '同意' });
    expect(d.state.status).toBe('frozen');
    expect(d.state.frozen[0]!.trail.map((t) => [t.step, t.userId, t.opinion])).toEqual([
      [null, 'jbr', '已补充存在问题'],
      [0, 'zr', '同意'],
      [1, 'cwjbr', '同意'],
      [2, 'fgcz', '同意'],
      [3, 'cz', '同意'],
    ]);
  });

  it('after a second 退回 by a later step, goes back to that later step', () => {
    const d = returnedAtStep2({ ...P2, resubmitTo: 'returning' });
    d.do({ type: 'submit', actorId: 'jbr' });
    d.do({ type: 'approve', actorId: 'fgcz', step: 2, opinion: '同意' });
    d.do({ type: 'return', actorId: 'cz', step: 3, to: 'originator', reason: '请补充说明' });
    d.do({ type: 'submit', actorId: 'jbr' });
    expect(d.state.current?.index).toBe(3);
  });

  it('a fresh submission after a withdrawal still starts at the first step', () => {
    const d = new Doc(JS_PEOPLE, { ...P2, resubmitTo: 'returning' });
    d.do({ type: 'submit', actorId: 'jbr' });
    d.do({ type: 'withdraw', actorId: 'jbr' });
    d.do({ type: 'submit', actorId: 'jbr' });
    expect(d.state.current?.index).toBe(0);
  });

  it('a chain with an unknown resubmission target is refused as invalid', () => {
    const bad = { ...P2, resubmitTo: 'elsewhere' } as unknown as ChainDefinition;
    expect(validateChain(bad).join()).toMatch(/重新提交/);
    expect(validateChain({ ...P2, resubmitTo: 'returning' })).toEqual([]);
  });
});
