/**
 * The final-accounts workbook: one sheet per table, laid out from ACCOUNTS_LAYOUT (src/domain/accounts/
 * layout.ts), written as the template users download and as the export of saved data, and read back
 * into a FinalAccounts. Every problem of an import names its sheet and cell in Chinese; nothing is
 * returned unless the whole workbook reads (the caller saves it, or keeps what was saved).
 *
 * Amounts are written in 元 as numbers (so Excel can add them); the 基本信息 sheet states the unit of
 * the workbook's amounts, and a user may switch it to 万元 and type 万元 — the reader converts exactly
 * (decimal arithmetic from the cell's shortest decimal text, never binary floating point).
 */
import ExcelJS from 'exceljs';
import {
  ACCOUNTS_LAYOUT,
  AMOUNT_UNIT_LABEL,
  UNIT_KINDS,
  blankFinalAccounts,
  catalogFor,
  getPath,
  readFinalAccounts,
  setPath,
  type FinalAccounts,
  type FixedBlock,
  type LayoutField,
  type LayoutSheet,
  type ListBlock,
} from '../domain/accounts/index.ts';
import { dec, toYuan } from '../domain/money/index.ts';
import { excelNumber } from './spreadsheet-cells.ts';

export type AmountUnit = '元' | '万元';
export type ImportProblem = { sheet: string; cell: string; message: string };
export type ImportResult =
  { ok: true; value: FinalAccounts; amountUnit: AmountUnit } | { ok: false; problems: ImportProblem[] };

const TITLE_ROW = 1;
const NOTE_ROW = 2;
const FIRST_BLOCK_ROW = 3;
const AMOUNT_FORMAT = '#,##0.00';
const MAX_ROWS = 5000;

/** Header row of each block of a sheet (list blocks come last and run to the sheet's end). */
function blockRows(sheet: LayoutSheet): number[] {
  const starts: number[] = [];
  let r = FIRST_BLOCK_ROW;
  for (const block of sheet.blocks) {
    starts.push(r);
    if (block.kind === 'fixed') r += block.rows.length + 2;
  }
  return starts;
}

const colLetter = (col: number): string => {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
};
const address = (row: number, col: number) => `${colLetter(col)}${row}`;

/** Where each fixed field sits: path → sheet name and cell address (for messages and for writing). */
export function fieldAddresses(): Map<string, { sheet: string; cell: string; row: number; col: number }> {
  const out = new Map<string, { sheet: string; cell: string; row: number; col: number }>();
  for (const sheet of ACCOUNTS_LAYOUT) {
    const starts = blockRows(sheet);
    sheet.blocks.forEach((block, b) => {
      if (block.kind !== 'fixed') return;
      block.rows.forEach((row, i) => {
        row.fields.forEach((field, j) => {
          if (!field) return;
          const r = starts[b]! + 1 + i;
          out.set(field.path, { sheet: sheet.name, cell: address(r, 2 + j), row: r, col: 2 + j });
        });
      });
    });
  }
  return out;
}

const amountUnitAddress = (() => {
  const info = ACCOUNTS_LAYOUT.find((s) => s.id === 'info')!;
  const block = info.blocks[0] as FixedBlock;
  const i = block.rows.findIndex((r) => r.label === AMOUNT_UNIT_LABEL);
  return { sheet: info.name, row: blockRows(info)[0]! + 1 + i, col: 2 };
})();

// ---------------------------------------------------------------------------------------------- writing

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  row.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE7F3' } };
    c.border = {
      top: { style: 'thin' },
      bottom: { style: 'thin' },
      left: { style: 'thin' },
      right: { style: 'thin' },
    };
  });
}

function writeValue(cell: ExcelJS.Cell, field: LayoutField, value: unknown): void {
  if (field.optional && value === undefined) return;
  if (field.kind === 'yuan') {
    // A 2-decimal 元 amount below 10^13 has at most 15 significant digits: the number's shortest text
    // is exactly the decimal, so the reader gets it back unchanged.
    cell.value = Number(value ?? 0);
    cell.numFmt = AMOUNT_FORMAT;
  } else if (field.kind === 'count' || field.kind === 'year') cell.value = Number(value ?? 0);
  else cell.value = String(value ?? '');
  if (field.kind === 'unitKind')
    cell.dataValidation = { type: 'list', allowBlank: false, formulae: [`"${UNIT_KINDS.join(',')}"`] };
  if (field.kind === 'longText') cell.alignment = { wrapText: true, vertical: 'top' };
}

