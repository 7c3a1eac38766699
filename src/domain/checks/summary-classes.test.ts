/**
 * A 收入支出决算总表 cut into pieces by the layout (its empty 类 rows read as headings between them) and the
 * 支出决算表 of the same set (units, names and figures made up): 本年支出合计 = Σ 类 of the 支出 half, and each
 * 类 = the same 类 in the 支出决算表 — reported on the table whose own sums say it is the odd one.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const TEXT = [
  `                                    收入支出决算总表`,
  `编制单位：青禾县农业农村局                               公开01表                        单位：万元`,
  `                        收入                                          支出`,
  `                   项目              决算数                         项目        决算数`,
  `一、一般公共预算财政拨款收入                        6,120.40 一、一般公共服务支出`,
  `二、政府性基金预算财政拨款收入                                二、外交支出`,
  `三、国有资本经营预算财政拨款收入                               三、国防支出`,
  `四、上级补助收入                                       四、公共安全支出`,
  `五、事业收入                                   210.60 五、教育支出`,
  `六、经营收入                                         六、科学技术支出`,
  `七、附属单位上缴收入                                     七、文化旅游体育与传媒支出`,
  `八、其他收入                                   35.00 八、社会保障和就业支出                     402.16`,
  `                                               九、卫生健康支出                        130.44`,
  `                                               十、节能环保支出`,
  `                                               十一、城乡社区支出`,
  `                                               十二、农林水支出                     5,512.70`,
  `                                               十三、交通运输支出`,
  `                                               十四、资源勘探工业信息等支出`,
  `                                               十五、商业服务业等支出`,
  `                                               十六、金融支出`,
  `                                               十七、援助其他地区支出`,
  `                                               十八、自然资源海洋气象等支出`,
  `                                               十九、住房保障支出                       %HOUSE%`,
  `                                               二十、粮油物资储备支出`,
  `                                               二十一、灾害防治及应急管理支出`,
  `                                               二十二、其他支出`,
  `本年收入合计                                6,366.00 本年支出合计                       6,280.90`,
  `使用非财政拨款结余                                      结余分配`,
  `年初结转和结余                                 120.50 年末结转和结余                         205.60`,
  `总计                                        6,486.50 总计                                 6,486.50`,
  `注：本表反映本部门2024年度的总收支和年末结转结余情况。`,
  ``,
  `                                        支出决算表`,
  `编制单位：青禾县农业农村局                                   公开03表                                             单位：万元`,
  `   科目编码             科目名称      本年支出合计         基本支出           项目支出`,
  ` 类 款 项`,
  `             合计                   6,280.90       1,980.20    4,300.70`,
  ` 208         社会保障和就业支出              402.16         402.16`,
  ` 208 05      行政事业单位养老支出             402.16         402.16`,
  ` 210         卫生健康支出                 130.44         130.44`,
  ` 210 11      行政事业单位医疗               130.44         130.44`,
  ` 213         农林水支出                5,512.70       1,212.00    4,300.70`,
  ` 213 01      农业农村                 5,512.70       1,212.00    4,300.70`,
  ` 221         住房保障支出                 %HOUSE2%        235.60`,
  ` 221 02      住房改革支出                 235.60        235.60`,
  `注：本表反映本部门2024年度各项支出情况。`,
].join('\n');

const doc = (house: string, detail: string, total = '6,280.90') =>
  TEXT.replace('%HOUSE%', house)
    .replace('%HOUSE2%', detail)
    .replace('本年支出合计                       6,280.90', `本年支出合计                       ${total}`);
const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`);

describe('a 总表 in pieces against the 支出决算表', () => {
  it('gives no error when the tables agree', () => {
    expect(errors(doc('235.60', '235.60'))).toEqual([]);
    const claims = checkTextReport(doc('235.60', '235.60')).claims.map((c) => c.arithmetic);
    expect(claims).toContain('住房保障支出：《收入支出决算总表》235.60，《支出决算表》235.60');
    expect(
      claims.some((c) =>
        c.includes('“本年支出合计”等于各类支出之和：402.16 + 130.44 + 5512.70 + 235.60 = 6280.90'),
      ),
    ).toBe(true);
  });

  it('reports the 总表 类 whose detail figure makes its 本年支出合计 hold, and not the sum again', () => {
    const found = checkTextReport(doc('253.60', '235.60')).findings.filter((f) => f.severity === 'error');
    expect(found.map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`)).toEqual([
      'figure.tables-disagree L23 235.60 253.60',
    ]);
    expect(found[0]!.message).toContain('按235.60计，总表各类支出之和恰为本年支出合计6280.90');
  });

  it('reports the detail table when the 总表 adds up with its own figure', () => {
    expect(errors(doc('235.60', '253.60'))).toContain('figure.tables-disagree L44 235.60 253.60');
    expect(errors(doc('235.60', '253.60'))).not.toContain('figure.tables-disagree L23 253.60 235.60');
  });

  it('reports 本年支出合计 ≠ Σ 类 over the pieces', () => {
    expect(errors(doc('235.60', '235.60', '6,290.90'))).toContain('table.total L27 6280.90 6,290.90');
  });
});

describe('the 收入 half of a 总表 in pieces with blank items', () => {
  // Items 二、三、四、六、七 print no figure; their labels run into the 支出 label beside them.
  const income = (total: string) =>
    doc('235.60', '235.60').replace(
      '本年收入合计                                6,366.00',
      `本年收入合计                                ${total}`,
    );

  it('sums the items that print a figure, a blank one as 0', () => {
    expect(errors(income('6,366.00'))).toEqual([]);
    const claims = checkTextReport(income('6,366.00')).claims.map((c) => c.arithmetic);
    expect(claims).toContain(
      '《收入支出决算总表》“本年收入合计”等于各项收入之和（空白项按0计）：6120.40 + 210.60 + 35.00 = 6366.00，表中6366.00',
    );
  });

  it('reports a 本年收入合计 that is not their sum, the 总计 confirming the items', () => {
    const found = checkTextReport(income('6,636.00')).findings.filter((f) => f.severity === 'error');
    expect(found.map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`)).toEqual([
      'table.total L27 6366.00 6,636.00',
    ]);
    expect(found[0]!.message).toContain('各项收入加“年初结转和结余”正好等于“总计”6486.50');
  });

  it('sums nothing when a blank item runs into a 支出 label that prints a figure', () => {
    const text = income('6,636.00').replace(
      '四、上级补助收入                                       四、公共安全支出',
      '四、上级补助收入                                       四、公共安全支出               12.00',
    );
    expect(errors(text).filter((e) => e.includes('6,636.00'))).toEqual([]);
  });
});

describe('a 财政拨款总表 in pieces read across', () => {
  // Wrapped 类 names cut the 总表 into pieces; each 支出 row prints 合计 and 一般公共预算财政拨款.
  const fiscal = (social: string) =>
    [
      `                      财政拨款收入支出决算总表`,
      `                                                            单位：万元`,
      `        收入                              支出`,
      `     项目    决算数           项目      合计 一般公共预算财`,
      `                                         政拨款`,
      `一、一般公共预算财  3,265.90 一、一般公共服务支出    640.20     640.20`,
      `政拨款`,
      `二、政府性基金预算           二、外交支出`,
      `财政拨款`,
      `                    三、教育支出        815.40     815.40`,
      `                    四、科学技术支出`,
      `                    五、文化旅游体育与传`,
      `                    媒支出`,
      `                    六、社会保障和就业支  1,205.30  ${social}`,
      `                    出`,
      `                    七、卫生健康支出      190.00     190.00`,
      `                    八、节能环保支出`,
      `                    九、资源勘探工业信`,
      `                    息等支出`,
      `                    十、农林水支出       210.00     210.00`,
      `                    十一、交通运输支出`,
      `                    十二、商业服务业等支`,
      `                    出`,
      `                    十三、金融支出`,
      `                    十四、援助其他地区支`,
      `                    出`,
      `                    十五、自然资源海洋气`,
      `                    象等支出`,
      `                    十六、住房保障支出     205.00     205.00`,
      `                    十七、粮油物资储备支`,
      `                    出`,
      `                    十八、灾害防治及应`,
      `                    急管理支出`,
      `                    十九、其他支出`,
      `本年收入合计     3,265.90 本年支出合计      3,265.90   3,265.90`,
      `   总计      3,265.90 总计          3,265.90   3,265.90`,
      ``,
      `                     一般公共预算财政拨款支出决算表`,
      `                                                          单位：万元`,
      `              科目编码及名称         合计 基本支出 项目支出`,
      `201 一般公共服务支出                   640.20   640.20`,
      ` 20101 人大事务                     640.20   640.20`,
      `205 教育支出                       815.40   815.40`,
      ` 20502 普通教育                     815.40   815.40`,
      `208 社会保障和就业支出             1,205.30  1,205.30`,
      ` 20805 行政事业单位养老支出         1,205.30  1,205.30`,
      `210 卫生健康支出                     190.00   190.00`,
      ` 21011 行政事业单位医疗               190.00   190.00`,
      `213 农林水支出                       210.00   210.00`,
      ` 21301 农业农村                     210.00   210.00`,
      `221 住房保障支出                     205.00   205.00`,
      ` 22102 住房改革支出                   205.00   205.00`,
      `合计                             3,265.90 3,265.90`,
    ].join('\n');

  it('gives no error when each row adds up', () => {
    expect(errors(fiscal('1,205.30'))).toEqual([]);
  });

  it('reports the 一般公共预算 figure of a row when the 支出决算表 and its column name it', () => {
    const found = checkTextReport(fiscal('1,250.30')).findings.filter((f) => f.severity === 'error');
    expect(found.map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`)).toEqual([
      'table.row-sum L14 1205.30 1,250.30',
    ]);
  });
});

/**
 * A 财政拨款总表 whose header runs over four lines (two column names one space apart on one of them, a caption row
 * "部门：… 单位：万元" above), the 支出 half's "项目" beside the 收入 half's 决算数, and 收入 and 支出 labels both
 * wrapped onto the line below their figures.
 */
