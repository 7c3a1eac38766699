/**
 * The 附表 of the 决算公开 as an XLSX workbook (exceljs), one sheet per standard table: 收入支出决算总表,
 * 收入决算表, 支出决算表, 财政拨款收入支出决算总表, 一般公共预算财政拨款支出决算表, 一般公共预算财政拨款基本支出
 * 决算表, 一般公共预算财政拨款"三公"经费支出决算表, 政府性基金预算财政拨款收入支出决算表, 国有资本经营预算财政
 * 拨款支出决算表. Amounts are 万元 at 2 decimals — the same rounded figures the explanation prints (each cell
 * holds the printed value, so a reader adding cells sees what the text says); 完成预算% is an Excel formula
 * on the row's cells with the computed value cached. Headers are merged as in the national tables.
 */
import ExcelJS from 'exceljs';
import {
  EXPENDITURE_KINDS,
  EXPENDITURE_LABEL,
  INCOME_LABEL,
  INCOME_SOURCES,
  subjectsFor,
  className,
  wan,
  ECONOMIC_CLASS_NAMES,
  type AccountsTemplate,
  type CatalogEdition,
  type IncomeSource,
  type FinalAccounts,
} from '../../domain/accounts/index.ts';
import { dec, fixed, sharePercent, sum } from '../../domain/money/index.ts';
import { completionText } from './explanation-document.ts';
import { publicTablesWorkbook } from './public-workbook.ts';

export const APPENDIX_SHEETS = [
  '收入支出决算总表',
  '收入决算表',
  '支出决算表',
  '财政拨款收入支出决算总表',
  '一般公共预算财政拨款支出决算表',
  '一般公共预算财政拨款基本支出决算表',
  '“三公”经费支出决算表',
  '政府性基金预算财政拨款收入支出决算表',
  '国有资本经营预算财政拨款支出决算表',
] as const;

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const MONEY_FORMAT = '0.00';
const FONT = { name: '宋体', size: 10 };

/** A 万元 amount as a number with the printed 2 decimals (the cell shows exactly the printed figure). */
function money(yuan: string): number {
  return Number(wan(yuan));
}

type Cell = string | number | { formula: string; result: number | string } | null;

class SheetWriter {
  readonly ws: ExcelJS.Worksheet;
  row = 1;
  constructor(
    wb: ExcelJS.Workbook,
    readonly name: string,
    readonly code: string,
    readonly widths: number[],
    fa: FinalAccounts,
  ) {
    this.ws = wb.addWorksheet(name.slice(0, 31), {
      pageSetup: {
        paperSize: 9,
        orientation: widths.length > 6 ? 'landscape' : 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      },
    });
    this.ws.columns = widths.map((w) => ({ width: w }));
    const n = widths.length;
    this.ws.mergeCells(1, 1, 1, n);
    const title = this.ws.getCell(1, 1);
    title.value = name;
    title.font = { name: '黑体', size: 16 };
    title.alignment = { horizontal: 'center', vertical: 'middle' };
    this.ws.getRow(1).height = 30;
    this.ws.getCell(2, n).value = code;
    this.ws.getCell(2, n).alignment = { horizontal: 'right' };
    this.ws.getCell(2, n).font = FONT;
    this.ws.mergeCells(3, 1, 3, Math.max(1, n - 1));
    this.ws.getCell(3, 1).value = `编制单位：${fa.unit.name}\u3000\u3000${fa.year}年度`;
    this.ws.getCell(3, 1).font = FONT;
    this.ws.getCell(3, n).value = '单位：万元';
    this.ws.getCell(3, n).alignment = { horizontal: 'right' };
    this.ws.getCell(3, n).font = FONT;
    this.row = 4;
  }

