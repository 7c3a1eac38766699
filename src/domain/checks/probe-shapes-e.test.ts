/**
 * A 项目支出绩效自评表 as `pdftotext -layout` prints one made in Word (units, names and figures made up):
 * narrow columns one space apart ("年初预算数 全年预算数 全年执行数"), indicator names and 偏差原因 wrapped onto
 * lines of their own, columns shifted by the Chinese text before them; and its 自评结论 under it, a paragraph
 * of two lines whose first is indented, the total's grade stated after the parts' scores.
 */
import { describe, expect, it } from 'vitest';
import { print } from './__fixtures__/corpus.ts';
import { checkTextReport, layoutDocument, textLines } from './index.ts';

const sheet = (o: { fundScore?: string; leafScore?: string; total?: string; grade?: string } = {}) =>
  [
    '                        2024年度项目支出绩效自评表',
    '  项目名称        青禾县中小学校舍维修改造项目',
    '  主管部门        青禾县教育局                实施单位           青禾县教育后勤服务中心',
    '  项目资金（万元）         年初预算数 全年预算数 全年执行数           分值      执行率        得分',
    '年度资金总额                  400.00 450.00 432.00      10     96.00%      ' + (o.fundScore ?? '9.60'),
    '其中：当年财政拨款               400.00 420.00 405.00 —           96.43% —',
    '上年结转资金                    0.00  30.00  27.00 —           90.00% —',
    '一级指标     二级指标       三级指标      年度指标值 实际完成值 分值 得分                偏差原因分析及改进措施',
    '                完成维修改造校舍建筑 ≥12所 11所                       1所学校因学期安排推迟至寒假施',
    '产出指标 数量指标       面积覆盖学校数                            20 ' +
      (o.leafScore ?? '18.30') +
      ' 工，已纳入2025年计划',
    '       质量指标     工程验收合格率 100%       100%      20 20.00',
    '       时效指标     按期完工率          100%    91.7%     10    9.20 部分工程受雨季影响延期',
    '效益指标 社会效益指标 改善学生学习条件   明显改善      明显改善         20          20.00',
    '满意度指 服务对象满意 师生满意度     ≥90%         93.6%  20 20.00',
    '标    度指标',
    '总分                                         100 ' + (o.total ?? '97.10'),
    '  自评结论：本项目自评得分' +
      (o.total ?? '97.10') +
      '分，其中预算执行得分9.60分，产出指标得分47.50分，效',
    '益指标得分20.00分，满意度指标得分20.00分，自评等级为“' + (o.grade ?? '优') + '”。',
  ].join('\n');

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity !== 'note')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);
const claims = (text: string, kind: string) =>
  checkTextReport(text)
    .claims.filter((c) => c.kind === kind)
    .map((c) => `${c.verified ? '✓' : '✗'} ${c.arithmetic}`);

describe('a 自评表 as pdftotext -layout prints it', () => {
  it('clean: the funds part, the scores and the grade are read, and hold', () => {
    expect(errors(sheet())).toEqual([]);
    expect(claims(sheet(), 'score')).toEqual([
      '✓ 资金得分 10 × 执行率96.00% = 9.60，表中9.60',
      '✓ 各项得分之和 9.60 + 18.30 + 20.00 + 9.20 + 20.00 + 20.00，总分97.10',
      // The 自评结论's parts (its list ends with the grade).
      '✓ 各项得分之和 9.60 + 47.50 + 20.00 + 20.00，总分97.10',
      // The 自评结论's score against the 总分 above it (conclusion-scores.ts).
      '✓ 自评表总分97.10，其下自评结论得分97.10分',
    ]);
    expect(claims(sheet(), 'grade')).toEqual(['✓ 得分97.10分对应等次“优”，文中“优”']);
  });

  it('reads the funds part’s columns set one space apart', () => {
    expect(errors(sheet({ fundScore: '9.06' }))).toContain('score.rule 9.60 9.06');
  });

  it('finds a 总分 that is not the sum of the rows’ 得分', () => {
    expect(errors(sheet({ leafScore: '18.80' }))).toEqual(['score.sum 97.60 97.10']);
  });

  it('grades the total, not the last part’s score before the grade', () => {
    expect(errors(sheet({ grade: '良' }))).toEqual(['grade.score 优 良']);
    // The paragraph's lines apart (plain pdftotext): the part's score alone is not graded.
    const split = checkTextReport('益指标得分20.00分，满意度指标得分20.00分，自评等级为“优”。');
    expect(split.findings).toEqual([]);
  });

  it('leaves a table whose 分值 do not add up to its 总分 unread (a row missed)', () => {
    const missing = sheet({ leafScore: '18.80' }).replace(/\n {7}质量指标.*\n/, '\n');
    // (The table's rows: the 自评结论's parts are read on their own.)
    expect(claims(missing, 'score').filter((c) => c.includes('各项得分之和') && c.includes('18.80'))).toEqual(
      [],
    );
  });
});

