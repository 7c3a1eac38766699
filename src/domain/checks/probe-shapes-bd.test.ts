import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

describe('a list of amounts closed by 等 inside an outer list', () => {
  const text = (personnel: string) =>
    [
      '    一般公共预算财政拨款基本支出2,150,000.00元。其中：人员经费1,800,000.00元，',
      '其中：基本工资620,000.00元、津贴补贴410,000.00元、绩效工资230,000.00元等；公',
      `用经费${personnel}元，其中：取暖费61,000.00元、办公费42,500.00元等。`,
    ].join('\n');
  it('ends at its "；": the next part of the outer list is not one of its parts', () => {
    expect(errors(text('350,000.00'))).toEqual([]);
  });
  it('is still judged itself: its parts fall short of its total only as a partial list does', () => {
    const notes = checkTextReport(text('350,000.00')).findings.filter((f) => f.rule === 'sum.partial');
    expect(notes.map((f) => f.found)).toEqual(['1260000.00元', '103500.00元']);
  });
});

describe('a count one of the items a sentence includes', () => {
  it('is not the total of the list after 其中', () => {
    const text = '    本部门决算包括厅本级决算及所属5个事业单位决算，其中行政单位1个，事业单位5个。';
    expect(errors(text)).toEqual([]);
  });
  it('is still a total when the sentence includes nothing else', () => {
    expect(errors('    本部门所属单位5个，其中行政单位1个，事业单位3个。')).toEqual(['1 sum.parts 5个 4个']);
  });
});

describe('an amount restated in brackets in another unit', () => {
  const text = (small: string) =>
    `    授予中小企业合同金额310.40万元，其中：授予小微企业合同金额${small}万元（2,107,760元）。`;
  it('is no second part of the list', () => {
    expect(errors(text('210.78'))).toEqual([]);
  });
});

describe('a year dated in another clause', () => {
  const text = (year: string) =>
    [
      '    其中：公务用车购置费年初预算30.00万元，支出决算29.40万元，按规定更新购置执法用车1辆，',
      `由2030年度的0万元增加至29.40万元，为本年新增支出；公务用车运行维护费支出决算15.20万元，比${year}年度减少1.10万元。`,
    ].join('\n');
  it('is not the subject of a later clause’s comparison with last year', () => {
    expect(errors('    2031年度“三公”经费决算说明\n' + text('2030'))).toEqual([]);
  });
});

describe('a change worded up in its amount and down in its rate', () => {
  it('is an error even when its figures are not stated', () => {
    expect(errors('    调整后预算比年初预算减少230.00万元，增幅9.64%。')).toEqual([
      '1 change.direction 减少与增幅同向 减少…增幅',
    ]);
    expect(errors('    调整后预算比年初预算增加230.00万元，增幅9.64%。')).toEqual([]);
  });
  it('is reported once when the figures already tell which word is wrong', () => {
    const text = '    支出决算1,200.00万元，较上年1,250.00万元增加50.00万元，下降4.00%。';
    expect(errors(text).filter((e) => e.includes('change.direction'))).toHaveLength(1);
  });
});

describe('a change in a list of items, each its own "；" group', () => {
  const text = (rate: string) =>
    [
      '    （二）公务用车购置及运行维护费。2031年度决算21.40万元。其中：公务用车购',
      '置费预算0.00万元，决算0.00万元，本年度未购置公务用车；公务用车运行维护费决算',
      `21.40万元，比预算减少2.60万元，下降10.83%；比上年减少3.00万元，下降${rate}%，`,
      '主要原因是车辆维修费用减少。',
    ].join('\n');
  it('is of the item its group before states', () => {
    expect(errors(text('12.30'))).toEqual([]);
    expect(errors(text('13.30'))).toEqual(['3 change.percent 12.30% 13.30%']);
  });
});

