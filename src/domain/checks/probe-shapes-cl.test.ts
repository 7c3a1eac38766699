/**
 * A 单位预算 printed by plain pdftotext (its 收支预算总表 as a run of labels then a run of figures:
 * plain-summary.ts, table-claims.ts; a comparison with a later year's 预算: later-compared-years.ts) and a 项目
 * 自评表 with its 自评说明 (a rate after a budget with its part in brackets: prose-completion.ts; an indicator's
 * count restated with its name in pieces: pieced-actuals.ts). Made-up units, names and figures.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) => checkTextReport(text).findings.filter((f) => f.severity === 'error');

type Budget = { subtotal?: string; compared?: string };

const budget = (o: Budget = {}): string =>
  [
    '青石县林草服务中心',
    '2034年单位预算公开',
    '',
    '第一部分 2034年单位预算表',
    '表1 收支预算总表',
    '',
    '项 目',
    '一、财政拨款收入',
    '其中：一般公共预算',
    '政府性基金预算',
    '二、事业收入',
    '三、其他收入',
    '本年收入合计',
    '上年结转',
    '收入总计',
    '',
    '编制单位：青石县林草服务中心',
    '预算数',
    '项 目',
    '1,240.50 一、农林水支出',
    '1,200.50 二、住房保障支出',
    '40.00',
    '310.25',
    '55.75',
    `${o.subtotal ?? '1,606.50'} 本年支出合计`,
    '93.50 结转下年',
    '1,700.00 支出总计',
    '',
    '单位：万元',
    '预算数',
    '1,520.30',
    '86.20',
    '1,606.50',
    '93.50',
    '1,700.00',
    '',
    '第二部分 2034年单位预算情况说明',
    '一、收支预算总体情况',
    `2034年收入总预算1,700.00万元，支出总预算1,700.00万元。与${o.compared ?? '2033'}年预算相比，收支总预算`,
    '各增加85.00万元，主要原因是新增森林防火项目。',
  ].join('\n');

describe('a plain 收支预算总表: labels, then figures with the 支出 labels, then the 支出 figures', () => {
  it('reports a 本年收入合计 that is not the sum of its numbered items', () => {
    const found = errors(budget({ subtotal: '1,660.50' }));
    const total = found.filter((f) => f.rule === 'table.total');
    expect(total).toHaveLength(1);
    expect(total[0]!.line).toBe(25);
    expect(total[0]!.message).toContain('1606.50');
  });

  it('reads the clean table: 合计, 总计 and both 总计 hold', () => {
    const r = checkTextReport(budget());
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const held = r.claims.filter((c) => c.kind === 'table' && c.verified).map((c) => c.arithmetic);
    expect(held.some((a) => a.includes('“本年收入合计”等于上方各项之和'))).toBe(true);
    expect(held.some((a) => a.includes('“收入总计”等于“本年收入合计”加“上年结转”'))).toBe(true);
  });
});

describe('a budget compared with a later year’s', () => {
  it('reports 与(year + 1)年预算相比 in a budget of its year', () => {
    const found = errors(budget({ compared: '2035' })).filter((f) => f.rule === 'year.mismatch');
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBe(39);
  });

  it('takes the year before, or the year itself, as right', () => {
    expect(errors(budget({ compared: '2033' }))).toEqual([]);
    expect(errors(budget({ compared: '2034' })).filter((f) => f.rule === 'year.mismatch')).toEqual([]);
  });
});

type Sheet = { rate?: string; served?: string; clause?: string };

const sheet = (o: Sheet = {}): string =>
  [
    '                  项目：乡村学校午餐补助项目绩效自评表',
    '                                              （2034年度）    金额单位：万元',
    '               年初预算数        全年预算数 全年执行数 分值 执行率               得分',
    '项目资 年度资金总额           300.00     320.00    304.00 10   95.00%                   9.50',
    ' 金 其中：当年财政拨款         300.00     300.00    284.00 —     —               —',
    '       上年结转资金          0.00      20.00     20.00 —     —               —',
    '年度总体目标：保障乡村学校学生在校午餐，改善学生营养状况。',
    '一级指    二级指标          三级指标      年度指标值    实际完成值 分值      得分         偏差原因分析及改进措施',
    '产出指 数量指标          午餐补助学生人数   ≥4,000人   4,260人   20   20.00',
    '产出指 数量指标          供餐学校数量     36所       36所      10   10.00',
    '产出指 质量指标          餐食抽检合格率     ≥98%      99.10%   20   20.00',
    '效益指 社会效益指标    学生营养状况     有效改善    有效改善     30    28.00',
    '满意度   服务对象满意度指标 家长满意度    ≥90%    93.50%    10   10.00',
    '                  总 分                       100   97.50',
    `  自评说明：该项目全年预算数320.00万元（含上年结转20.00万元），全年执行数304.00万元，预算执行率${o.rate ?? '95.00'}%。`,
    `${o.clause ?? `全年为${o.served ?? '4,260'}名在校学生提供午餐补助`}，餐食抽检合格率99.10%。`,
  ].join('\n');

describe('a 自评说明 under its 自评表', () => {
  it('reports a 执行率 after a budget whose part is stated in brackets', () => {
    const found = errors(sheet({ rate: '97.00' })).filter((f) => f.rule === 'completion.percent');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('95.00%');
  });

  it('reports a count restated with the indicator’s name in pieces', () => {
    const found = errors(sheet({ served: '4,620' })).filter((f) => f.rule === 'figure.text-table');
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBe(16);
    expect(found[0]!.message).toContain('午餐补助学生人数');
  });

  it('reads nothing wrong in the clean sheet, a target restated, or a count of a part', () => {
    expect(errors(sheet())).toEqual([]);
    expect(errors(sheet({ served: '4,000' }))).toEqual([]);
    expect(errors(sheet({ clause: '其中为310名住宿学生提供午餐补助' }))).toEqual([]);
  });
});
