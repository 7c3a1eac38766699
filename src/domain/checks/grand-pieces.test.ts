/**
 * A 财政拨款收入支出决算总表 whose 结转 line's numbered sub-items wrap, so the layout cuts the table between the
 * 合计 lines and the 总计 line (units and figures made up): each side's 总计 = its 合计 + the 结转 line between.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const doc = (grand: string) =>
  [
    '                  财政拨款收入支出决算总表',
    '                                                      单位：万元',
    '   本年收入合计   4,210.50     本年支出合计   4,150.20 4,150.20',
    '年初财政拨款结转和结余 130.40 年末财政拨款结转和结余      190.70 190.70',
    '一、一般公共预算财政拨 130.40',
    '款',
    '二、政府性基金预算财政',
    '拨款',
    `     总计      ${grand} 总计    4,340.90 4,340.90`,
    '注：本表反映部门本年度财政拨款总收支和结转结余情况。',
  ].join('\n');

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`);

describe('the 总计 of a 总表 cut between its 合计 and 总计 lines', () => {
  it('gives no error when both sides add up', () => {
    expect(errors(doc('4,340.90'))).toEqual([]);
    const claims = checkTextReport(doc('4,340.90')).claims.map((c) => c.arithmetic);
    expect(claims.some((c) => c.includes('“本年收入合计”加“年初财政拨款结转和结余”：4210.50 + 130.40'))).toBe(
      true,
    );
  });

  it('does not take a 行次 number printed before the 总计 for it', () => {
    const text = doc('4,340.90').replace('     总计      4,340.90', '     总计   9  4,340.90');
    expect(errors(text)).toEqual([]);
  });

  it('reports the 收入 side 总计 that is not its 合计 plus the 结转 line', () => {
    expect(errors(doc('4,430.90'))).toEqual(['table.total L9 4340.90 4,430.90']);
  });
});
