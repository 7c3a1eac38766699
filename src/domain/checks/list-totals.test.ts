/** A 总表's 本年收入合计 made by one numbered item, the others blank (table-claims.ts checkListTotals). */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

const summary = (income: string) => `                   财政拨款收入支出决算总表
                                                           单位：万元
收入项目                  决算数      支出项目                决算数
一、一般公共预算财政拨款  ${income}    一、农林水支出          1,800.00
二、政府性基金预算财政拨款            二、住房保障支出          200.00
三、国有资本经营预算财政拨款
本年收入合计              2,000.00    本年支出合计            2,000.00
年初财政拨款结转和结余       50.00    年末财政拨款结转和结余     50.00
总计                      2,050.00    总计                    2,050.00
`;

describe('本年收入合计 with one numbered item printed', () => {
  it('is that item', () => {
    expect(errors(summary('2,000.60'))).toContainEqual('table.total 2000.60 2,000.00');
  });
  it('gives nothing when they agree', () => {
    expect(errors(summary('2,000.00'))).toEqual([]);
  });
});
