/**
 * A 支出决算表 whose header labels pdftotext sets one space apart, with more labels over the item column than two
 * ("类 款项 科目名称") and a 年初预算数 column before 合计: each label to its figure column by order
 * (table-model.ts headerByCount), so 合计 is the second column, not the first.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

const doc = (stated: string) => `某省水文局2031年度部门决算
                表5 一般公共预算财政拨款支出决算表
                                                           单位：万元
类 款项             科目名称     年初预算数 合计 基本支出 项目支出 完成预算%
          合计               1,250.00 1,200.00 900.00 300.00  96.00
213       农林水支出          1,250.00 1,200.00 900.00 300.00  96.00
213 03 水利                   1,250.00 1,200.00 900.00 300.00  96.00
213 03 01 行政运行           950.00 900.00 900.00               94.74
213 03 06 水利工程运行与维护        300.00 300.00             300.00 100.00
    一般公共预算财政拨款支出情况。2031年度一般公共预算财政拨款支出${stated}万元，完成年初预算的96.00%。
`;

describe('a header with the item column’s words and a 年初预算数 column first', () => {
  it('reads 合计 from its own column', () => {
    expect(errors(doc('1200.00'))).toEqual([]);
  });

  it('compares the text with the 合计, not the 年初预算数', () => {
    expect(errors(doc('1210.00'))).toContainEqual(
      expect.stringMatching(/^figure\.text-table 1200\.00万元 1210\.00万元/),
    );
  });
});
