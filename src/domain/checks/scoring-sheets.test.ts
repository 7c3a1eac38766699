/**
 * A third-party 评分表 as pdftotext -layout prints it: 分值 / 评分标准 / 得分 / 扣分说明 columns with wrapped texts,
 * a 小计 per 一级 and a 总分, then a 评价结论 restating them; the 扣分说明's own arithmetic. Invented figures.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from './index.ts';

type Plants = {
  subtotal?: string;
  count?: string;
  deducted?: string;
  rate?: string;
  prose?: string;
  share?: string;
};

function sheet(p: Plants = {}): string {
  return [
    '                 某县林业局2023年度部门整体支出绩效评价评分表',
    '一级指 二级指标 三级指标 分值              评分标准        得分                扣分说明',
    ' 标',
    '投入 目标设定 目标合理性     5 目标与职责相匹配得5分；每发现1项 4.00 发现2项目标与职责不相符，每项',
    '（10 目标               不匹配扣0.5分。                   扣0.5分，扣1分。',
    '分）  预算配置 测算充分性     5 测算依据充分得5分；每发现1个项目 4.50 1个项目测算依据不足，扣0.5分',
    '                     测算不充分扣0.5分。                 。',
    '     投入指标小计       10                      8.50',
    '管理 资金管理 预算执行率      6 预算执行率＝实际支出数÷调整后预算数 5.70 全年调整后预算2400.00万元，实际支出',
    '（14                  ×100%；得分＝预算执行率×分值。         2280.00万元，预算执行率' +
      (p.rate ?? '95.00') +
      '%，得5.70',
    '分）                                              分。',
    `    制度执行 执行规范性     8 严格执行各项制度得8分；每发现1项 7.00 资产卡片账实不符${p.count ?? '2'}处，每`,
    `                      未按制度执行扣0.5分。               处扣0.5分，扣${p.deducted ?? '1'}分。`,
    '     管理指标小计        14                      ' + (p.subtotal ?? '12.70'),
    '         总分              24                              21.20',
    '注：评价等级分为优（90分及以上）、良（80分（含）至90分）、中（60分（含）至80分）、差（60分以下）。',
    '五、评价结论',
    `    经评价，该局2023年度部门整体支出绩效评价总分为${p.prose ?? '21.20'}分。`,
    `    分项来看，投入指标得分8.50分（分值10分），得分率85.00%；管理指标得分12.7分（分值14分），得分率${p.share ?? '90.71'}%。`,
    '',
  ].join('\n');
}

const errors = (p: Plants = {}) =>
  checkText(sheet(p))
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

describe('scoring sheets (评分表 with 评分标准 and 扣分说明)', () => {
  it('holds when the sheet, its notes and its conclusion agree', () => {
    expect(errors()).toEqual([]);
  });
  it('reports a 小计 that is not the sum of its group', () => {
    expect(errors({ subtotal: '13.70' })).toEqual(['14 score.sum 12.70 13.70']);
  });
  it('reports a note whose count times the per-item deduction is not the deduction it states', () => {
    expect(errors({ deducted: '1.5' })).toEqual(['13 score.deduction 扣1分 扣1.5分']);
  });
  it('does not judge a note whose count is not stated plainly', () => {
    expect(errors({ count: '若干', deducted: '1.5' })).toEqual([]);
  });
  it('reports a rate in a note against the figures it names', () => {
    expect(errors({ rate: '97.00' })).toEqual(['10 completion.percent 95.00% 97.00%']);
  });
  it('does not hold last year’s 总分 to the table', () => {
    expect(errors({ prose: '21.20分（上年总分为19.80' })).toEqual([]);
  });
  it('does not hold a 总分 of weights to the table (剔除后总分, a formula)', () => {
    expect(errors({ prose: '21.20分（合计得分19.08分÷剔除后总分18分×100' })).toEqual([]);
  });
  it('reports the conclusion’s 总分 against the table’s', () => {
    expect(errors({ prose: '21.02' })).toEqual(['18 figure.text-table 21.20 21.02']);
  });
  it('reports a group’s 得分率 against its 得分 ÷ 分值, within the rounding of the 得分', () => {
    expect(errors({ share: '90.17' })).toEqual(['19 score.rate 90.71% 90.17%']);
  });
});
