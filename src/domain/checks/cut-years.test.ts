/** A year with a digit lost ("202年", "（202 年度）"), in prose and as a table's subtitle cell (prose-years.ts). */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.found}`);

const project = (name: string, year: string) => `\f                          项目支出绩效自评表
                                （${year} 年度）
项目名称           ${name}
主管部门           某县应急管理局                   实施单位             某县应急管理局
                                     分值      执行率      得分
项目资金（万元）       年度资金总额      80.00    80.00    76.00   10      95.00%   9.50
`;
// Three forms, one a page, under one title: the title is dropped as a page header, each subtitle runs into
// its table.
const form = (year: string) =>
  `${project('防汛物资储备', '2031')}${project('应急广播维护', year)}${project('救灾物资调运', '2031')}    2031年度项目支出绩效自评工作已完成。\n`;

describe('a year with a digit lost', () => {
  it('is found in a subtitle taken into the table below it', () => {
    expect(errors(form('203'))).toContainEqual('8 year.mismatch 203年');
  });
  it('is found in prose', () => {
    expect(errors('某县应急管理局2031年度部门决算说明\n    本局于203年完成应急广播维护。\n')).toEqual([
      '2 year.mismatch 203年',
    ]);
  });
  it('gives nothing on whole years', () => {
    expect(errors(form('2031'))).toEqual([]);
  });
});
