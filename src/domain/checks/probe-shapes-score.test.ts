/**
 * Score-table shapes (invented documents): a 自评表 with two indicators a row (score-sides.ts), the 自评总分
 * sentence (score-prose.ts), a score tree told by ordinals in one name column (score-trees.ts), a 一级 name and
 * weight spanning their group closed by "X小计" rows, pdftotext's vertical runs included (score-groups.ts), and
 * a flat table's "X小计" rows (table-rules.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) => checkTextReport(text).findings.filter((f) => f.severity === 'error');

const sideBySide = (cost: string, prose: string) => `                                  项目支出绩效自评表
                                      （2024年度）
项目名称                 河湾镇供水管网改造工程
项目资金（万元）             年初预算数       全年预算数 全年执行数 分值                  执行率                    得分
年度资金总额                    600.00      640.00 608.00           10                 95.00%            9.50
三级指标       年度指标值       实际完成值         分值          得分       三级指标         年度指标值      实际完成值         分值    得分
                                                   产出指标（50分）
改造管网长度     ≥12公里        12.6公里              20       20 新建加压泵房       2座          2座                10       10
工程验收合格率           100%         100%           10       10 每公里改造成本 ≤45万元/公里 43.2万元/公里               10       ${cost}
                                                   效益指标（40分）
供水保证率提升     ≥98%         98.6%                   20       18 管网漏损率下降     ≥3个百分点   2.6个百分点        20       16
总分                                                                 100                                   93.50
偏差原因及改进措施              管网漏损率下降未达目标：部分老旧支管尚未纳入本期改造，已列入下年计划。

                         河湾镇供水管网改造工程2024年度绩效自评报告
    三、自评结论。项目自评总分93.50分，其中：预算执行9.50分，产出指标${prose}分，效益指标34.00分。
`;

describe('a 自评表 with two indicators a row (score-sides.ts)', () => {
  it('reads each indicator’s 分值 and 得分 and reports a 得分 above its 分值', () => {
    const found = errors(sideBySide('12', '50.00'));
    expect(found).toContainEqual(
      expect.objectContaining({ rule: 'score.exceeds-weight', expected: '≤10', found: '12' }),
    );
    // Σ 得分 is judged as printed (as for one indicator a row, score-pairs.ts).
    expect(found).toContainEqual(
      expect.objectContaining({ rule: 'score.sum', expected: '95.50', found: '93.50' }),
    );
    // The text's 产出指标 50.00 is the group's sum with the 12 taken at its 分值: not reported.
    expect(found.filter((f) => f.rule === 'figure.text-table')).toEqual([]);
  });

  it('compares a group’s score in the text with the group’s rows', () => {
    const found = errors(sideBySide('10', '48.00'));
    expect(found).toContainEqual(
      expect.objectContaining({ rule: 'figure.text-table', expected: '50.00分', found: '48.00分' }),
    );
  });

  it('gives nothing on the clean table', () => {
    expect(errors(sideBySide('10', '50.00'))).toEqual([]);
  });
});

describe('a total named 自评总分 before its parts (score-prose.ts)', () => {
  const text = (part: string, grade = '') =>
    `某项目2024年度绩效自评报告\n    项目自评总分92.00分，${grade}其中：预算执行8.00分，产出指标${part}分，效益指标28.00分，满意度指标9.00分。\n`;

  it('adds the parts up, also with the grade between the total and 其中', () => {
    expect(errors(text('45.00'))).toContainEqual(
      expect.objectContaining({ rule: 'score.sum', expected: '90.00', found: '92.00' }),
    );
    expect(errors(text('45.00', '自评等级为“优”，'))).toContainEqual(
      expect.objectContaining({ rule: 'score.sum', expected: '90.00', found: '92.00' }),
    );
    expect(errors(text('47.00'))).toEqual([]);
    // A bare 总分 before weights is the scale, not a score: not read.
    expect(
      errors(
        '某项目2024年度绩效自评报告\n    指标体系总分100分，其中：决策20分，过程20分，产出40分，效益15分。\n',
      ),
    ).toEqual([]);
    expect(errors(text('47.00', '自评等级为“优”，'))).toEqual([]);
  });
});

const numberedTree = (
  second: string,
  total: string,
  prose = '24.60',
) => `梧桐市2024年度部门整体支出绩效评价报告
    各一级指标得分情况为：部门决策18.00分，部门管理${prose}分，部门产出33.50分。
       序号         评价指标      分值        得分                 扣分原因
      一     部门决策               20      18.00
          1 目标设定               10       9.00 个别指标未量化
          2 预算编制               10       9.00 年中调整较多
      二     部门管理               30      ${second}
          1 资金管理               15      12.60 支付进度偏慢
          2 资产管理               15      12.00 台账更新不及时
      三     部门产出               50      33.50
          1 产出数量               25      20.50 两项任务未完成
          2 产出质量               25      13.00 验收整改较多
            合计                100      ${total}
`;

describe('a heading run into its text, wrapped (layout.ts)', () => {
  it('joins "三、自评结论。…" with the line it wraps onto', () => {
    const text = (part: string) =>
      `  三、自评结论。该项目自评得分96.50分，等级为“优”，其中：预算执行得分9.50分，产出指标得分49.00分，效益指标\n得分${part}分，满意度指标得分10.00分。\n`;
    expect(errors(text('26.00'))).toEqual([
      expect.objectContaining({ rule: 'score.sum', expected: '94.50', found: '96.50' }),
    ]);
    expect(errors(text('28.00'))).toEqual([]);
  });
});

describe('a score tree told by ordinals in one name column (score-trees.ts)', () => {
  it('adds each 一级 row’s 二级 rows and the 一级 rows to the 合计', () => {
    const found = errors(numberedTree('25.60', '76.10'));
    expect(found).toContainEqual(
      expect.objectContaining({ rule: 'score.sum', expected: '24.60', found: '25.60' }),
    );
    // The 合计 holds with 部门管理 at its rows' sum; the text states that sum: nothing more.
    expect(found).toHaveLength(1);
    expect(errors(numberedTree('24.60', '77.10'))).toEqual([
      expect.objectContaining({ rule: 'score.sum', expected: '76.10', found: '77.10' }),
    ]);
  });

  it('compares the text’s 一级 scores with the table', () => {
    expect(errors(numberedTree('24.60', '76.10', '25.60'))).toEqual([
      expect.objectContaining({ rule: 'figure.text-table', expected: '24.60分', found: '25.60分' }),
    ]);
  });

  it('gives nothing on the clean table', () => {
    expect(errors(numberedTree('24.60', '76.10'))).toEqual([]);
  });

  it('reads 一级 rows printed without an ordinal over numbered 二级 rows', () => {
    const plain = (second: string) =>
      numberedTree(second, '76.10')
        .replace(/^ {6}[一二三] {5}/gm, '      ')
        .replace('序号         ', '');
    expect(errors(plain('25.60'))).toEqual([
      expect.objectContaining({ rule: 'score.sum', expected: '24.60', found: '25.60' }),
    ]);
    expect(errors(plain('24.60'))).toEqual([]);
  });
});

const grouped = (quality: string) => `                                       表1 绩效评价指标得分表
       一级指标      权重              二级指标        权重           得分           得分率                主要扣分原因
                         立项依据                       6           6.00      100.00%
决策                    18 目标设置                       6           5.00       83.33% 指标未细化
                         预算编制                       6           5.50       91.67%
决策小计                                               18          16.50       91.67%
过程                    22 资金管理
                         组织管理
                                                   12
                                                   10
                                                                10.80
                                                                 9.00
                                                                           90.00% 支付滞后
                                                                           90.00%
过程小计                                               22          19.80       90.00%
                         产出数量                      30          27.00       90.00% 任务未完成
产出                    60 产出质量
                         产出时效
                                                   20
                                                   10
                                                               ${quality}
                                                                9.00
                                                                           90.00%
                                                                           90.00%
产出小计                                               60          54.00       90.00%
合计                                                100          90.30       90.30%
`;

describe('a 一级 name and weight spanning its group, closed by its 小计 (score-groups.ts)', () => {
  it('reads the vertical runs and adds each group to its 小计', () => {
    expect(errors(grouped('19.00'))).toContainEqual(
      expect.objectContaining({ rule: 'score.sum', expected: '55.00', found: '54.00' }),
    );
  });

  it('reports a 得分 above its 权重', () => {
    const text = grouped('18.00').replace('6           5.00       83.33%', '5           6.00       83.33%');
    // (Then 5 + 6 + 6 no longer 18: the 权重 do not prove the reading, nothing is said.)
    expect(errors(text).filter((f) => f.rule.startsWith('score'))).toEqual([]);
    const over = grouped('18.00').replace('6.00      100.00%', '6.50      100.00%');
    const found = errors(over);
    expect(found).toContainEqual(
      expect.objectContaining({ rule: 'score.exceeds-weight', expected: '≤6', found: '6.50' }),
    );
  });

  it('gives nothing on the clean table', () => {
    expect(errors(grouped('18.00'))).toEqual([]);
  });

  it('compares the text’s 一级 scores (weights in brackets) with the 小计 rows', () => {
    const prose = (output: string) =>
      `某项目2024年度绩效评价报告\n    经评价，该项目得分90.30分。其中：决策指标得分16.50分（权重18分），过程指标得分19.80分（权重22分），产出指标得分${output}分（权重60分）。\n`;
    expect(errors(prose('55.00') + grouped('18.00'))).toContainEqual(
      expect.objectContaining({ rule: 'figure.text-table', expected: '54.00分', found: '55.00分' }),
    );
    expect(errors(prose('54.00') + grouped('18.00'))).toEqual([]);
  });
});

describe('a flat table’s subtotal named after its group (table-rules.ts)', () => {
  const flat = (subtotal: string) => `绩效评价得分表
二级指标         分值        得分
资金管理           12      10.20
预算执行           10       9.00
资产管理            8       7.50
管理小计           30      ${subtotal}
`;
  it('adds the group to its "X小计" row, read from its figures when printed without empty cells', () => {
    expect(errors(flat('27.70'))).toEqual([
      expect.objectContaining({ rule: 'score.sum', expected: '26.70', found: '27.70' }),
    ]);
    expect(errors(flat('26.70'))).toEqual([]);
    const twoLevels = `绩效评价得分表
一级指标   二级指标         分值        得分
管理      资金管理           12      10.20
管理      预算执行           10       9.00
管理      资产管理            8       7.50
管理小计                     30      26.70
`;
    expect(errors(twoLevels)).toEqual([]);
  });
});
