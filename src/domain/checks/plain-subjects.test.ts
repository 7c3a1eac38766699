/**
 * 科目 tables of a 决算 as plain `pdftotext` prints them (plain-subjects.ts): rows of a code, a name and one to k
 * figures (the empty cells left out), or blocks of codes, of names and of figures. A row's total against its
 * other figures, each 类 / 款 against its rows, and each code's name are judged.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`);

const rowsDoc = ({ project = '150.00', more = [] as string[] } = {}) =>
  [
    '青禾县农业技术推广站2025年度支出决算表',
    '单位：万元',
    '科目编码',
    '科目名称',
    '合计',
    '基本支出 项目支出',
    '合计',
    '510.50 360.50 150.00',
    '213',
    '农林水支出',
    '470.40 320.40 150.00',
    '21301',
    '农业农村',
    '470.40',
    '320.40 150.00',
    '2130101 行政运行',
    '320.40',
    '320.40',
    '2130106',
    '科技转化与推广服务',
    `${project}`,
    '150.00',
    '221',
    '住房保障支出',
    '40.10',
    '40.10',
    '22102 住房改革支出',
    '40.10 40.10',
    '2210201 住房公积金',
    '40.10',
    '40.10',
    ...more,
    '',
    '注：本表反映本年度的支出情况。',
    '',
    '二、其他说明',
  ].join('\n');

describe('科目 rows: a code, its name, one to k figures', () => {
  it('judges a row total against its other figures and the 款 against its 项', () => {
    expect(errors(rowsDoc({ project: '105.00' }))).toEqual([
      'table.code-sum L14 425.40 470.40',
      'table.row-sum L21 150.00 105.00',
    ]);
  });

  it('finds nothing in the clean table', () => {
    expect(errors(rowsDoc())).toEqual([]);
  });

  it('sums no parent when rows may go on below the table', () => {
    const found = errors(rowsDoc({ project: '105.00', more: ['', '2210202', '提租补贴', '12.00', '12.00'] }));
    expect(found.filter((f) => f.startsWith('table.code-sum'))).toEqual([]);
  });
});

const blocksDoc = ({ basic = '320.40', name = '住房公积金' } = {}) =>
  [
    '表3 支出决算表',
    '科目编码',
    '213',
    '21301',
    '2130101',
    '2130106',
    '221',
    '22102',
    '2210201',
    '',
    '科目名称',
    '',
    '合计',
    '农林水支出',
    '农业农村',
    '行政运行',
    '科技转化与推广服务',
    '住房保障支出',
    '住房改革支出',
    name,
    '',
    '本年支出合计 基本支出',
    '510.50 360.50',
    '470.40',
    '320.40',
    '470.40 320.40',
    '320.40',
    basic,
    '150.00',
    '40.10',
    '40.10',
    '40.10 40.10',
    '40.10',
    '40.10',
    '',
    '单位：万元',
    '项目支出',
    '150.00',
    '150.00',
    '150.00',
    '150.00',
    '',
    '表4 财政拨款收入支出决算总表',
  ].join('\n');

describe('科目 blocks: codes, names, then figures', () => {
  it('judges a code named as another code', () => {
    expect(errors(blocksDoc({ name: '提租补贴' }))).toEqual([
      'table.code-name L9 2210201 住房公积金 2210201 提租补贴',
    ]);
  });

  it('cuts the figures into rows by the totals and judges the 款 part against its 项', () => {
    expect(errors(blocksDoc({ basic: '302.40' }))).toEqual(['table.code-sum L26 302.40 320.40']);
  });

  it('finds nothing in the clean table', () => {
    expect(errors(blocksDoc())).toEqual([]);
  });

  it('reads no figures when the totals do not tell the rows apart', () => {
    // (A wrong 合计 figure: no cutting of the lines adds up, nothing is judged.)
    expect(errors(blocksDoc().replace('510.50 360.50', '511.50 360.50'))).toEqual([]);
  });
});
