/**
 * A third-party 重点项目 evaluation read back with plain pdftotext (names and figures made up): lists that are not
 * partitions, amounts restated in brackets, rates moved "由…到…", a rate of a 其中 count, indicators named in
 * brackets, the conclusion's grade and total deduction. Each reading with a correct variant that must give no error.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

const TITLE = '青禾县2024年度乡村道路项目绩效评价报告\n';

describe('a 其中 list that is not a partition of its total', () => {
  it('is not summed when an item has no amount and one is of the opposite measure (到位 / 未到位)', () => {
    const text = `${TITLE}截至2024年12月31日，项目资金到位2,860.00万元，资金到位率95.33%。其中省级资金全部到位，县级配套资金到位960.00万元，尚有140.00万元未到位。`;
    expect(errors(text)).toEqual([]);
  });

  it('is not summed with only an item without amount in it', () => {
    const text = `${TITLE}项目资金到位2,860.00万元。其中省级资金全部到位，县级配套资金960.00万元，社会资金100.00万元。`;
    expect(errors(text)).toEqual([]);
  });

  it('is not summed with only the opposite measure in it', () => {
    const text = `${TITLE}项目资金到位2,860.00万元。其中县级配套资金到位960.00万元，尚有140.00万元未到位。`;
    expect(errors(text)).toEqual([]);
  });

  it('still sums a list whose items all have amounts of the total’s measure', () => {
    const text = `${TITLE}项目资金到位2,860.00万元。其中省级资金1,800.00万元，县级配套资金到位960.00万元，社会资金110.00万元。`;
    expect(errors(text)).toContain('sum.parts 2860.00万元 2870.00万元');
    expect(errors(text.replace('110.00', '100.00'))).toEqual([]);
  });
});

describe('a 元 amount restated in 万元 in brackets', () => {
  const text = (car: string) =>
    `青禾县教育局2024年度部门决算\n2024年度“三公”经费财政拨款支出52,300.00元（折合5.23万元），其中公务接待费8,765.43元（折合0.88万元）；公务用车运行维护费${car}元。`;

  it('is one part, taken in 元 (not as 万元 with the wrong unit)', () => {
    expect(errors(text('43,534.57'))).toEqual([]);
  });

  it('still sums the parts', () => {
    expect(errors(text('45,534.57'))).toContain('sum.parts 5.23万元 5.43万元');
  });
});

describe('a rate moved 由 one figure 到 another, and the points between', () => {
  const text = (points: string) =>
    `${TITLE}项目实施后，项目区道路硬化率由实施前的72.40%提高到86.10%，提高${points}个百分点。`;

  it('are the second − the first', () => {
    expect(errors(text('13.70'))).toEqual([]);
    expect(errors(text('13.90'))).toContain('change.amount 提高13.70个百分点 提高13.90个百分点');
  });
});

describe('a rate of a count opened by 其中 after another count', () => {
  const text = (rate: string) =>
    `${TITLE}评价组共发放问卷400份，回收有效问卷375份，其中表示“满意”或“基本满意”的357份，群众满意度为${rate}%。`;

  it('is the part ÷ that count', () => {
    expect(errors(text('95.20'))).toEqual([]);
    expect(errors(text('95.50'))).toContain('completion.percent 95.20% 95.50%');
  });
});

describe('indicators by how far they were met, each count followed by the indicators it names', () => {
  const text = (done: string) =>
    `${TITLE}项目绩效目标表共设置绩效指标14个，其中产出指标8个、效益指标 4 个、满意度指标 2 个。经核实，全部完成的 ${done} 个，部分完成的 2 个（路面宽度、完工及时性），未完成的1个（养护经费到位率）。`;

  it('add up to the indicators set', () => {
    expect(errors(text('11'))).toEqual([]);
    expect(errors(text('12'))).toContain('count.sum 15个 14个');
  });
});

describe('the conclusion against the total score stated before it', () => {
  const text = (grade: string, deduction: string, total = '88.40') =>
    `${TITLE}五、评价结论\n经综合评价，项目综合得分${total}分，其中决策17.00分、过程16.50分、产出34.40分、效益20.50分。\n评价等级标准为：90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。按照上述等级标准，评价等级为“${grade}”。\n从扣分情况看，产出方面主要是完工不及时。项目合计扣${deduction}分。`;

  it('gives the grade of the total by the bands stated', () => {
    expect(errors(text('良', '11.60'))).toEqual([]);
    expect(errors(text('优', '11.60'))).toContain('grade.score 良 优');
  });

  it('gives the total deduction as 100 − the total', () => {
    expect(errors(text('良', '11.06'))).toContain('score.deduction 扣11.60分 扣11.06分');
  });

  it('takes a deduction that fits the parts’ sum when the total itself is wrong (that is the sum rule’s error)', () => {
    const found = errors(text('良', '11.60', '88.04'));
    expect(found.filter((f) => f.startsWith('score.deduction'))).toEqual([]);
  });

  it('reads no deduction of a part or after a count', () => {
    const part = text('良', '11.60').replace('项目合计扣11.60分', '产出方面合计扣5.60分');
    const count = text('良', '11.60').replace('项目合计扣11.60分', '发现问题3个，共扣4分');
    expect(errors(part)).toEqual([]);
    expect(errors(count)).toEqual([]);
  });

  it('is judged by the bands the document states, not the usual ones', () => {
    const other = text('良', '11.60')
      .replace(/90分（含）以上/, '85分（含）以上')
      .replace('80分（含）至90分', '75分（含）至85分');
    // (88.40 is 良 by the usual 90/80/60, 优 by the document's own 85/75/60.)
    expect(errors(other.replace('“良”。\n从', '“优”。\n从')).filter((f) => f.startsWith('grade'))).toEqual(
      [],
    );
    expect(errors(other).filter((f) => f.startsWith('grade'))).toEqual(['grade.score 优 良']);
  });
});
