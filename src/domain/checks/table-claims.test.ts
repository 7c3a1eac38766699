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
});
