import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

const text = (rate: string, word = '增长', second = '政府采购规模同比') =>
  [
    '某档案馆2031年度单位决算说明',
    '    2031年度本单位政府采购支出总额250.00万元，较2030年的200.00万元增加50.00万元。',
    `    ${second}${word}${rate}%，主要是新增档案数字化服务采购。`,
  ].join('\n');

describe('a % change in the sentence after its two years’ figures (trailing-rates.ts)', () => {
  it('is judged against them', () => {
    expect(errors(text('25.00'))).toEqual([]);
    expect(errors(text('20.00'))).toEqual(['3 change.percent 25.00% 20.00%']);
  });
  it('is not read under another name, or against the figures’ direction', () => {
    expect(errors(text('20.00', '增长', '办公设备购置同比'))).toEqual([]);
    expect(errors(text('20.00', '下降'))).toEqual([]);
  });
});

describe('a change’s direction across two sentences (trailing-rates.ts)', () => {
  const text = (word: string) =>
    [
      '某财政局2031年度重点绩效评价结果汇总报告',
      '    与2030年度相比，本年度纳入重点评价的资金规模增加1,200.00万元。',
      `    重点评价资金规模同比${word}3.50%，主要是新增两个重点项目。`,
    ].join('\n');
  it('must be the same for the amount and the rate of one name', () => {
    expect(errors(text('增长'))).toEqual([]);
    expect(errors(text('下降'))).toEqual(['3 change.direction 增长 下降']);
  });
  it('is not read for names sharing too little', () => {
    expect(errors(text('下降').replace('重点评价资金规模', '项目数量'))).toEqual([]);
  });
});
