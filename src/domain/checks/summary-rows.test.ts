/** A table summing up the projects' 自评表s, row by row against the tables (summary-rows.ts). */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

const form = (name: string, spent: string, rate: string, fund: string, score: string) => `
                          项目支出绩效自评表
                                （2031 年度）
项目名称           ${name}
主管部门           某市气象局                   实施单位             某市气象局
                          年初预算数  全年预算数  全年执行数    分值      执行率      得分
项目资金（万元）       年度资金总额      100.00    100.00    ${spent}   10      ${rate}   ${fund}
一级指标  二级指标  三级指标        指标值     完成值     分值    得分
产出指标  数量指标  设备维护台数    ≥20台      20台        50      50.00
效益指标  社会效益  预警发布及时率  ≥95%       96%         40      ${score}
总分                                                       100     ${(Number(fund) + 50 + Number(score)).toFixed(2)}
`;

const doc = (spentRow: string, scoreRow: string) =>
  `${form('气象观测站网维护', '95.00', '95.00%', '9.50', '40.00')}${form('人工影响天气作业', '90.00', '90.00%', '9.00', '38.00')}
二、自评结果汇总
序号      项目名称       全年执行数（万元） 执行率 自评得分 等级
1    气象观测站网维护      ${spentRow}   95.00%   99.50   优
     人工影响天气作业
2                  90.00   90.00% ${scoreRow}    优
     项目
`;

describe('a summary table of the projects against their 自评表s', () => {
  it('holds each row to its table, a row whose name wrapped away by its number', () => {
    expect(errors(doc('95.40', '97.00'))).toEqual([
      expect.stringMatching(/^\d+ figure\.tables-disagree 95\.00 95\.40$/),
    ]);
    expect(errors(doc('95.00', '96.00'))).toEqual([
      expect.stringMatching(/^\d+ figure\.tables-disagree 97\.00 96\.00$/),
    ]);
  });
  it('gives nothing when the rows restate the tables', () => {
    expect(errors(doc('95.00', '97.00'))).toEqual([]);
  });
});
