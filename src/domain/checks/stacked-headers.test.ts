/**
 * Two ways a table's rows stop short of being read, and the rules then reading them:
 *  - a signed change ("+1.35") in a typed table's 增减额 column is a figure (table-model.ts), so its row stays
 *    one item and the table's 完成率 column is each row's 决算 ÷ 预算 (item-tables.ts), a 合计 found not to be
 *    the sum of its items counted as that sum;
 *  - a 自评表's 项目资金 header with one cell wrapped around the header's line ("全年执行" above, "数" below:
 *    LibreOffice centres the one-line labels) — the cell put back (header-pieces.ts), the part read
 *    (table-rules.ts, score-funds.ts).
 * Invented units and figures.
 */
import { describe, expect, it } from 'vitest';
import { insertStackedCells } from './header-pieces.ts';
import { checkTextReport } from './index.ts';
import type { TableCell } from './layout.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`);

/** A typed 三公 table (tabs) with a growth from zero ("+1.35", "—"). */
const FEES = [
  '青川县水利局2025年度“三公”经费财政拨款决算表',
  '单位：万元',
  '项目\t2025年预算数\t2025年决算数\t完成预算（%）\t2024年决算数\t比上年增减额\t比上年增减（%）',
  '合计\t40.00\t36.15\t90.38\t38.50\t-2.35\t-6.10',
  '1．因公出国（境）费\t2.00\t1.35\t67.50\t0.00\t+1.35\t—',
  '2．公务用车购置及运行维护费\t30.00\t28.40\t94.67\t31.20\t-2.80\t-8.97',
  '其中：（1）公务用车购置费\t12.00\t11.90\t99.17\t13.00\t-1.10\t-8.46',
  '（2）公务用车运行维护费\t18.00\t16.50\t91.67\t18.20\t-1.70\t-9.34',
  '3．公务接待费\t8.00\t6.40\t80.00\t7.30\t-0.90\t-12.33',
].join('\n');

const plantIn = (text: string, from: string, to: string): string => {
  if (!text.includes(from)) throw new Error(`no ${from}`);
  return text.replace(from, to);
};

describe('a 完成预算 column in a table with a signed change', () => {
  it('reads the clean table, the +1.35 row too — no error', () => {
    expect(errors(FEES)).toEqual([]);
    const rates = checkTextReport(FEES).claims.filter((c) => c.kind === 'completion');
    expect(rates.map((c) => c.line)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(rates.every((c) => c.verified)).toBe(true);
  });

  it('reports a row whose rate is not its 决算 ÷ 预算', () => {
    const bad = plantIn(FEES, '16.50\t91.67', '16.50\t96.17');
    expect(errors(bad)).toEqual(['completion.percent L8 91.67 96.17']);
  });

  it('judges the 合计 rate by the items’ sum when the 合计 itself is wrong', () => {
    const bad = plantIn(FEES, '40.00\t36.15', '40.00\t38.15');
    const found = errors(bad);
    expect(found.some((f) => f.startsWith('table.row-sum L4'))).toBe(true);
    expect(found.some((f) => f.startsWith('completion.percent'))).toBe(false);
  });

  it('leaves a row with a zero budget unjudged', () => {
    const zero = plantIn(
      FEES,
      '1．因公出国（境）费\t2.00\t1.35\t67.50',
      '1．因公出国（境）费\t0.00\t1.35\t—',
    );
    expect(errors(zero).filter((f) => f.startsWith('completion'))).toEqual([]);
  });
});

/** pdftotext -layout of a 项目支出绩效自评表 whose 全年执行数 label wraps around the header's line. */
const PROJECT = `                        项目支出绩效自评表
                          （2025 年度）

项目名称          河道巡护能力提升项目
主管部门          青川县水利局                       实施单位           青川县河道管理所
                                             全年执行
                         年初预算数     全年预算数               分值 执行率       得分
                                             数

项目资金（万        年度资金总额     60.00     62.00     58.90     10   95.00% 9.50
元）            其中：财政拨款    60.00     60.00     57.00     —    95.00% —
              上年结转资金     0.00      2.00      1.90      —    95.00% —
              其他资金       0.00      0.00      0.00      —    —       —
       预期目标                                  实际完成情况
年度总
       完成全县主要河道巡护，更新巡护设备。                 完成河道巡护 420 公里，更新设备 15 台套。
体目标
       一级指
              二级指标       三级指标       年度指标值     实际完成值 分值 得分             偏差原因分析及改进措施
        标
       产出指
              数量指标       巡护里程       ≥400 公里      420 公里   40   40.00          无偏差
        标
       效益指
              社会效益指标   河道问题处置率 ≥95%           97%        40   40.00          无偏差
        标
       满意度
              满意度指标     群众满意度     ≥90%           92%        10   10.00          无偏差
       指标
总分                                                     100 99.50    自评等级：优
`;

describe('a 项目资金 header cell wrapped around the header line', () => {
  it('reads the clean part: rates, sources, the 得分 a leaf of the 总分 — no error', () => {
    expect(errors(PROJECT)).toEqual([]);
    const claims = checkTextReport(PROJECT).claims.map((c) => c.arithmetic);
    expect(claims).toContain('执行率 58.90 ÷ 62.00 × 100% = 95.00%，表中95.00%');
  });

  it('reports a 年度资金总额 执行数 its sources do not add up to', () => {
    const bad = PROJECT.replace('62.00     58.90', '62.00     59.80');
    expect(errors(bad)).toContainEqual('table.total L10 58.90 59.80');
  });

  it('puts the cell in only when both pieces make a header word clear of the header’s cells', () => {
    const cell = (text: string, start: number, line = 2): TableCell => ({
      text,
      start,
      end: start + text.length,
      line,
    });
    const header = [cell('年初预算数', 25), cell('全年预算数', 35), cell('分值', 55), cell('得分', 68)];
    const above = { line: 1, cells: [cell('全年执行', 45, 1)] };
    const below = { line: 3, cells: [cell('数', 45, 3)] };
    expect(insertStackedCells(header, above, below)?.map((c) => c.text)).toEqual([
      '年初预算数',
      '全年预算数',
      '全年执行数',
      '分值',
      '得分',
    ]);
    expect(insertStackedCells(header, above, { line: 3, cells: [cell('额', 45, 3)] })).toBeNull();
    expect(insertStackedCells(header, { line: 1, cells: [cell('全年执行', 36, 1)] }, below)).toBeNull();
  });
});
