/**
 * Documents in shapes the first corpus lacks, modelled on how other provinces publish (the shapes only:
 * every name and figure here is invented, and every clean document adds up):
 *  - a 部门决算 情况说明 whose shares come before the amount ("占X%，为X万元"), with 收、支总计, changes
 *    "比上年增加…万元，增长…%" wrapped across lines, and a few of the nine tables (pdftotext -layout);
 *  - a 三公 notice as a (一)(二)(三) list with 预算数 vs 决算数, reasons, 团组/人次 and 批次/人次 counts;
 *  - a 单位决算 whose tables are printed in 元 with thousands separators while the text says 万元;
 *  - a 项目支出绩效自评表 in the national form (年初预算数/全年预算数/全年执行数/分值/执行率/得分,
 *    一级/二级/三级指标 with merged cells, 总分) as pdftotext -layout prints it;
 *  - a 部门整体支出绩效自评报告 (narrative, typed) with its 评分 table;
 *  - a summary with full-width digits and 亿元 amounts (shares computed from the exact 万元 figures).
 *
 * Pure (no I/O); corpus.ts adds these to the corpus.
 */

/** Money in hundredths of the printed unit (integers). */
export type Cents = number;

export const fmt = (c: Cents, sep = false): string => {
  const s = (Math.abs(c) / 100).toFixed(2);
  const [i, d] = s.split('.') as [string, string];
  return `${c < 0 ? '-' : ''}${sep ? i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : i}.${d}`;
};

/** part ÷ total × 100, half-up at `places` decimals, exact on integers. */
export function pct(part: number, total: number, places = 2): string {
  const scale = 10n ** BigInt(places);
  const q = (BigInt(part) * 100n * scale * 2n + BigInt(total)) / (2n * BigInt(total));
  const s = q.toString().padStart(places + 1, '0');
  return places === 0 ? s : `${s.slice(0, -places)}.${s.slice(-places)}`;
}

/** A change against last year: verbs, amount and % (of last year). */
export function change(now: Cents, last: Cents, sep = false) {
  const d = now - last;
  return {
    verb: d >= 0 ? '增加' : '减少',
    pverb: d >= 0 ? '增长' : '下降',
    amount: fmt(Math.abs(d), sep),
    p: pct(Math.abs(d), last),
  };
}

const isCjk = (ch: string): boolean => /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’]/.test(ch);
const dw = (t: string): number => [...t].reduce((a, ch) => a + (isCjk(ch) ? 2 : 1), 0);

