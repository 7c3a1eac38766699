/**
 * The 9-table 附表 reader on a workbook laid out as a published one (not our export): sheet names that
 * are not the titles, a title row and a "单位：万元" line, headers over two rows, amounts typed as text
 * with thousands separators, a 科目 code typed as a number, an unknown 科目 with the name it was printed
 * with. Every problem names its sheet and cell.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkFinalAccounts } from '../domain/accounts/index.ts';
import { isPublicTablesWorkbook, readPublicTablesWorkbook } from './accounts-public-xlsx.ts';

type Row = (string | number | null)[];

function sheet(wb: ExcelJS.Workbook, name: string, title: string, unit: string, header: Row[], body: Row[]) {
  const ws = wb.addWorksheet(name);
  ws.addRow([title]);
  ws.addRow(['编制单位：上海市西岸区档案局　　2024年度', null, null, unit]);
  for (const h of header) ws.addRow(h);
  for (const b of body) ws.addRow(b);
  ws.addRow(['注：本表反映部门本年度的情况。']);
  return ws;
}

async function published(unit = '单位：万元', bad = false): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  sheet(
    wb,
    '表1',
    '收入支出决算总表',
    unit,
    [
      ['收入', null, '支出', null],
      ['项目', '决算数', '项目', '决算数'],
    ],
    [
      ['一、一般公共预算财政拨款收入', '1,000.00', '一、一般公共服务支出', '1,010.00'],
      ['二、政府性基金预算财政拨款收入', null, null, null],
      ['本年收入合计', '1,000.00', '本年支出合计', '1,010.00'],
      ['年初结转和结余', 20, '年末结转和结余', 10],
      ['总计', '1,020.00', '总计', bad ? '壹仟' : '1,020.00'],
    ],
  );
  sheet(
    wb,
    '表3',
    '支出决算表',
    unit,
    [
      ['项目', null, '本年支出合计', '基本支出', '项目支出'],
      ['功能分类科目编码', '科目名称', null, null, null],
    ],
    [
      ['合计', null, 1010, 610, 400],
      [201, '一般公共服务支出', 1010, 610, 400],
      [20126, '档案事务', 1010, 610, 400],
      [2012601, '行政运行', 610, 610, null],
      [2012698, '档案数字化专项', 400, null, 400],
    ],
  );
  sheet(
    wb,
    '表4',
    '财政拨款收入支出决算总表',
    unit,
    [
      ['收入', null, '支出', null, null, null, null],
      [
        '项目',
        '决算数',
        '项目',
        '合计',
        '一般公共预算财政拨款',
        '政府性基金预算财政拨款',
        '国有资本经营预算财政拨款',
      ],
    ],
    [
      ['一、一般公共预算财政拨款', '1,000.00', '一、一般公共服务支出', 1010, 1010, null, null],
      ['本年收入合计', 1000, '本年支出合计', 1010, 1010, 0, 0],
      ['年初财政拨款结转和结余', 20, '年末财政拨款结转和结余', 10, 10, 0, 0],
      ['一、一般公共预算财政拨款', 20, null, null, null, null, null],
      ['总计', 1020, '总计', 1020, null, null, null],
    ],
  );
  sheet(
    wb,
    '表5',
    '一般公共预算财政拨款支出决算表',
    unit,
    [
      ['项目', null, '合计', '基本支出', '项目支出'],
      ['功能分类科目编码', '科目名称', null, null, null],
    ],
    [
      ['201', '一般公共服务支出', '1,010.00', '610.00', '400.00'],
      ['20126', '档案事务', '1,010.00', '610.00', '400.00'],
      ['2012601', '行政运行', '610.00', '610.00', null],
      ['2012698', '档案数字化专项', '400.00', null, '400.00'],
      ['合计', null, '1,010.00', '610.00', '400.00'],
    ],
  );
  sheet(
    wb,
    '表7',
    '财政拨款“三公”经费支出决算表',
    unit,
    [
      ['财政拨款“三公”经费'],
      [
        '合计',
        null,
        '因公出国（境）费',
        null,
        '公务用车购置及运行维护费',
        null,
        null,
        null,
        null,
        null,
        '公务接待费',
      ],
      [null, null, null, null, '小计', null, '公务用车购置费', null, '公务用车运行维护费', null, null],
      [
        '预算数',
        '决算数',
        '预算数',
        '决算数',
        '预算数',
        '决算数',
        '预算数',
        '决算数',
        '预算数',
        '决算数',
        '预算数',
        '决算数',
      ],
    ],
    [[5, 3.2, 0, 0, 4, 3, 0, 0, 4, 3, 1, 0.2]],
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('reading a published 9-table 附表', () => {
  it('recognises the layout and reads the tables, 万元 kept as given', async () => {
    const bytes = await published();
    expect(await isPublicTablesWorkbook(bytes)).toBe(true);
    const r = await readPublicTablesWorkbook(bytes);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const fa = r.value;
    expect(r.amountUnit).toBe('万元');
    expect(fa.amountUnit).toBe('万元');
    expect(fa.unit.name).toBe('上海市西岸区档案局');
    expect(fa.year).toBe(2024);
    expect(fa.current.summary.income.generalBudgetAppropriation).toBe('10000000.00');
    expect(fa.current.summary.grandTotalExpenditure).toBe('10200000.00');
    expect(fa.current.summary.expenditure).toMatchObject({ basic: '6100000.00', project: '4000000.00' });
    expect(fa.current.generalByFunction.map((x) => x.code)).toEqual(['201', '20126', '2012601', '2012698']);
    // An unknown 项 keeps the name it was printed with; the 预算数, absent from the table, is the 决算数.
    expect(fa.current.generalByFunction.find((x) => x.code === '2012698')).toMatchObject({
      name: '档案数字化专项',
      budget: '4000000.00',
    });
    expect(r.warnings.map((w) => w.message).join()).toContain('没有预算数列');
    expect(fa.current.expenditureByFunction?.find((x) => x.code === '2012601')?.total).toBe('6100000.00');
    expect(fa.current.fiscal.carryForwardStartBy).toEqual({
      general: '200000.00',
      fund: '0.00',
      capital: '0.00',
    });
    expect(fa.current.fiscalByFunction).toEqual([
      { code: '201', total: '10100000.00', general: '10100000.00' },
    ]);
    expect(fa.current.threePublic.actual).toMatchObject({ total: '32000.00', vehicleOperation: '30000.00' });
    expect(r.cells['general/2012601/actual']).toEqual({ sheet: '表5', cell: 'C7' });
    // Balanced as typed; only the 基本支出 table, not in this workbook, disagrees with 基本支出 of table 5.
    expect(checkFinalAccounts(fa).map((v) => v.ruleId)).toEqual(['X-basic']);
  });

  it('reads 元 when the sheets say so', async () => {
    const r = await readPublicTablesWorkbook(await published('单位：元'));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.amountUnit).toBe('元');
    expect(r.value.current.summary.income.total).toBe('1000.00');
  });

  it('names the sheet and cell of an amount that is not one', async () => {
    const r = await readPublicTablesWorkbook(await published('单位：万元', true));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      { sheet: '表1', cell: 'D9', message: '工作表“表1”单元格D9：“壹仟”不是金额' },
    ]);
  });

  it('refuses a workbook without the 收入支出决算总表', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('其他');
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    expect(await isPublicTablesWorkbook(bytes)).toBe(false);
    const r = await readPublicTablesWorkbook(bytes);
    expect(r.ok).toBe(false);
  });
});