describe('a change told in the text for a row of a comparison table', () => {
  const text = (word: string, amount: string) =>
    [
      '                                                 单位：万元',
      '         项目         2031年决算数 2030年决算数 增减额 增减率%',
      '农林水支出（213类）                 720.40   688.10  32.30   4.69',
      '卫生健康支出（210类）               318.20   341.50 -23.30  -6.82',
      '合计                              1,038.60 1,029.60   9.00   0.87',
      `    （一）卫生健康支出318.20万元，占一般公共预算财政拨款支出的30.64%，较上年${word}${amount}万元，主要是医疗缴费基数调整。`,
    ].join('\n');
  it('holds when the text tells the row’s change', () => {
    expect(errors(text('减少', '23.30'))).toEqual([]);
  });
  it('is an error when its direction or amount is not the row’s', () => {
    expect(errors(text('增加', '23.30'))).toEqual(['6 change.direction 减少23.30万元 增加23.30万元']);
    expect(errors(text('减少', '32.30'))).toEqual(['6 change.amount 减少23.30万元 减少32.30万元']);
  });
});

describe('基本支出 = 人员经费 + 公用经费 told with a detail clause after each part', () => {
  const text = (personnel: string) =>
    [
      `    基本支出2,406.30万元中，人员经费${personnel}万元，主要用于在职人员工资福利、离退休人员补助及社`,
      '会保障缴费；公用经费318.90万元，主要用于办公、水电、差旅及公务用车运行等日常运转支出。公用经费较上年',
      '301.20万元增加17.70万元。',
    ].join('\n');
  it('adds up', () => {
    expect(errors(text('2,087.40'))).toEqual([]);
  });
  it('is an error when the parts do not make the whole', () => {
    expect(errors(text('2,078.40'))).toEqual(['1 sum.parts 2406.30万元 2397.30万元']);
  });
  it('is not read when a part is stated twice with different figures', () => {
    expect(
      errors(text('2,078.40').replace('17.70万元。', '17.70万元，在编人员人员经费1,900.00万元。')),
    ).toEqual([]);
  });
});

describe('收、支总计各增加 against both years stated', () => {
  const text = (change: string) =>
    [
      '              某某局2031年度部门决算情况说明',
      '一、收入支出决算总体情况说明',
      '    2031年度收、支总计均为3,536.30万元，其中本年收入合计3,402.10万元，年初结',
      '转和结余134.20万元；本年支出合计3,390.00万元，年末结转和结余146.30万元。与',
      `2030年度收、支总计3,364.10万元相比，收、支总计各增加${change}万元，增长5.12%。`,
    ].join('\n');
  it('reads 收、支 as 收入、支出 in a sentence of its own', () => {
    const oneLine = [
      '              某某局2031年度部门决算情况说明',
      '    2031年度收入、支出总计均为3,536.30万元，其中本年收入合计3,402.10万元，年初结转和结余134.20万元。与2030年度收、支总计3,364.10万元相比，收、支总计各增加182.20万元，增长5.12%。',
    ].join('\n');
    expect(errors(oneLine)).toEqual(['2 change.amount 增加172.20万元 增加182.20万元']);
  });
  it('is this year’s total less last year’s', () => {
    expect(errors(text('172.20'))).toEqual([]);
    expect(errors(text('182.20'))).toEqual(['5 change.amount 增加172.20万元 增加182.20万元']);
  });
});

describe('indicators named with their weight, then their score: "投入指标15分、得14.20分"', () => {
  const text = (output: string) =>
    [
      '    本单位从投入、过程、产出、效益四个方面开展自评，满分100分。其中投入指标15分、得14.20分，过程',
      `指标25分、得23.40分，产出指标35分、得${output}分，效益指标25分、得24.10分。自评总得分95.20分，自评等级为“优”。`,
    ].join('\n');
  it('holds when each score is within its weight and they make the total', () => {
    expect(errors(text('33.50'))).toEqual([]);
  });
  it('is an error when a score exceeds its weight', () => {
    expect(errors(text('35.50'))).toEqual(['2 score.exceeds-weight ≤ 35分 35.50分']);
  });
});

describe('a share restated in brackets for the same amount', () => {
  const text = (second: string) =>
    `    其中：因公出国（境）费3.20万元，占12.50%；公务用车购置及运行维护费14.90万元，占58.20%（公务用车运行维护费14.90万元，占${second}%）；公务接待费7.50万元，占29.30%。`;
  it('must be the share stated before it', () => {
    expect(errors(text('58.20'))).toEqual([]);
    expect(errors(text('60.20'))).toEqual(['1 share.percent 58.20% 60.20%']);
  });
});

