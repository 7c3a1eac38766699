/**
 * Our own corpus for the checker: 部门决算 in the national / Shanghai 9-table layout (the template text of
 * /work/shared/reference filled with made-up, consistent figures), 三公 notices and 项目支出绩效自评表, printed
 * the ways documents arrive — `pdftotext -layout` (≈40-character wrapped lines, space-aligned tables, page
 * breaks), plain `pdftotext` (wrapped lines, one table cell per line), typed text with tab-separated
 * tables, Markdown tables. Every figure is invented; every document is built from one model, so the clean
 * ones hold every claim, and `planted` copies break exactly one claim each.
 *
 * Pure (no I/O): tests import it; test/fixtures/documents/write.ts writes the texts into that folder.
 */

import { countyDocuments } from './counties.ts';
import { provinceDocuments } from './provinces.ts';

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Money = number; // in 分 (hundredths of 万元), integers

const yuan = (c: Money, sep = false): string => {
  const s = (c / 100).toFixed(2);
  if (!sep) return s;
  const [i, d] = s.split('.') as [string, string];
  return `${i.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${d}`;
};

/** Percentage half-up at 2 places from integers (exact). */
function pct(part: Money, total: Money): string {
  if (total === 0) return '0.00';
  const q = (BigInt(part) * 20000n + BigInt(total)) / (2n * BigInt(total));
  const s = q.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}

