/**
 * A 项目支出绩效自评表 printed by plain `pdftotext` a text line at a time, its wrapped cells in pieces
 * (plain-self-eval.ts): the 项目资金 part's sums and rate, the 总分 against the 得分s, the 自评等级 against the
 * 总分, a 分值 printed below its 得分; a part whose figures do not line up with its header is not read.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} L${f.line}`);

type Parts = { spent?: string; rate?: string; total?: string; grade?: string; pair?: string; dash?: boolean };

const form = ({
  spent = '456.00',
  rate = '95.00%',
  total = '96.50',
  grade = '优',
  pair = '20 20',
  dash = true,
}: Parts = {}) =>
  [
    '项目支出绩效自评表',
    '填报单位（盖章）：青禾县水务局',
    '项目名 青禾县河道保洁项目',
    '称',
    '全年执行 分 执行率',
    '年初预算数 全年预算',
    '得分',
    '数',
    '数',
    '值',
    '项目资 年度资金',
    `500.00 480.00 ${spent} 10 ${rate}`,
    '9.50',
    '金 总额',
    '（万 其中：财',
    '元） 政拨款',
    '450.00 430.00 410.00 — —',
    ...(dash ? ['—'] : []),
    '其他资金',
    '50.00',
    '50.00',
    '46.00 — —',
    '—',
    '预期目标',
    '实际完成情况',
    '年度 完成全县河道日常保洁。 完成河道保洁52公里。',
    '绩 一',
    '效 级 二级指标 三级指标 年度指标 实际完成 分 得分 偏差原因',
    '值',
    '值',
    `数量指标 保洁河道长度 ≥50公里 52公里 ${pair} 无`,
    '质量指标 水质达标率 ≥90% 92% 20',
    '18 无',
    '时效指标 按时完成率 100% 100% 10',
    '10',
    '无',
    '效益指标 受益群众数 ≥2万人 2.1万人 20 20 无',
    '满意度指标 群众满意度 ≥90% 91% 20 19 个别群众反映保洁不及时。',
    '总分',
    `100 ${total}`,
    '自评等级',
    grade,
    '填报日期：2025年3月10日',
    '',
  ].join('\n');

describe('plain 自评表 a text line at a time', () => {
  it('finds nothing wrong in a consistent form', () => {
    expect(errors(form())).toEqual([]);
  });

  it('judges the 项目资金 part: the sources against the total, the 执行率', () => {
    expect(errors(form({ spent: '466.00' }))).toContain('table.total L12');
    expect(errors(form({ rate: '97.00%' }))).toContain('completion.percent L12');
  });

  it('judges the 总分 against the 资金 得分 and the indicators’ 得分', () => {
    expect(errors(form({ total: '97.50' }))).toEqual(['score.sum L40']);
  });

  it('judges the 自评等级 against the 总分', () => {
    expect(errors(form({ grade: '良' }))).toEqual(['grade.score L42']);
  });

  it('reports a 分值 printed below its 得分, the 分值 short of the 总分’s by as much', () => {
    expect(errors(form({ pair: '15 20' }))).toEqual(['score.exceeds-weight L31']);
  });

  it('reads nothing when the figures do not line up with the header', () => {
    expect(errors(form({ dash: false, rate: '97.00%', total: '97.50' }))).toEqual([]);
  });
});
