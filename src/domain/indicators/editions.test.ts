import { describe, expect, it } from 'vitest';
import { checkEdition, editionLabel, editionNote, resolveEdition } from './editions.ts';

const e = (region: string, year: number) => ({ id: `${region}-${year}`, region, year });
const editions = [e('全国', 2020), e('全国', 2024), e('SC-CZT', 2022), e('SC-CZT', 2025), e('CD-CZJ', 2025)];

describe('which 指标库 edition serves an organisation and year', () => {
  it('takes the region’s own edition of the year', () => {
    expect(resolveEdition(editions, ['SC-CZT'], 2025)).toEqual({
      edition: e('SC-CZT', 2025),
      match: 'exact',
    });
  });

  it('falls back to the region’s nearest earlier year', () => {
    expect(resolveEdition(editions, ['SC-CZT'], 2024)).toEqual({
      edition: e('SC-CZT', 2022),
      match: 'earlier-year',
    });
  });

  it('walks up the finance regions, nearest first, then to the national edition', () => {
    // 成都 has only 2025: for 2023 its province's 2022 edition stands in.
    expect(resolveEdition(editions, ['CD-CZJ', 'SC-CZT'], 2023)).toEqual({
      edition: e('SC-CZT', 2022),
      match: 'national',
    });
    expect(resolveEdition(editions, ['SC-CZT'], 2021)).toEqual({
      edition: e('全国', 2020),
      match: 'national',
    });
    expect(resolveEdition(editions, ['JS-CZT'], 2024)).toEqual({
      edition: e('全国', 2024),
      match: 'national',
    });
    // An organisation with no regional finance department is the national edition's own.
    expect(resolveEdition(editions, [], 2023)).toEqual({ edition: e('全国', 2020), match: 'earlier-year' });
    expect(resolveEdition(editions, [], 2024)).toEqual({ edition: e('全国', 2024), match: 'exact' });
  });

  it('uses the earliest national edition for a year before every edition, and nothing without editions', () => {
    expect(resolveEdition(editions, ['SC-CZT'], 2019)).toEqual({
      edition: e('全国', 2020),
      match: 'later-year',
    });
    expect(resolveEdition([e('SC-CZT', 2022)], ['SC-CZT'], 2019)).toEqual({
      edition: e('SC-CZT', 2022),
      match: 'later-year',
    });
    expect(resolveEdition([e('SC-CZT', 2022)], ['JS-CZT'], 2024)).toBeNull();
    expect(resolveEdition([], [], 2024)).toBeNull();
  });

  it('names the edition and says why it was chosen', () => {
    expect(editionLabel(e('全国', 2020))).toBe('全国 2020 年版');
    expect(editionLabel(e('SC-CZT', 2022), '四川省财政厅')).toBe('四川省财政厅 2022 年版');
    expect(editionNote({ edition: e('SC-CZT', 2022), match: 'earlier-year' }, 2024, '四川省财政厅')).toBe(
      '指标库：四川省财政厅 2022 年版（本地区没有 2024 年版，使用最近年度的版本）',
    );
    expect(editionNote({ edition: e('全国', 2024), match: 'exact' }, 2024)).toBe('指标库：全国 2024 年版');
  });

  it('checks an edition as typed', () => {
    expect(checkEdition({ region: '全国', year: 2024 })).toEqual([]);
    expect(checkEdition({ region: ' ', year: 1999 })).toEqual([
      '请选择适用地区（全国或本级财政部门）。',
      '适用年度“1999”应为 2000 至 2100 之间的年份。',
    ]);
  });
});
