import { describe, expect, it } from 'vitest';
import type { TrailEntry } from '../../domain/workflow/index.ts';
import { panelLeaderOf } from './frozen-document.ts';

const entry = (over: Partial<TrailEntry>): TrailEntry => ({
  step: 0,
  stepName: '评价人员评分',
  userId: 'u',
  name: '某人',
  position: '',
  title: null,
  at: '2021-05-20T02:00:00Z',
  opinion: null,
  ...over,
});

describe('the 评价工作组组长 who signs the frozen 评价人员评分表', () => {
  it('is the reviewer holding the 组长 position on the chain, not whoever approved last', () => {
    const trail = [
      entry({ step: null, stepName: '组织评价', name: '经办人', position: '经办人' }),
      entry({ step: 0, name: '谭国伟', position: '评价人员' }),
      entry({ step: 1, stepName: '评价工作组组长审定', name: '黄组长', position: '评价工作组组长' }),
      entry({ step: 2, stepName: '处长审核', name: '王处长', position: '处长' }),
    ];
    expect(panelLeaderOf(trail)?.name).toBe('黄组长');
  });

  it('is nobody when the chain has no 组长 (the signature line stays blank)', () => {
    expect(panelLeaderOf([entry({ step: 1, name: '王处长', position: '处长' })])).toBeNull();
  });
});
