/**
 * 政府收支分类科目 as versioned data. One edition per (region, year): 支出功能分类 类/款/项 with the
 * 名词解释 of the national disclosure template, 部门预算支出经济分类 类/款 (grouped into 人员经费 /
 * 公用经费), 政府预算支出经济分类 类/款, and the 收入分类 the tables need.
 *
 * The national editions 2020–2025 are the data files `catalogue/<year>.json` (each with its source note
 * and what could not be verified). An administrator can import the catalogue a finance department
 * issues; the feature layer stores it and passes the resulting edition in (`editionFromData`,
 * `extendEdition`) — this module does no I/O. An unknown code never blocks work: the name the document
 * gives is kept (`subjectsFor`) and the row gets a warning (`catalogueFindings`).
 */
import { z } from 'zod';
import data2020 from './catalogue/2020.json' with { type: 'json' };
import data2021 from './catalogue/2021.json' with { type: 'json' };
import data2022 from './catalogue/2022.json' with { type: 'json' };
import data2023 from './catalogue/2023.json' with { type: 'json' };
import data2024 from './catalogue/2024.json' with { type: 'json' };
import data2025 from './catalogue/2025.json' with { type: 'json' };
import type { FinalAccounts } from './model.ts';

export interface Subject {
  code: string;
  name: string;
  /** 名词解释 text ("指…"), where there is one. */
  explanation?: string;
  /** The name comes from the document, not from the catalogue (the code is not in the edition). */
  fromDocument?: boolean;
}
export type FunctionSubject = Subject;
export type EconomicGroup = 'personnel' | 'publicUse' | 'other';
export interface EconomicSubject extends Subject {
  /** 301/303 → 人员经费, 302/310 → 公用经费, every other 类 → other. */
  group: EconomicGroup;
}

/** The region key of the national catalogue. */
export const NATIONAL = '全国';

/** The four lists of an edition; the first digit of a code tells which list it belongs to. */
export const CATALOGUE_KINDS = ['functions', 'economicDepartment', 'economicGovernment', 'income'] as const;
export type CatalogueKind = (typeof CATALOGUE_KINDS)[number];
export const CATALOGUE_KIND_LABEL: Record<CatalogueKind, string> = {
  functions: '支出功能分类',
  economicDepartment: '部门预算支出经济分类',
  economicGovernment: '政府预算支出经济分类',
  income: '收入分类',
};

const entrySchema = z.object({
  code: z.string().regex(/^\d{3}(\d{2}(\d{2})?)?$/),
  name: z.string().min(1),
  explanation: z.string().optional(),
});
export type CatalogueEntry = z.infer<typeof entrySchema>;

/** The shape of a data file and of a stored (imported) catalogue. */
export const catalogueDataSchema = z.object({
  region: z.string().min(1),
  year: z.number().int().min(2000).max(2100),
  title: z.string().default(''),
  source: z.string().default(''),
  uncertain: z.array(z.string()).default([]),
  /** 类 or 款 codes whose items' numbering could not be checked against the 财政部 original (see `unverified`). */
  unverified: z.array(z.string().regex(/^\d{3}(?:\d{2})?$/)).default([]),
  functions: z.array(entrySchema).default([]),
  economicDepartment: z.array(entrySchema).default([]),
  economicGovernment: z.array(entrySchema).default([]),
  income: z.array(entrySchema).default([]),
});
export type CatalogueData = z.infer<typeof catalogueDataSchema>;

export interface CatalogEdition {
  region: string;
  year: number;
  title: string;
  /** Where the edition comes from (data file note, or the imported file and who imported it). */
  source: string;
  uncertain: readonly string[];
  /**
   * 类 or 款 codes whose items' codes and names could not be checked against the 财政部 original: a name printed
   * under another of their codes may be the catalogue's slip, not the document's (the checker warns, no error).
   */
  unverified: readonly string[];
  functions: ReadonlyMap<string, FunctionSubject>;
  /** 部门预算支出经济分类 (the 基本支出 table uses it). */
  economic: ReadonlyMap<string, EconomicSubject>;
  economicGovernment: ReadonlyMap<string, Subject>;
  income: ReadonlyMap<string, Subject>;
  personnelDefault: readonly string[];
  publicUseDefault: readonly string[];
}

const ADMIN = '指行政单位（包括实行公务员管理的事业单位）的基本支出。';
const GENERAL_ADMIN = '指行政单位（包括实行公务员管理的事业单位）未单独设置项级科目的其他项目支出。';
const SERVICE =
  '指为行政单位（包括实行公务员管理的事业单位）提供后勤服务的各类后勤服务中心、医务室等附属事业单位的支出。';
