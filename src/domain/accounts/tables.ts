/**
 * The nine tables of the national 部门决算 set (公开01表–公开09表) as plain data: header rows with their
 * merges, body rows of labels and 元 amounts, the 注 line. The document (第二部分 of the national template)
 * and the 附表 XLSX are both drawn from this one description, and the XLSX importer reads the same layout
 * back, so what is printed, exported and imported cannot drift. Amounts stay exact 元 here; renderers print
 * them in 万元 at 2 decimals.
 *
 * Rows by 科目 come from the optional national lists (incomeByFunction, expenditureByFunction,
 * fiscalByFunction, fund rows); a document without them (the Sichuan set) gets the rows it can derive —
 * 一般公共预算 类 rows for table 4 — and totals elsewhere.
 */
import { dec, sum } from '../money/index.ts';
import { subjectsFor, className, type CatalogEdition } from './catalog.ts';
import {
  EXPENDITURE_KINDS,
  EXPENDITURE_LABEL,
  type FinalAccounts,
  type FunctionRow,
  type FundRow,
} from './model.ts';

export type HeaderCell = { text: string; colSpan?: number; rowSpan?: number };
/** A body cell: a label, an amount in 元 ({ yuan }), or empty. */
export type BodyCell = string | { yuan: string } | null;
export type BodyRow = { cells: BodyCell[]; bold?: boolean; level?: 0 | 1 | 2 };

export const PUBLIC_TABLE_IDS = [
  'summary',
  'income',
  'expenditure',
  'fiscal',
  'general',
  'basic',
  'threePublic',
  'fund',
  'capital',
] as const;
export type PublicTableId = (typeof PUBLIC_TABLE_IDS)[number];

export interface PublicTable {
  id: PublicTableId;
  /** 公开01表 … 公开09表 */
  code: string;
  title: string;
  /** Relative column widths; their count is the grid. */
  widths: number[];
  header: HeaderCell[][];
  rows: BodyRow[];
  note: string;
}

export const PUBLIC_TABLE_TITLES: Record<PublicTableId, string> = {
  summary: '收入支出决算总表',
  income: '收入决算表',
  expenditure: '支出决算表',
  fiscal: '财政拨款收入支出决算总表',
  general: '一般公共预算财政拨款支出决算表',
  basic: '一般公共预算财政拨款基本支出决算表',
  threePublic: '财政拨款“三公”经费支出决算表',
  fund: '政府性基金预算财政拨款收入支出决算表',
  capital: '国有资本经营预算财政拨款收入支出决算表',
};

