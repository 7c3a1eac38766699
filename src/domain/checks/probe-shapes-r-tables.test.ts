
describe('a two-sided 总表 as plain pdftotext prints it (income labels, income figures with 支出 labels, 支出 figures)', () => {
  const doc = (expenseTotal: string, spent = ['512.40', '86.30', '1,904.75', '61.55']) =>
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
    // 2,406.10 + 100.00 + 38.20 + 12.70 = 2,557.00; 512.40 + 86.30 + 1,904.75 + 61.55 = 2,565.00.
    expect(errors(doc('2,565.00', ['512.40', '86.30', '1,904.75', '53.55']))).toEqual([]);
    expect(errors(doc('2,557.00', ['512.40', '86.30', '1,904.75', '53.55']))).toEqual([]);
  });

  it('reports a 支出合计 that is not the sum of the 支出 items, on its own line', () => {
    const found = checkTextReport(doc('2,566.00', ['512.40', '86.30', '1,904.75', '53.55'])).findings.filter(
      (f) => f.severity === 'error',
    );
    expect(found.map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`)).toEqual([
      'table.total L33 2557.00 2,566.00',
    ]);
  });

  it('reads nothing when the 支出 figures are not one per 支出 label', () => {
    expect(errors(doc('2,566.00', ['512.40', '86.30', '1,904.75']))).toEqual([]);
  });
});
