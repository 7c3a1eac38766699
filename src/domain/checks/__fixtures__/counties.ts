/**
 * A third set of documents in shapes neither corpus.ts nor provinces.ts prints (every name and figure
 * invented; every clean document adds up):
 *  - a 县 部门决算 whose whole print keeps a left margin (pdftotext -layout of a PDF with a wide gutter),
 *    wrapped at 30 characters, phrased "同比增长", "较上年减少", "（占本年收入合计的x%）", "比年初预算减少…
 *    主要原因是", totals also in 亿元, a 变动情况表 whose 增减率 cells print "%", and a 其中 list whose parts
 *    are separated by 主要用于 clauses ended by "，";
 *  - a 单位决算情况说明 typed in 元 with thousands separators ("占比x%", small 元 parts under 10 000);
 *  - a 三公 notice with a comparison table (预算数 | 决算数 | 上年决算数 | 增减额 | 增减率) and changes
 *    against the budget;
 *  - a 项目支出绩效自评表 with (A)/(B) headers and 三级指标 names wrapped onto the next line;
 *  - a 部门整体支出绩效自评表 (按收入性质分 / 按支出性质分) followed by its report;
 *  - a 区 情况说明 as plain pdftotext prints it (no indentation, no blank lines, page numbers mid-sentence).
 *
 * Pure (no I/O); corpus.ts adds these to the corpus. COUNTY_PLANTS are their planted errors (two of them
 * in the corpus's own 决算 documents: "决算数大于（小于）预算数" against the rate before it).
 */
import {
  bump,
  change,
  type Cents,
  doc,
  fmt,
  para,
  pct,
  pdfSpacing,
  type ProvincePlant,
  table,
  wrap,
} from './provinces.ts';

/** A paragraph printed with a left margin: every line at `margin`, the first `indent` more. */
const paraM = (text: string, width: number, margin: number, indent = 4): string[] => [
  ...wrap(pdfSpacing(text), width).map((l, i) => `${' '.repeat(margin + (i === 0 ? indent : 0))}${l}`),
  '',
];
const headM = (text: string, margin: number): string[] => [`${' '.repeat(margin)}${pdfSpacing(text)}`, ''];
const shift = (lines: string[], margin: number): string[] =>
  lines.map((l) => (l.trim() ? `${' '.repeat(margin)}${l}` : l));

/** 万元 cents → 亿元 at 2 places, half-up. */
const yi = (c: Cents): string => (Math.floor((c + 5_000) / 10_000) / 100).toFixed(2);

// ---------------------------------------------------------------- 1. 县 部门决算 with a margin

