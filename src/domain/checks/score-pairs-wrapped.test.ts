/**
 * A 自评表 whose indicator part pdftotext breaks into table and prose pieces (a wrapped indicator name read as a
 * paragraph), its 总分 row ending with the grade ("总分 100 96.40 自评等级：优"): read line by line
 * (score-pairs.ts, wrappedPairs).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) => checkTextReport(text).findings.filter((f) => f.severity === 'error');

const table = (
  timely: string,
  total: string,
  fundScore = '9.40',
  fundRate = '94.00%',
) => `                           项目支出绩效自评表
                                                              （2025年度）
项目名称 乡村道路养护补助
主管部门 青川县交通运输局                             实施单位 青川县交通运输局
             年初预算数 全年预算数 全年执行数 分值                       执行率         得分
项目资金 年度资金总额      200.00   250.00     235.00          10      ${fundRate}    ${fundScore}
（万元） 当年财政拨款      200.00   250.00     235.00          —       94.00%      —
年度总体 预期目标                                    实际完成情况
     完成乡村道路日常养护任务，路况保持良好。     全年养护任务基本完成，
目标   详见下列指标。                               详见下列指标。
一级指标 二级指标     三级指标      年度指标 实际完成 分 得分 偏差原因分析及改进措施
                        值        值        值
产出指标 数量指标     养护农村公路里 ≥320公里 326公里 20 20.00
              程
                                                      两处边坡受汛期冲刷，已列入次年
产出指标 质量指标     优良路率 ≥85% 83.5%            20 18.00 修复计划。
产出指标 时效指标     养护任务按期完成 100% 100%            10 ${timely}
              率
产出指标 成本指标     每公里养护成本 ≤7000元 6800元              10 10.00
效益指标 社会效益指标 群众出行便利程度提
              升         明显提升 明显提升          20 20.00
满意度指 服务对象满意度指 沿线群众满意度 ≥90% 93%            10 9.00
标    标
                总分                         100 ${total} 自评等级：优
`;

describe('a 自评表 indicator part broken into pieces (score-pairs.ts)', () => {
  it('reads each row’s 分值 and 得分 and the 总分 row with the grade after it', () => {
    const found = errors(table('12.00', '96.40'));
    expect(found).toContainEqual(
      expect.objectContaining({ rule: 'score.exceeds-weight', expected: '≤10', found: '12.00' }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ rule: 'score.sum', expected: '98.40', found: '96.40' }),
    );
  });

  it('reports a 总分 that adds up once a 得分 reported by its rule is corrected only once', () => {
    // 资金得分 10 × 94.00% = 9.40; printed 10.40, the 总分 96.40 adds up with 9.40: the 得分 is the error.
    const found = errors(table('10.00', '96.40', '10.40'));
    expect(found.map((f) => f.rule)).toContain('score.rule');
    expect(found.filter((f) => f.rule === 'score.sum')).toEqual([]);
    // The 总分 not adding up either way is still reported.
    expect(errors(table('10.00', '95.40', '10.40')).map((f) => f.rule)).toContain('score.sum');
  });

  it('gives nothing on the clean table', () => {
    expect(errors(table('10.00', '96.40'))).toEqual([]);
  });
});
