/**
 * Shapes met in a county 部门整体自评 report and a 单位决算说明's later sections (names and figures made up):
 *  - a table whose header pdftotext set one space apart ("类别 年初预算 调整预算 执行数 执行率") over rows set
 *    the same way ("甲类支出 500.00 520.00 494.00 95.00%");
 *  - "其中，甲项目全年预算数A万元，执行数B万元，执行率C%": a rate after 其中 with its own budget and outturn;
 *  - a year after the document's dating what is reported as done ("2062年，本部门…全年实际执行…");
 *  - "用于保障47名在职人员的工资福利" after "年末实有在职人员45人".
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const findings = (text: string) =>
  checkTextReport(text).findings.map((f) => `${f.line} ${f.severity} ${f.rule} ${f.expected} ${f.found}`);
const errors = (text: string) => findings(text).filter((f) => / error /.test(f));

describe('a tight header over tight labelled rows', () => {
  const text = (rate: string, total: string) =>
    [
      '                 表3 2031年度资金执行情况表（单位：万元）',
      '类别 年初预算 调整预算 执行数 执行率',
      '甲类支出 500.00 520.00 494.00 95.00%',
      `乙类支出 800.00 880.00 836.00 ${rate}`,
      `合计   1300.00 ${total} 1330.00 95.00%`,
    ].join('\n');
  it('reads the rows under their columns', () => {
    expect(errors(text('95.00%', '1400.00'))).toEqual([]);
    expect(errors(text('96.00%', '1400.00'))).toEqual(['4 error completion.percent 95.00% 96.00%']);
    expect(errors(text('95.00%', '1410.00'))).toEqual(['5 error sum.parts 1400.00 1410.00']);
  });
  it('leaves a header of another number of words as text', () => {
    const other = text('96.00%', '1400.00').replace(
      '类别 年初预算 调整预算 执行数 执行率',
      '类别 年初预算 调整预算 执行',
    );
    expect(errors(other)).toEqual([]);
  });
});

describe('a rate after 其中 with its own budget and outturn', () => {
  const text = (rate: string) =>
    `    其中，甲乙路灯维护项目全年预算数250.00万元，执行数240.00万元，执行率${rate}%，自评得分95.00分。`;
  it('is judged against them', () => {
    expect(errors(text('96.00'))).toEqual([]);
    expect(errors(text('69.00'))).toEqual(['1 error completion.percent 96.00% 69.00%']);
  });
  it('is not judged when the amounts are the list parts of a budget', () => {
    const parts = '    全年预算1000.00万元。其中，甲类预算600.00万元、乙类预算400.00万元，预算执行率95.00%。';
    expect(errors(parts)).toEqual([]);
  });
});

describe('a year after the document dating what was done', () => {
  const doc = (sentence: string) =>
    ['    某县某局2031年度部门整体支出绩效自评报告', '一、预算执行情况', `    ${sentence}`].join('\n');
  it('is reported in an outturn or an evaluation done', () => {
    expect(errors(doc('2013年，本部门年初预算300.00万元，全年实际执行290.00万元。'))).toEqual([]);
    expect(errors(doc('2031年，本部门年初预算300.00万元，全年实际执行290.00万元。'))).toEqual([]);
    expect(
      errors(
        doc('2013年，本部门年初预算300.00万元，全年实际执行290.00万元。').replace('2013年，', '2073年，'),
      ),
    ).toEqual(['3 error year.mismatch 2031年 2073年']);
    expect(errors(doc('按照要求，本单位对2073年度6个项目开展了绩效自评，涉及资金300.00万元。'))).toEqual([
      '3 error year.mismatch 2031年 2073年',
    ]);
  });
  it('leaves plans, targets and periods alone', () => {
    expect(errors(doc('计划到2035年，全县累计完成投资300.00万元。'))).toEqual([]);
    expect(errors(doc('项目建设期为2030—2034年，总投资300.00万元，已完成投资120.00万元。'))).toEqual([]);
    expect(errors(doc('2034年前，拟对6个项目开展了绩效评价。'))).toEqual([]);
  });
});

describe('a count of people before what they are', () => {
  const text = (n: string) =>
    [
      '    截至2031年12月31日，本单位核定编制50名。',
      '    年末实有在职人员45人，其中行政人员20人、事业人员25人。',
      `    基本支出中，人员经费600.00万元，用于保障${n}名在职人员的工资福利。`,
    ].join('\n');
  it('must be the count stated after their name', () => {
    expect(errors(text('45'))).toEqual([]);
    expect(errors(text('47'))).toEqual(['3 error count.restated 45名 47名']);
  });
  it('is not held to a count of other people', () => {
    const other = text('47').replace('用于保障47名在职人员', '用于保障47名编外人员');
    expect(errors(other)).toEqual([]);
  });
});

describe("a 绩效指标 table's 预算执行率 against the text", () => {
  const text = (actual: string, subject = '本部门') =>
    [
      '    某县某局2031年度部门整体支出绩效自评报告',
      `    2031年，${subject}调整预算500.00万元，全年实际执行480.00万元，预算执行率96.00%。`,
      '               表4 2031年度部门整体支出绩效指标评分表',
      '一级指标   二级指标 三级指标           指标值        实际完成值 分值 得分',
      `部门管理   资金投入 预算执行率          ≥95%         ${actual}    8  8.00`,
      '',
      '部门管理   资金投入 预算调整率          ≤10%         8.50%     4  4.00',
      '合计                                              12 12.00',
    ].join('\n');
  it('must be the rate the text states', () => {
    expect(errors(text('96.00%'))).toEqual([]);
    expect(errors(text('96.30%'))).toEqual(['5 error figure.text-table 96.00% 96.30%']);
  });
  it('is not held to a project rate', () => {
    expect(errors(text('96.30%', '甲乙项目'))).toEqual([]);
  });
});