/** A narrow table as pdftotext -layout prints it from a PDF (Chromium, 11pt): every cell one space apart. */
const tight = (rate = '94.18%') =>
  [
    '                 表10 2024年度部门评价项目情况表',
    '序号  项目名称     预算数 执行数 执行率 评价得分 评价等级',
    '1 城市精细化管理专项 862.40 835.16 96.84% 93.50 优',
    `2 社区养老服务补贴 746.30 702.88 ${rate} 88.20 良`,
    '3 老旧小区综合改造 537.60 498.25 92.68% 84.60 良',
    '合计          2,146.30 2,036.29 94.87%',
  ].join('\n');

describe('a table whose cells pdftotext set one space apart', () => {
  it('reads each row as a row, its cells by their order under the header', () => {
    expect(errors(tight())).toEqual([]);
    expect(claims(tight(), 'completion')).toEqual([
      '✓ 835.16 ÷ 862.40 × 100% = 96.84%，表中96.84%',
      '✓ 702.88 ÷ 746.30 × 100% = 94.18%，表中94.18%',
      '✓ 498.25 ÷ 537.60 × 100% = 92.68%，表中92.68%',
      // (The 合计 row, its figures set right of their columns, read under the columns of their kinds.)
      '✓ 2036.29 ÷ 2146.30 × 100% = 94.87%，表中94.87%',
    ]);
  });

  it('finds a wrong rate in such a row', () => {
    expect(errors(tight('92.18%'))).toEqual(['completion.percent 94.18% 92.18%']);
  });

  it('keeps prose with figures one space apart prose', () => {
    const prose = '本部门 2024 年度收入 2,940.05 万元 支出 2,901.33 万元 结余 38.72 万元';
    expect(layoutDocument(textLines(prose)).blocks.map((b) => b.kind)).toEqual(['paragraph']);
    expect(layoutDocument(textLines(tight())).blocks.map((b) => b.kind)).toEqual(['paragraph', 'table']);
    expect(errors(`${tight()}\n${prose}`)).toEqual([]);
  });
});

describe('a 总表 whose 支出 label wrapped in its cell, its tail printed before the next label', () => {
  const table = (total: string) =>
    [
      '                          财政拨款收入支出决算总表',
      '                                                                   单位：万元',
      '      项目      决算数         项目       合计 一般公共预算财政拨',
      '一、一般公共预算财政拨款 2,140.60 一、一般公共服务支出 905.20   905.20         0.00        0.00',
      '二、政府性基金预算财政拨款 0.00 出  二、社会保障和就业支   431.15     431.15         0.00        0.00',
      '三、国有资本经营预算财政拨 0.00 三、卫生健康支出        406.25     406.25         0.00        0.00',
      '                      四、住房保障支出     398.00     398.00         0.00        0.00',
      `本年收入合计       2,140.60 本年支出合计     ${total}   ${total}         0.00        0.00`,
    ].join('\n');
  it('does not add up the numbered items it could not all read', () => {
    expect(errors(table('2,140.60'))).toEqual([]);
    expect(
      claims(table('2,140.60'), 'table').filter((c) => c.includes('本年支出合计”等于上方各项之和')),
    ).toEqual([]);
  });
});

