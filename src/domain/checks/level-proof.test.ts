/**
 * A 自评表 with a wrong 分值 and a wrong 得分 at once: neither column adds up to the 总分, the reading proved
 * level by level by the 一级 the text states (level-proof.ts, score-pairs.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string): string[] =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`);

const doc = (weight: string, score: string, textScore = '49.20') =>
  [
    '某某区图书服务中心2025年度部门整体支出绩效自评报告',
    '  一、自评结论',
    `    我中心对预算执行和绩效目标完成情况逐项打分。其中：预算执行指标分值10分，按预算执行率计分，得分9.60分；产出指标分值50分，得分${textScore}分；效益指标分值30分，得分27.00分；满意度指标分值10分，得分10.00分。`,
    '    经综合评定，自评总分95.80分，自评等级为“优”。',
    '                    部门整体支出绩效自评表',
    // (Narrow columns set one space apart, shifted by the text before them: no column lines up.)
    ' 一级指标    二级指标          三级指标        年度指标值 实际完成值 分值 得分',
    '产出指标 数量指标          图书采购册数 ≥5000册 5200册 20 20.00',
    '产出指标 质量指标          验收合格率           100%      100% 15 15.00',
    `产出指标 时效指标          按期完成率          ≥95%       90.00% 15 ${score}`,
    '效益指标 社会效益指标        读者人次         ≥2万人次 2.1万人次 15 15.00',
    `效益指标 可持续影响指标 长效机制 健全                    基本健全 ${weight} 12.00`,
    '满意度指 服务对象满意度指 读者满意度                ≥90% 95.00% 10 10.00',
    '标      标',
    '预算执行 预算执行率         执行数/预算数        100%     96.00% 10 9.60',
    '                       总分                              100 95.80',
  ].join('\n');

describe('a 分值 and a 得分 wrong in one 自评表', () => {
  it('reads both, the text stating each 一级', () => {
    const found = errors(doc('17', '14.02'));
    expect(found).toContain('score.weight-sum L15 100 102');
    expect(found).toContain('score.sum L15 95.62 95.80');
    // (The 产出 rows' 分值 add up to the text's: their 得分 against its 49.20.)
    expect(found).toContain('figure.text-table L3 49.02分 49.20分');
  });

  it('one of them wrong: as before', () => {
    expect(errors(doc('17', '14.20'))).toEqual(['score.weight-sum L15 100 102']);
    expect(errors(doc('15', '14.02'))).toEqual([
      'figure.text-table L3 49.02分 49.20分',
      'score.sum L15 95.62 95.80',
    ]);
  });

  it('the clean table: no error', () => {
    expect(errors(doc('15', '14.20'))).toEqual([]);
  });

  it('a level off in both 分值 and 得分 proves nothing: not read', () => {
    // (The 产出 rows' 得分 off from the text too: a row misread would look so.)
    expect(errors(doc('17', '14.02', '49.50')).filter((e) => e.startsWith('score.'))).toEqual([]);
  });
});
