/**
 * A 三公 notice's table under the notice's title (no "…表" caption), its rows numbered "1.", an indented sub-item
 * whose name wraps back to the cell's left edge (table-model.ts isWrappedLabel, table-claims.ts threeFeesRows).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

const notice = (total: string) => `某县市场监督管理局2031年度“三公”经费财政拨款支出决算情况说明
                                                                            单位：元
     项目      2031年预算数  2031年决算数  2030年决算数
合计              ${total}  98,500.00  102,300.00
1.因公出国（境）费       0.00       0.00        0.00
2.公务用车购置及运       80,000.00  76,200.00  80,100.00
行维护费
  其中：公务用车购         0.00        0.00        0.00
置费
     公务用车运      80,000.00   76,200.00   80,100.00
行维护费
3.公务接待费         25,000.00   22,300.00   22,200.00
    2031年度“三公”经费财政拨款支出决算98,500.00元。
`;

describe('a 三公 table under a notice’s title', () => {
  it('adds its items to the 合计 in each column', () => {
    expect(errors(notice('115,000.00'))).toEqual(['4 table.row-sum 105000.00 115,000.00']);
  });
  it('gives nothing when they add up', () => {
    expect(errors(notice('105,000.00'))).toEqual([]);
  });
});