const CN = '一二三四五六七八九十';
/** 1 → 一, 11 → 十一, 24 → 二十四 (headings and table labels up to 99). */
export function chineseNumber(n: number): string {
  if (n <= 10) return n === 10 ? '十' : CN[n - 1]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN[tens - 1]}十${ones ? CN[ones - 1] : ''}`;
}

const y = (v: string | undefined): BodyCell => (v === undefined ? null : { yuan: v });
const isZero = (v: string | undefined) => v === undefined || dec(v).isZero();

/** The name of a 功能分类 code: the catalogue's, else the name the source printed, else the code. */
export function functionName(code: string, edition: CatalogEdition, printed?: string): string {
  return edition.functions.get(code)?.name ?? printed ?? code;
}

const byCode = <T extends { code: string }>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => a.code.localeCompare(b.code));

const level = (code: string): 0 | 1 | 2 => (code.length === 3 ? 0 : code.length === 5 ? 1 : 2);

function codeRows<T extends { code: string; name?: string }>(
  rows: readonly T[],
  edition: CatalogEdition,
  values: (r: T) => BodyCell[],
  keep: (r: T) => boolean = () => true,
): BodyRow[] {
  return byCode(rows)
    .filter(keep)
    .map((r) => ({
      cells: [r.code, functionName(r.code, edition, r.name), ...values(r)],
      bold: r.code.length === 3,
      level: level(r.code),
    }));
}

/** Σ of an optional column over the 类 rows; undefined when no 类 row gives it. */
function classSum<T extends { code: string }>(rows: readonly T[], pick: (r: T) => string | undefined) {
  const vals = rows.filter((r) => r.code.length === 3).map(pick);
  if (!vals.some((v) => v !== undefined)) return undefined;
  return sum(vals.map((v) => v ?? '0')).toFixed(2);
}

export interface PublicTableOptions {
  /** Leave 科目 rows whose every amount is zero out (default true). */
  omitZeroRows?: boolean;
  /** The 科目 edition the names come from (the region's stored catalogue); default the national one. */
  catalogue?: CatalogEdition;
}

/** The nine tables of one document, in order. */
export function publicTables(fa: FinalAccounts, options: PublicTableOptions = {}): PublicTable[] {
  const omit = options.omitZeroRows ?? true;
  const edition = subjectsFor(fa, options.catalogue);
  const c = fa.current;
  const s = c.summary;
  const f = c.fiscal;
  const who = fa.unit.name;
  const scopeWord = fa.scope === 'department' ? '部门' : '单位';
  const tables: PublicTable[] = [];

  // 1 收入支出决算总表
  {
    const fiscalIncome = [
      ['一般公共预算财政拨款收入', s.income.generalBudgetAppropriation],
      ['政府性基金预算财政拨款收入', s.income.governmentFundAppropriation],
      ['国有资本经营预算财政拨款收入', s.income.stateCapitalAppropriation ?? '0.00'],
      ['上级补助收入', s.income.superiorSubsidy],
      ['事业收入', s.income.businessIncome],
      ['经营收入', s.income.operatingIncome],
      ['附属单位上缴收入', s.income.subordinateRemittance],
      ['其他收入', s.income.otherIncome],
    ] as const;
    const left: BodyCell[][] = fiscalIncome.map(([label, v], i) => [
      `${chineseNumber(i + 1)}、${label}`,
      y(v),
    ]);
    const classes = (c.expenditureByFunction ?? []).filter((r) => r.code.length === 3);
    const right: BodyCell[][] = classes.length
      ? byCode(classes)
          .filter((r) => !omit || !isZero(r.total))
          .map((r, i) => [`${chineseNumber(i + 1)}、${functionName(r.code, edition, r.name)}`, y(r.total)])
      : EXPENDITURE_KINDS.map((k, i) => [
          `${chineseNumber(i + 1)}、${EXPENDITURE_LABEL[k]}`,
          y(s.expenditure[k]),
        ]);
    const n = Math.max(left.length, right.length);
    const rows: BodyRow[] = [];
    for (let i = 0; i < n; i++)
      rows.push({ cells: [...(left[i] ?? ['', null]), ...(right[i] ?? ['', null])] });
    rows.push(
      { cells: ['本年收入合计', y(s.income.total), '本年支出合计', y(s.expenditure.total)], bold: true },
      { cells: ['使用非财政拨款结余', y(s.reserveUsed), '结余分配', y(s.surplusDistribution)] },
      { cells: ['年初结转和结余', y(s.carryForwardStart), '年末结转和结余', y(s.carryForwardEnd)] },
      { cells: ['总计', y(s.grandTotalIncome), '总计', y(s.grandTotalExpenditure)], bold: true },
    );
    tables.push({
      id: 'summary',
      code: '公开01表',
      title: PUBLIC_TABLE_TITLES.summary,
      widths: [34, 14, 34, 14],
      header: [
        [
          { text: '收入', colSpan: 2 },
          { text: '支出', colSpan: 2 },
        ],
        [{ text: '项目' }, { text: '决算数' }, { text: '项目' }, { text: '决算数' }],
      ],
      rows,
      note: `注：本表反映${scopeWord}本年度的总收支和年末结转结余情况。`,
    });
  }

  // 2 收入决算表
  {
    const cols = [
      'fiscal',
      'superiorSubsidy',
      'businessIncome',
      'operatingIncome',
      'subordinateRemittance',
      'otherIncome',
    ] as const;
    const rows = c.incomeByFunction ?? [];
    const inc = s.income;
    const fiscalTotal = sum([
      inc.generalBudgetAppropriation,
      inc.governmentFundAppropriation,
      inc.stateCapitalAppropriation ?? '0',
    ]).toFixed(2);
    tables.push({
      id: 'income',
      code: '公开02表',
      title: PUBLIC_TABLE_TITLES.income,
      widths: [11, 34, 10, 10, 9, 9, 9, 9, 9],
      header: [
        [
          { text: '项目', colSpan: 2 },
          { text: '本年收入合计', rowSpan: 2 },
          { text: '财政拨款收入', rowSpan: 2 },
          { text: '上级补助收入', rowSpan: 2 },
          { text: '事业收入', rowSpan: 2 },
          { text: '经营收入', rowSpan: 2 },
          { text: '附属单位上缴收入', rowSpan: 2 },
          { text: '其他收入', rowSpan: 2 },
        ],
        [{ text: '功能分类科目编码' }, { text: '科目名称' }],
      ],
      rows: [
        {
          cells: [
            '合计',
            null,
            y(inc.total),
            y(fiscalTotal),
            y(inc.superiorSubsidy),
            y(inc.businessIncome),
            y(inc.operatingIncome),
            y(inc.subordinateRemittance),
            y(inc.otherIncome),
          ],
          bold: true,
        },
        ...codeRows(
          rows,
          edition,
          (r) => [y(r.total), ...cols.map((k) => y(r[k]))],
          (r) => !omit || !isZero(r.total),
        ),
      ],
      note: `注：本表反映${scopeWord}本年度取得的各项收入情况。`,
    });
  }

  // 3 支出决算表
  {
    const cols = ['basic', 'project', 'remitToSuperior', 'operating', 'subsidyToSubordinates'] as const;
    const e = s.expenditure;
    tables.push({
      id: 'expenditure',
      code: '公开03表',
      title: PUBLIC_TABLE_TITLES.expenditure,
      widths: [11, 34, 11, 10, 10, 10, 10, 10],
      header: [
        [
          { text: '项目', colSpan: 2 },
          { text: '本年支出合计', rowSpan: 2 },
          { text: '基本支出', rowSpan: 2 },
          { text: '项目支出', rowSpan: 2 },
          { text: '上缴上级支出', rowSpan: 2 },
          { text: '经营支出', rowSpan: 2 },
          { text: '对附属单位补助支出', rowSpan: 2 },
        ],
        [{ text: '功能分类科目编码' }, { text: '科目名称' }],
      ],
      rows: [
        {
          cells: [
            '合计',
            null,
            y(e.total),
            y(e.basic),
            y(e.project),
            y(e.remitToSuperior),
            y(e.operating),
            y(e.subsidyToSubordinates),
          ],
          bold: true,
        },
        ...codeRows(
          c.expenditureByFunction ?? [],
          edition,
          (r) => [y(r.total), ...cols.map((k) => y(r[k]))],
          (r) => !omit || !isZero(r.total),
        ),
      ],
      note: `注：本表反映${scopeWord}本年度各项支出情况。`,
    });
  }

  // 4 财政拨款收入支出决算总表
  {
    const fiscalRows =
      c.fiscalByFunction && c.fiscalByFunction.length
        ? byCode(c.fiscalByFunction.filter((r) => r.code.length === 3))
        : byCode(c.generalByFunction.filter((r) => r.code.length === 3)).map((r: FunctionRow) => ({
            code: r.code,
            name: r.name,
            total: r.actual,
            general: r.actual,
            fund: undefined,
            capital: undefined,
          }));
    const right = fiscalRows
      .filter((r) => !omit || !isZero(r.total))
      .map((r, i): BodyCell[] => [
        `${chineseNumber(i + 1)}、${functionName(r.code, edition, r.name)}`,
        y(r.total),
        y(r.general),
        y(r.fund),
        y(r.capital),
      ]);
    const left: BodyCell[][] = [
      ['一、一般公共预算财政拨款', y(f.incomeGeneral)],
      ['二、政府性基金预算财政拨款', y(f.incomeFund)],
      ['三、国有资本经营预算财政拨款', y(f.incomeStateCapital)],
    ];
    const n = Math.max(left.length, right.length);
    const rows: BodyRow[] = [];
    for (let i = 0; i < n; i++)
      rows.push({ cells: [...(left[i] ?? ['', null]), ...(right[i] ?? ['', null, null, null, null])] });
    const spent = sum([f.expenditureGeneral, f.expenditureFund, f.expenditureStateCapital]).toFixed(2);
    const received = sum([f.incomeGeneral, f.incomeFund, f.incomeStateCapital]).toFixed(2);
    const sb = f.carryForwardStartBy;
    const eb = f.carryForwardEndBy;
    rows.push(
      {
        cells: [
          '本年收入合计',
          y(received),
          '本年支出合计',
          y(spent),
          y(f.expenditureGeneral),
          y(f.expenditureFund),
          y(f.expenditureStateCapital),
        ],
        bold: true,
      },
      {
        cells: [
          '年初财政拨款结转和结余',
          y(f.carryForwardStart),
          '年末财政拨款结转和结余',
          y(f.carryForwardEnd),
          y(eb?.general),
          y(eb?.fund),
          y(eb?.capital),
        ],
      },
      { cells: ['一、一般公共预算财政拨款', y(sb?.general), '', null, null, null, null] },
      { cells: ['二、政府性基金预算财政拨款', y(sb?.fund), '', null, null, null, null] },
      { cells: ['三、国有资本经营预算财政拨款', y(sb?.capital), '', null, null, null, null] },
      {
        cells: ['总计', y(f.grandTotalIncome), '总计', y(f.grandTotalExpenditure), null, null, null],
        bold: true,
      },
    );
    tables.push({
      id: 'fiscal',
      code: '公开04表',
      title: PUBLIC_TABLE_TITLES.fiscal,
      widths: [26, 12, 26, 12, 12, 12, 12],
      header: [
        [
          { text: '收入', colSpan: 2 },
          { text: '支出', colSpan: 5 },
        ],
        [
          { text: '项目' },
          { text: '决算数' },
          { text: '项目' },
          { text: '合计' },
          { text: '一般公共预算财政拨款' },
          { text: '政府性基金预算财政拨款' },
          { text: '国有资本经营预算财政拨款' },
        ],
      ],
      rows,
      note: `注：本表反映${scopeWord}本年度财政拨款总收支和结转结余情况。`,
    });
  }

  // 5 一般公共预算财政拨款支出决算表
  {
    const rows = c.generalByFunction;
    tables.push({
      id: 'general',
      code: '公开05表',
      title: PUBLIC_TABLE_TITLES.general,
      widths: [12, 48, 13, 13, 13],
      header: [
        [
          { text: '项目', colSpan: 2 },
          { text: '合计', rowSpan: 2 },
          { text: '基本支出', rowSpan: 2 },
          { text: '项目支出', rowSpan: 2 },
        ],
        [{ text: '功能分类科目编码' }, { text: '科目名称' }],
      ],
      rows: [
        ...codeRows(
          rows,
          edition,
          (r) => [y(r.actual), y(r.basic), y(r.project)],
          (r) => !omit || !(isZero(r.actual) && isZero(r.budget)),
        ),
        {
          cells: [
            '合计',
            null,
            y(f.expenditureGeneral),
            y(classSum(rows, (r) => r.basic)),
            y(classSum(rows, (r) => r.project)),
          ],
          bold: true,
        },
      ],
      note: `注：本表反映${scopeWord}本年度一般公共预算财政拨款支出情况。`,
    });
  }

  // 6 一般公共预算财政拨款基本支出决算表: 人员经费 left (301, 303), 公用经费 right (302, 307, 309, 310, 399)
  {
    const b = c.basicByEconomic;
    const items = b.items;
    const groupOf = (code: string): 'personnel' | 'publicUse' =>
      code.startsWith('301') || code.startsWith('303') ? 'personnel' : 'publicUse';
    const nameOf = (code: string, printed?: string) => edition.economic.get(code)?.name ?? printed ?? code;
    const side = (group: 'personnel' | 'publicUse'): BodyCell[][] => {
      const mine = items.filter((i) => groupOf(i.code) === group && (!omit || !isZero(i.amount)));
      const classes = [...new Set(mine.map((i) => i.code.slice(0, 3)))].sort();
      const out: BodyCell[][] = [];
      for (const cls of classes) {
        const given = mine.find((i) => i.code === cls);
        const kuans = byCode(mine.filter((i) => i.code.length === 5 && i.code.startsWith(cls)));
        const subtotal = given?.amount ?? sum(kuans.map((k) => k.amount)).toFixed(2);
        out.push([cls, ECONOMIC_CLASS_NAMES[cls] ?? nameOf(cls, given?.name), y(subtotal)]);
        for (const k of kuans) out.push([k.code, nameOf(k.code, k.name), y(k.amount)]);
      }
      return out;
    };
    const left = side('personnel');
    const right = side('publicUse');
    const rows: BodyRow[] = [];
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
      const l = left[i] ?? [null, null, null];
      const r = right[i] ?? [null, null, null];
      rows.push({ cells: [...l, ...r] });
    }
    rows.push({
      cells: [null, '人员经费合计', y(b.personnel), null, '公用经费合计', y(b.publicUse)],
      bold: true,
    });
    tables.push({
      id: 'basic',
      code: '公开06表',
      title: PUBLIC_TABLE_TITLES.basic,
      widths: [9, 30, 12, 9, 30, 12],
      header: [
        [
          { text: '经济分类科目编码' },
          { text: '科目名称' },
          { text: '决算数' },
          { text: '经济分类科目编码' },
          { text: '科目名称' },
          { text: '决算数' },
        ],
      ],
      rows,
      note: `注：本表反映${scopeWord}本年度一般公共预算财政拨款基本支出明细情况。`,
    });
  }

  // 7 财政拨款“三公”经费支出决算表: one row, 预算数 / 决算数 of each part
  {
    const { budget: bu, actual: ac } = c.threePublic;
    const keys = ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const;
    tables.push({
      id: 'threePublic',
      code: '公开07表',
      title: PUBLIC_TABLE_TITLES.threePublic,
      widths: keys.flatMap(() => [10, 10]),
      header: [
        [{ text: '财政拨款“三公”经费', colSpan: 12 }],
        [
          { text: '合计', colSpan: 2, rowSpan: 2 },
          { text: '因公出国（境）费', colSpan: 2, rowSpan: 2 },
          { text: '公务用车购置及运行维护费', colSpan: 6 },
          { text: '公务接待费', colSpan: 2, rowSpan: 2 },
        ],
        [
          { text: '小计', colSpan: 2 },
          { text: '公务用车购置费', colSpan: 2 },
          { text: '公务用车运行维护费', colSpan: 2 },
        ],
        keys.flatMap(() => [{ text: '预算数' }, { text: '决算数' }]),
      ],
      rows: [{ cells: keys.flatMap((k) => [y(bu[k]), y(ac[k])]) }],
      note: `注：本表反映${scopeWord}本年度“三公”经费支出预决算情况。`,
    });
  }

  // 8, 9 政府性基金 / 国有资本经营
  for (const [id, code, fund, name] of [
    ['fund', '公开08表', c.governmentFund, '政府性基金预算财政拨款'],
    ['capital', '公开09表', c.stateCapital, '国有资本经营预算财政拨款'],
  ] as const) {
    const empty =
      isZero(fund.income) &&
      isZero(fund.expenditure) &&
      isZero(fund.carryForwardStart) &&
      isZero(fund.carryForwardEnd);
    const rows: FundRow[] = fund.rows ?? [];
    tables.push({
      id,
      code,
      title: PUBLIC_TABLE_TITLES[id],
      widths: [11, 34, 10, 10, 10, 10, 10, 10],
      header: [
        [
          { text: '项目', colSpan: 2 },
          { text: '年初结转和结余', rowSpan: 2 },
          { text: '本年收入', rowSpan: 2 },
          { text: '本年支出', colSpan: 3 },
          { text: '年末结转和结余', rowSpan: 2 },
        ],
        [
          { text: '功能分类科目编码' },
          { text: '科目名称' },
          { text: '合计' },
          { text: '基本支出' },
          { text: '项目支出' },
        ],
      ],
      rows: [
        {
          cells: [
            '合计',
            null,
            y(fund.carryForwardStart),
            y(fund.income),
            y(fund.expenditure),
            y(fund.basic),
            y(fund.project),
            y(fund.carryForwardEnd),
          ],
          bold: true,
        },
        ...codeRows(rows, edition, (r) => [
          y(r.carryForwardStart),
          y(r.income),
          y(r.expenditure),
          y(r.basic),
          y(r.project),
          y(r.carryForwardEnd),
        ]),
      ],
      note: empty
        ? `说明：${who}本年度没有${name}收入和支出，故本表无数据。`
        : `注：本表反映${scopeWord}本年度${name}收入支出及结转和结余情况。`,
    });
  }
  return tables;
}

/** Names of the 经济分类 类 as the 基本支出 table prints them. */
export const ECONOMIC_CLASS_NAMES: Record<string, string> = {
  '301': '工资福利支出',
  '302': '商品和服务支出',
  '303': '对个人和家庭的补助',
  '307': '债务利息及费用支出',
  '309': '资本性支出（基本建设）',
  '310': '资本性支出',
  '399': '其他支出',
};

/** A 类 name for sentences of the national template ("教育支出（类）"); the Sichuan one drops 支出. */
export function classLabel(
  code: string,
  edition: CatalogEdition,
  national: boolean,
  printed?: string,
): string {
  const n = functionName(code, edition, printed);
  return `${national ? n : className(n)}（类）`;
}
