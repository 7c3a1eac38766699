import { describe, expect, it } from 'vitest';
import { repairFigureGaps } from './floating-figures.ts';

const repair = (lines: string[], dropped: number[] = []) => {
  const copy = [...lines];
  const changed = repairFigureGaps(copy, new Set(dropped));
  return { lines: copy, changed };
};

describe('figures pdftotext printed off their sentence', () => {
  it('puts a figure back into the gap of the sentence above, and empties its line', () => {
    const { lines } = repair([
      '    本年度支出总计            元，较上年增加1,200.00元。',
      '                  3,456,789.10',
      '下一行的文字，照常。',
    ]);
    expect(lines[0]).toBe('    本年度支出总计 3,456,789.10 元，较上年增加1,200.00元。');
    expect(lines[1]).toBe('');
    expect(lines[2]).toBe('下一行的文字，照常。');
  });

  it('puts a year back into the indent of the paragraph it opens, the indent kept', () => {
    const { lines } = repair(['     年度本年收入合计812.50万元，其中：财政拨款收入700.00万元。', '   2031']);
    expect(lines[0]).toBe('   2031 年度本年收入合计812.50万元，其中：财政拨款收入700.00万元。');
  });

  it('puts a % into the gap it overlaps, even a column past it', () => {
    // (The gap is columns 18–23, the figure 22–26: it overlaps the "，" after the gap.)
    const { lines } = repair([
      '较上年增加   88.00 元，增长      ，主要原因是工作量增加。',
      '                      7.25%',
    ]);
    expect(lines[0]).toBe('较上年增加 88.00 元，增长 7.25% ，主要原因是工作量增加。');
  });

  it('closes the gap a wide year left before its 年 in running text', () => {
    const { lines, changed } = repair(['   2031    年度本年支出合计600.00万元，其中：基本支出500.00万元。']);
    expect(lines[0]).toBe('   2031年度本年支出合计600.00万元，其中：基本支出500.00万元。');
    expect(changed).toEqual([0]);
  });

  it('leaves the gaps of a row of a table with a note alone', () => {
    const row = ['项目支出执行率    96.50%    偏差原因：资金拨付滞后，影响进度。'];
    expect(repair(row).lines).toEqual(row);
  });

  it('leaves a table alone: a figure column under a header, gaps between words', () => {
    const table = [
      '项目名称          执行情况，说明         备注。',
      '                  128.00',
      '产出指标  数量指标  完成培训，按期完成   10   10',
    ];
    const { lines, changed } = repair(table);
    expect(lines).toEqual(table);
    expect(changed).toEqual([]);
  });

  it('leaves a row of two figures whose gap lies between them alone', () => {
    const row = ['培训人次  520  500  超额完成，因报名踊跃。'];
    expect(repair(row).lines).toEqual(row);
  });

  it('does not take a page number for a figure of the sentence above', () => {
    const page = ['    第一段的文字            结束，后面是页码。', '                  3'];
    expect(repair(page, [1]).lines).toEqual(page);
  });

  it('leaves a line of more figures than a sentence loses (a row of a table)', () => {
    const rows = ['说明文字，   其后    还有    空白。', '             10.00   20.00   30.00   40.00'];
    expect(repair(rows).lines).toEqual(rows);
  });
});
