import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

describe('a 反向 indicator whose 指标性质 shares the target’s cell', () => {
  const form = (score: string, rule = '') =>
    [
      '                    项目支出绩效自评表',
      '  一级指标   二级指标     三级指标     指标性质 年度指标值   实际完成值   分值     得分   偏差原因分析',
      '  产出指标   数量指标     巡检站点数        正向 ≥40个         42个      20       20.00',
      `  满意度指标 满意度指标   群众投诉率        反向 ≤2%          2.5%       10       ${score}   处理延迟`,
      '  效益指标   社会效益     群众知晓率        正向 ≥85%         88%        20       20.00',
      rule,
    ].join('\n');
  it('is an error when the missed ceiling got full marks', () => {
    expect(errors(form('10.00'))).toEqual(['4 score.rule 8.00 10.00']);
  });
  it('takes the document’s own deviation rule for a 反向 indicator', () => {
    const rule =
      '说明：反向指标：实际完成值≤年度指标值得满分，超过的按（1−(实际完成值−年度指标值)/年度指标值）×分值计分。';
    expect(errors(form('10.00', rule))).toEqual(['4 score.rule 7.50 10.00']);
  });
  it('gives no error when the score is deducted', () => {
    expect(errors(form('7.50'))).toEqual([]);
  });
});

describe('the 自评结论 under a 自评表 against its 总分', () => {
  const form = (stated: string) =>
    [
      '                    项目支出绩效自评表',
      '  一级指标   二级指标     三级指标        年度指标值   实际完成值   分值     得分',
      '  产出指标   数量指标     巡检站点数        ≥40个         42个         50       50.00',
      '  效益指标   社会效益     群众知晓率        ≥85%          80%          50       47.06',
      '                总分                                                100      97.06',
      `  自评结论：该项目年度预算80.00万元，经自评，该项目绩效自评得分为${stated}分，评价等级为“优”。`,
    ].join('\n');
  it('is an error when the conclusion states another score', () => {
    expect(errors(form('96.70'))).toEqual(['6 figure.text-table 97.06分 96.70分']);
  });
  it('holds when it states the 总分', () => {
    expect(errors(form('97.06'))).toEqual([]);
  });
});

describe('a 绩效运行监控表', () => {
  const form = (answer: string, date = '2031年7月6日', text = '预计全年完成安装260盏。') =>
    [
      '                   项目支出绩效运行监控表',
      '                      （2031年度1-6月）',
      '项目名称   路灯改造项目      主管部门    某某县住建局',
      ' 一级指标   二级指标    三级指标    年度指标值 1-6月实际完成值 全年预计完成值 是否可能完成 偏差原因 完成目标可能性',
      ' 产出指标   数量指标    路灯安装数量 ≥300盏      120盏        260盏       ' +
        answer +
        '        资金未到位 有可能',
      ' 产出指标   质量指标    验收合格率   ≥95%        96%          97%         是        —     确定能',
      `总体执行情况 截至2031年6月30日，项目执行正常。${text}`,
      `填报单位（盖章）：某某县住建局 填报人：王某 填报日期：${date}`,
    ].join('\n');
  it('is an error when a row answers 是 while its 全年预计 misses the target', () => {
    expect(errors(form('是'))).toEqual(['5 completion.forecast 否 是']);
  });
  it('holds with 否', () => {
    expect(errors(form('否'))).toEqual([]);
  });
  it('is an error when the text restates another expected value than the row’s', () => {
    expect(errors(form('否', '2031年7月6日', '预计全年完成安装280盏。'))).toEqual([]);
    expect(errors(form('否', '2031年7月6日', '预计全年完成280盏。'))).toEqual([
      '7 figure.text-table 260盏 280盏',
    ]);
  });
  it('is an error when filled in before the monitored period ended', () => {
    expect(errors(form('否', '2030年7月6日'))).toEqual(['8 year.filing-date 2031年6月以后 2030年7月']);
    expect(errors(form('否', '2031年5月6日'))).toEqual(['8 year.filing-date 2031年6月以后 2031年5月']);
  });
});
