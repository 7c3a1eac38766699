/**
 * A county 自评表 printed with narrow columns (Chromium, read back with pdftotext -layout). Landscape, its
 * columns survive: the 项目资金 header's 数 and （%） wrapped onto the next line and set off their columns
 * (header-pieces.ts), indicator rows whose cells drift off the header's places or wrap their 分值 and 得分
 * onto a line of their own (read by their figures). Portrait, its cells one space apart and its header over
 * three lines: read by order (tight-scores.ts), 得分 before or after 分值. Invented units and figures.
 */
import { describe, expect, it } from 'vitest';
import { attachHeaderPieces, joinHeaderPieces } from './header-pieces.ts';
import { checkTextReport } from './index.ts';
import type { TableCell } from './layout.ts';

const errors = (text: string) => checkTextReport(text).findings.filter((f) => f.severity === 'error');

/** `text` with `from` changed to `to` on line `line` (1-based); the change must be there. */
const plant = (text: string, line: number, from: string, to: string): string => {
  const lines = text.split('\n');
  if (!lines[line - 1]!.includes(from)) throw new Error(`line ${line} has no ${from}`);
  lines[line - 1] = lines[line - 1]!.replace(from, to);
  return lines.join('\n');
};

const WIDE = `                           柳溪县2025年度项目支出绩效自评表
主管部门：柳溪县农业农村局 实施单位：柳溪县农业技术推广站 金额单位：万元
   资金来源     年初预算 全年预算 全年执行 分值 执行率 得分                           说明
               数       数      数           （%）
  年度资金总额 1500.00 1600.00 1520.00 10 95.00 9.50               按执行率计分
其中：中央补助资金 1000.00 1030.00 1000.00 — 97.09 —
  县级配套资金     500.00  570.00 520.00   — 91.23 —
一级指标 二级指标             三级指标         年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
产出指标 数量指标         补贴发放面积（万亩）         ≥12    12.60  10    10
                    补贴农户数（户）        ≥8000    8240  10    10
        质量指标       补贴资金发放准确率         100%    100%  10    10
        时效指标        资金发放及时率          ≥95%    96%   10    10
        成本指标       每亩补贴标准（元）         ≤120    118   10    10
效益指标 经济效益指标 农民种粮收益增加（元/亩） ≥100               110   15    15

      生态效益指标        耕地质量等级提升       稳步提升 提升等级  0.1个
                                                   10    8

      可持续影响指        耕地保护长效机制         健全 基本健全 5 4
         标
满意度指标 服务对象满意
        度指标         补贴对象满意度          ≥90%    93%   10    10

                       总分                          100 96.50    自评等级：优
填表人：王某 联系电话：0000-0000000 填报日期：2026年3月12日

`;

const NARROW = `            柳溪县2025年度项目支出绩效自评表
主管部门：柳溪县农业农村局 实施单位：柳溪县农业技术推广站 金额单位：万元
 资金来源 年初预算数
               全年预算 全年执行 分值 执行率 得分
                  数       数        （%）           说明
年度资金总额 1500.00 1600.00 1520.00 10 95.00 9.50 按执行率计分
其中：中央补 1000.00 1030.00 1000.00 — 97.09 —
  助资金
县级配套资金 500.00 570.00 520.00 — 91.23 —
一级指 二级指标 三级指标 年度指 实际完 分值 得分 偏差原因分析及改
 标                         标值 成值                  进措施
产出指 数量指标 补贴发放面积（万 ≥12 12.60 10 10
 标              亩）
          补贴农户数（户） ≥8000 8240 10 10
    质量指标 补贴资金发放准确
                率         100%   100% 10    10

    时效指标 资金发放及时率 ≥95% 96% 10 10
    成本指标 每亩补贴标准（元） ≤120 118 10 10
效益指 经济效益 农民种粮收益增加 ≥100 110 15 15
 标 指标        （元/亩）
    生态效益 耕地质量等级提升 稳步提 0.1        提升
      指标                    升 等级个 10 8
    可持续影 耕地保护长效机制 健全 基本健 5 4
     响指标                          全
满意度 服务对象
指标 满意度指
      标
           补贴对象满意度 ≥90% 93% 10 10
               总分                     100 96.50 自评等级：优
填表人：王某 联系电话：0000-0000000 填报日期：2026年3月12日

`;

