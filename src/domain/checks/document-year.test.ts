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
