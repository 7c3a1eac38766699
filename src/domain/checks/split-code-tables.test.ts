/**
 * 决算 tables whose 科目编码 is printed over three columns (类 | 款 | 项), made from a spreadsheet by LibreOffice and
 * read with `pdftotext -layout`: a long 科目名称 wraps in its cell and is centred on its row (the code line holds
 * only the code parts and the figures); the 合计 row at the foot is set narrower than the rows above it; most
 * rows fill two of the three figure columns. Names and figures are made up.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

const warnings = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'warning')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

/** A 支出决算表: `kuan` the 20805 款's 合计, `museum` 2070205's 合计, `foot` the foot 合计 row's 基本支出. */
const expense = ({ kuan = '410.00', museum = '500.00', foot = '1,210.00' } = {}) =>
  [
    '                    某县2025年度部门决算表',
    '                      支出决算表',
    '表三                                                         单位：万元',
    '科目编',
    '                科目名称           合计              基本支出              项目支出',
    '码',
    '类   款      项',
    '207             文化旅游体育与传媒支出         1,200.00          800.00            400.00',
    '207   02        文物                  1,200.00          800.00            400.00',
    '207   02   01   行政运行                300.00            300.00',
    '207   02   05   博物馆                 ' + museum.padStart(8) + '          200.00            300.00',
    '207   02   50   事业运行                400.00            300.00            100.00',
    '208             社会保障和就业支出            410.00            410.00',
    `208   05        行政事业单位养老支出           ${kuan}            410.00`,
    '208   05   01   行政单位离退休              150.00            150.00',
    '                机关事业单位基本养老保险',
    '208   05   05                        180.00            180.00',
    '                缴费支出',
    '                机关事业单位职业年金缴费',
    '208   05   06                         80.00             80.00',
    '                支出',
    `                合计     1,610.00   ${foot}   400.00`,
    '注：本表反映部门本年度支出情况。',
  ].join('\n');

describe('a 项 row whose name is centred around its split 类 | 款 | 项 code', () => {
  it('is read whole: the 款 adds up, the names match the catalogue', () => {
    expect(errors(expense())).toEqual([]);
    expect(warnings(expense())).toEqual([]);
  });
  it('still finds a wrong 款', () => {
    expect(errors(expense({ kuan: '401.00' }))).toContain('table.code-sum 410.00 401.00');
  });
});

describe('a squeezed 合计 row at the foot of a split-code table', () => {
  const prose = (table: string) =>
    `${table}\n2025年度一般公共预算财政拨款支出1,610.00万元。`.replace(
      '支出决算表',
      '一般公共预算财政拨款支出决算表',
    );
  it('is read by its own order: the prose total is its 合计, not its 基本支出', () => {
    expect(errors(prose(expense()))).toEqual([]);
  });
  it('still finds a wrong 基本支出 on it', () => {
    expect(errors(expense({ foot: '1,201.00' }))).toContain('table.row-sum 1601.00 1,610.00');
  });
});

describe('row sums in a table whose rows mostly fill two of three columns', () => {
  it('finds a row whose 合计 is not 基本 + 项目', () => {
    expect(errors(expense({ museum: '520.00' }))).toContain('table.row-sum 500.00 520.00');
  });
});

/** A 财政拨款收入支出决算总表's foot, squeezed so that no two rows line up; `grand` the 收入 side's 总计. */
const fiscalSummary = (grand: string) =>
  [
    '                      财政拨款收入支出决算总表',
    '表四                                                               单位：万元',
    '收入                           支出',
    '项目               决算数         项目                合计',
    '一、一般公共预算财政拨款           500.00 一、教育支出                   480.00        480.00',
    '二、政府性基金预算财政拨款                二、科学技术支出',
    '三、国有资本经营预算财政拨款               三、文化旅游体育与传媒支出',
    '本年收入合计                 500.00 本年支出合计              480.00        480.00',
    '年初财政拨款结转和结余         40.00 年末财政拨款结转和结余    60.00     60.00',
    '一、一般公共预算财政拨款        40.00',
    '二、政府性基金预算财政拨款',
    `总计                 ${grand} 总计           540.00   540.00`,
  ].join('\n');

describe('a 总表 whose 结转 sub-item stands in no column', () => {
  it('gives no error when the 总计 is 合计 + 结转', () => {
    expect(errors(fiscalSummary('540.00'))).toEqual([]);
  });
  it('finds a wrong 总计', () => {
    expect(errors(fiscalSummary('545.00'))).toContain('table.total 540.00 545.00');
  });
});