/** The narrow table with 得分 printed before 分值 in its indicator part. */
const SWAPPED = `            桐岭县2025年度项目支出绩效自评表
主管部门：桐岭县农业农村局 实施单位：桐岭县农业技术推广站 金额单位：万元
 资金来源 年初预算数
               全年预算 全年执行 分值 执行率 得分
                  数       数        （%）           说明
年度资金总额 1500.00 1600.00 1520.00 10 95.00 9.50 按执行率计分
其中：中央补 1000.00 1030.00 1000.00 — 97.09 —
  助资金
县级配套资金 500.00 570.00 520.00 — 91.23 —
一级指 二级指标 三级指标 年度指 实际完 得分 分值 偏差原因分析及改
 标                         标值 成值                  进措施
产出指 数量指标 补贴发放面积（万 ≥12 12.60 10 10
 标              亩）
          补贴农户数（户） ≥8000 8240 10 10
    质量指标 补贴资金发放准确
                率         100%   100%   10   10

    时效指标 资金发放及时率 ≥95% 96% 10 10
    成本指标 每亩补贴标准（元） ≤120 118 10 10
效益指 经济效益 农民种粮收益增加 ≥100 110 15 15
 标 指标        （元/亩）
    生态效益 耕地质量等级提升 稳步提 0.1        提升
      指标                    升 等级个 8 10
    可持续影 耕地保护长效机制 健全 基本健 4 5
     响指标                          全
满意度 服务对象
指标 满意度指
      标
           补贴对象满意度 ≥90% 93% 10 10
               总分                     96.50 100 自评等级：优
填表人：王某 联系电话：0000-0000000 填报日期：2026年3月12日

`;

/** Landscape again, its funds columns narrower: the header over three lines, 分值 cut into 分 / 值. */
const THREE_LINES = `                   柳溪县2025年度项目支出绩效自评表
主管部门：柳溪县农业农村局 实施单位：柳溪县农业技术推广站 金额单位：万元
  资金来源 年初预算 数
                 全年预算 全年执行 分 执行率 得分
                    数       数 值 （%）                     说明
 年度资金总额 1500.00 1600.00 1520.00 10 95.00 9.50         按执行率计分
其中：中央补助资 1000.00 1030.00 1000.00 — 97.09 —
    金
 县级配套资金 500.00 570.00 520.00 — 91.23 —
一级指标 二级指标          三级指标         年度指标 实际完成 分值 得分 偏差原因分析及改进措施
                                  值        值
产出指标 数量指标 补贴发放面积（万亩） ≥12 12.60 10 10
               补贴农户数（户） ≥8000 8240 10 10
      质量指标 补贴资金发放准确率 100% 100% 10 10
      时效指标      资金发放及时率          ≥95%     96% 10    10
      成本指标 每亩补贴标准（元） ≤120 118 10 10
效益指标 经济效益指
        标
             农民种粮收益增加（元/ ≥100 110 15 15
                    亩）
      生态效益指 耕地质量等级提升 稳步提升 提升0.1 10 8
        标                                个等级
      可持续影响 耕地保护长效机制              健全 基本健全 5 4
       指标
满意度指 服务对象满 补贴对象满意度
 标    意度指标                       ≥90%     93% 10    10

                   总分                         100 96.50    自评等级：优
填表人：王某 联系电话：0000-0000000 填报日期：2026年3月12日

`;

describe('a 自评表 with columns whose header runs over three lines', () => {
  it('gives no finding on the correct table', () => {
    expect(checkTextReport(THREE_LINES).findings).toEqual([]);
  });
  it('reads the funds row under the header joined from its three lines', () => {
    const found = errors(plant(THREE_LINES, 6, ' 95.00 9.50', ' 94.00 9.40'));
    expect(found).toContainEqual(
      expect.objectContaining({ rule: 'completion.percent', line: 6, expected: '95.00%', found: '94.00%' }),
    );
  });
  it('reads the indicator part below it', () => {
    expect(errors(plant(THREE_LINES, 28, '96.50', '97.50'))).toContainEqual(
      expect.objectContaining({ rule: 'score.sum', line: 28, found: '97.50' }),
    );
  });
});

