/**
 * Table readings met in fresh documents (units, names and figures made up), each with a clean variant:
 *  - a 财政拨款收入支出决算总表 row whose 合计 is not its 一般公共预算财政拨款 cell, the detail table and the column
 *    sums naming the 合计 as the figure at fault;
 *  - a 总表 cut into pieces with wrapped labels and header pieces between them, its 类 against the detail table;
 *  - a by-unit 三公 table with its 合计 column after the items;
 *  - a 三公 table of twelve figures under a header printing 合计 / 小计 upright;
 *  - a 自评表 whose 绩效指标 part the layout cut in pieces, its figures off their headers' places;
 *  - a 自评表 资金 block whose 当年财政拨款 label wraps, one row's 执行数 breaking both the sum and its 执行率;
 *  - a 三公 table plain pdftotext printed labels first, then the headers, then the figures row by row.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`);

describe('a 财政拨款 总表 row across', () => {
  const doc = (health: string) =>
    [
      '                    表四 财政拨款收入支出决算总表',
      '编制单位：溪南县文化馆                                                单位：万元',
      '         收入                                   支出',
      '       项目       金额            项目        合计 一般公共预算财政拨款 政府性基金预算财政拨款',
      '一、一般公共预算财政拨款   512.30 一、一般公共预算财政拨款支出   506.10     506.10',
      '二、政府性基金预算财政拨款         二、政府性基金预算财政拨款支出',
      '                       文化旅游体育与传媒支出     401.25     401.25',
      '                       社会保障和就业支出        52.40      52.40',
      `                       卫生健康支出           ${health.padStart(5)}      19.85`,
      '                       住房保障支出           32.60      32.60',
      '本年收入合计         512.30 本年支出合计           506.10     506.10',
      '年初财政拨款结转和结余      4.20 年末财政拨款结转和结余       10.40      10.40',
      '总计             516.50 总计               516.50     516.50',
      '',
      '                   表五 一般公共预算财政拨款支出决算表',
      '编制单位：溪南县文化馆                                               单位：万元',
      ' 科目编码                科目名称       本年支出合计        基本支出        项目支出',
      '           合计                        506.10     330.50       175.60',
      '       207 文化旅游体育与传媒支出               401.25     225.65       175.60',
      '     20701 文化和旅游                     401.25     225.65       175.60',
      '       208 社会保障和就业支出                  52.40       52.40',
      '     20805 行政事业单位养老支出                 52.40       52.40',
      '       210 卫生健康支出                     19.85       19.85',
      '     21011 行政事业单位医疗                   19.85       19.85',
      '       221 住房保障支出                     32.60       32.60',
      '     22102 住房改革支出                     32.60       32.60',
    ].join('\n');

  it('reports the 合计 the detail table and the column sums name', () => {
    expect(errors(doc('19.85'))).toEqual([]);
    const found = checkTextReport(doc('91.85')).findings.filter((f) => f.severity === 'error');
    expect(found.map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`)).toEqual([
      'table.row-sum L9 19.85 91.85',
    ]);
    expect(found[0]!.message).toContain('19.85 = 19.85，表中合计为91.85');
    expect(found[0]!.message).toContain('本年支出合计506.10');
  });
});

describe('a 总表 in pieces with wrapped labels between them', () => {
  const doc = (health: string) =>
    [
      '                              财政拨款收入支出决算总表',
      '部门：北塘县卫生健康局                               公开04表                    金额单位：万元',
      '         收入                                       支出',
      '      项目       决算数           项目          合计 一般公共预算财政拨',
      '                                                款',
      '                                                      政府性基金预算财政 国有资本经营预算财政',
      '                                                         拨款         拨款',
      '一、一般公共预算财政拨款 3,120.40 一、一般公共服务支出',
      '二、政府性基金预算财政拨           二、外交支出',
      '款',
      '                       三、社会保障和就业支出     180.20       180.20',
      `                       四、卫生健康支出      ${health}     ${health}`,
      '                       五、节能环保支出',
      '                       六、资源勘探工业信息等支',
      '                       出',
      '                       七、住房保障支出        96.50       96.50',
      '                       八、其他支出',
      '',
      '本年收入合计        3,120.40 本年支出合计        3,076.70     3,076.70',
      '年初财政拨款结转和结余      40.10 年末财政拨款结转和结余      83.80        83.80',
      '总计            3,160.50 总计            3,160.50     3,160.50',
      '',
      '                        一般公共预算财政拨款支出决算表',
      '部门：北塘县卫生健康局 公开05表                                                          金额单位：万元',
      '   科目编码        科目名称                  合计        基本支出      项目支出',
      '      208 社会保障和就业支出                180.20      180.20',
      '    20805 行政事业单位养老支出               180.20      180.20',
      '      210 卫生健康支出                  2,800.00    1,100.00    1,700.00',
      '    21004 公共卫生                    2,800.00    1,100.00    1,700.00',
      '      221 住房保障支出                     96.50       96.50',
      '    22102 住房改革支出                     96.50       96.50',
      '          合计                        3,076.70    1,376.70    1,700.00',
    ].join('\n');

  it('compares each 类 of the pieces with the detail table', () => {
    expect(errors(doc('2,800.00'))).toEqual([]);
    expect(errors(doc('2,860.00'))).toEqual(['figure.tables-disagree L12 2800.00 2,860.00']);
    // (Its message names the detail table's figure and the 总表's.)
    expect(checkTextReport(doc('2,860.00')).findings[0]!.message).toContain('“卫生健康支出”为2860.00');
  });
});

describe('a by-unit 三公 table with its 合计 after the items', () => {
  const doc = (row2: string) =>
    [
      '            2024年度“三公”经费财政拨款支出决算分单位情况表',
      '                                                                       单位：万元',
      '   单位名称    2024年预算数  因公出国（境）费  公务用车购置费  公务用车运行维护费  公务接待费   合计   2023年决算数',
      '东湖区水务局（本级）      16.00      3.20       0.00        7.10    2.40 12.70      14.30',
      '东湖区水文站            6.50      0.00       0.00        4.60    0.75 5.35        5.90',
      `东湖区河道所           24.00      0.00      15.80        5.20    1.05 ${row2}        8.40`,
      '东湖区质量监督站         2.80      0.00       0.00        1.90    0.35 2.25        2.60',
      '合计              49.30      3.20      15.80       18.80    4.55 42.35      31.20',
    ].join('\n');

  it('reports the one row whose 合计 is not the sum of its items', () => {
    expect(errors(doc('22.05'))).toEqual([]);
    const found = checkTextReport(doc('23.05')).findings.filter((f) => f.severity === 'error');
    expect(found.map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`)).toContain(
      'table.row-sum L6 22.05 23.05',
    );
    expect(found.find((f) => f.line === 6)!.message).toContain('0.00 + 15.80 + 5.20 + 1.05 = 22.05');
  });
});

describe('a 三公 table of twelve figures under an upright 合计', () => {
  const doc = (actual: string) =>
    [
      '                         表七 财政拨款“三公”经费支出决算表',
      '编制单位：溪南县文化馆                                                                         单位：万元',
      '                   预算数                                           决算数',
      ' 合 因公出国（境）        公务用车购置及运行费           公务接待 合 因公出国（境）           公务用车购置及运行费           公务接待',
      ' 计    费       小    公务用车购     公务用车运       费 计        费       小    公务用车购     公务用车运       费',
      '              计      置费        行费                           计      置费        行费',
      `5.10    0.00 3.80       0.00      3.80    1.30 ${actual}   0.00 3.45       0.00      3.45    0.92`,
      '',
      '    2024年度“三公”经费财政拨款支出决算为4.37万元。',
    ].join('\n');

  it('reads the 决算数 half and reports its 合计 (the text, agreeing with the items, says so)', () => {
    expect(errors(doc('4.37'))).toEqual([]);
    expect(errors(doc('4.57'))).toEqual(['table.row-sum L7 4.37 4.57']);
    const text = checkTextReport(doc('4.57')).findings.find((f) => f.rule === 'figure.text-table')!;
    expect(text).toMatchObject({ severity: 'note', line: 9 });
    expect(text.message).toContain('与正文一致：表中合计有误');
  });
});

describe('a 自评表 cut in pieces, its figures off their headers’ places', () => {
  const doc = (weight: string, score: string, subtotal: string) =>
    [
      '                                     项目支出绩效自评表',
      '（2024年度）                          填报单位：云岭县图书馆                                 金额单位：万元',
      '项目名称              数字阅读推广项目                                  主管部门 云岭县文化和旅游局',
      '                             年初预算数 全年预算数                全年执行 分值          执行率       得分',
      '                                                        数',
      '              年度资金总额                200.00        220.00 209.00       10    95.00%         9.50',
      '项目资金（万元）      其中：当年财政拨款             180.00        200.00 190.00 —        —         —',
      '              上年结转资金                 20.00         20.00 19.00 —         —         —',
      ' 一级指标 二级指标          三级指标         指标值          实际完成值       分值       得分          偏差原因分析及改进措施',
      '              新增电子图书数量       ≥5000册        5200册              10      10',
      '       数量指标   开展线上读书活动场 ≥30场',
      '              次                            28场                10    9.00 部分活动因场地调整顺延',
      '       质量指标',
      `产出指标          数字平台可用率               99%          99.5%        ${weight}       ${score}`,
      '       时效指标   项目完成时限         2024年12月底 2024年12月15日             10      10',
      `                          小计                                  ${Number(weight) + 30} ${subtotal}`,
      '              平台年访问量 ≥50万人次 46万人次                       20    18.50 推广渠道有限',
      '效益指标',
      '       可持续影响指 阅读服务长效机制 建立                已建立            10       9 制度尚待完善',
      '                          小计                                  30 27.50',
      '       服务对象满意 读者满意度          ≥90%                 94.0%       10      10',
      '满意度指标 度指标',
      '                          小计                                  10      10',
      `                       总分                                    100 ${(9.5 + 29 + Number(score) + 27.5 + 10).toFixed(2)} 自评等级：优`,
    ].join('\n');

  it('reads the pieces as one table: a 得分 above its 分值, a 小计 not its group’s sum', () => {
    expect(errors(doc('20', '20', '49.00'))).toEqual([]);
    // 得分 21 above 分值 20: reported on its row; the 小计 and 总分 counting it at its 分值 are not again.
    expect(errors(doc('20', '21', '49.00'))).toEqual(['score.exceeds-weight L14 ≤20 21']);
    expect(errors(doc('20', '20', '48.00'))).toEqual(['score.sum L16 49.00 48.00']);
  });
});

describe('a 自评表 资金 block whose 当年财政拨款 label wraps', () => {
  const doc = (spent: string) =>
    [
      '                               项目支出绩效自评表',
      '                                 （2024年度）                                    单位：万元',
      '                年初预算数        全年预算数 全年执行数 分值 执行率                             得分',
      '     年度资金总额          400.00      450.00      432.00 10 96.00%                    9.60',
      '项目资 其中：当年财政拨',
      `金（万     款            350.00      400.00      ${spent} —        96.00% —`,
      ' 元）',
      '     上年结转资金           50.00       50.00        48.00 —       96.00% —',
      '      其他资金             0.00        0.00         0.00 —     —         —',
    ].join('\n');

  it('names the row whose 执行数 breaks both the sum and its own 执行率', () => {
    expect(errors(doc('384.00'))).toEqual([]);
    const found = checkTextReport(doc('394.00')).findings.filter((f) => f.severity === 'error');
    expect(found.map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`)).toEqual([
      'table.total L6 384.00 394.00',
    ]);
    expect(found[0]!.message).toContain('故该行执行数394.00有误，应为384.00');
  });
});

describe('a 三公 table printed labels first, then headers, then figures row by row', () => {
  const doc = (total: string, car2023: string, rate: string) =>
    [
      '一、“三公”经费决算情况表',
      '项目',
      '',
      '合计',
      '1.因公出国（境）费',
      '2.公务用车购置及运行费',
      '其中：（1）公务用车购置费',
      '（2）公务用车运行费',
      '3.公务接待费',
      '',
      '单位：万元',
      '2024年预算数 2024年决算数 决算占预算% 2023年决算数 增减额 增减%',
      '30.00',
      total,
      '86.00%',
      `40.00 -14.20 ${rate}`,
      '0.00',
      '0.00 —',
      '0.00 0.00 —',
      '24.00',
      '21.50',
      '89.58%',
      `${car2023} -12.50 -36.76%`,
      '0.00',
      '0.00 —',
      '20.00 -20.00 -100.00%',
      '24.00',
      '21.50',
      '89.58%',
      '14.00 7.50 53.57%',
      '6.00',
      '4.30',
      '71.67%',
      '6.00 -1.70 -28.33%',
    ].join('\n');

  it('reads the rows and judges the sums and the change columns', () => {
    expect(errors(doc('25.80', '34.00', '-35.50%'))).toEqual([]);
    expect(errors(doc('28.50', '34.00', '-35.50%'))).toEqual(['table.row-sum L14 25.80 28.50']);
    expect(errors(doc('25.80', '33.00', '-35.50%'))).toEqual(['table.row-sum L23 34.00 33.00']);
    expect(errors(doc('25.80', '34.00', '-30.50%'))).toEqual(['change.percent L16 -35.50 -30.50']);
  });
});
