/**
 * Shapes of 情况说明 and 自评报告 wording (names and figures made up), each with its clean counterpart giving no
 * error: counts by how far indicators were met (全部完成…), problems 已整改 / 正在整改, grades unquoted ("等级为优的
 * 8个"), 基本支出 listed after 包括, a completion rate against the gap to an unstated budget, a change of a
 * quantity of work (公里), money in a unit no form uses (千元), and a 类 list "按支出功能分类科目划分：" whose
 * total closes the sentence before.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const findings = (text: string) => checkTextReport(text).findings;
const errors = (text: string) =>
  findings(text)
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

const REPORT = '石泉县水利局2024年度项目支出绩效自评报告\n';
const NOTICE = '石泉县水利局2024年度部门决算情况说明\n';

describe('counts of indicators, problems and grades', () => {
  it('adds up indicators fully met, partly met and not met to those set', () => {
    const text = (n: string) =>
      `${REPORT}本项目设置绩效指标${n}个，全部完成的11个，部分完成的3个，未完成的1个。`;
    expect(errors(text('15'))).toEqual([]);
    expect(errors(text('14'))).toEqual(['count.sum 15个 14个']);
  });

  it('adds up problems rectified and being rectified to those found', () => {
    const text = (n: string) => `${REPORT}本次自评发现问题5个，已整改${n}个，正在整改2个。`;
    expect(errors(text('3'))).toEqual([]);
    expect(errors(text('4'))).toEqual(['count.sum 6个 5个']);
  });

  it('reads unquoted grades in a list and a total of self-evaluations', () => {
    const text = (n: string) =>
      `${NOTICE}2024年度本部门共开展项目支出绩效自评9个，涉及资金1,820.00万元，其中自评等级为优的6个、良的${n}个。`;
    expect(errors(text('3'))).toEqual([]);
    expect(errors(text('4'))).toEqual(['count.sum ≤9个 10个']);
  });
});

describe('基本支出 listed after 包括', () => {
  it('is 人员经费 + 公用经费, whole', () => {
    const text = (p: string) => `${NOTICE}基本支出482.60万元，包括人员经费401.30万元和公用经费${p}万元。`;
    expect(errors(text('81.30'))).toEqual([]);
    expect(errors(text('71.30'))).toEqual(['sum.parts 482.60万元 472.60万元']);
  });

  it('other lists after 包括 may be partial: a note at most', () => {
    const text = `${NOTICE}项目支出260.00万元，包括灌区改造项目120.00万元、水毁修复项目90.00万元。`;
    expect(errors(text)).toEqual([]);
    expect(findings(text).map((f) => f.rule)).toEqual(['sum.partial']);
  });
});

describe('a completion rate against the gap to an unstated budget', () => {
  const text = (rate: string, gap: string) =>
    `石泉县水利局2024年度“三公”经费说明\n公务接待费支出决算为6.30万元，完成预算的${rate}%，较预算减少${gap}万元。`;

  it('the rate is the outturn ÷ (outturn ± the gap)', () => {
    expect(errors(text('90.00', '0.70'))).toEqual([]);
    expect(errors(text('90.00', '0.90'))).toEqual(['completion.percent 87.50% 90.00%']);
  });

  it('a rate right only within the rounding of both amounts is no error', () => {
    // 6.30 ÷ (6.30 + 0.71) = 89.87%; the amounts' half-cents allow 89.86–89.89 only: 89.90 is wrong, 89.87 right.
    expect(errors(text('89.87', '0.71'))).toEqual([]);
  });
});

describe('a change of a quantity of work', () => {
  it('reads 公里 as it reads counts', () => {
    const text = (p: string) => `${REPORT}2024年共完成渠道衬砌36公里，比2023年增加6公里，增长${p}%。`;
    expect(errors(text('20.00'))).toEqual([]);
    expect(errors(text('16.67'))).toEqual(['change.percent 20.00% 16.67%']);
  });
});

describe('money in a unit no form uses', () => {
  const text = (unit: string) =>
    `石泉县水利局2024年度“三公”经费说明\n公务接待费预算8.00万元，决算6.40${unit}，完成预算的80.00%，比2023年度减少0.60万元，下降8.57%。`;

  it('is wrong when the rate holds only in the budget’s unit', () => {
    expect(errors(text('万元'))).toEqual([]);
    expect(errors(text('千元'))).toEqual(['unit.odd 6.40万元 6.40千元']);
  });

  it('is a warning when no claim proves it, and nothing when the document counts in it', () => {
    const odd = `${NOTICE}其他支出12.50千元，主要是零星维修。`;
    expect(errors(odd)).toEqual([]);
    expect(findings(odd).map((f) => `${f.rule} ${f.severity}`)).toEqual(['unit.odd warning']);
    expect(findings(`${NOTICE}金额单位：千元\n其他支出12.50千元，主要是零星维修。`)).toEqual([]);
  });
});

describe('a 类 list whose total closes the sentence before', () => {
  const text = (share: string, last: string) =>
    `${NOTICE}二、财政拨款支出决算结构\n2024年度财政拨款支出2,400.00万元。按支出功能分类科目划分：农林水支出2,160.00万元，占90.00%；社会保障和就业支出144.00万元，占6.00%；住房保障支出${last}万元，占${share}%。`;

  it('sums the parts and judges their shares against it', () => {
    expect(errors(text('4.00', '96.00'))).toEqual([]);
    expect(errors(text('4.50', '96.00'))).toEqual(['share.percent 4.00% 4.50%']);
    expect(errors(text('4.00', '86.00'))).toContain('sum.parts 2400.00万元 2390.00万元');
  });
});

describe('a second share of the same part', () => {
  it('is judged against its own named whole', () => {
    const text = (p: string) =>
      `${NOTICE}政府采购支出总额640.00万元。授予中小企业合同金额500.00万元，其中授予小微企业合同金额400.00万元，占授予中小企业合同金额的80.00%，占政府采购支出总额的${p}%。`;
    expect(errors(text('62.50'))).toEqual([]);
    expect(errors(text('65.20'))).toEqual(['share.percent 62.50% 65.20%']);
  });
});

describe('a change of a count against last year’s figure named in the comparison', () => {
  it('judges the amount (exact) and the %', () => {
    const cars = (d: string) => `${NOTICE}2024年末，本部门共有公务用车9辆，比上年末11辆减少${d}辆。`;
    expect(errors(cars('2'))).toEqual([]);
    expect(errors(cars('3'))).toEqual(['change.amount 减少2辆 减少3辆']);
    const visits = (p: string) => `${REPORT}全年开展巡河150次，较2023年的120次增加30次，增长${p}%。`;
    expect(errors(visits('25.00'))).toEqual([]);
    expect(errors(visits('20.00'))).toEqual(['change.percent 25.00% 20.00%']);
  });

  it('leaves another year’s figure alone', () => {
    expect(errors(`${REPORT}全年开展巡河150次，较2022年的120次增加40次。`)).toEqual([]);
  });
});

describe('rates of funds named in the paragraph', () => {
  const MONITOR = '石泉县水利局2024年度绩效运行监控报告\n';

  it('a 监控’s expected rate is the expected outturn ÷ the year’s budget', () => {
    const text = (p: string) =>
      `${MONITOR}截至7月底，项目全年预算640.00万元，已支出300.00万元，预算执行率46.88%，预计全年执行600.00万元，预计执行率${p}%。`;
    expect(errors(text('93.75'))).toEqual([]);
    expect(errors(text('95.75'))).toEqual(['completion.percent 93.75% 95.75%']);
  });

  it('an arrival rate against the plan in brackets', () => {
    const text = (p: string) => `${REPORT}项目资金到位760.00万元，资金到位率为${p}%（计划800.00万元）。`;
    expect(errors(text('95.00'))).toEqual([]);
    expect(errors(text('96.00'))).toEqual(['completion.percent 95.00% 96.00%']);
  });
});

describe('a count against the plan named in the comparison', () => {
  it('the gap is the actual − the plan', () => {
    const text = (d: string) =>
      `${REPORT}项目实施后，受益群众8,400人，较计划的8,000人多${d}人，完成率105.00%。`;
    expect(errors(text('400'))).toEqual([]);
    expect(errors(text('600'))).toEqual(['completion.target 增加400人 多600人']);
  });
});

describe('农业农村 项 codes as 决算 tables print them', () => {
  it('gives no code-name finding on the usual names', () => {
    const text = `${NOTICE}项目支出决算表
                                                      单位：万元
科目编码     科目名称                        本年支出合计     基本支出     项目支出
213          农林水支出                        300.00           0.00       300.00
21301        农业农村                          300.00           0.00       300.00
2130106      科技转化与推广服务                120.00           0.00       120.00
2130108      病虫害控制                         80.00           0.00        80.00
2130135      农业资源保护修复与利用            100.00           0.00       100.00
`;
    expect(findings(text).filter((f) => f.rule === 'table.code-name')).toEqual([]);
  });
});

describe('money in an odd unit restated in a usual one', () => {
  it('is on purpose: nothing to report', () => {
    const text = (yuan: string) => `${NOTICE}其中邮电费2.48千元，即${yuan}元。`;
    expect(findings(text('2,480.00'))).toEqual([]);
    expect(findings(text('2,840.00')).map((f) => `${f.rule} ${f.severity}`)).toEqual(['unit.odd warning']);
  });
});
