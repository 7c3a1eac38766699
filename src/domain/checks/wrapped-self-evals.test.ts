/** A 自评表 in narrow columns, labels and names wrapped: its figures read by pattern (wrapped-self-evals.ts). Made-up figures. */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

type Figures = { spent: string; rate: string; score: string; weight: string; total: string };
const CLEAN: Figures = { spent: '108.40', rate: '95.09%', score: '18.00', weight: '20', total: '93.53' };

// 年度资金总额 104.00 / 124.00 / 118.20 (95.32%, 得分 9.53) = 当年财政拨款 100.00 / 114.00 / 108.40 + 其他资金 4.00 / 10.00 / 9.80;
// 得分 9.53 + 30 + 18 + 20 + 16 = 93.53.
const table = (f: Figures, name = '2037年某某镇污水管网维护项目') =>
  [
    '                       项目支出绩效自评表',
    '                            （2037年度）',
    ` 项目名称    ${name}`,
    '         年初预算 全年预算数 全年执行 分值 执行率              得分',
    '            数                 数',
    '   年度资金 104.00        124.00 118.20        10 95.32%               9.53',
    '项目 总额',
    '资金 其中：当',
    `（万 年财政拨 100.00        114.00 ${f.spent} — ${f.rate}                  —`,
    '元） 款',
    '   其他资金 4.00          10.00 9.80 — 98.00%                    —',
    '   一级指标 二级指标 三级指标 年度指标        值',
    '                                    实际完成 分值 得分 偏差原因分析及改进',
    '                                        值                        措施',
    '                  维护管网长 ≥40公里 42公里              30 30.00 无偏差',
    '                  度',
    '         数量指标 疏通检查井                                   部分井位被占压，',
    `                  数量      ≥500座      400座         ${f.weight}  ${f.score} 已协调清理`,
    '   产出指标 质量指标 维护合格 100% 100%                       20 20.00 无偏差',
    '                  率',
    '   满意度指 服务对象      居民满 ≥90% 96%',
    '     标 满意度指 标 意度',
    '                                                   20 16.00 个别片区',
    `                   总分                             100 ${f.total}`,
    '                  自评等级                                      优',
  ].join('\n');

const errors = (f: Partial<Figures>): string[] =>
  checkTextReport(table({ ...CLEAN, ...f }))
    .findings.filter((x) => x.severity === 'error')
    .map((x) => `${x.line} ${x.rule} ${x.expected} ${x.found}`);

describe('a 自评表 whose labels wrap', () => {
  it('holds when every figure agrees', () => {
    expect(errors({})).toEqual([]);
    // (Read, not passed over: the sums and the 总分 were checked.)
    const kinds = checkTextReport(table(CLEAN))
      .claims.filter((c) => c.verified)
      .map((c) => c.kind);
    expect(kinds.filter((k) => k === 'score')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'sum')).toHaveLength(3);
  });
  it('finds a source row’s 执行数 that breaks the 总额 and its own 执行率', () => {
    expect(errors({ spent: '110.40' })).toEqual([
      '6 sum.parts 120.20 118.20',
      '9 completion.percent 96.84% 95.09%',
    ]);
  });
  it('finds a 得分 that breaks the 总分 when the 分值 add up', () => {
    expect(errors({ score: '17.00' })).toEqual(['24 score.sum 92.53 93.53']);
  });
  it('finds a 分值 that breaks the 总分 when the 得分 add up', () => {
    expect(errors({ weight: '25' })).toEqual(['24 score.weight-sum 105 100']);
  });
  it('finds a 得分 above its 分值 when the 分值 add up', () => {
    expect(errors({ score: '22.00', total: '97.53' })).toEqual(['18 score.exceeds-weight 不超过20 22.00']);
  });
  it('judges nothing when neither column adds up', () => {
    expect(errors({ score: '17.00', weight: '25' })).toEqual([]);
  });
});

describe('several such 自评表 and a summary restating them', () => {
  const summary = (total: string, spent: string) =>
    [
      table(CLEAN),
      table(CLEAN, '2037年某某镇供水设施维修项目'),
      '   某某镇2037年度项目支出绩效自评情况说明',
      `    2个项目年初预算数合计208.00万元，全年预算数合计248.00万元，全年执行数合计${spent}万元。`,
      `    经自评，2037年某某镇污水管网维护项目总分${total}分，自评等级为优；2037年某某镇供水设施维修项目总分93.53分，自评等级为优。`,
    ].join('\n');
  const found = (text: string): string[] =>
    checkTextReport(text)
      .findings.filter((x) => x.severity === 'error')
      .map((x) => `${x.rule} ${x.expected} ${x.found}`);

  it('holds when the text restates the tables', () => {
    expect(found(summary('93.53', '236.40'))).toEqual([]);
  });
  it('finds a project’s 总分 and a 执行数 合计 the tables disagree with', () => {
    expect(found(summary('95.33', '263.40'))).toEqual([
      'table.total 236.40万元 263.40万元',
      'figure.text-table 93.53分 95.33分',
    ]);
  });
});
