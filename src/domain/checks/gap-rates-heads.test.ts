/**
 * A completion rate after the outturn's gap to its budget, the budget left unprinted (prose-completion.ts); a
 * rate of a budget stated as "预算合计" (prose-completion.ts); an average per head of an amount named by its
 * expense (count-averages.ts); a 公务接待 批次 restated after the text says all receptions were 国内
 * (fee-counts.ts). Units, names and figures are made up.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

const gapNotice = (
  actual: string,
  gap: string,
  rate: string,
  word = '减少',
) => `青溪县档案馆2032年度“三公”经费说明
    2032年度“三公”经费财政拨款支出决算${actual}万元，比预算${word}${gap}万元，完成预算的${rate}%，主要是压减公务用车运行开支。
`;

describe('a completion rate after the gap to the budget (prose-completion.ts)', () => {
  // 7.36 ÷ (7.36 + 0.64) = 92.00%.
  it('holds: no error', () => {
    expect(errors(gapNotice('7.36', '0.64', '92.00'))).toEqual([]);
  });
  it('reports a rate that is not outturn ÷ (outturn + gap)', () => {
    expect(errors(gapNotice('7.36', '0.64', '82.00'))).toEqual(['2 completion.percent 92.00% 82.00%']);
  });
  it('reads 超支 as the budget below the outturn', () => {
    // 8.40 ÷ (8.40 − 0.40) = 105.00%.
    expect(errors(gapNotice('8.40', '0.40', '105.00', '超支'))).toEqual([]);
    expect(errors(gapNotice('8.40', '0.40', '95.00', '超支'))).toEqual([
      '2 completion.percent 105.00% 95.00%',
    ]);
  });
  it('does not read a gap and a rate of different budgets', () => {
    const other = gapNotice('7.36', '0.64', '82.00').replace('完成预算的', '完成调整预算的');
    expect(errors(other)).toEqual([]);
  });
});

const totalNotice = (rate: string) => `青溪县档案馆2032年度“三公”经费说明
    综上，本馆2032年度“三公”经费财政拨款支出年初预算合计20.00万元，决算合计18.50万元，完成年初预算的${rate}%。
`;

describe('a budget stated as 预算合计 (prose-completion.ts)', () => {
  it('is the rate’s budget', () => {
    expect(errors(totalNotice('92.50'))).toEqual([]);
    expect(errors(totalNotice('95.20'))).toEqual(['2 completion.percent 92.50% 95.20%']);
  });
});

const meals = (average: string) => `青溪县档案馆2032年度“三公”经费说明
    （三）公务接待费2.52万元，比预算减少0.48万元。主要用于接待上级业务指导，共接待国内公务来访15批次、120人次，人均接待费用${average}元。
`;

describe('an average per head of the amount named by its expense (count-averages.ts)', () => {
  // 25,200 ÷ 120 = 210.00元.
  it('holds: no error', () => {
    expect(errors(meals('210.00'))).toEqual([]);
  });
  it('reports an average no amount ÷ count gives', () => {
    expect(errors(meals('260.00'))).toEqual(['2 share.average 210.00元 260.00元']);
  });
  it('names no expected figure when two expenses come before it', () => {
    const two = meals('260.00').replace(
      '（三）公务接待费2.52万元',
      '（二）会议费1.10万元；（三）公务接待费2.52万元',
    );
    expect(errors(two).filter((e) => e.includes('share.average'))).toEqual([]);
  });
});

const school = (later: string) => `青溪县实验中学2032年度部门决算说明
    七、财政拨款“三公”经费支出决算情况说明。公务接待费支出决算0.96万元，全部为国内公务接待，共接待9批次、60人次。
    十、其他重要事项的情况说明。2032年度本单位共接待公务来访${later}批次，均按标准安排。
`;

describe('公务接待 批次 restated when all receptions were 国内 (fee-counts.ts)', () => {
  it('agree: no error', () => {
    expect(errors(school('9'))).toEqual([]);
  });
  it('differ: an error', () => {
    expect(errors(school('11'))).toEqual(['3 count.restated 9批次 11批次']);
  });
  it('are not compared when the text does not say all were 国内', () => {
    expect(errors(school('11').replace('全部为国内公务接待，共接待', '共接待国内公务来访'))).toEqual([]);
  });
});