function listRows(fa: FinalAccounts, block: ListBlock): (string | number)[][] {
  const edition = catalogFor(fa.catalogYear ?? fa.year);
  const num = (v: string | undefined) => (v === undefined ? '' : Number(v));
  if (block.list === 'general')
    return [...fa.current.generalByFunction]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((r) => [
        r.code,
        r.name ?? edition.functions.get(r.code)?.name ?? '',
        num(r.budget),
        num(r.actual),
        num(r.basic),
        num(r.project),
        r.reason ?? '',
      ]);
  if (block.list === 'basicItems')
    return fa.current.basicByEconomic.items.map((i) => [
      i.code,
      i.name ?? edition.economic.get(i.code)?.name ?? '',
      num(i.amount),
    ]);
  return fa.current.projects.map((p) => [
    p.name,
    num(p.budget),
    num(p.actual),
    p.summary,
    p.problems,
    p.measures,
  ]);
}

const LIST_AMOUNT_COLUMNS: Record<ListBlock['list'], number[]> = {
  general: [3, 4, 5, 6],
  basicItems: [3],
  projects: [2, 3],
};
const LIST_TEXT_COLUMNS: Record<ListBlock['list'], number[]> = {
  general: [1],
  basicItems: [1],
  projects: [],
};

/** The workbook of `fa` (the template is the workbook of a blank document). Amounts in 元. */
export async function writeAccountsWorkbook(fa: FinalAccounts): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Jixiao';
  for (const sheet of ACCOUNTS_LAYOUT) {
    const ws = wb.addWorksheet(sheet.name);
    const widest = Math.max(...sheet.blocks.map((b) => b.headers.length));
    ws.getColumn(1).width = sheet.id === 'texts' || sheet.id === 'info' ? 44 : 36;
    for (let c = 2; c <= widest; c++) ws.getColumn(c).width = sheet.id === 'texts' ? 90 : 18;
    if (sheet.id === 'general') ws.getColumn(2).width = 30;
    if (sheet.id === 'general') ws.getColumn(7).width = 40;
    if (sheet.id === 'projects') [4, 5, 6].forEach((c) => (ws.getColumn(c).width = 40));
    ws.getCell(TITLE_ROW, 1).value = sheet.title;
    ws.getCell(TITLE_ROW, 1).font = { bold: true, size: 14 };
    ws.mergeCells(TITLE_ROW, 1, TITLE_ROW, Math.max(widest, 2));
    ws.getCell(NOTE_ROW, 1).value =
      sheet.id === 'info'
        ? `${fa.unit.name} ${fa.year}年度决算`
        : `金额单位：见“基本信息”工作表（导出时为元）；${sheet.blocks.some((b) => b.kind === 'list') ? '明细行可增删，' : ''}请勿改动第一列的项目名称`;
    ws.getCell(NOTE_ROW, 1).font = { color: { argb: 'FF666666' }, size: 10 };
    const starts = blockRows(sheet);
    sheet.blocks.forEach((block, b) => {
      const header = ws.getRow(starts[b]!);
      block.headers.forEach((h, i) => (header.getCell(i + 1).value = h));
      styleHeader(header);
      if (block.kind === 'fixed') {
        block.rows.forEach((row, i) => {
          const r = starts[b]! + 1 + i;
          ws.getCell(r, 1).value = row.label;
          row.fields.forEach((field, j) => {
            if (field) writeValue(ws.getCell(r, 2 + j), field, getPath(fa, field.path));
          });
          if (row.label === AMOUNT_UNIT_LABEL) {
            const cell = ws.getCell(r, 2);
            cell.value = '元';
            cell.dataValidation = { type: 'list', allowBlank: false, formulae: ['"元,万元"'] };
          }
        });
      } else {
        listRows(fa, block).forEach((values, i) => {
          const r = starts[b]! + 1 + i;
          values.forEach((v, j) => {
            const cell = ws.getCell(r, j + 1);
            cell.value = v === '' ? null : v;
            if (LIST_AMOUNT_COLUMNS[block.list].includes(j + 1)) cell.numFmt = AMOUNT_FORMAT;
            if (LIST_TEXT_COLUMNS[block.list].includes(j + 1)) cell.numFmt = '@';
          });
        });
      }
    });
    ws.views = [{ state: 'frozen', ySplit: FIRST_BLOCK_ROW }];
  }
  // Reference sheets (not read back): the 科目 a user may enter.
  const edition = catalogFor(fa.catalogYear ?? fa.year);
  const ref = wb.addWorksheet('科目表（参考）');
  ref.getColumn(1).width = 14;
  ref.getColumn(2).width = 40;
  ref.getColumn(4).width = 14;
  ref.getColumn(5).width = 30;
  ref.getRow(1).values = ['功能分类科目编码', '科目名称', '', '经济分类科目编码', '科目名称'];
  styleHeader(ref.getRow(1));
  [...edition.functions.values()].forEach((s, i) => {
    ref.getCell(i + 2, 1).value = s.code;
    ref.getCell(i + 2, 2).value = s.name;
  });
  [...edition.economic.values()].forEach((s, i) => {
    ref.getCell(i + 2, 4).value = s.code;
    ref.getCell(i + 2, 5).value = s.name;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// ---------------------------------------------------------------------------------------------- reading

type Raw = string | number | null | { error: string };

function rawValue(cell: ExcelJS.Cell): Raw {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return { error: '是日期' };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('error' in o) return { error: `是错误值 ${String(o.error)}` };
    if ('formula' in o || 'sharedFormula' in o) {
      const r = o.result as unknown;
      if (r === undefined || r === null)
        return { error: '是没有计算结果的公式（请在 Excel 中重新计算并保存）' };
      if (typeof r === 'object' && r && 'error' in r)
        return { error: `的公式结果是错误值 ${String((r as { error: unknown }).error)}` };
      return typeof r === 'number' || typeof r === 'string' ? r : String(r);
    }
    if ('richText' in o && Array.isArray(o.richText))
      return (o.richText as { text: string }[]).map((t) => t.text).join('');
    if ('text' in o) return String(o.text);
  }
  return String(v);
}

const isBlank = (v: Raw) => v === null || (typeof v === 'string' && v.trim() === '');
const show = (v: Raw) =>
  v === null ? '空' : typeof v === 'object' ? '错误值' : `“${typeof v === 'number' ? excelNumber(v) : v}”`;

/** A cell's amount in 元 (blank = 0), or a message. */
function parseAmount(v: Raw, unit: AmountUnit): { ok: true; yuan: string } | { ok: false; message: string } {
  if (isBlank(v)) return { ok: true, yuan: '0.00' };
  if (typeof v === 'object' && v !== null) return { ok: false, message: `${v.error}，应为金额` };
  const text = typeof v === 'number' ? excelNumber(v) : String(v).replace(/[\s,，]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return { ok: false, message: `${show(v)}不是金额，应为数字（${unit}）` };
  const yuan = toYuan(dec(text), unit);
  if (yuan.decimalPlaces() > 2)
    return {
      ok: false,
      message: `${show(v)}${unit}折合${yuan.toString()}元，超过了两位小数（分）${unit === '万元' ? '：以万元填写时最多六位小数' : ''}`,
    };
  return { ok: true, yuan: yuan.toFixed(2) };
}

function parseCount(v: Raw): { ok: true; n: number } | { ok: false; message: string } {
  if (isBlank(v)) return { ok: true, n: 0 };
  if (typeof v === 'object' && v !== null) return { ok: false, message: `${v.error}，应为数量` };
  const text = typeof v === 'number' ? excelNumber(v) : String(v).trim();
  if (!/^\d+$/.test(text)) return { ok: false, message: `${show(v)}不是数量，应为不小于0的整数` };
  return { ok: true, n: Number(text) };
}

const asText = (v: Raw): string => (v === null || typeof v === 'object' ? '' : String(v).trim());

/** Read a workbook in the layout of the template. */
export async function readAccountsWorkbook(data: Uint8Array): Promise<ImportResult> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  } catch {
    return {
      ok: false,
      problems: [
        { sheet: '', cell: '', message: '文件不是有效的 Excel 工作簿（.xlsx），请使用本系统下载的模板。' },
      ],
    };
  }
  const problems: ImportProblem[] = [];
  const where = new Map<string, { sheet: string; cell: string }>();
  const problem = (sheet: string, cell: string, message: string) =>
    problems.push({ sheet, cell, message: `工作表“${sheet}”单元格${cell}：${message}` });

  const sheets = new Map<string, ExcelJS.Worksheet>();
  for (const s of ACCOUNTS_LAYOUT) {
    const ws = wb.getWorksheet(s.name);
    if (!ws)
      problems.push({ sheet: s.name, cell: '', message: `缺少工作表“${s.name}”：请使用本系统下载的模板。` });
    else sheets.set(s.name, ws);
  }
  if (problems.length) return { ok: false, problems };

  const unitCell = sheets.get(amountUnitAddress.sheet)!.getCell(amountUnitAddress.row, amountUnitAddress.col);
  const unitText = asText(rawValue(unitCell)) || '元';
  let amountUnit: AmountUnit = '元';
  if (unitText === '元' || unitText === '万元') amountUnit = unitText;
  else
    problem(
      amountUnitAddress.sheet,
      address(amountUnitAddress.row, amountUnitAddress.col),
      `金额单位${show(rawValue(unitCell))}无效，应为“元”或“万元”`,
    );

  let doc: Record<string, unknown> = blankFinalAccounts({ name: '—' }, 2020) as unknown as Record<
    string,
    unknown
  >;
  const set = (path: string, value: unknown, sheet: string, cell: string) => {
    doc = setPath(doc, path, value);
    where.set(path, { sheet, cell });
  };

  for (const sheet of ACCOUNTS_LAYOUT) {
    const ws = sheets.get(sheet.name)!;
    const starts = blockRows(sheet);
    sheet.blocks.forEach((block, b) => {
      if (block.kind === 'fixed') {
        block.rows.forEach((row, i) => {
          const r = starts[b]! + 1 + i;
          const label = asText(rawValue(ws.getCell(r, 1)));
          if (label !== row.label) {
            problem(
              sheet.name,
              address(r, 1),
              `项目名称应为“${row.label}”，实际为“${label}”：请勿改动模板的行，使用本系统下载的模板`,
            );
            return;
          }
          row.fields.forEach((field, j) => {
            if (!field) return;
            const cell = ws.getCell(r, 2 + j);
            const a = address(r, 2 + j);
            const v = rawValue(cell);
            // A figure not every source gives stays absent when left blank (never read as 0).
            if (field.optional && isBlank(v)) return;
            if (field.kind === 'yuan') {
              const p = parseAmount(v, amountUnit);
              if (p.ok) set(field.path, p.yuan, sheet.name, a);
              else
                problem(
                  sheet.name,
                  a,
                  `“${row.label}”${block.headers[1 + j] && block.headers.length > 2 ? `（${block.headers[1 + j]}）` : ''}的${p.message}`,
                );
            } else if (field.kind === 'count') {
              const p = parseCount(v);
              if (p.ok) set(field.path, p.n, sheet.name, a);
              else problem(sheet.name, a, `“${row.label}”的${p.message}`);
            } else if (field.kind === 'year') {
              const p = parseCount(v);
              if (p.ok && p.n >= 2000 && p.n <= 2100) set(field.path, p.n, sheet.name, a);
              else problem(sheet.name, a, `决算年度${show(v)}无效，应为四位年份，如 2020`);
            } else if (field.kind === 'unitKind') {
              const t = asText(v);
              if ((UNIT_KINDS as readonly string[]).includes(t)) set(field.path, t, sheet.name, a);
              else problem(sheet.name, a, `单位性质${show(v)}无效，应为 ${UNIT_KINDS.join(' / ')}`);
            } else set(field.path, asText(v), sheet.name, a);
          });
        });
      } else readList(ws, sheet, block, starts[b]!, amountUnit, problem, set);
    });
  }
  if (problems.length) return { ok: false, problems };

  const parsed = readFinalAccounts(doc);
  if (!parsed.ok) {
    return {
      ok: false,
      problems: parsed.problems.map((p) => {
        const at = where.get(p.path) ?? where.get(p.path.split('.').slice(0, -1).join('.'));
        return at
          ? { ...at, message: `工作表“${at.sheet}”单元格${at.cell}：${p.message}` }
          : { sheet: '', cell: '', message: `${p.path}：${p.message}` };
      }),
    };
  }
  // A 科目 name is kept only where it is not the catalogue's (an unknown code, or a name of its own):
  // codes the edition does not hold are warned about on save, never refused.
  const edition = catalogFor(parsed.value.catalogYear ?? parsed.value.year);
  const same = (a: string, b: string | undefined) =>
    b !== undefined && a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
  for (const r of parsed.value.current.generalByFunction)
    if (r.name !== undefined && (!r.name || same(r.name, edition.functions.get(r.code)?.name))) delete r.name;
  for (const it of parsed.value.current.basicByEconomic.items)
    if (it.name !== undefined && (!it.name || same(it.name, edition.economic.get(it.code)?.name)))
      delete it.name;
  const codes = parsed.value.current.generalByFunction.map((r) => r.code);
  const dup = codes.find((c, i) => codes.indexOf(c) !== i);
  if (dup) {
    const at = where.get(`current.generalByFunction.${codes.lastIndexOf(dup)}.code`)!;
    problem(at.sheet, at.cell, `功能分类科目编码 ${dup} 重复`);
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: parsed.value, amountUnit };
}

