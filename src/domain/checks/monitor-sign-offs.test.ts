/**
 * A 监控表's sign-off against the period under its title (cutoff-years.ts), and a 监控 conclusion's forecast counts
 * against the indicators set (count-complements.ts). Made-up excerpts printed as `pdftotext -layout` prints them.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const found = (text: string, rule: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.rule === rule && f.severity === 'error')
    .map((f) => `${f.line} ${f.expected} ${f.found}`);

const sheet = (signed: string, counts = '确定能完成6个、有可能完成3个、完全不可能完成1个') =>
  [
    '                         项目支出绩效目标执行监控表',
    '  （2031年1-6月）',
    '            填报单位：青石县水务局                          金额单位：万元',
    '项目名称          青石县2031年小型水库维修项目',
    '                                年度预算数 1-6月执行数                     执行率',
    '项目资金          年度资金总额             300.00   150.00                50.00%',
    '监控结论',
    `    截至2031年6月30日，项目共设置三级指标10个，预计全年${counts}。下一步加快进度。`,
    '                                                     青石县水务局',
    `                                                       ${signed}`,
  ].join('\n');

describe('a 监控 sign-off dated before its period ends', () => {
  it('is an error when signed before the period’s last month', () => {
    expect(found(sheet('2030年7月10日'), 'year.mismatch')).toEqual(['2 2030年 2031年']);
    expect(found(sheet('2031年5月28日'), 'year.mismatch')).toEqual(['2 2031年 2031年']);
  });
  it('passes a sign-off after the period', () => {
    expect(found(sheet('2031年7月10日'), 'year.mismatch')).toEqual([]);
    expect(found(sheet('2032年1月5日'), 'year.mismatch')).toEqual([]);
  });
});

describe('a 监控 conclusion’s forecast counts against the indicators set', () => {
  it('is an error when 确定能 + 有可能 + 完全不可能 is not the indicators set', () => {
    const wrong = sheet('2031年7月10日', '确定能完成6个、有可能完成4个、完全不可能完成1个');
    expect(found(wrong, 'count.sum')).toHaveLength(1);
  });
  it('passes counts that add up, and two counts fewer than the set (the rest unnamed)', () => {
    expect(found(sheet('2031年7月10日'), 'count.sum')).toEqual([]);
    expect(found(sheet('2031年7月10日', '确定能完成6个、有可能完成3个'), 'count.sum')).toEqual([]);
  });
});
