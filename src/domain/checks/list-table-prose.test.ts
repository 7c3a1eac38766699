/**
 * The text summarising a list table of projects (项目名称 | 全年预算数 | 全年执行数 | 执行率 | 自评得分 | 自评等级, a
 * 合计 row): its totals and 总体执行率 against the 合计 row, its average against the scores, its grade counts
 * against their 合计, a count against the names it lists. Invented names and figures.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const TABLE = [
  '                     某某局2024年度项目支出绩效自评结果汇总表',
  '                                                                 单位：万元',
  ' 序号       项目名称       全年预算数 全年执行数 执行率 自评得分 自评等级',
  '1 甲河堤防加固项目             200.00   190.00 95.00%   92.00 优',
  '2 乙村饮水安全项目             100.00    80.00 80.00%   84.00 良',
  '3 丙站设备购置项目              50.00    45.00 90.00%   88.00 良',
  '    合计                    350.00   315.00 90.00% —       —',
  '一、总体情况',
];
const doc = (prose: string) => `${TABLE.join('\n')}\n    ${prose}\n`;
const errors = (prose: string) =>
  checkTextReport(doc(prose))
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

describe('the text of a list table of projects', () => {
  it('holds when the text agrees with the table', () => {
    expect(
      errors(
        '本局纳入自评的项目共3个，全年预算数合计350.00万元，全年执行数合计315.00万元，总体执行率90.00%。“优”等级项目1个，“良”等级项目2个，无“差”等级项目，合计3个。3个项目平均得分88.00分。执行率低于90%的项目1个，即乙村饮水安全项目。',
      ),
    ).toEqual([]);
  });
  it('reports a total unlike the column’s', () => {
    expect(errors('本局纳入自评的项目共3个，全年预算数合计305.00万元。')).toEqual([
      'figure.text-table 350.00万元 305.00万元',
    ]);
  });
  it('reports an overall rate unlike the 合计 row’s', () => {
    expect(errors('本局纳入自评的项目共3个，总体执行率86.00%。')).toEqual([
      'figure.text-table 90.00% 86.00%',
    ]);
  });
  it('reports an average unlike the scores’', () => {
    expect(errors('3个项目平均得分86.00分。')).toEqual([
      expect.stringMatching(/^figure.text-table 88.00分 86.00分$/),
    ]);
  });
  it('reports grade counts not adding up to their 合计, with a grade of none between', () => {
    expect(errors('“优”等级项目2个，“良”等级项目2个，无“差”等级项目，合计3个。')).toEqual([
      'count.sum 3个 4个',
    ]);
  });
  it('reports a count unlike the names listed', () => {
    expect(errors('执行率低于95%的项目1个，分别是乙村饮水安全项目、丙站设备购置项目。')).toEqual([
      'count.enumeration 2个 1个',
    ]);
  });
});