export function marginAccounts(): string {
  const dept = '松溪县卫生健康局';
  const y = 2024;
  const M = 4;
  const W = 30;
  // [code, name, basic, project, budget, reason when the outturn differs from the budget]
  const items: Array<[string, string, Cents, Cents, Cents, string]> = [
    ['2100101', '行政运行', 41_236, 0, 42_000, '严格控制一般性支出'],
    ['2100199', '其他卫生健康管理事务支出', 0, 8_642, 9_500, '部分培训项目合并实施'],
    ['2100408', '基本公共卫生服务', 0, 523_587, 550_000, '部分资金按进度结转下年使用'],
    ['2100409', '重大公共卫生服务', 0, 186_450, 180_000, '年中追加传染病防控经费'],
    ['2100201', '综合医院', 0, 215_300, 230_000, '设备采购项目按合同分期支付'],
    ['2080505', '机关事业单位基本养老保险缴费支出', 4_862, 0, 4_862, ''],
    ['2101101', '行政单位医疗', 2_315, 0, 2_400, '人员减少'],
    ['2210201', '住房公积金', 3_647, 0, 3_647, ''],
  ];
  type Item = (typeof items)[number];
  const sum = (xs: readonly Item[], f: (r: Item) => number): number => xs.reduce((a, r) => a + f(r), 0);
  const all = (r: Item): number => r[2] + r[3];
  const gp = sum(items, all);
  const basic = sum(items, (r) => r[2]);
  const project = sum(items, (r) => r[3]);
  const budget = sum(items, (r) => r[4]);
  const business: Cents = 36_480; // 事业收入, spent on 项目支出
  const other: Cents = 1_250; // 其他收入, carried over
  const income = gp + business + other;
  const expense = gp + business;
  const carryIn: Cents = 28_460;
  const grand = income + carryIn;
  const carryOut = grand - expense;
  const lastGrand: Cents = 998_764;
  const lastIncome: Cents = 1_002_315;
  const lastFiscal: Cents = 1_065_238;
  const lastGp: Cents = 968_420;
  const personnel = 41_236 - 6_518 + 4_862 + 2_315 + 3_647; // 人员经费 of the basic spending
  const publicUse = basic - personnel;
  const f = (c: Cents): string => fmt(c, true);
  const cls: Array<[string, string, Array<[string, string, Item[]]>]> = [
    [
      '210',
      '卫生健康支出',
      [
        ['21001', '卫生健康管理事务', [items[0]!, items[1]!]],
        ['21002', '公立医院', [items[4]!]],
        ['21004', '公共卫生', [items[2]!, items[3]!]],
        ['21011', '行政事业单位医疗', [items[6]!]],
      ],
    ],
    ['208', '社会保障和就业支出', [['20805', '行政事业单位养老支出', [items[5]!]]]],
    ['221', '住房保障支出', [['22102', '住房改革支出', [items[7]!]]]],
  ];
  const clsItems = (c: (typeof cls)[number]): Item[] => c[2].flatMap((k) => k[2]);
  const health = sum(clsItems(cls[0]!), all) + business;
  const fiscal = gp; // 财政拨款收入支出总计: 一般公共预算 only, no carry-over of fiscal funds
  const cg = change(grand, lastGrand, true);
  const ci = change(income, lastIncome, true);
  const cf = change(fiscal, lastFiscal, true);
  const cp = change(gp, lastGp, true);
  const d = budget - gp;
  // A row of the 变动情况表: this year, last year, the difference and its rate printed with "%".
  const changeRow = (name: string, now: Cents, last: Cents): string[] => [
    name,
    f(now),
    f(last),
    f(now - last),
    `${now < last ? '-' : ''}${pct(Math.abs(now - last), last)}%`,
  ];
  const lines: string[] = [
    `${' '.repeat(M + 10)}${dept}${y}年度部门决算`,
    '',
    ...headM('第一部分 部门概况', M),
    ...paraM(`${dept}是县政府工作部门，内设股室8个，所属单位3个，主要负责全县医疗卫生和健康事业发展。`, W, M),
    '\f',
    ...headM('第二部分 部门决算表', M),
    ...shift(
      table('收入支出决算总表', '万元', [
        ['收入', '', '支出', ''],
        ['项目', '决算数', '项目', '决算数'],
        ['一、一般公共预算财政拨款收入', f(gp), '一、社会保障和就业支出', f(sum(clsItems(cls[1]!), all))],
        ['二、政府性基金预算财政拨款收入', f(0), '二、卫生健康支出', f(health)],
        ['三、事业收入', f(business), '三、住房保障支出', f(sum(clsItems(cls[2]!), all))],
        ['四、其他收入', f(other), '', ''],
        ['本年收入合计', f(income), '本年支出合计', f(expense)],
        ['年初结转和结余', f(carryIn), '年末结转和结余', f(carryOut)],
        ['总计', f(grand), '总计', f(grand)],
      ]),
      M,
    ),
    '\f',
    ...shift(
      table('一般公共预算财政拨款支出决算表', '万元', [
        ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
        ['', '合计', f(gp), f(basic), f(project)],
        ...cls.flatMap((c) => [
          [
            c[0],
            c[1],
            f(sum(clsItems(c), all)),
            f(sum(clsItems(c), (r) => r[2])),
            f(sum(clsItems(c), (r) => r[3])),
          ],
          ...c[2].flatMap(([code, name, xs]) => [
            [code, name, f(sum(xs, all)), f(sum(xs, (r) => r[2])), f(sum(xs, (r) => r[3]))],
            ...xs.map((r) => [r[0], r[1], f(all(r)), f(r[2]), f(r[3])]),
          ]),
        ]),
      ]),
      M,
    ),
    '\f',
    ...headM('第三部分 部门决算情况说明', M),
    ...headM('一、收入支出决算总体情况说明', M),
    ...paraM(
      `${y}年度收、支总计均为${f(grand)}万元（约${yi(grand)}亿元）。与上年相比，收、支总计各${cg.verb}${cg.amount}万元，同比${cg.pverb}${cg.p}%，主要原因是基本公共卫生服务项目资金${cg.verb}。`,
      W,
      M,
    ),
    ...shift(
      table('收入支出决算变动情况表', '万元', [
        ['项目', `${y}年决算数`, `${y - 1}年决算数`, '增减额', '增减率'],
        changeRow('收入支出总计', grand, lastGrand),
        changeRow('本年收入合计', income, lastIncome),
        changeRow('财政拨款收入支出总计', fiscal, lastFiscal),
        changeRow('一般公共预算财政拨款支出', gp, lastGp),
      ]),
      M,
    ),
    ...headM('二、收入决算情况说明', M),
    ...paraM(
      `${y}年度本年收入合计${f(income)}万元，较上年${ci.verb}${ci.amount}万元，${ci.pverb}${ci.p}%。其中：财政拨款收入${f(gp)}万元（占本年收入合计的${pct(gp, income)}%）；事业收入${f(business)}万元（占本年收入合计的${pct(business, income)}%）；其他收入${f(other)}万元（占本年收入合计的${pct(other, income)}%）。`,
      W,
      M,
    ),
    ...headM('三、支出决算情况说明', M),
    ...paraM(
      `${y}年度本年支出合计${f(expense)}万元，其中：基本支出${f(basic)}万元，占本年支出合计的${pct(basic, expense)}%，主要用于保障机构正常运转和完成日常工作任务，项目支出${f(project + business)}万元，占本年支出合计的${pct(project + business, expense)}%，主要用于基本公共卫生服务、重大公共卫生服务和公立医院设备购置。`,
      W,
      M,
    ),
    ...headM('四、财政拨款收入支出决算总体情况说明', M),
    ...paraM(
      `${y}年度财政拨款收入支出总计${f(fiscal)}万元，同比${cf.verb}${cf.amount}万元，${cf.pverb}${cf.p}%，主要原因是上年一次性安排的疫情防控经费不再安排。`,
      W,
      M,
    ),
    ...headM('五、一般公共预算财政拨款支出决算情况说明', M),
    ...paraM(
      `${y}年度一般公共预算财政拨款支出${f(gp)}万元，占本年支出合计的${pct(gp, expense)}%，较上年${cp.verb}${cp.amount}万元，${cp.pverb}${cp.p}%。`,
      W,
      M,
    ),
    ...paraM(
      `${y}年度一般公共预算财政拨款支出年初预算为${f(budget)}万元，支出决算为${f(gp)}万元，完成年初预算的${pct(gp, budget)}%，决算数比年初预算${d >= 0 ? '减少' : '增加'}${f(Math.abs(d))}万元。其中：`,
      W,
      M,
    ),
    ...items.flatMap((r, i) => {
      const dd = r[4] - all(r);
      const tail =
        dd === 0
          ? '决算数与年初预算数持平。'
          : `决算数比年初预算${dd > 0 ? '减少' : '增加'}${f(Math.abs(dd))}万元，主要原因是${r[5]}。`;
      return paraM(
        `（${i + 1}）${r[1]}（项）。年初预算为${f(r[4])}万元，支出决算为${f(all(r))}万元，完成年初预算的${pct(all(r), r[4])}%，${tail}`,
        W,
        M,
      );
    }),
    ...headM('六、一般公共预算财政拨款基本支出决算情况说明', M),
    ...paraM(
      `${y}年度一般公共预算财政拨款基本支出${f(basic)}万元，其中：人员经费${f(personnel)}万元，主要包括基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费、住房公积金等；公用经费${f(publicUse)}万元，主要包括办公费、印刷费、水电费、差旅费等。`,
      W,
      M,
    ),
  ];
  return doc(lines);
}

