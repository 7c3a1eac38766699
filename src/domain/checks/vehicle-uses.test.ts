import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const findings = (text: string, severity = 'warning') =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === severity)
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

describe('the cars an upkeep paid for against the 公务用车保有量 (vehicle-uses.ts)', () => {
  const wrapped = (upkept: number, held: number) =>
    [
      '    2、公务用车购置及运行维护费 31.40 万元。其中：公务用车购置',
      '支出为 0.00 万元。公务用车运行维护支出 31.40 万元，主要用于',
      `${upkept} 辆公务用车的燃料费、维修费、保险费等支出。2031 年，本中心`,
      `所属各预算单位开支财政拨款的公务用车保有量为 ${held} 辆。`,
    ].join('\n');
  it('is a warning when the two counts differ, across wrapped lines', () => {
    expect(findings(wrapped(14, 15))).toEqual(['4 count.restated 14辆 15辆']);
    expect(findings(wrapped(14, 15), 'error')).toEqual([]);
  });
  it('is silent when they agree', () => {
    expect(findings(wrapped(14, 14))).toEqual([]);
  });
  it('reads the 保有量 of the next paragraph', () => {
    const text = [
      '公务用车运行维护费22.10万元，主要用于全区 48 辆公务用车的燃料、维修等支出。',
      '截至2031年12月31日，公务用车保有量46辆。',
    ].join('\n');
    expect(findings(text)).toEqual(['2 count.restated 48辆 46辆']);
    expect(findings(text.replace('46辆', '48辆'))).toEqual([]);
  });
  it('does not read a count of cars that is not what the upkeep paid for', () => {
    const text = '公务用车购置费40.00万元，用于更新3辆执法用车；运行维护费9.80万元。公务用车保有量7辆。';
    expect(findings(text)).toEqual([]);
  });
});

describe('a 保有量 stated twice (vehicle-uses.ts)', () => {
  const text = (second: number) =>
    [
      '三、“三公”经费情况说明',
      '公务用车购置及运行维护费12.60万元，截至2031年底公务用车保有量5辆。',
      '四、其他重要事项的情况说明',
      `（三）国有资产占有使用情况：公务用车保有量${second}辆，均为一般公务用车。`,
    ].join('\n');
  it('is an error when the second count differs', () => {
    expect(findings(text(6), 'error')).toEqual(['4 count.restated 5辆 6辆']);
  });
  it('reads 年末实有公务用车 as the same 保有量', () => {
    const held = text(6).replace('公务用车保有量6辆', '年末实有公务用车6辆');
    expect(findings(held, 'error')).toEqual(['4 count.restated 5辆 6辆']);
    expect(findings(held.replace('6辆', '5辆'), 'error')).toEqual([]);
  });
  it('is silent when both say the same', () => {
    expect(findings(text(5))).toEqual([]);
    expect(findings(text(5), 'error')).toEqual([]);
  });
  it('does not compare a 保有量 of another scope', () => {
    const scoped = text(6).replace('公务用车保有量6辆', '全区公务用车保有量6辆');
    expect(findings(scoped)).toEqual([]);
  });
});
