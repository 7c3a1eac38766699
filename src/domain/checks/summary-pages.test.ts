/**
 * The two 总表 of a 部门决算 printed in 元 with a 行次 column on both sides and a 栏次 row under the header, as
 * pdftotext prints a browser's PDF (unit, names and figures made up): the 收入支出决算总表 runs over a page break
 * and the next page sets it at another margin; the 财政拨款收入支出决算总表 has long 支出 labels set one space
 * from their 行次, its 栏次 row names both halves ("栏次 1 栏次 2 3 4 5"), and each table's caption line
 * ("公开05表  编制单位：…  单位：元") stands above its header.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

/** A printed line: each cell's text at its place, a figure ending at its column (`-end`), words starting at it. */
function line(...cells: (readonly [number, string])[]): string {
  let out = '';
  for (const [at, text] of cells) {
    const start = at < 0 ? -at - text.length : at;
    out = out.padEnd(start, ' ') + text;
  }
  return out;
}

const UNIT = '澄川县气象服务中心';

/** 收入支出决算总表, its last three rows on the next page, set ten places further left. */
const SUMMARY = (social: string) => [
  line([24, '收入支出决算总表']),
  line([50, '公开01表'], [60, `编制单位：${UNIT}`], [86, '单位：元']),
  line([12, '收入'], [62, '支出']),
  line([8, '项目'], [26, '行次'], [32, '决算数'], [52, '项目'], [74, '行次'], [82, '决算数']),
  line([8, '栏次'], [-34, '1'], [52, '栏次'], [-84, '2']),
  line(
    [0, '一、一般公共预算财政拨款收入'],
    [-28, '1'],
    [-45, '6,400,000.00'],
    [46, '一、一般公共服务支出'],
    [-77, '6'],
    [-95, '2,300,000.00'],
  ),
  line(
    [0, '二、事业收入'],
    [-28, '2'],
    [-45, '420,000.00'],
    [46, '二、社会保障和就业支出'],
    [-77, '7'],
    [-95, social],
  ),
  line(
    [0, '三、其他收入'],
    [-28, '3'],
    [-45, '80,000.00'],
    [46, '三、农林水支出'],
    [-77, '8'],
    [-95, '3,150,000.00'],
  ),
  line([46, '四、住房保障支出'], [-77, '9'], [-95, '410,000.00']),
  line([46, '五、其他支出'], [-77, '10']),
  line(
    [10, '本年收入合计'],
    [-28, '4'],
    [-45, '6,900,000.00'],
    [56, '本年支出合计'],
    [-77, '11'],
    [-95, '6,760,000.00'],
  ),
  '',
  '',
  line([36, '第 1 页 共 2 页']),
  `\f${line([36, UNIT])}`,
  line([0, '使用非财政拨款结余'], [-30, '5'], [49, '结余分配'], [-66, '12']),
  line(
    [0, '年初结转和结余'],
    [-30, '6'],
    [-46, '150,000.00'],
    [49, '年末结转和结余'],
    [-66, '13'],
    [-82, '290,000.00'],
  ),
  line([13, '总计'], [-30, '7'], [-46, '7,050,000.00'], [59, '总计'], [-66, '14'], [-82, '7,050,000.00']),
  '',
  '注：本表反映部门本年度的总收支和年末结转结余情况。',
  '',
];

const EXPENSE = [
  line([40, '支出决算表']),
  line([50, '公开03表'], [60, `编制单位：${UNIT}`], [86, '单位：元']),
  line([1, '科目编码'], [14, '科目名称'], [36, '本年支出合计'], [54, '基本支出'], [70, '项目支出']),
  line([2, '栏次'], [-44, '1'], [-60, '2'], [-76, '3']),
  line([16, '合计'], [-44, '6,760,000.00'], [-60, '5,000,000.00'], [-76, '1,760,000.00']),
  line(
    [0, '201'],
    [8, '一般公共服务支出'],
    [-44, '2,300,000.00'],
    [-60, '1,500,000.00'],
    [-76, '800,000.00'],
  ),
  line([0, '208'], [8, '社会保障和就业支出'], [-44, '900,000.00'], [-60, '900,000.00']),
  line([0, '213'], [8, '农林水支出'], [-44, '3,150,000.00'], [-60, '2,190,000.00'], [-76, '960,000.00']),
  line([0, '221'], [8, '住房保障支出'], [-44, '410,000.00'], [-60, '410,000.00']),
  '',
  '注：本表反映部门本年度各项支出情况。',
  '',
];

