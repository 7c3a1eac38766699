/**
 * Readings met in fresh documents (units, names and figures made up), each with a clean variant:
 *  - a two-sided 收入支出决算总表 whose income rows carry no ordinal ("财政拨款收入 / 事业收入 / 其他收入 /
 *    本年收入合计"): its 合计 against Σ the rows above, reported when the rows and the 结转 line make the 总计;
 *  - the text restating that 合计 as the rows add up: a note on the text (the table's 合计 is the wrong figure);
 *  - a 合计 found wrong while its items and the lines between make the 总计: the 总计 is not reported again.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`);

const summary = (incomeTotal: string, text = '') =>
  [
    '石湾县水务局',
    '2024年度部门决算',
    '',
    ' 决算公开表（一） 收入支出决算总表',
    '公开表一                        编制部门：石湾县水务局                         单位：万元',
    '                收 入                                   支 出',
    '          项目          决算数                        项目         决算数',
    '一般公共预算财政拨款收入                2,418.60 农林水支出                       2,206.45',
    '政府性基金预算财政拨款收入                 120.00 社会保障和就业支出                      184.32',
    '事业收入                          86.40 卫生健康支出                          71.18',
    '经营收入                            0.00 住房保障支出                          98.05',
    '其他收入                          15.20',
    `本年收入合计                      ${incomeTotal} 本年支出合计                       2,560.00`,
    '年初结转和结余                        42.30 年末结转和结余                        122.50',
    '总计                          2,682.50 总计                           2,682.50',
    '',
    '第二部分 部门决算情况说明',
    '一、收入支出决算总体情况',
    `   2024年度收入总计2682.50万元，支出总计2682.50万元。${text}`,
  ].join('\n');

describe('a two-sided 总表 whose income rows carry no ordinal', () => {
  it('gives no error when the rows make their 合计', () => {
    expect(errors(summary('2,640.20'))).toEqual([]);
    expect(errors(summary('2,640.20', '其中：本年收入合计2640.20万元，本年支出合计2560.00万元。'))).toEqual(
      [],
    );
  });

  it('reports the 合计 when the rows and the 结转 line make the 总计, not the 总计', () => {
    const found = checkTextReport(summary('2,604.20')).findings.filter((f) => f.severity === 'error');
    expect(found.map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`)).toEqual([
      'table.total L13 2640.20 2,604.20',
    ]);
    expect(found[0]!.message).toContain('2418.60 + 120.00 + 86.40 + 0.00 + 15.20 = 2640.20');
  });

  it('does not report the 合计 when the rows do not make the 总计 either (which rows are items is unsure)', () => {
    // The 总计 itself is then judged against 合计 + 结转 as before.
    const doc = summary('2,604.20').replace(
      '事业收入                          86.40',
      '事业收入                          68.40',
    );
    expect(errors(doc)).toEqual(['table.total L15 2646.50 2,682.50']);
  });

  it('holds the table, not the text, at fault when the text states the 合计 as the rows add up', () => {
    const report = checkTextReport(
      summary('2,604.20', '其中：本年收入合计2640.20万元，本年支出合计2560.00万元。'),
    );
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} L${f.line}`)).toEqual([
      'table.total L13',
    ]);
    const note = report.findings.find((f) => f.rule === 'figure.text-table');
    expect(note?.severity).toBe('note');
    expect(note?.message).toContain('表中合计有误');
  });

  it('still reports a text that states neither the table nor the rows', () => {
    expect(errors(summary('2,640.20', '其中：本年收入合计2670.20万元，本年支出合计2560.00万元。'))).toEqual([
      'figure.text-table L19 2640.20万元 2670.20万元',
    ]);
  });
});

describe('a numbered 总表 whose 合计 alone is wrong', () => {
  const doc = (expenseTotal: string) =>
    [
      '收入支出决算总表',
      '                                                         单位：万元',
      '项目                        决算数 项目                        决算数',
      '一、一般公共预算财政拨款收入        1,850.00 一、一般公共服务支出            1,210.40',
      '二、事业收入                     60.00 二、社会保障和就业支出            402.70',
      '三、其他收入                     12.00 三、住房保障支出                284.90',
      `本年收入合计                   1,922.00 本年支出合计                ${expenseTotal}`,
      '年初结转和结余                    80.00 年末结转和结余                104.00',
      '总计                       2,002.00 总计                     2,002.00',
    ].join('\n');

  it('reports the 合计 once, not the 总计 its items and 结转 make', () => {
    expect(errors(doc('1,898.00'))).toEqual([]);
    expect(errors(doc('1,889.00'))).toEqual(['table.total L7 1898.00 1,889.00']);
  });
});

describe('a two-sided 总表 as plain pdftotext prints it (income labels, income figures with 支出 labels, 支出 figures)', () => {
  const doc = (expenseTotal: string, spent = ['512.40', '86.30', '1,904.75', '53.55']) =>
    [
      '溪源县交通运输局2024年度部门决算',
      '收入支出决算总表',
      '收入',
      '',
      '项目',
      '一、一般公共预算财政拨款收入',
      '二、政府性基金预算财政拨款收入',
      '三、事业收入',
      '四、其他收入',
      '本年收入合计',
      '年初结转和结余',
      '总计',
      '注：本表反映部门本年度的总收支和年末结转结余情况。',
      '',
      '决算数',
      '项目',
      '2,406.10 一、交通运输支出',
      '100.00 二、社会保障和就业支出',
      '38.20 三、卫生健康支出',
      '12.70 四、住房保障支出',
      '2,557.00 本年支出合计',
      '90.50 年末结转和结余',
      '2,647.50 总计',
      '',
      '支出',
      '',
      '公开01表 单位：万元',
      '决算数',
      ...spent,
      expenseTotal,
      '90.50',
      '2,647.50',
      '',
      '第二部分 部门决算情况说明',
    ].join('\n');

  it('reads the rows and sums each side', () => {
    // 2,406.10 + 100.00 + 38.20 + 12.70 = 2,557.00 = 512.40 + 86.30 + 1,904.75 + 53.55; + 90.50 = 2,647.50.
    expect(errors(doc('2,557.00'))).toEqual([]);
  });

  it('reports a 支出合计 that is not the sum of the 支出 items, on its own line', () => {
    const found = checkTextReport(doc('2,566.00')).findings.filter((f) => f.severity === 'error');
    expect(found.map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`)).toEqual([
      'table.total L33 2557.00 2,566.00',
    ]);
  });

  it('reads nothing when the 支出 figures are not one per 支出 label', () => {
    expect(errors(doc('2,566.00', ['512.40', '86.30', '1,904.75']))).toEqual([]);
  });
});
