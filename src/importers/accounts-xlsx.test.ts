import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { blankFinalAccounts, canonicalAccounts } from '../domain/accounts/index.ts';
import { seed000 } from '../domain/accounts/fixtures/seed000.ts';
import { seed001 } from '../domain/accounts/fixtures/seed001.ts';
import { fieldAddresses, readAccountsWorkbook, writeAccountsWorkbook } from './accounts-xlsx.ts';

async function edit(buf: Buffer, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('final-accounts workbook', () => {
  it.each([
    ['seed 000', seed000],
    ['seed 001', seed001],
  ])('reads back exactly what it wrote (%s)', async (_name, fa) => {
    const unitScoped = canonicalAccounts({ ...fa, scope: 'unit' as const });
    const read = await readAccountsWorkbook(await writeAccountsWorkbook(unitScoped));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.value).toEqual(unitScoped);
  });

  it('names the sheet and cell of a bad amount, and of a changed row label', async () => {
    const at = fieldAddresses().get('current.summary.income.businessIncome')!;
    expect(at).toMatchObject({ sheet: '收入支出决算总表', cell: 'B7' });
    const bad = await edit(await writeAccountsWorkbook(seed000), (wb) => {
      wb.getWorksheet(at.sheet)!.getCell(at.cell).value = '12,3a';
      wb.getWorksheet('政府采购')!.getCell('A5').value = '货物';
    });
    const read = await readAccountsWorkbook(bad);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => p.message)).toEqual([
      '工作表“收入支出决算总表”单元格B7：“事业收入”的“12,3a”不是金额，应为数字（元）',
      '工作表“政府采购”单元格A5：项目名称应为“政府采购工程支出”，实际为“货物”：请勿改动模板的行，使用本系统下载的模板',
    ]);
  });

  it('converts 万元 exactly when the workbook says its amounts are in 万元, and refuses fractions of a fen', async () => {
    const at = fieldAddresses().get('current.summary.income.otherIncome')!;
    const wan = await edit(
      await writeAccountsWorkbook(blankFinalAccounts({ name: '测试单位' }, 2020)),
      (wb) => {
        wb.getWorksheet('基本信息')!.getCell('B8').value = '万元';
        wb.getWorksheet(at.sheet)!.getCell(at.cell).value = 117.7881;
      },
    );
    const read = await readAccountsWorkbook(wan);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.amountUnit).toBe('万元');
    expect(read.value.current.summary.income.otherIncome).toBe('1177881.00');

    const tooFine = await edit(
      wan,
      (wb) => (wb.getWorksheet(at.sheet)!.getCell(at.cell).value = '0.0000001'),
    );
    const refused = await readAccountsWorkbook(tooFine);
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.problems[0]!.message).toBe(
        '工作表“收入支出决算总表”单元格B10：“其他收入”的“0.0000001”万元折合0.001元，超过了两位小数（分）：以万元填写时最多六位小数',
      );
  });

  it('reads a formula’s stored result at Excel’s precision: binary noise is not a fraction of a fen', async () => {
    const at = fieldAddresses().get('current.summary.income.otherIncome')!;
    const summed = await edit(
      await writeAccountsWorkbook(blankFinalAccounts({ name: '测试单位' }, 2020)),
      (wb) =>
        (wb.getWorksheet(at.sheet)!.getCell(at.cell).value = {
          formula: 'SUM(C7:C8)',
          result: 3379.1099999999997,
        }),
    );
    const read = await readAccountsWorkbook(summed);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.value.current.summary.income.otherIncome).toBe('3379.11');

    const tooFine = await edit(
      summed,
      (wb) => (wb.getWorksheet(at.sheet)!.getCell(at.cell).value = 3379.115),
    );
    const refused = await readAccountsWorkbook(tooFine);
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.problems[0]!.message).toContain('“3379.115”元折合3379.115元，超过了两位小数');
  });

  it('keeps an unknown 科目 code with the name typed beside it (a warning on save, never a refusal)', async () => {
    const edited = await edit(await writeAccountsWorkbook(seed000), (wb) => {
      wb.getWorksheet('一般公共预算财政拨款支出')!.getCell('A5').value = '2019998';
      wb.getWorksheet('一般公共预算财政拨款支出')!.getCell('B5').value = '自定义事务';
    });
    const read = await readAccountsWorkbook(edited);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const row = read.value.current.generalByFunction.find((r) => r.code === '2019998');
    expect(row?.name).toBe('自定义事务');
    // names equal to the catalogue's are not stored (the round trip stays exact)
    expect(read.value.current.generalByFunction.filter((r) => r.name !== undefined)).toHaveLength(1);
    const again = await readAccountsWorkbook(await writeAccountsWorkbook(read.value));
    const byCode = (rows: { code: string }[]) => [...rows].sort((a, b) => a.code.localeCompare(b.code));
    expect(again.ok && again.value.current.generalByFunction).toEqual(
      byCode(read.value.current.generalByFunction),
    );
  });

  it('refuses a file that is not a workbook, and a workbook without the sheets', async () => {
    const notXlsx = await readAccountsWorkbook(Buffer.from('hello'));
    expect(notXlsx).toEqual({
      ok: false,
      problems: [
        { sheet: '', cell: '', message: '文件不是有效的 Excel 工作簿（.xlsx），请使用本系统下载的模板。' },
      ],
    });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    const other = await readAccountsWorkbook(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.problems[0]!.message).toBe('缺少工作表“基本信息”：请使用本系统下载的模板。');
  });
});