const OPERATION =
  '指事业单位的基本支出，不包括行政单位（包括实行公务员管理的事业单位）后勤服务中心、医务室等附属事业单位。';

/**
 * The 名词解释 the national template uses for the 项 every 款 has (行政运行, 一般行政管理事务, 机关服务,
 * 事业运行, 其他……支出); the data files list only the other 项's texts.
 */
export function standardExplanation(code: string, name: string): string | undefined {
  if (code.length !== 7) return undefined;
  if (name === '行政运行') return ADMIN;
  if (name === '一般行政管理事务') return GENERAL_ADMIN;
  if (name === '机关服务') return SERVICE;
  if (name === '事业运行') return OPERATION;
  const other = /^其他(.+)支出$/.exec(name);
  if (other) return `指除上述项目以外其他用于${other[1]}方面的支出。`;
  return undefined;
}

/** 人员经费 = 301 工资福利支出 + 303 对个人和家庭的补助; 公用经费 = 302 商品和服务支出 + 310 资本性支出. */
export function economicGroup(code: string): EconomicGroup {
  const cls = code.slice(0, 3);
  if (cls === '301' || cls === '303') return 'personnel';
  if (cls === '302' || cls === '310') return 'publicUse';
  return 'other';
}

/** Items the template lists after 人员经费/公用经费 "主要包括：" when the table holds no item amounts. */
const PERSONNEL_DEFAULT = [
  '30101',
  '30102',
  '30103',
  '30106',
  '30107',
  '30108',
  '30109',
  '30112',
  '30199',
  '30301',
  '30302',
  '30304',
  '30305',
  '30307',
  '30309',
  '30113',
  '30399',
];
const PUBLIC_DEFAULT = [
  '30201',
  '30202',
  '30203',
  '30204',
  '30205',
  '30206',
  '30207',
  '30208',
  '30209',
  '30211',
  '30212',
  '30213',
  '30214',
  '30215',
  '30216',
  '30217',
  '30226',
  '30227',
  '30228',
  '30229',
  '30231',
  '30239',
  '30240',
  '30299',
  '31002',
  '31003',
  '31007',
  '31099',
];

/** Standard terms of the 名词解释 (not 科目). */
export const TERMS = {
  fiscalIncome: { term: '财政拨款收入', explanation: '指单位从同级财政部门取得的财政预算资金。' },
  superiorSubsidy: {
    term: '上级补助收入',
    explanation: '指事业单位从主管部门和上级单位取得的非财政补助收入。',
  },
  businessIncome: { term: '事业收入', explanation: '指事业单位开展专业业务活动及辅助活动取得的收入。' },
  operatingIncome: {
    term: '经营收入',
    explanation: '指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。',
  },
  subordinateRemittance: {
    term: '附属单位上缴收入',
    explanation: '指事业单位附属独立核算单位按有关规定上缴的收入。',
  },
  otherIncome: { term: '其他收入', explanation: '指单位取得的除上述收入以外的各项收入。' },
  reserveUsed: {
    term: '用事业基金弥补收支差额',
    explanation:
      '指事业单位在当年的财政拨款收入、事业收入、经营收入、其他收入不足以安排当年支出的情况下，使用以前年度积累的事业基金（事业单位当年收支相抵后按国家规定提取、用于弥补以后年度收支差额的基金）弥补本年度收支缺口的资金。',
  },
  carryForwardStart: {
    term: '年初结转和结余',
    explanation: '指以前年度尚未完成、结转到本年按有关规定继续使用的资金。',
  },
  surplusDistribution: {
    term: '结余分配',
    explanation: '指事业单位按照事业单位会计制度的规定从非财政补助结余中分配的事业基金和职工福利基金等。',
  },
  carryForwardEnd: {
    term: '年末结转和结余',
    explanation: '指单位按有关规定结转到下年或以后年度继续使用的资金。',
  },
  basic: {
    term: '基本支出',
    explanation: '指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。',
  },
  project: {
    term: '项目支出',
    explanation: '指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。',
  },
  remitToSuperior: {
    term: '上缴上级支出',
    explanation: '指事业单位按照财政部门和主管部门的规定上缴上级单位的支出。',
  },
  operating: {
    term: '经营支出',
    explanation: '指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动发生的支出。',
  },
  subsidyToSubordinates: {
    term: '对附属单位补助支出',
    explanation: '指事业单位用财政拨款收入之外的收入对附属单位补助发生的支出。',
  },
  threePublic: {
    term: '“三公”经费',
    explanation:
      '指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。其中，因公出国（境）费反映单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车购置及运行费反映单位公务用车车辆购置支出（含车辆购置税）及租用费、燃料费、维修费、过路过桥费、保险费等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。',
  },
  officeOperation: {
    term: '机关运行经费',
    explanation:
      '指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。',
  },
} as const;

