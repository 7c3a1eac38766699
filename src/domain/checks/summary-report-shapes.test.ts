/**
 * A table of numbered items whose first label wraps in its cell (its head on a line of its own, the figures on
 * the next) with a 备注 column of text after the figures (item-tables.ts linesOf); a part in the text compared
 * with last year in brackets (prose-totals.ts). Units, names and figures are made up.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const TABLE = [
  '                                                                  单位：万元',
  '          收入项目           2025年度决算数 占收入合计比重（%）                备注',
  '   合计                          8,640.25  100.00',
  '   一、财政拨款收入（一般公共预算                                       含中央转移支付',
  '   财政拨款收入）                     7,912.40           91.58 补助',
  '   二、事业收入                         608.35            7.04 检测服务收入',
  '   三、其他收入                         119.50            1.38',
].join('\n');

const errors = (text: string): string[] =>
  checkTextReport(text, { year: 2025 })
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.found}`);

describe('numbered items with a wrapped label and a 备注 column', () => {
  it('adds up the items under the 合计', () => {
    const r = checkTextReport(TABLE, { year: 2025 });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(
      r.claims.some((c) => c.verified && c.arithmetic.includes('7912.40 + 608.35 + 119.50 = 8640.25')),
    ).toBe(true);
  });

  it('finds a 合计 that is not the sum of its items, in its one amount column', () => {
    expect(errors(TABLE.replace('8,640.25', '8,604.25'))).toEqual(['3 table.total 8,604.25']);
  });

  it('reads nothing when a label-only row is not a wrapped label', () => {
    const heading = TABLE.replace('   财政拨款收入）      ', '   （一）本级拨款      ');
    expect(errors(heading.replace('8,640.25', '8,604.25'))).toEqual([]);
  });
});

describe('a part compared with last year in brackets', () => {
  const text =
    '    2025年度收入合计8,640.25万元，其中：财政拨款收入7,912.40万元，占91.58%；事业收入608.35万元，占7.04%；其他收入119.50万元，占1.38%（上年无此项收入，本年新增119.50万元，主要是资产处置收入）。';
  it('is no part of the list', () => {
    const r = checkTextReport(text, { year: 2025 });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.claims.some((c) => c.kind === 'sum' && c.verified)).toBe(true);
  });
  it('leaves a wrong total found', () => {
    expect(errors(text.replace('8,640.25', '8,680.25'))).toContain('1 sum.parts 8640.25万元');
  });
});

describe('an execution rate whose budgets are in the sentence before', () => {
  const text =
    '    2025年度部门年初预算6,400.00万元，年中追加调整后预算为6,880.00万元，调整增加480.00万元。全年实际支出6,742.40万元，预算执行率为98.00%。';
  it('holds against the adjusted budget', () => {
    const r = checkTextReport(text, { year: 2025 });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(
      r.claims.some(
        (c) => c.kind === 'completion' && c.verified && c.arithmetic.includes('6742.40 ÷ 6880.00'),
      ),
    ).toBe(true);
  });
  it('holds against the initial budget too (the rate does not say which)', () => {
    expect(errors(text.replace('98.00%', '105.35%'))).toEqual([]);
  });
  it('is wrong when it is neither', () => {
    expect(errors(text.replace('98.00%', '99.20%'))).toEqual(['1 completion.percent 99.20%']);
  });
  it('reads nothing when the outturn names a subject of its own', () => {
    expect(errors(text.replace('全年实际支出', '项目支出全年实际支出').replace('98.00%', '99.20%'))).toEqual(
      [],
    );
  });
});

describe('an indicator’s actual in the text against its table row', () => {
  const doc = (said: string): string =>
    [
      '  序号       绩效指标                    年度目标值        实际完成值         完成率       完成情况',
      '                                                              （%）',
      '   1 河道日常巡查里程                      ≥900公里      936公里          104.00    已完成',
      '   2 小型水库安全鉴定                         24座         24座         100.00    已完成',
      '   3 群众投诉办结率                          ≥95%        97.50%       102.63    已完成',
      '',
      `   全年完成河道日常巡查里程${said}，完成年度目标的104.00%；小型水库安全鉴定24座；群众投诉办结率97.50%。`,
    ].join('\n');
  it('holds when the text says the row’s 实际完成值', () => {
    const r = checkTextReport(doc('936公里'), { year: 2025 });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.claims.filter((c) => c.verified && c.arithmetic.includes('实际完成值')).length).toBe(3);
  });
  it('finds a text that says another figure', () => {
    expect(errors(doc('963公里'))).toEqual(['7 figure.text-table 963公里']);
  });
});

describe('a list whose item opens a nested 其中 list, the outer list going on after it', () => {
  const text =
    '    2025年度财政拨款“三公”经费支出决算为18.40万元。其中：因公出国（境）费支出决算为0.00万元；公务用车购置及运行维护费支出决算为14.20万元，其中公务用车购置费0.00万元，公务用车运行维护费14.20万元；公务接待费支出决算为4.20万元。';
  it('is not summed from its first items only', () => {
    const r = checkTextReport(text, { year: 2025 });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('an amount adjusted during the year beside the adjusted budget', () => {
  const text = (rate: string) =>
    `    2025年度一般公共预算财政拨款支出年初预算为3,120.00万元，年中调整预算264.80万元，调整后全年预算为3,384.80万元，支出决算为3,306.95万元，完成年初预算的105.99%，完成调整后预算的${rate}%。`;
  it('is no budget of the rate against the adjusted budget', () => {
    expect(errors(text('97.70'))).toEqual([]);
  });
  it('leaves a wrong rate against the adjusted budget found', () => {
    expect(errors(text('96.70'))).toEqual(['1 completion.percent 96.70%']);
  });
});

describe('a 国内 reception total with a 其中 list that names 外事 too', () => {
  const text = '    全年国内公务接待共计418批次、2960人次，其中接待上级检查调研206批次，外事接待0批次。';
  it('is not summed', () => {
    expect(errors(text)).toEqual([]);
  });
});
