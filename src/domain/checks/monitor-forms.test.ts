/**
 * A 绩效运行监控报告 with wrapped tables (monitor-forms.ts), its 监控时点 (cutoff-years.ts) and a count of projects
 * named in brackets (named-counts.ts); a 执行情况表 under a header line of words (rate-tables.ts). Names and
 * figures made up.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.found}`);

const CLEAN = {
  date: '2031年6月30日',
  n: '2',
  rate: '60.00',
  total: '526.00',
  budget: '400.00',
  progress: '52.00%',
};

const report = (changes: Partial<typeof CLEAN> = {}) => {
  const o = { ...CLEAN, ...changes };
  return `                 某县农业农村局
            2031年度部门项目绩效运行监控报告
一、监控工作开展情况
    根据县财政局通知要求，我局对纳入2031年度绩效运行监控范围的4个项目开展了绩效运行监控，监控时点为
${o.date}。
二、预算执行总体情况
    截至2031年6月30日，纳入监控的4个项目中，执行率达到序时进度的项目2个（耕地地力保护补贴发放、农机购置补贴兑付），
低于序时进度的项目${o.n}个（畜禽粪污资源化利用、农产品质量安全检测）。
             表1 2031年度项目预算执行监控汇总表
                                                   单位：万元
序 项目名称      全年预算 1-6月执 执行率 预计全年 预计执行             偏差原因
号             数     行数 （%） 执行数 率（%）
1 耕地地力保
  护补贴发放      400.00 240.00 60.00 396.00 99.00 按序时推进，无明
                                              显偏差
  农机购置补                                       补贴按季度结
2 贴兑付          250.00 150.00 ${o.rate} 245.00 98.00 算，三季度补贴9月
                                              拨付
3 畜禽粪污资
  源化利用        320.00 96.00 30.00 304.00 95.00 设备招标中
  农产品质量
4 安全检测        160.00 40.00 25.00 152.00 95.00 检测集中在下半年
   合计     1,130.00 ${o.total}   46.55 1,097.00   97.08
三、各项目绩效目标运行情况
    畜禽粪污资源化利用项目设备正在招标，农产品质量安全检测项目检测集中在下半年。
  （一）耕地地力保护补贴发放
  该项目全年预算400.00万元，1-6月执行240.00万元。
         表2 耕地地力保护补贴发放绩效目标运行监控表
                                                       单位：万元
项目 耕地地力保护补贴发放           主管部门 某县农业农村局
名称
年度
预算 ${o.budget} 其中：财政
            拨款   380.00 其他资金    20.00 实施单位 局属相关科室
 数
1-6
月执 240.00 执行率（%） 60.00 预计全年
                         执行数  396.00 预计执行
                                     率（%）      99.00
行数
一级 二级指标 三级指标 年度指标 1-6月实 全年预计 完成进度/ 原因分析及纠
指标                值 际完成值 完成值 偏差              偏措施
产出 数量指标 补贴发放农 ≥5000户 2600户 5050户 ${o.progress} 按计划推进，
指标        户数                                   预计可完成
产出 质量指标 补贴发放准 100% 100% 100% 无偏差 运行正常
指标        确率
`;
};

describe('a 绩效运行监控报告 with wrapped tables', () => {
  it('gives nothing when its figures hold', () => {
    expect(errors(report())).toEqual([]);
  });
  it('finds a 监控时点 in another year than the report', () => {
    expect(errors(report({ date: '2030年6月30日' }))).toEqual(['5 year.mismatch 2030年']);
  });
  it('finds a count of projects against the names in its brackets', () => {
    expect(errors(report({ n: '3' }))).toEqual(['8 count.enumeration 3个']);
  });
  it("finds a summary row's 执行率 that is not its outturn ÷ budget (the name wrapped over lines)", () => {
    expect(errors(report({ rate: '66.00' }))).toEqual(['17 completion.percent 66.00%']);
  });
  it('finds a 合计 that is not the sum of the rows, and leaves its rate alone', () => {
    expect(errors(report({ total: '562.00' }))).toEqual(['23 sum.parts 562.00']);
  });
  it("finds a 监控表's 年度预算数 that is not 财政拨款 + 其他资金", () => {
    expect(errors(report({ budget: '420.00' }))).toEqual(['33 sum.parts 420.00']);
  });
  it("finds an indicator's 完成进度 that is not actual ÷ target (a 全年预计 column between)", () => {
    expect(errors(report({ progress: '25.00%' }))).toEqual(['43 completion.target 25.00%']);
  });
});

describe('a 执行情况表 under a header line of words', () => {
  const table = (rate: string) => `某县水利局2031年度部门整体支出绩效自评报告
    全年支出1,880.00万元。
               表2 部门预算及执行情况表
                                        单位：万元
   项目  年初预算 调整后预算 执行数 执行率（%） 占执行数比重（%）
合计     1,700.00 2,000.00 1,880.00 ${rate}   100.00
一、基本支出    —     800.00 790.00 98.75    42.02
二、项目支出    —     1,200.00 1,090.00 90.83    57.98
`;
  it("finds the 合计 row's 执行率", () => {
    expect(errors(table('84.00'))).toEqual(['6 completion.percent 84.00%']);
  });
  it('gives nothing when the rates hold', () => {
    expect(errors(table('94.00'))).toEqual([]);
  });
});
