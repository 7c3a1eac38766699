/**
 * Tables printed by pdftotext with merged or wrapped cells: a 评分表 whose 一级 and 二级 names are merged over
 * their rows, closed by 小计 rows (score-trees.ts mergedTreeOf, its 得分率 column, the 一级 scores in the text
 * after their 满分); a 半年 监控 summary whose header labels wrap over two lines, with a 是否存在偏差 column, and
 * a table of each project's core indicator under "年度目标值 1—6月完成值 完成进度（%）" (monitor-forms.ts). Names
 * and figures made up.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.found}`);

const SHEET = {
  prose: '18.40',
  rate: '83.33',
  subtotal: '17.00',
  total: '86.50',
};

const evaluation = (changes: Partial<typeof SHEET> = {}) => {
  const o = { ...SHEET, ...changes };
  return `          某州2030年度河道保洁专项资金绩效评价报告
一、评价结论
    经评价，该专项资金综合得分86.50分。其中：投入指标满分20分，得分${o.prose}分，得分率92.00%；管理指标满分30分，
得分26.10分，得分率87.00%；产出指标满分30分，得分25.00分，得分率83.33%；效益指标满分20分，得分17.00分，
得分率85.00%。
附件
            某州2030年度河道保洁专项资金绩效评价评分表
一级指标   二级指标        三级指标      分值 得分 得分率（%）
             保洁标准明确性            6 6.00  100.00
        目标设置
 投入          目标细化程度            6 5.40   90.00
        资金安排 资金测算合理性            8 7.00   87.50
                小计             20 18.40  92.00
             资金拨付及时性            10 9.00   90.00
        资金管理
 管理          资金使用合规性            10 8.60   86.00
        组织管理 验收制度执行            10 8.50   85.00
                小计             30 26.10  87.00
        产出数量 保洁河道长度             12 10.00   ${o.rate}
 产出     产出质量 水面漂浮物控制            10 8.00   80.00
        产出时效 保洁及时性              8 7.00   87.50
                小计             30 25.00  83.33
             水体感官改善            10 8.50   85.00
 效益    社会效益
             沿岸群众满意度            10 8.50   85.00
                小计             20 ${o.subtotal}  85.00
             合计               100 ${o.total}  86.50
注：得分率=得分÷分值×100%。
`;
};

describe('a 评分表 with merged 一级 and 二级 cells, closed by 小计 rows', () => {
  it('gives nothing when its figures hold', () => {
    expect(errors(evaluation())).toEqual([]);
  });
  it("finds a 得分率 that is not the row's 得分 ÷ 分值", () => {
    expect(errors(evaluation({ rate: '88.33' }))).toEqual(['19 score.rate 88.33']);
  });
  it('finds a 小计 that is not the sum of its rows (not the 合计 again, nor its rate)', () => {
    expect(errors(evaluation({ subtotal: '18.00' }))).toEqual(['26 score.sum 18.00']);
  });
  it("finds a 一级 score in the text, after its 满分, that is not the table's 小计", () => {
    expect(errors(evaluation({ prose: '19.40' }))).toEqual(['3 figure.text-table 19.40分']);
  });
});

const MONITOR = {
  rate: '60.00',
  forecast: '97.50',
  budget: '1,420.00',
  answer: '是',
  progress: '40.00',
};

const monitoring = (changes: Partial<typeof MONITOR> = {}) => {
  const o = { ...MONITOR, ...changes };
  return `                某市水务局
    2031年1—6月预算绩效运行监控情况汇总报告
一、预算执行总体情况
    纳入本次监控的5个项目全年预算合计1,420.00万元，按时序进度（50%）衡量，部分项目执行进度未达到时序进度要求。
             表1 2031年1—6月项目预算执行监控情况表
                                                单位：万元、%
序    项目名称   全年预 1—6月执行 执行 预计全年执行 预计执行 是否存在偏
号             算      数        率    数        率       差
1 城区供水管网改
  造            400.00   240.00 ${o.rate}   390.00 ${o.forecast} 否
2 水质在线监测    200.00   130.00 65.00   196.00 98.00 否
3 农村饮水安全巩固 500.00   150.00 30.00   480.00 96.00 是
4 排水防涝设施维护 200.00    60.00 30.00   190.00 95.00 ${o.answer}
5 节水宣传       120.00    80.00 66.67   118.00 98.33 否
    合计     ${o.budget}   660.00 46.48 1,374.00 96.76 —
二、绩效目标实现情况
  5个项目中，核心指标完成进度达到50%以上的项目3个，详见表2。
          表2 2031年1—6月核心绩效指标完成情况表
序号    项目名称      绩效指标   年度目标值 1—6月完成值 完成进度（%）
 1 城区供水管网改造   改造管网长度   ≥40公里     24公里    60.00
 2 水质在线监测     监测点位数     ≥50个      30个    60.00
 3 农村饮水安全巩固   巩固提升工程数 ≥20处      6处     30.00
 4 排水防涝设施维护   维护泵站数量   ≥25座      10座    ${o.progress}
 5 节水宣传       宣传活动场次   ≥12场      8场     66.67
三、下一步工作
    下一步，我局将加快执行进度。
`;
};

describe('a 半年 监控 summary with wrapped header labels and a 是否存在偏差 column', () => {
  it('gives nothing when its figures hold', () => {
    expect(errors(monitoring())).toEqual([]);
  });
  it("finds a row's 执行率 that is not its outturn ÷ 全年预算 (the name wrapped onto a second line)", () => {
    expect(errors(monitoring({ rate: '50.00' }))).toEqual(['10 completion.percent 50.00%']);
  });
  it("finds a row's 预计执行率 that is not its forecast ÷ 全年预算", () => {
    expect(errors(monitoring({ forecast: '95.50' }))).toEqual(['10 completion.percent 95.50%']);
  });
  it('finds a 合计 全年预算 that is not the sum of the rows', () => {
    expect(errors(monitoring({ budget: '1,320.00' }))).toEqual(['15 sum.parts 1320.00']);
  });
  it('finds a row below the stated 时序进度 answering 否 where the others below it answer 是', () => {
    expect(errors(monitoring({ answer: '否' }))).toEqual(['13 monitor.deviation 否']);
  });
  it('finds a 完成进度 that is not 完成值 ÷ 目标值 in the table of core indicators', () => {
    expect(errors(monitoring({ progress: '45.00' }))).toEqual(['23 completion.target 45.00%']);
  });
});
