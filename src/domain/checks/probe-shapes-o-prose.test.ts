/**
 * Shapes met in a 三公 notice by 下属单位 (names and figures made up), each with its clean counterpart giving no
 * error: a total of two counts written together ("50批次350人次") whose parts come in pairs; the 三公 total's
 * completion rate whose budget only the by-unit table prints (its 合计 row and its 预算 column), judged against
 * the table's outturn as well when the text states another.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

const HEAD = '青岩市林草局2024年度“三公”经费决算情况说明\n';

describe('a total of two counts written together', () => {
  const text = (total: string) =>
    `${HEAD}    全年共接待国内公务${total}批次310人次，其中：局本级21批次176人次，林场8批次71人次，保护站11批次63人次，主要是上级检查指导。`;

  it('sums each measure of the pairs', () => {
    expect(errors(text('40'))).toEqual([]);
    expect(errors(text('42'))).toEqual(['count.sum 40批次 42批次']);
  });

  it('does not sum a single pair after 其中', () => {
    expect(errors(`${HEAD}    全年共接待公务40批次310人次，其中：外事接待2批次11人次。`)).toEqual([]);
  });
});

describe('the 三公 total’s completion rate against the by-unit table', () => {
  const table = (total: string) => `
              2024年度“三公”经费财政拨款支出决算分单位情况表
                                                                              单位：万元
                                          2024年决算数
   单位名称       2024年预算数   因公出国（境）费   公务用车购置费   公务用车运行维护费   公务接待费     合计     2023年决算数
   局本级              17.00          3.20              0.00             7.10             2.40        12.70       14.10
   林场                21.00          0.00             15.20             4.30             0.90        20.40        8.60
   合计                38.00          3.20             15.20            11.40             3.30   ${total}       22.70
`;
  const prose = (actual: string, rate: string) =>
    `${HEAD}    2024年度“三公”经费财政拨款支出决算为${actual}万元，完成预算的${rate}%。\n`;

  it('takes the budget and the outturn from the 合计 row', () => {
    expect(errors(prose('33.10', '87.11') + table('33.10'))).toEqual([]);
    expect(errors(prose('33.10', '81.11') + table('33.10'))).toEqual(['completion.percent 87.11% 81.11%']);
  });

  it('judges a rate that is neither the text’s outturn’s nor the table’s', () => {
    // The text's outturn is wrong (figure.text-table); the rate is the table's: not blamed again.
    expect(errors(prose('38.10', '87.11') + table('33.10'))).toEqual([
      'figure.text-table 33.10万元 38.10万元',
    ]);
    expect(errors(prose('38.10', '81.11') + table('33.10'))).toEqual([
      'completion.percent 87.11% 81.11%',
      'figure.text-table 33.10万元 38.10万元',
    ]);
  });

  it('does not read a by-unit table whose columns are another year’s', () => {
    const other = table('33.10').replace('2024年决算数', '2023年决算数');
    expect(errors(prose('33.10', '81.11') + other)).toEqual([]);
  });
});

describe('the 三公 notice’s one table, without a title of its own', () => {
  const doc = (
    rate: string,
    total: string,
  ) => `${HEAD}    一、总体情况。2024年度“三公”经费支出212.40万元，完成预算的${rate}%。
                                                          单位：万元
            项目                  2024年预算   2024年决算   2023年决算
因公出国（境）费                       12.00        10.40         8.10
公务用车购置及运行维护费              190.00       171.30       180.20
  其中：公务用车购置费                  60.00        55.00        62.00
  公务用车运行维护费                  130.00       116.30       118.20
公务接待费                             38.00        30.70        33.60
合计                                  240.00       ${total}       221.90
`;

  it('reads the 合计 row’s 预算 as the base of the total’s completion rate', () => {
    expect(errors(doc('88.50', '212.40'))).toEqual([]);
    expect(errors(doc('85.50', '212.40'))).toEqual(['completion.percent 88.50% 85.50%']);
  });

  it('does not blame the rate when the text’s outturn is the items’ sum and the table’s 合计 is not', () => {
    // 10.40 + 171.30 + 30.70 = 212.40: the table's 合计 is the wrong figure (table.total), the rate is right.
    expect(errors(doc('88.50', '213.40')).filter((e) => e.startsWith('completion'))).toEqual([]);
  });
});

describe('years the text did not update', () => {
  it('reads a sentence comparing its own year with itself', () => {
    const text = (year: string) =>
      `${HEAD}    （一）因公出国（境）费。${year}年度决算6.20万元，完成预算的77.50%，比2023年增加1.10万元，增长21.57%。`;
    expect(errors(text('2024'))).toEqual([]);
    expect(errors(text('2023'))).toEqual(['year.mismatch 2024年 2023年']);
  });

  it('does not read a comparison named before another comparison as the subject', () => {
    expect(
      errors(
        `${HEAD}    2024年度“三公”经费支出决算比2023年度增加6.10万元，增长14.88%。其中：公务接待费支出决算比2023年度减少0.50万元，下降12.50%。`,
      ),
    ).toEqual([]);
  });

  const selfEvaluation = (opening: string, object: string) => `项目支出绩效自评表
（2024年度）
                                                             金额单位：万元
   项目资金          年初预算数      全年预算数      全年执行数      分值     执行率     得分
   年度资金总额          420.00          436.50          415.20       10     95.12%     9.51

              青岩市护林员补助项目2024年度绩效自评报告
    一、项目概况。本次自评对象为${object}年度护林员补助资金。
    二、资金使用情况。${opening}年初预算420.00万元，全年预算436.50万元，全年执行415.20万元，预算执行率95.12%。
`;

  it('reads a 自评 report’s sentence opening with last year on this year’s table figure', () => {
    expect(errors(selfEvaluation('2024年项目', '2024'))).toEqual([]);
    expect(errors(selfEvaluation('该项目2024年度', '2024'))).toEqual([]);
    expect(errors(selfEvaluation('2023年项目', '2024'))).toEqual(['year.mismatch 2024年 2023年']);
    expect(errors(selfEvaluation('该项目2023年度', '2024'))).toEqual(['year.mismatch 2024年 2023年']);
  });

  it('does not read last year’s figures that no table prints, nor a comparison', () => {
    const other = selfEvaluation('2024年项目', '2024').replace(
      '    二、',
      '    2023年项目年初预算400.00万元。2023年年初预算420.00万元，比上年增加20.00万元。\n    二、',
    );
    expect(errors(other)).toEqual([]);
  });

  it('reads a self-evaluation’s own object under its title’s year', () => {
    expect(errors(selfEvaluation('2024年项目', '2023'))).toEqual(['year.mismatch 2024年度 2023年度']);
  });
});

describe('counts with their cost between the pairs, indicators by how far they were met', () => {
  const visits = (people: string) =>
    `${HEAD}    全年公务接待126批次、${people}人次，其中：国内公务接待121批次、904人次，支出18.30万元，外事接待5批次、37人次，支出1.20万元。`;

  it('sums the pairs with an amount after each', () => {
    expect(errors(visits('941'))).toEqual([]);
    expect(errors(visits('914'))).toEqual(['count.sum 941人次 914人次']);
  });

  const met = (full: string, partial: string, unmet = '') =>
    `${HEAD}    共设置三级绩效指标14个，其中产出指标9个、效益指标4个、满意度指标1个。经自评，完全达成年度指标值的${full}个，部分达成的${partial}个${unmet}。`;

  it('reads 完全达成 + 部分达成 (+ 未达成) against the indicators set', () => {
    expect(errors(met('11', '3'))).toEqual([]);
    expect(errors(met('12', '3'))).toEqual(['count.sum 15个 14个']);
    expect(errors(met('10', '3', '，未达成的1个'))).toEqual([]);
    expect(errors(met('10', '3', '，未达成的2个'))).toEqual(['count.sum 15个 14个']);
  });

  it('leaves a sum below the total when 未达成 is not stated', () => {
    expect(errors(met('10', '3'))).toEqual([]);
  });
});

describe('the outturn against the budget, in other words', () => {
  const head = '青岩市林草局2024年度部门决算\n';

  it('reads “决算数占年初预算数的P%” as a completion rate', () => {
    const text = (rate: string) =>
      `${head}    财政拨款支出年初预算为1,500.00万元，支出决算为1,350.00万元，决算数占年初预算数的${rate}%。`;
    expect(errors(text('90.00'))).toEqual([]);
    expect(errors(text('92.00'))).toEqual(['completion.percent 90.00% 92.00%']);
  });

  it('reads a change “与年初预算X万元相比” against the budget only', () => {
    const text = (rate: string) =>
      `${head}    一般公共预算财政拨款支出1,102.40万元，与年初预算1,000.00万元相比，增加102.40万元，增长${rate}%。`;
    expect(errors(text('10.24'))).toEqual([]);
    // One finding, against the budget (not a second one taking 1,000.00 as this year's figure).
    expect(errors(text('11.24'))).toEqual(['change.percent 10.24% 11.24%']);
  });
});

describe('a change against a figure named inside the comparison', () => {
  const head = '青岩市林草局2024年度部门决算\n';
  const text = (gap: string, rate: string) =>
    `${head}    年末结转和结余120.50万元，较年初结转和结余100.00万元增加${gap}万元，增长${rate}%。`;

  it('judges the amount and the % against the named base', () => {
    expect(errors(text('20.50', '20.50'))).toEqual([]);
    expect(errors(text('20.50', '20.05'))).toEqual(['change.percent 20.50% 20.05%']);
    expect(errors(text('25.50', '25.50'))).toEqual(['change.amount 增加20.50万元 增加25.50万元']);
  });

  it('reads “与上年末…相比”', () => {
    const assets = (rate: string) =>
      `${head}    资产总额3,000.00万元，与上年末资产总额2,800.00万元相比，增加200.00万元，增长${rate}%。`;
    expect(errors(assets('7.14'))).toEqual([]);
    expect(errors(assets('7.41'))).toEqual(['change.percent 7.14% 7.41%']);
  });
});

describe('rates of funds named in the paragraph', () => {
  const head = '青岩市护林员补助项目2024年度绩效自评报告\n';

  it('reads 资金到位率 against the 全年预算数', () => {
    const text = (rate: string) =>
      `${head}    项目全年预算数为500.00万元，实际到位资金480.00万元，资金到位率为${rate}%。`;
    expect(errors(text('96.00'))).toEqual([]);
    expect(errors(text('95.00'))).toEqual(['completion.percent 96.00% 95.00%']);
  });

  it('reads 拨付率 against the one figure the funds are paid out of', () => {
    const text = (rate: string) =>
      `${head}    本项目资金总额300万元，已拨付285万元，拨付率${rate}%；结余15万元。`;
    expect(errors(text('95'))).toEqual([]);
    expect(errors(text('96'))).toEqual(['completion.percent 95% 96%']);
    // Two figures it may be paid out of: not read.
    expect(errors(`${head}    本项目资金总额300万元，到位资金290万元，已拨付285万元，拨付率96%。`)).toEqual(
      [],
    );
  });
});

describe('shares of parts with amounts whose whole is not stated', () => {
  const head = '青岩市林草局2024年度部门决算\n';
  const text = (second: string) =>
    `${head}    一般公共预算财政拨款支出决算中，一般公共服务支出（类）100.00万元，占10.00%；教育支出（类）900.00万元，占${second}%。`;

  it('cannot take more than 100% together', () => {
    expect(errors(text('90.00'))).toEqual([]);
    // (Only 91.00% is off its amount ÷ the parts' sum: that share is named, prose-shares.ts checkSharesOverParts.)
    expect(errors(text('91.00'))).toEqual(['share.percent 90.00% 91.00%']);
    // (Both off: the list as a whole.)
    expect(errors(text('91.00').replace('占10.00%', '占10.50%'))).toEqual([
      'share.over-whole ≤ 100% 101.50%',
    ]);
  });

  it('leaves shares another rule judged against their whole', () => {
    const stated = `${head}    一般公共预算财政拨款支出1,000.00万元，其中：一般公共服务支出（类）100.00万元，占10.00%；教育支出（类）900.00万元，占91.00%。`;
    expect(errors(stated)).toEqual(['share.percent 90.00% 91.00%']);
  });
});

describe('a list of names ended by 等', () => {
  it('does not take the next statement’s figures as its parts', () => {
    const text = `青岩市林草局2024年度部门决算\n    人员经费720.00万元，主要包括：基本工资、津贴补贴、奖金、社会保障缴费等；公用经费130.00万元，合计850.00万元。`;
    expect(checkTextReport(text).findings.map((f) => f.rule)).toEqual([]);
  });
});

describe('an evaluation report’s scores and rates of counts', () => {
  const head = '青岩市护林员补助项目2024年度绩效评价报告\n';

  it('reads parts with their weights in brackets before their scores, the total last', () => {
    const text = (total: string) =>
      `${head}    项目决策（20分）得分18.5分，项目过程（20分）得分17分，项目产出（40分）得分32分，项目效益（20分）得分19分，合计${total}分。`;
    expect(errors(text('86.5'))).toEqual([]);
    expect(errors(text('87.5'))).toEqual(['score.sum 86.5 87.5']);
  });

  it('does not sum a run of parts cut by a clause of another kind', () => {
    const text = `${head}    决策指标得分18分（满分20分），扣2分的原因是目标细化不足；过程指标得分19分（满分20分），产出指标得分38分（满分40分），效益指标得分19分（满分20分），项目自评总分94分。`;
    expect(errors(text)).toEqual([]);
  });

  it('reads a weight, a deduction and the score left', () => {
    const text = (score: string) => `${head}    项目产出指标满分40分，扣2.5分，得${score}分。`;
    expect(errors(text('37.5'))).toEqual([]);
    expect(errors(text('38.5'))).toEqual(['score.deduction 37.5分 38.5分']);
  });

  it('reads a rate of counts right after its two counts', () => {
    const checked = (rate: string) =>
      `${head}    共抽查项目点30个，其中合格27个，合格率为${rate}%；不合格3个。`;
    expect(errors(checked('90'))).toEqual([]);
    expect(errors(checked('93'))).toEqual(['completion.percent 90% 93%']);
    const survey = (rate: string) =>
      `${head}    发放问卷200份，回收有效问卷186份，有效回收率${rate}%，总体满意度为91.4%。`;
    expect(errors(survey('93'))).toEqual([]);
    expect(errors(survey('95'))).toEqual(['completion.percent 93% 95%']);
  });

  it('does not read a rate named by another word than the part’s', () => {
    expect(errors(`${head}    共抽查项目点30个，其中完工27个，合格率为93%。`)).toEqual([]);
  });
});

describe('problems found and their rectification', () => {
  const text = (being: string, tail = '') =>
    `青岩市林草局2024年度部门决算\n    绩效自评的2024年度项目12个（绩效自评中共发现问题9个，已经完成整改的6个，正在整改的${being}个${tail}）。`;

  it('adds the statuses up to the problems found', () => {
    expect(errors(text('3'))).toEqual([]);
    expect(errors(text('2'))).toEqual(['count.sum 8个 9个']);
    expect(errors(text('2', '，尚未整改的1个'))).toEqual([]);
  });
});

describe('a part’s score above its weight in brackets', () => {
  it('is wrong whatever the total', () => {
    const text = (score: string) =>
      `青岩市护林员补助项目2024年度绩效自评报告\n    产出指标得分${score}分（满分45分），效益指标得分30.5分（满分35分），满意度指标得分10分（满分10分）。`;
    expect(errors(text('43.7'))).toEqual([]);
    expect(errors(text('73.7'))).toEqual(['score.exceeds-weight ≤ 45分 73.7分']);
  });
});