/**
 * 财政拨款收入支出决算总表: 合计 / 一般公共预算 / 政府性基金 / 国有资本经营 columns on the 支出 side; its 年初结转 parts
 * set one space from their 行次 run over a page break, the 总计 on the next page.
 */
const FISCAL = (farming: string) => [
  line([40, '财政拨款收入支出决算总表']),
  line([70, '公开04表'], [80, `编制单位：${UNIT}`], [100, '单位：元']),
  line([14, '收入'], [70, '支出']),
  line(
    [6, '项目'],
    [15, '行次'],
    [22, '决算数'],
    [39, '项目'],
    [48, '行次'],
    [56, '合计'],
    [67, '一般公共预算财政拨款'],
    [78, '政府性基金预算财政拨款'],
    [90, '国有资本经营预算财政拨款'],
  ),
  line([6, '栏次'], [-25, '1'], [39, '栏次'], [-58, '2'], [-74, '3'], [-84, '4'], [-97, '5']),
  line(
    [0, '一、一般公共预算财政拨款'],
    [-17, '1'],
    [-31, '6,400,000.00'],
    [32, '一、一般公共服务支出'],
    [-50, '8'],
    [-64, '2,300,000.00'],
    [-82, '2,300,000.00'],
  ),
  line(
    [0, '二、政府性基金预算财政拨款'],
    [-15, '2'],
    [32, '二、社会保障和就业支出'],
    [-50, '9'],
    [-64, '900,000.00'],
    [-82, '900,000.00'],
  ),
  line(
    [0, '三、国有资本经营预算财政拨款'],
    [-16, '3'],
    [32, '三、农林水支出'],
    [-50, '10'],
    [-64, farming],
    [-82, '3,150,000.00'],
  ),
  line([32, '四、自然资源海洋气象等支出'], [-48, '11']),
  line([32, '五、灾害防治及应急管理支出'], [-48, '12']),
  line([32, '六、住房保障支出'], [-50, '13'], [-64, '410,000.00'], [-82, '410,000.00']),
  line(
    [4, '本年收入合计'],
    [-17, '4'],
    [-31, '6,400,000.00'],
    [37, '本年支出合计'],
    [-50, '14'],
    [-64, '6,760,000.00'],
    [-82, '6,760,000.00'],
  ),
  line(
    [0, '年初财政拨款结转和结余'],
    [-17, '5'],
    [-31, '720,000.00'],
    [32, '年末财政拨款结转和结余'],
    [-50, '15'],
    [-64, '360,000.00'],
    [-82, '360,000.00'],
  ),
  line([0, '一、一般公共预算财政拨款'], [-17, '6'], [-31, '720,000.00']),
  line([0, '二、政府性基金预算财政拨款'], [-15, '7']),
  '',
  line([40, '第 1 页 共 2 页']),
  `\f${line([36, UNIT])}`,
  line([0, '三、国有资本经营预算财政拨款'], [-16, '8']),
  line(
    [7, '总计'],
    [-17, '9'],
    [-31, '7,120,000.00'],
    [34, '总计'],
    [-45, '16'],
    [-59, '7,120,000.00'],
    [-75, '7,120,000.00'],
  ),
  '',
  '注：本表反映部门本年度财政拨款总收支和结转结余情况。',
  '',
];

const GP_EXPENSE = [
  line([30, '一般公共预算财政拨款支出决算表']),
  line([40, '公开05表'], [50, `编制单位：${UNIT}`], [76, '单位：元']),
  line([1, '科目编码'], [14, '科目名称'], [40, '合计'], [52, '基本支出'], [68, '项目支出']),
  line([2, '栏次'], [-44, '1'], [-60, '2'], [-76, '3']),
  line(
    [0, '201'],
    [8, '一般公共服务支出'],
    [-44, '2,300,000.00'],
    [-60, '1,500,000.00'],
    [-76, '800,000.00'],
  ),
  line([0, '208'], [8, '社会保障和就业支出'], [-44, '900,000.00'], [-60, '900,000.00']),
  line([0, '213'], [8, '农林水支出'], [-44, '3,150,000.00'], [-60, '2,190,000.00'], [-76, '960,000.00']),
  line([0, '221'], [8, '住房保障支出'], [-44, '410,000.00'], [-60, '410,000.00']),
  line([16, '合计'], [-44, '6,760,000.00'], [-60, '5,000,000.00'], [-76, '1,760,000.00']),
  '',
  '注：本表反映部门本年度一般公共预算财政拨款支出情况。',
];

