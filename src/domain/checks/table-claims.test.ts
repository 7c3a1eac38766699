import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';
import { layoutDocument, type TableBlock } from './layout.ts';
import { tableModel } from './table-model.ts';

const model = (text: string) => {
  const t = layoutDocument(text.split('\n').map((x) => ({ text: x }))).blocks.find(
    (b): b is TableBlock => b.kind === 'table',
  )!;
  return tableModel(t);
};

const GP = (item = '128.52') =>
  [
    '一般公共预算财政拨款支出决算表',
    '单位：万元',
    '科目编码\t科目名称\t合计\t基本支出\t项目支出',
    '\t合计\t1,010.02\t780.00\t230.02',
    '201\t一般公共服务支出\t1,010.02\t780.00\t230.02',
    '20103\t政府办公厅（室）及相关机构事务\t1,010.02\t780.00\t230.02',
    `2010301\t行政运行\t${item}\t128.52\t0.00`,
    '2010350\t事业运行\t881.50\t651.48\t230.02',
  ].join('\n');

describe('table model', () => {
  it('reads codes, labels, figures and column headers', () => {
    const m = model(GP());
    expect(m.headers.slice(2)).toEqual(['合计', '基本支出', '项目支出']);
    const items = m.rows.flatMap((r) => r.items);
    expect(items[1]).toMatchObject({ code: '201', label: '一般公共服务支出' });
    expect(items[1]!.figures.map((f) => [f.value, f.col])).toEqual([
      ['1010.02', 2],
      ['780.00', 3],
      ['230.02', 4],
    ]);
  });

  it('splits a 总表 row into the two items printed side by side', () => {
    const m = model(
      [
        '项目  决算数  项目  决算数',
        '一、一般公共预算财政拨款收入   2,753.02   一、一般公共服务支出   1,004.29',
      ].join('\n'),
    );
    expect(m.rows[0]!.items.map((i) => [i.label, i.side])).toEqual([
      ['一、一般公共预算财政拨款收入', 0],
      ['一、一般公共服务支出', 1],
    ]);
  });

  it('puts a figure of a short row in the column whose right edges it lines up with', () => {
    const m = model(
      [
        '项目              决算数      项目          决算数',
        '一、财政拨款收入      100.00      一、教育支出      60.00',
        '                              二、科学技术支出  40.00',
      ].join('\n'),
    );
    expect(m.rows[1]!.items[0]).toMatchObject({ label: '二、科学技术支出', side: 1 });
  });
});

