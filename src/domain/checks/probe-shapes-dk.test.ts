/**
 * Shapes of round 15's blind sets (units, names and figures made up): grade counts whose total is stated a section
 * above; an evaluation organised before its year; 上年同期 with its period in brackets; a count's share of a count
 * named before.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

describe('grade counts whose total is stated in the section above', () => {
  const doc = (good: string) =>
    [
      '某县2037年度项目支出绩效自评汇总分析报告',
      '一、自评基本情况',
      '    2037年度共有9个预算部门对30个项目开展了绩效自评，较上年26个增加4个。',
      '二、自评结果等级分布',
      `    按照自评得分确定等级：90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。自评结果为优的项目${good}个，良的项目11个，中的项目6个，差的项目1个。`,
    ].join('\n');
  it('holds the counts to the 30 projects evaluated, not to last year’s 26', () => {
    expect(errors(doc('12'))).toEqual([]);
    expect(errors(doc('13'))).toEqual(['5 count.sum 30个 31个']);
  });
});

describe('an evaluation organised before the year it evaluates began', () => {
  const doc = (year: string) =>
    `某县2037年度项目支出绩效自评汇总分析报告\n    县财政局于${year}年3月组织各预算部门对2037年度县级项目支出开展绩效自评。`;
  it('is a wrong year; the year after, or the year’s last weeks, are not', () => {
    expect(errors(doc('2038'))).toEqual([]);
    expect(errors(doc('2037'))).toEqual([]);
    expect(errors(doc('2036'))).toEqual(['2 year.mismatch 2038年前后 2036年']);
  });
  it('does not read a 事前 evaluation, made before its year', () => {
    expect(
      errors(
        '某县2037年度项目支出绩效自评汇总分析报告\n    县财政局于2036年9月组织对2037年度新增项目开展事前绩效评估。',
      ),
    ).toEqual([]);
  });
});

describe('上年同期 with its period in brackets', () => {
  const doc = (year: string, word: string) =>
    [
      '某县2037年1—6月预算绩效运行监控情况汇总报告',
      `    截至2037年6月30日，监控项目累计执行5,210.40万元，预算执行率为44.36%，较上年同期（${year}年1—6月）执行率39.12%${word}5.24个百分点；执行数较上年同期4,688.20万元增加522.20万元，增长11.14%。`,
    ].join('\n');
  it('holds the bracketed year to the year before, and reads the rates and the base past it', () => {
    expect(errors(doc('2036', '提高'))).toEqual([]);
    expect(errors(doc('2035', '提高')).map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual([
      '2 year.mismatch',
    ]);
    expect(errors(doc('2036', '下降')).map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual([
      '2 change.direction',
    ]);
    expect(
      errors(doc('2036', '提高').replace('增加522.20万元', '增加622.20万元')).map((e) =>
        e.split(' ').slice(0, 2).join(' '),
      ),
    ).toEqual(['2 change.percent']);
  });
});

describe('a count’s share of a count named before', () => {
  const doc = (share: string, extra = '') =>
    [
      '某县2037年1—6月预算绩效运行监控情况汇总报告',
      `    本次共监控县级项目35个，涉及12个预算部门。${extra}`,
      `    监控结果为：绿灯项目22个，黄灯项目9个，红灯项目4个。需要预警的项目共13个，占监控项目总数的${share}%。`,
    ].join('\n');
  it('is the part ÷ that count', () => {
    expect(errors(doc('37.14'))).toEqual([]);
    expect(checkTextReport(doc('37.14')).claims.some((c) => c.kind === 'share' && c.verified)).toBe(true);
    expect(errors(doc('34.29'))).toEqual(['3 share.percent 37.14% 34.29%']);
  });
  it('is not read when two counts of different values fit the name', () => {
    expect(errors(doc('34.29', '其中财政重点监控项目10个。'))).toEqual([]);
  });
});