const check = (lines: string[]) => checkTextReport(lines.join('\n'), { year: 2025 }).findings;
const errors = (lines: string[]) => check(lines).filter((f) => f.severity === 'error');

describe('a 收入支出决算总表 with 行次 columns, its foot on a page set at another margin', () => {
  it('compares its 支出 类 with the 支出决算表, the one wrong 类 reported once', () => {
    expect(errors([...SUMMARY('900,000.00'), ...EXPENSE])).toEqual([]);
    const found = errors([...SUMMARY('990,000.00'), ...EXPENSE]);
    expect(found.map((f) => [f.rule, f.found])).toEqual([['figure.tables-disagree', '990,000.00']]);
    expect(found[0]!.expected).toBe('900000.00');
  });
});

describe('a 财政拨款收入支出决算总表 with 行次 columns, tight 支出 labels and a 栏次 row over both halves', () => {
  it('reads each 支出 row across: a 合计 that is not its 一般公共预算 figure nor 表5 类 is reported', () => {
    expect(errors([...FISCAL('3,150,000.00'), ...GP_EXPENSE])).toEqual([]);
    const found = errors([...FISCAL('3,105,000.00'), ...GP_EXPENSE]);
    expect(found.map((f) => [f.rule, f.found])).toEqual([['table.row-sum', '3,105,000.00']]);
    expect(found[0]!.expected).toBe('3150000.00');
  });
});

/** A 基本支出决算表 with 人员经费 and 公用经费 side by side, and the 一般公共预算 table naming its 基本支出 total. */
const BASIC = (person: string) =>
  [
    '                      一般公共预算财政拨款支出决算表',
    '                                                        公开05表 单位：万元',
    '科目编码                科目名称       合计          基本支出         项目支出',
    '         合计                       335.00       285.00        50.00',
    '     213 农林水支出                   335.00       285.00        50.00',
    '注：本表反映本年度一般公共预算财政拨款支出情况。',
    '',
    '                      一般公共预算财政拨款基本支出决算表',
    '                                                        公开06表 单位：万元',
    '               人员经费                              公用经费',
    '科目编码         科目名称       决算数      科目编码          科目名称          决算数',
    '  30101 基本工资              150.40 30201 办公费                       9.60',
    '  30102 津贴补贴               62.30 30202 印刷费                       1.80',
    '  30107 绩效工资               30.10 30211 差旅费                       6.40',
    '  30112 其他社会保障缴费            4.20 30226 劳务费                       3.20',
    '  30305 生活补助                8.00 30228 工会经费                      2.50',
    '                                    30239 其他交通费用                 5.10',
    '                                    31002 办公设备购置                 1.40',
    `人员经费                      ${person} 公用经费                            30.00`,
    '合计                               合计',
    '注：本表反映本年度一般公共预算财政拨款基本支出明细。',
  ].join('\n');

describe('a 人员经费合计 that is not its items’ sum, against the 一般公共预算 table’s 基本支出', () => {
  it('is reported once, on its own sum, not again as two tables disagreeing', () => {
    expect(errors([BASIC('255.00')])).toEqual([]);
    const found = errors([BASIC('265.00')]);
    expect(found.map((f) => [f.rule, f.found])).toEqual([['table.basic-split', '265.00']]);
  });
});

/** The 财政拨款总表 above with its 行次 header wrapped in its narrow cell ("行" over "次") and no 栏次 row. */
const WRAPPED_FISCAL = (farming: string) =>
  FISCAL(farming).flatMap((l) => {
    if (/^\s*栏次/.test(l)) return [line([15, '次'], [48, '次'])];
    return [l.includes('行次') ? l.replaceAll('行次', '行  ') : l];
  });

describe('a 财政拨款收入支出决算总表 whose 行次 header wraps to 行 / 次', () => {
  it('never reads the row numbers as figures', () => {
    expect(errors([...WRAPPED_FISCAL('3,150,000.00'), ...GP_EXPENSE])).toEqual([]);
  });

  it('still reads its figures: a wrong 合计 is reported', () => {
    const found = errors([...WRAPPED_FISCAL('3,105,000.00'), ...GP_EXPENSE]);
    expect(found.map((f) => [f.rule, f.found])).toEqual([['table.row-sum', '3,105,000.00']]);
  });
});
