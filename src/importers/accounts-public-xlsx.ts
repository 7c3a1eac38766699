/**
 * Reads the nine tables of the national 部门决算 set from an XLSX in the layout of a published 附表 —
 * one sheet per table (收入支出决算总表 … 国有资本经营预算财政拨款收入支出决算表), headers as in the reference
 * template, amounts in 万元 (or 元, as the sheet's "单位：" says) — into a FinalAccounts. Our own export
 * (src/documents/accounts/public-workbook.ts) reads back to the same tables.
 *
 * Columns are found by their header text, rows by their label or 科目编码, so a published workbook with
 * other widths, extra blank rows or merged headers reads too. Figures typed in 万元 are kept as given
 * (amountUnit '万元'; stored exactly in 元) and the 审核公式 then compare rounding-aware. What the nine
 * tables do not hold (预算数 of the 项, the 三公 counts, 政府采购, 资产, texts, last year's figures) is taken
 * from `base`, the document the import goes into, when given.
 *
 * 科目 names are read against `edition` — the catalogue of the organisation's region (the one its
 * administrators imported for that region and year, src/features/catalogue), passed in by the feature or
 * the command line; the national data file of the year only when none is given. A row whose printed name
 * is the edition's own name for its code stores no name; any other printed name is kept.
 *
 * Every problem names its sheet and cell; `cells` maps each balance-rule cell ("income/2070101/total")
 * to the sheet and cell it came from, so a preview can put each 审核公式 violation on its cell.
 */
import ExcelJS from 'exceljs';
import {
  PUBLIC_TABLE_TITLES,
  blankFinalAccounts,
  readFinalAccounts,
  subjectsFor,
  type CatalogEdition,
  type FinalAccounts,
  type PublicTableId,
} from '../domain/accounts/index.ts';
import { dec, toYuan } from '../domain/money/index.ts';
import { excelNumber } from './spreadsheet-cells.ts';

export type PublicImportProblem = { sheet: string; cell: string; message: string };
export type PublicImportResult =
  | {
      ok: true;
      value: FinalAccounts;
      amountUnit: '元' | '万元';
      /** Non-blocking notes (e.g. 预算数 taken from the existing document). */
      warnings: PublicImportProblem[];
      /** Balance-rule cell → where it was read. */
      cells: Record<string, { sheet: string; cell: string }>;
    }
  | { ok: false; problems: PublicImportProblem[] };

type Raw = ExcelJS.CellValue;

const colLetter = (col: number): string => {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
};
const addr = (row: number, col: number) => `${colLetter(col)}${row}`;

function plain(v: Raw): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    if ('result' in v) return plain((v as { result: Raw }).result);
    if ('richText' in v) return (v as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
    if ('text' in v) return String((v as { text: unknown }).text);
  }
  return null;
}
const text = (v: Raw): string =>
  String(plain(v) ?? '')
    .replace(/\s+/g, '')
    .trim();

