import { describe, expect, it } from 'vitest';
import { checkTextReport, layoutDocument, textLines } from './index.ts';

// A 收入决算表 over two pages (pdftotext -layout), its title, unit and header line printed again on the second.
const HEADER = '科目编码 科目名称 本年收入合计 财政拨款收入 事业收入 其他收入';
const INCOME = (klass = '640.00') =>
  [
    '                 某市水务局2024年度部门决算',
    '                      收入决算表',
    '                                          公开02表 单位：万元',
    HEADER,
    '        合计      1000.00  900.00  60.00  40.00',
    '201     一般公共服务  360.00  360.00   0.00   0.00',
    '20103 政府办公厅    360.00  360.00   0.00   0.00',
    '2010301 行政运行   360.00  360.00   0.00   0.00',
    `213     农林水支出   ${klass}  540.00  60.00  40.00`,
    '21303 水利         400.00  300.00  60.00  40.00',
    '2130301 行政运行   250.00  250.00   0.00   0.00',
    '                    收入决算表（续）',
    '                                          公开02表 单位：万元',
    HEADER,
    '2130306 水利工程运行维护 150.00  50.00  60.00  40.00',
    '21305 水利发展     240.00  240.00   0.00   0.00',
    '2130599 其他水利发展支出 240.00 240.00 0.00 0.00',
    '注：本表反映部门本年度取得的各项收入情况。',
  ].join('\n');

const codeSums = (text: string) =>
  checkTextReport(text).findings.filter((f) => f.rule === 'table.code-sum' && f.severity === 'error');

describe('a table continued after a page break under its repeated header', () => {
  it('sums a 类 and the 合计 with the rows of both pages', () => {
    expect(codeSums(INCOME())).toEqual([]);
  });

  it('still finds a 类 that does not add up to its 款 across the pages', () => {
    expect(codeSums(INCOME('650.00'))).toContainEqual(
      expect.objectContaining({ found: expect.stringContaining('650.00'), expected: '640.00' }),
    );
  });

  it('does not join a different table printed under the same header', () => {
    const tables = (text: string) =>
      layoutDocument(textLines(text)).blocks.filter((b) => b.kind === 'table').length;
    expect(tables(INCOME())).toBe(1);
    expect(tables(INCOME().replace('收入决算表（续）', '项目收入明细表'))).toBe(2);
  });
});

// A 支出决算表 with 本年支出合计 as its last column, after 基本支出 and 项目支出.
const EXPENSE = (total: string) =>
  [
    '                 某市水务局2024年度部门决算',
    '                    收入支出决算总表',
    '                                          单位：万元',
    '项目                    决算数     项目                决算数',
    '一、一般公共预算财政拨款收入   500.00     一、农林水支出       500.00',
    '本年收入合计              500.00     本年支出合计         500.00',
    '总计                      500.00     总计                 500.00',
    '                      支出决算表',
    '                                          公开03表 单位：万元',
    '科目编码 科目名称 基本支出 项目支出 本年支出合计',
    '        合计      120.00  380.00  500.00',
    '213     农林水支出 120.00  380.00  500.00',
    '21303 水利         120.00  380.00  500.00',
    '2130301 行政运行   120.00  380.00  500.00',
    '注：本表反映部门本年度各项支出情况。',
    `  2024年度本年支出合计${total}万元。`,
  ].join('\n');

const disagreements = (text: string) =>
  checkTextReport(text).findings.filter(
    (f) => (f.rule === 'figure.tables-disagree' || f.rule === 'figure.text-table') && f.severity === 'error',
  );

describe('a 支出决算表 whose 本年支出合计 is its last column', () => {
  it('reads the total under its header, not the first figure', () => {
    expect(disagreements(EXPENSE('500.00'))).toEqual([]);
  });

  it('still finds a text figure that disagrees with it', () => {
    expect(disagreements(EXPENSE('520.00'))).toContainEqual(expect.objectContaining({ found: '520.00万元' }));
  });
});

// A 支出决算表 whose second page is titled with the table's number and "（续）" and repeats its two header rows.
const EXPENSE_HEAD = [
  '          项目          本年支出合计        基本支出        项目支出',
  ' 功能分类科目编码     科目名称',
];
const NUMBERED = (title: string, klass = '730.00') =>
  [
    '                 某市林业局2025年度部门决算',
    '                      三、支出决算表',
    '                                          公开03表 单位：元',
    ...EXPENSE_HEAD,
    '        合计              1,000.00        420.00        580.00',
    '201     一般公共服务支出      270.00        270.00',
    '20103   政府办公厅           270.00        270.00',
    '2010301 行政运行             270.00        270.00',
    `                  ${title}`,
    '                                          公开03表 单位：元',
    ...EXPENSE_HEAD,
    `213     农林水支出          ${klass}        150.00        580.00`,
    '21302   林业和草原           730.00        150.00        580.00',
    '2130201 行政运行             150.00        150.00',
    '2130205 森林资源培育         580.00                      580.00',
    '注：本表反映部门本年度各项支出情况。',
  ].join('\n');

describe('a table continued under a numbered title marked （续）', () => {
  it('is read as one table: the 合计 is the sum of the 类 of both pages', () => {
    expect(codeSums(NUMBERED('三、支出决算表（续）'))).toEqual([]);
    expect(codeSums(NUMBERED('续表'))).toEqual([]);
  });

  it('still finds a 类 that does not add up to its 款', () => {
    expect(codeSums(NUMBERED('三、支出决算表（续）', '740.00'))).toContainEqual(
      expect.objectContaining({ found: expect.stringContaining('740.00') }),
    );
  });

  it('does not join a numbered title of another table', () => {
    const tables = (text: string) =>
      layoutDocument(textLines(text)).blocks.filter((b) => b.kind === 'table').length;
    expect(tables(NUMBERED('三、支出决算表（续）'))).toBe(1);
    expect(tables(NUMBERED('四、项目支出决算表'))).toBe(2);
  });
});