/** pdftotext -layout's spacing between CJK and Latin/digit runs. */
export function pdfSpacing(text: string): string {
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

/** Wraps at `width` full-width characters; numbers are not split. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const t of text.match(/[0-9A-Za-z.,%]+ ?|[^0-9A-Za-z.,%]/g) ?? []) {
    if (dw(cur) + dw(t.trimEnd()) > width * 2 && cur.length > 0) {
      lines.push(cur.trimEnd());
      cur = t.trimStart();
    } else cur += t;
  }
  if (cur.trim()) lines.push(cur.trimEnd());
  return lines;
}

/** A paragraph as pdftotext -layout prints it: first line indented, wrapped, a blank line after. */
export const para = (text: string, width = 38): string[] => [
  ...wrap(pdfSpacing(text), width).map((l, i) => (i === 0 ? `    ${l}` : l)),
  '',
];
export const head = (text: string): string[] => [pdfSpacing(text), ''];

/** pdftotext -layout puts each glyph, CJK included, in one column of its grid: cells align by characters. */
const padTo = (s: string, w: number, right: boolean): string => {
  const n = Math.max(0, w - s.length);
  return right ? ' '.repeat(n) + s : s + ' '.repeat(n);
};
const isFigure = (s: string): boolean => /^-?[\d,]+(\.\d+)?%?$/.test(s);

/** A space-aligned table (figures right-aligned), as pdftotext -layout prints a ruled table. */
export function table(title: string, unit: string, rows: string[][]): string[] {
  const cols = Math.max(...rows.map((r) => r.length));
  const widths = Array.from(
    { length: cols },
    (_, c) => Math.max(6, ...rows.map((r) => (r[c] ?? '').length)) + 2,
  );
  return [
    `${' '.repeat(20)}${title}`,
    `${' '.repeat(44)}单位：${unit}`,
    ...rows.map((r) =>
      r
        .map((cell, c) => padTo(cell, widths[c]!, isFigure(cell)))
        .join('  ')
        .trimEnd(),
    ),
    '',
  ];
}

export const doc = (lines: string[]): string => `${lines.join('\n')}\n`;

// ---------------------------------------------------------------- 1. 部门决算, shares before amounts

/** A 部门决算 (2024) whose 情况说明 writes "占X%，为X万元", 收、支总计 and changes wrapped over lines. */
export function shareFirstAccounts(): string {
  const dept = '临川市自然资源和规划局';
  const y = 2024;
  // 一般公共预算财政拨款支出 by 类 / 款 / 项: [code, name, basic, project, budget]
  const items: Array<[string, string, Cents, Cents, Cents]> = [
    ['2200101', '行政运行', 298_416, 0, 301_000],
    ['2200106', '自然资源利用与保护', 0, 187_352, 195_500],
    ['2200150', '事业运行', 142_730, 0, 140_000],
    ['2080505', '机关事业单位基本养老保险缴费支出', 36_518, 0, 36_518],
    ['2101101', '行政单位医疗', 14_207, 0, 15_000],
    ['2210201', '住房公积金', 27_731, 0, 27_731],
  ];
  const sum = (f: (r: (typeof items)[number]) => number, xs = items): number =>
    xs.reduce((a, r) => a + f(r), 0);
  const gp = sum((r) => r[2] + r[3]);
  const basic = sum((r) => r[2]);
  const project = sum((r) => r[3]);
  const business: Cents = 48_265; // 事业收入, spent on 项目支出 of 2200150
  const other: Cents = 3_140; // 其他收入, carried over
  const incomeTotal = gp + business + other;
  const expenseTotal = gp + business;
  const carryIn: Cents = 52_380;
  const grand = incomeTotal + carryIn;
  const carryOut = grand - expenseTotal;
  const lastGrand: Cents = 711_520;
  const lastGp: Cents = 651_904;
  const gpBudget = sum((r) => r[4]);
  const cls = [
    ['220', '自然资源海洋气象等支出', items.slice(0, 3), '22001', '自然资源事务'],
    ['208', '社会保障和就业支出', items.slice(3, 4), '20805', '行政事业单位养老支出'],
    ['210', '卫生健康支出', items.slice(4, 5), '21011', '行政事业单位医疗'],
    ['221', '住房保障支出', items.slice(5, 6), '22102', '住房改革支出'],
  ] as const;
  const clsSum = (xs: readonly (typeof items)[number][]): number => sum((r) => r[2] + r[3], [...xs]);
  const c1 = change(grand, lastGrand, true);
  const c5 = change(gp, lastGp, true);
  const f = (c: Cents): string => fmt(c, true);
  const basicProj = business; // 事业收入 spent on projects
  const allProject = project + basicProj;
  const lines: string[] = [
    `${dept}${y}年度部门决算`,
    '',
    ...head('第一部分 部门概况'),
    ...para(`${dept}是市政府工作部门，负责全市自然资源调查监测、国土空间规划和用途管制等工作。`),
    '\f',
    ...head('第二部分 部门决算表'),
    ...table('收入支出决算总表', '万元', [
      ['收入', '', '支出', ''],
      ['项目', '决算数', '项目', '决算数'],
      ['一、一般公共预算财政拨款收入', f(gp), '一、社会保障和就业支出', f(clsSum(cls[1][2]))],
      ['二、政府性基金预算财政拨款收入', f(0), '二、卫生健康支出', f(clsSum(cls[2][2]))],
      ['三、事业收入', f(business), '三、自然资源海洋气象等支出', f(clsSum(cls[0][2]) + business)],
      ['四、其他收入', f(other), '四、住房保障支出', f(clsSum(cls[3][2]))],
      ['本年收入合计', f(incomeTotal), '本年支出合计', f(expenseTotal)],
      ['年初结转和结余', f(carryIn), '年末结转和结余', f(carryOut)],
      ['总计', f(grand), '总计', f(grand)],
    ]),
    '\f',
    ...table('一般公共预算财政拨款支出决算表', '万元', [
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['', '合计', f(gp), f(basic), f(project)],
      ...cls.flatMap(([code, name, xs, kuan, kuanName]) => [
        [code, name, f(clsSum(xs)), f(sum((r) => r[2], [...xs])), f(sum((r) => r[3], [...xs]))],
        [kuan, kuanName, f(clsSum(xs)), f(sum((r) => r[2], [...xs])), f(sum((r) => r[3], [...xs]))],
        ...xs.map((r) => [r[0], r[1], f(r[2] + r[3]), f(r[2]), f(r[3])]),
      ]),
    ]),
    '\f',
    ...head('第三部分 部门决算情况说明'),
    ...head('一、收入支出决算总体情况说明'),
    ...para(
      `${y}年度收、支总计均为${f(grand)}万元。与${y - 1}年度相比，收、支总计各${c1.verb}${c1.amount}万元，${c1.pverb}${c1.p}%。主要原因是国土空间规划编制任务${c1.verb}。`,
    ),
    ...head('二、收入决算情况说明'),
    ...para(
      `${y}年度本年收入合计${f(incomeTotal)}万元，其中：财政拨款收入占${pct(gp, incomeTotal)}%，为${f(gp)}万元；事业收入占${pct(business, incomeTotal)}%，为${f(business)}万元；其他收入占${pct(other, incomeTotal)}%，为${f(other)}万元。`,
    ),
    ...head('三、支出决算情况说明'),
    ...para(
      `${y}年度本年支出合计${f(expenseTotal)}万元，其中：基本支出占${pct(basic, expenseTotal)}%，为${f(basic)}万元；项目支出占${pct(allProject, expenseTotal)}%，为${f(allProject)}万元。`,
    ),
    ...head('四、一般公共预算财政拨款支出决算情况说明'),
    ...para(
      `${y}年度一般公共预算财政拨款支出${f(gp)}万元，占本年支出合计的${pct(gp, expenseTotal)}%。与${y - 1}年度相比，一般公共预算财政拨款支出${c5.verb}${c5.amount}万元，${c5.pverb}${c5.p}%，主要原因是自然资源调查项目支出增加。`,
    ),
    ...para(
      `从支出结构看，一般公共预算财政拨款支出${f(gp)}万元，主要用于以下方面：${cls.map(([, name, xs]) => `${name}（类）占${pct(clsSum(xs), gp)}%，为${f(clsSum(xs))}万元`).join('；')}。`,
    ),
    ...para(
      `${y}年度一般公共预算财政拨款支出年初预算为${f(gpBudget)}万元，支出决算为${f(gp)}万元，完成年初预算的${pct(gp, gpBudget)}%。其中：`,
    ),
    ...items.flatMap((r, i) =>
      para(
        `${i + 1}.${r[1]}（项）：年初预算${f(r[4])}万元，支出决算${f(r[2] + r[3])}万元，完成年初预算的${pct(r[2] + r[3], r[4])}%。`,
      ),
    ),
  ];
  return doc(lines);
}

// ---------------------------------------------------------------- 2. 三公 as a (一)(二)(三) list

/** A 三公 notice (2024): a numbered list of items, each with 预算数, 决算数, rate, reason, counts and the change. */
export function numberedThreeFees(): string {
  const y = 2024;
  const abroad = { budget: 1_200, actual: 986, last: 1_120 };
  const carBuy = { budget: 3_000, actual: 2_850, last: 3_360 };
  const carRun = { budget: 1_800, actual: 1_542, last: 1_610 };
  const reception = { budget: 1_000, actual: 635, last: 740 };
  const carA = carBuy.actual + carRun.actual;
  const carB = carBuy.budget + carRun.budget;
  const carL = carBuy.last + carRun.last;
  const a = abroad.actual + carA + reception.actual;
  const b = abroad.budget + carB + reception.budget;
  const l = abroad.last + carL + reception.last;
  const ct = change(a, l);
  const ca = change(abroad.actual, abroad.last);
  const cr = change(reception.actual, reception.last);
  const cc = change(carA, carL);
  return doc([
    '                  南屿县交通运输局2024年度“三公”经费',
    '                      财政拨款支出决算情况说明',
    '',
    ...para(
      `${y}年度“三公”经费财政拨款支出预算为${fmt(b)}万元，支出决算为${fmt(a)}万元，完成预算的${pct(a, b)}%。较上年${ct.verb}${ct.amount}万元，${ct.pverb}${ct.p}%，主要原因是严格执行厉行节约有关规定。`,
    ),
    ...para(
      `其中，因公出国（境）费支出决算占${pct(abroad.actual, a)}%，公务用车购置及运行维护费支出决算占${pct(carA, a)}%，公务接待费支出决算占${pct(reception.actual, a)}%。具体情况如下：`,
    ),
    ...para(
      `（一）因公出国（境）费。预算数${fmt(abroad.budget)}万元，决算数${fmt(abroad.actual)}万元，完成预算的${pct(abroad.actual, abroad.budget)}%，比上年${ca.verb}${ca.amount}万元，${ca.pverb}${ca.p}%。决算数小于预算数的主要原因是压减出访团组。全年安排因公出国（境）团组2个，累计6人次，主要用于赴境外开展交通规划技术交流。`,
    ),
    ...para(
      `（二）公务用车购置及运行维护费。预算数${fmt(carB)}万元，决算数${fmt(carA)}万元，完成预算的${pct(carA, carB)}%，比上年${cc.verb}${cc.amount}万元，${cc.pverb}${cc.p}%。其中：`,
    ),
    ...para(
      `1.公务用车购置费。预算数${fmt(carBuy.budget)}万元，决算数${fmt(carBuy.actual)}万元，完成预算的${pct(carBuy.actual, carBuy.budget)}%。全年更新执法执勤用车1辆。`,
    ),
    ...para(
      `2.公务用车运行维护费。预算数${fmt(carRun.budget)}万元，决算数${fmt(carRun.actual)}万元，完成预算的${pct(carRun.actual, carRun.budget)}%。主要用于执法执勤用车的燃料费、维修费、过路过桥费、保险费等支出。截至${y}年12月31日，单位开支财政拨款的公务用车保有量为7辆。`,
    ),
    ...para(
      `（三）公务接待费。预算数${fmt(reception.budget)}万元，决算数${fmt(reception.actual)}万元，完成预算的${pct(reception.actual, reception.budget)}%，比上年${cr.verb}${cr.amount}万元，${cr.pverb}${cr.p}%。全年国内公务接待42批次，共计315人次，主要用于接待上级部门检查指导工作；全年无外事接待。`,
    ),
  ]);
}

// ---------------------------------------------------------------- 3. 单位决算 in 元

/** A 单位决算 (2023): tables in 元 with thousands separators; the text in 万元, rounded. */
export function yuanTablesAccounts(): string {
  const unit = '西岭区第二实验小学';
  const y = 2023;
  // 元 in cents (hundredths of 元)
  const rows: Array<[string, string, Cents, Cents]> = [
    ['2050201', '学前教育', 0, 86_435_020],
    ['2050202', '小学教育', 1_254_689_345, 138_270_455],
    ['2080505', '机关事业单位基本养老保险缴费支出', 132_458_870, 0],
    ['2101102', '事业单位医疗', 52_317_640, 0],
    ['2210201', '住房公积金', 98_765_430, 0],
  ];
  const total = (f: (r: (typeof rows)[number]) => number, xs = rows): number =>
    xs.reduce((a, r) => a + f(r), 0);
  const basic = total((r) => r[2]);
  const project = total((r) => r[3]);
  const gp = basic + project;
  const carryIn: Cents = 23_456_780;
  const grand = gp + carryIn;
  const carryOut = carryIn;
  const f = (c: Cents): string => fmt(c, true);
  /** 元 cents → 万元 half-up at 2 places. */
  const wan = (c: Cents): string => fmt(Math.floor((c + 5_000) / 10_000), true);
  const edu = rows.slice(0, 2);
  const eduBasic = total((r) => r[2], edu);
  const eduProj = total((r) => r[3], edu);
  const fees = { car: 0, reception: 1_286_000, abroad: 0 };
  const feesA = fees.car + fees.reception + fees.abroad;
  const feesLast = 1_452_000;
  const cf = change(feesA, feesLast);
  return doc([
    `${unit}${y}年度单位决算`,
    '',
    ...table('收入支出决算总表', '元', [
      ['项目', '决算数', '项目', '决算数'],
      ['一、一般公共预算财政拨款收入', f(gp), '一、教育支出', f(eduBasic + eduProj)],
      ['二、事业收入', f(0), '二、社会保障和就业支出', f(total((r) => r[2] + r[3], rows.slice(2, 3)))],
      ['', '', '三、卫生健康支出', f(total((r) => r[2] + r[3], rows.slice(3, 4)))],
      ['', '', '四、住房保障支出', f(total((r) => r[2] + r[3], rows.slice(4, 5)))],
      ['本年收入合计', f(gp), '本年支出合计', f(gp)],
      ['年初结转和结余', f(carryIn), '年末结转和结余', f(carryOut)],
      ['总计', f(grand), '总计', f(grand)],
    ]),
    '\f',
    ...table('一般公共预算财政拨款支出决算表', '元', [
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['', '合计', f(gp), f(basic), f(project)],
      ['205', '教育支出', f(eduBasic + eduProj), f(eduBasic), f(eduProj)],
      ['20502', '普通教育', f(eduBasic + eduProj), f(eduBasic), f(eduProj)],
      ...edu.map((r) => [r[0], r[1], f(r[2] + r[3]), f(r[2]), f(r[3])]),
      ['208', '社会保障和就业支出', f(rows[2]![2]), f(rows[2]![2]), f(0)],
      ['20805', '行政事业单位养老支出', f(rows[2]![2]), f(rows[2]![2]), f(0)],
      [rows[2]![0], rows[2]![1], f(rows[2]![2]), f(rows[2]![2]), f(0)],
      ['210', '卫生健康支出', f(rows[3]![2]), f(rows[3]![2]), f(0)],
      ['21011', '行政事业单位医疗', f(rows[3]![2]), f(rows[3]![2]), f(0)],
      [rows[3]![0], rows[3]![1], f(rows[3]![2]), f(rows[3]![2]), f(0)],
      ['221', '住房保障支出', f(rows[4]![2]), f(rows[4]![2]), f(0)],
      ['22102', '住房改革支出', f(rows[4]![2]), f(rows[4]![2]), f(0)],
      [rows[4]![0], rows[4]![1], f(rows[4]![2]), f(rows[4]![2]), f(0)],
    ]),
    '\f',
    ...table('财政拨款“三公”经费支出决算表', '元', [
      ['合计', '因公出国（境）费', '公务用车购置及运行维护费', '公务接待费'],
      [f(feesA), f(fees.abroad), f(fees.car), f(fees.reception)],
    ]),
    '\f',
    ...head('部门决算情况说明'),
    ...head('一、收入支出决算总体情况说明'),
    ...para(`${y}年度收入支出总计${wan(grand)}万元。`),
    ...head('二、支出决算情况说明'),
    ...para(
      `本年支出合计${wan(gp)}万元，其中：基本支出${wan(basic)}万元，占${pct(basic, gp)}%；项目支出${wan(project)}万元，占${pct(project, gp)}%。`,
    ),
    ...head('三、一般公共预算财政拨款支出决算情况说明'),
    ...para(
      `一般公共预算财政拨款支出${wan(gp)}万元，主要用于以下方面：教育支出（类）${wan(eduBasic + eduProj)}万元，占${pct(eduBasic + eduProj, gp)}%；社会保障和就业支出（类）${wan(rows[2]![2])}万元，占${pct(rows[2]![2], gp)}%；卫生健康支出（类）${wan(rows[3]![2])}万元，占${pct(rows[3]![2], gp)}%；住房保障支出（类）${wan(rows[4]![2])}万元，占${pct(rows[4]![2], gp)}%。`,
    ),
    ...para(
      `按支出性质分，一般公共预算财政拨款支出${wan(gp)}万元，其中，基本支出占${pct(basic, gp)}%，项目支出占${pct(project, gp)}%。`,
    ),
    ...head('四、财政拨款“三公”经费支出决算情况说明'),
    ...para(
      `${y}年度“三公”经费财政拨款支出决算为${wan(feesA)}万元，比${y - 1}年度${cf.verb}${fmt(Math.floor((Math.abs(feesA - feesLast) + 5_000) / 10_000))}万元，${cf.pverb}${cf.p}%。其中：公务接待费${wan(fees.reception)}万元，全年接待32批次，共计210人次。`,
    ),
  ]);
}

// ---------------------------------------------------------------- 4. 项目支出绩效自评表 (national form)

/** The figures of the national 项目支出绩效自评表 below, printed in two shapes. */
function nationalForm() {
  const initial: Cents = 20_000;
  const full: Cents = 18_000;
  const spent: Cents = 17_136;
  const rate = pct(spent, full); // 95.20
  const rateScore = (Number(rate) / 10).toFixed(2); // × 10 分值 ÷ 100
  const ind: Array<[string, string, string, string, string, number, number]> = [
    ['产出指标', '数量指标', '补助发放人数', '≥1200人', '1260人', 20, 20],
    ['', '质量指标', '补助资金发放准确率', '100%', '100%', 10, 10],
    ['', '时效指标', '补助资金按时发放率', '≥95%', '92%', 10, 9],
    ['', '成本指标', '人均补助标准', '≤1500元', '1420元', 10, 10],
    ['效益指标', '社会效益指标', '困难老人基本生活保障水平', '有效提升', '基本实现', 15, 13],
    ['', '可持续影响指标', '居家养老服务长效机制', '建立', '已建立', 15, 15],
    ['满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%', '88%', 10, 8.5],
  ];
  const total = (Number(rateScore) + ind.reduce((a, r) => a + r[6], 0)).toFixed(2);
  const grade = Number(total) >= 90 ? '优' : Number(total) >= 80 ? '良' : '中';
  return { initial, full, spent, rate, rateScore, ind, total, grade };
}

/** The national 项目支出绩效自评表 (2024) as pdftotext -layout prints it. */
export function nationalSelfEvaluation(): string {
  const { initial, full, spent, rate, rateScore, ind, total, grade } = nationalForm();
  const L = (cells: Array<[number, string]>): string => {
    let out = '';
    for (const [col, text] of cells) {
      out = out.padEnd(Math.max(out.length + 2, col), ' ') + text;
    }
    return out;
  };
  const money = (c: Cents): string => fmt(c);
  return doc([
    '                           项目支出绩效自评表',
    '                              （2024年度）',
    '',
    L([
      [2, '项目名称'],
      [22, '困难老人居家养老服务补助项目'],
    ]),
    L([
      [2, '主管部门'],
      [22, '东江市民政局'],
      [58, '实施单位'],
      [70, '东江市养老服务指导中心'],
    ]),
    L([
      [32, '年初预算数'],
      [46, '全年预算数'],
      [60, '全年执行数'],
      [74, '分值'],
      [82, '执行率'],
      [92, '得分'],
    ]),
    L([
      [2, '项目资金'],
      [12, '年度资金总额'],
      [34, money(initial)],
      [48, money(full)],
      [62, money(spent)],
      [75, '10'],
      [82, `${rate}%`],
      [92, rateScore],
    ]),
    L([
      [2, '（万元）'],
      [12, '其中：当年财政拨款'],
      [34, money(initial)],
      [48, money(full)],
      [62, money(spent)],
      [76, '—'],
      [84, '—'],
      [93, '—'],
    ]),
    L([
      [12, '上年结转资金'],
      [36, money(0)],
      [50, money(0)],
      [64, money(0)],
      [76, '—'],
      [84, '—'],
      [93, '—'],
    ]),
    L([
      [12, '其他资金'],
      [36, money(0)],
      [50, money(0)],
      [64, money(0)],
      [76, '—'],
      [84, '—'],
      [93, '—'],
    ]),
    L([
      [2, '年度'],
      [12, '预期目标'],
      [52, '实际完成情况'],
    ]),
    L([
      [2, '总体'],
      [12, '为辖区1200名以上困难老人提供'],
      [52, '为1260名困难老人发放居家养老'],
    ]),
    L([
      [2, '目标'],
      [12, '居家养老服务补助。'],
      [52, '服务补助，资金执行率95.20%。'],
    ]),
    L([
      [2, '绩效'],
      [12, '一级指标'],
      [24, '二级指标'],
      [40, '三级指标'],
      [66, '年度指标值'],
      [80, '实际完成值'],
      [94, '分值'],
      [100, '得分'],
      [108, '偏差原因分析及改进措施'],
    ]),
    ...ind.map((r, i) =>
      L([
        [2, i === 0 ? '指标' : ''],
        [12, r[0]],
        [24, r[1]],
        [40, r[2]],
        [66, r[3]],
        [80, r[4]],
        [95, String(r[5])],
        [101, String(r[6])],
        [108, r[6] < r[5] ? '个别批次发放延迟，已优化流程' : ''],
      ]),
    ),
    L([
      [2, '总分'],
      [94, '100'],
      [100, total],
      [108, `自评等级：${grade}`],
    ]),
    '',
  ]);
}

/**
 * The same 自评表 copied out of Word as text: cells separated by tabs, a merged cell printed once, on the
 * first row it covers (项目资金（万元）, 年度总体目标, 绩效指标, 一级指标), the rows below without it.
 */
export function nationalSelfEvaluationTabs(): string {
  const { initial, full, spent, rate, rateScore, ind, total, grade } = nationalForm();
  const money = (c: Cents): string => fmt(c);
  const row = (...cells: string[]): string => cells.join('\t');
  return doc([
    '项目支出绩效自评表',
    '（2024年度）',
    row('项目名称', '困难老人居家养老服务补助项目'),
    row('主管部门', '东江市民政局', '实施单位', '东江市养老服务指导中心'),
    row('项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'),
    row('年度资金总额', money(initial), money(full), money(spent), '10', `${rate}%`, rateScore),
    row('其中：当年财政拨款', money(initial), money(full), money(spent), '—', '—', '—'),
    row('上年结转资金', money(0), money(0), money(0), '—', '—', '—'),
    row('其他资金', money(0), money(0), money(0), '—', '—', '—'),
    row('年度总体目标', '预期目标', '实际完成情况'),
    row(
      '为辖区1200名以上困难老人提供居家养老服务补助。',
      '为1260名困难老人发放居家养老服务补助，资金执行率95.20%。',
    ),
    row(
      '绩效指标',
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ),
    ...ind.map((r) =>
      row(
        ...(r[0] ? [r[0]] : []),
        r[1],
        r[2],
        r[3],
        r[4],
        String(r[5]),
        String(r[6]),
        r[6] < r[5] ? '个别批次发放延迟，已优化流程' : '',
      ),
    ),
    row('总分', '100', total, `自评等级：${grade}`),
    '',
  ]);
}

// ---------------------------------------------------------------- 5. 部门整体支出绩效自评报告 (typed)

/** A 部门整体支出绩效自评报告 (2024): 预算执行 narrative, shares, change, 评分 table, grade. */
export function departmentSelfReport(): string {
  const y = 2024;
  const full: Cents = 345_678;
  const basic: Cents = 210_000;
  const project: Cents = 122_109;
  const spent = basic + project; // 332109
  const last: Cents = 318_254;
  const c = change(spent, last);
  const rate = pct(spent, full);
  const rateScore = ((Number(rate) * 10) / 100).toFixed(2);
  const rows: Array<[string, number, number]> = [
    ['预算执行', 10, Number(rateScore)],
    ['投入管理', 15, 14],
    ['产出', 40, 37],
    ['效益', 25, 22],
    ['满意度', 10, 9.5],
  ];
  const total = rows.reduce((a, r) => a + r[2], 0).toFixed(2);
  const grade = Number(total) >= 90 ? '优' : Number(total) >= 80 ? '良' : '中';
  return doc([
    `青峰市住房和城乡建设局${y}年度部门整体支出绩效自评报告`,
    '',
    '一、部门基本情况',
    '青峰市住房和城乡建设局内设机构9个，下属事业单位3个，年末实有人员126人。',
    '二、预算执行情况',
    `${y}年度部门全年预算数为${fmt(full, true)}万元，全年执行数为${fmt(spent, true)}万元，预算执行率为${rate}%。其中：基本支出执行${fmt(basic, true)}万元，占全年执行数的${pct(basic, spent)}%；项目支出执行${fmt(project, true)}万元，占全年执行数的${pct(project, spent)}%。`,
    `${y - 1}年度全年执行数为${fmt(last, true)}万元，${y}年度较上年${c.verb}${c.amount}万元，${c.pverb}${c.p}%，主要原因是老旧小区改造项目支出增加。`,
    '三、绩效目标完成情况',
    '全年完成老旧小区改造38个，惠及居民5200户；完成城镇棚户区改造安置房建设1200套。',
    '四、自评结论',
    `根据部门整体支出绩效评价指标体系，${y}年度部门整体支出绩效自评得分为${total}分，评价等级为“${grade}”。`,
    '部门整体支出绩效自评得分表',
    ['一级指标', '分值', '得分'].join('\t'),
    ...rows.map((r) => [r[0], String(r[1]), String(r[2])].join('\t')),
    ['合计', '100', total].join('\t'),
    '五、存在的问题及改进措施',
    '部分项目前期论证不够充分，预算执行进度前低后高。下一步将加强项目储备和执行监控。',
  ]);
}

// ---------------------------------------------------------------- 6. full-width digits and 亿元

const FULL = '０１２３４５６７８９';
const fullWidth = (s: string): string =>
  s
    .replace(/[0-9]/g, (d) => FULL[Number(d)]!)
    .replace(/\./g, '．')
    .replace(/%/g, '％');

/** A 市级 部门决算 summary (2024) printed with full-width digits; large totals in 亿元 (shares from exact 万元). */
export function fullWidthAccounts(): string {
  const y = 2024;
  // 万元 cents
  const basic: Cents = 1_283_467;
  const project: Cents = 2_276_512;
  const expense = basic + project;
  const lastExpense: Cents = 3_367_520;
  const person: Cents = 1_102_345;
  const office = basic - person;
  /** 万元 cents → 亿元 at 2 places, half-up. */
  const yi = (c: Cents): string => fmt(Math.floor((c + 5_000) / 10_000));
  const c = change(expense, lastExpense);
  const diffYi = fmt(Math.floor((Math.abs(expense - lastExpense) + 5_000) / 10_000));
  const W = (t: string): string[] => para(fullWidth(t), 40);
  return doc([
    fullWidth(`澄海市卫生健康委员会${y}年度部门决算情况说明`),
    '',
    ...W(
      `${y}年度本年支出合计${yi(expense)}亿元，其中：基本支出${yi(basic)}亿元，占${pct(basic, expense)}%；项目支出${yi(project)}亿元，占${pct(project, expense)}%。与${y - 1}年度相比，本年支出合计${c.verb}${diffYi}亿元，${c.pverb}${c.p}%，主要原因是公立医院改革补助增加。`,
    ),
    ...W(
      `基本支出${fmt(basic)}万元，其中：人员经费${fmt(person)}万元，占${pct(person, basic)}%；公用经费${fmt(office)}万元，占${pct(office, basic)}%。`,
    ),
    ...W(`截至${y}年12月31日，本部门开支财政拨款的公务用车保有量为12辆。`),
  ]);
}

// ---------------------------------------------------------------- 7. 其他重要事项: 政府采购, 车辆, 机关运行经费

/** The 其他重要事项 part (2024) as Beijing-style documents write it: 政府采购 with 中小企业 shares, vehicles by kind. */
export function otherMattersAccounts(): string {
  const y = 2024;
  const goods: Cents = 86_432;
  const works: Cents = 120_000;
  const services: Cents = 43_518;
  const procurement = goods + works + services;
  const sme: Cents = 198_765;
  const small: Cents = 143_210;
  const run: Cents = 31_245;
  const runLast: Cents = 33_870;
  const cr = change(run, runLast);
  const cars: Array<[string, number]> = [
    ['主要领导干部用车', 1],
    ['机要通信用车', 2],
    ['应急保障用车', 3],
    ['执法执勤用车', 9],
    ['其他用车', 4],
  ];
  const carTotal = cars.reduce((a, [, n]) => a + n, 0);
  const f = (c: Cents): string => fmt(c, true);
  return doc([
    `                      清河市城市管理委员会${y}年度部门决算`,
    '',
    ...head('九、其他重要事项的情况说明'),
    ...head('（一）机关运行经费支出情况'),
    ...para(
      `${y}年度本部门机关运行经费支出${f(run)}万元，比${y - 1}年度${cr.verb}${cr.amount}万元，${cr.pverb}${cr.p}%。主要原因是压减会议费和差旅费支出。`,
    ),
    ...head('（二）政府采购支出情况'),
    ...para(
      `${y}年度本部门政府采购支出总额${f(procurement)}万元，其中：政府采购货物支出${f(goods)}万元、政府采购工程支出${f(works)}万元、政府采购服务支出${f(services)}万元。授予中小企业合同金额${f(sme)}万元，占政府采购支出总额的${pct(sme, procurement)}%，其中：授予小微企业合同金额${f(small)}万元，占政府采购支出总额的${pct(small, procurement)}%。`,
    ),
    ...head('（三）国有资产占有使用情况'),
    ...para(
      `截至${y}年12月31日，本部门共有车辆${carTotal}辆，其中：${cars.map(([k, n]) => `${k}${n}辆`).join('、')}。单价100万元（含）以上设备（不含车辆）2台（套）。`,
    ),
  ]);
}

// ---------------------------------------------------------------- 8. 自评表: 执行率 above 100%, wrapped cells

/** A second national 自评表 (2024): 全年执行数 above 全年预算数 (score capped), cells wrapped onto extra lines. */
export function cappedSelfEvaluation(): string {
  const full: Cents = 5_000;
  const spent: Cents = 5_120;
  const rate = pct(spent, full); // 102.40
  const ind: Array<[string, string, string, string, string, number, number]> = [
    ['产出指标', '数量指标', '改造农村户厕数量', '≥500户', '526户', 20, 20],
    ['', '质量指标', '改造户厕验收合格率', '≥98%', '99.2%', 15, 15],
    ['', '时效指标', '项目完成及时率', '100%', '90%', 15, 13.5],
    ['效益指标', '生态效益指标', '农村人居环境改善', '明显改善', '明显改善', 30, 28],
    ['满意度指标', '服务对象满意度指标', '农户满意度', '≥90%', '95%', 10, 10],
  ];
  const total = (10 + ind.reduce((a, r) => a + r[6], 0)).toFixed(1);
  const L = (cells: Array<[number, string]>): string => {
    let out = '';
    for (const [col, text] of cells) out = out.padEnd(Math.max(out.length + 2, col), ' ') + text;
    return out;
  };
  return doc([
    '                         项目支出绩效自评表',
    '                            （2024年度）',
    '',
    L([
      [2, '项目名称'],
      [22, '农村户厕改造奖补项目'],
    ]),
    L([
      [2, '主管部门'],
      [22, '柳溪县农业农村局'],
      [58, '实施单位'],
      [70, '柳溪县农村人居环境服务站'],
    ]),
    L([
      [32, '年初预算数'],
      [46, '全年预算数'],
      [60, '全年执行数'],
      [74, '分值'],
      [82, '执行率'],
      [92, '得分'],
    ]),
    L([
      [2, '项目资金'],
      [12, '年度资金总额'],
      [35, fmt(full)],
      [49, fmt(full)],
      [63, fmt(spent)],
      [75, '10'],
      [81, `${rate}%`],
      [93, '10'],
    ]),
    L([
      [2, '（万元）'],
      [12, '其中：当年财政拨款'],
      [35, fmt(full)],
      [49, fmt(full)],
      [63, fmt(full)],
      [76, '—'],
      [84, '—'],
      [93, '—'],
    ]),
    L([
      [12, '上年结转资金'],
      [36, fmt(0)],
      [50, fmt(0)],
      [65, fmt(120)],
      [76, '—'],
      [84, '—'],
      [93, '—'],
    ]),
    L([
      [2, '绩效'],
      [12, '一级指标'],
      [24, '二级指标'],
      [40, '三级指标'],
      [66, '年度指标值'],
      [80, '实际完成值'],
      [94, '分值'],
      [100, '得分'],
      [108, '偏差原因分析及改进措施'],
    ]),
    ...ind.flatMap((r, i) => {
      const line = L([
        [2, i === 0 ? '指标' : ''],
        [12, r[0]],
        [24, r[1]],
        [40, r[2]],
        [66, r[3]],
        [80, r[4]],
        [95, String(r[5])],
        [101, String(r[6])],
        [108, r[6] < r[5] ? (r[2] === '项目完成及时率' ? '部分村组施工受雨季影' : '个别村组后续管护') : ''],
      ]);
      // pdftotext prints a cell's second line on a line of its own.
      return r[6] < r[5] ? [line, L([[108, r[2] === '项目完成及时率' ? '响，工期顺延' : '待加强']])] : [line];
    }),
    L([
      [2, '总分'],
      [94, '100'],
      [100, total],
      [108, `自评等级：${Number(total) >= 90 ? '优' : '良'}`],
    ]),
    '',
  ]);
}

// ---------------------------------------------------------------- 9. 三公 typed, shares of a named total

/** A 三公 notice (2023), typed: each item with its share of “三公”经费 and its change, a 元 table. */
export function typedThreeFeesShares(): string {
  const y = 2023;
  const abroad: [Cents, Cents] = [0, 0];
  const car: [Cents, Cents] = [2_345, 2_510];
  const reception: [Cents, Cents] = [468, 392];
  const total = abroad[0] + car[0] + reception[0];
  const last = abroad[1] + car[1] + reception[1];
  const c = change(total, last);
  const cc = change(car[0], car[1]);
  const crc = change(reception[0], reception[1]);
  const yuanOf = (x: Cents): string => fmt(x * 10_000, true); // 万元 cents → 元 cents
  return doc([
    `临港新区教育局${y}年度“三公”经费支出情况说明`,
    `${y}年度“三公”经费支出${fmt(total)}万元，比上年${c.verb}${c.amount}万元，${c.pverb}${c.p}%。具体情况如下：`,
    `（一）因公出国（境）费${fmt(abroad[0])}万元，与上年持平，全年未安排因公出国（境）团组。`,
    `（二）公务用车购置及运行维护费${fmt(car[0])}万元，占“三公”经费支出的${pct(car[0], total)}%，比上年${cc.verb}${cc.amount}万元，${cc.pverb}${cc.p}%。其中，公务用车购置费0.00万元；公务用车运行维护费${fmt(car[0])}万元，主要用于6辆执法执勤用车的燃料、维修和保险等支出。`,
    `（三）公务接待费${fmt(reception[0])}万元，占“三公”经费支出的${pct(reception[0], total)}%，比上年${crc.verb}${crc.amount}万元，${crc.pverb}${crc.p}%。全年国内公务接待26批次、188人次。`,
    '“三公”经费支出决算表',
    '单位：元',
    ['项目', '本年决算数', '上年决算数'].join('\t'),
    ['合计', yuanOf(total), yuanOf(last)].join('\t'),
    ['因公出国（境）费', yuanOf(abroad[0]), yuanOf(abroad[1])].join('\t'),
    ['公务用车购置及运行维护费', yuanOf(car[0]), yuanOf(car[1])].join('\t'),
    ['公务接待费', yuanOf(reception[0]), yuanOf(reception[1])].join('\t'),
  ]);
}

export type ProvinceDocument = { name: string; text: string };

export function provinceDocuments(): ProvinceDocument[] {
  return [
    { name: 'province-share-first-layout.txt', text: shareFirstAccounts() },
    { name: 'province-sangong-numbered-layout.txt', text: numberedThreeFees() },
    { name: 'province-danwei-yuan-layout.txt', text: yuanTablesAccounts() },
    { name: 'province-ziping-national-layout.txt', text: nationalSelfEvaluation() },
    { name: 'province-ziping-national-typed.txt', text: nationalSelfEvaluationTabs() },
    { name: 'province-zhengti-report-typed.txt', text: departmentSelfReport() },
    { name: 'province-fullwidth-yi-layout.txt', text: fullWidthAccounts() },
    { name: 'province-other-matters-layout.txt', text: otherMattersAccounts() },
    { name: 'province-ziping-capped-layout.txt', text: cappedSelfEvaluation() },
    { name: 'province-sangong-shares-typed.txt', text: typedThreeFeesShares() },
  ];
}

// ---------------------------------------------------------------- planted errors

/** A planted error: `re` finds the figure (group 1) to change in document `name`; `to` is its new text. */
export type ProvincePlant = {
  name: string;
  what: string;
  re: RegExp;
  to: (figure: string) => string;
  rule: string;
  /** Where the finding must be: the changed figure (default) or the last character of this pattern's first match. */
  at?: RegExp;
};

const toAscii = (s: string): string =>
  s.replace(/[０-９]/g, (d) => String(FULL.indexOf(d))).replace(/．/g, '.');
/** Adds `by` to a figure, keeping its decimals, thousands separators and (full-width) digits. */
export const bump =
  (by: string) =>
  (v: string): string => {
    const full = /[０-９]/.test(v);
    const ascii = toAscii(v);
    const places = (ascii.split('.')[1] ?? '').length;
    const n = (Number(ascii.replace(/,/g, '')) + Number(by)).toFixed(places);
    const [i, d] = n.split('.') as [string, string | undefined];
    const int = ascii.includes(',') ? i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : i;
    const out = d === undefined ? int : `${int}.${d}`;
    return full ? fullWidth(out).replace(/％/g, '') : out;
  };

export const PROVINCE_PLANTS: ProvincePlant[] = [
  // 1. shares before the amount, 收、支总计, wrapped changes
  {
    name: 'province-share-first-layout.txt',
    what: 'share written before its amount (占X%，为X万元)',
    re: /财政拨款收入占 ([\d.]+)%，为/,
    to: bump('1.37'),
    rule: 'share.percent',
  },
  {
    name: 'province-share-first-layout.txt',
    what: '类 share written before its amount, wrapped',
    re: /卫生健康支出（类）占 ([\d.]+)%/,
    to: bump('1'),
    rule: 'share.percent',
  },
  {
    name: 'province-share-first-layout.txt',
    what: 'a part after its share does not add up',
    re: /事业收入占 [\d.]+%，为 ([\d,.]+) 万元/,
    to: bump('1'),
    rule: 'sum.parts',
    at: /本年收入合计 [\d,.]+ 万元，其中/,
  },
  {
    name: 'province-share-first-layout.txt',
    what: 'change direction, the amount wrapped to the next line',
    re: /各增加\n[\d.]+ 万元，(增长)/,
    to: () => '下降',
    rule: 'change.direction',
    at: /收、支总计各增加/,
  },
  {
    name: 'province-share-first-layout.txt',
    what: 'change % (比上年 … across two lines)',
    re: /财政拨款支出增加 [\d.]+ 万元，增长 ([\d.]+)%/,
    to: bump('0.5'),
    rule: 'change.percent',
  },
  {
    name: 'province-share-first-layout.txt',
    what: '项 completion wrapped inside 完成年初预算',
    re: /行政单位医疗（项）：年初预算 [\d.]+ 万元，支出决算 [\d.]+ 万元，完成年初预\n算的 ([\d.]+)%/,
    to: bump('2'),
    rule: 'completion.percent',
  },
  {
    name: 'province-share-first-layout.txt',
    what: '收、支总计 in the text against the 总表',
    re: /收、支总计均为 ([\d,.]+) 万元/,
    to: bump('10'),
    rule: 'figure.text-table',
  },
  {
    name: 'province-share-first-layout.txt',
    what: '项 budget in the list after 其中：',
    re: /住房公积金（项）：年初预算 [\d.]+ 万元，支出决算 ([\d.]+) 万元/,
    to: bump('3'),
    rule: 'completion.percent',
    at: /住房公积金（项）[^\n]*\n的 [\d.]+%/,
  },
  // 2. 三公 as a numbered list
  {
    name: 'province-sangong-numbered-layout.txt',
    what: '三公 completion of the whole',
    re: /支出决算为 [\d.]+ 万元，\n完成预算的 ([\d.]+)%/,
    to: bump('1.37'),
    rule: 'completion.percent',
  },
  {
    name: 'province-sangong-numbered-layout.txt',
    what: '（三）公务接待费 completion',
    re: /（三）公务接待费[\s\S]*?完成预算的 ([\d.]+)%/,
    to: bump('3'),
    rule: 'completion.percent',
  },
  {
    name: 'province-sangong-numbered-layout.txt',
    what: '（一）change direction',
    re: /比上年减少 [\d.]+ 万元，(下降) 11/,
    to: () => '增长',
    rule: 'change.direction',
  },
  {
    name: 'province-sangong-numbered-layout.txt',
    what: 'change % of the whole',
    re: /较上年[增减][加少] [\d.]+ 万元，[增下][长降] ([\d.]+)%/,
    to: bump('1'),
    rule: 'change.percent',
  },
  {
    name: 'province-sangong-numbered-layout.txt',
    what: 'a part of 公务用车购置及运行维护费 (parts on the following paragraphs)',
    re: /1\.公务用车购置费。预算数 [\d.]+ 万元，决算数 ([\d.]+) 万元/,
    to: bump('2'),
    rule: 'sum.parts',
    at: /（二）公务用车购置及运行维护费。预算数 [\d.]+ 万元，决算数 [\d.]+/,
  },
  // 3. 单位决算: tables in 元, text in 万元
  {
    name: 'province-danwei-yuan-layout.txt',
    what: '元 table: a 项 row that does not add up',
    re: /2050202 +小学教育 +[\d,.]+ +([\d,.]+)/,
    to: bump('100'),
    rule: 'table.row-sum',
  },
  {
    name: 'province-danwei-yuan-layout.txt',
    what: '类 in 万元 against the 元 table',
    re: /社会保障和就业支出（类） ([\d.]+) 万元/,
    to: bump('0.5'),
    rule: 'figure.text-table',
  },
  {
    name: 'province-danwei-yuan-layout.txt',
    what: '三公 table in 元: 合计 ≠ the items',
    re: /公务接待费\n +([\d,.]+)/,
    to: bump('100'),
    rule: 'table.row-sum',
  },
  {
    name: 'province-danwei-yuan-layout.txt',
    what: 'share of 基本支出',
    re: /基本支出 [\d,.]+ 万元，占 ([\d.]+)%/,
    to: bump('1.37'),
    rule: 'share.percent',
  },
  {
    name: 'province-danwei-yuan-layout.txt',
    what: 'a share without its amount, against the 元 table’s 合计 row',
    re: /项目支出占\s*([\d.]+)%/,
    to: bump('0.3'),
    rule: 'share.percent',
  },
  // 4. the national 项目支出绩效自评表
  {
    name: 'province-ziping-national-layout.txt',
    what: '执行率 ≠ 全年执行数 ÷ 全年预算数',
    re: /年度资金总额 +[\d.]+ +[\d.]+ +[\d.]+ +10 +([\d.]+)%/,
    to: bump('1'),
    rule: 'completion.percent',
  },
  {
    name: 'province-ziping-national-layout.txt',
    what: '资金 得分 ≠ 执行率 × 分值',
    re: /年度资金总额 +[\d.]+ +[\d.]+ +[\d.]+ +10 +[\d.]+% +([\d.]+)/,
    to: bump('0.4'),
    rule: 'score.rule',
  },
  {
    name: 'province-ziping-national-layout.txt',
    what: '总分 ≠ Σ得分',
    re: /总分 +100 +([\d.]+)/,
    to: bump('1'),
    rule: 'score.sum',
  },
  {
    name: 'province-ziping-national-layout.txt',
    what: 'an indicator scored above its 分值 (merged 一级指标 cell)',
    re: /补助资金按时发放率 +\S+ +\S+ +10 +(9)/,
    to: () => '12',
    rule: 'score.exceeds-weight',
  },
  {
    name: 'province-ziping-national-layout.txt',
    what: 'grade against 总分',
    re: /自评等级：(优)/,
    to: () => '良',
    rule: 'grade.score',
  },
  // 4b. the same 自评表 tab-separated, merged cells printed once (rows below them shorter)
  {
    name: 'province-ziping-national-typed.txt',
    what: '执行率 ≠ 全年执行数 ÷ 全年预算数 (tab-separated)',
    re: /年度资金总额\t[\d.]+\t[\d.]+\t[\d.]+\t10\t([\d.]+)%/,
    to: bump('1'),
    rule: 'completion.percent',
  },
  {
    name: 'province-ziping-national-typed.txt',
    what: '资金 得分 ≠ 执行率 × 分值 (tab-separated)',
    re: /年度资金总额\t[\d.]+\t[\d.]+\t[\d.]+\t10\t[\d.]+%\t([\d.]+)/,
    to: bump('0.4'),
    rule: 'score.rule',
  },
  {
    name: 'province-ziping-national-typed.txt',
    what: '总分 ≠ Σ得分 (tab-separated)',
    re: /总分\t100\t([\d.]+)/,
    to: bump('1'),
    rule: 'score.sum',
  },
  {
    name: 'province-ziping-national-typed.txt',
    what: 'an indicator scored above its 分值 (a row without its merged 一级指标 cell)',
    re: /补助资金按时发放率\t\S+\t\S+\t10\t(9)/,
    to: () => '12',
    rule: 'score.exceeds-weight',
  },
  {
    name: 'province-ziping-national-typed.txt',
    what: 'grade against 总分 (tab-separated)',
    re: /自评等级：(优)/,
    to: () => '良',
    rule: 'grade.score',
  },
  // 5. 部门整体支出绩效自评报告
  {
    name: 'province-zhengti-report-typed.txt',
    what: '预算执行率',
    re: /预算执行率为([\d.]+)%/,
    to: bump('1.37'),
    rule: 'completion.percent',
  },
  {
    name: 'province-zhengti-report-typed.txt',
    what: 'share of 全年执行数',
    re: /基本支出执行[\d,.]+万元，占全年执行数的([\d.]+)%/,
    to: bump('1'),
    rule: 'share.percent',
  },
  {
    name: 'province-zhengti-report-typed.txt',
    what: 'change amount against both years stated',
    re: /较上年增加([\d.]+)万元/,
    to: bump('1'),
    rule: 'change.amount',
  },
  {
    name: 'province-zhengti-report-typed.txt',
    what: '评分 table total',
    re: /合计\t100\t([\d.]+)/,
    to: bump('1'),
    rule: 'score.sum',
  },
  {
    name: 'province-zhengti-report-typed.txt',
    what: 'grade in the conclusion',
    re: /评价等级为“(优)”/,
    to: () => '良',
    rule: 'grade.score',
  },
  // 6. full-width digits, 亿元
  {
    name: 'province-fullwidth-yi-layout.txt',
    what: 'share in full-width digits (亿元 parts)',
    re: /项目支出２．２８亿元，占([０-９．]+)％/,
    to: bump('2'),
    rule: 'share.percent',
  },
  {
    name: 'province-fullwidth-yi-layout.txt',
    what: 'a part in full-width digits',
    re: /人员经费([０-９．]+)万元/,
    to: bump('10'),
    rule: 'sum.parts',
    at: /基本支出１２８３４．６７万元，其中/,
  },
  {
    name: 'province-fullwidth-yi-layout.txt',
    what: 'change direction (亿元, the amount split over two lines)',
    re: /本年支出合计(增加)/,
    to: () => '减少',
    rule: 'change.direction',
  },
  {
    name: 'province-fullwidth-yi-layout.txt',
    what: 'change % in full-width digits',
    re: /增长([０-９．]+)％/,
    to: bump('1'),
    rule: 'change.percent',
  },
  // 7. 其他重要事项: 政府采购, vehicles, 机关运行经费
  {
    name: 'province-other-matters-layout.txt',
    what: '政府采购 part does not add up',
    re: /政府采购服务支出 ([\d,.]+) 万元/,
    to: bump('10'),
    rule: 'sum.parts',
    at: /政府采购支出总额 [\d,.]+/,
  },
  {
    name: 'province-other-matters-layout.txt',
    what: '中小企业 share of 政府采购支出总额',
    re: /占政府采购支出总额的 ([\d.]+)%，其中/,
    to: bump('1.37'),
    rule: 'share.percent',
  },
  {
    name: 'province-other-matters-layout.txt',
    what: '小微企业 share, the total named',
    re: /合同金额 [\d,.]+ 万元，占政府采购支出总额的 ([\d.]+)%。/,
    to: bump('2'),
    rule: 'share.percent',
  },
  {
    name: 'province-other-matters-layout.txt',
    what: 'vehicles by kind do not add up to 共有车辆',
    re: /执法执勤用车 (\d+) 辆/,
    to: (v) => String(Number(v) + 1),
    rule: 'sum.parts',
    at: /共有车辆 \d+/,
  },
  {
    name: 'province-other-matters-layout.txt',
    what: '机关运行经费 change %',
    re: /比 2023 年度减少 [\d.]+ 万元，下\n降 ([\d.]+)%/,
    to: bump('1'),
    rule: 'change.percent',
  },
  // 8. 自评表: 执行率 above 100%, wrapped cells
  {
    name: 'province-ziping-capped-layout.txt',
    what: '资金得分 below the capped full score',
    re: /年度资金总额 +[\d.]+ +[\d.]+ +[\d.]+ +10 +[\d.]+% +(10)/,
    to: () => '9',
    rule: 'score.rule',
  },
  {
    name: 'province-ziping-capped-layout.txt',
    what: '执行率 above 100%',
    re: /年度资金总额 +[\d.]+ +[\d.]+ +[\d.]+ +10 +([\d.]+)%/,
    to: bump('2'),
    rule: 'completion.percent',
  },
  {
    name: 'province-ziping-capped-layout.txt',
    what: '总分 with wrapped 偏差原因 cells',
    re: /总分 +100 +([\d.]+)/,
    to: bump('1'),
    rule: 'score.sum',
  },
  {
    name: 'province-ziping-capped-layout.txt',
    what: 'an indicator above its 分值 (a wrapped cell below it)',
    re: /农村人居环境改善 +\S+ +\S+ +30 +(28)/,
    to: () => '31',
    rule: 'score.exceeds-weight',
  },
  // 9. 三公 typed: shares of a named total, a 元 table with one row per item
  {
    name: 'province-sangong-shares-typed.txt',
    what: 'share of “三公”经费支出 (named total)',
    re: /占“三公”经费支出的([\d.]+)%，比上年减少/,
    to: bump('2'),
    rule: 'share.percent',
  },
  {
    name: 'province-sangong-shares-typed.txt',
    what: '三公 table with one row per item: 合计 ≠ Σ items',
    re: /公务接待费\t([\d,.]+)/,
    to: bump('1000'),
    rule: 'table.row-sum',
    at: /\n合计\t/,
  },
  {
    name: 'province-sangong-shares-typed.txt',
    what: '公务接待费 change %',
    re: /比上年增加[\d.]+万元，增长([\d.]+)%/,
    to: bump('1'),
    rule: 'change.percent',
  },
  {
    name: 'province-sangong-shares-typed.txt',
    what: 'change direction of the whole',
    re: /比上年减少[\d.]+万元，(下降)3/,
    to: () => '增长',
    rule: 'change.direction',
  },
];
