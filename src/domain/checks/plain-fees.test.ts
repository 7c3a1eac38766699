import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.found}`);

/** A 决算 printed by plain pdftotext: the 三公 table's twelve figures one a line, then the text on them. */
const document = (figures: readonly string[], rate = '80.00') =>
  [
    '某区某局2031年度部门决算',
    '财政拨款“三公”经费支出决算表',
    '单位：万元',
    '合计 因公出国（境）费 公务用车购置及运行维护费 公务接待费',
    '小计 公务用车购置费 公务用车运行维护费',
    '预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数',
    ...figures,
    '注：本表反映部门本年度“三公”经费支出预决算情况。',
    '七、财政拨款“三公”经费支出决算情况说明',
    '“三公”经费财政拨款支出年初预算为 40.00 万元，支出决算为 30.00 万元，完',
    `成预算的 75.00%，其中：公务接待费支出决算为 8.00 万元，完成预算的 ${rate}%。`,
  ].join('\n');
const clean = [
  '40.00',
  '30.00',
  '0.00',
  '0.00',
  '30.00',
  '22.00',
  '0.00',
  '0.00',
  '30.00',
  '22.00',
  '10.00',
  '8.00',
];

describe('the national 三公 table as plain pdftotext prints it (plain-fees.ts)', () => {
  it('reads a clean table and the text on it without an error', () => {
    expect(errors(document(clean))).toEqual([]);
  });
  it('finds a row that does not add up', () => {
    const wrong = [...clean];
    wrong[5] = '24.00'; // 公务用车购置及运行维护费 决算数: 0.00 + 22.00 = 22.00
    expect(errors(document(wrong))).toEqual(['8 table.row-sum 30.00', '12 table.row-sum 24.00']);
  });
  it('holds the text’s completion rate to the table’s budget', () => {
    expect(errors(document(clean, '60.00'))).toEqual(['22 completion.percent 60.00%']);
  });
  it('reads nothing when fewer than twelve figures follow', () => {
    expect(errors(document(clean.slice(0, 10)))).toEqual([]);
  });
  it('reads the items and the twelve labels printed one a line', () => {
    const oneALine = (figures: readonly string[]) =>
      document(figures)
        .replace(
          '合计 因公出国（境）费 公务用车购置及运行维护费 公务接待费',
          '合计\n因公出国（境）费\n公务用车购置及运行维护费',
        )
        .replace(
          '小计 公务用车购置费 公务用车运行维护费',
          '小计\n公务用车购置费\n公务用车运行维护费\n公务接待费',
        )
        .replace(/预算数 决算数 .*决算数/, Array.from({ length: 6 }, () => '预算数\n决算数').join('\n'));
    expect(errors(oneALine(clean))).toEqual([]);
    expect(errors(oneALine(clean).replace('完成预算的 80.00%', '完成预算的 60.00%'))).toEqual([
      '38 completion.percent 60.00%',
    ]);
  });
  it('reads a header whose cells print out of order over many lines, the title far above the labels', () => {
    const scrambled = (figures: readonly string[]) =>
      document(figures).replace(
        '合计 因公出国（境）费 公务用车购置及运行维护费 公务接待费\n小计 公务用车购置费 公务用车运行维护费',
        [
          '财政拨款“三公”经费',
          '公务用车购置及运行维护费',
          '因公出国',
          '（境）费',
          '合计',
          '小计',
          '公务用车',
          '购置费',
          '公务用车',
          '运行维护费',
          '公务接待费',
        ].join('\n'),
      );
    expect(errors(scrambled(clean))).toEqual([]);
    const wrong = [...clean];
    wrong[1] = '31.00';
    expect(errors(scrambled(wrong))).toEqual(['17 table.row-sum 31.00']);
  });
});