// ---------------------------------------------------------------- 2. 单位决算情况说明 typed in 元

/** A 单位决算情况说明 (2023), typed, every amount in 元 with thousands separators; small 元 parts (< 10 000). */
export function yuanTypedNotes(): string {
  const unit = '白沙镇中心卫生院';
  const y = 2023;
  const f = (c: Cents): string => fmt(c, true); // 元 in cents
  const fiscal: Cents = 1_098_765_432;
  const business: Cents = 186_420_050;
  const other: Cents = 2_468_018;
  const income = fiscal + business + other;
  const lastIncome: Cents = 1_164_233_500;
  const basic: Cents = 912_345_678;
  const project: Cents = 356_789_012;
  const expense = basic + project;
  const lastExpense: Cents = 1_301_122_334;
  const carryIn: Cents = 45_678_900;
  const grand = income + carryIn;
  const ci = change(income, lastIncome, true);
  const ce = change(expense, lastExpense, true);
  const abroad: Cents = 0;
  const carRun: Cents = 7_832_000;
  const reception: Cents = 822_000;
  const fees = abroad + carRun + reception;
  const lastFees: Cents = 9_890_000;
  const cfe = change(fees, lastFees, true);
  const running: Cents = 35_678_912;
  const lastRunning: Cents = 38_025_690;
  const cr = change(running, lastRunning, true);
  const goods: Cents = 45_678_900;
  const works: Cents = 0;
  const services: Cents = 77_777_800;
  const procurement = goods + works + services;
  const sme: Cents = 110_000_000;
  return doc([
    `${unit}${y}年度单位决算情况说明`,
    '一、收入支出决算总体情况说明',
    `${y}年度收入总计${f(grand)}元，支出总计${f(grand)}元。`,
    '二、收入决算情况说明',
    `本年收入合计${f(income)}元，较上年${ci.verb}${f(Math.abs(income - lastIncome))}元，${ci.pverb}${ci.p}%。其中：财政拨款收入${f(fiscal)}元，占比${pct(fiscal, income)}%；事业收入${f(business)}元，占比${pct(business, income)}%；其他收入${f(other)}元，占比${pct(other, income)}%。`,
    '三、支出决算情况说明',
    `本年支出合计${f(expense)}元，同比${ce.verb}${f(Math.abs(expense - lastExpense))}元，${ce.pverb}${ce.p}%。其中：基本支出${f(basic)}元，占比${pct(basic, expense)}%；项目支出${f(project)}元，占比${pct(project, expense)}%。`,
    '四、“三公”经费支出决算情况说明',
    `${y}年度“三公”经费财政拨款支出${f(fees)}元，比上年${cfe.verb}${f(Math.abs(fees - lastFees))}元，${cfe.pverb}${cfe.p}%。其中：因公出国（境）费${f(abroad)}元；公务用车购置及运行维护费${f(carRun)}元；公务接待费${f(reception)}元。全年国内公务接待12批次，共计64人次。`,
    '五、机关运行经费支出情况说明',
    `${y}年度机关运行经费支出${f(running)}元，比上年${cr.verb}${f(Math.abs(running - lastRunning))}元，${cr.pverb}${cr.p}%，主要原因是压减办公费和差旅费支出。`,
    '六、政府采购支出情况说明',
    `${y}年度政府采购支出总额${f(procurement)}元，其中：政府采购货物支出${f(goods)}元、政府采购工程支出${f(works)}元、政府采购服务支出${f(services)}元。授予中小企业合同金额${f(sme)}元，占政府采购支出总额的${pct(sme, procurement)}%。`,
    '七、国有资产占有使用情况说明',
    `截至${y}年12月31日，本单位共有车辆3辆，其中：一般公务用车1辆，特种专业技术用车2辆。`,
  ]);
}

// ---------------------------------------------------------------- 3. 三公 with a comparison table