describe('a narrow 部门决算 page: labels wrapped in their cells', () => {
  it('does not add up a 总表 side whose item lost its ordinal to the line above', () => {
    const text = [
      '                 财政拨款收入支出决算总表',
      '                                                       单位：万元',
      '   项目      决算数      项目      合计     一般公共预算 政府性基金预 国有资本经营',
      '                                    财政拨款 算财政拨款 预算财政拨款',
      '一、一般公共预 2,870.40 一、一般公共 801.15        801.15    0.00      0.00',
      '算财政拨款            服务支出',
      '二、政府性基金     0.00 二、社会保障',
      '预算财政拨款           和就业支出 996.30      996.30   0.00      0.00',
      '三、国有资本经     0.00 三、卫生健康   315.45      315.45    0.00      0.00',
      '营预算财政拨款          支出',
      '                 四、住房保障 757.50         757.50   0.00      0.00',
      '                 支出',
      '本年收入合计 2,870.40 本年支出合计 2,870.40      2,870.40   0.00      0.00',
    ].join('\n');
    expect(errors(text)).toEqual([]);
  });

  it('takes a 科目 name whose head wrapped onto the line above its code for that code’s', () => {
    const text = [
      '                      一般公共预算财政拨款支出决算表',
      '                                                         单位：万元',
      '科目编        科目名称    本年支出合 基本支 项目支 上缴上级 经营支 对附属单位',
      ' 码                    计         出        出     支出 出 补助支出',
      '        合计          1,120.50 720.50 400.00  0.00 0.00 0.00',
      '    201 一般公共服务支出    1,120.50 720.50 400.00      0.00 0.00 0.00',
      '        政府办公厅（室）及相',
      '  20103 关机构事务       1,120.50 720.50 400.00      0.00 0.00 0.00',
      '2010301 行政运行           720.50 720.50 0.00         0.00 0.00 0.00',
      '2010350 事业运行          400.00 0.00 400.00      0.00 0.00 0.00',
    ].join('\n');
    expect(errors(text)).toEqual([]);
    const wrong = checkTextReport(text.replace('关机构事务', '关机构事务支出外')).findings;
    expect(wrong.map((f) => `${f.severity} ${f.rule} ${f.found}`)).toEqual([
      'warning table.code-name 20103 关机构事务支出外',
    ]);
    // Read by order (its figures one space apart, shifted by the labels): the 类 and 款 rows add up.
    expect(claims(text, 'table').some((c) => c.startsWith('✓') && c.includes('等于其下款级科目之和'))).toBe(
      true,
    );
  });
});

describe('a 总表 some of whose rows print only part of their figures, one space apart', () => {
  it('sums no list whose items could not all be placed in their columns', () => {
    const text = [
      '                           财政拨款收入支出决算总表',
      '                                                                                               单位：万元',
      '         收入                                      支出',
      '     项目      决算数         项目           合计 一般公共预算财政',
      '                                             拨款',
      '                                                       政府性基金预算财政 国有资本经营预算财政',
      '                                                           拨款        拨款',
      '一、一般公共预算财政拨 11103.82 一、农林水支出         8256.84   8256.84        0.00       0.00',
      '款',
      '二、政府性基金预算财政     0.00 二、城乡社区支出        1467.93            1467.93                        0.00          0.00',
      '拨款',
      '\f三、国有资本经营预算财     0.00 三、社会保障和就业   577.31     577.31               0.00            0.00',
      '政拨款                  支出',
      '                     四、卫生健康支出    234.86     234.86               0.00            0.00',
      '                     五、住房保障支出    351.28     351.28               0.00            0.00',
      '本年收入合计      11103.82 本年支出合计    10888.22   10888.22               0.00            0.00',
      '年初财政拨款结转和结余 402.18 年末财政拨款结转和',
      '                     结余          617.78     617.78               0.00            0.00',
      '一、一般公共预算财政拨 402.18',
      '款',
      '二、政府性基金预算财政     0.00',
      '拨款',
      '三、国有资本经营预算财     0.00',
      '政拨款',
      '总计          11506.00 总计        11506.00   11506.00               0.00            0.00',
    ].join('\n');
    expect(errors(text)).toEqual([]);
  });
});

