import { describe, expect, it } from 'vitest';
import { changePercent, dec, fixed, sharePercent, sum } from '../money/index.ts';
import { seed } from './__fixtures__/seeds.ts';
import { checkText, type Finding } from './index.ts';

const s000 = checkText(seed('000_ad42accaf8116a04.txt'));
const s001 = checkText(seed('001_f02d73256edfc266.txt'));
const s002 = checkText(seed('002_3673b233cbd3bc4f.txt'));
const s004 = checkText(seed('004_3bb0a0cfa40ad546.txt'));

const at = (findings: Finding[], line: number, rule: string): Finding[] =>
  findings.filter((f) => f.line === line && f.rule === rule);
const onLine = (findings: Finding[], line: number): Finding[] => findings.filter((f) => f.line === line);

describe('checker on seed 000 (四川省商务厅信息中心)', () => {
  it('flags 11.80元 and 19.49元 as 万元 amounts: 117.79+55.42+0.29+13.20+6.70+0.77+8.26+11.80+19.49 = 233.72 only in 万元', () => {
    expect(fixed(sum(['117.79', '55.42', '0.29', '13.20', '6.70', '0.77', '8.26', '11.80', '19.49']))).toBe(
      '233.72',
    );
    expect(at(s000, 73, 'unit.yuan-for-wanyuan')[0]).toMatchObject({
      severity: 'error',
      expected: '11.80万元',
      found: '11.80元',
    });
    expect(at(s000, 75, 'unit.yuan-for-wanyuan')[0]).toMatchObject({
      severity: 'error',
      expected: '19.49万元',
    });
    // The message spells out the sum that proves the unit.
    expect(at(s000, 73, 'unit.yuan-for-wanyuan')[0]!.message).toBe(
      '11.80元：117.79 + 55.42 + 0.29 + 13.20 + 6.70 + 0.77 + 8.26 + 11.80 + 19.49 = 233.72万元 只有按万元计才成立，应为11.80万元。',
    );
  });
  it('flags 执行数为31.68元: 31.68 ÷ 32.35 = 97.93%, the printed 完成预算 share, holds only in 万元', () => {
    expect(fixed(sharePercent('31.68', '32.35')!)).toBe('97.93');
    expect(at(s000, 129, 'unit.yuan-for-wanyuan')).toEqual([
      expect.objectContaining({
        message: '31.68元：31.68 ÷ 32.35万元 × 100% = 97.93% 只有按万元计才成立，应为31.68万元。',
      }),
    ]);
    expect(at(s000, 129, 'completion.percent')).toHaveLength(0);
  });
  it('notes 176.00 + 14.33 = 190.33 against 190.34 as a rounding difference, not an error', () => {
    expect(at(s000, 79, 'sum.parts')[0]).toMatchObject({ severity: 'note', found: '190.33万元' });
  });
  it('notes 0.29 ÷ 233.72 = 0.12% printed 0.13%, which rounding of 0.29 (0.285–0.295) can explain', () => {
    expect(fixed(sharePercent('0.29', '233.72')!)).toBe('0.12');
    expect(fixed(sharePercent('0.295', '233.715')!)).toBe('0.13');
    expect(at(s000, 53, 'share.percent').map((f) => f.severity)).toEqual(['note']);
  });
  it('does not flag the correct change 14.41 ÷ (233.72 + 14.41) = 5.81% or the shares 190.34 ÷ 233.72 = 81.44%', () => {
    expect(fixed(changePercent('233.72', '248.13')!.abs())).toBe('5.81');
    expect(fixed(sharePercent('190.34', '233.72')!)).toBe('81.44');
    expect(onLine(s000, 32)).toEqual([]);
    expect(onLine(s000, 40)).toEqual([]);
    expect(onLine(s000, 36)).toEqual([]);
  });
  it('grades with the scoring engine’s gradeOf and its configurable bands (80/70/60 also occurs)', () => {
    const text = '2020年度项目自评得分85分，评价等次为良。';
    expect(checkText(text)).toEqual([]);
    const strict = [
      { grade: '优', min: '80' },
      { grade: '良', min: '70' },
      { grade: '中', min: '60' },
      { grade: '差', min: '0' },
    ];
    expect(checkText(text, { grades: strict })[0]).toMatchObject({
      rule: 'grade.score',
      expected: '优',
      found: '良',
    });
  });
  it('reports no errors beyond the three unit errors', () => {
    expect(s000.filter((f) => f.severity === 'error').map((f) => `${f.line}:${f.rule}`)).toEqual([
      '73:unit.yuan-for-wanyuan',
      '75:unit.yuan-for-wanyuan',
      '129:unit.yuan-for-wanyuan',
    ]);
  });
});