/** Splits `total` into `n` positive integer parts. */
function split(r: () => number, total: Money, n: number): Money[] {
  const w = Array.from({ length: n }, () => 0.3 + r());
  const sw = w.reduce((a, b) => a + b, 0);
  const parts = w.map((x) => Math.floor((total * x) / sw));
  parts[0]! += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

type Leaf = {
  cls: string;
  clsName: string;
  kuan: string;
  kuanName: string;
  code: string;
  name: string;
  basic: Money;
  project: Money;
  other: Money;
  budget: Money;
};

const CATALOGUE: Array<[string, string, string, string, string, string]> = [
  ['201', '一般公共服务支出', '20103', '政府办公厅（室）及相关机构事务', '2010301', '行政运行'],
  ['201', '一般公共服务支出', '20103', '政府办公厅（室）及相关机构事务', '2010350', '事业运行'],
  ['208', '社会保障和就业支出', '20805', '行政事业单位养老支出', '2080501', '行政单位离退休'],
  [
    '208',
    '社会保障和就业支出',
    '20805',
    '行政事业单位养老支出',
    '2080505',
    '机关事业单位基本养老保险缴费支出',
  ],
  ['210', '卫生健康支出', '21011', '行政事业单位医疗', '2101101', '行政单位医疗'],
  ['211', '节能环保支出', '21101', '环境保护管理事务', '2110101', '行政运行'],
  ['211', '节能环保支出', '21101', '环境保护管理事务', '2110199', '其他环境保护管理事务支出'],
  ['221', '住房保障支出', '22102', '住房改革支出', '2210201', '住房公积金'],
];

const ECON: Array<[string, string]> = [
  ['30101', '基本工资'],
  ['30102', '津贴补贴'],
  ['30103', '奖金'],
  ['30108', '机关事业单位基本养老保险缴费'],
  ['30113', '住房公积金'],
  ['30302', '退休费'],
  ['30201', '办公费'],
  ['30205', '水费'],
  ['30206', '电费'],
  ['30211', '差旅费'],
  ['30228', '工会经费'],
  ['30231', '公务用车运行维护费'],
  ['31002', '办公设备购置'],
];

export type Model = {
  dept: string;
  year: number;
  leaves: Leaf[];
  income: { gp: Money; business: Money; other: Money };
  carryIn: Money;
  fiscalCarryIn: Money;
  econ: Array<[string, string, Money]>;
  fees: { abroad: [Money, Money]; carBuy: [Money, Money]; carRun: [Money, Money]; reception: [Money, Money] };
  last: { grand: Money; fiscal: Money; gp: Money; fees: Money; run: Money };
  runCost: Money;
  cars: number;
  gpBudget: Money;
};

export function makeModel(seed: number, dept: string, year: number): Model {
  const r = rng(seed);
  const leaves: Leaf[] = CATALOGUE.map(([cls, clsName, kuan, kuanName, code, name]) => {
    const basic = /运行|医疗|公积金|养老/.test(name) ? Math.round(2000 + r() * 80000) : 0;
    const project = /其他|事业/.test(name)
      ? Math.round(1000 + r() * 60000)
      : r() < 0.4
        ? Math.round(r() * 9000)
        : 0;
    const other = code === '2010350' ? Math.round(500 + r() * 20000) : 0;
    const actual = basic + project;
    const budget = r() < 0.3 ? actual : Math.round(actual * (0.9 + r() * 0.2));
    return { cls, clsName, kuan, kuanName, code, name, basic, project, other, budget };
  });
  const gp = leaves.reduce((a, l) => a + l.basic + l.project, 0);
  const business = leaves.reduce((a, l) => a + l.other, 0);
  const basicTotal = leaves.reduce((a, l) => a + l.basic, 0);
  const econParts = split(r, basicTotal, ECON.length);
  const econ = ECON.map(([c, n], i) => [c, n, econParts[i]!] as [string, string, Money]);
  const fee = (): [Money, Money] => {
    const b = Math.round(r() * 3000);
    return [b, Math.round(b * (0.6 + r() * 0.4))];
  };
  const fees = {
    abroad: r() < 0.5 ? ([0, 0] as [Money, Money]) : fee(),
    carBuy: r() < 0.5 ? ([0, 0] as [Money, Money]) : fee(),
    carRun: fee(),
    reception: fee(),
  };
  const other = Math.round(r() * 5000);
  const grand = gp + business + other + 40000;
  const feesActual = fees.abroad[1] + fees.carBuy[1] + fees.carRun[1] + fees.reception[1];
  return {
    dept,
    year,
    leaves,
    income: { gp, business, other },
    carryIn: 40000,
    fiscalCarryIn: 25000,
    econ,
    fees,
    last: {
      grand: Math.round(grand * (0.85 + r() * 0.3)),
      fiscal: Math.round((gp + 25000) * (0.85 + r() * 0.3)),
      gp: Math.round(gp * (0.85 + r() * 0.3)),
      fees: Math.max(100, feesActual + Math.round((r() - 0.5) * 2000)) || feesActual + 100,
      run: 0,
    },
    runCost: Math.round(econParts.slice(6).reduce((a, b) => a + b, 0) * 0.8),
    cars: 2 + Math.floor(r() * 8),
    gpBudget: leaves.reduce((a, l) => a + l.budget, 0),
  };
}

// ---------------------------------------------------------------- derived figures

const sumBy = <T>(xs: readonly T[], f: (x: T) => number): number => xs.reduce((a, x) => a + f(x), 0);

function derived(m: Model) {
  const gp = m.income.gp;
  const business = m.income.business;
  const incomeTotal = gp + business + m.income.other;
  const expenseTotal = gp + business;
  const basicAll = sumBy(m.leaves, (l) => l.basic);
  const projectAll = sumBy(m.leaves, (l) => l.project + l.other);
  const grand = incomeTotal + m.carryIn;
  const carryOut = grand - expenseTotal;
  const fiscalTotal = gp + m.fiscalCarryIn;
  const person = sumBy(
    m.econ.filter(([c]) => c.startsWith('301') || c.startsWith('303')),
    ([, , v]) => v,
  );
  const office = sumBy(
    m.econ.filter(([c]) => !c.startsWith('301') && !c.startsWith('303')),
    ([, , v]) => v,
  );
  const feesB = m.fees.abroad[0] + m.fees.carBuy[0] + m.fees.carRun[0] + m.fees.reception[0];
  const feesA = m.fees.abroad[1] + m.fees.carBuy[1] + m.fees.carRun[1] + m.fees.reception[1];
  return {
    gp,
    business,
    incomeTotal,
    expenseTotal,
    basicAll,
    projectAll,
    grand,
    carryOut,
    fiscalTotal,
    person,
    office,
    feesB,
    feesA,
  };
}

function change(now: Money, last: Money): { verb: string; amount: string; pverb: string; p: string } {
  const d = now - last;
  if (d === 0) return { verb: '持平', amount: '0.00', pverb: '持平', p: '0.00' };
  return {
    verb: d > 0 ? '增加' : '减少',
    amount: yuan(Math.abs(d)),
    pverb: d > 0 ? '增长' : '下降',
    p: pct(Math.abs(d), last),
  };
}

// ---------------------------------------------------------------- the document as blocks

export type Block =
  | { kind: 'h'; text: string }
  | { kind: 'p'; text: string }
  | { kind: 't'; title: string; unit: string; header: string[][]; rows: string[][] }
  | { kind: 'page' };

function classes(m: Model) {
  const out = new Map<string, { name: string; leaves: Leaf[] }>();
  for (const l of m.leaves) {
    const c = out.get(l.cls) ?? { name: l.clsName, leaves: [] };
    c.leaves.push(l);
    out.set(l.cls, c);
  }
  return out;
}

/** The national 部门决算: 概况, the nine tables (those with figures), 情况说明, 名词解释. */
export function finalAccounts(m: Model, opts: { sep?: boolean } = {}): Block[] {
  const d = derived(m);
  const y = m.year;
  const f = (c: Money): string => yuan(c, opts.sep);
  const B: Block[] = [];
  B.push({ kind: 'h', text: `${m.dept}${y}年度部门决算` });
  B.push({ kind: 'h', text: `第一部分 ${m.dept}概况` });
  B.push({ kind: 'h', text: '一、主要职能' });
  B.push({
    kind: 'p',
    text: `${m.dept}负责本行政区域内相关领域的政策研究、规划编制、监督管理和公共服务等工作。`,
  });
  B.push({ kind: 'h', text: '二、部门决算单位构成' });
  B.push({
    kind: 'p',
    text: `从预算单位构成看，${m.dept}部门决算包括：${m.dept}本级决算、下属事业单位决算。`,
  });
  B.push({ kind: 'page' });
  B.push({ kind: 'h', text: `第二部分 ${m.dept}${y}年度部门决算表` });
  // 1 收入支出决算总表 (side by side)
  const exClasses = [...classes(m)].map(
    ([code, c]) => [code, c.name, sumBy(c.leaves, (l) => l.basic + l.project + l.other)] as const,
  );
  const ord = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  const left: Array<[string, string]> = [
    ['一、一般公共预算财政拨款收入', f(d.gp)],
    ['二、政府性基金预算财政拨款收入', f(0)],
    ['三、国有资本经营预算财政拨款收入', f(0)],
    ['四、上级补助收入', f(0)],
    ['五、事业收入', f(d.business)],
    ['六、经营收入', f(0)],
    ['七、附属单位上缴收入', f(0)],
    ['八、其他收入', f(m.income.other)],
  ];
  const right: Array<[string, string]> = exClasses.map(([, name, v], i) => [`${ord[i]}、${name}`, f(v)]);
  const rows1: string[][] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++)
    rows1.push([...(left[i] ?? ['', '']), ...(right[i] ?? ['', ''])]);
  rows1.push(['本年收入合计', f(d.incomeTotal), '本年支出合计', f(d.expenseTotal)]);
  rows1.push(['使用非财政拨款结余', f(0), '结余分配', f(0)]);
  rows1.push(['年初结转和结余', f(m.carryIn), '年末结转和结余', f(d.carryOut)]);
  rows1.push(['总计', f(d.grand), '总计', f(d.grand)]);
  B.push({
    kind: 't',
    title: '收入支出决算总表',
    unit: '万元',
    header: [
      ['收入', '', '支出', ''],
      ['项目', '决算数', '项目', '决算数'],
    ],
    rows: rows1,
  });
  B.push({ kind: 'page' });
  // 2 收入决算表, 3 支出决算表: by 类/款/项
  const incomeRows: string[][] = [
    ['', '合计', f(d.incomeTotal), f(d.gp), f(0), f(d.business), f(0), f(0), f(m.income.other)],
  ];
  const expenseRows: string[][] = [
    ['', '合计', f(d.expenseTotal), f(d.basicAll), f(d.projectAll), f(0), f(0), f(0)],
  ];
  const gpRows: string[][] = [];
  for (const [code, c] of classes(m)) {
    const pushLevel = (cd: string, name: string, ls: Leaf[]): void => {
      const fis = sumBy(ls, (l) => l.basic + l.project);
      const oth = sumBy(ls, (l) => l.other);
      // 其他收入 is booked to 事业运行 and carried over, not spent.
      const oi = ls.some((l) => l.code === '2010350') ? m.income.other : 0;
      incomeRows.push([cd, name, f(fis + oth + oi), f(fis), f(0), f(oth), f(0), f(0), f(oi)]);
      expenseRows.push([
        cd,
        name,
        f(fis + oth),
        f(sumBy(ls, (l) => l.basic)),
        f(sumBy(ls, (l) => l.project + l.other)),
        f(0),
        f(0),
        f(0),
      ]);
      gpRows.push([cd, name, f(fis), f(sumBy(ls, (l) => l.basic)), f(sumBy(ls, (l) => l.project))]);
    };
    pushLevel(code, c.name, c.leaves);
    const kuans = [...new Set(c.leaves.map((l) => l.kuan))];
    for (const k of kuans) {
      const ls = c.leaves.filter((l) => l.kuan === k);
      pushLevel(k, ls[0]!.kuanName, ls);
      for (const l of ls) pushLevel(l.code, l.name, [l]);
    }
  }
  B.push({
    kind: 't',
    title: '收入决算表',
    unit: '万元',
    header: [
      [
        '科目编码',
        '科目名称',
        '本年收入合计',
        '财政拨款收入',
        '上级补助收入',
        '事业收入',
        '经营收入',
        '附属单位上缴收入',
        '其他收入',
      ],
    ],
    rows: incomeRows,
  });
  B.push({ kind: 'page' });
  B.push({
    kind: 't',
    title: '支出决算表',
    unit: '万元',
    header: [
      [
        '科目编码',
        '科目名称',
        '本年支出合计',
        '基本支出',
        '项目支出',
        '上缴上级支出',
        '经营支出',
        '对附属单位补助支出',
      ],
    ],
    rows: expenseRows,
  });
  B.push({ kind: 'page' });
  // 4 财政拨款收入支出决算总表
  const gpByClass = [...classes(m)].map(
    ([, c]) => [c.name, sumBy(c.leaves, (l) => l.basic + l.project)] as const,
  );
  const rows4: string[][] = [];
  const l4: Array<[string, string]> = [
    ['一、一般公共预算财政拨款', f(d.gp)],
    ['二、政府性基金预算财政拨款', f(0)],
    ['三、国有资本经营预算财政拨款', f(0)],
  ];
  gpByClass.forEach(([name, v], i) =>
    rows4.push([...(l4[i] ?? ['', '']), `${ord[i]}、${name}`, f(v), f(v), f(0), f(0)]),
  );
  rows4.push(['本年收入合计', f(d.gp), '本年支出合计', f(d.gp), f(d.gp), f(0), f(0)]);
  rows4.push([
    '年初财政拨款结转和结余',
    f(m.fiscalCarryIn),
    '年末财政拨款结转和结余',
    f(m.fiscalCarryIn),
    f(m.fiscalCarryIn),
    f(0),
    f(0),
  ]);
  rows4.push(['总计', f(d.fiscalTotal), '总计', f(d.fiscalTotal), f(d.fiscalTotal), f(0), f(0)]);
  B.push({
    kind: 't',
    title: '财政拨款收入支出决算总表',
    unit: '万元',
    header: [
      [
        '项目',
        '决算数',
        '项目',
        '合计',
        '一般公共预算财政拨款',
        '政府性基金预算财政拨款',
        '国有资本经营预算财政拨款',
      ],
    ],
    rows: rows4,
  });
  B.push({ kind: 'page' });
  // 5 一般公共预算财政拨款支出决算表
  B.push({
    kind: 't',
    title: '一般公共预算财政拨款支出决算表',
    unit: '万元',
    header: [['科目编码', '科目名称', '合计', '基本支出', '项目支出']],
    rows: [['', '合计', f(d.gp), f(d.basicAll), f(d.gp - d.basicAll)], ...gpRows],
  });
  B.push({ kind: 'page' });
  // 6 基本支出决算表 (two columns side by side)
  const pe = m.econ.filter(([c]) => c.startsWith('301') || c.startsWith('303'));
  const of = m.econ.filter(([c]) => !c.startsWith('301') && !c.startsWith('303'));
  const grp = (list: Array<[string, string, Money]>): string[][] => {
    const out: string[][] = [];
    for (const cls of [...new Set(list.map(([c]) => c.slice(0, 3)))]) {
      const members = list.filter(([c]) => c.startsWith(cls));
      const name = {
        '301': '工资福利支出',
        '302': '商品和服务支出',
        '303': '对个人和家庭的补助',
        '310': '资本性支出',
      }[cls]!;
      out.push([cls, name, f(sumBy(members, ([, , v]) => v))]);
      for (const [c, n, v] of members) out.push([c, n, f(v)]);
    }
    return out;
  };
  const lp = grp(pe);
  const rp = grp(of);
  const rows6: string[][] = [];
  for (let i = 0; i < Math.max(lp.length, rp.length); i++)
    rows6.push([...(lp[i] ?? ['', '', '']), ...(rp[i] ?? ['', '', ''])]);
  rows6.push(['', '人员经费合计', f(d.person), '', '公用经费合计', f(d.office)]);
  B.push({
    kind: 't',
    title: '一般公共预算财政拨款基本支出决算表',
    unit: '万元',
    header: [['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数']],
    rows: rows6,
  });
  B.push({ kind: 'page' });
  // 7 三公
  const fe = m.fees;
  B.push({
    kind: 't',
    title: '财政拨款“三公”经费支出决算表',
    unit: '万元',
    header: [
      [
        '合计',
        '',
        '因公出国（境）费',
        '',
        '小计',
        '',
        '公务用车购置费',
        '',
        '公务用车运行维护费',
        '',
        '公务接待费',
        '',
      ],
      [
        '预算数',
        '决算数',
        '预算数',
        '决算数',
        '预算数',
        '决算数',
        '预算数',
        '决算数',
        '预算数',
        '决算数',
        '预算数',
        '决算数',
      ],
    ],
    rows: [
      [
        f(d.feesB),
        f(d.feesA),
        f(fe.abroad[0]),
        f(fe.abroad[1]),
        f(fe.carBuy[0] + fe.carRun[0]),
        f(fe.carBuy[1] + fe.carRun[1]),
        f(fe.carBuy[0]),
        f(fe.carBuy[1]),
        f(fe.carRun[0]),
        f(fe.carRun[1]),
        f(fe.reception[0]),
        f(fe.reception[1]),
      ],
    ],
  });
  B.push({ kind: 'p', text: '注：本表反映部门本年度“三公”经费支出预决算情况。' });
  B.push({ kind: 'page' });
  // 第三部分 情况说明
  B.push({ kind: 'h', text: `第三部分 ${m.dept}${y}年度部门决算情况说明` });
  B.push({ kind: 'h', text: '一、收入支出决算总体情况说明' });
  const c1 = change(d.grand, m.last.grand);
  B.push({
    kind: 'p',
    text: `${m.dept}${y}年度收入支出总计${f(d.grand)}万元。与${y - 1}年度相比，收入支出总计${c1.verb}${c1.amount}万元，${c1.pverb}${c1.p}%。主要原因：业务工作量变化，相应经费${c1.verb === '增加' ? '增加' : '减少'}。`,
  });
  B.push({ kind: 'h', text: '二、收入决算情况说明' });
  B.push({
    kind: 'p',
    text: `本年收入合计${f(d.incomeTotal)}万元，其中：财政拨款收入${f(d.gp)}万元，占${pct(d.gp, d.incomeTotal)}%；事业收入${f(d.business)}万元，占${pct(d.business, d.incomeTotal)}%；其他收入${f(m.income.other)}万元，占${pct(m.income.other, d.incomeTotal)}%。`,
  });
  B.push({ kind: 'h', text: '三、支出决算情况说明' });
  B.push({
    kind: 'p',
    text: `本年支出合计${f(d.expenseTotal)}万元，其中：基本支出${f(d.basicAll)}万元，占${pct(d.basicAll, d.expenseTotal)}%；项目支出${f(d.projectAll)}万元，占${pct(d.projectAll, d.expenseTotal)}%。`,
  });
  B.push({ kind: 'h', text: '四、财政拨款收入支出决算总体情况说明' });
  const c4 = change(d.fiscalTotal, m.last.fiscal);
  B.push({
    kind: 'p',
    text: `${m.dept}${y}年度财政拨款收入支出总计${f(d.fiscalTotal)}万元。与${y - 1}年度相比，财政拨款收入支出总计${c4.verb}${c4.amount}万元，${c4.pverb}${c4.p}%。主要原因：人员和项目经费变化。`,
  });
  B.push({ kind: 'h', text: '五、一般公共预算财政拨款支出决算情况说明' });
  B.push({ kind: 'h', text: '（一）一般公共预算财政拨款支出决算总体情况' });
  const c5 = change(d.gp, m.last.gp);
  B.push({
    kind: 'p',
    text: `一般公共预算财政拨款支出${f(d.gp)}万元，占本年支出合计的${pct(d.gp, d.expenseTotal)}%。与${y - 1}年度相比，一般公共预算财政拨款支出${c5.verb}${c5.amount}万元，${c5.pverb}${c5.p}%。主要原因：重点项目支出安排变化。`,
  });
  B.push({ kind: 'h', text: '（二）一般公共预算财政拨款支出决算结构情况' });
  B.push({
    kind: 'p',
    text: `一般公共预算财政拨款支出${f(d.gp)}万元，主要用于以下方面：${gpByClass.map(([n, v]) => `${n}（类）${f(v)}万元，占${pct(v, d.gp)}%`).join('；')}。`,
  });
  B.push({ kind: 'h', text: '（三）一般公共预算财政拨款支出决算具体情况' });
  B.push({
    kind: 'p',
    text: `一般公共预算财政拨款支出年初预算为${f(m.gpBudget)}万元，支出决算为${f(d.gp)}万元，完成年初预算的${pct(d.gp, m.gpBudget)}%。决算数与预算数存在差异的主要原因：年中追加和压减部分项目。其中：`,
  });
  m.leaves.forEach((l, i) => {
    const a = l.basic + l.project;
    if (a === 0 && l.budget === 0) return;
    B.push({
      kind: 'p',
      text: `${i + 1}、${l.clsName}（类）${l.kuanName}（款）${l.name}（项）。主要用于：保障相关工作正常开展。年初预算为${f(l.budget)}万元，支出决算为${f(a)}万元，完成年初预算的${pct(a, l.budget)}%。${a === l.budget ? '' : `决算数${a > l.budget ? '大于' : '小于'}预算数的主要原因：年中预算调整。`}`,
    });
  });
  B.push({ kind: 'h', text: '六、一般公共预算财政拨款基本支出决算情况说明' });
  B.push({
    kind: 'p',
    text: `一般公共预算财政拨款基本支出${f(d.basicAll)}万元。其中：人员经费${f(d.person)}万元，主要包括：基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费、住房公积金、退休费；公用经费${f(d.office)}万元，主要包括：办公费、水费、电费、差旅费、工会经费、公务用车运行维护费、办公设备购置。`,
  });
  B.push({ kind: 'h', text: '七、财政拨款“三公”经费支出决算情况说明' });
  B.push({ kind: 'p', text: '（一）“三公”经费财政拨款支出决算总体情况说明。' });
  const fb = d.feesB;
  const fa = d.feesA;
  const rate = (a: Money, b: Money): string => (b === 0 ? '' : `，完成预算的${pct(a, b)}%`);
  B.push({
    kind: 'p',
    text: `“三公”经费财政拨款支出年初预算为${f(fb)}万元，支出决算为${f(fa)}万元${rate(fa, fb)}，其中：因公出国（境）费决算为${f(fe.abroad[1])}万元${rate(fe.abroad[1], fe.abroad[0])}；公务用车购置及运行维护费支出决算为${f(fe.carBuy[1] + fe.carRun[1])}万元${rate(fe.carBuy[1] + fe.carRun[1], fe.carBuy[0] + fe.carRun[0])}；公务接待费支出决算为${f(fe.reception[1])}万元${rate(fe.reception[1], fe.reception[0])}。${y}年度“三公”经费支出决算数小于预算数的主要原因：厉行节约。`,
  });
  const c7 = change(fa, m.last.fees);
  B.push({
    kind: 'p',
    text: `${y}年度“三公”经费财政拨款支出决算数比${y - 1}年度${c7.verb}${c7.amount}万元，${c7.pverb}${c7.p}%。主要原因是公务活动安排变化。`,
  });
  B.push({ kind: 'p', text: '（二）“三公”经费财政拨款支出决算具体情况说明。' });
  B.push({
    kind: 'p',
    text: `“三公”经费财政拨款支出决算中，因公出国（境）费支出决算${f(fe.abroad[1])}万元，占${pct(fe.abroad[1], fa)}%；公务用车购置及运行维护费支出决算${f(fe.carBuy[1] + fe.carRun[1])}万元，占${pct(fe.carBuy[1] + fe.carRun[1], fa)}%；公务接待费支出决算${f(fe.reception[1])}万元，占${pct(fe.reception[1], fa)}%。具体情况如下：`,
  });
  B.push({
    kind: 'p',
    text: `公务用车运行维护支出${f(fe.carRun[1])}万元。主要用于公务用车燃料费、维修费、保险费等。${y}年，${m.dept}开支财政拨款的公务用车保有量为${m.cars}辆。`,
  });
  B.push({ kind: 'h', text: '八、其他重要事项的情况说明' });
  B.push({ kind: 'h', text: '（一）机关运行经费支出情况' });
  B.push({
    kind: 'p',
    text: `${m.dept}${y}年度机关运行经费支出${f(m.runCost)}万元，${y - 1}年度为${f(m.last.run)}万元，增加${f(m.runCost - m.last.run)}万元（上年未单独核算）。`,
  });
  B.push({ kind: 'h', text: '（二）国有资产占有使用情况说明' });
  B.push({ kind: 'p', text: `截至${y}年12月31日，${m.dept}开支财政拨款的公务用车保有量为${m.cars}辆。` });
  B.push({ kind: 'h', text: '第四部分 名词解释' });
  B.push({
    kind: 'p',
    text: '一、财政拨款收入：指单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。',
  });
  B.push({ kind: 'p', text: '二、基本支出：指单位为保障机构正常运转、完成日常工作任务而发生的各项支出。' });
  return B;
}

