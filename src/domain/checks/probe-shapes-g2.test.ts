import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

describe('numbered items with amounts and shares of a 合计 (numbered-shares.ts)', () => {
  // Aligned by characters, not display width: the table model cannot place these columns.
  const table = (second: string) =>
    [
      '年度主要任务',
      '序号  任务名称    主要内容                        对应预算金额（万元） 占比（%）',
      ' 1 日常运转    保障人员工资和公用经费支出                    420.00  70.00',
      ` 2 设备更新    更新监测仪器和办公设备                     ${second}  20.00`,
      '           并开展检定校准',
      ' 3 宣传培训    开展业务培训                               60.00  10.00',
      '合计                                                     600.00 100.00',
    ].join('\n');
  it('reports the row whose amount does not fit its share when the amounts miss the 合计', () => {
    expect(errors(table('102.00'))).toEqual(['4 table.total 582.00 600.00']);
  });
  it('is silent when the amounts add up and fit their shares', () => {
    expect(errors(table('120.00'))).toEqual([]);
  });
});

describe('a budget history whose difference names the adjusted budget again (prose-budget-history.ts)', () => {
  const text = (d: string) =>
    `  年初预算数1,200.00万元，全年预算数1,350.00万元，全年预算数较年初预算数增加${d}万元，主要是年中追加项目资金。`;
  it('holds the difference to 全年预算 − 年初预算', () => {
    expect(errors(text('160.00'))).toEqual(['1 sum.budget-adjustment 150.00万元 160.00万元']);
    expect(errors(text('150.00'))).toEqual([]);
  });
});

describe('an increase of the 公务用车 stock explained as the cars bought (vehicle-flows.ts)', () => {
  const text = (n: number) =>
    `  截至2031年12月31日，公务用车保有量9辆，比上年末增加${n}辆，为本年新购置1辆。`;
  it('is an error when the increase is not the cars bought', () => {
    expect(errors(text(3))).toEqual(['1 count.vehicle-flow 1辆 3辆']);
    expect(errors(text(1))).toEqual([]);
  });
});

describe("a budget's assets at its own year's end (cutoff-years.ts)", () => {
  const text = (y: number) =>
    [
      '某某县林业站2032年部门预算',
      '',
      `    （三）国有资产占有使用情况。截至${y}年12月31日，本部门共有车辆3辆，其中一般公务用车3辆。`,
    ].join('\n');
  it('is an error: a budget states the assets at the end of the year before', () => {
    expect(errors(text(2032))).toEqual(['3 year.mismatch 2031年 2032年']);
    expect(errors(text(2031))).toEqual([]);
  });
});
