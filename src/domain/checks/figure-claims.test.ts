import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const DOC = (prose: string, income = '2,961.68') =>
  [
    '某局2024年度部门决算',
    '收入支出决算总表',
    '单位：万元',
    '项目\t决算数\t项目\t决算数',
    `一、一般公共预算财政拨款收入\t${income}\t一、一般公共服务支出\t${income}`,
    `本年收入合计\t${income}\t本年支出合计\t${income}`,
    `总计\t${income}\t总计\t${income}`,
    '收入决算表',
    '单位：万元',
    '科目编码\t科目名称\t本年收入合计\t财政拨款收入',
    '\t合计\t2,961.68\t2,961.68',
    prose,
  ].join('\n');

describe('the same figure in two places', () => {
  it('accepts the text when it prints the tables’ figure (with or without thousands separators)', () => {
    const r = checkTextReport(DOC('本年收入合计2961.68万元。某局2024年度收入支出总计2,961.68万元。'));
    expect(r.findings).toEqual([]);
    expect(r.counts.figure).toEqual({ recognised: 3, verified: 3 });
  });

  it('names 收、支总计 “均为” and a 类 whose share is written before its amount', () => {
    expect(
      checkTextReport(DOC('2024年度收、支总计均为2,961.68万元。')).counts.figure.recognised,
    ).toBeGreaterThanOrEqual(1);
    expect(checkTextReport(DOC('2024年度收、支总计均为2,971.68万元。')).findings).toEqual([
      expect.objectContaining({ rule: 'figure.text-table', found: '2971.68万元' }),
    ]);
    const cls = (v: string) =>
      [
        '一般公共预算财政拨款支出决算表',
        '单位：万元',
        '科目编码\t科目名称\t合计\t基本支出\t项目支出',
        '\t合计\t100.00\t100.00\t0.00',
        '205\t教育支出\t100.00\t100.00\t0.00',
        `一般公共预算财政拨款支出100.00万元，主要用于以下方面：教育支出（类）占100.00%，为${v}万元。`,
      ].join('\n');
    expect(checkTextReport(cls('100.00')).counts.figure.verified).toBeGreaterThanOrEqual(1);
    expect(checkTextReport(cls('101.00')).findings.map((f) => f.rule)).toContain('figure.text-table');
  });

  it('flags a total printed as 0.3万元 where the table says 2,961.68, with both figures', () => {
    const r = checkTextReport(DOC('某局2024年度收入支出总计0.3万元。'));
    expect(r.findings).toEqual([
      expect.objectContaining({
        rule: 'figure.text-table',
        severity: 'error',
        line: 12,
        expected: '2961.68万元',
        found: '0.3万元',
      }),
    ]);
    expect(r.findings[0]!.message).toContain('《收入支出决算总表》为2961.68万元');
  });

  it('flags two tables that disagree by 0.01, and then does not judge the text by either', () => {
    const r = checkTextReport(DOC('本年收入合计2961.68万元。', '2,961.67'));
    const rules = r.findings.filter((f) => f.severity === 'error').map((f) => f.rule);
    expect(rules).toEqual(['figure.tables-disagree']);
  });

  it('never compares a budget, a last-year figure or a change with the tables', () => {
    const r = checkTextReport(
      DOC('本年收入合计年初预算为3000.00万元。上年本年收入合计2800.00万元。收入支出总计增加100.00万元。'),
    );
    expect(r.findings.filter((f) => f.rule.startsWith('figure.'))).toEqual([]);
  });

  it('without tables, flags the same total stated twice with different figures', () => {
    const r = checkTextReport(
      '某局2024年度财政拨款收入支出总计500.00万元。\n……\n财政拨款收入支出总计505.00万元。',
    );
    expect(r.findings).toEqual([
      expect.objectContaining({ rule: 'figure.restated', line: 3, found: '505.00万元' }),
    ]);
  });

  it('compares 三公 items with the 三公 table, and never takes 国内公务接待费 for 公务接待费', () => {
    const table = [
      '某局2024年度部门决算',
      '财政拨款“三公”经费支出决算表',
      '单位：万元',
      '合计\t\t因公出国（境）费\t\t小计\t\t购置费\t\t运行维护费\t\t公务接待费\t',
      '预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数',
      '12.00\t10.00\t2.50\t2.00\t6.00\t5.00\t3.00\t3.00\t3.00\t2.00\t3.50\t3.00',
    ].join('\n');
    const ok = checkTextReport(
      `${table}\n公务接待费支出决算3.00万元，其中：国内公务接待费2.50万元，外事接待费0.50万元。`,
    );
    expect(ok.findings).toEqual([]);
    expect(ok.counts.figure).toEqual({ recognised: 1, verified: 1 });
    const wrong = checkTextReport(`${table}\n公务接待费支出决算3.20万元。`);
    expect(wrong.findings).toEqual([
      expect.objectContaining({ rule: 'figure.text-table', expected: '3.00万元', found: '3.20万元' }),
    ]);
  });
});

