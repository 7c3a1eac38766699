/**
 * 自评表 shapes (invented documents): a 部门整体 table whose 一级 label, 分值 and 一级得分 are centred over their
 * 二级 rows (group-scores.ts); a block of rows printed column by column under a merged 二级指标 cell (score-pairs.ts
 * stackedOrder); a 项目资金 source row whose 执行率 is printed without its % sign under "执行率（%）" (score-funds.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`);

const centred = (planning: string, outputGroup: string, total: string) => `
                 部门整体支出绩效自评表
单位名称：松林县水文站                                 （2023年度）
  一级指标     分值        二级指标          分值    得分       一级得分
                 目标管理                4    4.00
   决策       12   预算编制                4    ${planning}     11.20
                 绩效目标                4    3.70
                 资金使用               12   11.40
   过程       30   财务管理                6    6.00     28.90
                 采购管理                6    5.50
                 资产管理                6    6.00
                 监测站点               20   19.00
   产出       38   数据质量               10    9.60     ${outputGroup}
                 报送时效                8    8.00
                 防汛服务               12   11.50
   效益       20   公众满意度              8    7.80     19.30
   合计      100                     100             ${total}
  自评等级                         优
`;

describe('一级得分 centred over their 二级 rows (group-scores.ts)', () => {
  it('reports a group whose 二级 得分 do not add up to its 一级得分', () => {
    // 4.00 + 3.00 + 3.70 = 10.70, not 11.20; the 一级得分 add up to the total.
    expect(errors(centred('3.00', '36.60', '96.00'))).toEqual(['score.sum L6 10.70 11.20']);
  });
  it('reports a total that is not the sum of the 一级得分', () => {
    expect(errors(centred('3.50', '36.60', '96.50'))).toEqual(['score.sum L17 96.00 96.50']);
  });
  it('reports a 一级得分 at fault once (the total adds up its leaves)', () => {
    // 产出: 19.00 + 9.60 + 8.00 = 36.60; printed 37.60, the total 96.00 is the leaves' sum.
    expect(errors(centred('3.50', '37.60', '96.00'))).toEqual(['score.sum L13 36.60 37.60']);
  });
  it('gives no error when every group and the total add up', () => {
    expect(errors(centred('3.50', '36.60', '96.00'))).toEqual([]);
  });
});

const stacked = (lastWeight: string, total: string) => `
                              项目支出绩效自评表
                                                              （2023年度） 单位：万元
 项目名称 乡村道路养护项目
 主管部门 松林县交通运输局                    实施单位 松林县公路养护站
                  年初预算数        全年预算数 全年执行数 分值 执行率                    得分
 项目资金 年度资金总额       120.00       130.00  126.10   10 97.00%           9.70
 （万元） 其中：财政拨款      120.00       130.00  126.10   —     —              —
        其他资金        0.00         0.00     0.00   —     —              —
  年度                      预期目标                              实际完成情况
  总体 养护农村公路300公里以上，优良路率达到80%以上。       养护农村公路312公里，优良路率84%。
  目标 群众满意度90%以上。                                   群众满意度93%。
 一级指标 二级指标         三级指标        年度指标值 实际完成值 分值 得分                偏差原因分析及改进措施
        数量指标 养护道路里程
              修补坑槽面积
                               ≥300公里
                                ≥5000平方米
                                       312公里
                                         5200平方米
                                                 20
                                                 10
                                                       20
                                                       10
 产出指标 质量指标 优良路率              ≥80%    84%    15    15
        时效指标 养护完成及时率          =100%    100%    10    10
        成本指标 每公里养护成本            ≤4000元   3900元    5      5
 效益指标 社会效益指标 道路通行保障率     ≥95%     97%     10    10
满意度指标 服务对象满意度
         指标   群众满意度           ≥90%    93%    ${lastWeight}    19.5
                      总分                        100 ${total}          自评等级：优
`;

describe('rows printed column by column under a merged cell (score-pairs.ts)', () => {
  it('reports 分值 that no longer add up when the 得分 do', () => {
    expect(errors(stacked('21', '99.20'))).toEqual(['score.weight-sum L30 100 101']);
  });
  it('reports a 总分 that is not the sum of the 得分', () => {
    expect(errors(stacked('20', '98.20'))).toEqual(['score.sum L30 99.20 98.20']);
  });
  it('gives no error when both add up', () => {
    expect(errors(stacked('20', '99.20'))).toEqual([]);
  });
});

const bareRates = (rate: string) => `
                                             项目支出绩效自评表
                                                  （2023年度）
   项目名称    2023年河道清淤项目
   主管部门    松林县水利局                                        实施单位      松林县河道管理所
                            年初预算数        全年预算数           全年执行数        分值        执行率（%）        得分
           年度资金总额              200.00         220.00          198.00 10                90.00    9.00
   项目资金    其中：当年财政拨款           180.00         200.00          182.00 —                 ${rate} —
   （万元）
           其他资金                 20.00          20.00           16.00 —                 80.00 —
`;

describe('a source row’s 执行率 without its % sign (score-funds.ts)', () => {
  it('reports a rate that is not 执行数 ÷ 预算数', () => {
    expect(errors(bareRates('98.10'))).toEqual(['completion.percent L8 91.00% 98.10%']);
  });
  it('gives no error when it is', () => {
    expect(errors(bareRates('91.00'))).toEqual([]);
  });
});
