/**
 * The 指标库 as an XLSX workbook: one row per entry under the Chinese headers of LIBRARY_COLUMNS, in the
 * order the import reads them back (export → import loses nothing), with a second sheet explaining the
 * columns and the values they take.
 */
import ExcelJS from 'exceljs';
import {
  LIBRARY_COLUMNS,
  LIBRARY_FIELD_NAMES,
  LIBRARY_LEVELS,
  libraryEntryCells,
  type LibraryEntry,
} from '../../domain/indicators/library.ts';

const WIDTHS: Record<string, number> = {
  code: 12,
  scope: 16,
  ownerCode: 14,
  industry: 12,
  level1: 12,
  level2: 16,
  name: 28,
  unit: 10,
  direction: 12,
  scoringRule: 48,
  valueNote: 40,
  active: 8,
};

const NOTES: Array<[string, string]> = [
  ['指标编码', '导入时按编码更新已有指标；留空则新建并由系统编号（GX-/BM-/HY-）。'],
  ['指标类别', '共性指标、个性指标（部门）或个性指标（行业）。'],
  ['所属部门编码', '个性指标（部门）填写所属部门的组织编码，其余留空。'],
  ['所属行业', '个性指标（行业）填写行业名称，其余留空。'],
  ['一级指标 / 二级指标', LIBRARY_LEVELS.map((l) => `${l.level1}：${l.level2.join('、')}`).join('；')],
  ['指标方向', '正向（≥）、反向（≤）、等于（=）或定性；留空时成本指标为反向，其余按指标确定。'],
  ['版本', '指标库按地区和年度分版本：导出、导入时在指标库页面选择版本，文件中的指标都属于所选版本。'],
  ['状态', '启用或停用；停用的指标不再出现在选用列表中。'],
];

export async function libraryWorkbook(entries: readonly LibraryEntry[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('指标库');
  ws.columns = LIBRARY_COLUMNS.map((c) => ({
    header: LIBRARY_FIELD_NAMES[c],
    key: c,
    width: WIDTHS[c] ?? 12,
  }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const e of entries) {
    const row = ws.addRow(libraryEntryCells(e));
    // Text cells throughout: a year or a code stays as typed.
    row.eachCell((cell) => {
      cell.numFmt = '@';
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  const help = wb.addWorksheet('填写说明');
  help.columns = [
    { header: '列', key: 'c', width: 20 },
    { header: '说明', key: 'n', width: 90 },
  ];
  help.getRow(1).font = { bold: true };
  for (const [c, n] of NOTES) help.addRow([c, n]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