/** A 三公 notice (2024): a table of 预算数 / 决算数 / 上年决算数 / 增减额 / 增减率, changes against the budget. */
export function comparisonThreeFees(): string {
  const y = 2024;
  // [name, budget, actual, last] in 万元 cents
  const abroad: [Cents, Cents, Cents] = [800, 0, 612];
  const carBuy: [Cents, Cents, Cents] = [2_500, 2_380, 0];
  const carRun: [Cents, Cents, Cents] = [1_600, 1_428, 1_575];
  const reception: [Cents, Cents, Cents] = [900, 752, 866];
  const car = [0, 1, 2].map((i) => carBuy[i]! + carRun[i]!) as [Cents, Cents, Cents];
  const total = [0, 1, 2].map((i) => abroad[i]! + car[i]! + reception[i]!) as [Cents, Cents, Cents];
  const row = (name: string, r: [Cents, Cents, Cents]): string[] => [
    name,
    fmt(r[0]),
    fmt(r[1]),
    fmt(r[2]),
    fmt(r[1] - r[2]),
    r[2] === 0 ? '—' : `${r[1] < r[2] ? '-' : ''}${pct(Math.abs(r[1] - r[2]), r[2])}`,
  ];
  const ct = change(total[1], total[2]);
  const cc = change(car[1], car[2]);
  const cr = change(reception[1], reception[2]);
  const gap = (r: [Cents, Cents, Cents]): string => fmt(r[0] - r[1]);
  return doc([
    `            临溪县司法局${y}年度“三公”经费财政拨款支出决算说明`,
    '',
    ...para(
      `${y}年度“三公”经费财政拨款支出预算为${fmt(total[0])}万元，支出决算为${fmt(total[1])}万元，决算数比预算数减少${gap(total)}万元，下降${pct(total[0] - total[1], total[0])}%，主要原因是认真落实过紧日子要求，压减公务接待和车辆运行支出。与上年相比，“三公”经费财政拨款支出${ct.verb}${ct.amount}万元，同比${ct.pverb}${ct.p}%，主要原因是上年未安排车辆购置。`,
      36,
    ),
    ...table('“三公”经费财政拨款支出决算对比表', '万元', [
      ['项目', `${y}年预算数`, `${y}年决算数`, `${y - 1}年决算数`, '比上年增减额', '增减率（%）'],
      row('合计', total),
      row('1.因公出国（境）费', abroad),
      row('2.公务用车购置及运行维护费', car),
      row('（1）公务用车购置费', carBuy),
      row('（2）公务用车运行维护费', carRun),
      row('3.公务接待费', reception),
    ]),
    ...para(
      `（一）因公出国（境）费预算为${fmt(abroad[0])}万元，支出决算为${fmt(abroad[1])}万元，比预算数减少${gap(abroad)}万元，主要原因是原计划的考察任务取消。上年支出决算为${fmt(abroad[2])}万元。`,
      36,
    ),
    ...para(
      `（二）公务用车购置及运行维护费预算为${fmt(car[0])}万元，支出决算为${fmt(car[1])}万元，完成预算的${pct(car[1], car[0])}%，比预算数减少${gap(car)}万元。与上年相比${cc.verb}${cc.amount}万元，${cc.pverb}${cc.p}%，主要原因是按计划更新1辆执法执勤用车。其中：公务用车购置费${fmt(carBuy[1])}万元，公务用车运行维护费${fmt(carRun[1])}万元。截至${y}年12月31日，开支财政拨款的公务用车保有量为6辆。`,
      36,
    ),
    ...para(
      `（三）公务接待费预算为${fmt(reception[0])}万元，支出决算为${fmt(reception[1])}万元，完成预算的${pct(reception[1], reception[0])}%，比预算数减少${gap(reception)}万元，比上年决算数${fmt(reception[2])}万元${cr.verb}${cr.amount}万元，${cr.pverb}${cr.p}%。全年国内公务接待38批次，共计246人次，其中：国内公务接待38批次、246人次；外事接待0批次、0人次。`,
      36,
    ),
  ]);
}

/** A line of a space-aligned print: each text starts at its column (at least two spaces after the previous). */
const at = (cells: Array<[number, string]>): string => {
  let out = '';
  for (const [col, text] of cells) out = out.padEnd(Math.max(out.length + 2, col), ' ') + text;
  return out;
};

// ---------------------------------------------------------------- 4. 自评表 with (A)/(B) headers, wrapped names

/** A 项目支出绩效自评表 (2023): header cells wrapped ("全年预算数" / "（A）"), 三级指标 names wrapped. */
export function wrappedSelfEvaluation(): string {
  const initial: Cents = 80_000;
  const full: Cents = 76_000;
  const spent: Cents = 73_154;
  const rate = pct(spent, full); // 96.26
  // 得分 = 10 × B ÷ A, from the exact ratio, 2 places half-up.
  const rateScore = pct(spent * 10, full * 100, 2);
  // [一级, 二级, 三级 (first line, wrapped rest), 指标值, 实际, 分值, 得分, 偏差 (first line, rest)]
  const ind: Array<[string, string, string, string, string, string, number, number, string, string]> = [
    ['产出指标', '数量指标', '新建改造供水管网', '长度', '≥45公里', '46.3公里', 15, 15, '', ''],
    [
      '',
      '质量指标',
      '农村生活饮用水水质',
      '达标率',
      '100%',
      '98.6%',
      15,
      14,
      '个别时段浊度超标',
      '，已增设过滤设施',
    ],
    ['', '时效指标', '管网改造工程完工及', '时率', '100%', '100%', 10, 10, '', ''],
    ['', '成本指标', '每公里管网改造成本', '', '≤16万元', '15.8万元', 10, 10, '', ''],
    ['效益指标', '社会效益指标', '农村自来水普及率', '', '≥98%', '98.5%', 20, 20, '', ''],
    [
      '',
      '可持续影响指标',
      '供水设施长效管护机',
      '制',
      '健全',
      '基本健全',
      10,
      8,
      '管护经费来源尚未',
      '固定，正在协调',
    ],
    ['满意度指标', '服务对象满意度指标', '受益群众满意度', '', '≥90%', '93%', 10, 10, '', ''],
  ];
  const total = (Number(rateScore) + ind.reduce((a, r) => a + r[7], 0)).toFixed(2);
  const grade = Number(total) >= 90 ? '优' : Number(total) >= 80 ? '良' : '中';
  return doc([
    '                              项目支出绩效自评表',
    '                                （2023年度）',
    '',
    at([
      [2, '项目名称'],
      [16, '城乡供水一体化管网改造项目'],
    ]),
    at([
      [2, '主管部门'],
      [16, '河湾县水利局'],
      [52, '实施单位'],
      [64, '河湾县供水服务中心'],
    ]),
    at([
      [34, '年初预算数'],
      [48, '全年预算数'],
      [62, '全年执行数'],
      [76, '分值'],
      [84, '执行率'],
      [96, '得分'],
    ]),
    at([
      [50, '（A）'],
      [64, '（B）'],
      [83, '（B/A）'],
    ]),
    at([
      [2, '项目资金'],
      [14, '年度资金总额：'],
      [36, fmt(initial)],
      [50, fmt(full)],
      [64, fmt(spent)],
      [77, '10'],
      [84, `${rate}%`],
      [95, rateScore],
    ]),
    at([
      [2, '（万元）'],
      [14, '其中：财政拨款'],
      [36, fmt(initial)],
      [50, fmt(full)],
      [64, fmt(spent)],
      [78, '—'],
      [86, '—'],
      [96, '—'],
    ]),
    at([
      [14, '其他资金'],
      [38, '0.00'],
      [52, '0.00'],
      [66, '0.00'],
      [78, '—'],
      [86, '—'],
      [96, '—'],
    ]),
    at([
      [2, '年度总体目标'],
      [18, '完成45公里供水管网改造，农村自来水普及率达到98%以上。'],
    ]),
    at([
      [2, '绩效指标'],
      [14, '一级指标'],
      [26, '二级指标'],
      [44, '三级指标'],
      [66, '年度指标值'],
      [80, '实际完成值'],
      [94, '分值'],
      [100, '得分'],
      [108, '偏差原因分析及改进措施'],
    ]),
    ...ind.flatMap((r) => {
      const first = at([
        [14, r[0]],
        [26, r[1]],
        [44, r[2]],
        [66, r[4]],
        [80, r[5]],
        [95, String(r[6])],
        [101, String(r[7])],
        [108, r[8]],
      ]).replace(/^ {2}(?=\S)/, '  ');
      const rest =
        r[3] || r[9]
          ? [
              at(
                [
                  [44, r[3] || ''],
                  [108, r[9]],
                ].filter((c) => c[1] !== '') as Array<[number, string]>,
              ),
            ]
          : [];
      return [first.trimEnd(), ...rest];
    }),
    at([
      [2, '总分'],
      [94, '100'],
      [100, total],
      [108, `自评等级：${grade}`],
    ]),
    '',
  ]);
}

