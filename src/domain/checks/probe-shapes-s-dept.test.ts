/**
 * A province department's 部门整体支出绩效自评报告 (invented documents): rows indented under a row of a funds table
 * without a 合计 row (item-tables.ts), a 自评表 with 小计 rows (score-pairs.ts), a change whose subject's figure is
 * stated paragraphs above in its section (prose-changes.ts), a 截至 date not yet come (prose-years.ts), a 其中 list
 * left open with "；" and continued in the next paragraph (paragraph-lists.ts, figure-claims.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`);

const fundsTable = (basicBudget: string) => `                 青石县气象局2024年度部门整体支出绩效自评报告
                        表1 部门预算资金执行情况表
                                                                  单位：万元
     项目      年初预算数 全年预算数 全年执行数                执行率       分值         得分
年度资金总额         1,200.00  1,260.00 1,197.00    95.00%         10      9.50
其中：财政拨款        1,150.00  1,210.00 1,150.00    95.04%
   其他资金           50.00     50.00    47.00    94.00%
一、基本支出           800.00    ${basicBudget}   812.00    99.02%
  人员经费           650.00    665.00   660.00    99.25%
  公用经费           150.00    155.00   152.00    98.06%
二、项目支出           400.00    440.00   385.00    87.50%

注：预算执行得分=全年执行率×10。
`;

describe('rows indented under a row of a table without a 合计 row (item-tables.ts)', () => {
  it('reports a row that is not the sum of the rows indented under it', () => {
    expect(errors(fundsTable('802.00'))).toContain('table.total L8 820.00 802.00');
  });
  it('gives no error when the rows add up', () => {
    expect(errors(fundsTable('820.00'))).toEqual([]);
  });
});

const scoreTable = (
  weight: string,
  score: string,
  total: string,
) => `                  青石县气象局2024年度部门整体支出绩效自评报告
                表3 2024年度部门整体支出绩效自评表
一级指标 二级指标    三级指标    年度指标 实际完成 分值 得分               偏差原因分析
                       值        值
预算执行 预算执行
     率    全年预算执行率 100%      95.40%   10   9.54 部分设备款未到支付节点


产出指标 数量指标 自动气象站维护
          站数
                    ≥40
                    个       42个    15     15 —

产出指标 数量指标 预警信息发布次数 ≥120次 131次      10     10 —
                                               2次因通信线路故障延迟发
产出指标 质量指标 预报准确
          率        ≥85%   83%      15   14.20 布，已完成线路改造
                                               整改

产出指标 时效指标 预警提前量   ≥30分钟 35分钟     10     10 —

            产出指标小计                 50   49.20

效益指标 社会效益
     指标   气象服务覆盖率   ≥95%      97%       ${weight}     ${score} —


效益指标 可持续影
     响指标 观测数据完整率   ≥98%     99%       10     10 —

            效益指标小计                 30   30

满意度指 服务对象
     满意度指 公众满意度     ≥90%                         部分乡镇服务站点偏少
标    标
                            91%      10   9.60
            满意度指标小计                10   9.60
               合计                  100 ${total}
`;

describe('a 自评表 with 小计 rows (score-pairs.ts)', () => {
  it('reads the rows, each 小计 and the 总分 as the sum of the 小计 — no error on a clean table', () => {
    expect(errors(scoreTable('20', '20', '98.34'))).toEqual([]);
    const sums = checkTextReport(scoreTable('20', '20', '98.34')).claims.filter((c) =>
      /小计：|各部分得分之和/.test(c.arithmetic),
    );
    expect(sums.map((c) => c.verified)).toEqual([true, true, true, true]);
  });
  it('reports a 得分 above its 分值, the 小计 holding with it taken at its 分值', () => {
    expect(errors(scoreTable('20', '22', '98.34'))).toEqual(['score.exceeds-weight L25 ≤20 22']);
  });
  it('reports a 总分 that is not the sum of the 小计', () => {
    expect(errors(scoreTable('20', '20', '98.43'))).toEqual(['score.sum L38 98.34 98.43']);
  });
});

const changes = (
  total: string,
  project: string,
) => `                 青石县气象局2024年度部门整体支出绩效自评报告
二、预算执行情况
   2024年部门全年预算数1,260.00万元。截至2024年12月31日，全年执行数1,197.00万元，全年执行率95.00%。
   从支出结构看，基本支出执行812.00万元，其中人员经费660.00万元；公用经费152.00万元，主要用于日常运转。
   项目支出全年预算数440.00万元，执行385.00万元，执行率87.50%。
   与2023年相比，全年执行数增加${total}万元，增长5.00%，具体情况如下：
   （一）人员经费增加60.00万元，增长10.00%，主要是调资。
   （二）项目支出增加${project}万元，增长10.00%，主要是新建站点。
`;

describe('a change whose figure is stated paragraphs above in its section (prose-changes.ts)', () => {
  it('gives no error when amount and % agree with the figure above', () => {
    expect(errors(changes('57.00', '35.00'))).toEqual([]);
  });
  it('reports an amount and % that disagree given the figure above', () => {
    expect(errors(changes('75.00', '35.00'))).toEqual(['change.percent L6 6.68% 5.00%']);
  });
  it('takes an outturn named only by its sentence’s subject ("项目支出全年预算数A万元，执行B万元")', () => {
    expect(errors(changes('57.00', '53.00'))).toEqual(['change.percent L8 15.96% 10.00%']);
  });
});

const staff = (sentence: string) => `                 青石县气象局2024年度部门整体支出绩效自评报告
一、部门基本情况
   ${sentence}
`;

describe('a 截至 date not yet come (prose-years.ts)', () => {
  it('reports a year end after the document’s year', () => {
    expect(errors(staff('截至2042年末，部门编制数36名，实有人数34名。'))).toEqual([
      'year.mismatch L3 2024年 2042年',
    ]);
  });
  it('gives no error for the document’s year or a plan', () => {
    expect(errors(staff('截至2024年末，部门编制数36名，实有人数34名。'))).toEqual([]);
    expect(errors(staff('力争截至2027年末建成全部站点。'))).toEqual([]);
  });
});

const openList = (office: string) => `                 青石镇2024年度部门决算情况说明
六、一般公共预算财政拨款基本支出决算情况说明
   2024年度一般公共预算财政拨款基本支出520.40万元，其中：人员经费430.15万元，主
要包括基本工资、津贴补贴、奖金和生活补助；
   公用经费${office}万元，主要包括办公费、水费、电费、差旅费和办公设备购置。
七、其他重要事项
`;

describe('a 其中 list left open with "；", its next part in the next paragraph (paragraph-lists.ts)', () => {
  it('reports parts that do not add up to the whole', () => {
    expect(errors(openList('92.25'))).toEqual(['sum.parts L3 520.40万元 522.40万元']);
  });
  it('gives no error when they add up', () => {
    expect(errors(openList('90.25'))).toEqual([]);
  });
});
