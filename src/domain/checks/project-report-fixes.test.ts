/**
 * A project's 绩效自评报告 as its own: the title's year without 年度 (context.ts), 小计 labels wrapped onto the next
 * line (wrapped-subtotals.ts), a 占比 column of a 合计 (share-columns.ts), works finished before they began
 * (work-dates.ts), a 预算执行率 whose budget is in the paragraph above (budget-above.ts), and a figure restated in
 * 元 against a table's 万元 (figure-claims.ts finerAgrees). Invented units and figures.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';
import { finerAgrees } from './figure-claims.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.found}`);

describe('the year of a project report titled "YYYY年…项目", evaluated the next year', () => {
  const report = (title: string) => `${title}
       绩效自评报告
  项目主管部门：某某县水利局
        评价时间：2032年3月
一、项目概况
    项目年度预算资金800.00万元，截至2031年12月31日，资金全部到位。项目实际支出760.00万元。
二、下一步措施
    将本次自评结果作为2032年度同类项目预算安排的重要依据。
`;

  it('is the title’s year: a 2031 year-end is right', () => {
    expect(errors(report('2031年某某县小型水库除险加固项目'))).toEqual([]);
  });

  it('still tells a year-end of another year than the title’s', () => {
    expect(errors(report('2030年某某县小型水库除险加固项目'))).toEqual(['6 year.mismatch 2031年']);
  });
});

describe('a score table whose 小计 labels wrap onto the next line', () => {
  // (Printed by position, as pdftotext -layout sets a table: the 小计 block after all the indicator rows.)
  const table = (sub: string) => `某项目绩效自评表
一级指标    二级指标        三级指标            目标值      完成值      完成率    分值  得分
预算执行    预算执行率      预算执行率          100%        95.00%      95.00%    10    9.50
产出指标    数量指标        新建泵站数量        ≥4座       4座         100.00%   20    20.00
产出指标    质量指标        验收合格率          100%        100%        100.00%   15    15.00
产出指标    时效指标        完工及时率          100%        90%         90.00%    15    13.50
效益指标    社会效益指标    受益人口            ≥3000人    3200人      106.67%   20    20.00
效益指标    生态效益指标    灌溉面积增加        ≥500亩     480亩       96.00%    10    9.60
满意度指标  服务对象满意
            度指标          群众满意度          ≥90%       93%         103.33%   10    10.00
产出指标小                                                                        50    ${sub}
计
效益指标小                                                                        30    29.60
计
满意度指标                                                                        10    10.00
小计
合计                                                                              100   97.60
`;

  it('reads them as 小计: no sum of 190 against the 合计', () => {
    expect(errors(table('48.50'))).toEqual([]);
  });

  it('judges each 小计 by its group’s rows, named', () => {
    expect(errors(table('48.05'))).toEqual(['11 score.sum 48.05']);
  });
});

describe('a 占比 column of a table’s 合计 (share-columns.ts)', () => {
  const table = (share: string, last = '10.00%') => `项目资金使用情况如下表：
表1 资金使用情况表（单位：万元）
支出内容	金额	占比
泵站设备购置	300.00	30.00%
管网铺设	${'400.00'}	${share}
监理设计	200.00	20.00%
其他	100.00	${last}
合计	1,000.00	100.00%
`;

  it('reports a row whose share is not its amount ÷ the 合计', () => {
    expect(errors(table('42.00%'))).toEqual(['5 table.rate 42.00%']);
  });

  it('gives nothing when every share holds', () => {
    expect(errors(table('40.00%'))).toEqual([]);
  });

  it('leaves a share adjusted by a unit so that the column adds up to 100', () => {
    const thirds = `表2 支出构成表（单位：万元）
支出内容	金额	占比
设备	100.00	33.33%
材料	100.00	33.33%
人工	100.00	33.34%
其他	0.00	0.00%
合计	300.00	100.00%
`;
    expect(errors(thirds)).toEqual([]);
  });
});

describe('works finished before they began (work-dates.ts)', () => {
  const text = (done: string) => `二、项目实施进度
    2031年2月10日，县发展改革局批复项目实施方案；2031年3月5日完成施工招标，3月18日全面开工建设；${done}全部工程完工，11月20日组织完成竣工验收。
`;

  it('reports a 完工 date before the 开工 date', () => {
    expect(errors(text('2030年9月30日'))).toEqual(['2 year.mismatch 2030年9月30日']);
  });

  it('gives nothing when the works end after they began', () => {
    expect(errors(text('2031年9月30日'))).toEqual([]);
  });

  it('leaves a deadline and another phase alone', () => {
    const other = `    一期工程于2029年10月完工，二期工程2031年3月18日开工建设。
    项目于2031年3月18日开工，要求2031年11月底前完工。
`;
    expect(errors(other)).toEqual([]);
  });
});

describe('a 预算执行率 whose budget is stated in the paragraph above (budget-above.ts)', () => {
  const text = (spent: string) => `一、项目概况
    （一）资金来源。项目年度预算资金2,000.00万元，其中：中央补助资金1,200.00万元；县级配套资金800.00万元。资金全部到位，到位率100.00%。
    （二）资金使用情况。截至年底，项目实际支出${spent}万元，预算执行率95.00%，结余资金100.00万元。
`;

  it('reports a rate that is not the outturn ÷ that budget', () => {
    expect(errors(text('1,850.00'))).toEqual(['3 completion.percent 95.00%']);
  });

  it('gives nothing when it is', () => {
    expect(errors(text('1,900.00'))).toEqual([]);
  });

  it('reads no budget of a paragraph stating other amounts beside it', () => {
    const two = `    （一）资金来源。项目年度预算资金2,000.00万元，上年结转资金300.00万元。
    （二）资金使用情况。项目实际支出1,850.00万元，预算执行率95.00%。
`;
    expect(errors(two)).toEqual([]);
  });
});

describe('a figure restated in 元 against a table’s 万元 (finerAgrees)', () => {
  it('agrees when it rounds to the table’s figure', () => {
    expect(finerAgrees('56321.45', '元', '5.63', '万元')).toBe(true);
    expect(finerAgrees('56321.45', '元', '5.64', '万元')).toBe(false);
    // (Not the other way round: a coarser figure is judged by its own rounding.)
    expect(finerAgrees('5.63', '万元', '56321.45', '元')).toBe(false);
  });
});