describe('checker on seed 001 (四川省政务服务和公共资源交易服务中心)', () => {
  it('warns that 788.78 ÷ (8197.23 − 788.78) = 10.647% is printed 10.64% (truncated, not rounded)', () => {
    expect(fixed(changePercent('8197.23', '7408.45')!)).toBe('10.65');
    expect(at(s001, 28, 'change.percent')[0]).toMatchObject({
      severity: 'warning',
      expected: '10.65%',
      found: '10.64%',
    });
  });
  it('does not flag correct changes: 365.89 ÷ 7368.86 = 4.97%, 4.78 ÷ 38.07 = 12.56%, 1.76 ÷ 2.07 = 85.02%', () => {
    expect(fixed(changePercent('7734.75', '7368.86')!)).toBe('4.97');
    expect(fixed(changePercent('42.85', '38.07')!)).toBe('12.56');
    expect(fixed(changePercent('0.31', '2.07')!.abs())).toBe('85.02');
    for (const line of [45, 51, 100, 103]) expect(onLine(s001, line)).toEqual([]);
  });
  it('does not flag the income shares (7734.75 ÷ 7865.6 = 98.34%) nor the named share 7734.75 ÷ 7984.83 = 96.87%', () => {
    expect(fixed(sharePercent('7734.75', '7865.6')!)).toBe('98.34');
    expect(fixed(sharePercent('7734.75', '7984.83')!)).toBe('96.87');
    expect(onLine(s001, 33)).toEqual([]);
    expect(onLine(s001, 51)).toEqual([]);
    expect(onLine(s001, 118)).toEqual([]);
  });
  it('flags the missing figures in "完成预算%" and "越野车.辆"', () => {
    expect(at(s001, 99, 'number.missing')[0]?.found).toBe('完成预算%');
    expect(at(s001, 101, 'number.missing')).toHaveLength(1);
  });
  it('flags template residue: （罗列全部功能分类科目，至类级。）, （项目名称） and 《2020年XX项目…》', () => {
    expect(at(s001, 57, 'residue.instruction')).toHaveLength(1);
    expect(at(s001, 122, 'residue.instruction')[0]?.found).toBe('（项目名称）');
    expect(at(s001, 835, 'residue.placeholder')).toHaveLength(1);
    expect(at(s001, 937, 'residue.placeholder')).toHaveLength(1);
  });
  it('flags 执行数为224.47元 beside 预算数224.47万元 and 完成预算的100%', () => {
    expect(at(s001, 127, 'unit.yuan-for-wanyuan')).toHaveLength(1);
  });
  it('notes 3192.77 + 4792.07 = 7984.84 against 7984.83 and the 16 项 summing to 7734.76 against 7734.75', () => {
    expect(fixed(sum(['3192.77', '4792.07']))).toBe('7984.84');
    expect(at(s001, 39, 'sum.parts')[0]?.severity).toBe('note');
    expect(at(s001, 64, 'sum.parts')[0]).toMatchObject({ severity: 'note', found: '7734.76万元' });
    expect(at(s001, 64, 'unit.missing')).toHaveLength(1);
  });
  it('flags 评分说明 deductions the score ignores: 5 − 2 = 3 (scored 5) and 3 − 1 = 2 (scored 3)', () => {
    expect(at(s001, 1609, 'score.deduction')[0]).toMatchObject({ expected: '3', found: '5' });
    expect(at(s001, 1641, 'score.deduction')[0]).toMatchObject({ expected: '2', found: '3' });
  });
  it('warns that the renormalised score 67.75 ÷ (100 − 5 − 12.5 − 12.5) × 100 = 96.786 is printed 96.78', () => {
    const scores = sum(['5', '5', '5', '3', '3', '4', '3', '5', '4.75', '5', '12.5', '12.5']);
    expect(scores.toString()).toBe('67.75');
    expect(fixed(scores.div(70).times(100))).toBe('96.79');
    expect(at(s001, 1708, 'score.renormalised')[0]).toMatchObject({
      severity: 'warning',
      expected: '96.79',
      found: '96.78',
    });
  });
  it('flags chart data 2020年 8197.22 where the text (8197.23, last year 8197.23 − 788.78 = 7408.45) says 8197.23', () => {
    expect(fixed(sum(['8197.23', '-788.78']))).toBe('7408.45');
    expect(at(s001, 1728, 'figure.chart-mismatch')[0]).toMatchObject({
      expected: '8197.23',
      found: '8197.22',
    });
    // The 财政拨款 chart (7368.86 → 7734.75) agrees with 7734.75 − 365.89 = 7368.86.
    expect(at(s001, 1717, 'figure.chart-mismatch')).toEqual([]);
  });
  it('does not flag the fully scored 评分表 whose weights and scores add to 100', () => {
    expect(s001.filter((f) => f.rule.startsWith('score.') && f.line < 1560 && f.line !== 908)).toEqual([]);
  });
  it('warns that 执行进度 5.51 is not the exact checkpoint rule: 13.30÷40×3 + 35.46÷67.5×4 + 65.6÷82.5×3 = 5.484 → 5.48', () => {
    const exact = sum([
      dec('13.30').div(40).times(3),
      dec('35.46').div('67.5').times(4),
      dec('65.6').div('82.5').times(3),
    ]);
    expect(fixed(exact)).toBe('5.48');
    // Each ratio rounded first: 0.33×3 + 0.53×4 + 0.80×3 = 5.51 — the figure printed.
    expect(fixed(sum(['0.99', '2.12', '2.40']))).toBe('5.51');
    expect(at(s001, 908, 'score.rule')).toHaveLength(1);
    expect(at(s001, 908, 'score.rule')[0]).toMatchObject({
      severity: 'warning',
      expected: '5.48',
      found: '5.51',
    });
    expect(at(s001, 908, 'score.rule')[0]!.message).toContain('先四舍五入保留2位小数');
  });
  it('warns that (1 − 质疑投诉率 4.75%) × 5 = 4.7625 → 4.76 is printed 4.75 (the ratio rounded to 0.95 first)', () => {
    expect(dec(1).minus('0.0475').times(5).toString()).toBe('4.7625');
    expect(dec('0.95').times(5).toString()).toBe('4.75');
    expect(at(s001, 1657, 'score.rule')[0]).toMatchObject({
      severity: 'warning',
      expected: '4.76',
      found: '4.75',
    });
    // 资金到位比例 100% × 3 = 3, as printed: not flagged.
    expect(s001.filter((f) => f.rule === 'score.rule').map((f) => f.line)).toEqual([908, 1657]);
  });
  it('checks the 三公 parts of line 96 against the total on line 94: 0 + 42.85 + 0.31 = 43.16, 42.85 ÷ 43.16 = 99.28%', () => {
    expect(fixed(sum(['0', '42.85', '0.31']))).toBe('43.16');
    expect(fixed(sharePercent('42.85', '43.16')!)).toBe('99.28');
    expect(fixed(sharePercent('0.31', '43.16')!)).toBe('0.72');
    expect(onLine(s001, 96)).toEqual([]);
    const broken = checkText(
      seed('001_f02d73256edfc266.txt').replace(
        '公务接待费支出决算0.31万元，占0.72%',
        '公务接待费支出决算0.31万元，占0.62%',
      ),
    );
    expect(at(broken, 96, 'share.percent')[0]).toMatchObject({
      severity: 'error',
      expected: '0.72%',
      found: '0.62%',
    });
  });
  it('flags a count stated twice: 非政府采购项目共13个 (line 1318) and 非政府采购项目共10个 (line 1336) of the same project', () => {
    expect(at(s001, 1336, 'count.restated')[0]).toMatchObject({
      severity: 'error',
      expected: '13个',
      found: '10个',
    });
    // 政府采购项目 2个 (lines 1120, 1129) and 5个 (lines 1318, 1336) belong to two projects and agree within each.
    expect(s001.filter((f) => f.rule === 'count.restated').map((f) => f.line)).toEqual([1336]);
  });
  it('flags a comparison year that is not the year before: a 2020年度 document saying 与2018年相比', () => {
    expect(s001.filter((f) => f.rule === 'year.mismatch')).toEqual([]);
    const wrong = checkText(
      seed('001_f02d73256edfc266.txt').replace(
        '2020年财政拨款收、支总计7734.75万元。与2019年相比',
        '2020年财政拨款收、支总计7734.75万元。与2018年相比',
      ),
    );
    expect(wrong.filter((f) => f.rule === 'year.mismatch')).toEqual([
      expect.objectContaining({ line: 45, severity: 'error', expected: '2019年', found: '2018年' }),
    ]);
    // The year comes from the document (most frequent "YYYY年度") unless given: told it is 2021, 与2019年 is wrong everywhere.
    expect(
      checkText(seed('001_f02d73256edfc266.txt'), { year: 2021 }).filter((f) => f.rule === 'year.mismatch')
        .length,
    ).toBeGreaterThanOrEqual(3);
  });
});

describe('checker on seeds 002 and 004', () => {
  it('accepts 002’s Markdown 自评表 whose scores 25 + 39 + 28 + 8 add to 合计 100, despite a shifted row', () => {
    expect(s002).toEqual([]);
  });
  it('warns that 87.44 ÷ 195.01 = 44.838% is printed 44.83%', () => {
    expect(fixed(sharePercent('87.44', '195.01')!)).toBe('44.84');
    expect(at(s004, 361, 'completion.percent')[0]).toMatchObject({
      severity: 'warning',
      expected: '44.84%',
      found: '44.83%',
    });
  });
  it('accepts 004’s scores summing to 98.5, the panel average (99 + 98) ÷ 2 = 98.5 and 98.5分 graded 优', () => {
    expect(s004.filter((f) => f.rule.startsWith('score.') || f.rule === 'grade.score')).toEqual([]);
  });
  it('warns that 004’s 评价等次 cell is blank while the total is 98.5 (优)', () => {
    expect(at(s004, 280, 'grade.missing')[0]).toMatchObject({ severity: 'warning', expected: '优' });
  });
});
