/**
 * A 项目支出绩效自评报告 in prose with its summary table, and a 部门预算 说明 (table-rules.ts' 小计 groups,
 * prose-completion.ts, named-row-scores.ts, period-dates.ts, scoped-parts.ts, named-whole-shares.ts). Made-up
 * units, names and figures.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

type Opts = {
  rate?: string;
  quality?: string;
  done?: string;
  gear?: string;
};

const report = (o: Opts = {}): string =>
  [
    '      2031年青禾河湿地巡护项目',
    '              绩效自评报告',
    '一、项目基本情况',
    '    （一）项目概况。项目实施期为2031年1月1日至2031年12月31日。',
    '    （二）项目资金情况。该项目2031年年初预算300.00万元，年中根据巡护任务调整追加',
    '预算20.00万元，全年预算数320.00万元，全部为市级财政拨款。截至2031年12月31日，项',
    `目资金到位320.00万元，资金到位率100.00%；实际执行304.00万元，预算执行率${o.rate ?? '95.00'}%，`,
    '结余资金16.00万元已按规定交回财政。',
    `    从支出结构看，项目执行304.00万元中，设备购置${o.gear ?? '84.00'}万元，巡护劳务150.00万元，`,
    '监测化验40.00万元，差旅及交通30.00万元。',
    '二、绩效指标完成情况',
    '    1.数量指标。巡护点位目标值为30个，实际完成30个。数量指标分值20分，得20分。',
    `    2.质量指标。巡护记录合格率目标值为不低于98%。质量指标分值20分，得${o.quality ?? '18'}分。`,
    `    3.时效指标。全部巡护任务已于${o.done ?? '2031'}年11月30日前完成。时效指标分值10分，得10分。`,
    '    4.社会效益指标。社会效益指标分值20分，得19分。',
    '三、绩效自评结果',
    '  经自评，该项目绩效自评得分94.50分，评价等级为“优”。自评结果汇总如下表：',
    '    一级指标              二级指标           分值          得分',
    '预算执行率        —                          10          9.50',
    '产出指标         小计                         50        48.00',
    '             数量指标                       20        20.00',
    '             质量指标                       20        18.00',
    '             时效指标                       10        10.00',
    '效益指标         小计                         30        28.00',
    '             社会效益指标                     20        19.00',
    '             生态效益指标                     10         9.00',
    '满意度指标        服务对象满意度指标                  10         9.00',
    '总分                                     100        94.50',
  ].join('\n');

const errors = (text: string): string[] =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.found}`);

describe('a 绩效自评报告 with a summary table', () => {
  it('holds as written: a 小计 printed first sums its own rows, not the next 一级', () => {
    expect(errors(report())).toEqual([]);
  });
  it('reads the 预算执行率 after "；" against the budget of the sentence before', () => {
    expect(errors(report({ rate: '96.00' }))).toEqual(['7 completion.percent 96.00%']);
  });
  it('holds a 二级 score in the text to its table row', () => {
    expect(errors(report({ quality: '17' }))).toEqual(['13 figure.text-table 17分']);
  });
  it('finds a task done years before the project began', () => {
    expect(errors(report({ done: '2021' }))).toEqual(['14 year.mismatch 2021年']);
    expect(errors(report({ done: '2030' }))).toEqual([]);
  });
  it('finds items listed under an outturn adding up to more than it', () => {
    expect(errors(report({ gear: '94.00' }))).toEqual(['9 sum.parts 314.00万元']);
    // (Fewer: a list may name the main items only.)
    expect(errors(report({ gear: '74.00' }))).toEqual([]);
  });
});

const budget = (share: string): string =>
  [
    '一、一般公共预算当年拨款规模变化情况',
    '    2032年本部门一般公共预算当年拨款2,000.00万元，比2031年预算增加100.00万元，增长5.26%。',
    `    （一）教育支出（类）300.00万元，占一般公共预算当年拨款的${share}%，比2031年预算增加10.00万元。`,
    '    （二）卫生健康支出（类）1,700.00万元，占一般公共预算当年拨款的85.00%。',
    '二、绩效目标设置情况',
    '    2032年本部门实行绩效目标管理的项目5个，涉及一般公共预算当年拨款600.00万元。',
  ].join('\n');

// (The name stated again later with another amount: the whole is the one its own section states.)
describe('a share of the whole a section states in its lead', () => {
  it('holds as the part over that whole', () => {
    expect(errors(budget('15.00'))).toEqual([]);
  });
  it('is an error otherwise', () => {
    expect(errors(budget('16.00'))).toEqual(['3 share.percent 16.00%']);
  });
});
