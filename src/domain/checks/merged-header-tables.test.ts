/**
 * A 财政局 summary of evaluated projects (names and figures made up) whose table header pdftotext ran three
 * labels into one cell ("执行数 执行率% 自评得分"), names wrapped onto the next line and a 合计 row without its
 * ordinal printed a few cells short: the header read split (headed-rows.ts), the rows by count, the 合计 row
 * right-aligned — its sums (merged-totals.ts), a row's grade (grade-columns.ts), the highest score
 * (score-extremes.ts) and the average (average-scores.ts) in headings with their text run in; grade counts
 * each followed by its share (count-sums.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

type Plants = Partial<{ exec: string; grade1: string; average: string; top: string; good: string }>;

const doc = (p: Plants = {}): string =>
  [
    '              青岭县财政局',
    '    关于2031年度县级项目绩效自评情况的汇总报告',
    '  本次纳入汇总的项目共4个，预算数合计1400.00万元，执行数合计1250.00万元。',
    '一、项目自评结果汇总',
    '             表1 2031年度县级项目绩效自评结果汇总表',
    '                                                 单位：万元',
    '序号      项目名称        主管部门   预算数 执行数 执行率% 自评得分 等级',
    `  1 甲镇道路养护项目     县交通运输局   500.00 450.00 90.00 92.4 ${p.grade1 ?? '优'}`,
    '  2 乙街道照明设施改造',
    '    工程           县城市管理局   300.00 270.00 90.00 87.6 良',
    '  3 丙村供水管网项目     县水利局      200.00 150.00 75.00 78.2 中',
    '  4 丁区图书馆运维项目   县文化广电和  400.00 380.00 95.00 91.0 优',
    '                 旅游局',
    `             合计           1400.00 ${p.exec ?? '1250.00'} 89.29 87.30 —`,
    '注：自评得分栏合计行为平均得分。',
    '二、自评结果分析',
    `    （一）等级分布。从自评等级看，4个项目中，评价等级为“优”的项目2个，占50.00%；“良”的项目${p.good ?? '1'}个，占25.00%；“中”的项目1个，占25.00%。`,
    `    （二）得分情况。4个项目自评平均得分${p.average ?? '87.30'}分。其中得分最高的是甲镇道路养护项目（县交通运输局），得分${p.top ?? '92.4'}分；得分最低的是丙村供水管网项目（县水利局），得分78.2分。`,
  ].join('\n');

const errors = (text: string): string[] =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule}`);

describe('a table of evaluated projects under a header of labels run into one cell', () => {
  it('finds nothing wrong in the clean document', () => {
    expect(errors(doc())).toEqual([]);
  });
  it('reads the short 合计 row right-aligned: its 执行数 against the items', () => {
    expect(errors(doc({ exec: '1260.00' }))).toContain('14 table.total');
  });
  it('judges a row grade against its score in the split 自评得分 column', () => {
    expect(errors(doc({ grade1: '良' }))).toContain('8 grade.score');
  });
  it('judges the stated average of the only score table in a heading with its text run in', () => {
    expect(errors(doc({ average: '88.30' }))).toContain('18 figure.text-table');
  });
  it('judges the highest score of an item named with its department in brackets', () => {
    expect(errors(doc({ top: '93.4' }))).toContain('18 figure.text-table');
  });
  it('sums grade counts each followed by its share', () => {
    expect(errors(doc({ good: '2' }))).toContain('17 count.sum');
  });
});
