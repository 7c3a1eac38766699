/**
 * A 财政拨款收入支出决算总表 printed by a browser, its wrapped 类 labels and repeated header leaving it in many pieces,
 * with its 一般公共预算财政拨款支出决算表 (units, names and figures made up): a 类 row's one 财政拨款 figure and the
 * 年末财政拨款结转和结余 row's figures held to the 本年支出合计 and 总计 rows' columns.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const TEXT = [
  `\x0c        青禾县水务局2025年度财政拨款收入支出决算总表                                   单位：万元`,
  `        收入                                     支出`,
  `    项目     决算数           项目      合计        一般公共预算财政 政府性基金预算财 国有资本经营预算`,
  `                                              拨款       政拨款     财政拨款`,
  `一、一般公共预算财  9,000.00 一、一般公共服务支出`,
  `政拨款`,
  `二、政府性基金预算    300.00 二、外交支出`,
  `财政拨款`,
  `三、国有资本经营预           三、国防支出`,
  `算财政拨款`,
  `                    四、公共安全支出`,
  `                    五、教育支出`,
  `                    六、科学技术支出`,
  `                    七、文化旅游体育与传`,
  `                    媒支出`,
  `                    八、社会保障和就业支 500.00           500.00`,
  `                    出`,
  `                    九、卫生健康支出      200.00        200.00`,
  `                    十、节能环保支出`,
  `                    十一、城乡社区支出`,
  `                    十二、农林水支出    8,000.00       7,700.00   300.00`,
  `                    十三、交通运输支出`,
  `                    十四、资源勘探工业信`,
  `                    息等支出`,
  `                    十五、商业服务业等支`,
  `                    出`,
  `\x0c          收入                                    支出`,
  `     项目        决算数        项目      合计        一般公共预算财政 政府性基金预算财 国有资本经营预算`,
  `                                               拨款       政拨款     财政拨款`,
  `                     十六、金融支出`,
  `                     十七、援助其他地区支`,
  `                     出`,
  `                     十八、自然资源海洋气`,
  `                     象等支出`,
  `                     十九、住房保障支出     400.00        400.00`,
  `                     二十、粮油物资储备支`,
  `                     出`,
  `                     二十一、国有资本经营`,
  `                     预算支出`,
  `                     二十二、灾害防治及应`,
  `                     急管理支出`,
  `                     二十三、其他支出`,
  `                     二十四、抗疫特别国债`,
  `                     安排的支出`,
  `本年收入合计      9,300.00 本年支出合计      9,100.00       8,800.00   300.00`,
  `年初财政拨款结转和     500.00 年末财政拨款结转和结 700.00            650.00    50.00`,
  `结余                   余`,
  `一、一般公共预算财     450.00`,
  `政拨款`,
  `二、政府性基金预算      50.00`,
  `财政拨款`,
  `三、国有资本经营预`,
  `算财政拨款`,
  `    总计      9,800.00      总计     9,800.00       9,450.00   350.00`,
  `注：本表反映部门本年度财政拨款总收支和结转结余情况。`,
  `          青禾县水务局2025年度一般公共预算财政拨款支出决算表                     单位：万元`,
  `                  项目                合计         基本支出       项目支出`,
  `   功能分类科目编码            科目名称`,
  `                  合计                 8800.00    1500.00     7300.00`,
  `208           社会保障和就业支出               500.00     500.00`,
  `20805         行政事业单位养老支出              500.00     500.00`,
  `210           卫生健康支出                    200.00     200.00`,
  `21011         行政事业单位医疗                200.00     200.00`,
  `213           农林水支出                   7700.00     400.00     7300.00`,
  `21303         水利                      7700.00     400.00     7300.00`,
  `221           住房保障支出                  400.00     400.00`,
  `22102         住房改革支出                  400.00     400.00`,
  `注：本表反映部门本年度一般公共预算财政拨款支出情况。`,
].join('\n');

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`);
/** The 1-based line of the first line holding `label`. */
const lineOf = (label: string) => TEXT.split('\n').findIndex((l) => l.includes(label)) + 1;

describe('a 财政拨款总表 in many pieces', () => {
  it('gives no error when its rows and columns hold', () => {
    expect(errors(TEXT)).toEqual([]);
  });

  it('reports a 类 row whose one 财政拨款 figure is not its 合计', () => {
    const text = TEXT.replace(
      '十九、住房保障支出     400.00        400.00',
      '十九、住房保障支出     400.00        440.00',
    );
    expect(errors(text)).toContain(`table.row-sum L${lineOf('十九、住房保障支出')} 400.00 440.00`);
  });

  it('reports the 年末结转和结余 figure its column’s 总计 does not hold with', () => {
    const text = TEXT.replace('700.00            650.00    50.00', '700.00            605.00    50.00');
    expect(errors(text)).toContain(`table.row-sum L${lineOf('年末财政拨款结转和结')} 650.00 605.00`);
  });

  it('blames no 财政拨款 figure when the row’s 合计 is the one its column does not hold with', () => {
    const text = TEXT.replace('700.00            650.00    50.00', '760.00            650.00    50.00');
    expect(errors(text).filter((e) => e.includes('650.00'))).toEqual([]);
  });
});
