/**
 * The exchange file as an Excel workbook: one sheet per platform table (项目, 项目资金, 绩效指标, 监控资金,
 * 监控指标, 自评结果), row 1 the platform's field names, row 2 their Chinese captions, data from row 3.
 * Amounts (元) and scores are written as numbers when a double holds them exactly (≤ 15 significant
 * digits), as text otherwise; every other cell is text, so "001" or "≥98%" stay what they were.
 */
import ExcelJS from 'exceljs';
import { SHEETS, type ExchangeRecords } from '../../domain/exchange/index.ts';

const exactAsNumber = (text: string): boolean =>
  /^-?\d+(\.\d+)?$/.test(text) && text.replace(/^-/, '').replace('.', '').replace(/^0+/, '').length <= 15;

export async function writeExchangeWorkbook(records: ExchangeRecords): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Jixiao';
  for (const def of SHEETS) {
    const ws = wb.addWorksheet(def.name, { views: [{ state: 'frozen', ySplit: 2 }] });
    ws.addRow(def.fields.map((f) => f.code));
    ws.addRow(def.fields.map((f) => (f.extension ? `${f.caption}（扩展）` : f.caption)));
    for (const r of [1, 2]) {
      ws.getRow(r).font = { bold: r === 1, color: r === 2 ? { argb: 'FF555555' } : undefined };
      ws.getRow(r).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFF3F8' } };
    }
    for (const rec of records[def.key]) {
      const row = ws.addRow(
        def.fields.map((f) => {
          const v = rec[f.code] ?? '';
          if ((f.kind === 'amount' || f.kind === 'score') && v !== '' && exactAsNumber(v)) return Number(v);
          if ((f.kind === 'year' || f.kind === 'month' || f.kind === 'int') && /^\d{1,6}$/.test(v))
            return Number(v);
          return v;
        }),
      );
      def.fields.forEach((f, i) => {
        if (f.kind === 'amount') row.getCell(i + 1).numFmt = '#,##0.00';
        else if (f.kind === 'text') row.getCell(i + 1).numFmt = '@';
      });
    }
    def.fields.forEach((f, i) => {
      ws.getColumn(i + 1).width = Math.min(40, Math.max(12, f.caption.length * 2 + 2));
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