describe('a 情况说明 with many short headings and the budget and outturn of each part after 其中', () => {
  const headings = [
    '第一部分 部门概况',
    '一、主要职能',
    '二、机构设置',
    '第二部分 2024年度部门决算表',
    '第三部分 2024年度部门决算情况说明',
    '一、收入支出决算总体情况说明',
    '二、收入决算情况说明',
    '三、支出决算情况说明',
    '四、财政拨款收入支出决算总体情况说明',
    '五、一般公共预算财政拨款支出决算情况说明',
  ];
  const doc = (projectRate = '93.50') =>
    print(
      [
        { kind: 'h', text: '青禾市气象服务中心2024年度部门决算' },
        ...headings.slice(0, 9).map((text) => ({ kind: 'h' as const, text })),
        { kind: 'h', text: headings[9]! },
        {
          kind: 'p',
          text: `一般公共预算财政拨款支出年初预算为1,600.00万元，支出决算为1,558.20万元，完成年初预算的97.39%。其中：基本支出年初预算为1,200.00万元，支出决算为1,184.20万元，完成年初预算的98.68%；项目支出年初预算为400.00万元，支出决算为374.00万元，完成年初预算的${projectRate}%。`,
        },
        {
          kind: 'p',
          text: '1.一般公共服务（类）气象事务（款）行政运行（项）：年初预算为820.00万元，支出决算为811.40万元，完成年初预算的98.95%，决算数小于年初预算数的主要原因是人员调出。',
        },
        {
          kind: 'p',
          text: '2.一般公共服务（类）气象事务（款）气象服务（项）：年初预算为380.00万元，支出决算为372.80万元，完成年初预算的98.11%，决算数小于年初预算数的主要原因是厉行节约，压减一般性支出。',
        },
      ],
      'layout',
      52,
    );

  it('tells the wrap width from the lines that end inside a sentence, and reads each part’s rate', () => {
    expect(layoutDocument(textLines(doc())).wrapWidth).not.toBeNull();
    expect(errors(doc())).toEqual([]);
    expect(claims(doc(), 'sum')).toEqual(['✓ 1184.20 + 374.00 = 1558.20万元，合计1558.20万元']);
    expect(claims(doc(), 'completion').filter((c) => c.includes('÷'))).toEqual([
      '✓ 1558.20 ÷ 1600.00万元 × 100% = 97.39%，文中97.39%',
      '✓ 1184.20 ÷ 1200.00万元 × 100% = 98.68%，文中98.68%',
      '✓ 374.00 ÷ 400.00万元 × 100% = 93.50%，文中93.50%',
      '✓ 811.40 ÷ 820.00万元 × 100% = 98.95%，文中98.95%',
      '✓ 372.80 ÷ 380.00万元 × 100% = 98.11%，文中98.11%',
    ]);
  });

  it('finds a wrong rate in the second clause group after 其中', () => {
    expect(errors(doc('95.30'))).toEqual(['completion.percent 93.50% 95.30%']);
  });
});

describe('a 自评表 funds part whose merged 项目资金（万元） cell is printed in pieces left of its rows', () => {
  const funds = (rate = '94.40%') =>
    [
      '                                 项目支出绩效自评表',
      '项目名称       乡镇污水管网维护项目',
      '                    年初预算数      全年预算数 全年执行数              分值 执行率             得分',
      `项目资 年度资金总额              300.00    320.00     302.08      10 ${rate}         9.44`,
      ' 金 其中：当年财政拨款            300.00    310.00     293.08      —  94.54%          —',
      '（万元）上年结转资金                0.00     10.00       9.00      —  90.00%          —',
    ].join('\n');
  it('reads the rows by order under the header', () => {
    expect(errors(funds())).toEqual([]);
    expect(claims(funds(), 'score')).toEqual(['✓ 资金得分 10 × 执行率94.40% = 9.44，表中9.44']);
    expect(errors(funds('94.04%'))).toContain('completion.percent 94.40% 94.04%');
  });
});

describe('a budget 安排 and its outturn, the rate 为预算的 or 完成预算的', () => {
  const text = (a: string, b: string) =>
    [
      `    2024年度“三公”经费预算安排48.00万元，实际支出41.76万元，为预算的${a}%，较上年减少3.20万元。`,
      `    公务接待费预算安排6.00万元，实际支出5.13万元，完成预算的${b}%。`,
    ].join('\n');
  it('reads both', () => {
    expect(errors(text('87.00', '85.50'))).toEqual([]);
    expect(claims(text('87.00', '85.50'), 'completion')).toEqual([
      '✓ 41.76 ÷ 48.00万元 × 100% = 87.00%，文中87.00%',
      '✓ 5.13 ÷ 6.00万元 × 100% = 85.50%，文中85.50%',
    ]);
    expect(errors(text('78.00', '58.50'))).toEqual([
      'completion.percent 87.00% 78.00%',
      'completion.percent 85.50% 58.50%',
    ]);
  });
});