describe('三公 rates against the 三公 table', () => {
  const doc = (prose: string, dash = false) =>
    [
      '某局2024年度部门决算',
      '                 财政拨款“三公”经费支出决算表',
      '                                                          公开07表',
      '                                                          单位：元',
      '  预算数    决算数    预算数    决算数    预算数    决算数    预算数    决算数    预算数    决算数    预算数    决算数',
      dash
        ? '    1         2         3         4         5         6         7         8         9        10        11        12'
        : '',
      dash
        ? ' 150000.00 113400.00         -         -  120000.00  94800.00         -         -  120000.00  94800.00  30000.00  18600.00'
        : ' 340000.00 246899.40 180000.00 126450.00 120000.00  98765.40      0.00      0.00 120000.00  98765.40  40000.00  21684.00',
      '',
      prose,
    ].join('\n');

  it('takes an item’s budget and the 三公 total from the table (in 元, the text in 万元)', () => {
    const text = (rate: string, share: string) =>
      `2024年度“三公”经费财政拨款支出决算为24.69万元，其中：因公出国（境）费支出决算为12.65万元，完成预算的${rate}%；公务用车购置及运行维护费支出决算为9.88万元，完成预算的82.33%；公务接待费支出决算为2.17万元，完成预算的54.25%。“三公”经费财政拨款支出决算中，因公出国（境）费支出决算12.65万元，占51.24%；公务用车购置及运行维护费支出决算9.88万元，占${share}%；公务接待费支出决算2.17万元，占8.79%。`;
    const clean = checkTextReport(doc(text('70.28', '40.02')));
    expect(clean.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(clean.counts.completion.verified).toBeGreaterThanOrEqual(2);
    expect(clean.counts.share.verified).toBeGreaterThanOrEqual(3);
    expect(
      checkTextReport(doc(text('72.08', '41.02'))).findings.filter((f) => f.severity === 'error'),
    ).toEqual([
      expect.objectContaining({ rule: 'completion.percent', expected: '70.28%', found: '72.08%' }),
      expect.objectContaining({ rule: 'share.percent', expected: '40.02%', found: '41.02%' }),
    ]);
  });

  it('leaves an item’s rate alone when the text’s 三公 budget is not the table’s (another budget basis)', () => {
    const text =
      '2024年度“三公”经费财政拨款支出年初预算为30.00万元，支出决算为24.69万元，完成预算的82.30%，其中：因公出国（境）费支出决算为12.65万元，完成预算的84.33%；公务用车购置及运行维护费支出决算为9.88万元，完成预算的98.80%；公务接待费支出决算为2.17万元，完成预算的108.50%。';
    expect(checkTextReport(doc(text)).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('takes this year’s 三公 figure from the table when the change sentence does not state it', () => {
    const text = (pct: string) =>
      `2024年度“三公”经费财政拨款支出决算为24.69万元。\n2024年度“三公”经费财政拨款支出决算数同比增加0.97万元，增长${pct}%。其中：因公出国（境）费支出决算同比增加2.82万元，增长28.69%；公务接待费支出决算比上年减少0.48万元，下降18.11%。`;
    const clean = checkTextReport(doc(text('4.09')));
    expect(clean.findings.filter((f) => f.severity !== 'note')).toEqual([]);
    expect(clean.counts.change.verified).toBeGreaterThanOrEqual(3);
    expect(checkTextReport(doc(text('4.90'))).findings.filter((f) => f.severity === 'error')).toEqual([
      expect.objectContaining({ rule: 'change.percent', expected: '4.09%', found: '4.90%' }),
    ]);
  });

  it('never reads by position a 三公 table that also prints last year (2023年决算数 | 2024年预算数 | 2024年决算数)', () => {
    const text = [
      '某局2024年度部门决算',
      '                         财政拨款“三公”经费支出决算表',
      '                                                                   单位：万元',
      '                 合计                      因公出国（境）费              公务用车购置及运行维护费             公务接待费',
      '   2023年决算数  2024年预算数  2024年决算数  2023年决算数  2024年预算数  2024年决算数  2023年决算数  2024年预算数  2024年决算数  2023年决算数  2024年预算数  2024年决算数',
      '        52.70         82.50         69.81          5.20         12.00          8.64         43.45         64.50         57.90          4.05          6.00          3.27',
      '',
      '2024年度“三公”经费财政拨款支出决算为69.81万元，其中：因公出国（境）费支出决算为8.64万元；公务用车购置及运行维护费支出决算为57.90万元；公务接待费支出决算为3.27万元。“三公”经费财政拨款支出决算中，因公出国（境）费支出决算8.64万元，占12.38%；公务用车购置及运行维护费支出决算57.90万元，占82.94%；公务接待费支出决算3.27万元，占4.68%。',
    ].join('\n');
    expect(checkTextReport(text).findings.filter((f) => f.severity !== 'note')).toEqual([]);
  });

  it('reads a 三公 row printing "-" for zero under a 栏次 row, the table named above its number', () => {
    const text = (rate: string) =>
      `2024年度“三公”经费财政拨款支出决算为11.34万元，其中：公务用车购置及运行维护费支出决算为9.48万元，完成预算的${rate}%。`;
    expect(checkTextReport(doc(text('79.00'), true)).findings.filter((f) => f.severity === 'error')).toEqual(
      [],
    );
    expect(checkTextReport(doc(text('97.00'), true)).findings.filter((f) => f.severity === 'error')).toEqual([
      expect.objectContaining({ rule: 'completion.percent', expected: '79.00%', found: '97.00%' }),
    ]);
  });
});

describe('a share of a total only the tables print', () => {
  const doc = (pct: string) =>
    [
      '某局2024年度部门决算',
      '一般公共预算财政拨款支出决算表',
      '单位：元',
      '科目编码\t科目名称\t合计\t基本支出\t项目支出',
      '\t合计\t6921120.34\t3753942.44\t3167177.90',
      '207\t文化旅游体育与传媒支出\t6921120.34\t3753942.44\t3167177.90',
      `本部门对3个项目开展绩效自评，涉及一般公共预算财政拨款2867177.90元，占一般公共预算财政拨款项目支出的${pct}%。`,
    ].join('\n');

  it('takes the part’s amount from its name stated earlier in the paragraph', () => {
    const text = (pct: string, before = '2024年度') =>
      [
        '某局2024年度部门决算',
        '收入支出决算总表',
        '单位：万元',
        '项目\t决算数\t项目\t决算数',
        '一、一般公共预算财政拨款收入\t6,254.18\t一、一般公共服务支出\t6,580.68',
        '二、事业收入\t326.50\t\t',
        '本年收入合计\t6,580.68\t本年支出合计\t6,580.68',
        `${before}一般公共预算财政拨款收入6,254.18万元，比上年增加237.52万元，增长3.95%。一般公共预算财政拨款收入占本年收入合计的${pct}%。`,
      ].join('\n');
    const clean = checkTextReport(text('95.04'));
    expect(clean.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(
      clean.claims.some(
        (c) => c.kind === 'share' && c.verified && c.arithmetic.includes('6254.18 ÷ 6580.68'),
      ),
    ).toBe(true);
    expect(checkTextReport(text('94.05')).findings.filter((f) => f.severity === 'error')).toEqual([
      expect.objectContaining({ rule: 'share.percent', expected: '95.04%', found: '94.05%' }),
    ]);
    // Last year's amount under the same name is not the part.
    expect(checkTextReport(text('94.05', '上年')).findings.filter((f) => f.rule === 'share.percent')).toEqual(
      [],
    );
  });

  it('takes the total from the table', () => {
    const clean = checkTextReport(doc('90.53'));
    expect(clean.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(clean.counts.share).toEqual({ recognised: 1, verified: 1 });
    expect(checkTextReport(doc('95.03')).findings.filter((f) => f.severity === 'error')).toEqual([
      expect.objectContaining({ rule: 'share.percent', expected: '90.53%', found: '95.03%' }),
    ]);
  });
});

/** A 一般公共预算 table printing carry-over and income columns before its spending (header as given). */
const CARRY_TABLE = (header: string, prose: string) =>
  [
    '某中心2025年度部门决算',
    '一般公共预算财政拨款支出决算表',
    '单位：万元',
    `科目编码\t科目名称\t${header}`,
    '\t合计\t40.00\t500.00\t510.00\t300.00\t210.00\t30.00',
    '212\t城乡社区支出\t40.00\t200.00\t220.00\t10.00\t210.00\t20.00',
    '221\t住房保障支出\t0.00\t300.00\t290.00\t290.00\t0.00\t10.00',
    prose,
  ].join('\n');
const CARRY_HEAD = '年初结转和结余\t本年收入\t本年支出合计\t基本支出\t项目支出\t年末结转和结余';
const CARRY_PROSE = (klass: string) =>
  `一般公共预算财政拨款支出510.00万元，主要用于以下方面：城乡社区支出（类）${klass}万元；住房保障支出（类）290.00万元。`;

describe('a 一般公共预算 table with 年初结转和结余 and 本年收入 columns', () => {
  it('takes each 类 from the column headed 本年支出合计, not the first one', () => {
    const r = checkTextReport(CARRY_TABLE(CARRY_HEAD, CARRY_PROSE('220.00')));
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.counts.figure.verified).toBeGreaterThanOrEqual(3);
    expect(checkTextReport(CARRY_TABLE(CARRY_HEAD, CARRY_PROSE('202.00'))).findings).toContainEqual(
      expect.objectContaining({ rule: 'figure.text-table', expected: '220.00万元', found: '202.00万元' }),
    );
  });

  it('compares nothing when no column is headed as the year’s spending', () => {
    const head = '年初结转和结余\t本年收入\t支出\t基本支出\t项目支出\t年末结转和结余';
    const r = checkTextReport(CARRY_TABLE(head, CARRY_PROSE('220.00')));
    expect(r.findings.filter((f) => f.rule === 'figure.text-table')).toEqual([]);
  });
});