/** A 三公 notice: budget and actual, by item, shares and changes. */
export function threeFeesNotice(m: Model): Block[] {
  const fe = m.fees;
  const a = fe.abroad[1] + fe.carBuy[1] + fe.carRun[1] + fe.reception[1];
  const b = fe.abroad[0] + fe.carBuy[0] + fe.carRun[0] + fe.reception[0];
  const y = m.year;
  const c = change(a, m.last.fees);
  const car = fe.carBuy[1] + fe.carRun[1];
  const charge = Math.round(fe.carRun[1] / 10) + 1;
  return [
    { kind: 'h', text: `${m.dept}${y}年度“三公”经费决算情况说明` },
    {
      kind: 'p',
      text: `${y}年度${m.dept}“三公”经费财政拨款支出决算为${yuan(a)}万元，比${y - 1}年度${c.verb}${c.amount}万元，${c.pverb}${c.p}%。`,
    },
    {
      kind: 'p',
      text: `“三公”经费财政拨款支出决算中，因公出国（境）费支出决算${yuan(fe.abroad[1])}万元，占${pct(fe.abroad[1], a)}%；公务用车购置及运行维护费支出决算${yuan(car)}万元，占${pct(car, a)}%；公务接待费支出决算${yuan(fe.reception[1])}万元，占${pct(fe.reception[1], a)}%。`,
    },
    {
      kind: 'p',
      text: `“三公”经费财政拨款支出年初预算为${yuan(b)}万元，支出决算为${yuan(a)}万元，完成年初预算的${pct(a, b)}%。`,
    },
    {
      kind: 'p',
      text: `公务用车购置及运行维护费支出${yuan(car)}万元，其中：公务用车购置费${yuan(fe.carBuy[1])}万元，公务用车运行维护费${yuan(fe.carRun[1])}万元。`,
    },
    { kind: 'p', text: `截至${y}年12月31日，${m.dept}开支财政拨款的公务用车保有量为${m.cars}辆。` },
    // Both years stated: the change amount, 持平, a zero base and a zero budget (no rate).
    {
      kind: 'p',
      text: `${y}年度“三公”经费财政拨款支出决算为${yuan(a)}万元，${y - 1}年度为${yuan(m.last.fees)}万元，${c.verb}${c.amount}万元，${c.pverb}${c.p}%。`,
    },
    {
      kind: 'p',
      text: `公务用车运行维护费${y}年度支出决算为${yuan(fe.carRun[1])}万元，${y - 1}年度为${yuan(fe.carRun[1])}万元，与上年持平。`,
    },
    {
      kind: 'p',
      text: `新能源公务用车充电费${y}年度支出${yuan(charge)}万元，${y - 1}年度为0.00万元，增加${yuan(charge)}万元（上年无此项支出）。`,
    },
    { kind: 'p', text: '会议费年初预算为0.00万元，支出决算为0.00万元，未发生会议费支出。' },
  ];
}