// ---------------------------------------------------------------- 5. 部门整体支出绩效自评表 and report

/** A 部门整体支出绩效自评表 (2024) by 收入性质 and 支出性质, then its report with shares in parentheses. */
export function departmentSelfTable(): string {
  const dept = '云溪县市场监督管理局';
  const y = 2024;
  // [label, 年初预算数, 全年预算数, 全年执行数]
  const byIncome: Array<[string, Cents, Cents, Cents]> = [
    ['一般公共预算', 295_000, 318_000, 306_021],
    ['政府性基金预算', 15_000, 17_000, 16_004],
    ['其他资金', 10_000, 10_000, 9_220],
  ];
  const basicSpent: Cents = 191_234;
  const byUse: Array<[string, Cents, Cents, Cents]> = [
    ['基本支出', 180_000, 195_000, basicSpent],
    ['项目支出', 140_000, 150_000, 0],
  ];
  const col = (i: 1 | 2 | 3): Cents => byIncome.reduce((a, r) => a + r[i], 0);
  byUse[1]![3] = col(3) - basicSpent;
  const [initial, full, spent] = [col(1), col(2), col(3)];
  const rate = pct(spent, full);
  const rateScore = pct(spent * 10, full * 100, 2);
  const lastRate = '93.66';
  const projectLast = '91.20';
  const points = (Number(rate) - Number(lastRate)).toFixed(2);
  const ind: Array<[string, string, number, number]> = [
    ['投入', '预算编制科学性', 10, 9],
    ['过程', '资金管理规范性', 20, 18.5],
    ['产出', '市场主体监管覆盖率', 30, 28],
    ['效益', '食品安全抽检合格率', 20, 19],
    ['满意度', '市场主体满意度', 10, 9],
  ];
  const total = (Number(rateScore) + ind.reduce((a, r) => a + r[3], 0)).toFixed(2);
  const grade = Number(total) >= 90 ? '优' : Number(total) >= 80 ? '良' : '中';
  const money = (r: [string, Cents, Cents, Cents]): Array<[number, string]> => [
    [40, fmt(r[1], true)],
    [54, fmt(r[2], true)],
    [68, fmt(r[3], true)],
  ];
  return doc([
    '                         部门整体支出绩效自评表',
    `                             （${y}年度）`,
    '',
    at([
      [2, '部门名称'],
      [16, dept],
    ]),
    at([
      [40, '年初预算数'],
      [54, '全年预算数'],
      [68, '全年执行数'],
      [82, '分值'],
      [89, '执行率'],
      [99, '得分'],
    ]),
    at([
      [2, '年度预算资金总额'],
      [41, fmt(initial, true)],
      [55, fmt(full, true)],
      [69, fmt(spent, true)],
      [83, '10'],
      [89, `${rate}%`],
      [99, rateScore],
    ]),
    ...byIncome.map((r, i) =>
      at(
        [[2, i === 0 ? '按收入性质分' : ''], [20, r[0]], ...money(r)].filter((c) => c[1] !== '') as Array<
          [number, string]
        >,
      ),
    ),
    ...byUse.map((r, i) =>
      at(
        [[2, i === 0 ? '按支出性质分' : ''], [20, r[0]], ...money(r)].filter((c) => c[1] !== '') as Array<
          [number, string]
        >,
      ),
    ),
    '',
    at([
      [2, '一级指标'],
      [20, '三级指标'],
      [50, '分值'],
      [60, '得分'],
    ]),
    at([
      [2, '预算执行'],
      [20, '预算执行率'],
      [51, '10'],
      [60, rateScore],
    ]),
    ...ind.map((r) =>
      at([
        [2, r[0]],
        [20, r[1]],
        [51, String(r[2])],
        [60, String(r[3])],
      ]),
    ),
    at([
      [2, '合计'],
      [50, '100'],
      [60, total],
    ]),
    '',
    ...para(`${dept}${y}年度部门整体支出绩效自评报告`, 40),
    ...para(
      `一、预算执行情况。${y}年度部门全年预算数${fmt(full, true)}万元，全年执行数${fmt(spent, true)}万元，预算执行率${rate}%，较上年提高${points}个百分点（上年为${lastRate}%）。其中：基本支出${fmt(basicSpent, true)}万元（占${pct(basicSpent, spent)}%），项目支出${fmt(spent - basicSpent, true)}万元（占${pct(spent - basicSpent, spent)}%）。`,
      40,
    ),
    ...para(
      `其中项目支出预算执行率为${pct(spent - basicSpent, byUse[1]![2])}%（全年预算数${fmt(byUse[1]![2], true)}万元，执行数${fmt(spent - basicSpent, true)}万元），较上年的${projectLast}%提高${(Number(pct(spent - basicSpent, byUse[1]![2])) - Number(projectLast)).toFixed(2)}个百分点。`,
      40,
    ),
    ...para(
      `二、自评结论。经自评，${dept}${y}年度部门整体支出绩效自评得分${total}分，评价等级为“${grade}”。`,
      40,
    ),
  ]);
}

