import { describe, expect, it } from 'vitest';
import { Doc, HN_PEOPLE, JS_PEOPLE } from './__fixtures__/people.ts';
import { availableActions, delegateCandidates, returnTargets } from './actions.ts';
import { PRESET_002_SELF_EVALUATION as P2, PRESET_004_PANEL as P4 } from './presets.ts';

describe('the actions offered to each user agree with what the machine accepts', () => {
  it('offers each person of 002 only what they may do at each stage', () => {
    const d = new Doc(JS_PEOPLE, P2);
    const offer = (who: string) => availableActions(d.state, who, d.context());
    expect([offer('jbr'), offer('zr'), offer('cz')]).toEqual([['submit'], [], []]);
    d.do({ type: 'submit', actorId: 'jbr' });
    expect(offer('jbr')).toEqual(['withdraw']);
    expect(offer('zr')).toEqual(['approve', 'return', 'delegate', 'edit']);
    expect(offer('cz')).toEqual([]);
    expect(delegateCandidates(d.state, 'zr', d.context()).map((u) => u.id)).toEqual(['zr2', 'jbrzr']);
    d.do({ type: 'approve', actorId: 'zr', step: 0 });
    expect(offer('jbr')).toEqual([]);
    // The only 财务处经办人: nobody to delegate to.
    expect(offer('cwjbr')).toEqual(['approve', 'return', 'edit']);
    expect(returnTargets(d.state)).toEqual([
      { to: 'originator', name: '王经办（经办人打分）' },
      { to: 0, name: '主任审核' },
    ]);
    d.do({ type: 'return', actorId: 'cwjbr', step: 1, to: 'originator', reason: '请补充' });
    expect(offer('jbr')).toEqual(['submit']);
    expect(offer('jbrzr')).toEqual([]);
    d.do({ type: 'submit', actorId: 'jbr' });
    for (const [i, who] of ['zr', 'cwjbr', 'fgcz', 'cz'].entries())
      d.do({ type: 'approve', actorId: who, step: i, opinion: '同意' });
    expect([offer('cz'), offer('jbr'), offer('zr')]).toEqual([['reopen'], [], []]);
  });

  it('offers a panelist approval and editing until they complete, and no edit to a step without fields', () => {
    const d = new Doc(HN_PEOPLE, P4, { kind: 'project_evaluation' });
    expect(availableActions(d.state, 'hjbr', d.context())).toEqual(['submit']); // picks still to be chosen
    d.do({ type: 'submit', actorId: 'hjbr', panelists: { pj: ['pj1', 'pj2'] } });
    expect(availableActions(d.state, 'pj1', d.context())).toEqual(['approve', 'return', 'delegate', 'edit']);
    expect(delegateCandidates(d.state, 'pj1', d.context()).map((u) => u.id)).toEqual(['pj3']);
    d.do({ type: 'approve', actorId: 'pj1', step: 0 });
    expect(availableActions(d.state, 'pj1', d.context())).toEqual([]);
    d.do({ type: 'approve', actorId: 'pj2', step: 0 });
    expect(availableActions(d.state, 'zz', d.context())).toEqual(['approve', 'return']);
  });
});
