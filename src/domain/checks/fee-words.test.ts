/**
 * A 三公 notice's direction on last year in words alone ("，与上年增长。") against its table's two years
 * (fee-changes.ts checkWordOnly); the table's header over two lines, its % columns touching the amounts'
 * (table-model.ts headerWithMarks).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

const notice = (word: string, other = '') => `某县档案馆2031年度“三公”经费财政拨款支出决算情况说明
                                                                            单位：元
     项目      2031年预算数 2031年决算数 2030年决算数 决算数占预算                比上年增减额 比上年增
                （元）        （元）        （元）        数%             （元）        减%
合计               60,000.00  52,000.00  50,000.00  86.67%          2,000.00   4.00%
1.因公出国（境）费        0.00       0.00       0.00       —              0.00       —
2.公务用车购置及运       40,000.00  36,000.00  34,000.00  90.00%          2,000.00   5.88%
行维护费
  其中：公务用车购           0.00        0.00        0.00       —              0.00       —
置费
     公务用车运       40,000.00   36,000.00   34,000.00  90.00%          2,000.00   5.88%
行维护费
3.公务接待费         20,000.00  16,000.00  16,000.00  80.00%              0.00   0.00%
    （三）公务接待费。支出决算16,000.00元，完成预算的80.00%，占“三公”经费支出的30.77%，与上年${word}。${other}
`;

describe('a direction on last year in words alone', () => {
  it('is held to the table’s two years for the item the paragraph is about', () => {
    expect(errors(notice('增长'))).toEqual(['14 change.flat 持平 增长']);
  });
  it('gives nothing when it fits', () => {
    expect(errors(notice('持平'))).toEqual([]);
  });
  it('is not read when its clause names another figure', () => {
    expect(errors(notice('持平', '剔除会议因素后，日常接待支出比上年下降。'))).toEqual([]);
  });
});