const subject = (e: CatalogueEntry): Subject => {
  const explanation = e.explanation?.trim() || standardExplanation(e.code, e.name);
  return { code: e.code, name: e.name, ...(explanation ? { explanation } : {}) };
};

/** An edition from a data file or a stored catalogue. */
export function editionFromData(input: CatalogueData): CatalogEdition {
  const d = catalogueDataSchema.parse(input);
  return {
    region: d.region,
    year: d.year,
    title: d.title,
    source: d.source,
    uncertain: d.uncertain,
    unverified: d.unverified,
    functions: new Map(d.functions.map((e) => [e.code, subject(e)])),
    economic: new Map(
      d.economicDepartment.map((e) => [e.code, { ...subject(e), group: economicGroup(e.code) }]),
    ),
    economicGovernment: new Map(d.economicGovernment.map((e) => [e.code, subject(e)])),
    income: new Map(d.income.map((e) => [e.code, subject(e)])),
    personnelDefault: PERSONNEL_DEFAULT,
    publicUseDefault: PUBLIC_DEFAULT,
  };
}

/** The lists of an edition as plain data (for a stored catalogue, the differences, the API). */
export function editionToData(e: CatalogEdition): CatalogueData {
  const list = (m: ReadonlyMap<string, Subject>) =>
    [...m.values()]
      .filter((s) => !s.fromDocument)
      .map((s) => ({ code: s.code, name: s.name, ...(s.explanation ? { explanation: s.explanation } : {}) }));
  return {
    region: e.region,
    year: e.year,
    title: e.title,
    source: e.source,
    uncertain: [...e.uncertain],
    unverified: [...e.unverified],
    functions: list(e.functions),
    economicDepartment: list(e.economic),
    economicGovernment: list(e.economicGovernment),
    income: list(e.income),
  };
}

const DATA_FILES = [data2020, data2021, data2022, data2023, data2024, data2025] as readonly CatalogueData[];
let builtIn: readonly CatalogEdition[] | null = null;
/** The national editions, built on first use (a bundle that never looks a code up leaves the data out). */
function editions(): readonly CatalogEdition[] {
  builtIn ??= DATA_FILES.map((d) => editionFromData(d));
  return builtIn;
}

/** The years of the national editions held as data files. */
export const CATALOGUE_YEARS: readonly number[] = [2020, 2021, 2022, 2023, 2024, 2025];

/**
 * The national edition in force for `year`: that year's, else the latest one before it (or the earliest
 * held, for a year before 2020). `edition.year` is the edition actually used.
 */
export function catalogFor(year: number): CatalogEdition {
  const sorted = [...editions()].sort((a, b) => b.year - a.year);
  return sorted.find((e) => e.year <= year) ?? sorted[sorted.length - 1]!;
}

/** The kind a code belongs to by its first digit (1 收入, 2 功能分类, 3 部门经济分类, 5 政府经济分类). */
export function kindOfCode(code: string): CatalogueKind | null {
  if (!/^\d{3}(\d{2}(\d{2})?)?$/.test(code)) return null;
  const first = code[0];
  if (first === '1') return 'income';
  if (first === '2') return 'functions';
  if ((first === '3' || first === '5') && code.length <= 5)
    return first === '3' ? 'economicDepartment' : 'economicGovernment';
  return null;
}

/**
 * `base` with the lists of `data` applied. `replace`: each list `data` holds replaces the base's (a
 * national edition as the finance ministry issued it); otherwise its entries are added to the base and
 * rename the base's codes (a region's extension of the national catalogue).
 */
export function extendEdition(base: CatalogEdition, data: CatalogueData, replace: boolean): CatalogEdition {
  const ext = editionFromData(data);
  const merge = <T extends Subject>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>) =>
    replace && b.size ? b : new Map([...a, ...b]);
  return {
    ...base,
    region: data.region,
    year: data.year,
    title: data.title || base.title,
    source: data.source || base.source,
    uncertain: replace ? ext.uncertain : [...base.uncertain, ...ext.uncertain],
    unverified: replace ? ext.unverified : [...base.unverified, ...ext.unverified],
    functions: merge(base.functions, ext.functions),
    economic: merge(base.economic, ext.economic),
    economicGovernment: merge(base.economicGovernment, ext.economicGovernment),
    income: merge(base.income, ext.income),
  };
}

