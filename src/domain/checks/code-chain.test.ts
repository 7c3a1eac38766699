import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

/** A small 支出决算表: one 类, two 款, two 项 under the first — two parent rows in all. */
const SMALL = (kuan: string, lei = '150.00') =>
  [
    '一般公共预算财政拨款支出决算表',
    '                                  单位：万元',
    '科目编码  科目名称                  决算数',
    `201       一般公共服务支出          ${lei}`,
    `20101     人大事务                  ${kuan}`,
    '2010101   行政运行                   80.00',
    '2010102   一般行政管理事务           20.00',
    '20103     政府办公厅（室）及相关机构事务  50.00',
  ].join('\n');

const codeSums = (text: string) => checkTextReport(text).findings.filter((f) => f.rule === 'table.code-sum');

describe('one wrong figure failing its 款 and its 类 in a small table', () => {
  it('holds on the clean table', () => {
    expect(checkTextReport(SMALL('100.00')).findings).toEqual([]);
  });

  it('reports the wrong 款 against its 项 (one finding), not dropping the column', () => {
    expect(codeSums(SMALL('110.00'))).toEqual([
      expect.objectContaining({ line: 5, expected: '100.00', found: '110.00', severity: 'error' }),
    ]);
  });

  it('ties nothing together when no single figure explains both failures', () => {
    // 款 off by 10 against its 项, 类 off by 5 against its 款: two figures wrong, or not a sum at all.
    expect(codeSums(SMALL('110.00', '155.00'))).toEqual([]);
  });
});