/** Whether a sheet is one of the nine tables (by sheet name or title cell). */
export function publicTableOf(ws: ExcelJS.Worksheet): PublicTableId | null {
  const candidates = [ws.name, text(ws.getCell(1, 1).value), text(ws.getCell(2, 1).value)].map((s) =>
    s.replace(/[“”"]/g, ''),
  );
  // Longest titles first: 一般公共预算财政拨款基本支出决算表 before 一般公共预算财政拨款支出决算表.
  const entries = (Object.entries(PUBLIC_TABLE_TITLES) as [PublicTableId, string][]).sort(
    (a, b) => b[1].length - a[1].length,
  );
  for (const c of candidates)
    for (const [id, title] of entries) {
      const t = title.replace(/[“”"]/g, '');
      if (c.includes(t) || (id === 'threePublic' && /三公经费/.test(c))) return id;
    }
  return null;
}

/** Whether the workbook looks like a published 9-table 附表 (at least the 收入支出决算总表 and 财政拨款 table). */
export async function isPublicTablesWorkbook(data: Uint8Array): Promise<boolean> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  } catch {
    return false;
  }
  const ids = new Set(wb.worksheets.map(publicTableOf));
  return ids.has('summary') && ids.has('fiscal') && !wb.getWorksheet('基本信息');
}

interface Sheet {
  ws: ExcelJS.Worksheet;
  name: string;
  unit: '元' | '万元';
  /** Header text per column (all header rows joined). */
  headers: string[];
  /** First body row. */
  body: number;
  last: number;
}

const NUMERIC = /^-?[\d,]+(\.\d+)?$/;

function layout(ws: ExcelJS.Worksheet): Sheet {
  let unit: '元' | '万元' = '万元';
  const last = ws.rowCount;
  const cols = Math.max(ws.columnCount, 1);
  for (let r = 1; r <= Math.min(6, last); r++)
    for (let c = 1; c <= cols; c++) {
      const t = text(ws.getCell(r, c).value);
      const m = /单位[:：](万元|元)/.exec(t);
      if (m) unit = m[1] as '元' | '万元';
    }
  // Header rows: from the first row holding 项目 / 收入 / 支出 / 科目 / 合计(三公) to the row before the first
  // row with a number or a 科目 code.
  let start = 0;
  for (let r = 1; r <= last && !start; r++)
    for (let c = 1; c <= cols; c++) {
      const t = text(ws.getCell(r, c).value);
      if (
        /^(项目|收入|支出|科目编码|功能分类科目编码|经济分类科目编码|财政拨款三公经费|财政拨款“三公”经费|合计)$/.test(
          t,
        )
      ) {
        start = r;
        break;
      }
    }
  if (!start) start = 4;
  let body = start + 1;
  for (let r = start + 1; r <= last; r++) {
    let isBody = false;
    for (let c = 1; c <= cols; c++) {
      const cell = ws.getCell(r, c);
      const v = plain(cell.value);
      if (cell.isMerged && cell.master.address !== cell.address) continue;
      if (typeof v === 'number' || (typeof v === 'string' && NUMERIC.test(v.replace(/[\s,，]/g, '')))) {
        isBody = true;
        break;
      }
    }
    if (isBody) {
      body = r;
      break;
    }
    body = r + 1;
  }
  const headers: string[] = [];
  for (let c = 1; c <= cols; c++) {
    const parts: string[] = [];
    for (let r = start; r < body; r++) {
      const cell = ws.getCell(r, c);
      const t = text(cell.isMerged ? cell.master.value : cell.value);
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    headers.push(parts.join('/'));
  }
  return { ws, name: ws.name, unit, headers, body, last };
}

export async function readPublicTablesWorkbook(
  data: Uint8Array,
  base?: FinalAccounts,
  edition?: CatalogEdition,
): Promise<PublicImportResult> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  } catch {
    return {
      ok: false,
      problems: [{ sheet: '', cell: '', message: '文件不是有效的 Excel 工作簿（.xlsx）。' }],
    };
  }
  const problems: PublicImportProblem[] = [];
  const warnings: PublicImportProblem[] = [];
  const cells: Record<string, { sheet: string; cell: string }> = {};
  const sheets = new Map<PublicTableId, Sheet>();
  for (const ws of wb.worksheets) {
    const id = publicTableOf(ws);
    if (id && !sheets.has(id)) sheets.set(id, layout(ws));
  }
  for (const id of ['summary', 'fiscal', 'general'] as const)
    if (!sheets.has(id))
      problems.push({
        sheet: PUBLIC_TABLE_TITLES[id],
        cell: '',
        message: `缺少工作表“${PUBLIC_TABLE_TITLES[id]}”。`,
      });
  if (problems.length) return { ok: false, problems };

  const units = new Set([...sheets.values()].map((s) => s.unit));
  const amountUnit: '元' | '万元' = units.has('万元') ? '万元' : '元';

  const fa: FinalAccounts = structuredClone(
    base ?? blankFinalAccounts({ name: '—' }, new Date().getFullYear() - 1),
  );
  if (!base) {
    // "编制单位：上海市XX局  2024年度" under the title of our export and of most published 附表.
    const s = sheets.get('summary')!;
    for (let r = 1; r < s.body; r++)
      for (let ci = 1; ci <= s.headers.length; ci++) {
        const m = /编制单位[:：](.+?)(\d{4})年度?/.exec(text(s.ws.getCell(r, ci).value));
        if (m) {
          fa.unit.name = m[1]!.trim();
          fa.year = Number(m[2]);
        }
      }
  }
  const subjects = subjectsFor(fa, edition);
  const c = fa.current;

  /** An amount cell as 元 text, undefined when blank; records a problem when it is not a number. */
  const amount = (s: Sheet, row: number, col: number, cellKey?: string): string | undefined => {
    if (col < 1) return undefined;
    const cell = s.ws.getCell(row, col);
    // A slot covered by a merged cell (the 注 line, a spanning label) holds no amount of its own.
    if (cell.isMerged && cell.master.address !== cell.address) return undefined;
    const v = plain(cell.value);
    if (v === null || (typeof v === 'string' && /^[\s\-—–]*$/.test(v))) return undefined;
    if (typeof v === 'string' && /^(注|说明)[:：]/.test(v.trim())) return undefined;
    const t = typeof v === 'number' ? excelNumber(v) : v.replace(/[,\s，]/g, '');
    if (!NUMERIC.test(t)) {
      problems.push({
        sheet: s.name,
        cell: addr(row, col),
        message: `工作表“${s.name}”单元格${addr(row, col)}：“${String(v)}”不是金额`,
      });
      return undefined;
    }
    const d = dec(t);
    if (s.unit === '万元' && d.decimalPlaces() > 2)
      warnings.push({
        sheet: s.name,
        cell: addr(row, col),
        message: `工作表“${s.name}”单元格${addr(row, col)}：${t}万元超过两位小数，已四舍五入到0.01万元`,
      });
    const yuan = s.unit === '万元' ? toYuan(d.toDecimalPlaces(2, 4), '万元') : d;
    if (cellKey) cells[cellKey] = { sheet: s.name, cell: addr(row, col) };
    return yuan.toFixed(2);
  };
  const col = (s: Sheet, re: RegExp, from = 1): number => {
    for (let i = from; i <= s.headers.length; i++) if (re.test(s.headers[i - 1]!)) return i;
    return -1;
  };
  const codeOf = (v: Raw): string | null => {
    const t = text(v);
    return /^\d{3}(\d{2}){0,2}$/.test(t) ? t : null;
  };
  const label = (s: Sheet, r: number, cIdx: number): string => {
    const cell = s.ws.getCell(r, cIdx);
    if (cell.isMerged && cell.master.address !== cell.address) return '';
    const t = text(cell.value);
    return /^(注|说明)[:：]/.test(t) ? '' : t.replace(/^[一二三四五六七八九十]+、/, '');
  };
  /** The catalogue's own name of a code (not one the document brought in). */
  const known = (code: string): string | undefined => {
    const f = subjects.functions.get(code) as { name: string; fromDocument?: boolean } | undefined;
    return f && !f.fromDocument ? f.name : undefined;
  };
  /** A 类 code from a printed 类 name ("文化旅游体育与传媒支出"). */
  const classCode = (name: string): string | undefined =>
    [...subjects.functions.values()].find(
      (f) => f.code.length === 3 && (f.name === name || `${f.name}支出` === name),
    )?.code;

  // 1 收入支出决算总表
  {
    const s = sheets.get('summary')!;
    const inc = c.summary.income;
    const map: Record<string, (v: string | undefined, r: number, col: number) => void> = {
      一般公共预算财政拨款收入: (v) => v && (inc.generalBudgetAppropriation = v),
      政府性基金预算财政拨款收入: (v) => v && (inc.governmentFundAppropriation = v),
      国有资本经营预算财政拨款收入: (v) => v && (inc.stateCapitalAppropriation = v),
      上级补助收入: (v) => v && (inc.superiorSubsidy = v),
      事业收入: (v) => v && (inc.businessIncome = v),
      经营收入: (v) => v && (inc.operatingIncome = v),
      附属单位上缴收入: (v) => v && (inc.subordinateRemittance = v),
      其他收入: (v) => v && (inc.otherIncome = v),
      本年收入合计: (v) => v && (inc.total = v),
      使用非财政拨款结余: (v) => v && (c.summary.reserveUsed = v),
      用事业基金弥补收支差额: (v) => v && (c.summary.reserveUsed = v),
      年初结转和结余: (v) => v && (c.summary.carryForwardStart = v),
      总计: (v) => v && (c.summary.grandTotalIncome = v),
    };
    const right: Record<string, (v: string | undefined) => void> = {
      本年支出合计: (v) => v && (c.summary.expenditure.total = v),
      结余分配: (v) => v && (c.summary.surplusDistribution = v),
      年末结转和结余: (v) => v && (c.summary.carryForwardEnd = v),
      总计: (v) => v && (c.summary.grandTotalExpenditure = v),
      基本支出: (v) => v && (c.summary.expenditure.basic = v),
      项目支出: (v) => v && (c.summary.expenditure.project = v),
      上缴上级支出: (v) => v && (c.summary.expenditure.remitToSuperior = v),
      经营支出: (v) => v && (c.summary.expenditure.operating = v),
      对附属单位补助支出: (v) => v && (c.summary.expenditure.subsidyToSubordinates = v),
    };
    const keys: Record<string, string> = {
      一般公共预算财政拨款收入: 'income.generalBudgetAppropriation',
      本年收入合计: 'income.total',
      总计: 'grandTotalIncome',
      年初结转和结余: 'carryForwardStart',
    };
    for (let r = s.body; r <= s.last; r++) {
      const l = label(s, r, 1);
      if (map[l]) map[l](amount(s, r, 2, keys[l] ? `summary/${keys[l]}/amount` : undefined), r, 2);
      const rl = label(s, r, 3);
      if (right[rl])
        right[rl](amount(s, r, 4, rl === '总计' ? 'summary/grandTotalExpenditure/amount' : undefined));
    }
  }

  // 2 收入决算表, 3 支出决算表: 合计 row and 科目 rows
  const rowsOf = (
    id: 'income' | 'expenditure',
    columns: [string, RegExp][],
  ): { total?: Record<string, string | undefined>; rows: Record<string, string | undefined>[] } => {
    const s = sheets.get(id);
    if (!s) return { rows: [] };
    const codeCol = Math.max(1, col(s, /编码/));
    const nameCol = col(s, /科目名称/);
    const at = columns.map(([k, re]) => [k, col(s, re)] as const);
    const rows: Record<string, string | undefined>[] = [];
    let total: Record<string, string | undefined> | undefined;
    for (let r = s.body; r <= s.last; r++) {
      const code = codeOf(s.ws.getCell(r, codeCol).value);
      const first = text(s.ws.getCell(r, 1).value);
      if (!code && first !== '合计') continue;
      const rec: Record<string, string | undefined> = {};
      for (const [k, ci] of at) rec[k] = amount(s, r, ci, code ? `${id}/${code}/${k}` : undefined);
      if (!code) total = rec;
      else {
        rec.code = code;
        const printed = nameCol > 0 ? text(s.ws.getCell(r, nameCol).value) : '';
        if (printed && printed !== known(code)) rec.name = printed;
        rows.push(rec);
      }
    }
    return { total, rows };
  };
  {
    const r = rowsOf('income', [
      ['total', /本年收入合计/],
      ['fiscal', /财政拨款收入/],
      ['superiorSubsidy', /上级补助收入/],
      ['businessIncome', /事业收入/],
      ['operatingIncome', /经营收入/],
      ['subordinateRemittance', /附属单位上缴收入/],
      ['otherIncome', /其他收入/],
    ]);
    if (r.rows.length)
      c.incomeByFunction = r.rows.map((x) => ({
        ...(x as { code: string }),
        total: x.total ?? '0.00',
      })) as NonNullable<typeof c.incomeByFunction>;
  }
  {
    const r = rowsOf('expenditure', [
      ['total', /本年支出合计/],
      ['basic', /基本支出/],
      ['project', /项目支出/],
      ['remitToSuperior', /上缴上级支出/],
      ['operating', /^(?!.*附属).*经营支出/],
      ['subsidyToSubordinates', /对附属单位补助支出/],
    ]);
    if (r.rows.length)
      c.expenditureByFunction = r.rows.map((x) => ({
        ...(x as { code: string }),
        total: x.total ?? '0.00',
      })) as NonNullable<typeof c.expenditureByFunction>;
    if (r.total) {
      const e = c.summary.expenditure;
      e.basic = r.total.basic ?? e.basic;
      e.project = r.total.project ?? e.project;
      e.remitToSuperior = r.total.remitToSuperior ?? e.remitToSuperior;
      e.operating = r.total.operating ?? e.operating;
      e.subsidyToSubordinates = r.total.subsidyToSubordinates ?? e.subsidyToSubordinates;
    }
  }

  // 4 财政拨款收入支出决算总表
  {
    const s = sheets.get('fiscal')!;
    const f = c.fiscal;
    const cTotal = col(s, /合计/, 4);
    const cGen = col(s, /一般公共预算/, 4);
    const cFund = col(s, /政府性基金/, 4);
    const cCap = col(s, /国有资本/, 4);
    let afterStart = false;
    const startBy = { general: '0.00', fund: '0.00', capital: '0.00' };
    const endBy = { general: '0.00', fund: '0.00', capital: '0.00' };
    let hasBy = false;
    const byRows: NonNullable<typeof c.fiscalByFunction> = [];
    for (let r = s.body; r <= s.last; r++) {
      const l = label(s, r, 1);
      const v = amount(s, r, 2);
      if (l === '年初财政拨款结转和结余') {
        afterStart = true;
        if (v) f.carryForwardStart = v;
      } else if (/^一般公共预算财政拨款(收入)?$/.test(l)) {
        if (afterStart) {
          if (v) {
            startBy.general = v;
            hasBy = true;
          }
        } else if (v) f.incomeGeneral = v;
      } else if (/^政府性基金预算财政拨款(收入)?$/.test(l)) {
        if (afterStart) {
          if (v) {
            startBy.fund = v;
            hasBy = true;
          }
        } else if (v) f.incomeFund = v;
      } else if (/^国有资本经营预算财政拨款(收入)?$/.test(l)) {
        if (afterStart) {
          if (v) {
            startBy.capital = v;
            hasBy = true;
          }
        } else if (v) f.incomeStateCapital = v;
      } else if (l === '总计' && v) f.grandTotalIncome = v;
      const rl = label(s, r, 3);
      if (!rl) continue;
      if (rl === '本年支出合计') {
        f.expenditureGeneral = amount(s, r, cGen) ?? f.expenditureGeneral;
        f.expenditureFund = amount(s, r, cFund) ?? f.expenditureFund;
        f.expenditureStateCapital = amount(s, r, cCap) ?? f.expenditureStateCapital;
      } else if (rl === '年末财政拨款结转和结余') {
        f.carryForwardEnd = amount(s, r, cTotal) ?? f.carryForwardEnd;
        const g = amount(s, r, cGen);
        const fu = amount(s, r, cFund);
        const ca = amount(s, r, cCap);
        if (g || fu || ca) {
          hasBy = true;
          endBy.general = g ?? '0.00';
          endBy.fund = fu ?? '0.00';
          endBy.capital = ca ?? '0.00';
        }
      } else if (rl === '总计') f.grandTotalExpenditure = amount(s, r, cTotal) ?? f.grandTotalExpenditure;
      else {
        const code = classCode(rl);
        if (!code) {
          warnings.push({
            sheet: s.name,
            cell: addr(r, 3),
            message: `工作表“${s.name}”单元格${addr(r, 3)}：“${rl}”不是科目表中的类名称，该行未读入`,
          });
          continue;
        }
        byRows.push({
          code,
          total: amount(s, r, cTotal, `fiscal/fn.${code}/total`) ?? '0.00',
          general: amount(s, r, cGen, `fiscal/fn.${code}/general`),
          fund: amount(s, r, cFund, `fiscal/fn.${code}/fund`),
          capital: amount(s, r, cCap, `fiscal/fn.${code}/capital`),
        });
      }
    }
    if (byRows.length) c.fiscalByFunction = byRows;
    if (hasBy) {
      f.carryForwardStartBy = startBy;
      f.carryForwardEndBy = endBy;
    }
  }

  // 5 一般公共预算财政拨款支出决算表
  {
    const s = sheets.get('general')!;
    const codeCol = Math.max(1, col(s, /编码/));
    const nameCol = col(s, /科目名称/);
    const cActual =
      col(s, /^(项目\/)?(合计|决算数(\/合计)?)$/, 3) > 0
        ? col(s, /^(项目\/)?(合计|决算数(\/合计)?)$/, 3)
        : col(s, /合计|决算数/, 3);
    const cBudget = col(s, /预算数/);
    const cBasic = col(s, /基本支出/);
    const cProject = col(s, /项目支出/);
    const before = new Map((base?.current.generalByFunction ?? []).map((r) => [r.code, r]));
    const rows: typeof c.generalByFunction = [];
    let budgetFromBase = 0;
    for (let r = s.body; r <= s.last; r++) {
      const code = codeOf(s.ws.getCell(r, codeCol).value);
      if (!code) continue;
      const actual = amount(s, r, cActual, `general/${code}/actual`) ?? '0.00';
      let budget = cBudget > 0 ? amount(s, r, cBudget, `general/${code}/budget`) : undefined;
      const prior = before.get(code);
      if (budget === undefined) {
        budget = prior?.budget ?? actual;
        budgetFromBase++;
      }
      const printed = nameCol > 0 ? text(s.ws.getCell(r, nameCol).value) : '';
      rows.push({
        code,
        budget,
        actual,
        ...(cBasic > 0 && amount(s, r, cBasic) !== undefined
          ? { basic: amount(s, r, cBasic, `general/${code}/basic`)! }
          : {}),
        ...(cProject > 0 && amount(s, r, cProject) !== undefined
          ? { project: amount(s, r, cProject, `general/${code}/project`)! }
          : {}),
        ...(prior?.reason ? { reason: prior.reason } : {}),
        ...(prior?.purpose ? { purpose: prior.purpose } : {}),
        ...(printed && printed !== known(code) ? { name: printed } : {}),
      });
    }
    c.generalByFunction = rows;
    if (budgetFromBase)
      warnings.push({
        sheet: s.name,
        cell: '',
        message: base
          ? `工作表“${s.name}”没有预算数列：${budgetFromBase}个科目的预算数沿用原有数据（新科目按决算数填入），请在表单中核对。`
          : `工作表“${s.name}”没有预算数列：预算数暂按决算数填入，请在表单中核对。`,
      });
  }

  // 6 基本支出 by 经济分类: two sides of (编码, 名称, 决算数)
  {
    const s = sheets.get('basic');
    if (s) {
      const items: typeof c.basicByEconomic.items = [];
      const width = s.headers.length;
      const sides = width >= 6 ? [1, 4] : [1];
      for (let r = s.body; r <= s.last; r++)
        for (const c0 of sides) {
          const code = codeOf(s.ws.getCell(r, c0).value);
          const lab = text(s.ws.getCell(r, c0).value) || text(s.ws.getCell(r, c0 + 1).value);
          if (code) {
            const v = amount(s, r, c0 + 2, `basic/${code}/amount`);
            if (v !== undefined) items.push({ code, amount: v });
          } else if (/人员经费合计/.test(lab)) {
            const v = amount(s, r, c0 + 2, 'basic/personnel/amount');
            if (v) c.basicByEconomic.personnel = v;
          } else if (/公用经费合计/.test(lab)) {
            const v = amount(s, r, c0 + 2, 'basic/publicUse/amount');
            if (v) c.basicByEconomic.publicUse = v;
          }
        }
      c.basicByEconomic.items = items.sort((a, b) => a.code.localeCompare(b.code));
      c.basicByEconomic.total = dec(c.basicByEconomic.personnel).plus(c.basicByEconomic.publicUse).toFixed(2);
    }
  }

  // 7 三公: the first row with numbers, 预算数/决算数 pairs in the national order
  {
    const s = sheets.get('threePublic');
    if (s) {
      const keys = [
        'total',
        'abroad',
        'vehicle',
        'vehiclePurchase',
        'vehicleOperation',
        'reception',
      ] as const;
      for (let r = s.body; r <= s.last; r++) {
        const nums: (string | undefined)[] = [];
        for (let ci = 1; ci <= 12; ci++) nums.push(amount(s, r, ci, undefined));
        if (nums.every((x) => x === undefined)) continue;
        const tp = c.threePublic;
        keys.forEach((k, i) => {
          tp.budget[k] = nums[2 * i] ?? '0.00';
          tp.actual[k] = nums[2 * i + 1] ?? '0.00';
          cells[`threePublic/${k}/budget`] = { sheet: s.name, cell: addr(r, 2 * i + 1) };
          cells[`threePublic/${k}/actual`] = { sheet: s.name, cell: addr(r, 2 * i + 2) };
        });
        // 国内 / 外事 接待 are not in the table: keep the split of `base` when it still adds up.
        for (const side of ['budget', 'actual'] as const) {
          const x = tp[side];
          if (!dec(x.receptionDomestic).plus(x.receptionForeign).eq(dec(x.reception))) {
            x.receptionDomestic = x.reception;
            x.receptionForeign = '0.00';
          }
        }
        break;
      }
    }
  }

  // 8, 9 政府性基金 / 国有资本经营
  for (const id of ['fund', 'capital'] as const) {
    const s = sheets.get(id);
    if (!s) continue;
    const f = id === 'fund' ? c.governmentFund : c.stateCapital;
    const codeCol = Math.max(1, col(s, /编码/));
    const nameCol = col(s, /科目名称/);
    const at = {
      carryForwardStart: col(s, /年初/),
      income: col(s, /本年收入/),
      expenditure: col(s, /本年支出(\/合计)?$|本年支出\/合计/),
      basic: col(s, /基本支出/),
      project: col(s, /项目支出/),
      carryForwardEnd: col(s, /年末/),
    };
    const rows: NonNullable<typeof f.rows> = [];
    const before = new Map(
      (base
        ? ((id === 'fund' ? base.current.governmentFund : base.current.stateCapital).rows ?? [])
        : []
      ).map((r) => [r.code, r]),
    );
    for (let r = s.body; r <= s.last; r++) {
      const code = codeOf(s.ws.getCell(r, codeCol).value);
      const first = text(s.ws.getCell(r, 1).value);
      if (!code && first !== '合计') continue;
      const v = Object.fromEntries(
        Object.entries(at).map(([k, ci]) => [
          k,
          amount(s, r, ci, code ? `${id}/fn.${code}/${k}` : `${id}/${k}/amount`),
        ]),
      ) as Record<keyof typeof at, string | undefined>;
      if (!code) {
        f.income = v.income ?? '0.00';
        f.expenditure = v.expenditure ?? '0.00';
        if (v.carryForwardStart !== undefined) f.carryForwardStart = v.carryForwardStart;
        if (v.basic !== undefined) f.basic = v.basic;
        if (v.project !== undefined) f.project = v.project;
        if (v.carryForwardEnd !== undefined) f.carryForwardEnd = v.carryForwardEnd;
        continue;
      }
      const printed = nameCol > 0 ? text(s.ws.getCell(r, nameCol).value) : '';
      const prior = before.get(code);
      rows.push({
        code,
        ...(printed && printed !== known(code) ? { name: printed } : {}),
        ...Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined)),
        expenditure: v.expenditure ?? '0.00',
        ...(prior?.budget ? { budget: prior.budget } : {}),
        ...(prior?.purpose ? { purpose: prior.purpose } : {}),
        ...(prior?.reason ? { reason: prior.reason } : {}),
      });
    }
    if (rows.length) f.rows = rows;
  }

  if (problems.length) return { ok: false, problems };
  const read = readFinalAccounts({ ...fa, amountUnit });
  if (!read.ok)
    return {
      ok: false,
      problems: read.problems.map((p) => ({ sheet: '', cell: '', message: `${p.path}：${p.message}` })),
    };
  return { ok: true, value: read.value, amountUnit, warnings, cells };
}
