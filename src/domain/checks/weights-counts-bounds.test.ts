/**
 * A 分值 misprinted in a merged score tree (score-trees.ts), a count qualified before its list of names
 * (named-counts.ts), the 三公 total's change bounded by its items told one by one (change-parts.ts), and an actual
 * restated against the 自评表's printed pair (target-gaps.ts). Names and figures are made up.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

describe('a 分值 misprinted in a score tree under a 得分率 column', () => {
  const table = (weight: string) =>
    [
      '某某镇2023年度部门整体支出绩效评价报告',
      '               表1 评价得分汇总表',
      '   一级指标           二级指标         分值        得分       得分率',
      '决策         目标管理                     12     9.60     80.00%',
      '           资金分配                      8     7.20     90.00%',
      '决策小计                                20    16.80     84.00%',
      '           任务数量                 20    18.00    90.00%',
      '产出         任务质量                 15    13.50    90.00%',
      `           任务时效                  ${weight}    4.00    80.00%`,
      '产出小计                            40    35.50    88.75%',
      '           社会效益                 25    22.50    90.00%',
      '效益         群众满意度               15    13.80    92.00%',
      '效益小计                            40    36.30    90.75%',
      '合计                             100   88.60    88.60%',
      '',
    ].join('\n');
  it('the row whose 得分率 holds with the 分值 its 小计 leaves is at fault', () => {
    expect(errors(table('5'))).toEqual([]);
    expect(errors(table('4'))).toEqual(['9 score.weight-sum 5 4']);
  });
  it('no row proven: the row is not named, the 小计 that its rows do not add up to is', () => {
    // (3: the 得分率 holds with neither 3 nor 5 — the row's 得分率 and the 小计 are wrong as printed,
    // score-rate-rows.ts.)
    expect(errors(table('3'))).toEqual(['9 score.rate 133.33% 80.00%', '10 score.weight-sum 38 40']);
  });
});

describe('a count qualified before the names it counts', () => {
  const doc = (count: string) =>
    [
      '    （一）资金拨付偏慢。全年共实施项目12个，其中' +
        count +
        '个项目资金到位率低于70%，分别为东湖湿地修复工程、城北污水管网改造、西山林道养护、南港码头清淤，详见下表。',
      '',
      '序号          项目名称        全年预算数       实际支出数 到位率',
      '1    东湖湿地修复工程          120.00      70.00 58.33%',
      '2    城北污水管网改造          200.00      130.00 65.00%',
      '3    西山林道养护            50.00       30.00 60.00%',
      '4    南港码头清淤             80.00       52.00 65.00%',
      '合计                         450.00      282.00 62.67%',
      '',
    ].join('\n');
  it('the names each on a row of their own', () => {
    expect(errors(doc('4'))).toEqual([]);
    expect(errors(doc('3'))).toEqual(['1 count.enumeration 4个 3个']);
  });
  it('names not found elsewhere are not read', () => {
    const text = '    其中3个项目资金到位率低于70%，分别为甲工程、乙工程改造、丙林道养护、丁码头清淤。';
    expect(errors(text)).toEqual([]);
  });
});

describe('the 三公 total against its items told one by one', () => {
  const doc = (word: string, reception: string, total = '0.90') =>
    [
      '    六、“三公”经费财政拨款支出决算情况说明',
      `    2024年度“三公”经费财政拨款支出决算为8.40万元，比上年${word}${total}万元。具体情况如下：`,
      '    1．因公出国（境）费支出决算为0.00万元，本单位未发生因公出国（境）费支出。',
      '    2．公务用车购置及运行费支出决算为7.60万元。其中：公务用车购置费支出决算为0.00万元；公务用车运行费支出决算为7.60万元，比上年减少0.50万元，主要是车辆减少。',
      `    3．公务接待费支出预算为1.00万元，支出决算为0.80万元，完成预算的80.00%，比上年减少${reception}万元。`,
      '    七、其他重要事项的说明',
      '',
    ].join('\n');
  it('a total said to rise while every item fell or stayed at 0', () => {
    expect(errors(doc('减少', '0.40'))).toEqual([]);
    // (An item at 0 may have fallen from more last year: the total may fall by more than the rest.)
    expect(errors(doc('减少', '0.40', '1.50'))).toEqual([]);
    // (It cannot fall by less: the items at 0 did not rise.)
    expect(errors(doc('减少', '0.70'))).toEqual(['2 change.parts ≤减少1.20万元 减少0.90万元']);
    expect(errors(doc('增加', '0.40'))).toEqual(['2 change.parts ≤减少0.90万元 增加0.90万元']);
  });
  it('a change following the 预算 is not the 决算 item', () => {
    const text = doc('增加', '0.40').replace(
      '支出预算为1.00万元，支出决算为0.80万元，完成预算的80.00%，比上年减少',
      '支出决算为0.80万元，预算为1.00万元，比上年减少',
    );
    expect(errors(text)).toEqual([]);
  });
});

describe('an actual restated against the 自评表 pair', () => {
  const doc = (done: string) =>
    [
      '                           项目支出绩效自评表',
      ' 一级指 二级指标       三级指标      年度指标 实际完成 分值 得分 偏差原因分析',
      '   标                          值       值',
      '      数量指标 新建村级文化',
      '             站点            ≥30个      33个 20 20 —',
      '      质量指标 验收合格率 100% 100% 20 20 —',
      '                  总分                        100 98.00',
      '自评结论',
      `   全年新建村级文化站点${done}个，较年度指标值多3个；验收合格率100%。`,
      '',
    ].join('\n');
  it('the stated gap agrees with the table’s actual, not the text’s', () => {
    expect(errors(doc('33')).filter((e) => e.includes('figure') || e.includes('change'))).toEqual([]);
    expect(errors(doc('31')).filter((e) => e.includes('figure') || e.includes('change'))).toEqual([
      '9 figure.text-table 33个 31个',
    ]);
  });
});