describe('table arithmetic', () => {
  it('holds on a consistent table and counts its claims', () => {
    const r = checkTextReport(GP());
    expect(r.findings).toEqual([]);
    expect(r.counts.table.recognised).toBeGreaterThanOrEqual(6);
    expect(r.counts.table.verified).toBe(r.counts.table.recognised);
  });

  it('flags a row whose 合计 is not 基本支出 + 项目支出, and the 款 that is no longer Σ项, with the arithmetic', () => {
    const r = checkTextReport(GP('130.52'));
    expect(r.findings.find((f) => f.rule === 'table.row-sum')).toMatchObject({
      severity: 'error',
      line: 7,
      expected: '128.52',
      found: '130.52',
    });
    const code = r.findings.find((f) => f.rule === 'table.code-sum')!;
    expect(code).toMatchObject({ line: 6, severity: 'error' });
    expect(code.message).toContain('130.52 + 881.50 = 1012.02');
  });

  it('notes a sum that is off only by the rounding of its parts (3.33 + 6.67 = 10.00 against 10.01)', () => {
    const r = checkTextReport(
      [
        '科目编码\t科目名称\t合计',
        '201\t一般公共服务支出\t10.01',
        '20101\t人大事务\t3.33',
        '20102\t政协事务\t6.67',
      ].join('\n'),
    );
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['table.code-sum', 'note']]);
    expect(r.counts.table.verified).toBe(r.counts.table.recognised);
    const wrong = checkTextReport(
      [
        '科目编码\t科目名称\t合计',
        '201\t一般公共服务支出\t10.03',
        '20101\t人大事务\t3.33',
        '20102\t政协事务\t6.67',
      ].join('\n'),
    );
    expect(wrong.findings.map((f) => [f.rule, f.severity])).toEqual([['table.code-sum', 'error']]);
  });

  it('flags a 科目 code printed with another code’s name, and warns of a name no catalogue gives it', () => {
    const r = checkTextReport(
      ['科目编码\t科目名称\t合计', '2010301\t事业运行\t5.00', '2010350\t一般行政事务\t5.00'].join('\n'),
    );
    expect(r.findings.map((f) => [f.line, f.rule, f.severity])).toEqual([
      [2, 'table.code-name', 'error'],
      [3, 'table.code-name', 'warning'],
    ]);
    expect(r.findings[0]!.message).toContain('行政运行');
  });

  it('knows another code’s name printed without its closing 支出', () => {
    const r = checkTextReport(
      ['科目编码\t科目名称\t合计', '2080506\t机关事业单位基本养老保险缴费\t5.00'].join('\n'),
    );
    expect(r.findings.map((f) => [f.line, f.rule, f.severity])).toEqual([[2, 'table.code-name', 'error']]);
    expect(r.findings[0]!.message).toContain('2080505');
  });

  it('never sums a rate column (完成预算%)', () => {
    const r = checkTextReport(
      [
        '科目编码\t科目名称\t预算数\t决算数\t完成预算（%）',
        '208\t社会保障和就业\t200.00\t200.00\t100.00',
        '20805\t行政事业单位养老支出\t200.00\t200.00\t100.00',
        '2080501\t行政单位离退休\t100.00\t100.00\t100.00',
        '2080505\t机关事业单位基本养老保险缴费支出\t100.00\t100.00\t100.00',
      ].join('\n'),
    );
    expect(r.findings).toEqual([]);
  });

  it('checks a 总表: 本年收入合计 = the numbered items, 总计 = 合计 + 结转, and both 总计 equal', () => {
    const table = (total: string) =>
      [
        '收入支出决算总表',
        '项目\t决算数\t项目\t决算数',
        '一、一般公共预算财政拨款收入\t100.00\t一、教育支出\t90.00',
        '二、事业收入\t20.00\t二、科学技术支出\t20.00',
        '本年收入合计\t120.00\t本年支出合计\t110.00',
        '年初结转和结余\t10.00\t年末结转和结余\t20.00',
        `总计\t130.00\t总计\t${total}`,
      ].join('\n');
    expect(checkTextReport(table('130.00')).findings).toEqual([]);
    const rules = checkTextReport(table('131.00')).findings.map((f) => f.rule);
    expect(rules).toContain('table.total');
    expect(rules).toContain('table.balance');
  });

  it('checks a 三公 table told by its headers, one row of 决算数 or one row per item', () => {
    const byColumn = (total: string) =>
      [
        '财政拨款“三公”经费支出决算表',
        '单位：元',
        '合计\t因公出国（境）费\t公务用车购置及运行维护费\t公务接待费',
        `${total}\t0.00\t8,000.00\t2,000.00`,
      ].join('\n');
    expect(checkTextReport(byColumn('10,000.00')).counts.table).toEqual({ recognised: 1, verified: 1 });
    expect(checkTextReport(byColumn('10,100.00')).findings.map((f) => f.rule)).toEqual(['table.row-sum']);
    const byRow = (reception: string) =>
      [
        '“三公”经费支出决算表',
        '单位：万元',
        '项目\t本年决算数\t上年决算数',
        '合计\t10.00\t12.00',
        '因公出国（境）费\t0.00\t1.00',
        '公务用车购置及运行维护费\t8.00\t9.00',
        `公务接待费\t${reception}\t2.00`,
      ].join('\n');
    expect(checkTextReport(byRow('2.00')).counts.table).toEqual({ recognised: 2, verified: 2 });
    expect(checkTextReport(byRow('2.50')).findings).toEqual([
      expect.objectContaining({ rule: 'table.row-sum', line: 4 }),
    ]);
  });

  it('does not add up a 三公 table’s rate column, nor a column whose header it could not read', () => {
    const withRate = (header: string) =>
      [
        '“三公”经费财政拨款支出决算表',
        '单位：万元',
        `项目\t预算数\t决算数\t${header}`,
        '合计\t43.16\t43.16\t100.00',
        '因公出国（境）费\t0.00\t0.00\t',
        '公务用车购置及运行维护费\t40.00\t40.00\t100.00',
        '公务接待费\t3.16\t3.16\t100.00',
      ].join('\n');
    for (const header of ['完成预算（%）', '']) {
      const report = checkTextReport(withRate(header));
      expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(report.counts.table?.verified).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('a 总表 whose item label wrapped away from its ordinal', () => {
  const doc = (wrapped: boolean, total = '900.00') =>
    [
      '某局2024年度部门决算',
      '收入支出决算总表',
      '单位：万元',
      '项目\t决算数\t项目\t决算数',
      wrapped
        ? '一、一般公共预算财政拨款收入\t800.00\t\t'
        : '一、一般公共预算财政拨款收入\t800.00\t一、社会保障和就业支出\t700.00',
      wrapped ? '\t\t支出\t700.00' : '',
      '二、事业收入\t60.00\t二、住房保障支出\t150.00',
      '三、其他收入\t40.00\t三、卫生健康支出\t50.00',
      `本年收入合计\t900.00\t本年支出合计\t${total}`,
    ]
      .filter((l) => l !== '')
      .join('\n');

  it('sums the numbered items, and not when one item’s figures sit under a wrapped label', () => {
    expect(checkTextReport(doc(false)).findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(checkTextReport(doc(false, '990.00')).findings.filter((f) => f.severity === 'error')).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'table.total', found: '990.00' })]),
    );
    expect(checkTextReport(doc(true)).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('a table printing "-" for zero', () => {
  /** A 支出决算表 (space-aligned) whose 上缴 and 经营 columns print "-"; 20502's 项目支出 is "-" too. */
  const SPENDING = (total: string, dash = '-') =>
    [
      '支出决算表',
      '                                                单位：万元',
      '科目编码  科目名称        合计     基本支出    项目支出   上缴上级支出   经营支出',
      '205       教育支出       120.00      100.00       20.00         -            -',
      '20502     普通教育       120.00      100.00       20.00         -            -',
      '2050201   学前教育        50.00       30.00       20.00         -            -',
      `2050202   小学教育        ${total}       70.00         ${dash}           -            -`,
      '          合计           120.00      100.00       20.00         -            -',
    ].join('\n');

  it('reads each dash as 0 in a row sum', () => {
    expect(checkTextReport(SPENDING('70.00')).findings).toEqual([]);
    const found = checkTextReport(SPENDING('75.00')).findings.filter((f) => f.rule === 'table.row-sum');
    expect(found).toEqual([expect.objectContaining({ line: 7, expected: '70.00', found: '75.00' })]);
  });

  it('never reads a dash inside a label or text as a figure', () => {
    const rows = checkTextReport(SPENDING('75.00', '-/')).findings.filter((f) => f.rule === 'table.row-sum');
    expect(rows).toEqual([]);
  });
});

describe('a comparison table whose header names two years in one label (table-model.ts, table-claims.ts)', () => {
  // Cells placed at fixed columns, right-aligned figures, as pdftotext -layout prints them.
  const at = (cells: [number, string][]): string =>
    cells.reduce((line, [col, text]) => line.padEnd(col) + text, '').trimEnd();
  const right = (end: number, text: string): [number, string] => [end - text.length, text];
  const row = (label: string, figures: string[]): string =>
    at([[0, label], ...figures.map((f, k) => right([40, 52, 64, 76, 86][k]!, f))]);
  const table = (change: string) =>
    [
      '2031年度“三公”经费财政拨款预决算对比表',
      at([[80, '单位：元']]),
      at([
        [4, '项目'],
        [32, '2031年'],
        [44, '2031年'],
        [56, '2030年 2031年决算比2030年决算'],
      ]),
      at([
        [33, '预算数'],
        [45, '决算数'],
        [57, '决算数'],
        [70, '增减额'],
        [82, '增减%'],
      ]),
      row('合计', ['500,000.00', '431,250.40', '402,118.60', '29,131.80', '7.24']),
      row('一、因公出国（境）费', ['0.00', '0.00', '0.00', '0.00', '—']),
      row('二、公务用车购置及运行维护费', ['420,000.00', '380,210.00', '350,400.00', '29,810.00', '8.51']),
      row('三、公务接待费', ['80,000.00', '51,040.40', '51,718.60', change, '-1.31']),
    ].join('\n');

  it('reads each year with its own column (the last year one space before the change column)', () => {
    expect(model(table('-678.20')).headers.slice(-5)).toEqual([
      '2031年预算数',
      '2031年决算数',
      '2030年决算数',
      '2031年决算比2030年决算增减额',
      '增减%',
    ]);
  });
  it('finds no error in a table that holds', () => {
    expect(checkTextReport(table('-678.20')).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
  it('finds a 增减额 that is not 本年 − 上年, shown to the figures’ places', () => {
    const found = checkTextReport(table('-687.20')).findings.filter((f) => f.rule === 'table.change');
    expect(found.map((f) => [f.expected, f.found])).toEqual([['-678.20', '-687.20']]);
  });
});
