import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';
import { layoutDocument, type TableBlock } from './layout.ts';
import { isTightLabelRow, isTightTableRow } from './tight-rows.ts';

const tables = (text: string): TableBlock[] =>
  layoutDocument(text.split('\n').map((t) => ({ text: t }))).blocks.filter(
    (b): b is TableBlock => b.kind === 'table',
  );

/** A 财政拨款收入支出决算总表 as pdftotext prints it: two rows set with single spaces between cells. */
const TOTAL = (total: string, tight = '一、一般公共预算财政拨款 5300.00 一、教育科学和文化') =>
  [
    '                           财政拨款收入支出决算总表',
    '                                                                               单位：万元',
    '\f         收入                                 支出',
    '     项目       决算数        项目     合计 一般公共预算财政',
    '                                       拨款',
    '                                                 政府性基金预算财政 国有资本经营预算财政',
    '                                                     拨款        拨款',
    tight,
    '                     支出        5280.00   5280.00             -       -',
    '二、政府性基金预算财政拨 100.00 二、文化旅游支出     20.00     20.00             -       -',
    '款',
    '三、国有资本经营预算财政       - 三、节能环保支出      -         -               -       -',
    '拨款',
    '                     四、其他支出     100.00         -        100.00       -',
    '本年收入合计       5400.00 本年支出合计    5400.00   5300.00        100.00       -',
    '年初财政拨款结转和结余 10.00 年末财政拨款结转和',
    '                     结余          10.00         -         10.00       -',
    '一、一般公共预算财政拨款       -',
    '二、政府性基金预算财政拨 10.00',
    '款',
    '三、国有资本经营预算财政       -',
    '拨款',
    `总计           5410.00 总计        ${total}   5300.00        110.00       -`,
  ].join('\n');

describe('a table row printed with single spaces between its cells', () => {
  it('is read as a row of the table around it, and its 总计 is checked', () => {
    const firsts = tables(TOTAL('5410.00')).map((t) => t.rows.map((r) => r.cells[0]!.text));
    const table = firsts.find((f) => f.includes('一、一般公共预算财政拨款'));
    expect(table).toContain('年初财政拨款结转和结余');
    expect(table).toContain('总计');
    expect(checkTextReport(TOTAL('5410.00')).findings).toEqual([]);
    const rules = checkTextReport(TOTAL('5401.00')).findings.map((f) => f.rule);
    expect(rules).toContain('table.total');
  });

  it('stays prose when its figure is in no column of the rows around it', () => {
    const moved = '一、一般公共预算财政拨款收入合计资金 5300.00 一、教育科学和文化';
    expect(tables(TOTAL('5410.00', moved))[0]!.rows.map((r) => r.cells[0]!.text)).not.toContain(
      '一、一般公共预算财政拨款收入合计资金',
    );
  });

  it('never reads a sentence as a row', () => {
    const s = '2024年度支出 300.00 万元，其中教育 280.00 万元';
    expect(isTightLabelRow(s, 0, s.length)).toBe(false);
    expect(isTightLabelRow('300.00 280.00 20.00', 0, 19)).toBe(false);
    expect(isTightLabelRow('一、教育支出 280.00', 0, 13)).toBe(true);
  });
});

/** Whether line `li` of `lines` is a tight row, the lines other than `tight` being rows. */
function tightAt(lines: string[], li: number, tight: readonly number[]): boolean {
  const from = lines.map((l) => l.length - l.trimStart().length);
  const to = lines.map((l) => l.trimEnd().length);
  return isTightTableRow(li, lines, from, to, (j) => !tight.includes(j) && lines[j]!.trim() !== '');
}

describe('a 支出 label set one space from its 行次 (pdftotext places a wide character in one column)', () => {
  // 行次 right-aligned by characters: by display width the long labels push the tight lines' numbers further.
  const lines = [
    '一、外交支出        7     1,860.00',
    '二、灾害防治及应急管理支出 8',
    '三、自然资源海洋气象等支出 9',
    '四、教育支出       10       215.40',
  ];

  it('is a row when its figure ends in a column of the rows around it, counted in characters', () => {
    expect(tightAt(lines, 1, [1, 2])).toBe(true);
    expect(tightAt(lines, 2, [1, 2])).toBe(true);
  });

  it('stays prose when no row lies beyond the next tight line', () => {
    const open = ['', lines[1]!, lines[2]!, lines[3]!];
    expect(tightAt(open, 1, [1, 2])).toBe(false);
  });
});
