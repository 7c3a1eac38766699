/**
 * Shapes seen in other provinces' documents that the checker did not read (every unit, name and figure here
 * is made up):
 * 1. a dash printed for zero one space from the next cell, and rows set one space apart only at the table's
 *    edge (layout.ts `classify`, `spaceCells`; table-model.ts: a label after a dash is the next item);
 * 2. a 三公 table whose 合计 is itself wrong: the text's shares judged against the sum of the table's items,
 *    the wrong total still reported (figure-claims.ts `checkFeeRates`, share-tables.ts);
 * 3. a numbered list (（一）… / 1.…) interrupted by a "其中：" sub-list of one item (paragraph-lists.ts).
 * Each with a clean document of the same shape that gives no error.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';
import { layoutDocument, type TableBlock } from './layout.ts';
import { tableModel } from './table-model.ts';
import { row } from './__fixtures__/layout-row.ts';
import { wrapped } from './__fixtures__/wrapped.ts';

const tables = (text: string): TableBlock[] =>
  layoutDocument(text.split('\n').map((t) => ({ text: t }))).blocks.filter(
    (b): b is TableBlock => b.kind === 'table',
  );
const errors = (text: string): string[] =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`);

describe('1. a dash one space from the next cell, a row one space apart at the table’s edge', () => {
  /** The national 三公 row (预算数/决算数 of 合计, 出国, 车辆小计, 购置, 运行, 接待) with "-" set one space apart. */
  const NATIONAL = (reception: string) =>
    [
      '                          青禾县农机服务站2024年度财政拨款“三公”经费支出决算表',
      '                                                                             单位：万元',
      '合计          因公出国（境）          小计          公务用车购置           公务用车运行维护         公务接待',
      '               费                            费                 费              费',
      '预算 决算         预算数      决算 预算 决算            预算数      决算       预算数      决算 预算数 决算',
      ' 数 数                    数 数 数                        数                 数            数',
      '12.00 10.40 - - 9.00 8.20 - - 9.00 8.20 3.00 2.20',
      '   注：本表反映部门本年度“三公”经费支出预决算情况。',
      `    2024年度“三公”经费财政拨款支出决算为10.40万元，其中：公务用车购置及运行维护费8.20万元，公务接待费${reception}万元。`,
    ].join('\n');

  it('reads "- -" as two dashes: the 三公 row has its twelve columns and names its figures', () => {
    const cells = tables(NATIONAL('2.20'))[0]!
      .rows.at(-1)!
      .cells.map((c) => c.text);
    expect(cells).toEqual([
      '12.00',
      '10.40',
      '-',
      '-',
      '9.00',
      '8.20',
      '-',
      '-',
      '9.00',
      '8.20',
      '3.00',
      '2.20',
    ]);
    const r = checkTextReport(NATIONAL('2.20'));
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.claims.filter((c) => c.kind === 'figure' && c.verified)).toHaveLength(3);
    // Before: "- -" was one cell of text, the row eight figures wide, and the text was compared with nothing.
    expect(errors(NATIONAL('2.50'))).toContain('figure.text-table L9 2.20万元 2.50万元');
  });

  it('splits "- 三、住房保障支出" (a 总表’s 收入 dash, then the 支出 label) into two items', () => {
    const text = [
      '                     青禾县农机服务站2024年度财政拨款收入支出决算总表',
      '                                                         单位：万元',
      row(['项目', -0], ['决算数', 24], ['项目', -25], ['合计', 46], ['一般公共预算', 58]),
      row(
        ['一、一般公共预算财政拨款', -0],
        ['820.00', 24],
        ['一、农林水支出', -25],
        ['776.00', 46],
        ['776.00', 58],
      ),
      row(
        ['二、政府性基金预算财政拨款', -0],
        ['-', 24],
        ['二、住房保障支出', -25],
        ['44.00', 46],
        ['44.00', 58],
      ),
      row(['本年收入合计', -0], ['820.00', 24], ['本年支出合计', -25], ['820.00', 46], ['820.00', 58]),
    ].join('\n');
    expect(text.split('\n')[4]).toContain('- 二、住房保障支出');
    const items = tableModel(tables(text)[0]!).rows.find((r) => r.line === 4)!.items;
    expect(items.map((i) => i.label)).toEqual(['二、政府性基金预算财政拨款', '二、住房保障支出']);
    expect(items[1]!.figures.map((f) => f.value)).toEqual(['44.00', '44.00']);
  });

  it('keeps a label and its dash apart ("绩效工资 -"), and a dash inside a cell’s text with it', () => {
    const text = [
      '一般公共预算财政拨款基本支出决算表',
      row(
        ['科目编码', -1],
        ['科目名称', -10],
        ['决算数', 40],
        ['科目编码', -42],
        ['科目名称', -51],
        ['决算数', 72],
      ),
      row(['30107', -1], ['绩效工资', -10], ['30.00', 40], ['30201', -42], ['办公费', -51], ['6.00', 72]),
      row(
        ['30108', -1],
        ['机关事业单位基本养老保险缴费', -10],
        ['-', 40],
        ['30206', -42],
        ['电费', -51],
        ['-', 72],
      ),
      ' 30113    住房公积金 -                      30211    差旅费                  5.00',
      '   实施期限      2024年1月 - 2024年12月',
    ].join('\n');
    const rows = tables(text)[0]!.rows.map((r) => r.cells.map((c) => c.text));
    expect(rows[2]).toEqual(['30108', '机关事业单位基本养老保险缴费', '-', '30206', '电费', '-']);
    expect(rows[3]).toEqual(['30113', '住房公积金', '-', '30211', '差旅费', '5.00']);
    expect(rows[4]).toEqual(['实施期限', '2024年1月 - 2024年12月']);
  });

  /** A 三公 table in 元 whose long labels leave two spaces before the figures, one space between them. */
  const EDGE = (total: string) =>
    [
      '        青禾县农机服务站2024年度财政拨款“三公”经费支出决算表',
      '                                   单位：元',
      row(['项目', -2], ['预算数', 27], ['决算数', 37]),
      row(['合计', -2], ['120,000.00', 27], [total, 37]),
      row(['一、因公出国（境）费', -2], ['0.00', 27], ['-', 37]),
      '  二、公务用车购置及运行维护费  90,000.00 82,000.00',
      row(['  其中：公务用车购置费', -2], ['0.00', 27], ['-', 37]),
      '          公务用车运行维护费 90,000.00 82,000.00',
      row(['三、公务接待费', -2], ['30,000.00', 27], ['22,000.00', 37]),
      '    2024年度“三公”经费财政拨款支出决算为104,000.00元，完成预算的86.67%。',
      '  其中：基本支出  500.00 万元，项目支出 320.00 万元。',
    ].join('\n');

  it('reads rows one space apart at the table’s edge as rows, never prose with single spaces', () => {
    const layout = layoutDocument(
      EDGE('104,000.00')
        .split('\n')
        .map((t) => ({ text: t })),
    );
    const [table, ...others] = layout.blocks.filter((b): b is TableBlock => b.kind === 'table');
    expect(others).toEqual([]);
    expect(table!.rows.map((r) => r.cells[0]!.text)).toEqual([
      '项目',
      '合计',
      '一、因公出国（境）费',
      '二、公务用车购置及运行维护费',
      '其中：公务用车购置费',
      '公务用车运行维护费',
      '三、公务接待费',
    ]);
    const paragraphs = layout.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.first + 1);
    expect(paragraphs).toEqual([1, 2, 10, 11]);
    expect(errors(EDGE('104,000.00'))).toEqual([]);
    // Before: the table stopped at line 6, and its wrong 合计 was not summed.
    expect(errors(EDGE('106,000.00'))).toContain('table.row-sum L4 104000.00 106,000.00');
  });
});