/** 类 level of a code ("201"), 款 ("20113"), 项 ("2011350"). */
export function levelOf(code: string): '类' | '款' | '项' {
  return code.length === 3 ? '类' : code.length === 5 ? '款' : '项';
}

/** A 类 name as the template writes it before "（类）": 一般公共服务支出 → 一般公共服务. */
export function className(name: string): string {
  return name.endsWith('支出') ? name.slice(0, -2) : name;
}

/** The document's 功能分类 rows of every table, and its 经济分类 items, with the names they print. */
function documentSubjects(fa: FinalAccounts): {
  functions: { code: string; name?: string; table: string }[];
  economic: { code: string; name?: string; table: string }[];
} {
  const c = fa.current;
  const rows = (table: string, list: readonly { code: string; name?: string }[] | undefined) =>
    (list ?? []).map((r) => ({ code: r.code, ...(r.name ? { name: r.name } : {}), table }));
  return {
    functions: [
      ...rows('general', c.generalByFunction),
      ...rows('income', c.incomeByFunction),
      ...rows('expenditure', c.expenditureByFunction),
      ...rows('fiscal', c.fiscalByFunction),
      ...rows('fund', c.governmentFund.rows),
      ...rows('capital', c.stateCapital.rows),
    ],
    economic: rows('basic', c.basicByEconomic.items),
  };
}

/**
 * The edition a document is read with: `base` (the stored edition of its region, passed in by the
 * feature; the national data file of `catalogYear ?? year` otherwise) plus, for every code the edition
 * does not hold, the name the document prints (`fromDocument: true`) — so an unknown code keeps its name.
 */
export function subjectsFor(fa: FinalAccounts, base?: CatalogEdition): CatalogEdition {
  const edition = base ?? catalogFor(fa.catalogYear ?? fa.year);
  const doc = documentSubjects(fa);
  const extraF = doc.functions.filter((r) => r.name && !edition.functions.has(r.code));
  const extraE = doc.economic.filter((r) => r.name && !edition.economic.has(r.code));
  if (!extraF.length && !extraE.length) return edition;
  const functions = new Map(edition.functions);
  for (const r of extraF)
    if (!functions.has(r.code)) functions.set(r.code, { code: r.code, name: r.name!, fromDocument: true });
  const economic = new Map(edition.economic);
  for (const r of extraE)
    if (!economic.has(r.code))
      economic.set(r.code, { code: r.code, name: r.name!, group: economicGroup(r.code), fromDocument: true });
  return { ...edition, functions, economic };
}

/**
 * What a frozen (定稿) version keeps of the edition it was approved with, so that printing it later
 * names every 科目 as it was approved — the region's names when the region had its own catalogue —
 * whatever is imported afterwards. Of the 支出功能分类 it keeps every 类 and the codes the document uses
 * with their 类 and 款 (the list has over a thousand entries); the other three lists are kept whole.
 */
export function freezeCatalogue(fa: FinalAccounts, edition: CatalogEdition): CatalogueData {
  const data = editionToData(edition);
  const used = new Set<string>();
  for (const r of documentSubjects(fa).functions)
    for (const len of [3, 5, 7]) if (r.code.length >= len) used.add(r.code.slice(0, len));
  return { ...data, functions: data.functions.filter((e) => e.code.length === 3 || used.has(e.code)) };
}

/**
 * The edition a frozen version prints with: the one kept by `freezeCatalogue`, or undefined for a
 * snapshot taken before editions were kept (it prints with the national edition of its year).
 */
export function frozenCatalogueOf(stored: unknown): CatalogEdition | undefined {
  const parsed = catalogueDataSchema.safeParse(stored);
  return parsed.success ? editionFromData(parsed.data) : undefined;
}

/** The name of a 功能分类 code in the edition, or undefined. */
export function subjectName(code: string, edition: CatalogEdition): string | undefined {
  return edition.functions.get(code)?.name;
}

/**
 * "一般公共服务（类）商贸事务（款）事业运行（项）" for a 项 code (or the prefix for a 类/款 code). A level
 * the edition does not name is written with its code ("2019998（项）"): never an error.
 */
export function subjectPath(code: string, edition: CatalogEdition): string {
  const name = (c: string) => edition.functions.get(c)?.name ?? c;
  const parts = [`${className(name(code.slice(0, 3)))}（类）`];
  if (code.length >= 5) parts.push(`${name(code.slice(0, 5))}（款）`);
  if (code.length === 7) parts.push(`${name(code)}（项）`);
  return parts.join('');
}