describe('a 部门整体 自评表 funds figure of one 收入性质 row told in the text', () => {
  const text = (fund: string) =>
    [
      '            2031年度部门整体支出绩效自评表',
      '                                               金额单位：万元',
      '   年度预算    年初预算数 全年预算数           全年执行数 分值 执行率 得分',
      '年度资金总额       1900.00 2100.00       2016.00 10 96.00% 9.60',
      '    一般公共预算   1850.00 1950.00       1870.00 —  95.90% —',
      '按收入 政府性基金       0.00  100.00         98.00 —  98.00% —',
      '性质分',
      '    其他         50.00   50.00         48.00 —  96.00% —',
      '    一、预算执行情况。本单位年初预算数1900.00万元，全年预算数2100.00万元，全年执行数2016.00万元。',
      `政府性基金年初未安排预算，年中新增专项收入，全年预算数${fund}万元；预算执行率得分9.60分。`,
    ].join('\n');
  it('is that row’s, not the 年度资金总额’s', () => {
    expect(errors(text('100.00'))).toEqual([]);
  });
});

describe('several 自评表 and a report restating one of them', () => {
  const form = (name: string, initial: string, full: string, spent: string, rate: string, score: string) => [
    '                 项目支出绩效自评表',
    `   项目名称    ${name}`,
    '                            年初预算数        全年预算数           全年执行数         分值      执行率（%）       得分',
    `           年度资金总额              ${initial}        ${full}            ${spent} 10              ${rate}   ${score}`,
  ];
  const text = [
    ...form('城区绿化养护项目', '500.00', '560.00', '548.80', '98.00', '9.80'),
    // (The second form's header wrapped as a narrow PDF column prints it: not read as that table's.)
    '                 项目支出绩效自评表',
    '   项目名称    公共厕所提升项目',
    '                                   年初预算数 全年预算  数',
    '                                                   全年执行 分值',
    '                                                     数             执行率           得分',
    '          年度资金总额                    120.00  120.00 118.80 10       99.00%        9.90',
    '    （二）公共厕所提升项目。年初预算数120.00万元，全年预算数120.00万元，全年执行数118.80万元，执行率99.00%。',
  ].join('\n');
  it('does not hold the text to the first table', () => {
    expect(errors(text)).toEqual([]);
  });
});

describe('a rate said to be above or below the schedule without the points', () => {
  const text = (side: string) =>
    [
      '              某某局关于2031年1—8月项目支出绩效运行监控情况的报告',
      `    截至2031年8月31日，整体预算执行率59.50%，低于序时进度（66.67%）7.17个百分点。分项目看：甲项目全年预算300.00万元，执行222.00万元，执行率74.00%，${side}序时进度；乙项目执行率45.00%，低于序时进度21.67个百分点。`,
    ].join('\n');
  it('must be on the side the rate is', () => {
    expect(errors(text('高于'))).toEqual([]);
    expect(errors(text('低于'))).toEqual(['2 change.direction 高于序时进度 低于序时进度']);
  });
});

describe('a period that ends before it starts', () => {
  const text = (end: string) =>
    `    项目建设期为2030年3月至${end}，总投资1,200.00万元，已完成投资1,150.00万元。`;
  it('is an error; a period forward in time is not', () => {
    expect(errors(text('2031年12月'))).toEqual([]);
    expect(errors(text('2029年12月'))).toEqual(['1 year.mismatch 止于2030年3月之后 2029年12月']);
  });
  const form = (period: string) =>
    [
      '                       项目支出绩效自评表',
      '                          （2031年度）',
      '     项目名称         甲地块土壤修复项目',
      `     项目实施期       ${period}`,
      '     主管部门         某县生态环境局',
    ].join('\n');
  it('is read in a form’s row too, but not across cells set apart', () => {
    expect(errors(form('2031年1月—2031年12月'))).toEqual([]);
    expect(errors(form('2031年1月—2030年12月'))).toEqual(['4 year.mismatch 止于2031年1月之后 2030年12月']);
    expect(errors(form('2031年3月    —    2030年12月'))).toEqual([]);
  });
});
