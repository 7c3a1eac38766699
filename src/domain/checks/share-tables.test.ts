import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

/** A 支出决算表 whose 合计 row holds 基本支出 and 项目支出 (tab-separated, as typed or pasted). */
const EXPENSE_TABLE = [
  '支出决算表',
  '单位：万元',
  '科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出',
  '\t合计\t1,648.30\t1,206.75\t441.55',
  '201\t一般公共服务支出\t1,648.30\t1,206.75\t441.55',
];

const check = (...prose: string[]) => checkTextReport([...EXPENSE_TABLE, ...prose].join('\n'));
const tableShares = (r: ReturnType<typeof checkTextReport>) =>
  r.claims.filter((c) => c.kind === 'share' && c.arithmetic.includes('《'));

describe('shares stated without their amounts, recomputed from the table row holding the whole', () => {
  // 1206.75 ÷ 1648.30 = 73.2124…%, 441.55 ÷ 1648.30 = 26.7876…%
  it('accepts shares the row bears out, and says where the amounts came from', () => {
    const r = check('2024年度本年支出合计1,648.30万元，其中：基本支出占73.21%，项目支出占26.79%。');
    expect(r.findings).toEqual([]);
    expect(tableShares(r)).toEqual([
      expect.objectContaining({
        verified: true,
        arithmetic: expect.stringContaining('1206.75 ÷ 1648.30 × 100% = 73.21%（第4行《支出决算表》）'),
      }),
      expect.objectContaining({ verified: true, arithmetic: expect.stringContaining('441.55 ÷ 1648.30') }),
    ]);
  });

  it('flags a share the row does not bear out, with the arithmetic', () => {
    const r = check('2024年度本年支出合计1,648.30万元，其中：基本支出占72.21%，项目支出占26.79%。');
    expect(r.findings).toEqual([
      expect.objectContaining({
        rule: 'share.percent',
        severity: 'error',
        expected: '73.21%',
        found: '72.21%',
      }),
    ]);
    expect(r.findings[0]!.message).toBe(
      '基本支出占比应为 1206.75 ÷ 1648.30 × 100% = 73.21%（金额见第4行《支出决算表》），文中为72.21%。',
    );
  });

  it('reads the whole in another unit, a named base, a truncation and the row of a 类', () => {
    // 16,483,000元 is the 合计 row in 元; the text rounds the whole to 1648.3万元.
    const inYuan = checkTextReport(
      [
        '支出决算表',
        '单位：元',
        '科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出',
        '\t合计\t16,483,000.00\t12,067,500.00\t4,415,500.00',
        '本年支出合计1648.3万元，其中：基本支出占本年支出的73.21%，项目支出占本年支出的26.78%。',
      ].join('\n'),
    );
    expect(inYuan.findings).toEqual([
      expect.objectContaining({ rule: 'share.percent', severity: 'warning', expected: '26.79%' }),
    ]);
    expect(tableShares(inYuan)).toHaveLength(2);
    // The 类's own row holds 1,648.30 as well, with the same parts: one reading.
    expect(tableShares(check('一般公共服务支出1648.30万元，其中，基本支出占73.21%。'))).toHaveLength(1);
  });

  it('judges nothing when the whole is not a total of the table, or the text may mean another figure', () => {
    const none = [
      // no row holds 1,700.00
      '2024年度本年支出合计1,700.00万元，其中：基本支出占73.21%，项目支出占26.79%。',
      // the figure before 其中 is a change, not the whole
      '本年支出比上年增加1,648.30万元，其中：基本支出占71.00%。',
      // the base named is not the figure's
      '本年支出合计1,648.30万元，其中：基本支出占财政拨款的71.00%。',
      // no column of that name
      '本年支出合计1,648.30万元，其中：人员支出占71.00%。',
    ];
    for (const prose of none) {
      const r = check(prose);
      expect(tableShares(r), prose).toEqual([]);
      expect(
        r.findings.filter((f) => f.rule.startsWith('share')),
        prose,
      ).toEqual([]);
    }
  });

  it('leaves a share alone when two rows hold the whole but print different parts', () => {
    const r = checkTextReport(
      [
        ...EXPENSE_TABLE,
        '一般公共预算财政拨款支出决算表',
        '单位：万元',
        '科目编码\t科目名称\t合计\t基本支出\t项目支出',
        '\t合计\t1,648.30\t1,000.00\t648.30',
        '支出合计1,648.30万元，其中：基本支出占73.21%。',
      ].join('\n'),
    );
    expect(tableShares(r)).toEqual([]);
    expect(r.findings).toEqual([]);
  });

  it('reads a table printed as pdftotext -layout prints it, with the text wrapped', () => {
    const r = checkTextReport(
      [
        '                              支出决算表',
        '单位：万元',
        `   项目${'本年支出合计'.padStart(28)}${'基本支出'.padStart(13)}${'项目支出'.padStart(14)}`,
        `   合计${'1,648.30'.padStart(30)}${'1,206.75'.padStart(15)}${'441.55'.padStart(16)}`,
        `   一般公共服务支出${'1,648.30'.padStart(22)}${'1,206.75'.padStart(15)}${'441.55'.padStart(16)}`,
        '',
        '    2024 年度本年支出合计 1,648.30 万元，其中：基本支出占73.21%，',
        '项目支出占25.79%。',
      ].join('\n'),
    );
    expect(r.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'share.percent', line: 8, expected: '26.79%' }),
      ]),
    );
    expect(tableShares(r)).toHaveLength(2);
  });

  it('takes the amounts of shares listed without a whole from a 三公 table listing the parts as rows', () => {
    const lines = (shares: [string, string, string]) => [
      '某院2024年度“三公”经费支出决算情况',
      `2024年度“三公”经费支出决算40.00万元，比上年增加4.00万元。其中：因公出国（境）费占${shares[0]}%，公务用车购置及运行维护费占${shares[1]}%，公务接待费占${shares[2]}%。`,
      '                “三公”经费支出决算表',
      '                                              单位：万元',
      '    项    目                        预算数       决算数         上年决算数',
      '    合计                          45.00     40.00         36.00',
      '    1.因公出国（境）费                  10.00      8.00          6.00',
      '    2.公务用车购置及运行维护费              30.00     30.00         27.00',
      '    3.公务接待费                      5.00      2.00          3.00',
    ];
    const clean = checkTextReport(lines(['20.00', '75.00', '5.00']).join('\n'));
    expect(clean.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(tableShares(clean).map((c) => c.verified)).toEqual([true, true, true]);
    const bad = checkTextReport(lines(['20.00', '57.00', '5.00']).join('\n'));
    expect(bad.findings.filter((f) => f.rule === 'share.percent')).toEqual([
      expect.objectContaining({ severity: 'error', expected: '75.00%', found: '57.00%' }),
    ]);
  });
});
