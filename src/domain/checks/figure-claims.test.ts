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
