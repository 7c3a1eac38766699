// The source of each prefilled figure under an indicator's facts, and for a changed figure the prefilled
// value, the 修改原因 box and the way back to the figure.
import { describe, expect, it, vi } from 'vitest';
import { render, screen, fireEvent } from '@testing-library/react';
import { findOverrides, type LeafPrefill } from '../../../../src/domain/scoring/index.ts';
import { PrefillNote } from './PrefillNote';
import type { PrefillState } from './usePrefill';

const leaf: LeafPrefill = {
  leafId: 'quantity',
  leafName: '项目绩效 > 项目完成 > 完成数量',
  fields: [
    {
      field: 'target',
      label: '目标',
      value: '6个',
      source: '来自绩效目标：产出指标 > 数量指标 > 完成项目数（预期指标值）',
    },
    {
      field: 'actual',
      label: '实际',
      value: '6个',
      source: '来自绩效目标：产出指标 > 数量指标 > 完成项目数（实际完成值）',
    },
  ],
};

function state(inputs: Record<string, { target?: string; actual?: string }>, reason = ''): PrefillState {
  const overrides = findOverrides([leaf], inputs);
  return {
    leaf: (id) => (id === leaf.leafId ? leaf : undefined),
    overrides: (id) => overrides.filter((o) => o.leafId === id),
    reason: () => reason,
    setReason: vi.fn(),
    reasons: {},
  };
}

describe('PrefillNote', () => {
  it('names the source of every prefilled figure and asks for nothing while they are unchanged', () => {
    const input = { target: '6个', actual: '6个' };
    render(
      <PrefillNote
        leafId="quantity"
        prefill={state({ quantity: input })}
        editable
        input={input}
        onRestore={vi.fn()}
      />,
    );
    expect(screen.getAllByTestId('prefill-source').map((e) => e.textContent)).toEqual([
      '目标：来自绩效目标：产出指标 > 数量指标 > 完成项目数（预期指标值）',
      '实际：来自绩效目标：产出指标 > 数量指标 > 完成项目数（实际完成值）',
    ]);
    expect(screen.queryByLabelText('「实际」修改原因')).toBeNull();
  });

  it('shows the prefilled value and a reason box for a changed figure, and restores it', () => {
    const input = { target: '6个', actual: '5个' };
    const prefill = state({ quantity: input });
    const onRestore = vi.fn();
    render(<PrefillNote leafId="quantity" prefill={prefill} editable input={input} onRestore={onRestore} />);
    expect(screen.getByText('已修改，带入值：6个')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('「实际」修改原因'), { target: { value: '以验收单为准' } });
    expect(prefill.setReason).toHaveBeenCalledWith(
      expect.objectContaining({ leafId: 'quantity', field: 'actual' }),
      '以验收单为准',
    );
    fireEvent.click(screen.getByText('恢复带入值'));
    expect(onRestore).toHaveBeenCalledWith({ actual: '6个' });
  });

  it('shows nothing for an indicator marked 未设定 or without a prefill', () => {
    const { container } = render(
      <PrefillNote
        leafId="quantity"
        prefill={state({})}
        editable
        input={{ notSet: true }}
        onRestore={vi.fn()}
      />,
    );
    expect(container.textContent).toBe('');
  });
});
