/**
 * A 自评表's 总分 row against its 预算执行 row and indicator rows, as pdftotext -layout prints a portrait 自评表
 * (一级/二级/三级指标 wrapped over lines, 权重 / 年度目标 / 实际完成值 / 得分). Invented figures.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from './index.ts';

function form(total: string, quality = '8.40'): string {
  return [
    '                 2024年度项目绩效自评表',
    ' 项目名称 某某公园绿地养护项目',
    '预算执行情况           预算数        执行数 执行率 权重 得分',
    ' （万元） 年度资金总额       800.00   760.00 95.00%      10 9.50',
    '       其中：财政资      800.00   760.00 95.00% —        —',
    '       金',
    '一级 二级指 三级指标 权 年度目标 实际完成 得分 未完成原因及改进措施',
    '指标 标            重 值          值',
    '产出 数量指 绿地养护 20 ≥120公 120公 20.00',
    '指标 标   面积         顷        顷',
    `   质量指 养护考核 10 ≥90% 84.0%          ${quality} 部分地块补植滞后。`,
    '   标   合格率',
    '   时效指 养护作业按期 10 =100% 100%           10.00',
    '效益 社会效 游园环境     30 改善 改善 30.00',
    '满意 服务对 游客满意 20 ≥85%        88.0%   20.00',
    `      总分      100                    ${total} 评价等级：优`,
    '',
  ].join('\n');
}

const errors = (text: string) =>
  checkText(text)
    .filter((f) => f.severity === 'error' && f.rule === 'score.sum')
    .map((f) => `${f.line} ${f.expected} ${f.found}`);

describe('自评表 总分 read line by line', () => {
  it('holds when the 总分 is the sum of its rows', () => {
    expect(errors(form('97.90'))).toEqual([]);
  });
  it('reports a 总分 that is not the sum of its rows', () => {
    expect(errors(form('98.90'))).toEqual(['16 97.90 98.90']);
  });
});