// ---------------------------------------------------------------- 6. 情况说明 as plain pdftotext prints it

/**
 * A 区 部门决算情况说明 (2024) as plain `pdftotext` prints a PDF: no indentation, no blank line between
 * paragraphs, lines wrapped at 35 characters, page numbers; totals in 亿元 beside 万元, lists "一是…；二是…".
 */
export function plainNotes(): string {
  const dept = '海滨区教育局';
  const y = 2024;
  const f = (c: Cents): string => fmt(c, true);
  const gp: Cents = 2_098_766;
  const fund: Cents = 120_000;
  const business: Cents = 82_479;
  const income = gp + fund + business;
  const carryIn: Cents = 48_321;
  const grand = income + carryIn;
  const lastGrand: Cents = 2_135_530;
  const cg = change(grand, lastGrand, true);
  const cls: Array<[string, Cents]> = [
    ['教育支出', 1_945_632],
    ['社会保障和就业支出', 85_621],
    ['卫生健康支出', 31_245],
    ['住房保障支出', 36_268],
  ];
  const basic: Cents = 1_876_543;
  const expense = gp + fund + business - 2_533;
  const project = expense - basic;
  const feesBudget: Cents = 1_500;
  const fees: Cents = 1_235;
  const lastFees: Cents = 1_450;
  const cf = change(fees, lastFees);
  const goods: Cents = 45_678;
  const services: Cents = 77_778;
  const procurement = goods + services;
  const sme: Cents = 110_000;
  const small: Cents = 90_000;
  const ord = ['一', '二', '三', '四'];
  const paras = [
    `${dept}${y}年度部门决算情况说明`,
    '一、收入支出决算总体情况说明',
    `${y}年度收入总计${yi(grand)}亿元、支出总计${yi(grand)}亿元。与${y - 1}年度相比，收入、支出总计各${cg.verb}${f(grand - lastGrand)}万元，${cg.pverb}${cg.p}%，主要原因是新建学校投入使用。`,
    '二、收入决算情况说明',
    `本年收入合计${f(income)}万元。其中：一般公共预算财政拨款收入${f(gp)}万元，占${pct(gp, income)}%；政府性基金预算财政拨款收入${f(fund)}万元，占${pct(fund, income)}%；事业收入${f(business)}万元，占${pct(business, income)}%。`,
    '三、支出决算情况说明',
    `本年支出合计${f(expense)}万元。其中：基本支出${f(basic)}万元，占${pct(basic, expense)}%；项目支出${f(project)}万元，占${pct(project, expense)}%。`,
    '四、一般公共预算财政拨款支出决算情况说明',
    `${y}年度一般公共预算财政拨款支出${f(gp)}万元，主要用于以下方面：${cls.map(([n, v], i) => `${ord[i]}是${n}（类）${f(v)}万元，占${pct(v, gp)}%`).join('；')}。`,
    '五、“三公”经费财政拨款支出决算情况说明',
    `${y}年度“三公”经费财政拨款支出预算为${fmt(feesBudget)}万元，支出决算为${fmt(fees)}万元，完成预算的${pct(fees, feesBudget)}%，较上年${cf.verb}${cf.amount}万元，${cf.pverb}${cf.p}%。主要原因：一是严格控制公务接待；二是全年未安排因公出国（境）。`,
    '六、政府采购支出情况说明',
    `${y}年度政府采购支出总额${f(procurement)}万元，其中：政府采购货物支出${f(goods)}万元、政府采购工程支出0万元、政府采购服务支出${f(services)}万元。授予中小企业合同金额${f(sme)}万元，占政府采购支出总额的${pct(sme, procurement)}%，其中：授予小微企业合同金额${f(small)}万元，占授予中小企业合同金额的${pct(small, sme)}%。`,
    '七、国有资产占有使用情况说明',
    `截至${y}年12月31日，共有车辆12辆，其中：一般公务用车3辆、执法执勤用车0辆、特种专业技术用车9辆；单位价值100万元以上设备5台（套）。`,
  ];
  const lines = paras.flatMap((t) => wrap(pdfSpacing(t), 35));
  // A page number after every 14 lines, as plain pdftotext prints the page's footer.
  return doc(lines.flatMap((l, i) => ((i + 1) % 14 === 0 ? [l, `- ${(i + 1) / 14} -`, '\f'] : [l])));
}

export type CountyDocument = { name: string; text: string };

export function countyDocuments(): CountyDocument[] {
  return [
    { name: 'county-margin-accounts-layout.txt', text: marginAccounts() },
    { name: 'county-yuan-notes-typed.txt', text: yuanTypedNotes() },
    { name: 'county-sangong-compare-layout.txt', text: comparisonThreeFees() },
    { name: 'county-ziping-wrapped-layout.txt', text: wrappedSelfEvaluation() },
    { name: 'county-zhengti-table-layout.txt', text: departmentSelfTable() },
    { name: 'county-plain-notes-raw.txt', text: plainNotes() },
  ];
}

// ---------------------------------------------------------------- planted errors

