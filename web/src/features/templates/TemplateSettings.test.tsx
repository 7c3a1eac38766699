// The template editor's settings: a tree four levels deep gets four level names; the rounding policy
// offers "round each indicator's score to 2 decimals, then add"; the tree can grow a level.
import { describe, expect, it, vi } from 'vitest';
import type { IndicatorTemplate } from '../../../../src/domain/indicators/index.ts';
import { checkTemplate } from '../../../../src/domain/indicators/index.ts';
import { renderPage, screen, user } from '../../test/render';
import { roundingFor, TemplateSettings, treeDepth } from './TemplateSettings';
import { addChild, removeNode } from './TemplateTree';

const deep: IndicatorTemplate = {
  id: 't-deep',
  name: '四级指标体系',
  kind: 'project',
  version: 1,
  grades: [{ grade: '优', min: '90' }],
  rounding: { mode: 'exact', places: 2 },
  indicators: [
    {
      id: 'a',
      name: '绩效指标',
      weight: '100',
      children: [
        {
          id: 'a.1',
          name: '产出指标',
          weight: '100',
          children: [
            {
              id: 'a.1.1',
              name: '数量指标',
              weight: '100',
              children: [{ id: 'a.1.1.1', name: '台数', weight: '100', rule: { kind: 'manual' } }],
            },
          ],
        },
      ],
    },
  ],
};

describe('template settings', { timeout: 120_000 }, () => {
  it('names as many levels as the tree is deep (four here) and edits them', async () => {
    const onChange = vi.fn();
    renderPage(<TemplateSettings draft={deep} editable onChange={onChange} />, {
      path: '/',
      me: user(['templates.manage']),
    });
    await screen.findByTestId('level-name-3');
    expect(screen.queryByTestId('level-name-4')).toBeNull();
    expect((screen.getByTestId('level-name-3') as HTMLInputElement).placeholder).toBe('四级指标');
  });

  it('offers rounding each indicator’s score first, then adding', () => {
    const p = roundingFor('round-scores-first', deep.rounding);
    expect(p).toEqual({ mode: 'round-scores-first', places: 2 });
    expect(checkTemplate({ ...deep, rounding: p })).toEqual([]);
  });

  it('adds a child at any depth (a leaf becomes a group) and removes nodes', () => {
    const grown = addChild(deep.indicators, 'a.1.1.1', {
      id: 'a.1.1.1.1',
      name: '新指标',
      weight: '100',
      rule: { kind: 'manual' },
    });
    expect(treeDepth(grown)).toBe(5);
    expect(checkTemplate({ ...deep, indicators: grown })).toEqual([]);
    expect(treeDepth(removeNode(grown, 'a.1.1.1.1'))).toBe(4);
  });
});