/** A catalogue finding on a document row: unknown code, or a name that is not the code's. */
export interface CatalogueFinding {
  kind: 'unknown' | 'otherName' | 'nameDiffers';
  classification: 'function' | 'economic';
  /** The table the row is in (cells.ts TableId). */
  table: string;
  code: string;
  /** The name the document prints. */
  name?: string;
  /** The catalogue's name for the code (otherName / nameDiffers). */
  catalogueName?: string;
  /** The code whose name the document printed (otherName). */
  otherCode?: string;
  /** The edition actually used. */
  editionYear: number;
  message: string;
}

const norm = (s: string) =>
  className(
    s
      .replace(/\s+/g, '')
      .replace(/\(/g, '（')
      .replace(/\)/g, '）')
      .replace(/（[类款项]）$/, ''),
  );

/**
 * Codes of the document the edition does not hold ("不在 2020 年科目表中", naming the edition actually
 * used), and printed names that belong to another code of the same level (a check naming both) or differ
 * from the catalogue's. Warnings only: the document's name is kept.
 */
export function catalogueFindings(fa: FinalAccounts, base?: CatalogEdition): CatalogueFinding[] {
  const edition = base ?? catalogFor(fa.catalogYear ?? fa.year);
  const doc = documentSubjects(fa);
  const out: CatalogueFinding[] = [];
  const seen = new Set<string>();
  const check = (
    classification: 'function' | 'economic',
    map: ReadonlyMap<string, Subject>,
    rows: { code: string; name?: string; table: string }[],
  ) => {
    const label = classification === 'function' ? '功能分类科目' : '经济分类科目';
    for (const r of rows) {
      const key = `${r.table}/${r.code}/${r.name ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const known = map.get(r.code);
      const shown = r.name ? `“${r.name}”` : '';
      if (!known) {
        out.push({
          kind: 'unknown',
          classification,
          table: r.table,
          code: r.code,
          ...(r.name ? { name: r.name } : {}),
          editionYear: edition.year,
          message: `${label} ${r.code}${shown} 不在 ${edition.year} 年科目表中${r.name ? '，沿用所填名称' : ''}`,
        });
        continue;
      }
      if (!r.name || norm(r.name) === norm(known.name)) continue;
      const parent = r.code.slice(0, r.code.length - 2);
      const sameLevel = [...map.values()].filter(
        (s) => s.code.length === r.code.length && s.code !== r.code && norm(s.name) === norm(r.name!),
      );
      const other =
        sameLevel.find((s) => r.code.length === 3 || s.code.startsWith(parent)) ??
        (sameLevel.length === 1 && r.code.length < 7 ? sameLevel[0] : undefined);
      out.push({
        kind: other ? 'otherName' : 'nameDiffers',
        classification,
        table: r.table,
        code: r.code,
        name: r.name,
        catalogueName: known.name,
        ...(other ? { otherCode: other.code } : {}),
        editionYear: edition.year,
        message: other
          ? `${label} ${r.code} 印的名称“${r.name}”是 ${other.code} 的名称；${edition.year} 年科目表中 ${r.code} 为“${known.name}”`
          : `${label} ${r.code} 的名称“${r.name}”与 ${edition.year} 年科目表中的“${known.name}”不一致`,
      });
    }
  };
  check('function', edition.functions, doc.functions);
  check('economic', edition.economic, doc.economic);
  return out;
}

/** Differences between two lists of a catalogue (what an import would change). */
export interface CatalogueDiff {
  added: CatalogueEntry[];
  renamed: { code: string; before: string; after: string }[];
  removed: CatalogueEntry[];
  /** Same code and name, only the 说明 (名词解释) changed. */
  explained: { code: string; name: string }[];
}

export function diffEntries(
  before: readonly CatalogueEntry[],
  after: readonly CatalogueEntry[],
): CatalogueDiff {
  const b = new Map(before.map((e) => [e.code, e]));
  const a = new Map(after.map((e) => [e.code, e]));
  const diff: CatalogueDiff = { added: [], renamed: [], removed: [], explained: [] };
  for (const e of after) {
    const old = b.get(e.code);
    if (!old) diff.added.push(e);
    else if (old.name !== e.name) diff.renamed.push({ code: e.code, before: old.name, after: e.name });
    else if (e.explanation !== undefined && (old.explanation ?? '') !== e.explanation)
      diff.explained.push({ code: e.code, name: e.name });
  }
  for (const e of before) if (!a.has(e.code)) diff.removed.push(e);
  return diff;
}
