/**
 * Shapes met in a county 部门决算 and a city 部门预算 说明 (names and figures made up): a 财政拨款总表 whose long run
 * of empty 类 rows cut its 合计 and 总计 rows from the header (their 行次 numbers then under no "行次" cell), a floor
 * area total with its parts in 平方米, a 三公 table in 元 whose header labels pdftotext set one space apart after
 * Chinese words ("决算数比预算数增减 2024年决算", each "%" the rate of its group), and a 部门预算's 三公 table comparing
 * this year's budget with last year's.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

/** A 04表 whose rows after a run of empty 类 rows stand apart from the header, their 行次 printed with them. */
const grandTable = (grand: string) => `                       财政拨款收入支出决算总表
编制单位：某某市水务局                     公开04表                           金额单位：万元
         收入                                   支出
                                                            财政拨款
           行                          行                      政府性基 国有资
    项目     次      金额         项目       次     合计         一般公共预 金预算财 本经营
                                                       算财政拨款 政拨款 预算财
                                                                  政拨款
一、一般公共预算财政 1      8,412.30 一、一般公共服务支出 6
拨款
二、政府性基金预算财 2           二、外交支出         7
政拨款
三、国有资本经营预算 3           三、国防支出     8
财政拨款
                       四、公共安全支出   9
                       五、农林水支出     10       7,905.10 7,905.10
                       六、科学技术支出   11
                       七、文化旅游体育与传 12
                       媒支出
                       八、社会保障和就业支 13        361.40    361.40
                       出
                       九、卫生健康支出   14        120.50    120.50
                       十、节能环保支出   15
                       十一、城乡社区支出 16
                       十二、交通运输支出   17
                       十三、资源勘探工业信 18
                       息等支出
                       十四、商业服务业等支 19
                       出
                       十五、金融支出    20
                       十六、援助其他地区支 21
                       出
                       十七、自然资源海洋气 22
                       象等支出
                       十八、住房保障支出 23         210.80    210.80
                       十九、粮油物资储备支 24
                       出
                       二十、灾害防治及应 25
                       急管理支出
                       二十一、其他支出   26
   本年收入合计     4    8,412.30 本年支出合计     27    8,597.80  8,597.80
年初财政拨款结转和结    5      402.60 年末财政拨款结转和结 28      217.10   217.10
余                           余
  一般公共预算财政拨   6      402.60            29
款
  政府性基金预算财政   7                        30
拨款
  国有资本经营预算财   8                        31
政拨款
     总计       9    8,814.90   总计       32    ${grand}  8,814.90`;

describe('a 总表 piece cut from its header, with 行次 numbers', () => {
  it('does not add the row numbers as amounts', () => {
    expect(errors(grandTable('8,814.90'))).toEqual([]);
  });
  it('finds a 总计 that is not the 合计 plus the 结转和结余', () => {
    expect(errors(grandTable('8,824.90'))).toEqual(['table.total 8814.90 8,824.90']);
  });
});

const areaText = (total: string) => `某某县卫生健康局2031年度部门决算
十、国有资产占用情况说明
    截至2031年12月31日，本部门共有房屋建筑面积${total}平方米，其中：业务用房
21,406.30平方米、办公用房3,218.40平方米、其他用房1,075.90平方米。共有车辆5辆，其中：应急保障用车
2辆、其他用车3辆。
`;

describe('a floor area and its parts', () => {
  it('holds when the parts make the total', () => {
    expect(errors(areaText('25,700.60'))).toEqual([]);
  });
  it('finds a total that is not the sum of its parts', () => {
    expect(errors(areaText('26,700.60'))).toEqual(['sum.parts 26700.60平方米 25700.60平方米']);
  });
});

/** A 三公 table in 元 whose three header lines set two labels one space apart, each 增减 group over 金额 | %. */
const outturnTable = (rate: string) => `            青石县2031年一般公共预算财政拨款“三公”经费决算表
编制单位：青石县文化局                                                                     单位：元
          2031年预算 2031年决算            决算数比预算数增减 2030年决算                  比上年增减
    项目        数          数                               数
                                     金额       %                     金额        %
合计         412,000.00 371,400.00   -40,600.00   -9.85 398,200.00  -26,800.00    -6.73
因公出国（境）费         0.00       0.00         0.00      — 20,000.00 -20,000.00     -100.00
公务用车购置及运 300,000.00 276,000.00     -24,000.00   -8.00 280,000.00  -4,000.00     -1.43
行维护费
其中：公务用车购         0.00       0.00        0.00       —       0.00       0.00         —
置费
   公务用车运 300,000.00 276,000.00     -24,000.00    ${rate} 280,000.00  -4,000.00     -1.43
行维护费
公务接待费      112,000.00  95,400.00   -16,600.00   -14.82  98,200.00  -2,800.00     -2.85`;

describe('a 三公 table whose header sets labels one space apart after Chinese words', () => {
  it('reads each rate under its group: the rows hold', () => {
    expect(errors(outturnTable('-8.00'))).toEqual([]);
  });
  it('finds a 决算数比预算数 rate off its figures', () => {
    expect(errors(outturnTable('-5.00'))).toEqual(['change.percent -8.00 -5.00']);
  });
});

/** A 部门预算's 三公 table: this year's budget against last year's, no outturn. */
const budgetTable = (rate: string) => `某某市体育局2032年部门预算公开说明（节选）
    某某市体育局2032年一般公共预算“三公”经费预算表
部门：某某市体育局                                    单位：万元
        项目          2032年预算数   2031年预算数   比上年预算增减
                                       增减额       增减率（%）
 合计                     42.00    40.00      2.00       5.00
 因公出国（境）费                4.00     5.00     -1.00     -20.00
 公务用车购置及运行维护费           30.00    28.00      2.00       7.14
 其中：公务用车购置费             12.00    10.00      2.00      20.00
    公务用车运行维护费           18.00    18.00      0.00       0.00
 公务接待费                   8.00     7.00      1.00      ${rate}
注：本表列示“三公”经费预算。`;

describe('a 部门预算 三公 table comparing two years’ budgets', () => {
  it('reads the comparison: the rows hold', () => {
    expect(errors(budgetTable('14.29'))).toEqual([]);
  });
  it('finds a 增减率 off its budgets', () => {
    expect(errors(budgetTable('12.50'))).toEqual(['change.percent 14.29 12.50']);
  });
});