/** A 项目支出绩效自评表 with its indicator rows, weights and scores. */
export function selfEvaluation(seed: number, project: string, year: number): Block[] {
  const r = rng(seed);
  const budget = Math.round(20000 + r() * 200000);
  const actual = Math.round(budget * (0.85 + r() * 0.15));
  const rows: Array<[string, string, string, string, string, string]> = [
    ['产出指标', '数量指标', '完成项目数量', '≥10个', '12个', '10'],
    ['产出指标', '质量指标', '验收合格率', '≥95%', '98%', '10'],
    ['产出指标', '时效指标', '按期完成率', '100%', '100%', '10'],
    ['产出指标', '成本指标', '成本控制率', '≤100%', '96%', '10'],
    ['效益指标', '社会效益指标', '服务覆盖人次', '≥5000人次', '5200人次', '15'],
    ['效益指标', '可持续影响指标', '长效机制建立情况', '建立', '已建立', '15'],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '93%', '20'],
  ];
  const scores = rows.map(([, , , , , w]) => {
    const wv = Number(w);
    return r() < 0.6 ? wv : Math.round((wv - 1 - r()) * 10) / 10;
  });
  const rateScore = Math.round((actual / budget) * 10 * 100) / 100;
  const total = Math.round((scores.reduce((a, b) => a + b, 0) + rateScore) * 100) / 100;
  const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : String(v));
  const grade = total >= 90 ? '优' : total >= 80 ? '良' : total >= 60 ? '中' : '差';
  return [
    { kind: 'h', text: `${year}年度项目支出绩效自评表` },
    { kind: 'p', text: `项目名称：${project}` },
    {
      kind: 't',
      title: '项目支出绩效自评表',
      unit: '',
      header: [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分']],
      rows: [
        ['预算执行率', '', '', `${yuan(budget)}万元`, `${yuan(actual)}万元`, '10', fmt(rateScore)],
        ...rows.map((row, i) => [...row, fmt(scores[i]!)]),
        ['合计', '', '', '', '', '100', fmt(total)],
      ],
    },
    {
      kind: 'p',
      text: `项目全年预算数${yuan(budget)}万元，执行数为${yuan(actual)}万元，完成预算的${pct(actual, budget)}%。`,
    },
    { kind: 'p', text: `${year}年度项目自评得分${fmt(total)}分，评价等次为${grade}。` },
  ];
}

