/**
 * Comparison tables: "%" printed in a 增减率 cell ("49.36%"), and a 三公 table's 决算数 column against the
 * text's 决算 figure of each item.
 */
import { describe, expect, it } from 'vitest';
import { table } from './__fixtures__/provinces.ts';
import { checkTextReport } from './index.ts';

const report = (lines: string[]) =>
  checkTextReport(['某局2024年度部门决算情况说明', '', ...lines].join('\n'));
const findings = (lines: string[]) =>
  report(lines).findings.map((f) => [f.rule, f.severity, f.expected, f.found]);

/** A 本年 | 上年 | 增减额 | 增减率 table, its rates printed with "%" (`rate`: the 事业收入 row's). */
const changeTable = (rate = '50.00%', rateHeader = '增减率', shareHeader?: string) =>
  table('收入支出对比表', '万元', [
    ['项目', '2024年决算数', '2023年决算数', '增减额', rateHeader, ...(shareHeader ? [shareHeader] : [])],
    ['本年收入合计', '1,200.00', '1,000.00', '200.00', '20.00%', ...(shareHeader ? ['100.00%'] : [])],
    ['财政拨款收入', '900.00', '800.00', '100.00', '12.50%', ...(shareHeader ? ['75.00%'] : [])],
    ['事业收入', '300.00', '200.00', '100.00', rate, ...(shareHeader ? ['25.00%'] : [])],
    ['其他收入', '0.00', '0.00', '0.00', '0.00%', ...(shareHeader ? ['0.00%'] : [])],
  ]);

describe('"%" in a table’s 增减率 cells', () => {
  it('reads them like bare figures of the rate column', () => {
    const r = report(changeTable());
    expect(r.findings).toEqual([]);
    const rates = r.claims.filter((c) => c.arithmetic.includes('增减率'));
    expect(rates.map((c) => c.verified)).toEqual([true, true, true]);
    expect(rates[2]!.arithmetic).toBe(
      '《收入支出对比表》事业收入增减率：(300.00 − 200.00) ÷ 200.00 × 100% = 50.00%，表中50.00%',
    );
    // Typed (tab-separated) as well.
    const typed = [
      '收入支出对比表',
      '项目\t2024年决算数\t2023年决算数\t增减额\t增减率',
      '事业收入\t300.00\t200.00\t100.00\t50.00%',
    ];
    expect(
      report(typed)
        .claims.filter((c) => c.arithmetic.includes('增减率：'))
        .map((c) => c.verified),
    ).toEqual([true]);
  });

  it('reports a wrong rate and a wrong sign, with the arithmetic', () => {
    const r = report(changeTable('55.00%'));
    expect(findings(changeTable('55.00%'))).toEqual([['change.percent', 'error', '50.00%', '55.00%']]);
    expect(r.findings[0]!.message).toBe(
      '《收入支出对比表》“事业收入”增减率应为 (300.00 − 200.00) ÷ 200.00 × 100% = 50.00%，表中为55.00%。',
    );
    expect(findings(changeTable('-50.00%'))).toEqual([['change.direction', 'error', '50.00%', '-50.00%']]);
  });

  it('reads a 占比 column beside it only when every row prints both rates', () => {
    // Each row prints a rate in both columns: no rate's column is in doubt, the wrong 增减率 is found.
    expect(findings(changeTable('55.00%', '增减率', '占比'))).toEqual([
      ['change.percent', 'error', '50.00%', '55.00%'],
    ]);
    expect(findings(changeTable('50.00%', '增减率', '占比'))).toEqual([]);
  });

  it('leaves "%" cells alone outside a 增减率 column', () => {
    // A row prints one rate under two ratio columns: which column it is in is not told, nothing is read as one.
    const lone = changeTable('55.00%', '增减率', '占比').map((l) => l.replace(/\s+0\.00%\s*$/, ''));
    const r = report(lone);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.claims.filter((c) => c.arithmetic.includes('增减率：'))).toEqual([]);
    // A 完成预算 column with "%": not a rate of change.
    const budget = table('支出决算表', '万元', [
      ['项目', '年初预算数', '决算数', '完成预算'],
      ['合计', '400.00', '300.00', '75.00%'],
      ['基本支出', '200.00', '150.00', '75.00%'],
      ['项目支出', '200.00', '150.00', '80.00%'],
    ]);
    expect(report(budget).findings).toEqual([]);
  });
});

