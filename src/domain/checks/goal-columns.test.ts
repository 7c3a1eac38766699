/**
 * A 自评表's 实际完成情况 column, wrapped beside its 年度目标 column, restating the 年度资金总额 row's 预算数 and 执行数
 * (pdftotext -layout, portrait). Invented figures.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from './index.ts';

function form(spent: string): string {
  return [
    '                 2024年度项目绩效自评表',
    ' 项目名称 某某社区图书室运行补助',
    '预算执行情况              预算数      执行数 执行率 权重 得分',
    ' （万元） 年度资金总额         640.00   604.80 94.50%   10 9.45',
    '       其中：财政资        640.00   604.80 94.50% —    —',
    '       金',
    '年度总体目标           年度目标                       实际完成情况',
    '       对全区12个社区图书室给予运行补助，全年 全区12个社区图书室全部正常',
    '       借阅人次不少于30000人次，读者满意度不 开放，全年借阅31200人次，',
    '       低于90%。                          读者满意度92.5%。项目预算',
    '                                     640.00万元，全年执行',
    `                                     ${spent}万元，执行率`,
    '                                     94.50%。',
    '一级 二级指 三级指标 权 年度目标 实际完成 得分 未完成原因及改进措施',
    '',
  ].join('\n');
}

const errors = (text: string) =>
  checkText(text)
    .filter((f) => f.severity === 'error' && f.rule === 'figure.text-table')
    .map((f) => `${f.line} ${f.expected} ${f.found}`);

describe('a 自评表 实际完成情况 column against its 预算执行情况 row', () => {
  it('holds when the column restates the row', () => {
    expect(errors(form('604.80'))).toEqual([]);
  });
  it('reports an 执行数 the column states against the row', () => {
    expect(errors(form('608.40'))).toEqual(['12 604.80万元 608.40万元']);
  });
});
