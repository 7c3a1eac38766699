import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const findings = (text: string) => checkTextReport(text).findings;

/** A 自评报告 telling two projects in prose, then a summary table whose first name wraps in its cell. */
function report(
  o: {
    cut?: string;
    total?: string;
    satisfaction?: string;
    spentInTable?: string;
    scoreInTable?: string;
    rate?: string;
    average?: string;
    notice?: string;
  } = {},
): string {
  return `某县水利服务中心
2024年度项目支出绩效自评报告
   根据县财政局《关于开展${o.notice ?? '2024'}年度项目支出绩效自评工作的通知》要求，我中心对2024年度实施的2个项目开展了绩效自评。
一、甲乙河道清淤项目
    （一）预算执行情况。该项目全年预算数200.00万元，全年执行数180.00万元，执行率90.00%。
    （二）绩效自评得分情况。预算执行率指标满分10分，得分9.00分，扣1.00分，原因是预算未全部执行；产出指标满分50分，得分45.50分，扣${o.cut ?? '4.50'}分，原因是清淤进度滞后；效益指标满分30分，得分27.00分，扣3.00分，原因是效益尚未显现；满意度指标满分10分，得分9.50分，扣0.50分，原因是个别村民有意见。
    （三）自评结论。该项目自评总分${o.total ?? '91.00'}分，评价等级为“优”。
二、丙丁灌区改造项目
    （一）预算执行情况。该项目全年预算数300.00万元，全年执行数240.00万元，执行率80.00%。
    （二）绩效自评得分情况。预算执行率指标满分10分，得分8.00分，扣2.00分，原因是预算未全部执行；产出指标满分50分，得分42.00分，扣8.00分，原因是渠道衬砌未完工；效益指标满分30分，得分24.00分，扣6.00分，原因是灌溉面积增幅不及预期；满意度指标满分10分，得分${o.satisfaction ?? '9.00'}分，扣1.00分，原因是施工影响通行。
    （三）自评结论。该项目自评总分83.00分，评价等级为“良”。
三、项目自评结果汇总
 序      项目名称    全年预算数（万元）    全年执行数（万元）    执行率    自评得 等
 号                                                分 级
1 甲乙河道清淤项
   目                  200.00       ${o.spentInTable ?? '180.00'} 90.00% ${o.scoreInTable ?? '91.00'} 优
2 丙丁灌区改造项目      300.00       240.00 80.00% 83.00 良
   合计（平均）            500.00       420.00 ${o.rate ?? '84.00%'} 87.00 良
    综上，我中心2个项目全年预算数合计500.00万元，全年执行数合计420.00万元，平均得分${o.average ?? '87.00'}分。
`;
}

describe('a 自评报告 telling its projects in prose, and its summary table', () => {
  it('finds nothing in a report whose figures hold', () => {
    expect(findings(report())).toEqual([]);
  });

  it('reads "X指标满分N分，得分M分，扣K分": the deduction, a score over its weight, the 总分 in the next paragraph', () => {
    expect(findings(report({ cut: '5.40' }))).toEqual([
      expect.objectContaining({ rule: 'score.deduction', expected: '扣4.50分', found: '扣5.40分' }),
    ]);
    expect(findings(report({ satisfaction: '10.20' }))).toContainEqual(
      expect.objectContaining({ rule: 'score.exceeds-weight', found: '10.20分' }),
    );
    // (The sum over a score above its weight is not judged.)
    expect(findings(report({ satisfaction: '10.20' })).map((f) => f.rule)).not.toContain('score.sum');
    expect(findings(report({ total: '92.00' }))).toContainEqual(
      expect.objectContaining({ rule: 'score.sum', expected: '91.00', found: '92.00' }),
    );
  });

  it('holds the summary rows to the text, the 合计 row to its rows, the stated average to the 总分s', () => {
    expect(findings(report({ spentInTable: '108.00' }))).toContainEqual(
      expect.objectContaining({ rule: 'figure.text-table', expected: '180.00万元', found: '108.00万元' }),
    );
    expect(findings(report({ scoreInTable: '19.00' }))).toContainEqual(
      expect.objectContaining({ rule: 'figure.text-table', expected: '91.00分', found: '19.00分' }),
    );
    expect(findings(report({ rate: '84.50%' }))).toEqual([
      expect.objectContaining({ rule: 'table.rate', expected: '84.00%', found: '84.50%' }),
    ]);
    expect(findings(report({ average: '78.00' }))).toEqual([
      expect.objectContaining({ rule: 'figure.text-table', expected: '87.00分', found: '78.00分' }),
    ]);
  });

  it('takes a 总分 whose parts add up otherwise either way in the table', () => {
    // The text's 总分 92.00 is reported; the table's 91.00 (the parts' sum) is not held against it.
    const r = findings(report({ total: '92.00' }));
    expect(r.map((f) => f.rule)).toEqual(['score.sum']);
  });

  it('holds a cited 自评 notice to the year the same sentence evaluates', () => {
    expect(findings(report({ notice: '2022' }))).toEqual([
      expect.objectContaining({ rule: 'year.mismatch', expected: '2024年度', found: '2022年度' }),
    ]);
    // A notice of another year cited for another purpose is left alone.
    const other = report().replace(
      '要求，我中心对2024年度',
      '要求，参照《关于开展2022年度项目支出绩效自评工作的通知》的做法，我中心对2024年度',
    );
    expect(findings(other)).toEqual([]);
  });
});

describe('a 自评表 through LibreOffice: figures of the text columns set apart from their words', () => {
  const table = (score: string, total: string) => `项目支出绩效自评表
（2024年度）
项目名称         某河流域水质监测
一级指                    年度指标 实际完成
    二级指标     三级指标                分值                得分      偏差原因分析及改进措施
标                      值    值
产出指
    数量指标     监测断面数     ≥12 个     12 个     40       40.00
标
                                                           汛期较常年延长约 15 天，
产出指
    数量指标     采样频次      ≥48 次 45 次       30       ${score}    减少 3 次采样；下年度
标
效益指 社会效益指标   数据被采纳数   ≥2 项 2 项       30       30.00
标
总分                                      100    ${total} 自评等级：优
`;
  it('reads each row by its 分值 and 得分 and holds them to the 总分', () => {
    expect(findings(table('28.10', '98.10'))).toEqual([]);
    expect(findings(table('31.00', '101.00'))).toContainEqual(
      expect.objectContaining({ rule: 'score.exceeds-weight', found: '31.00' }),
    );
    expect(findings(table('28.10', '99.10'))).toContainEqual(
      expect.objectContaining({ rule: 'score.sum', found: '99.10' }),
    );
  });
});