/** A 三公 notice: one sentence per item and a table of 预算数 | 决算数 | 上年决算数 | 增减额 | 增减率. */
const feesNotice = (reception = '7.52', headers = ['2024年预算数', '2024年决算数', '2023年决算数']) => [
  `公务接待费预算为9.00万元，支出决算为${reception}万元，完成预算的83.56%。`,
  '',
  ...table('“三公”经费财政拨款支出决算对比表', '万元', [
    ['项目', ...headers, '比上年增减额', '增减率（%）'],
    ['合计', '17.00', '14.80', '15.41', '-0.61', '-3.96'],
    ['1.因公出国（境）费', '0.00', '0.00', '0.00', '0.00', '—'],
    ['2.公务用车购置及运行维护费', '8.00', '7.28', '6.75', '0.53', '7.85'],
    ['3.公务接待费', '9.00', '7.52', '8.66', '-1.14', '-13.16'],
  ]),
  '（三）公务接待费支出决算为7.52万元，比上年减少1.14万元，下降13.16%。',
];

describe('a 三公 table of 预算数 | 决算数 | 上年决算数 against the text', () => {
  it('ties each item’s 决算 in the text to the 决算数 column of its row', () => {
    const r = report(feesNotice());
    expect(r.findings).toEqual([]);
    expect(r.claims.filter((c) => c.kind === 'figure').map((c) => [c.verified, c.arithmetic])).toEqual([
      [true, '公务接待费决算数：正文7.52万元，《“三公”经费财政拨款支出决算对比表》7.52万元'],
      [true, '公务接待费决算数：正文7.52万元，《“三公”经费财政拨款支出决算对比表》7.52万元'],
    ]);
  });

  it('reports a text figure the 决算数 column does not print', () => {
    const r = report(feesNotice('8.66'));
    const wrong = r.findings.filter((f) => f.rule === 'figure.text-table');
    expect(wrong.map((f) => [f.severity, f.expected, f.found])).toEqual([['error', '7.52万元', '8.66万元']]);
    expect(wrong[0]!.message).toMatch(
      /正文中“公务接待费决算数”为8\.66万元，而第\d+行《“三公”经费财政拨款支出决算对比表》为7\.52万元/,
    );
  });

  it('claims nothing when no single column says this year’s 决算', () => {
    for (const headers of [
      ['本年预算数', '本年数', '上年数'],
      ['2024年预算数', '决算数', '2024年决算数'],
      ['2025年预算数', '2023年决算数', '2022年决算数'],
    ]) {
      const r = report(feesNotice('8.66', headers));
      expect(
        r.claims.filter((c) => c.kind === 'figure'),
        headers.join('|'),
      ).toEqual([]);
      expect(r.findings.filter((f) => f.rule === 'figure.text-table')).toEqual([]);
    }
  });

  describe('a 三公 table whose outturn column says only 决算数, beside 上年决算数', () => {
    const lines = (rate: string) => [
      '某院2024年度“三公”经费支出决算情况',
      '                “三公”经费支出决算表',
      '                                                                  单位：万元',
      '    项    目                        预算数       决算数         上年决算数     增减额       增减(%)',
      '    合计                          45.00     40.00         36.00    4.00       11.11',
      '    1.因公出国（境）费                  10.00      8.00          6.00    2.00       33.33',
      `    2.公务用车购置及运行维护费              30.00     30.00         27.00    3.00        ${rate}`,
      '    3.公务接待费                      5.00      2.00          3.00   -1.00      -33.33',
    ];
    it('checks 增减额 and 增减(%) against 决算数 − 上年决算数', () => {
      const clean = checkTextReport(lines('11.11').join('\n'));
      expect(clean.findings.filter((f) => f.severity !== 'note')).toEqual([]);
      expect(clean.claims.filter((c) => c.arithmetic.includes('增减率')).length).toBe(4);
      expect(checkTextReport(lines('13.11').join('\n')).findings).toEqual([
        expect.objectContaining({
          rule: 'change.percent',
          severity: 'error',
          expected: '11.11',
          found: '13.11',
        }),
      ]);
    });
  });
});