// ---------------------------------------------------------------- printing

export type Style = 'layout' | 'layout-double' | 'raw' | 'typed' | 'markdown';

const isCjk = (ch: string): boolean => /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’]/.test(ch);

/** pdftotext puts a space between CJK and Latin/digit runs ("收入支出总计 2,961.68 万元"). */
function pdfSpacing(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const prev = text[i - 1];
    if (
      prev !== undefined &&
      ((isCjk(prev) && /[0-9A-Za-z]/.test(ch) && !/[（“]/.test(prev)) ||
        (/[0-9A-Za-z%]/.test(prev) && isCjk(ch) && !/[，。；、）”：]/.test(ch)))
    )
      out += ' ';
    out += ch;
  }
  return out;
}

const dw = (t: string): number => [...t].reduce((a, ch) => a + (isCjk(ch) ? 2 : 1), 0);

/** Wraps at `width` full-width characters (a Latin character or digit is half as wide); numbers are not split. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let cur = '';
  const tokens = text.match(/[0-9A-Za-z.,%]+ ?|[^0-9A-Za-z.,%]/g) ?? [];
  for (const t of tokens) {
    if (dw(cur) + dw(t.trimEnd()) > width * 2 && cur.length > 0) {
      lines.push(cur.trimEnd());
      cur = t.trimStart();
    } else cur += t;
  }
  if (cur.trim()) lines.push(cur.trimEnd());
  return lines;
}

function pad(text: string, width: number, right = false): string {
  const n = Math.max(0, width - text.length);
  return right ? ' '.repeat(n) + text : text + ' '.repeat(n);
}

function spaceTable(t: Extract<Block, { kind: 't' }>): string[] {
  const all = [...t.header, ...t.rows];
  const cols = Math.max(...all.map((r) => r.length));
  const widths = Array.from(
    { length: cols },
    (_, c) => Math.max(4, ...all.map((r) => (r[c] ?? '').length)) + 3,
  );
  const out: string[] = [`${pad('', 16)}${t.title}`];
  if (t.unit) out.push(`${pad('', 40)}单位：${t.unit}`);
  const isNum = (s: string): boolean => /^-?[\d,]+\.\d+$/.test(s);
  for (const r of all)
    out.push(
      r
        .map((cell, c) => (isNum(cell) ? pad(cell, widths[c]!, true) : pad(cell, widths[c]!)))
        .join('  ')
        .trimEnd(),
    );
  return out;
}

export function print(blocks: readonly Block[], style: Style, width = 40): string {
  const out: string[] = [];
  let page = 1;
  for (const b of blocks) {
    if (b.kind === 'page') {
      if (style === 'layout-double') {
        out.push('', `${pad('', 18)}- ${page} -`);
        page++;
        out.push('\f');
      } else if (style === 'layout' || style === 'raw') out.push('\f');
      continue;
    }
    if (b.kind === 'h' || b.kind === 'p') {
      if (style === 'typed' || style === 'markdown') {
        out.push(b.text);
        continue;
      }
      const text = pdfSpacing(b.text);
      const lines = b.kind === 'h' ? [text] : wrap(text, width);
      lines.forEach((l, i) => {
        const indent = style === 'raw' ? '' : i === 0 ? '  ' : '';
        out.push(indent + l);
        if (style === 'layout-double') out.push('');
      });
      if (style === 'layout') out.push('');
      continue;
    }
    // tables
    if (style === 'layout' || style === 'layout-double') {
      out.push(...spaceTable(b));
    } else if (style === 'raw') {
      out.push(b.title);
      if (b.unit) out.push(`单位：${b.unit}`);
      for (const r of [...b.header, ...b.rows]) for (const c of r) if (c) out.push(c);
    } else if (style === 'typed') {
      out.push(b.title);
      if (b.unit) out.push(`单位：${b.unit}`);
      for (const r of [...b.header, ...b.rows]) out.push(r.join('\t'));
    } else {
      out.push(b.title);
      if (b.unit) out.push(`单位：${b.unit}`);
      const [h, ...rest] = [...b.header.slice(-1), ...b.rows];
      out.push(`| ${h!.join(' | ')} |`, `|${h!.map(() => '---').join('|')}|`);
      for (const r of rest) out.push(`| ${r.join(' | ')} |`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`.replace(/\n\f\n/g, '\n\f');
}

// ---------------------------------------------------------------- the corpus

/** `blocks`: the model the text was printed from (empty for the documents written as text, provinces.ts). */
export type CorpusDocument = { name: string; text: string; blocks: Block[]; style: Style };

