/**
 * 结果应用清单 as an Excel workbook for next year's budget preparation: 项目, 单位, 得分, 等次, 建议, 本年预算,
 * 建议预算 (万元), plus whether the supervisor confirmed or overrode the recommendation and why.
 * Amounts are written as numbers with 2 decimals from their exact decimal strings.
 */
import ExcelJS from 'exceljs';

export type RecommendationSheetRow = {
  project: string;
  unit: string;
  score: string | null;
  grade: string | null;
  recommendation: string;
  budget: string | null;
  proposedBudget: string | null;
  state: string;
  reason: string;
};

const HEADERS = [
  '序号',
  '项目',
  '单位',
  '得分',
  '等次',
  '建议',
  '本年预算（万元）',
  '建议预算（万元）',
  '确认情况',
  '调整理由',
];

export async function writeRecommendationsWorkbook(
  title: string,
  rows: readonly RecommendationSheetRow[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('结果应用清单');
  ws.mergeCells(1, 1, 1, HEADERS.length);
  const titleCell = ws.getCell(1, 1);
  titleCell.value = title;
  titleCell.font = { bold: true, size: 14 };
  titleCell.alignment = { horizontal: 'center' };
  const header = ws.getRow(2);
  HEADERS.forEach((h, i) => {
    const c = header.getCell(i + 1);
    c.value = h;
    c.font = { bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = {
      top: { style: 'thin' },
      bottom: { style: 'thin' },
      left: { style: 'thin' },
      right: { style: 'thin' },
    };
  });
  rows.forEach((r, i) => {
    const row = ws.getRow(i + 3);
    const values = [
      i + 1,
      r.project,
      r.unit,
      r.score === null ? '' : Number(r.score),
      r.grade ?? '',
      r.recommendation,
      r.budget === null ? '' : Number(r.budget),
      r.proposedBudget === null ? '' : Number(r.proposedBudget),
      r.state,
      r.reason,
    ];
    values.forEach((v, j) => {
      const c = row.getCell(j + 1);
      c.value = v;
      c.border = {
        top: { style: 'thin' },
        bottom: { style: 'thin' },
        left: { style: 'thin' },
        right: { style: 'thin' },
      };
      if (j === 3 || j === 6 || j === 7) c.numFmt = '0.00';
    });
  });
  [6, 32, 28, 8, 6, 16, 14, 14, 10, 30].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