/** Planted errors in the documents above, each found by `rule` on the changed figure's line (or `at`). */
export const COUNTY_PLANTS: ProvincePlant[] = [
  // 1. 县 部门决算 with a margin
  {
    name: 'county-margin-accounts-layout.txt',
    what: 'share in brackets (（占本年收入合计的x%）)',
    re: /事业收入 [\d,.]+ 万元（占本年收入合计的 ([\d.]+)%/,
    to: bump('1'),
    rule: 'share.percent',
  },
  {
    name: 'county-margin-accounts-layout.txt',
    what: 'change % after 同比',
    re: /同比增长 ([\d.]+)%，主要原/,
    to: bump('0.5'),
    rule: 'change.percent',
  },
  {
    name: 'county-margin-accounts-layout.txt',
    what: 'change direction after 同比',
    re: /同比减少 [\d.]+\s+万元，(下降)/,
    to: () => '增长',
    rule: 'change.direction',
    at: /同比减少/,
  },
  {
    name: 'county-margin-accounts-layout.txt',
    what: '决算数比年初预算减少 (amount)',
    re: /决算数比年\s*初预算减少 ([\d.]+) 万元。其中/,
    to: bump('10'),
    rule: 'completion.budget-gap',
  },
  {
    name: 'county-margin-accounts-layout.txt',
    what: '决算数比年初预算增加 written 减少',
    re: /决算数比年初预\s*算(增加) 64\.50/,
    to: () => '减少',
    rule: 'completion.budget-gap',
  },
  {
    name: 'county-margin-accounts-layout.txt',
    what: '与年初预算持平 over two different figures',
    re: /（8）住房公积金（项）。年初预算为 ([\d.]+) 万元/,
    to: () => '38.00',
    rule: 'completion.budget-gap',
    at: /年初预算数持平。(?=\n\n\s*六)/,
  },
  {
    name: 'county-margin-accounts-layout.txt',
    what: '公用经费 after a 主要包括 list',
    re: /公用经费 ([\d.]+) 万/,
    to: bump('1'),
    rule: 'sum.parts',
    at: /基本支出 [\d.]+ 万元，其中/,
  },
  {
    name: 'county-margin-accounts-layout.txt',
    what: '项目支出 after a 主要用于 clause ended by "，"',
    re: /项目支出 ([\d,.]+) 万元，占本年支出合计的/,
    to: bump('10'),
    rule: 'sum.parts',
    at: /本年支出合计 [\d,.]+ 万元，其中/,
  },
  {
    name: 'county-margin-accounts-layout.txt',
    what: 'a 增减率 cell printed with "%"',
    re: /本年收入合计 +[\d,.]+ +[\d,.]+ +-?[\d,.]+ +-?([\d.]+)%/,
    to: bump('1'),
    rule: 'change.percent',
  },
  {
    name: 'county-margin-accounts-layout.txt',
    what: 'text vs table, left margin',
    re: /一般公共预算财政拨款支出 ([\d,.]+) 万元，占本年支出/,
    to: bump('100'),
    rule: 'figure.text-table',
  },
  // 2. 单位决算情况说明 in 元
  {
    name: 'county-yuan-notes-typed.txt',
    what: '占比 of a 元 total',
    re: /事业收入[\d,.]+元，占比([\d.]+)%/,
    to: bump('1'),
    rule: 'share.percent',
  },
  {
    name: 'county-yuan-notes-typed.txt',
    what: '三公 parts in 元 (one under 10 000元) not adding up',
    re: /公务接待费([\d,.]+)元。全年/,
    to: bump('1000'),
    rule: 'sum.parts',
  },
  {
    name: 'county-yuan-notes-typed.txt',
    what: 'change % of a 元 amount',
    re: /机关运行经费支出[\d,.]+元，比上年减少[\d,.]+元，下降([\d.]+)%/,
    to: bump('1'),
    rule: 'change.percent',
  },
  {
    name: 'county-yuan-notes-typed.txt',
    what: 'share of 政府采购支出总额',
    re: /占政府采购支出总额的([\d.]+)%/,
    to: bump('2'),
    rule: 'share.percent',
  },
  // 3. 三公 with a comparison table
  {
    name: 'county-sangong-compare-layout.txt',
    what: 'table 增减额 ≠ 本年 − 上年',
    re: /3\.公务接待费 +[\d.]+ +[\d.]+ +[\d.]+ +(-[\d.]+)/,
    to: () => '-1.41',
    rule: 'table.change',
  },
  {
    name: 'county-sangong-compare-layout.txt',
    what: 'table 增减率',
    re: /（2）公务用车运行维护费 +[\d.]+ +[\d.]+ +[\d.]+ +-[\d.]+ +(-[\d.]+)/,
    to: () => '-9.83',
    rule: 'change.percent',
  },
  {
    name: 'county-sangong-compare-layout.txt',
    what: 'table 增减率 with the wrong sign',
    re: /2\.公务用车购置及运行维护费 +[\d.]+ +[\d.]+ +[\d.]+ +[\d.]+ +([\d.]+)/,
    to: (v) => `-${v}`,
    rule: 'change.direction',
  },
  {
    name: 'county-sangong-compare-layout.txt',
    what: 'table 增减率 from a zero base',
    re: /（1）公务用车购置费 +[\d.]+ +[\d.]+ +[\d.]+ +[\d.]+ +(—)/,
    to: () => '100.00',
    rule: 'change.zero-base',
  },
  {
    name: 'county-sangong-compare-layout.txt',
    what: 'an item’s 决算 in the text against the 决算数 column of its row',
    re: /公务接待费预算为 [\d.]+ 万元，支出决算为 ([\d.]+) 万元/,
    to: bump('0.1'),
    rule: 'figure.text-table',
  },
  {
    name: 'county-sangong-compare-layout.txt',
    what: '% of the gap against the budget',
    re: /决算数比预算数减少 [\d.]+ 万元，下降 ([\d.]+)%/,
    to: bump('1'),
    rule: 'change.percent',
  },
  {
    name: 'county-sangong-compare-layout.txt',
    what: 'gap against the budget of one item',
    re: /比预算数减少 ([\d.]+) 万元。与上年相比增加/,
    to: bump('0.3'),
    rule: 'completion.budget-gap',
  },
  // 4. 自评表 with (A)/(B) headers
  {
    name: 'county-ziping-wrapped-layout.txt',
    what: '执行率 under a wrapped header (B/A)',
    re: /年度资金总额： +[\d.]+ +[\d.]+ +[\d.]+ +10 +([\d.]+)%/,
    to: bump('1'),
    rule: 'completion.percent',
  },
  {
    name: 'county-ziping-wrapped-layout.txt',
    what: '资金得分',
    re: /年度资金总额： +[\d.]+ +[\d.]+ +[\d.]+ +10 +[\d.]+% +([\d.]+)/,
    to: () => '9.36',
    rule: 'score.rule',
  },
  {
    name: 'county-ziping-wrapped-layout.txt',
    what: '总分 with wrapped 三级指标 names',
    re: /总分 +100 +([\d.]+)/,
    to: bump('2'),
    rule: 'score.sum',
  },
  {
    name: 'county-ziping-wrapped-layout.txt',
    what: 'an indicator above its 分值',
    re: /农村自来水普及率 +\S+ +\S+ +20 +(20)/,
    to: () => '22',
    rule: 'score.exceeds-weight',
  },
  // 5. 部门整体支出绩效自评表 and report
  {
    name: 'county-zhengti-table-layout.txt',
    what: '预算执行率 in a short wrapped report',
    re: /预算执行率 ([\d.]+)%，较上年/,
    to: bump('1'),
    rule: 'completion.percent',
  },
  {
    name: 'county-zhengti-table-layout.txt',
    what: '百分点 against last year’s rate',
    re: /较上年提高 ([\d.]+) 个百分点/,
    to: bump('0.5'),
    rule: 'change.amount',
  },
  {
    name: 'county-zhengti-table-layout.txt',
    what: '百分点 in the wrong direction',
    re: /较上年(提高) [\d.]+ 个百分点/,
    to: () => '下降',
    rule: 'change.direction',
  },
  {
    name: 'county-zhengti-table-layout.txt',
    what: 'share in brackets (（占x%）)',
    re: /（占 ([\d.]+)%），项目支出/,
    to: bump('1'),
    rule: 'share.percent',
  },
  {
    name: 'county-zhengti-table-layout.txt',
    what: '合计 得分 of the scoring table',
    re: /合计 +100 +([\d.]+)/,
    to: bump('1'),
    rule: 'score.sum',
  },
  {
    name: 'county-zhengti-table-layout.txt',
    what: 'grade against the score',
    re: /评价等级为“(优)”/,
    to: () => '良',
    rule: 'grade.score',
  },
  {
    name: 'county-zhengti-table-layout.txt',
    what: '执行率 before its figures in brackets',
    re: /项目支出预算执行率为 ([\d.]+)%/,
    to: bump('0.2'),
    rule: 'completion.percent',
  },
  {
    name: 'county-zhengti-table-layout.txt',
    what: '百分点 with last year’s rate inside the comparison',
    re: /较上年的 [\d.]+% 提高 ([\d.]+) 个百分点/,
    to: bump('0.1'),
    rule: 'change.amount',
  },
  {
    name: 'county-sangong-compare-layout.txt',
    what: '% of a change whose base is named in it (比上年决算数X万元减少…)',
    re: /比上年决算数 [\d.]+ 万元减少 [\d.]+ 万元，下\s*降 ([\d.]+)%/,
    to: bump('1'),
    rule: 'change.percent',
  },
  {
    name: 'county-zhengti-table-layout.txt',
    what: '按收入性质分 rows not adding up to 年度预算资金总额',
    re: /政府性基金预算 +[\d,.]+ +[\d,.]+ +([\d,.]+)/,
    to: bump('1'),
    rule: 'table.total',
    at: /年度预算资金总额/,
  },
  // 6. plain pdftotext: no indentation, no blank lines, page numbers
  {
    name: 'county-plain-notes-raw.txt',
    what: 'share of a 类 after a page break (一是…二是…)',
    re: /教育支出（类） [\d,.]+ 万元，占 ([\d.]+)%/,
    to: bump('1'),
    rule: 'share.percent',
  },
  {
    name: 'county-plain-notes-raw.txt',
    what: 'a 类 of a 一是…四是 list not adding up',
    re: /三是卫生健康支出（类） ([\d,.]+) 万元/,
    to: bump('1'),
    rule: 'sum.parts',
    at: /财政拨款支出 [\d,.]+ 万元，主要用于以下方面/,
  },
  {
    name: 'county-plain-notes-raw.txt',
    what: 'vehicle count across a page break, list ended by ；',
    re: /特种专业技术用车 (\d+) 辆/,
    to: () => '10',
    rule: 'sum.parts',
    at: /共有车辆 \d+ 辆/,
  },
  {
    name: 'county-plain-notes-raw.txt',
    what: 'change % in 万元 of totals printed in 亿元 (收入、支出总计各增加…)',
    re: /各增加 [\d,.]+ 万元，增长 ([\d.]+)%/,
    to: bump('1'),
    rule: 'change.percent',
  },
  {
    name: 'county-plain-notes-raw.txt',
    what: '三公 completion',
    re: /完成预算的 ([\d.]+)%/,
    to: bump('1'),
    rule: 'completion.percent',
  },
  {
    name: 'county-plain-notes-raw.txt',
    what: 'share of a named earlier figure (小微企业 of 中小企业)',
    re: /占授予中小企业合同金额的 ([\d.]+)%/,
    to: bump('1'),
    rule: 'share.percent',
  },
  // "决算数大于（小于）预算数的主要原因" against the rate stated before it (the corpus's own documents)
  {
    name: 'juesuan-3-typed.txt',
    what: '决算数小于预算数 after a rate above 100%',
    re: /完成年初预算的1\d\d\.\d\d%。决算数(大于)预算数/,
    to: () => '小于',
    rule: 'completion.budget-gap',
  },
  {
    name: 'juesuan-1-layout.txt',
    what: '决算数大于预算数 after a rate below 100% (pdftotext -layout)',
    re: /完成年初预算的 9\d\.\d\d%。决算数(小于)预算数/,
    to: () => '大于',
    rule: 'completion.budget-gap',
  },
];