describe('a 自评表 whose columns survive, its header and rows set off them', () => {
  it('gives no finding on the correct table', () => {
    expect(checkTextReport(WIDE).findings).toEqual([]);
  });
  it('reads the funds header completed by the pieces wrapped below it', () => {
    expect(errors(plant(WIDE, 5, ' 95.00 9.50', ' 94.00 9.50'))).toContainEqual(
      expect.objectContaining({ rule: 'completion.percent', line: 5, expected: '95.00%', found: '94.00%' }),
    );
  });
  it('reports a 得分 wrapped onto a line of its own above its 分值', () => {
    expect(errors(plant(WIDE, 17, '10    8', '10    12'))).toContainEqual(
      expect.objectContaining({ rule: 'score.exceeds-weight', line: 17, found: '12' }),
    );
  });
  it('sums the 得分 of rows set off their columns', () => {
    expect(errors(plant(WIDE, 24, '96.50', '95.50'))).toContainEqual(
      expect.objectContaining({ rule: 'score.sum', line: 24, found: '95.50' }),
    );
  });
});

describe('a 自评表 set one space apart, its header over three lines (tight-scores.ts)', () => {
  it('gives no finding on the correct tables', () => {
    expect(checkTextReport(NARROW).findings).toEqual([]);
    expect(checkTextReport(SWAPPED).findings).toEqual([]);
  });
  it('reads the 项目资金 row by the order of the header’s words', () => {
    for (const text of [NARROW, SWAPPED]) {
      const found = errors(plant(text, 6, ' 95.00 9.50', ' 94.00 9.40'));
      expect(found).toContainEqual(
        expect.objectContaining({ rule: 'completion.percent', line: 6, expected: '95.00%', found: '94.00%' }),
      );
      expect(found).toContainEqual(
        expect.objectContaining({ rule: 'score.rule', line: 6, expected: '9.50', found: '9.40' }),
      );
    }
  });
  it('reports a 得分 above its 分值, in either order', () => {
    expect(errors(plant(NARROW, 23, '10 8', '10 12'))).toContainEqual(
      expect.objectContaining({ rule: 'score.exceeds-weight', line: 23, found: '12' }),
    );
    expect(errors(plant(SWAPPED, 23, '8 10', '12 10'))).toContainEqual(
      expect.objectContaining({ rule: 'score.exceeds-weight', line: 23, found: '12' }),
    );
  });
  it('sums the 得分 against the 总分', () => {
    expect(errors(plant(NARROW, 30, '100 96.50', '100 95.50'))).toContainEqual(
      expect.objectContaining({ rule: 'score.sum', line: 30, expected: '96.50', found: '95.50' }),
    );
    expect(errors(plant(SWAPPED, 30, '96.50 100', '95.50 100'))).toContainEqual(
      expect.objectContaining({ rule: 'score.sum', line: 30, expected: '96.50', found: '95.50' }),
    );
  });
  it('reads nothing when the 分值 so read do not add up to the 总分’s (a pair misread)', () => {
    const text = plant(NARROW, 30, '100 96.50', '105 95.50');
    expect(errors(text).filter((f) => f.rule === 'score.sum')).toEqual([]);
  });
});

const cells = (...texts: string[]): TableCell[] =>
  texts.map((text, i) => ({ text, start: i * 6, end: i * 6 + text.length, line: 1 }) as TableCell);

describe('header pieces put back by the words they complete (header-pieces.ts)', () => {
  const header = cells('资金来源', '年初预算', '全年预算', '全年执行', '分值', '执行率', '得分', '说明');
  it('completes each cell the pieces finish, in order', () => {
    const next = { cells: cells('数', '数', '数', '（%）'), line: 2 };
    expect(attachHeaderPieces(header, next)).toEqual([
      '资金来源',
      '年初预算数',
      '全年预算数',
      '全年执行数',
      '分值',
      '执行率（%）',
      '得分',
      '说明',
    ]);
  });
  it('refuses a line with a figure or a piece that completes no header word', () => {
    expect(attachHeaderPieces(header, { cells: cells('数', '12'), line: 2 })).toBeNull();
    expect(attachHeaderPieces(header, { cells: cells('数', '完成'), line: 2 })).toBeNull();
  });
  it('joins a header wrapped over lines one space apart, new words placed by where they start', () => {
    const lines = [
      { words: ['资金来源', '年初预算', '数'], starts: [1, 10, 15] },
      { words: ['全年预算', '全年执行', '分', '执行率', '得分'], starts: [16, 21, 26, 29, 33] },
      { words: ['数', '数', '值', '（%）', '说明'], starts: [18, 23, 27, 30, 40] },
    ];
    expect(joinHeaderPieces(lines).map((c) => c.text)).toEqual([
      '资金来源',
      '年初预算数',
      '全年预算数',
      '全年执行数',
      '分值',
      '执行率（%）',
      '得分',
      '说明',
    ]);
  });
});