  /** Header rows: each entry [text, colSpan, rowSpan] placed left to right, skipping merged slots. */
  header(rows: Array<Array<[string, number, number]>>): void {
    const taken = new Set<string>();
    rows.forEach((cells, i) => {
      const r = this.row + i;
      let c = 1;
      for (const [text, cs, rs] of cells) {
        while (taken.has(`${r}:${c}`)) c++;
        if (cs > 1 || rs > 1) this.ws.mergeCells(r, c, r + rs - 1, c + cs - 1);
        for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) taken.add(`${r + dr}:${c + dc}`);
        const cell = this.ws.getCell(r, c);
        cell.value = text;
        c += cs;
      }
      for (let col = 1; col <= this.widths.length; col++) {
        const cell = this.ws.getCell(r, col);
        cell.font = { ...FONT, bold: true };
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
        cell.border = BORDER;
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
      }
    });
    this.row += rows.length;
    this.ws.views = [{ state: 'frozen', ySplit: this.row - 1 }];
  }

  /** A body row; returns its row number. */
  line(values: Cell[], options: { bold?: boolean } = {}): number {
    const r = this.row++;
    values.forEach((v, i) => {
      const cell = this.ws.getCell(r, i + 1);
      cell.value = v;
      cell.border = BORDER;
      cell.font = { ...FONT, bold: options.bold };
      const numeric = typeof v === 'number' || (v !== null && typeof v === 'object');
      cell.alignment = { horizontal: numeric ? 'right' : 'left', vertical: 'middle', wrapText: true };
      if (numeric) cell.numFmt = MONEY_FORMAT;
    });
    return r;
  }
}

const col = (n: number): string => String.fromCharCode(64 + n);

/** 完成预算% as a formula on two cells of the row, with the computed (四舍五入) value cached. */
function completionCell(
  row: number,
  budgetCol: number,
  actualCol: number,
  actualYuan: string,
  budgetYuan: string,
): Cell {
  const text = completionText(actualYuan, budgetYuan);
  const b = `${col(budgetCol)}${row}`;
  const a = `${col(actualCol)}${row}`;
  return { formula: `IF(${b}=0,"—",ROUND(${a}/${b}*100,2))`, result: text === '—' ? '—' : Number(text) };
}