const WRAPPED_FISCAL = (farm: string) =>
  [
    `公开04表`,
    `                       财政拨款收入支出决算总表`,
    `                                        部门：澄川县林业局                  单位：万元`,
    `        收入                                  支出`,
    `     项目     决算数         项目       合计 一般公共预算财政`,
    `                                        拨款`,
    `                                                  政府性基金预算财政 国有资本经营预算`,
    `                                                      拨款      财政拨款`,
    `一、一般公共预算财政 4,150.00 一、社会保障和就     260.00    260.00`,
    `拨款                  业支出`,
    `二、政府性基金预算财 1,020.00 二、卫生健康支出 110.00         110.00`,
    `政拨款`,
    `三、国有资本经营预算     0.00 三、城乡社区支出 1,020.00                 1,020.00`,
    `财政拨款`,
    `                    四、农林水支出 3,612.50       ${farm}`,
    `                    五、住房保障支出 90.00            90.00`,
    `本年收入合计     5,170.00 本年支出合计   5,092.50      4,072.50   1,020.00`,
    `年初财政拨款结转和结 120.00 年末财政拨款结转 197.50            107.50      90.00`,
    `余                   和结余`,
    ` 一般公共预算财政拨 30.00`,
    `款`,
    ` 政府性基金预算财政 90.00`,
    `拨款`,
    ` 国有资本经营预算财`,
    `政拨款`,
    `     总计    5,290.00     总计   5,290.00      4,180.00   1,110.00`,
    `注：本表反映部门本年度财政拨款总收支和年末财政拨款结转结余情况。`,
    `公开05表`,
    `                      一般公共预算财政拨款支出决算表`,
    `                                   部门：澄川县林业局                   单位：万元`,
    `                       项目                 合计         基本支出        项目支出`,
    ` 类      款 项                 科目名称`,
    `                        合计                4,072.50    1,960.00    2,112.50`,
    ` 208            社会保障和就业支出                   260.00      260.00`,
    ` 210            卫生健康支出                      110.00      110.00`,
    ` 213            农林水支出                     3,612.50    1,500.00     2,112.50`,
    ` 221            住房保障支出                       90.00       90.00`,
    `注：本表反映部门本年度一般公共预算财政拨款实际支出情况。`,
  ].join('\n');

