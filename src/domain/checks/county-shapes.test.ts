/**
 * What the 县 shapes (counties.ts) taught the checker, case by case: what it must read and what it must
 * leave alone (the documents themselves and their planted errors are in corpus.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { table } from './__fixtures__/provinces.ts';
import { checkTextReport } from './index.ts';

const report = (text: string) => checkTextReport(`某局2024年度部门决算情况说明\n${text}`);
const errors = (text: string) => report(text).findings.filter((f) => f.severity === 'error');

describe('县 shapes', () => {
  it('a gap against the budget: checked against the stated budget and outturn, skipped for another budget', () => {
    expect(errors('支出年初预算为100.00万元，支出决算为110.00万元，决算数比年初预算增加10.00万元。')).toEqual(
      [],
    );
    expect(errors('支出预算为100.00万元，支出决算为110.00万元，决算数比预算增加12.00万元。')).toEqual([
      expect.objectContaining({ rule: 'completion.budget-gap', expected: '增加10.00万元' }),
    ]);
    // The 调整预算 is stated, the 年初预算 is not: nothing to compare with.
    const r = report('支出调整预算为130.00万元，支出决算为110.00万元，决算数比年初预算增加10.00万元。');
    expect(r.findings).toEqual([]);
    expect(r.counts.completion.recognised).toBe(0);
    // Not read as a change against last year either (the % is of the budget).
    expect(
      errors('“三公”经费预算为20.00万元，支出决算为18.00万元，决算数比预算数减少2.00万元，下降10.00%。'),
    ).toEqual([]);
  });

  it('决算数大于/小于预算数 against the rate just before it; 100.00% decides nothing', () => {
    expect(
      errors(
        '年初预算为420.00万元，支出决算为412.36万元，完成年初预算的98.18%。决算数大于预算数的主要原因是追加。',
      ),
    ).toEqual([expect.objectContaining({ rule: 'completion.budget-gap', expected: '决算数小于预算数' })]);
    expect(errors('支出决算为36.47万元，完成预算100.00%，决算数大于预算数的主要原因是追加。')).toEqual([]);
    // The rate of the 调整预算, the comparison with the 年初预算: not judged.
    expect(errors('完成调整预算的98.00%，决算数大于年初预算数的主要原因是年中追加。')).toEqual([]);
  });

  it('percentage points against last year’s rate stated after them', () => {
    expect(errors('预算执行率为95.50%，比上年提高1.20个百分点（上年为94.30%）。')).toEqual([]);
    expect(errors('预算执行率为95.50%，比上年提高1.50个百分点，上年执行率为94.30%。')).toEqual([
      expect.objectContaining({ rule: 'change.amount', found: '提高1.50个百分点' }),
    ]);
  });

  it('a claim whose figures are all in 元 proves nothing about 万元', () => {
    const text =
      '“三公”经费支出86,540.00元，其中：因公出国（境）费0.00元；公务用车运行维护费78,320.00元；公务接待费8,220.00元。';
    expect(report(text).findings).toEqual([]);
    expect(report(text).counts.sum).toEqual({ recognised: 1, verified: 1 });
  });

  it('a part’s 主要包括 clause does not end the list', () => {
    const r = report(
      '基本支出520.60万元，其中：人员经费455.42万元，主要包括基本工资、津贴补贴等；公用经费65.18万元，主要包括办公费等。',
    );
    expect(r.counts.sum).toEqual({ recognised: 1, verified: 1 });
    expect(
      errors(
        '基本支出520.60万元，其中：人员经费455.42万元，主要包括基本工资等；公用经费66.18万元，主要包括办公费等。',
      ),
    ).toEqual([expect.objectContaining({ rule: 'sum.parts' })]);
  });

  it('a part’s own items in brackets, and a list ended by ；before another statement', () => {
    const brackets = (publicUse: string) =>
      `基本支出1,200.00万元，其中：人员经费1,000.00万元（含工资福利支出900.00万元、对个人和家庭的补助100.00万元），公用经费${publicUse}万元。`;
    expect(report(brackets('200.00')).findings).toEqual([]);
    expect(report(brackets('200.00')).counts.sum).toEqual({ recognised: 1, verified: 1 });
    expect(errors(brackets('201.00'))).toEqual([expect.objectContaining({ rule: 'sum.parts' })]);
    const procurement =
      '政府采购支出总额500.00万元，其中：货物300.00万元、工程0.00万元、服务200.00万元；授予中小企业合同金额450.00万元，占政府采购支出总额的90.00%。';
    expect(report(procurement).findings).toEqual([]);
    expect(report(procurement).counts.sum).toEqual({ recognised: 1, verified: 1 });
    // Parts joined by 、 end at a "，": the amount after it is another statement.
    const comma = (services: string) =>
      `政府采购支出总额420.00万元，其中：货物采购120.00万元、服务采购${services}万元，授予中小企业合同金额300.00万元，占政府采购支出总额的71.43%。`;
    expect(errors(comma('300.00'))).toEqual([]);
    expect(errors(comma('290.00'))).toEqual([expect.objectContaining({ rule: 'sum.parts' })]);
    // Likewise parts joined by 和 ("包括人员经费…和公用经费…，项目支出另列…").
    const and = (office: string) =>
      `基本支出150.00万元，包括人员经费110.00万元和公用经费${office}万元，项目支出另列260.00万元。`;
    expect(errors(and('40.00'))).toEqual([]);
    expect(errors(and('41.00'))).toEqual([expect.objectContaining({ rule: 'sum.parts' })]);
  });

  it('a short report under a table is reflowed (too few lines to learn the wrap width by count)', () => {
    const page = (rate: string) =>
      [
        '                    部门整体支出绩效自评得分表',
        '  一级指标              分值        得分',
        '  预算执行               10       9.60',
        '  产出                 90       84.00',
        '  合计                100       93.60',
        '',
        '    一、预算执行情况。 2024 年度部门全年预算数 3,450.00 万元，全年执行数 3,312.45 万',
        `元，预算执行率 ${rate}%，主要用于保障机构运转和完成年度重点工作任务，各项资金使`,
        '用均按规定用途执行，未发现截留挪用等问题，执行进度总体符合序时要求和有关规定',
        '。',
      ].join('\n');
    expect(checkTextReport(page('96.01')).findings).toEqual([]);
    expect(checkTextReport(page('96.01')).counts.completion).toEqual({ recognised: 1, verified: 1 });
    expect(checkTextReport(page('97.01')).findings).toEqual([
      expect.objectContaining({ rule: 'completion.percent', severity: 'error', line: 8 }),
    ]);
  });

  it('a comparison table that may compare with the budget is read only when its rows agree with 本年 − 上年', () => {
    const header = ['项目', '2024年预算数', '2024年决算数', '2023年决算数', '增减额', '增减率（%）'];
    const print = (rows: string[][]) =>
      [
        '某局2024年度“三公”经费支出决算说明',
        ...table('“三公”经费支出决算表', '万元', [header, ...rows]),
      ].join('\n');
    // 增减 = 决算 − 预算 here: not judged against 上年.
    const budgetWise = print([
      ['合计', '58.00', '45.60', '30.53', '-12.40', '-21.38'],
      ['因公出国（境）费', '8.00', '0.00', '6.12', '-8.00', '-100.00'],
      ['公务接待费', '9.00', '7.52', '8.66', '-1.48', '-16.44'],
    ]);
    expect(checkTextReport(budgetWise).findings).toEqual([]);
    // 增减 = 决算 − 上年 in most rows: the row that is not is an error.
    const yearWise = print([
      ['合计', '58.00', '45.60', '30.53', '15.07', '49.36'],
      ['因公出国（境）费', '8.00', '0.00', '6.12', '-6.12', '-100.00'],
      ['公务用车购置及运行维护费', '41.00', '38.08', '15.75', '22.33', '141.78'],
      ['公务接待费', '9.00', '7.52', '8.66', '-1.41', '-13.16'],
    ]);
    expect(checkTextReport(yearWise).findings.filter((f) => f.rule === 'table.change')).toEqual([
      expect.objectContaining({ severity: 'error', expected: '-1.14', found: '-1.41' }),
    ]);
  });
});
