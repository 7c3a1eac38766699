/**
 * The document's year (context.ts guessYear): the title counts thrice, but a title whose year was not updated is
 * told by the text comparing with that year — a document never compares with its own year.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.found}`);

const notice = (
  titleYear: string,
) => `江北省临川县文化广电和旅游局${titleYear}年度“三公”经费财政拨款支出决算情况说
                 明
    根据有关规定，现将临川县文化广电和旅游局2031年度“三公”经费财政拨款支
出决算情况公开如下。
    2031年度“三公”经费财政拨款支出决算为18.40万元，比2030年度减少1.60万元，
下降8.00%，主要原因是压减公务接待。截至2031年12月31日，本局公务用车保有
量3辆。
`;

describe('the year of a document whose wrapped title was not updated', () => {
  it('is the text’s year when the text compares with the title’s', () => {
    expect(errors(notice('2030'))).toEqual(['1 year.heading 2030年度']);
  });

  it('gives nothing when the title is right', () => {
    expect(errors(notice('2031'))).toEqual([]);
  });

  it('keeps the title’s year when the text plans the next year without comparing with the title’s', () => {
    const plan = `某县教育局2031年度部门决算情况说明
    2031年度本部门支出决算为520.00万元。2032年度将继续实施学校维修项目，2032年度预算另行编制。
    截至2031年12月31日，本部门公务用车保有量2辆。
`;
    expect(errors(plan)).toEqual([]);
  });
});

describe('a table title ending in its year in brackets, right under another table', () => {
  const tables = (year: string) => `某县水利局2031年度部门决算
                    表1 收入决算表（2031年度）
                                                 单位：万元
科目编码 科目名称                 本年收入合计    财政拨款收入
213      农林水支出                   320.00         320.00
21303    水利                         320.00         320.00
2130301  行政运行                     320.00         320.00
                    表2 支出决算表（${year}年度）
                                                 单位：万元
科目编码 科目名称                 本年支出合计    基本支出
213      农林水支出                   320.00         320.00
21303    水利                         320.00         320.00
2130301  行政运行                     320.00         320.00
    2031年度本部门支出决算320.00万元。
`;
  it('is a title (not a row of the table above): its year is checked', () => {
    expect(errors(tables('2030'))).toEqual(['8 year.heading 2030年度']);
  });
  it('gives nothing when the year is right', () => {
    expect(errors(tables('2031'))).toEqual([]);
  });
});

describe('a form’s subtitle of its year alone above a one-space 项目名称 row', () => {
  const form = (name: string, year: string) => `\f                             项目支出绩效自评表
                                                                   （${year}年度）
项目名称 ${name}
主管部门 某市林业局                             实施单位 某市林业局
             年初预算数 全年预算数 全年执行数 分值                       执行率         得分
项目资金 年度资金总额      100.00   100.00     96.00          10      96.00%    9.60
`;
  // (A report wrapped at a width, so that the text's lines are known to wrap.)
  const report = `    2031年度本局对森林防火巡护、林木病虫害防治和古树名木保护
3个项目开展绩效自评，三个项目全年预算数合计300.00万元，全年执
行数合计288.00万元，预算执行率96.00%，各项目均按计划完成年度
目标任务，资金使用规范，管理制度健全，群众满意度较高，自评结果
将作为下一年度预算安排的重要依据，并按规定向社会公开相关信息。
`;
  const doc = (year: string) =>
    `${form('森林防火巡护', year)}${form('林木病虫害防治', '2031')}${form('古树名木保护', '2031')}${report}`;
  it('is its own paragraph: its year is checked', () => {
    expect(errors(doc('2030'))).toEqual(['2 year.heading 2030年度']);
  });
  it('gives nothing when the year is right', () => {
    expect(errors(doc('2031'))).toEqual([]);
  });
});
