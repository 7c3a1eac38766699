/**
 * County 自评报告 shapes (invented documents): a 执行率 after a budget history with its adjustment
 * ("年初预算…，年中追加…，全年预算…", rate-outturn.ts), and a report title broken over two lines (prose-years.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) => checkTextReport(text).findings.filter((f) => f.severity === 'error');

const funds = (rate: string) => `            青禾县农业农村局2024年度耕地地力保护项目绩效自评报告
一、项目资金情况
    本项目年初预算800.00万元，年中追加40.00万元，全年预算840.00万元，其中中央补助600.00万元、县级配套240.00万元。全年执行798.00万元，预算执行率${rate}%。
二、自评结论
    经自评，本项目2024年度自评等级为“优”。
`;

describe('a 执行率 after a budget history with its adjustment (rate-outturn.ts)', () => {
  it('judges the rate against the budgets stated before it', () => {
    expect(errors(funds('59.50'))).toContainEqual(
      expect.objectContaining({ rule: 'completion.percent', expected: '95.00%', found: '59.50%' }),
    );
  });
  it('gives no error for the right rate, or one within rounding', () => {
    expect(errors(funds('95.00'))).toEqual([]);
    expect(errors(funds('95.0'))).toEqual([]);
    expect(errors(funds('95'))).toEqual([]);
  });
  it('still gives no error for a rate of the opening budget', () => {
    expect(errors(funds('99.75'))).toEqual([]);
  });
});

const titled = (year: string) => `                 青禾县2024年度项目支出绩效自评表
项目名称 耕地地力保护项目
本表由实施单位填报。

             青禾县农业农村局${year}年度耕地地力保护项目
                       绩效自评报告
一、项目基本情况
    本项目2024年度补贴耕地12.5万亩，补贴资金全部按时发放到户。
二、自评结论
    经自评，本项目2024年度自评等级为“优”。
`;

describe('a report title broken over two lines (prose-years.ts)', () => {
  it('reports the wrong year in the title', () => {
    expect(errors(titled('2023'))).toContainEqual(
      expect.objectContaining({ rule: 'year.heading', expected: '2024年度', found: '2023年度' }),
    );
  });
  it('gives no error for the right year', () => {
    expect(errors(titled('2024'))).toEqual([]);
  });
  it('does not take the heading after it as the title’s end', () => {
    const text = titled('2023').replace('                       绩效自评报告\n', '');
    expect(errors(text).filter((f) => f.rule === 'year.heading')).toEqual([]);
  });
});

const table = (
  total: string,
  prose: string,
  wrapped: boolean,
) => `                  青禾县2024年度项目支出绩效自评表
主管部门（盖章）：青禾县农业农村局                                          金额单位：万元
 项目名称 耕地地力保护项目                                实施单位    青禾县农业技术推广中心等
                                                    9家乡镇农业综合服务站


          资金来源      年初预算数       全年预算 全年执行 执行
                                           率 分值     得分      说明
                                  数    数  （%）
     年度资金总额      ${total} 1600.00 1520.00 95.00  10   9.50 按执行率×10计分
${
  wrapped
    ? `项目资金 其中：中央补
     助资金          1000.00 1030.00 1000.00 97.09   —     —`
    : `     其中：中央补助资金 1000.00 1030.00 1000.00 97.09   —     —`
}

     省级补助资金       300.00  320.00  300.00 93.75   —     —
     县级配套资金       200.00  250.00  220.00 88.00   —     —
填表人：李某某    联系电话：0000-0000000   填报日期：2025年3月10日

        青禾县农业农村局2024年度耕地地力保护项目绩效自评报告
一、项目资金情况
   本项目年初预算${prose}万元，全年执行1520.00万元。
`;

describe('a 年度资金总额 against its sources’ rows and the text (self-eval-funds.ts)', () => {
  it('blames the table’s total when the text agrees with the sources’ sum', () => {
    for (const wrapped of [true, false]) {
      const found = errors(table('1550.00', '1500.00', wrapped));
      expect(found).toContainEqual(
        expect.objectContaining({ rule: 'table.total', line: 10, expected: '1500.00', found: '1550.00' }),
      );
      expect(found.filter((f) => f.rule === 'figure.text-table')).toEqual([]);
    }
  });
  it('gives no error when all agree', () => {
    expect(errors(table('1500.00', '1500.00', true))).toEqual([]);
    expect(errors(table('1500.00', '1500.00', false))).toEqual([]);
  });
  it('still blames the text when the table agrees with its sources', () => {
    expect(errors(table('1500.00', '1550.00', true))).toContainEqual(
      expect.objectContaining({ rule: 'figure.text-table', found: '1550.00万元' }),
    );
  });
});
