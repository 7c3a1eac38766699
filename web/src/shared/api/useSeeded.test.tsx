import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSeeded } from './useSeeded.ts';

type Record = { name: string; note: string };
const seed = (r: Record) => ({ ...r });

describe('useSeeded', () => {
  it('keeps what the user typed when a refetch brings the same record', () => {
    const { result, rerender } = renderHook(({ data, at }) => useSeeded(data, at, seed), {
      initialProps: { data: { name: '甲项目', note: '' } as Record, at: 1 },
    });
    act(() => result.current[1]((d) => (d ? { ...d, note: '已填写的说明' } : d)));
    rerender({ data: { name: '甲项目', note: '' }, at: 2 });
    expect(result.current[0]).toEqual({ name: '甲项目', note: '已填写的说明' });
  });

  it('seeds again when the record changed', () => {
    const { result, rerender } = renderHook(({ data, at }) => useSeeded(data, at, seed), {
      initialProps: { data: { name: '甲项目', note: '' } as Record, at: 1 },
    });
    act(() => result.current[1]((d) => (d ? { ...d, note: '草稿' } : d)));
    rerender({ data: { name: '甲项目', note: '另一人保存的说明' }, at: 2 });
    expect(result.current[0]).toEqual({ name: '甲项目', note: '另一人保存的说明' });
    // (And again after that: a second refetch of it keeps a new edit.)
    act(() => result.current[1]((d) => (d ? { ...d, name: '乙项目' } : d)));
    rerender({ data: { name: '甲项目', note: '另一人保存的说明' }, at: 3 });
    expect(result.current[0]?.name).toBe('乙项目');
  });
});
