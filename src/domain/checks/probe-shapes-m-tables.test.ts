/**
 * Table arithmetic met in fresh documents (units, names and figures made up):
 *  - a 科目 row printing its 合计 and one part, the other part's cell left blank (0): 合计 = 基本支出 + 项目支出;
 *  - a 监控 执行情况表 with 序时进度 / 偏差 columns (their labels one space apart in the header) and 合计 first:
 *    合计 = Σ the projects, each row's 预算执行率 = 执行数 ÷ 预算;
 *  - an indicator table 年度目标值 | 1—8月完成值 | 完成进度: 完成进度 = 完成值 ÷ 目标值.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);
const claims = (text: string, re: RegExp) =>
  checkTextReport(text)
    .claims.filter((c) => re.test(c.arithmetic))
    .map((c) => [c.verified, c.arithmetic]);

describe('a 科目 row with a blank part', () => {
  const row = (code: string, name: string, ...figures: string[]) =>
    `${code.padStart(9)} ${name.padEnd(14, '　')}${figures.map((f) => f.padStart(11)).join('')}`.trimEnd();
  const table = (other: string) =>
    [
      '兰坪区城市管理局2024年度部门决算',
      '                    一般公共预算财政拨款支出决算表',
      '                                                         单位：万元',
      `${'科目编码'.padStart(9)} ${'科目名称'.padEnd(14, '　')}${['合计', '基本支出', '项目支出'].map((h) => h.padStart(9)).join('  ')}`,
      row('', '合计', '3,690.50', '2,410.30', '1,280.20'),
      row('212', '城乡社区支出', '3,690.50', '2,410.30', '1,280.20'),
      row('21201', '城乡社区管理事务', '3,690.50', '2,410.30', '1,280.20'),
      row('2120101', '行政运行', '2,410.30', '2,410.30', ''),
      row('2120104', '城管执法', '836.70', '', '836.70'),
      row('2120199', '其他城乡社区管理事务支出', other, '', '443.50'),
    ].join('\n');

  it('judges 合计 = 基本支出 + 项目支出 with the blank cell as 0', () => {
    expect(errors(table('443.50'))).toEqual([]);
    expect(claims(table('443.50'), /2120199.*行/)).toEqual([
      [
        true,
        '《一般公共预算财政拨款支出决算表》“2120199 其他城乡社区管理事务支出”行（合计）等于其后各栏之和：0 + 443.50 = 443.50，表中443.50',
      ],
    ]);
    expect(errors(table('453.50'))).toContain('table.row-sum 443.50 453.50');
  });
});

describe('a 监控 执行情况表 with 序时进度 and 偏差 columns', () => {
  const table = (total: string, rate: string) =>
    [
      '青槐市水务局2024年1—8月预算绩效运行监控报告',
      '                          表1 项目预算执行监控情况表',
      '                                                                             单位：万元',
      '       项目名称        年初预算       调整后预算      1—8月执行数      预算执行率       序时进度 偏差（百分点）',
      `合计                   3,200.00   3,420.00     ${total}    66.84%      66.67%   0.17`,
      '农村供水保障补助             1,800.00   1,800.00     1,302.30    72.35%      66.67%   5.68',
      `河道清淤整治                 1,000.00   1,220.00       663.68    ${rate}      66.67% -12.27`,
      '水土保持监测                   400.00     400.00       320.00    80.00%      66.67%  13.33',
      '    二、分项目监控情况',
    ].join('\n');

  it('sums the projects against the 合计 printed first and judges each rate', () => {
    expect(errors(table('2,285.98', '54.40%'))).toEqual([]);
    expect(claims(table('2,285.98', '54.40%'), /执行数/)).toEqual([
      [true, '1—8月执行数：1302.30 + 663.68 + 320.00，合计2285.98'],
    ]);
    expect(errors(table('2,295.98', '54.40%'))).toEqual(['sum.parts 2285.98 2295.98']);
    expect(errors(table('2,285.98', '55.40%'))).toEqual(['completion.percent 54.40% 55.40%']);
  });
});

describe('an indicator table of targets, actuals and 完成进度', () => {
  const table = (rate: string, target = '2,400人次') =>
    [
      '青槐市水务局2024年1—8月预算绩效运行监控报告',
      '        绩效指标           年度目标值        1—8月完成值      完成进度        完成目标可能性',
      `新建农村供水管网长度         60公里          41公里              68.33% 确定能`,
      `基层水管员培训人次        ${target.padStart(9)}       1,638人次             ${rate} 确定能`,
      `水质检测合格率              ≥95%            97%              100.00% 确定能`,
    ].join('\n');

  it('judges 完成进度 = 完成值 ÷ 目标值 in one unit', () => {
    expect(errors(table('68.25%'))).toEqual([]);
    expect(claims(table('68.25%'), /目标值/)).toEqual([
      [true, '完成值41公里 ÷ 目标值60公里 × 100% = 68.33%，表中68.33%'],
      [true, '完成值1638人次 ÷ 目标值2400人次 × 100% = 68.25%，表中68.25%'],
    ]);
    expect(errors(table('70.25%'))).toEqual(['completion.target 68.25% 70.25%']);
  });

  it('leaves a target in another unit or a ceiling alone', () => {
    expect(errors(table('70.25%', '2,400人'))).toEqual([]);
    expect(errors(table('70.25%', '≤2,400人次'))).toEqual([]);
  });

  it('reads a quantity target printed as a floor (≥) as the figure the progress is of', () => {
    expect(errors(table('68.25%', '≥2,400人次'))).toEqual([]);
    expect(errors(table('70.25%', '≥2,400人次'))).toEqual(['completion.target 68.25% 70.25%']);
  });
});

describe('a 科目 table plain pdftotext printed column by column', () => {
  const labels = [
    '一般公共预算财政拨款支出决算表',
    '项目',
    '',
    '科目编码',
    '科目名称',
    '类 款 项',
    '合计',
    '212',
    '城乡社区支出',
    '212 01',
    '城乡社区管理事务',
    '212 01 01 行政运行',
    '212 01 04 城管执法',
    '212 01 99 其他城乡社区管理事务支',
    '出',
    '213',
    '农林水支出',
    '213 01',
    '农业农村',
    '213 01 04 事业运行',
    '',
    '单位：万元',
    '合计',
    '',
    '基本支出',
    '',
    '项目支出',
  ];
  const column = (...figures: string[]) => ['', ...figures];
  const doc = (other: string, after = ['注：本表反映部门本年度一般公共预算财政拨款支出情况。']) =>
    [
      '兰坪区城市管理局2024年度部门决算',
      ...labels,
      ...column(
        '4,202.90',
        '3,690.50',
        '3,690.50',
        '2,410.30',
        '836.70',
        '443.50',
        '512.40',
        '512.40',
        '512.40',
      ),
      ...column('2,922.70', '2,410.30', '2,410.30', '2,410.30', '0.00', '0.00', '512.40', '512.40', '512.40'),
      ...column('1,280.20', '1,280.20', '1,280.20', '0.00', '836.70', other, '0.00', '0.00', '0.00'),
      ...after,
    ].join('\n');

  it('reads the runs of figures as the columns of the rows and sums them', () => {
    expect(errors(doc('443.50'))).toEqual([]);
    expect(claims(doc('443.50'), /21201 城乡社区管理事务”（项目支出）/)).toEqual([
      [
        true,
        '《一般公共预算财政拨款支出决算表》“21201 城乡社区管理事务”（项目支出）等于其下项级科目之和：0.00 + 836.70 + 443.50 = 1280.20，表中1280.20',
      ],
    ]);
    expect(errors(doc('453.50'))).toEqual(['table.row-sum 453.50 443.50', 'table.code-sum 1290.20 1,280.20']);
  });

  it('leaves a table whose next part follows unread, and runs that do not fit the rows', () => {
    expect(claims(doc('453.50', ['', '项目', '科目编码', '科目名称']), /科目之和|各栏之和/)).toEqual([]);
    expect(errors(doc('453.50', ['', '项目', '科目编码', '科目名称']))).toEqual([]);
    const short = doc('443.50').replace(
      '\n512.40\n512.40\n512.40\n\n2,922.70',
      '\n512.40\n512.40\n\n2,922.70',
    );
    expect(claims(short, /科目之和|各栏之和/)).toEqual([]);
  });
});
