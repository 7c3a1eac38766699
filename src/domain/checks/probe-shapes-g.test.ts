/**
 * Tables of a 部门决算 printed by a browser and read by `pdftotext -layout` (units, names and figures made
 * up; the text is what pdftotext printed for our own HTML):
 *  - a 基本支出决算表 with 人员经费 and 公用经费 side by side (two 编码/名称/决算数 groups a row, the totals'
 *    "合计" wrapped onto a line of its own): each group's 款 add up to its total;
 *  - a 三公 table with a three-level header (预算数 / 决算数 × 合计, 因公出国（境）费, 公务用车购置及运行维护费
 *    (小计, 购置费, 运行维护费), 公务接待费), its title on the page before: the row sums, and its figures
 *    against the text;
 *  - a 类 named in the text without "（类）" ("农林水支出1,000.65万元") against the 一般公共预算财政拨款支出决算表;
 *  - a header whose labels stand left of their figures (a wide character counts as one place): each column
 *    named by its own label.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);
const claims = (text: string, re: RegExp) =>
  checkTextReport(text)
    .claims.filter((c) => re.test(c.arithmetic))
    .map((c) => [c.verified, c.arithmetic]);

/** What pdftotext printed (the 人员经费 rows' figures and the totals replaceable). */
const basic = (o: { allowance?: string; person?: string; office?: string } = {}) =>
  [
    '                   青岚县农业农村局2024年度部门决算',
    '   本部门主要职责是统筹推进全县农业农村发展。',
    '                      一般公共预算财政拨款基本支出决算表',
    '                                                        公开06表 单位：万元',
    '               人员经费                              公用经费',
    '科目编码         科目名称       决算数      科目编码          科目名称          决算数',
    '  30101 基本工资              200.50 30201 办公费                      10.20',
    `  30102 津贴补贴               ${o.allowance ?? '88.20'} 30202 印刷费                       2.40`,
    '  30107 绩效工资               45.10 30211 差旅费                       8.80',
    '  30112 其他社会保障缴费            3.30 30226 劳务费                       5.00',
    '  30305 生活补助               12.00 30228 工会经费                      3.60',
    '                                    30239 其他交通费用                 7.20',
    '                                    31002 办公设备购置                 1.90',
    `人员经费                      ${o.person ?? '349.10'} 公用经费                            ${o.office ?? '39.10'}`,
    '合计                               合计',
    '注：本表反映本年度一般公共预算财政拨款基本支出明细。',
    '',
    '                                —1—',
  ].join('\n');

describe('a 基本支出决算表 with 人员经费 and 公用经费 side by side', () => {
  it('adds up each side’s 款 to its total', () => {
    expect(errors(basic())).toEqual([]);
    expect(claims(basic(), /经费合计等于/)).toEqual([
      [
        true,
        '《一般公共预算财政拨款基本支出决算表》人员经费合计等于工资福利支出（301）与对个人和家庭的补助（303）各款之和：200.50 + 88.20 + 45.10 + 3.30 + 12.00 = 349.10，表中349.10',
      ],
      [
        true,
        '《一般公共预算财政拨款基本支出决算表》公用经费合计等于商品和服务支出等其余各款之和：10.20 + 2.40 + 8.80 + 5.00 + 3.60 + 7.20 + 1.90 = 39.10，表中39.10',
      ],
    ]);
  });

  it('reports a 人员经费 款 that does not add up to its total', () => {
    expect(errors(basic({ allowance: '98.20' }))).toEqual(['table.basic-split 359.10 349.10']);
    const f = checkTextReport(basic({ allowance: '98.20' })).findings[0]!;
    expect(f.message).toContain('200.50 + 98.20 + 45.10 + 3.30 + 12.00 = 359.10，表中为349.10，相差10.00');
  });

  it('stays silent when the unit files a 款 on the other side (both totals off by the same amount)', () => {
    // 30305 counted in 公用经费: 人员经费 337.10, 公用经费 51.10 — their sum is the 款' sum.
    const moved = basic({ person: '337.10', office: '51.10' });
    expect(errors(moved)).toEqual([]);
    expect(claims(moved, /经费合计等于/)).toEqual([]);
  });

  it('reads nothing when a 款 is printed on the other side of its total', () => {
    // A 302 款 under 人员经费: the groups are not the two sides.
    const swapped = basic()
      .replace('  30305 生活补助 ', '  30209 物业管理费')
      .replace('30228 工会经费', '30305 生活补助');
    expect(errors(swapped)).toEqual([]);
    expect(claims(swapped, /经费合计等于/)).toEqual([]);
  });
});

