/**
 * Issue 13 (f): the Sichuan 附表's 收入决算表 (公开02表) lists its 科目 rows (类/款/项) when the document has
 * the 收入决算表 by 功能分类, as its 支出决算表 does; 财政拨款收入 goes to the 一般公共预算 column by the
 * 财政拨款 table's row of the same 科目 (or wholly when the unit has no 政府性基金). Without those rows the
 * sheet is as before: 合计 and shares only.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type FinalAccounts } from '../../domain/accounts/index.ts';
import { seed000 } from '../../domain/accounts/fixtures/seed000.ts';
import { renderAccountsAppendix } from './index.ts';
import { shanghaiDistrict2024 } from '../../../test/fixtures/accounts/shanghai-district.ts';

const shanghai = shanghaiDistrict2024();

async function incomeSheet(fa: FinalAccounts): Promise<string[][]> {
  const { bytes } = await renderAccountsAppendix(fa); // no template: the Sichuan 附表
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('收入决算表')!;
  const out: string[][] = [];
  ws.eachRow((row) => {
    const vals = Array.from({ length: 9 }, (_, i) => row.getCell(i + 1).value);
    out.push(vals.map((v) => (typeof v === 'number' ? v.toFixed(2) : String(v ?? ''))));
  });
  return out;
}
const wan = (yuan: string | undefined) => (Number(yuan ?? 0) / 10000).toFixed(2);

describe('Sichuan 收入决算表', () => {
  it('lists the 科目 rows of a document that has them, with their figures', async () => {
    const rows = await incomeSheet(shanghai);
    const listed = (shanghai.current.incomeByFunction ?? []).filter((r) => Number(r.total) !== 0);
    expect(listed.length).toBeGreaterThan(3);
    for (const r of listed) {
      const row = rows.find((x) => String(x[0] ?? '').startsWith(`${r.code} `));
      expect(row, r.code).toBeDefined();
      expect(row![1]).toBe(wan(r.total));
      expect(row![5]).toBe(r.businessIncome === undefined ? '' : wan(r.businessIncome)); // 事业收入
      expect(row![8]).toBe(r.otherIncome === undefined ? '' : wan(r.otherIncome)); // 其他收入
    }
    // 类 rows add up to 合计 in every column that a 类 fills (the 一般公共预算 column here).
    const total = rows.find((x) => x[0] === '合计')!;
    const classes = rows.filter((x) => /^\d{3} /.test(String(x[0] ?? '')));
    const sumCol = (i: number) => classes.reduce((a, x) => a + Number(x[i] || 0), 0).toFixed(2);
    expect(sumCol(1)).toBe(total[1]);
    expect(sumCol(2)).toBe(total[2]);
    // names come from the catalogue (the 2024 edition)
    expect(rows.map((x) => x[0])).toContain('207 文化旅游体育与传媒支出');
  });

  it('has only 合计 and shares when the document has no 科目 rows (seed 000)', async () => {
    const rows = await incomeSheet(seed000);
    expect(rows.some((x) => /^\d{3}/.test(String(x[0] ?? '')))).toBe(false);
    expect(rows.some((x) => x[0] === '合计')).toBe(true);
  });
});
