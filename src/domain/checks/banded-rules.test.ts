import { describe, expect, it } from 'vitest';
import { readBands } from './banded-rules.ts';
import { checkText } from './index.ts';

const tiersOf = (text: string, weight = '10') =>
  readBands(text, weight)?.tiers.map((t) => [t.min ?? '', t.max ?? '', t.points]);

describe('a 计分规则 read as bands of a rate', () => {
  it('reads bands written with signs, with words, as ranges and as one value, with their points', () => {
    expect(tiersOf('执行率≥90%得满分；80%≤执行率<90%得8分；执行率＜80%不得分')).toEqual([
      ['90', '', 'full'],
      ['80', '90', '8'],
      ['', '80', '0'],
    ]);
    expect(tiersOf('预算执行率达到95%（含）以上得满分，90%（含）-95%得8分，低于90%的得0分')).toEqual([
      ['95', '', 'full'],
      ['90', '95', '8'],
      ['', '90', '0'],
    ]);
    expect(tiersOf('满意度60%以下0分，61—70%得1分，81-90%得3分，90%以上得满分', '4')).toEqual([
      ['', '60', '0'],
      ['61', '70', '1'],
      ['81', '90', '3'],
      ['90', '', 'full'],
    ]);
    // The rate's definition is skipped; 扣N分 is taken from the full weight.
    expect(
      tiersOf('执行率=实际支出/预算数×100%。执行率100%得满分；90%≤执行率<100%扣2.5分；执行率<90%不得分'),
    ).toEqual([
      ['100', '100', 'full'],
      ['90', '100', '7.5'],
      ['', '90', '0'],
    ]);
    expect(readBands('执行率在90%以上的得10分，低于80%得0分', '10')).toMatchObject({
      rate: '执行率',
      bounds: ['90', '80'],
    });
  });

  it('reads nothing that is not entirely bands of a percentage', () => {
    for (const text of [
      '每降低1个百分点扣0.5分，扣完为止',
      '执行率×分值',
      '有效投诉5件以上得0分，4件得1分，0件得满分',
      '执行率≥90%得满分，其余酌情扣分',
      '执行率≥90%得满分',
    ])
      expect(readBands(text, '10'), text).toBeNull();
  });
});

describe('a 评分表 row scored by bands', () => {
  const sheet = (score: string, note: string, total: string) =>
    [
      '某项目绩效评价评分表',
      '一级指标\t二级指标\t三级指标\t计分规则\t分值\t得分\t评分说明',
      `项目管理（20分）\t资金管理（20分）\t预算执行率\t执行率≥90%得满分；80%≤执行率<90%得8分；执行率<80%不得分\t10\t${score}\t${note}`,
      '\t\t资金使用合规性\t符合得满分，否则不得分\t10\t10\t',
      `合计\t\t\t\t20\t${total}\t`,
    ].join('\n');

  it('accepts the points of the band the rate falls in', () => {
    expect(checkText(sheet('8', '预算执行率为85.30%', '18'))).toEqual([]);
  });

  it('flags other points, with the band', () => {
    expect(checkText(sheet('10', '预算执行率为85.30%', '20'))).toEqual([
      expect.objectContaining({
        rule: 'score.rule',
        severity: 'error',
        expected: '8',
        found: '10',
        message: expect.stringContaining('测得值85.30%，属“80%≤执行率<90%”档，得8分'),
      }),
    ]);
  });

  it('does not judge a rate on a bound, or one without its rate stated', () => {
    expect(checkText(sheet('10', '预算执行率为80%', '20'))).toEqual([]);
    expect(checkText(sheet('10', '资金按时拨付', '20'))).toEqual([]);
  });
});
