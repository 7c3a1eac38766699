/**
 * Shapes met in a 单位决算 in 元, a 三公 说明 with a table by unit and a 专项资金 evaluation (names and figures
 * made up):
 *  - "收、支总计各增加D元，增长P%": the change of both totals, stated as equal before it;
 *  - "增加D元，增长5.25。": a change's rate printed without its % (a warning);
 *  - "占“三公”经费决算总额的P%": the whole stated as "“三公”经费财政拨款决算数为X万元";
 *  - "累计7人次，分别赴甲地…（4人次）、赴乙地…（3人次）": the counts of a 分别 list;
 *  - "于2052年2月下达": an act done dated after the document can have been written;
 *  - "新建供水工程126处，完成目标的105.00%" with the plan in the goals ("不少于120处");
 *  - a table by unit whose long name wraps ("…预防控制中" / "心   0.00 …"), three units and a 合计;
 *  - numbered items after "其中：" each with last year's figure in a later clause.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const findings = (text: string) =>
  checkTextReport(text).findings.map((f) => `${f.line} ${f.severity} ${f.rule} ${f.expected} ${f.found}`);
const errors = (text: string) => findings(text).filter((f) => / error /.test(f));

describe('the change of both totals stated as one', () => {
  const text = (amount: string) =>
    [
      '一、收入支出决算总体情况说明',
      `    2031年度收入总计4,812,000.00元，支出总计4,812,000.00元。与2030年度相比，收、支总计各增加${amount}元，增长12.50%。`,
    ].join('\n');
  it('judges the % against the totals', () => {
    expect(errors(text('534,666.67'))).toEqual([]);
    expect(errors(text('634,666.67'))).toEqual(['2 error change.percent 15.19% 12.50%']);
  });
});

describe('a change rate printed without its %', () => {
  const text = (rate: string) =>
    `    2031年度本年支出合计2,250.00万元，比上年增加250.00万元，增长${rate}。其中：基本支出2,000.00万元，项目支出250.00万元。`;
  it('warns that the % is missing when the figure is the rate', () => {
    expect(findings(text('12.50'))).toEqual(['1 warning unit.missing 12.50% 12.50']);
  });
  it('says nothing of a figure that is not the rate', () => {
    expect(findings(text('21.50'))).toEqual([]);
  });
});

describe('a share of the 三公 total named otherwise than stated', () => {
  const text = (share: string) =>
    [
      '一、“三公”经费决算总体情况',
      '    2031年度“三公”经费财政拨款决算数为40.00万元，年初预算数为50.00万元，完成预算的80.00%。',
      '二、“三公”经费决算分项情况',
      '    （一）因公出国（境）费。2031年度决算数6.00万元，占“三公”经费决算总额的15.00%。',
      `    （二）公务用车购置及运行费。2031年度决算数30.00万元，占“三公”经费决算总额的${share}%。`,
    ].join('\n');
  it('takes the whole from the 决算数 of “三公”经费', () => {
    expect(errors(text('75.00'))).toEqual([]);
    expect(errors(text('57.00'))).toEqual(['5 error share.percent 75.00% 57.00%']);
  });
});

describe('counts of a 分别 list, each in brackets', () => {
  const text = (total: number) =>
    `    全年安排出访团组2个，累计${total}人次，分别赴甲市开展技术交流（5人次）、赴乙市开展合作考察（4人次）。`;
  it('adds them up to the count before', () => {
    expect(errors(text(9))).toEqual([]);
    expect(errors(text(10))).toEqual(['1 error count.sum 9人次 10人次']);
  });
  it('does not read a list where an item has no count', () => {
    expect(
      errors('    累计10人次，分别赴甲市开展技术交流（5人次）、赴乙市开展合作考察，参加培训（4人次）。'),
    ).toEqual([]);
    expect(errors('    累计10人次，分别赴甲市开展技术交流（5人次）、赴乙市开展合作考察。')).toEqual([]);
  });
});

describe('an act done dated after the document', () => {
  const text = (date: string) =>
    [
      '2031年度某专项资金绩效评价报告',
      `    省财政厅于${date}下达2031年度专项资金600.00万元，分配至4个县。`,
    ].join('\n');
  it('reports a year later than the year after the document', () => {
    expect(errors(text('2031年3月'))).toEqual([]);
    expect(errors(text('2032年2月'))).toEqual([]);
    expect(errors(text('2013年2月'))).toEqual([]);
    expect(errors(text('2085年2月'))).toEqual(['2 error year.mismatch 2031年或2032年 2085年']);
  });
  it('does not read a plan', () => {
    expect(errors(text('2031年3月') + '计划于2035年6月印发管理办法。')).toEqual([]);
  });
});

describe("an indicator's completion against its plan in the goals", () => {
  const text = (rate: string) =>
    [
      '一、绩效目标',
      '    年度目标为：改造农村供水管网不少于80公里，新增受益人口不少于5万人。',
      '二、绩效目标实现情况',
      `    全年改造农村供水管网86公里，完成目标的${rate}%；新增受益人口5.20万人。`,
    ].join('\n');
  it('judges the rate against the plan stated under the same name', () => {
    expect(errors(text('107.50'))).toEqual([]);
    expect(errors(text('108.50'))).toEqual(['4 error completion.target 107.50% 108.50%']);
  });
  it('finds the plan under the name in other words’ order', () => {
    const text = (rate: string) =>
      [
        '    项目年度目标为：建成水厂2座，改造供水管网240公里，入户改造9,000户。',
        `    完成供水管网改造216公里，完成年度目标的${rate}%；完成入户改造9,100户。`,
      ].join('\n');
    expect(errors(text('90.00'))).toEqual([]);
    expect(errors(text('92.00'))).toEqual(['2 error completion.target 90.00% 92.00%']);
  });
  it('does not take a goal of the whole project for the year’s', () => {
    const text = [
      '    项目总目标为：三年内改造供水管网600公里。',
      '    完成供水管网改造216公里，完成年度目标的92.00%。',
    ].join('\n');
    expect(errors(text)).toEqual([]);
  });
  it('does not judge it when the goals state two plans for the name', () => {
    const two = text('108.50').replace('新增受益人口不少于5万人', '另改造农村供水管网90公里');
    expect(errors(two)).toEqual([]);
  });
});

describe('a table by unit with a wrapped name, three units and a 合计', () => {
  const text = (second: string) =>
    [
      '                       2031年度“三公”经费分单位情况表',
      '                                                          单位：万元',
      '局机关              5.00            20.00          12.00          3.00 40.00              4',
      `区农业技术推广中心        0.00             0.00           6.00          1.50    ${second}            2`,
      '区动物疫病预防控制中',
      '心                0.00             0.00           4.00          0.50    4.50            1',
      '',
      '合计               5.00            20.00          22.00          5.00 52.00              7',
    ].join('\n');
  it('names the row whose total is not the sum of its items', () => {
    expect(errors(text('7.50'))).toEqual([]);
    expect(errors(text('5.70'))).toEqual(['4 error table.row-sum 7.50 5.70']);
  });
});

describe('numbered items after 其中, each with last year’s figure', () => {
  const text = (first: string) =>
    [
      '    （三）公务接待费。2031年度决算数8.00万元，比上年减少1.00万元，下降11.11%。其中：',
      `    1.国内公务接待费${first}万元，共接待20批次，比上年减少0.50万元。`,
      '    2.外事接待费0.50万元，上年决算数为1.00万元。',
    ].join('\n');
  it('adds the items up to the whole once', () => {
    expect(errors(text('7.50'))).toEqual([]);
    expect(errors(text('7.05'))).toEqual(['2 error sum.parts 8.00万元 7.55万元']);
  });
});

describe('a list opened by "按…分，" after its total', () => {
  const text = (goods: string) =>
    `    2031年度本单位政府采购支出总额980.00万元，较2030年的900.00万元增加80.00万元。按采购品目分，政府采购货物支出${goods}万元、政府采购工程支出300.00万元、政府采购服务支出400.00万元。`;
  it('adds its parts up to the total of the sentence before', () => {
    expect(errors(text('280.00'))).toEqual([]);
    expect(errors(text('208.00'))).toEqual(['1 error sum.parts 980.00万元 908.00万元']);
  });
  it('is not opened by "按…分配" or "按…分别"', () => {
    expect(errors('    项目资金1,000.00万元。按因素法分配，甲县400.00万元、乙县300.00万元。')).toEqual([]);
  });
});

describe('a list by kind after a sentence of several counts', () => {
  it('is not summed against one of them', () => {
    const text =
      '    共设置三级指标7个，其中产出指标4个、效益指标2个、满意度指标1个。按指标性质分，定量指标6个、定性指标1个。';
    expect(errors(text)).toEqual([]);
  });
});
