/**
 * Lists whose parts are separated by detail clauses ended by "，" ("基本支出800.00万元，主要用于保障机构正常
 * 运转，项目支出200.00万元，…"): the parts are the amounts that open a clause with a name.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const report = (text: string) => checkTextReport(`某局2024年度部门决算情况说明\n${text}`);
const list = (basic: string, project: string, detail = '主要用于保障机构正常运转') =>
  `本年支出合计1,000.00万元，其中：基本支出${basic}万元，${detail}，项目支出${project}万元，主要用于开展专项业务工作。`;

describe('lists with detail clauses ended by "，"', () => {
  it('sums the parts past each detail clause', () => {
    for (const detail of ['主要用于保障机构正常运转', '主要是人员工资和日常运转', '用于保障机构正常运转']) {
      const r = report(list('800.00', '200.00', detail));
      expect(r.findings, detail).toEqual([]);
      expect(r.counts.sum, detail).toEqual({ recognised: 1, verified: 1 });
    }
  });

  it('reports a sum that does not hold, with the arithmetic', () => {
    const r = report(list('800.00', '210.00'));
    expect(r.findings).toEqual([
      expect.objectContaining({
        rule: 'sum.parts',
        severity: 'error',
        expected: '1000.00万元',
        found: '1010.00万元',
      }),
    ]);
    expect(r.findings[0]!.message).toBe('各项之和 800.00 + 210.00 = 1010.00，与合计1000.00不符，相差10.00。');
  });

  it('judges the share printed after each part, before its detail clause', () => {
    const text = (p: string) =>
      `本年支出合计1,000.00万元，其中：基本支出800.00万元，占80.00%，主要用于保障机构正常运转，项目支出200.00万元，占${p}%，主要用于开展专项业务工作。`;
    expect(report(text('20.00')).findings).toEqual([]);
    expect(report(text('20.00')).counts.share).toEqual({ recognised: 2, verified: 2 });
    expect(report(text('21.00')).findings).toEqual([
      expect.objectContaining({ rule: 'share.percent', expected: '20.00%', found: '21.00%' }),
    ]);
  });

  it('does not judge a list whose detail clauses hold amounts', () => {
    for (const text of [
      // The detail names an amount: part or detail?
      list('800.00', '200.00', '主要用于A项目50.00万元'),
      list('800.00', '200.00', '用于A项目支出50.00万元'),
      // A part with no detail of its own: a part, or the end of the detail before it?
      '本年支出合计1,000.00万元，其中：基本支出800.00万元，主要用于保障机构正常运转，日常公用经费10.00万元，项目支出190.00万元，主要用于开展专项业务工作。',
      '本年支出合计1,000.00万元，其中：基本支出800.00万元，主要用于保障机构正常运转，项目支出150.00万元，主要用于A、B等项目，涉及资金50.00万元。',
    ]) {
      const r = report(text);
      expect(r.findings, text).toEqual([]);
      expect(r.counts.sum.recognised, text).toBe(0);
    }
  });

  it('no longer adds a detail’s amounts as parts (false errors before)', () => {
    // Ended by "，" with an amount inside: the 其中 list is not judged; the detail, parts joined by 、 up to the
    // "，", is summed against its part (800.00 = 600.00 + 200.00).
    const comma =
      '本年支出合计1,000.00万元，其中：基本支出800.00万元，包括人员经费600.00万元、公用经费200.00万元，项目支出200.00万元，主要用于开展专项业务工作。';
    expect(report(comma).findings).toEqual([]);
    expect(report(comma).counts.sum).toEqual({ recognised: 1, verified: 1 });
    expect(report(comma.replace('公用经费200.00', '公用经费210.00')).findings.map((f) => f.rule)).toEqual([
      'sum.parts',
    ]);
    // Ended by "；": the part's own detail, blanked; the list is summed — and the detail, a list after 包括, is
    // summed against its part (800.00 = 700.00 + 100.00).
    const semicolon =
      '本年收入合计1,000.00万元，其中：财政拨款收入800.00万元，包括一般公共预算财政拨款700.00万元和政府性基金100.00万元；事业收入200.00万元。';
    expect(report(semicolon).findings).toEqual([]);
    expect(report(semicolon).counts.sum).toEqual({ recognised: 2, verified: 2 });
  });

  it('a list whose parts are named by 用于 keeps them as parts', () => {
    const r = report('本年支出合计1,000.00万元，其中：用于基本支出800.00万元，用于项目支出200.00万元。');
    expect(r.counts.sum).toEqual({ recognised: 1, verified: 1 });
  });
});
