import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const findings = (text: string, severity = 'error') =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === severity)
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

const feesTable = (reception: string) =>
  [
    '表7  财政拨款“三公”经费支出决算表',
    '                                                                                  金额单位：万元',
    '                                      公务用车购置及运行维护费',
    '   合计          因公出国（境）费                                                      公务接待费',
    '                                 小计          公务用车购置费 公务用车运行维护费',
    '预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数',
    `40.00   31.25   5.00   0.00   28.00   25.00   0.00   0.00   28.00   25.00   7.00   ${reception}`,
    '',
  ].join('\n');

const section = (shares: string) =>
  [
    '六、财政拨款“三公”经费支出决算情况说明',
    `“三公”经费财政拨款支出全年预算40.00万元，支出决算31.25万元，完成全年预算的78.13%。`,
    `“三公”经费中，${shares}本年未购置公务用车。`,
  ].join('\n');

describe('a 三公 item named with its share, its amount in the table (fee-shares.ts)', () => {
  it('agrees with the table', () => {
    const text = `${feesTable('6.25')}\n${section('公务用车购置及运行维护费占比80.00%，公务接待费占比20.00%。')}`;
    expect(findings(text)).toEqual([]);
    const claims = checkTextReport(text).claims.filter((c) => c.kind === 'share');
    expect(claims.map((c) => c.arithmetic)).toContain(
      '6.25万元（《表7财政拨款“三公”经费支出决算表》公务接待费决算数） ÷ 31.25万元（《表7财政拨款“三公”经费支出决算表》“三公”经费决算数） × 100% = 20.00%，文中20.00%',
    );
  });
  it('is an error when the share is not the item over the total', () => {
    const text = `${feesTable('6.25')}\n${section('公务用车购置及运行维护费占比80.00%，公务接待费占比22.00%。')}`;
    expect(findings(text)).toEqual(['11 share.percent 20.00% 22.00%']);
  });
  it('is rounding-aware: 25.00 / 31.25 printed as 80.0%', () => {
    const text = `${feesTable('6.25')}\n${section('公务用车购置及运行维护费占比80.0%，公务接待费占比20.0%。')}`;
    expect(findings(text)).toEqual([]);
  });
  it('is judged against the 合计 as printed too when an item of the table is the wrong figure', () => {
    // (6.52 makes the items add up to 31.52: the 合计 31.25 is right, and 25.00 ÷ 31.25 = 80.00%.)
    const text = `${feesTable('6.52')}\n${section('公务用车购置及运行维护费占比80.00%。')}`;
    expect(findings(text).filter((f) => f.includes('share.percent'))).toEqual([]);
  });
  it('is not read when the sentence names no 三公 whole', () => {
    const text = `${feesTable('6.25')}\n六、其他\n本年度公务接待费占比22.00%。`;
    expect(findings(text)).toEqual([]);
  });
});

describe('a 三公 item named with its share, amounts in the text only (fee-shares.ts)', () => {
  const text = (share: string) =>
    [
      '“三公”经费财政拨款支出决算48.00万元。其中：公务用车购置及运行维护费支出决算36.00万元；公务接待费支出决算12.00万元。',
      `公务用车购置及运行维护费占“三公”经费的75.00%，公务接待费占“三公”经费的${share}%。`,
    ].join('\n');
  it('agrees', () => expect(findings(text('25.00'))).toEqual([]));
  it('is an error when it does not', () =>
    expect(findings(text('52.00'))).toEqual(['2 share.percent 25.00% 52.00%']));
});

describe('a fall of more than 100% (change-bounds.ts)', () => {
  it('is an error for an amount of money', () => {
    expect(findings('公务接待费9.60万元，完成预算的80.00%，比上年下降112.50%。')).toEqual([
      '1 change.percent 不超过100% 112.50%',
    ]);
  });
  it('is not reported up to 100%, for 百分点, or for a balance that may turn negative', () => {
    expect(findings('公务接待费0.00万元，比上年下降100.00%。')).toEqual([]);
    expect(findings('本年支出9.60万元，执行率比上年下降112个百分点。')).toEqual([]);
    expect(findings('收支差额为-3.20万元，比上年下降125.00%。')).toEqual([]);
    expect(findings('项目完成率比上年下降112.50%。')).toEqual([]);
  });
});

describe('公务用车 held against the vehicles of the 国有资产 statement (vehicle-counts.ts)', () => {
  const text = (held: number, vehicles: number) =>
    [
      `（二）“三公”经费。公务用车运行维护费14.20万元，截至2031年末，本局公务用车保有量${held}辆。`,
      '（三）国有资产占有使用情况',
      `截至2031年12月31日，本局共有车辆${vehicles}辆，其中：执法执勤用车4辆、特种专业技术用车${vehicles - 4}辆。`,
    ].join('\n');
  it('is a warning when more cars are held than the department has vehicles', () => {
    expect(findings(text(8, 7), 'warning')).toEqual(['1 count.restated 不多于7辆 8辆']);
  });
  it('is silent when they are as many or fewer', () => {
    expect(findings(text(7, 7), 'warning')).toEqual([]);
    expect(findings(text(5, 7), 'warning')).toEqual([]);
  });
  it('does not read a vehicle count outside the 国有资产 statement', () => {
    const other = text(8, 9).replace('（三）国有资产占有使用情况', '（三）其他说明');
    expect(findings(other, 'warning')).toEqual([]);
  });
});

describe('a 三公 change on last year whose table 合计 is not its items’ sum (figure-claims.ts)', () => {
  const text = (percent: string) =>
    [
      feesTable('6.52'),
      '六、财政拨款“三公”经费支出决算情况说明',
      `“三公”经费财政拨款支出决算数比上年增加1.52万元，增长${percent}%。`,
    ].join('\n');
  it('may be worked out from the items’ sum (31.52 − 1.52 = 30.00; 1.52 ÷ 30.00 = 5.07%)', () => {
    expect(findings(text('5.07')).filter((f) => f.includes('change.percent'))).toEqual([]);
  });
  it('is an error when it fits neither this year’s 合计 nor the items’ sum', () => {
    expect(findings(text('5.70')).filter((f) => f.includes('change.percent'))).toEqual([
      '10 change.percent 5.11% 5.70%',
    ]);
  });
});