/** A 三公 table whose title is on the page before its three-level header (as pdftotext printed it). */
const fees = (o: { run?: string; total?: string; header?: string } = {}) =>
  [
    '                   青岚县农业农村局2024年度部门决算',
    '',
    '财政拨款“三公”经费支出决算表',
    '                  公开07表 单位：万元',
    '',
    '',
    '      —2—',
    '',
    '                  预算数                                决算数',
    '               公务用车购置及运行维护费                       公务用车购置及运行维护费',
    o.header ??
      ' 合计 因公出国（境）费                  公务接待费 合计 因公出国（境）费                  公务接待费',
    '               小计 购置费 运行维护费                       小计 购置费 运行维护费',
    `18.70     6.00 9.50 0.00 9.50    3.20 ${o.total ?? '16.22'}  4.85 8.73 0.00 8.73    2.64`,
    '注：本表反映本年度“三公”经费支出预决算情况。',
    '    2024年度“三公”经费财政拨款支出决算为16.22万元。其中：因公出国（境）费支出决算为',
    `4.85万元；公务用车运行维护费支出决算为${o.run ?? '8.73'}万元；公务接待费支出决算为2.64万元。`,
    '',
    '                                  —3—',
  ].join('\n');

describe('a 三公 table with a three-level header, 预算数 and 决算数 in halves', () => {
  it('sums each half and ties its 决算数 to the text', () => {
    expect(errors(fees())).toEqual([]);
    expect(claims(fees(), /（决算数）等于|决算数：正文/)).toEqual([
      [
        true,
        '《财政拨款“三公”经费支出决算表》“三公”经费合计（决算数）等于因公出国（境）费、公务用车购置及运行维护费、公务接待费之和：4.85 + 8.73 + 2.64 = 16.22，表中16.22',
      ],
      [
        true,
        '《财政拨款“三公”经费支出决算表》公务用车购置及运行维护费小计（决算数）等于购置费与运行维护费之和：0.00 + 8.73 = 8.73，表中8.73',
      ],
      [true, '“三公”经费决算数：正文16.22万元，《财政拨款“三公”经费支出决算表》16.22万元'],
      [true, '因公出国（境）费决算数：正文4.85万元，《财政拨款“三公”经费支出决算表》4.85万元'],
      [true, '公务用车运行维护费决算数：正文8.73万元，《财政拨款“三公”经费支出决算表》8.73万元'],
      [true, '公务接待费决算数：正文2.64万元，《财政拨款“三公”经费支出决算表》2.64万元'],
    ]);
    expect(claims(fees(), /（预算数）等于/).map(([v]) => v)).toEqual([true, true]);
  });

  it('reports a text figure the table does not print, and a 合计 its items do not make', () => {
    expect(errors(fees({ run: '8.78' }))).toContain('figure.text-table 8.73万元 8.78万元');
    expect(errors(fees({ total: '16.32' }))).toContain('table.row-sum 16.22 16.32');
  });

  it('reads nothing when the item headers are not in the national order', () => {
    // 公务接待费 before 因公出国（境）费: which figure is which is not told.
    const header =
      ' 合计 公务接待费                  因公出国（境）费 合计 公务接待费                  因公出国（境）费';
    expect(errors(fees({ header }))).toEqual([]);
    expect(claims(fees({ header }), /决算表》/)).toEqual([]);
    // The text's 8.78 is then not compared with any figure of the table.
    expect(errors(fees({ header, run: '8.78' })).filter((e) => e.startsWith('figure.'))).toEqual([]);
  });
});

