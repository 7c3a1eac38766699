import { describe, expect, it } from 'vitest';
import { cellValueText, displayedText, excelNumber } from './spreadsheet-cells.ts';

describe('spreadsheet cells', () => {
  it('reads a number at Excel’s 15 significant digits, dropping a formula result’s binary noise', () => {
    expect(excelNumber(3379.1099999999997)).toBe('3379.11');
    expect(excelNumber(0.1 + 0.2)).toBe('0.3');
    expect(excelNumber(-2100.5600000000004)).toBe('-2100.56');
    expect(excelNumber(1177881)).toBe('1177881');
    expect(excelNumber(117.7881)).toBe('117.7881');
    expect(excelNumber(1e21)).toBe('1000000000000000000000');
    expect(excelNumber(0.0000001)).toBe('0.0000001');
  });

  it('gives a cell’s value as typed: formula results, rich text, dates', () => {
    expect(cellValueText({ formula: 'SUM(B3:B4)', result: 3379.1099999999997 })).toBe('3379.11');
    expect(cellValueText({ richText: [{ text: '一般公共' }, { text: '服务支出' }] })).toBe(
      '一般公共服务支出',
    );
    expect(cellValueText(new Date(Date.UTC(2024, 11, 31)))).toBe('2024-12-31');
    expect(cellValueText(null)).toBe('');
  });

  it('shows a number as Excel does, in its cell’s number format', () => {
    expect(
      displayedText({ value: { formula: 'SUM(B3:B4)', result: 3379.1099999999997 }, numFmt: '#,##0.00' }),
    ).toBe('3,379.11');
    expect(displayedText({ value: 0.7623, numFmt: '0.00%' })).toBe('76.23%');
    expect(displayedText({ value: 200, numFmt: '0.00' })).toBe('200.00');
    expect(displayedText({ value: 3379.1099999999997 })).toBe('3379.11');
    expect(displayedText({ value: new Date(Date.UTC(2024, 0, 1)), numFmt: 'yyyy"年"m"月"d"日"' })).toBe(
      '2024年1月1日',
    );
    expect(displayedText({ value: '项目支出', numFmt: '@' })).toBe('项目支出');
    expect(displayedText({ value: null })).toBe('');
  });
});