describe('2. a 三公 table whose 合计 is itself wrong: the text’s shares against the sum of its items', () => {
  /** One column per item (合计 | 因公出国（境）费 | 公务用车购置及运行维护费 | 公务接待费), a row per 预算数 / 决算数. */
  const COLUMNS = (total: string, reception: string) =>
    [
      '              青禾县农机服务站2024年度财政拨款“三公”经费支出决算表',
      '                                              单位：万元',
      row(
        ['项目', -2],
        ['合计', 20],
        ['因公出国（境）费', 32],
        ['公务用车购置及运行维护费', 50],
        ['公务接待费', 60],
      ),
      row(['预算数', -2], ['12.00', 20], ['0.00', 32], ['9.00', 50], ['3.00', 60]),
      row(['决算数', -2], [total, 20], ['0.00', 32], ['8.20', 50], ['2.20', 60]),
      '',
      `    2024年度“三公”经费财政拨款支出决算为10.40万元，其中：因公出国（境）费占0.00%，公务用车购置及运行维护费占78.85%，公务接待费占${reception}%。`,
    ].join('\n');

  it('reports the wrong 合计 and judges the shares against 0.00 + 8.20 + 2.20 = 10.40, saying so', () => {
    expect(errors(COLUMNS('10.40', '21.15'))).toEqual([]);
    expect(errors(COLUMNS('10.90', '21.15'))).toEqual(['table.row-sum L5 10.40 10.90']);
    // Before: no row printed 10.40 in its 合计 column, and the shares were not judged at all.
    const r = checkTextReport(COLUMNS('10.90', '20.15'));
    expect(errors(COLUMNS('10.90', '20.15'))).toEqual([
      'table.row-sum L5 10.40 10.90',
      'share.percent L7 21.15% 20.15%',
    ]);
    expect(r.findings.find((f) => f.rule === 'share.percent')!.message).toContain(
      '2.20 ÷ 10.40 × 100% = 21.15%（金额见第5行《青禾县农机服务站2024年度财政拨款“三公”经费支出决算表》；表中合计10.90与各项之和10.40不符，按各项之和计）',
    );
  });

  /** One row per item, 预算数 | 决算数 columns, the shares in a sentence without the whole. */
  const ROWS = (total: string, reception: string) =>
    [
      '            青禾县农机服务站2024年度财政拨款“三公”经费支出决算表',
      '                                              单位：万元',
      row(['项目', -2], ['预算数', 34], ['决算数', 44]),
      row(['合计', -2], ['12.00', 34], [total, 44]),
      row(['1.因公出国（境）费', -2], ['0.00', 34], ['0.00', 44]),
      row(['2.公务用车购置及运行维护费', -2], ['9.00', 34], ['8.20', 44]),
      row(['  其中：公务用车购置费', -2], ['0.00', 34], ['0.00', 44]),
      row(['        公务用车运行维护费', -2], ['9.00', 34], ['8.20', 44]),
      row(['3.公务接待费', -2], ['3.00', 34], ['2.20', 44]),
      '',
      `    “三公”经费支出构成如下，其中：因公出国（境）费占0.00%，公务用车购置及运行维护费占78.85%，公务接待费占${reception}%。`,
    ].join('\n');

  it('does the same for a table of one row per item (shares without their whole)', () => {
    expect(errors(ROWS('10.40', '21.15'))).toEqual([]);
    expect(errors(ROWS('10.90', '21.15'))).toEqual(['table.row-sum L4 10.40 10.90']);
    // Before: 78.85% was called wrong (8.20 ÷ 10.90) and the wrong 20.15% only a note (2.20 ÷ 10.90 = 20.18%).
    expect(errors(ROWS('10.90', '20.15'))).toEqual([
      'table.row-sum L4 10.40 10.90',
      'share.percent L11 21.15% 20.15%',
    ]);
  });

  /** The national row of twelve figures; each item's share stated after its outturn. */
  const NATIONAL = (total: string, reception: string) =>
    [
      '                          青禾县农机服务站2024年度财政拨款“三公”经费支出决算表',
      '                                                                             单位：万元',
      '合计          因公出国（境）          小计          公务用车购置           公务用车运行维护         公务接待',
      '               费                            费                 费              费',
      '预算 决算         预算数      决算 预算 决算            预算数      决算       预算数      决算 预算数 决算',
      ' 数 数                    数 数 数                        数                 数            数',
      `12.00 ${total} 0.00 0.00 9.00 8.20 0.00 0.00 9.00 8.20 3.00 2.20`,
      '   注：本表反映部门本年度“三公”经费支出预决算情况。',
      '',
      '七、财政拨款“三公”经费支出决算情况说明',
      '',
      '    （一）因公出国（境）费支出决算为0.00万元，占0.00%。本年未安排因公出国（境）。',
      '    （二）公务用车购置及运行维护费支出决算为8.20万元，占78.85%。',
      `    （三）公务接待费支出决算为2.20万元，占${reception}%。`,
    ].join('\n');

  it('judges an item’s "占P%" of the national row against its items’ sum when its 合计 is wrong', () => {
    expect(errors(NATIONAL('10.40', '21.15'))).toEqual([]);
    // Before: 78.85% and 21.15% were both called wrong (÷ 10.90): the table’s error blamed on the text.
    expect(errors(NATIONAL('10.90', '21.15'))).toEqual(['table.row-sum L7 10.40 10.90']);
    const r = checkTextReport(NATIONAL('10.90', '20.15'));
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} L${f.line}`)).toEqual([
      'table.row-sum L7',
      'share.percent L14',
    ]);
    expect(r.findings.find((f) => f.rule === 'share.percent')!.message).toContain(
      '因公出国（境）费、公务用车购置及运行维护费、公务接待费之和 0.00 + 8.20 + 2.20 = 10.40万元，表中“三公”经费合计10.90万元与之不符',
    );
  });

  it('says, when the text states the 三公 total as the items add up, that the table’s 合计 is the wrong one', () => {
    const text = NATIONAL('10.90', '21.15').replace(
      '七、财政拨款“三公”经费支出决算情况说明\n',
      '七、财政拨款“三公”经费支出决算情况说明\n\n    2024年度“三公”经费财政拨款支出决算为10.40万元。\n',
    );
    const r = checkTextReport(text);
    // The text is right: the table's 合计 is the error; the text's line carries a note saying so.
    expect(errors(text)).toEqual(['table.row-sum L7 10.40 10.90']);
    expect(r.findings.find((f) => f.rule === 'figure.text-table')).toMatchObject({
      severity: 'note',
      line: 12,
    });
    expect(r.findings.find((f) => f.rule === 'figure.text-table')!.message).toContain(
      '两处不一致（表中各项之和 0.00 + 8.20 + 2.20 = 10.40万元，与正文一致：表中合计有误）',
    );
    // The list （一）（二）（三） below adds up to the text’s 10.40.
    expect(r.claims.find((c) => c.kind === 'sum')).toMatchObject({ verified: true });
  });

  it('takes the parts’ sum for a wrong total only when the row prints no other amount the text leaves out', () => {
    const expense = (business: string) =>
      [
        '支出决算表',
        '单位：万元',
        '科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出\t经营支出',
        `\t合计\t1,000.00\t700.00\t250.00\t${business}`,
        '',
        '2024年度本年支出合计950.00万元，其中：基本支出占73.68%，项目支出占26.32%。',
      ].join('\n');
    const onParts = (business: string) =>
      checkTextReport(expense(business)).claims.filter((c) => c.arithmetic.includes('按各项之和计'));
    // 700.00 + 250.00 + 50.00 = 1,000.00: the table is right, the text’s 950.00 leaves 经营支出 out.
    expect(onParts('50.00')).toEqual([]);
    // 经营支出 0.00: 700.00 + 250.00 = 950.00, the printed 1,000.00 is the table’s error.
    expect(onParts('0.00').map((c) => c.verified)).toEqual([true, true]);
  });
});

describe('3. a numbered list interrupted by a "其中：" sub-list', () => {
  const TYPED = (third: string, monitor: string) =>
    [
      '四、支出决算情况说明',
      '2024年度本年支出合计900.00万元。',
      '1.基本支出500.00万元，占55.56%，主要用于保障机构正常运转和在职人员工资福利。',
      '2.项目支出320.00万元，占35.56%，主要用于农机推广和安全监理。',
      `其中：农机购置补贴240.00万元，占项目支出的75.00%；农机安全监理${monitor}万元。`,
      `3.对附属单位补助支出${third}万元，占8.89%，主要用于下属站点运转。`,
      '五、财政拨款收入支出决算总体情况说明',
    ].join('\n');

  it('reads 1.–3. as one list around the sub-list, and the sub-list against its item', () => {
    // Before: the list stopped at the sub-list, 500.00 + 320.00 = 820.00 against 900.00 (a false error).
    expect(errors(TYPED('80.00', '80.00'))).toEqual([]);
    expect(checkTextReport(TYPED('80.00', '80.00')).claims.filter((c) => c.kind === 'sum')).toEqual([
      expect.objectContaining({
        verified: true,
        arithmetic: '500.00 + 320.00 + 80.00 = 900.00万元，上段合计900.00万元',
      }),
      expect.objectContaining({
        verified: true,
        arithmetic: '240.00 + 80.00 = 320.00万元，上段合计320.00万元',
      }),
    ]);
    expect(errors(TYPED('90.00', '80.00'))).toEqual([
      'sum.parts L3 900.00万元 910.00万元',
      'share.percent L6 10.00% 8.89%',
    ]);
    expect(errors(TYPED('80.00', '70.00'))).toEqual(['sum.parts L5 320.00万元 310.00万元']);
  });

  /** （一）（二）（三） with the sub-list below "其中：" one part per paragraph, as Word prints it. */
  const WORD = (reception: string, run: string) =>
    [
      '七、财政拨款“三公”经费支出决算情况说明',
      '2024年度“三公”经费财政拨款支出决算为10.40万元。',
      '（一）因公出国（境）费0.00万元，占0.00%，本年未安排因公出国（境）团组。',
      '（二）公务用车购置及运行维护费8.20万元，占78.85%。',
      '其中：',
      '公务用车购置费0.00万元，本年未购置公务用车；',
      `公务用车运行维护费${run}万元，主要用于1辆执法执勤用车的燃料、维修和保险。`,
      `（三）公务接待费${reception}万元，占21.15%，共接待国内公务接待12批次、86人次。`,
      '八、政府性基金预算财政拨款支出决算情况说明',
    ].join('\n');

  it('reads （一）（二）（三） the same, the sub-list printed one part per paragraph', () => {
    expect(errors(WORD('2.20', '8.20'))).toEqual([]);
    expect(checkTextReport(WORD('2.20', '8.20')).counts.sum).toEqual({ recognised: 2, verified: 2 });
    expect(errors(WORD('2.60', '8.20'))).toEqual([
      'sum.parts L3 10.40万元 10.80万元',
      'share.percent L8 25.00% 21.15%',
    ]);
    expect(errors(WORD('2.20', '8.00'))).toEqual(['sum.parts L6 8.20万元 8.00万元']);
  });

  it('reads the list as pdftotext -layout prints it; a sub-list the next number does not follow ends it', () => {
    const list = (third: string) => [
      '2024年度本年支出合计900.00万元，主要用于农机推广、安全监理和机构运转。',
      '（一）基本支出500.00万元，占55.56%，主要用于保障机构正常运转和在职人员工资福利。',
      '（二）项目支出320.00万元，占35.56%，主要用于农机推广和安全监理。',
      '其中：农机购置补贴240.00万元，占项目支出的75.00%；农机安全监理80.00万元，占项目支出的25.00%。',
      `（三）对附属单位补助支出${third}万元，占8.89%，主要用于下属站点运转。`,
    ];
    const check = (paragraphs: string[]) =>
      checkTextReport(wrapped('青禾县农机服务站2024年度部门决算', paragraphs))
        .findings.filter((f) => f.severity === 'error')
        .map((f) => `${f.rule} ${f.expected} ${f.found}`);
    expect(check(list('80.00'))).toEqual([]);
    expect(check(list('90.00'))).toEqual(['sum.parts 900.00万元 910.00万元', 'share.percent 10.00% 8.89%']);
    // A two-item list whose sub-list is followed by other text (no next number): judged as before.
    const two = list('80.00').slice(0, 4);
    two[0] = '2024年度本年支出合计820.00万元，主要用于农机推广、安全监理和机构运转。';
    two[1] = '（一）基本支出500.00万元，占60.98%，主要用于保障机构正常运转和在职人员工资福利。';
    two[2] = '（二）项目支出320.00万元，占39.02%，主要用于农机推广和安全监理。';
    expect(check([...two, '本单位无对附属单位补助支出，亦无上缴上级支出和经营支出。'])).toEqual([]);
    expect(check([...two, '本单位无对附属单位补助支出，亦无上缴上级支出和经营支出。']).length).toBe(0);
  });
});