/** A 一般公共预算财政拨款支出决算表 (pdftotext -layout) and the text's 类 list (`farm`: 农林水支出 in the text). */
const classes = (farm = '1,000.65', lead = '2024年度一般公共预算财政拨款支出主要用于以下方面') =>
  [
    '                青岚县农业农村局2024年度部门决算',
    '                    一般公共预算财政拨款支出决算表',
    '                                                    公开05表 单位：万元',
    '              项目',
    '  科目编码             科目名称          合计          基本支出        项目支出',
    '            合计                    1,127.55      429.50      698.05',
    '        201 一般公共服务支出                 85.60        0.00       85.60',
    '      20113 商贸事务                     85.60        0.00       85.60',
    '    2011308 招商引资                     85.60        0.00       85.60',
    '        213 农林水支出                 1,000.65      388.20      612.45',
    '      21301 农业农村                  1,000.65      388.20      612.45',
    '    2130101 行政运行                    388.20      388.20        0.00',
    '    2130199 其他农业农村支出                612.45        0.00      612.45',
    '        221 住房保障支出                   41.30       41.30        0.00',
    '      22102 住房改革支出                   41.30       41.30        0.00',
    '    2210201 住房公积金                    41.30       41.30        0.00',
    '注：本表反映本年度一般公共预算财政拨款支出情况。',
    `    （二）一般公共预算财政拨款支出决算结构情况。${lead}：一般公共服务支出85.60万元，占7.59%；农林水支出${farm}万元，占88.75%；住房保障支出41.30万元，占3.66%。`,
  ].join('\n');

describe('a 类 named in the text without “（类）”', () => {
  it('is compared with the 类 row of the 一般公共预算财政拨款支出决算表', () => {
    expect(errors(classes())).toEqual([]);
    expect(claims(classes(), /（类）：正文/)).toEqual([
      [true, '一般公共服务支出（类）：正文85.60万元，《一般公共预算财政拨款支出决算表》85.60万元'],
      [true, '农林水支出（类）：正文1000.65万元，《一般公共预算财政拨款支出决算表》1000.65万元'],
      [true, '住房保障支出（类）：正文41.30万元，《一般公共预算财政拨款支出决算表》41.30万元'],
    ]);
  });

  it('reports a 类 the table prints otherwise', () => {
    expect(errors(classes('1,010.65'))).toContain('figure.text-table 1000.65万元 1010.65万元');
  });

  it('is not compared in a sentence about another total (本年支出 of all funds)', () => {
    const all = classes('1,010.65', '2024年度本年支出合计主要用于以下方面');
    expect(errors(all).filter((e) => e.startsWith('figure.'))).toEqual([]);
    expect(claims(all, /（类）：正文/)).toEqual([]);
  });
});

describe('a header whose labels stand left of their figures', () => {
  // 类/款/项 columns; "合计  基本支出  项目支出" printed left of their figures' columns.
  const shifted = (project = '612.45') =>
    [
      '                      一般公共预算财政拨款支出决算表',
      '                                                                  公开05表 单位：万元',
      '               项目',
      '   科目编码                         合计              基本支出                     项目支出',
      '                 科目名称',
      ' 类 款 项',
      '合计                                   1,127.55            429.50               698.05',
      ' 201       一般公共服务支出                     85.60              0.00                85.60',
      ' 201 13    商贸事务                         85.60              0.00                85.60',
      ' 201 13 08 招商引资                         85.60              0.00                85.60',
      ' 213       农林水支出                     1,000.65            388.20               612.45',
      ' 213 01    农业农村                      1,000.65            388.20               612.45',
      ' 213 01 01 行政运行                        388.20            388.20                 0.00',
      ` 213 01 99 其他农业农村支出                    612.45              0.00               ${project}`,
      ' 221       住房保障支出                       41.30             41.30                 0.00',
      ' 221 02    住房改革支出                       41.30             41.30                 0.00',
      ' 221 02 01 住房公积金                        41.30             41.30                 0.00',
      '注：本表反映本年度一般公共预算财政拨款支出情况。',
    ].join('\n');

  it('names each column by its own label', () => {
    expect(errors(shifted())).toEqual([]);
    expect(claims(shifted(), /^《[^》]+》合计（/).map(([, a]) => (a as string).split('：')[0])).toEqual([
      '《一般公共预算财政拨款支出决算表》合计（合计）等于各类级科目之和',
      '《一般公共预算财政拨款支出决算表》合计（基本支出）等于各类级科目之和',
      '《一般公共预算财政拨款支出决算表》合计（项目支出）等于各类级科目之和',
    ]);
    const wrong = checkTextReport(shifted('621.45')).findings.find((f) => f.rule === 'table.row-sum')!;
    expect(wrong.message).toContain('“2130199 其他农业农村支出”行（合计）等于其后各栏之和');
  });
});
