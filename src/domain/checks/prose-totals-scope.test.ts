/**
 * A 其中 opening its sentence after a list of several 类 (prose-totals.ts): its items may come from any of them, so
 * they are not summed against the last 类. Names and figures made up.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string): string[] =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule}`);

const structure = (lead: string): string =>
  [
    '五、一般公共预算财政拨款支出决算情况说明',
    '    2031年度一般公共预算财政拨款支出1,820.40万元。支出结构：一般公共服务支出（类）支出1,402.10万元，占',
    `77.02%；社会保障和就业支出（类）支出296.50万元，占16.29%；住房保障支出（类）支出121.80万元，占6.69%。${lead}市场监督管理事务（款）质量基础（项）支出168.20万元，主要`,
    '用于计量检定；机关事业单位基本养老保险缴费支出（项）142.60万元。',
  ].join('\n');

describe('a 其中 after a list of several 类', () => {
  it('is not read as the parts of the last 类', () => {
    expect(errors(structure('其中：'))).toEqual([]);
  });

  it('is still read after a single whole', () => {
    const one = [
      '    2031年度住房保障支出（类）支出121.80万元。其中：住房公积金（项）支出80.20万元，购房补贴（项）支出',
      '40.60万元。',
    ].join('\n');
    expect(errors(one)).toEqual(['1 sum.parts']);
  });
});

describe('last year’s figure in a bracket after a part', () => {
  const fees = (bracket: string): string =>
    [
      '    公务用车购置及运行费支出决算为12.48万元。其中：公务用车购置费支出决算为0.00万元；公务',
      `用车运行费支出决算为12.48万元，与上年基本持平${bracket}，主要用于3辆执法执勤用车的燃料和维修。`,
    ].join('\n');
  it('is not a part of the list', () => {
    expect(errors(fees('（上年为12.46万元）'))).toEqual([]);
  });
  it('leaves the parts still held to the total', () => {
    expect(
      errors(fees('（上年为12.46万元）').replace('运行费支出决算为12.48', '运行费支出决算为12.84')),
    ).toContain('1 sum.parts');
  });
});

describe('a 其中 opening its sentence after a list of examples closed by 等', () => {
  const spending = (close: string): string =>
    [
      '    项目支出主要包括：湿地监测项目310.40万元、护林员培训能',
      `力提升项目204.60万元${close}其中，行业业务管理（2130237）上年无此项支出，本年因`,
      '承接监测任务新增120.30万元；其他林业和草原支出52.10万元，与上年的52.07万元基本持平。',
    ].join('\n');
  it('is not read as the parts of the list’s last example', () => {
    expect(errors(spending('等。'))).toEqual([]);
  });
});