export function appendixWorkbook(fa: FinalAccounts, catalogue?: CatalogEdition): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Jixiao';
  wb.title = `${fa.unit.name}${fa.year}年度决算公开附表`;
  const c = fa.current;
  const s = c.summary;
  const f = c.fiscal;
  const tag = fa.scope === 'department' ? '部门' : '单位';

  // 1 收入支出决算总表
  {
    const w = new SheetWriter(wb, APPENDIX_SHEETS[0], '公开01表', [34, 14, 34, 14], fa);
    w.header([
      [
        ['收入', 2, 1],
        ['支出', 2, 1],
      ],
      [
        ['项目', 1, 1],
        ['决算数', 1, 1],
        ['项目', 1, 1],
        ['决算数', 1, 1],
      ],
    ]);
    const left: Array<[string, string]> = INCOME_SOURCES.map((k, i) => [
      `${'一二三四五六七'[i]}、${INCOME_LABEL[k]}`,
      s.income[k],
    ]);
    const right: Array<[string, string]> = EXPENDITURE_KINDS.map((k, i) => [
      `${'一二三四五'[i]}、${EXPENDITURE_LABEL[k]}`,
      s.expenditure[k],
    ]);
    while (right.length < left.length) right.push(['', '']);
    left.forEach(([l, lv], i) => {
      const [rl, rv] = right[i]!;
      w.line([l, money(lv), rl, rv === '' ? null : money(rv)]);
    });
    w.line(['本年收入合计', money(s.income.total), '本年支出合计', money(s.expenditure.total)], {
      bold: true,
    });
    w.line(['用事业基金弥补收支差额', money(s.reserveUsed), '结余分配', money(s.surplusDistribution)]);
    w.line(['年初结转和结余', money(s.carryForwardStart), '年末结转和结余', money(s.carryForwardEnd)]);
    w.line(['总计', money(s.grandTotalIncome), '总计', money(s.grandTotalExpenditure)], { bold: true });
  }

  // 2 收入决算表
  {
    const w = new SheetWriter(
      wb,
      APPENDIX_SHEETS[1],
      '公开02表',
      [16, 14, ...INCOME_SOURCES.map(() => 14)],
      fa,
    );
    w.header([
      [
        ['项目', 1, 1],
        ['本年收入合计', 1, 1],
        ...INCOME_SOURCES.map((k): [string, number, number] => [INCOME_LABEL[k], 1, 1]),
      ],
    ]);
    w.line(['合计', money(s.income.total), ...INCOME_SOURCES.map((k) => money(s.income[k]))], { bold: true });
    w.line([
      '占本年收入合计%',
      s.income.total === '0' ? null : 100,
      ...INCOME_SOURCES.map((k) => shareValue(s.income[k], s.income.total)),
    ]);
    // The 科目 rows (类/款/项) when the document has the 收入决算表 by 功能分类, as 03 lists its rows.
    const edition = subjectsFor(fa, catalogue);
    // 财政拨款收入 is one column of the national table; here it splits into 一般公共预算 and 政府性基金 by the
    // 类 of the 科目: a 类 the 财政拨款 table funds only from one of them takes that one; a unit without
    // 政府性基金 takes 一般公共预算; a 类 funded from both is left blank rather than guessed.
    const sourceOf = new Map<string, 'general' | 'fund' | 'both'>();
    for (const f of c.fiscalByFunction ?? []) {
      if (f.code.length !== 3) continue;
      const g = !dec(f.general ?? 0).isZero();
      const u = !dec(f.fund ?? 0).isZero() || !dec(f.capital ?? 0).isZero();
      sourceOf.set(f.code, g && u ? 'both' : u ? 'fund' : 'general');
    }
    const noFund = dec(s.income.governmentFundAppropriation).isZero();
    for (const r of [...(c.incomeByFunction ?? [])]
      .filter((x) => !dec(x.total).isZero())
      .sort((a, b) => a.code.localeCompare(b.code))) {
      const source = noFund ? 'general' : sourceOf.get(r.code.slice(0, 3));
      const split =
        r.fiscal === undefined || source === undefined || source === 'both'
          ? undefined
          : source === 'general'
            ? { general: r.fiscal, fund: '0' }
            : { general: '0', fund: r.fiscal };
      const cell: Record<IncomeSource, string | undefined> = {
        generalBudgetAppropriation: split?.general,
        governmentFundAppropriation: split?.fund,
        superiorSubsidy: r.superiorSubsidy,
        businessIncome: r.businessIncome,
        operatingIncome: r.operatingIncome,
        subordinateRemittance: r.subordinateRemittance,
        otherIncome: r.otherIncome,
      };
      w.line(
        [
          `${r.code} ${edition.functions.get(r.code)?.name ?? r.name ?? ''}`.trim(),
          money(r.total),
          ...INCOME_SOURCES.map((k) => (cell[k] === undefined ? null : money(cell[k]))),
        ],
        { bold: r.code.length === 3 },
      );
    }
  }

  // 3 支出决算表
  {
    const w = new SheetWriter(
      wb,
      APPENDIX_SHEETS[2],
      '公开03表',
      [16, 14, ...EXPENDITURE_KINDS.map(() => 14)],
      fa,
    );
    w.header([
      [
        ['项目', 1, 1],
        ['本年支出合计', 1, 1],
        ...EXPENDITURE_KINDS.map((k): [string, number, number] => [EXPENDITURE_LABEL[k], 1, 1]),
      ],
    ]);
    w.line(['合计', money(s.expenditure.total), ...EXPENDITURE_KINDS.map((k) => money(s.expenditure[k]))], {
      bold: true,
    });
    w.line([
      '占本年支出合计%',
      s.expenditure.total === '0' ? null : 100,
      ...EXPENDITURE_KINDS.map((k) => shareValue(s.expenditure[k], s.expenditure.total)),
    ]); // The 科目 rows (类/款/项) when the document has the 支出决算表 by 功能分类.
    const edition = subjectsFor(fa, catalogue);
    for (const r of [...(c.expenditureByFunction ?? [])]
      .filter((x) => !dec(x.total).isZero())
      .sort((a, b) => a.code.localeCompare(b.code)))
      w.line(
        [
          `${r.code} ${edition.functions.get(r.code)?.name ?? r.name ?? ''}`.trim(),
          money(r.total),
          ...EXPENDITURE_KINDS.map((k) => (r[k] === undefined ? null : money(r[k]))),
        ],
        { bold: r.code.length === 3 },
      );
  }

  // 4 财政拨款收入支出决算总表
  {
    const w = new SheetWriter(wb, APPENDIX_SHEETS[3], '公开04表', [34, 14, 34, 14], fa);
    w.header([
      [
        ['收入', 2, 1],
        ['支出', 2, 1],
      ],
      [
        ['项目', 1, 1],
        ['决算数', 1, 1],
        ['项目', 1, 1],
        ['决算数', 1, 1],
      ],
    ]);
    w.line([
      '一、一般公共预算财政拨款',
      money(f.incomeGeneral),
      '一、一般公共预算财政拨款支出',
      money(f.expenditureGeneral),
    ]);
    // The 类 of 一般公共预算财政拨款支出 (from the 类/款/项 table).
    const edition = subjectsFor(fa, catalogue);
    for (const r of c.generalByFunction
      .filter((x) => x.code.length === 3 && !dec(x.actual).isZero())
      .sort((a, b) => a.code.localeCompare(b.code)))
      w.line([
        null,
        null,
        `\u3000${r.code} ${edition.functions.get(r.code)?.name ?? r.name ?? r.code}`,
        money(r.actual),
      ]);
    w.line([
      '二、政府性基金预算财政拨款',
      money(f.incomeFund),
      '二、政府性基金预算财政拨款支出',
      money(f.expenditureFund),
    ]);
    w.line([
      '三、国有资本经营预算财政拨款',
      money(f.incomeStateCapital),
      '三、国有资本经营预算财政拨款支出',
      money(f.expenditureStateCapital),
    ]);
    w.line([
      '年初财政拨款结转和结余',
      money(f.carryForwardStart),
      '年末财政拨款结转和结余',
      money(f.carryForwardEnd),
    ]);
    w.line(['收入总计', money(f.grandTotalIncome), '支出总计', money(f.grandTotalExpenditure)], {
      bold: true,
    });
  }

  // 5 一般公共预算财政拨款支出决算表 (类/款/项)
  {
    const edition = subjectsFor(fa, catalogue);
    const w = new SheetWriter(wb, APPENDIX_SHEETS[4], '公开05表', [7, 7, 7, 40, 13, 13, 13, 13, 12], fa);
    w.header([
      [
        ['科目编码', 3, 1],
        ['科目名称', 1, 2],
        ['预算数', 1, 2],
        ['决算数', 3, 1],
        ['完成预算（%）', 1, 2],
      ],
      [
        ['类', 1, 1],
        ['款', 1, 1],
        ['项', 1, 1],
        ['合计', 1, 1],
        ['基本支出', 1, 1],
        ['项目支出', 1, 1],
      ],
    ]);
    const rows = c.generalByFunction
      .filter((r) => !(dec(r.actual).isZero() && dec(r.budget).isZero()))
      .sort((a, b) => a.code.localeCompare(b.code));
    for (const r of rows) {
      const level = r.code.length === 3 ? 0 : r.code.length === 5 ? 1 : 2;
      const name = edition.functions.get(r.code)?.name ?? r.code;
      const row = w.row;
      w.line(
        [
          r.code.slice(0, 3),
          r.code.length >= 5 ? r.code.slice(3, 5) : null,
          r.code.length === 7 ? r.code.slice(5, 7) : null,
          `${'　'.repeat(level)}${level === 0 ? className(name) : name}`,
          money(r.budget),
          money(r.actual),
          r.basic === undefined ? null : money(r.basic),
          r.project === undefined ? null : money(r.project),
          completionCell(row, 5, 6, r.actual, r.budget),
        ],
        { bold: level === 0 },
      );
    }
    const classes = rows.filter((r) => r.code.length === 3);
    const budget = sum(classes.map((r) => r.budget)).toString();
    // 合计 of 基本支出 / 项目支出 = Σ 类 (blank only when no 类 row states the split).
    const split = (pick: (r: (typeof rows)[number]) => string | undefined) =>
      classes.some((r) => pick(r) !== undefined)
        ? money(sum(classes.map((r) => pick(r) ?? '0')).toString())
        : null;
    const row = w.row;
    w.line(
      [
        null,
        null,
        null,
        '合计',
        money(budget),
        money(f.expenditureGeneral),
        split((r) => r.basic),
        split((r) => r.project),
        completionCell(row, 5, 6, f.expenditureGeneral, budget),
      ],
      { bold: true },
    );
    w.ws.mergeCells(row, 1, row, 3);
  }

  // 6 一般公共预算财政拨款基本支出决算表
  {
    const edition = subjectsFor(fa, catalogue);
    const b = c.basicByEconomic;
    const w = new SheetWriter(wb, APPENDIX_SHEETS[5], '公开06表', [12, 40, 16], fa);
    w.header([
      [
        ['科目编码', 1, 1],
        ['科目名称', 1, 1],
        ['决算数', 1, 1],
      ],
    ]);
    w.line([null, '合计', money(b.total)], { bold: true });
    for (const [group, label, total] of [
      ['personnel', '人员经费', b.personnel],
      ['publicUse', '公用经费', b.publicUse],
    ] as const) {
      w.line([null, label, money(total)], { bold: true });
      const mine = b.items
        .filter((i) => i.code.length === 5 && edition.economic.get(i.code)?.group === group)
        .sort((x, y) => x.code.localeCompare(y.code));
      // Each 类 (301, 302, 303, 310, …) with its subtotal, then its 款.
      for (const cls of [...new Set(mine.map((i) => i.code.slice(0, 3)))]) {
        const kuans = mine.filter((i) => i.code.startsWith(cls));
        const given = b.items.find((i) => i.code === cls);
        w.line(
          [
            cls,
            `\u3000${ECONOMIC_CLASS_NAMES[cls] ?? edition.economic.get(cls)?.name ?? cls}`,
            money(given?.amount ?? sum(kuans.map((k) => k.amount)).toString()),
          ],
          { bold: true },
        );
        for (const item of kuans)
          w.line([
            item.code,
            `\u3000\u3000${edition.economic.get(item.code)?.name ?? item.name ?? item.code}`,
            money(item.amount),
          ]);
      }
    }
  }

  // 7 "三公"经费
  {
    const tp = c.threePublic;
    const w = new SheetWriter(wb, APPENDIX_SHEETS[6], '公开07表', [30, 14, 14, 12], fa);
    w.header([
      [
        ['项目', 1, 1],
        ['预算数', 1, 1],
        ['决算数', 1, 1],
        ['完成预算（%）', 1, 1],
      ],
    ]);
    const parts: Array<[string, keyof typeof tp.budget, boolean]> = [
      ['合计', 'total', true],
      ['1.因公出国（境）费', 'abroad', false],
      ['2.公务用车购置及运行维护费', 'vehicle', false],
      ['　（1）公务用车购置费', 'vehiclePurchase', false],
      ['　（2）公务用车运行维护费', 'vehicleOperation', false],
      ['3.公务接待费', 'reception', false],
      ['　（1）国内公务接待费', 'receptionDomestic', false],
      ['　（2）外事接待费', 'receptionForeign', false],
    ];
    for (const [label, key, bold] of parts) {
      const row = w.row;
      w.line(
        [
          label,
          money(tp.budget[key]),
          money(tp.actual[key]),
          completionCell(row, 2, 3, tp.actual[key], tp.budget[key]),
        ],
        { bold },
      );
    }
  }

  // 8 政府性基金, 9 国有资本经营
  for (const [i, code, fund, name] of [
    [7, '公开08表', c.governmentFund, '政府性基金预算财政拨款'],
    [8, '公开09表', c.stateCapital, '国有资本经营预算财政拨款'],
  ] as const) {
    const w = new SheetWriter(wb, APPENDIX_SHEETS[i], code, [34, 16, 16], fa);
    w.header([
      [
        ['项目', 1, 1],
        ['本年收入', 1, 1],
        ['本年支出', 1, 1],
      ],
    ]);
    w.line([`${name}合计`, money(fund.income), money(fund.expenditure)], { bold: true });
    if (dec(fund.income).isZero() && dec(fund.expenditure).isZero()) {
      const r = w.row;
      w.line([
        `注：本${tag}${fa.year}年度无${name}收入，也没有使用${name}安排的支出，故本表无数据。`,
        null,
        null,
      ]);
      w.ws.mergeCells(r, 1, r, 3);
      w.ws.getRow(r).height = 30;
    }
  }
  return wb;
}

function shareValue(part: string, total: string): number | null {
  if (dec(total).isZero()) return null;
  const share = sharePercent(part, total);
  return share === null ? null : Number(fixed(share, 2));
}

/** The 附表 workbook as bytes. */
export async function renderAccountsAppendix(
  fa: FinalAccounts,
  options: { template?: AccountsTemplate; catalogue?: CatalogEdition } = {},
): Promise<{ bytes: Buffer; fileName: string; contentType: string }> {
  // The national templates get the nine tables in the published layout (科目 rows, 表号, 注); the Sichuan
  // ones today's workbook (预算数 and 完成预算% beside the 决算数).
  const wb =
    options.template?.style === 'national'
      ? publicTablesWorkbook(fa, {
          omitZeroRows: options.template.zeroLines === 'omit',
          ...(options.catalogue ? { catalogue: options.catalogue } : {}),
        })
      : appendixWorkbook(fa, options.catalogue);
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const name =
    `${fa.unit.name}${fa.year}年度${fa.scope === 'department' ? '部门' : '单位'}决算公开附表`.replace(
      /[\\/:*?"<>|\r\n\t]+/g,
      '_',
    );
  return {
    bytes,
    fileName: `${name}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
