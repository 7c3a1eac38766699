import { describe, expect, it } from 'vitest';
import { completionPercent, dec, fixed } from '../money/index.ts';
import { seed } from './__fixtures__/seeds.ts';
import { checkText } from './index.ts';

/**
 * 001 政府采购专项业务费: the 完成情况表 gives 政府采购代理项目完成率 预期 85%, 实际 98.82%; the 评分表 scores
 * 完成时效 "政府采购代理项目完成率*分值" (分值 5) with 5. Three readings were on the table:
 *  - 85% × 5 = 4.25: the 预期指标值 read as the rate — a misreading (a tab after the name is not "为");
 *  - 98.82% × 5 = 4.94: the rate itself;
 *  - 98.82 ÷ 85 = 116.26%, capped at 100% → 5: the 完成率 of the target, as the same table's 完成数量 rule
 *    defines 完成率 (实际完成任务量 / 绩效目标设定任务量) and as the seed prints.
 * The rule text does not say which of the last two it means: either passes, neither is an error.
 */
const sheet = [
  '2020年度政府采购专项业务费项目支出绩效自评表',
  '一级指标\t二级指标\t三级指标\t预期指标值\t实际完成值\t是否完成',
  '完成指标\t数量指标\t采用单一来源、询价、竞争性谈判等政府采购方式完成采购项目个数\t470\t556\t是',
  '\t质量指标\t代理的政府采购项目质疑投诉率\t≤10%\t4.75%\t是',
  '\t时效指标\t政府采购代理项目完成率\t85%\t98.82%\t是',
  '',
];
const scores = (timeliness: string, total: string): string[] => [
  '政府采购专项业务费项目评分表',
  '一级指标\t二级指标\t三级指标\t计分规则\t分值\t得分\t评分说明',
  '项目绩效（15分）\t项目完成（15分）\t完成数量\t得分=完成率*分值\t5\t5\t',
  '\t\t完成质量\t（1-代理的政府采购项目质疑投诉率）*分值\t5\t4.76\t',
  `\t\t完成时效\t政府采购代理项目完成率*分值\t5\t${timeliness}\t`,
  `合计\t\t\t\t15\t${total}\t`,
];
const check = (lines: string[]): ReturnType<typeof checkText> => checkText(lines.join('\n'), { year: 2020 });

describe('“政府采购代理项目完成率*分值” (001 完成时效): which reading', () => {
  it('the arithmetic of the three readings', () => {
    expect(fixed(dec('0.85').times(5))).toBe('4.25');
    expect(fixed(dec('0.9882').times(5))).toBe('4.94');
    expect(fixed(completionPercent('98.82', '85')!)).toBe('116.26');
  });

  it('001 as published (自评表 and 评分表 in one file): nothing reported on 完成时效', () => {
    const text = seed('001_f02d73256edfc266.txt');
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.includes('政府采购代理项目完成率*分值'));
    expect(lines[at + 2]).toBe('\t5');
    const findings = checkText(text).filter((f) => f.line >= at + 1 && f.line <= at + 4);
    expect(findings).toEqual([]);
    // The row is read (its 完成情况表 row found in the cell-per-line table): 4.25 there is a note naming both readings.
    lines[at + 2] = '\t4.25';
    const changed = checkText(lines.join('\n')).filter((f) => f.rule === 'score.rule' && f.line === at + 3);
    expect(changed).toEqual([
      expect.objectContaining({ severity: 'note', expected: '4.94或5', found: '4.25' }),
    ]);
  });

  it('the 自评表 attached to the 评分表 as tables: 5 passes and the target 85% is never read as the rate', () => {
    const findings = check([...sheet, ...scores('5', '14.76')]);
    expect(findings).toEqual([]);
  });

  it('98.82% × 5 = 4.94 (the rate itself) passes too: the rule does not say which reading it means', () => {
    expect(check([...sheet, ...scores('4.94', '14.7')])).toEqual([]);
  });

  it('a score matching neither reading is a note naming both, never an error', () => {
    const findings = check([...sheet, ...scores('4.25', '14.01')]);
    const rule = findings.filter((f) => f.rule === 'score.rule');
    expect(rule).toHaveLength(1);
    expect(rule[0]).toMatchObject({ severity: 'note', expected: '4.94或5', found: '4.25' });
    expect(rule[0]!.message).toContain('98.82%');
    expect(rule[0]!.message).toContain('98.82÷85');
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('without a stated target, a score other than rate × 分值 is a note (the target may be missing), never an error', () => {
    const findings = check([
      '2020年度评分表',
      '三级指标\t计分规则\t分值\t得分\t评分说明',
      '完成时效\t政府采购代理项目完成率*分值\t5\t5\t完成率98.82%',
      '完成质量\t按资金到位比例*分值\t5\t5\t资金到位率100%',
    ]);
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'score.rule', severity: 'note', expected: '4.94', found: '5' }),
    ]);
  });

  it('rules with one reading stay errors: (1 − 4.75%) × 5 = 4.76 printed 4.5; 资金到位率 90% × 3 = 2.7 printed 3', () => {
    const lines = [...sheet, ...scores('5', '14.5')];
    lines[lines.length - 3] = '\t\t完成质量\t（1-代理的政府采购项目质疑投诉率）*分值\t5\t4.5\t';
    const findings = check(lines).filter((f) => f.rule === 'score.rule');
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'error', expected: '4.76', found: '4.5' }),
    ]);
    const funds = check([
      '2020年度评分表',
      '三级指标\t计分规则\t分值\t得分\t评分说明',
      '资金到位\t按资金到位比例*分值\t3\t3\t资金到位率90%',
      '资金使用\t使用合规得满分，否则不得分\t4\t4\t',
    ]);
    expect(funds).toEqual([
      expect.objectContaining({ rule: 'score.rule', severity: 'error', expected: '2.7', found: '3' }),
    ]);
  });
});