describe('a 财政拨款总表 with a four-line header and labels wrapped on both halves', () => {
  it('holds its 一般公共预算 column per 类 to the 一般公共预算 table, the 分栏 figure blamed', () => {
    expect(
      checkTextReport(WRAPPED_FISCAL('3,612.50')).findings.filter((f) => f.severity === 'error'),
    ).toEqual([]);
    const found = checkTextReport(WRAPPED_FISCAL('3,621.50')).findings.filter((f) => f.severity === 'error');
    expect(found.map((f) => [f.rule, f.found, f.expected])).toEqual([
      ['table.row-sum', '3,621.50', '3612.50'],
    ]);
  });
});

describe('a 财政拨款总表 of 一般公共预算 money alone, cut by its empty 类 rows', () => {
  // The official layout lists every 类; most are empty. One 收入 item prints a figure; 二、三 are blank.
  const fiscal = (o: { income?: string; total?: string; closing?: string; stray?: boolean } = {}) =>
    [
      `                         财政拨款收入支出决算总表`,
      `                                                               单位：万元`,
      `             收入                           支出`,
      `                                                     一般公共 政府性基 国有资本`,
      `        项目        决算数            项目            合计 预算财政 金预算财 经营预算`,
      `                                                      拨款 政拨款 财政拨款`,
      `一、一般公共预算财政拨款      ${o.income ?? '947.35'} 一、一般公共服务支出            512.08 512.08`,
      `二、政府性基金预算财政拨款            二、外交支出`,
      `三、国有资本经营预算财政拨款           三、国防支出`,
      `                         四、公共安全支出`,
      `                         五、教育支出`,
      `                         六、科学技术支出`,
      `                         七、文化旅游体育与传媒支出`,
      `                         八、社会保障和就业支出           203.44 203.44`,
      o.stray ? `                                                      6.00` : '',
      `                         九、卫生健康支出               71.90 71.90`,
      `                         十、节能环保支出`,
      `                         十一、城乡社区支出`,
      `                         十二、农林水支出`,
      `                         十三、交通运输支出`,
      `                         十四、资源勘探工业信息等支出`,
      `                         十五、商业服务业等支出`,
      `\f                                    十六、金融支出`,
      `                                    十七、援助其他地区支出`,
      `                                    十八、自然资源海洋气象等支出`,
      `                                    十九、住房保障支出         126.30 126.30`,
      `                                    二十、粮油物资储备支出`,
      `                                    二十一、国有资本经营预算支出`,
      `                                    二十二、灾害防治及应急管理支出`,
      `                                    二十三、其他支出`,
      `                                    二十四、抗疫特别国债安排的支出`,
      `本年收入合计                       947.35 本年支出合计            913.72 913.72`,
      `年初财政拨款结转和结余                   18.40 年末财政拨款结转和结余        ${o.closing ?? '52.03'} ${o.closing ?? '52.03'}`,
      `一、一般公共预算财政拨款                  18.40`,
      `二、政府性基金预算财政拨款`,
      `三、国有资本经营预算财政拨款`,
      `总计                           ${o.total ?? '965.75'} 总计                965.75 965.75`,
      `注：本表反映部门本年度财政拨款总收支和结转结余情况。`,
    ]
      .filter((l) => l !== '')
      .join('\n');
  const errors = (text: string) =>
    checkTextReport(text)
      .findings.filter((f) => f.severity === 'error')
      .map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`);

  it('holds a clean table, its 收入 合计 summed with the blank items as 0', () => {
    expect(errors(fiscal())).toEqual([]);
    const claims = checkTextReport(fiscal()).claims.map((c) => c.arithmetic);
    expect(claims).toContain(
      '《财政拨款收入支出决算总表》“本年收入合计”等于各项收入之和（空白项按0计）：947.35 = 947.35，表中947.35',
    );
    expect(claims).toContain(
      '《财政拨款收入支出决算总表》“总计”等于“本年收入合计”加“年初财政拨款结转和结余”：947.35 + 18.40 = 965.75，表中965.75',
    );
  });

  it('finds the one 收入 item that is not its 合计', () => {
    expect(errors(fiscal({ income: '  974.35' }))).toEqual(['table.total L31 974.35 947.35']);
  });

  it('finds a 总计 that is not the 合计 and the 结转 beside it, on either side', () => {
    expect(errors(fiscal({ total: '956.75' }))).toEqual([
      'table.total L36 965.75 956.75',
      'table.balance L36 956.75 965.75',
    ]);
    expect(errors(fiscal({ closing: '25.03' }))).toEqual(['table.total L36 938.75 965.75']);
  });

  it('sums no 收入 items when a figure stands on a line that is neither an item nor a 类', () => {
    expect(errors(fiscal({ income: '  974.35', stray: true })).filter((e) => e.includes('L32'))).toEqual([]);
  });
});
