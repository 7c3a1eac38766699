import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

describe('the year of what "现将……说明如下" sets out (prose-years.ts)', () => {
  const notice = (year: string) =>
    [
      '2031年度“三公”经费决算公开说明',
      `根据区财政局做好2031年度部门决算公开工作的通知，现将区林草局（含所属区林场、区森林防火站）${year}年度使用一般公共预算财政拨款安排的“三公”经费决算情况说明如下。`,
      '一、“三公”经费总体情况。2031年度“三公”经费财政拨款支出决算12.40万元。',
    ].join('\n');
  it('is the document’s year', () => {
    expect(errors(notice('2031'))).toEqual([]);
  });
  it('is an error when it is another year, after a bracketed aside too', () => {
    expect(errors(notice('2029'))).toEqual(['2 year.mismatch 2031年度 2029年度']);
  });
  it('is not read in brackets or after another year', () => {
    const inBrackets = notice('2031').replace('（含所属区林场、区森林防火站）', '（含2029年度撤并的区林场）');
    expect(errors(inBrackets)).toEqual([]);
  });
});

describe('the 部门整体 score stated in the text against its 自评表 (self-eval-summary.ts)', () => {
  const doc = (stated: string) =>
    [
      '                     部门整体支出绩效自评表',
      '                        （2031 年度）',
      '部门（单位）名称     某县气象服务中心',
      '                 年初预算数   全年预算数   全年执行数 分值 执行率   得分',
      '     年度资金总额     500.00    520.00    494.00   10  95.00%  9.50',
      '一级指标 二级指标    三级指标        指标值   完成值   分值  得分',
      '产出指标 数量指标 预警信息发布次数   ≥300次   320次   50    50.00',
      '效益指标 社会效益 预警覆盖率        ≥95%     93%     30    28.00',
      '满意度   满意度   公众满意度        ≥90%     92%     10    10.00',
      '总分                                              100  97.50   自评等级：优',
      '',
      `四、结果应用。部门整体支出自评总分${stated}分，自评结果作为下年度预算安排的参考。`,
    ].join('\n');
  it('agrees', () => {
    expect(errors(doc('97.50'))).toEqual([]);
  });
  it('is an error when it does not', () => {
    expect(errors(doc('97.05'))).toEqual(['12 figure.text-table 97.50分 97.05分']);
  });
});

describe('a change whose base is in brackets after 较上年 (prose-budget-gaps.ts)', () => {
  const text = (delta: string, percent: string) =>
    `某局2031年度财政拨款收入、支出总计2,460.00万元，较上年（2,000.00万元）增加${delta}万元，同比增长${percent}%。`;
  it('holds: 2460.00 − 2000.00 = 460.00, 460.00 ÷ 2000.00 = 23.00%', () => {
    expect(errors(text('460.00', '23.00'))).toEqual([]);
  });
  it('is an error when the amount or the % does not fit the two years', () => {
    expect(errors(text('406.00', '20.30'))).toEqual(['1 change.amount 增加460.00万元 增加406.00万元']);
    expect(errors(text('460.00', '32.00'))).toEqual(['1 change.percent 23.00% 32.00%']);
  });
});

describe('parts listed in one sentence, summed in the next (score-prose.ts)', () => {
  const text = (part: string, opener = '三项合计') =>
    `经自评，各一级指标得分情况为：决策（30分）得分27.00分；管理（40分）得分${part}分；效益（30分）得分26.50分。${opener}，某站2031年度部门整体支出绩效自评总分为89.50分，自评等级为“良”。`;
  it('add up to the total', () => {
    expect(errors(text('36.00'))).toEqual([]);
  });
  it('is an error when they do not', () => {
    expect(errors(text('38.00'))).toEqual(['1 score.sum 91.50 89.50']);
  });
  it('is not read when the next sentence does not sum them', () => {
    expect(errors(text('38.00', '另外'))).toEqual([]);
  });
});