const DEPTS = [
  '江临市生态环境局',
  '海澄区文化旅游局',
  '云岭县农业农村局',
  '北湾市机关事务管理局',
  '青石区市场监督管理局',
];

export function corpus(): CorpusDocument[] {
  const docs: CorpusDocument[] = [];
  const add = (name: string, blocks: Block[], style: Style, width = 40): void => {
    docs.push({ name, blocks, style, text: print(blocks, style, width) });
  };
  DEPTS.forEach((dept, i) => {
    const m = makeModel(101 + i * 17, dept, 2024 - (i % 2));
    const fa = finalAccounts(m, { sep: i % 2 === 0 });
    const styles: Style[] = ['layout', 'layout-double', 'raw', 'typed', 'markdown'];
    add(`juesuan-${i + 1}-${styles[i]}.txt`, fa, styles[i]!, 38 + i * 2);
    add(`juesuan-${i + 1}-${styles[(i + 1) % 5]}.txt`, fa, styles[(i + 1) % 5]!, 40);
    add(
      `sangong-${i + 1}-${i % 2 ? 'typed' : 'layout'}.txt`,
      threeFeesNotice(m),
      i % 2 ? 'typed' : 'layout',
      40,
    );
  });
  const m6 = makeModel(977, '东港市水务局', 2024);
  add('juesuan-6-layout-wide.txt', finalAccounts(m6, { sep: true }), 'layout', 46);
  add('sangong-6-raw.txt', threeFeesNotice(m6), 'raw', 36);
  for (let k = 0; k < 3; k++) {
    add(
      `zipingbiao-${k + 1}-${k === 1 ? 'markdown' : 'typed'}.txt`,
      selfEvaluation(500 + k, ['社区公共服务提升项目', '河道保洁养护项目', '农业技术推广项目'][k]!, 2024),
      k === 1 ? 'markdown' : 'typed',
    );
  }
  // Shapes of other provinces, written as text directly (provinces.ts).
  for (const d of [...provinceDocuments(), ...countyDocuments()])
    docs.push({
      name: d.name,
      text: d.text,
      blocks: [],
      style: d.name.includes('typed') ? 'typed' : 'layout',
    });
  return docs;
}

/** One planted error: a replacement in a clean document and the rule that must report it on the line where `to` lands. */
export type Plant = { doc: string; from: string; to: string; rule: string; nth?: number };