function readList(
  ws: ExcelJS.Worksheet,
  sheet: LayoutSheet,
  block: ListBlock,
  headerRow: number,
  unit: AmountUnit,
  problem: (sheet: string, cell: string, message: string) => void,
  set: (path: string, value: unknown, sheet: string, cell: string) => void,
): void {
  block.headers.forEach((h, i) => {
    const found = asText(rawValue(ws.getCell(headerRow, i + 1)));
    if (found !== h)
      problem(
        sheet.name,
        address(headerRow, i + 1),
        `表头应为“${h}”，实际为“${found}”：请使用本系统下载的模板`,
      );
  });
  const base = {
    general: 'current.generalByFunction',
    basicItems: 'current.basicByEconomic.items',
    projects: 'current.projects',
  }[block.list];
  const items: unknown[] = [];
  const last = Math.min(ws.rowCount, headerRow + MAX_ROWS);
  for (let r = headerRow + 1; r <= last; r++) {
    const values = block.headers.map((_, i) => rawValue(ws.getCell(r, i + 1)));
    if (values.every(isBlank)) continue;
    const idx = items.length;
    const at = (col: number) => address(r, col);
    const amount = (col: number, what: string, optional = false): string | undefined => {
      const v = values[col - 1]!;
      if (optional && isBlank(v)) return undefined;
      const p = parseAmount(v, unit);
      if (p.ok) return p.yuan;
      problem(sheet.name, at(col), `${what}的${p.message}`);
      return undefined;
    };
    const code = (col: number, digits: string, what: string): string => {
      const t = asText(values[col - 1]!);
      if (!new RegExp(`^${digits}$`).test(t))
        problem(sheet.name, at(col), `${what}${show(values[col - 1]!)}无效`);
      return t;
    };
    if (block.list === 'general') {
      const c = code(1, '\\d{3}(\\d{2}(\\d{2})?)?', '功能分类科目编码（应为3、5或7位数字）');
      const row: Record<string, unknown> = {
        code: c,
        budget: amount(3, `科目${c}预算数`) ?? '0.00',
        actual: amount(4, `科目${c}决算数`) ?? '0.00',
      };
      const basic = amount(5, `科目${c}基本支出`, true);
      const project = amount(6, `科目${c}项目支出`, true);
      if (basic !== undefined) row.basic = basic;
      if (project !== undefined) row.project = project;
      const reason = asText(values[6]!);
      if (reason) row.reason = reason;
      const name = asText(values[1]!);
      if (name) row.name = name;
      items.push(row);
      set(`${base}.${idx}.code`, c, sheet.name, at(1));
      set(`${base}.${idx}.budget`, row.budget, sheet.name, at(3));
      set(`${base}.${idx}.actual`, row.actual, sheet.name, at(4));
    } else if (block.list === 'basicItems') {
      const c = code(1, '\\d{5}', '经济分类科目编码（应为5位数字）');
      const name = asText(values[1]!);
      items.push({ code: c, amount: amount(3, `科目${c}金额`) ?? '0.00', ...(name ? { name } : {}) });
      set(`${base}.${idx}.code`, c, sheet.name, at(1));
    } else {
      const name = asText(values[0]!);
      if (!name) problem(sheet.name, at(1), '项目名称不能为空');
      items.push({
        name,
        budget: amount(2, `项目“${name}”预算数`) ?? '0.00',
        actual: amount(3, `项目“${name}”执行数`) ?? '0.00',
        summary: asText(values[3]!),
        problems: asText(values[4]!),
        measures: asText(values[5]!),
      });
      set(`${base}.${idx}.name`, name, sheet.name, at(1));
    }
  }
  set(base, items, sheet.name, address(headerRow + 1, 1));
}
