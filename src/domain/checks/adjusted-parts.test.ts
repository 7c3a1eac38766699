/**
 * A part of the budget adjusted in one clause, the adjusted budget in the next ("调减X资金…万元，调整后预算为…"):
 * the adjusted figure is not bound to the part (row-citations.ts), and a 执行率 after it is read against it
 * (rate-outturn.ts). Units, names and figures are made up.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';
import { row } from './__fixtures__/layout-row.ts';

const TABLE = [
  '                      表1 项目资金情况表',
  '                                              单位：万元',
  row(
    ['资金来源', -2],
    ['年初预算', -16],
    ['调整数', -26],
    ['调整后预算', -34],
    ['实际支出', -46],
    ['执行率（%）', -58],
  ),
  row(['县级财政资金', -2], ['450.00', 22], ['-20.00', 31], ['430.00', 42], ['400.00', 54], ['93.02', 64]),
  row(['省级补助资金', -2], ['150.00', 22], ['0.00', 31], ['150.00', 42], ['144.00', 54], ['96.00', 64]),
  row(['合计', -4], ['600.00', 22], ['-20.00', 31], ['580.00', 42], ['544.00', 54], ['93.79', 64]),
  '',
];

const report = (rate: string) =>
  checkTextReport(
    [
      '        某某县水利局2024年度河道保洁项目绩效自评报告',
      '',
      '    （二）项目资金情况',
      `    2024年初，县财政安排本项目预算600.00万元，其中县级财政资金450.00万元、省级补助资金150.00万元。年中根据保洁里程核定结果，调减县级财政资金20.00万元，调整后预算为580.00万元。截至2024年12月31日，项目实际支出544.00万元，预算执行率为${rate}%，其中县级财政资金支出400.00万元，执行率93.02%；省级补助资金支出144.00万元，执行率96.00%。`,
      ...TABLE,
    ].join('\n'),
  );
const errors = (rate: string) =>
  report(rate)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

describe('a part adjusted, then the adjusted budget of the whole', () => {
  it('does not take the adjusted budget for the part’s row', () => {
    expect(errors('93.79')).toEqual([]);
    const cited = report('93.79')
      .claims.filter((c) => c.kind === 'figure')
      .map((c) => c.arithmetic);
    expect(cited.some((c) => c.includes('调整后预算'))).toBe(false);
  });

  it('reads the 执行率 against the adjusted budget of the sentence before', () => {
    expect(errors('97.39')).toEqual(['completion.percent 93.79% 97.39%']);
  });
});

describe('an adjustment’s share of the opening budget (adjustment-shares.ts)', () => {
  const shareReport = (share: string) =>
    checkTextReport(
      [
        '        某某县水利局2024年度河道保洁项目绩效自评报告',
        '',
        ...TABLE,
        '    一、存在的问题',
        `    一是预算编制精准性不足，年中调减县级财政资金20.00万元，调整幅度占年初预算的${share}%。`,
      ].join('\n'),
    ).findings.filter((f) => f.severity === 'error');
  it('holds: 20.00 ÷ 600.00 = 3.33%', () => {
    expect(shareReport('3.33')).toEqual([]);
  });
  it('is wrong otherwise', () => {
    expect(shareReport('3.53').map((f) => `${f.rule} ${f.expected} ${f.found}`)).toEqual([
      'share.percent 3.33% 3.53%',
    ]);
  });
});
