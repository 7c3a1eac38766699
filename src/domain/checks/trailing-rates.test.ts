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
