import { describe, expect, it } from 'vitest';
import { parseValue } from './target-value.ts';
import { evaluateAgainstStandards, evaluateGoal } from './goal-evaluation.ts';
import { defaultDirection, directionProblem, readDirection } from './direction.ts';
import { isStandardLevel2, standardLevel1 } from './catalogue.ts';

function q(text: string): {
  comparator: string;
  implicit: boolean;
  value: string;
  unit: string;
  subject: string;
  multiplier: string | null;
} {
  const p = parseValue(text);
  if (p.kind !== 'quantity') throw new Error(`${text} parsed as ${p.kind}`);
  return {
    comparator: p.comparator,
    implicit: p.implicit,
    value: p.value.toString(),
    unit: p.unit,
    subject: p.subject,
    multiplier: p.multiplier,
  };
}

describe('parsing target values (预期指标值)', () => {
  it.each([
    ['≥98%', '>=', '98', '%'],
    ['≤10次', '<=', '10', '次'],
    ['>300台', '>', '300', '台'],
    ['＞10年', '>', '10', '年'],
    ['1600次以上', '>=', '1600', '次'],
    ['70%以上', '>=', '70', '%'],
    ['不少于3个', '>=', '3', '个'],
    ['》=90%', '>=', '90', '%'],
    ['≥99%', '>=', '99', '%'],
    ['不超过5件', '<=', '5', '件'],
    ['＜１０％', '<', '10', '%'],
  ])('reads %s as comparator %s, value %s, unit %s', (text, comparator, value, unit) => {
    expect(q(text)).toMatchObject({ comparator, value, unit, implicit: false });
  });

  it.each([
    ['100%', '100', '%'],
    ['12次', '12', '次'],
    ['1年', '1', '年'],
    ['6个', '6', '个'],
    ['470', '470', ''],
  ])('reads the bare figure %s as an implicit target %s %s', (text, value, unit) => {
    expect(q(text)).toMatchObject({ comparator: '=', implicit: true, value, unit });
  });

  it('reads 约36万件 as approximately 360000 件 with the 万 multiplier kept', () => {
    expect(q('约36万件')).toMatchObject({ comparator: '≈', value: '360000', unit: '件', multiplier: '万' });
  });

  it('reads 经费≤110万元 with its subject, in 元', () => {
    expect(q('经费≤110万元')).toMatchObject({
      comparator: '<=',
      value: '1100000',
      unit: '元',
      subject: '经费',
    });
    expect(q('服务对象满意率≥98%')).toMatchObject({
      comparator: '>=',
      value: '98',
      subject: '服务对象满意率',
    });
  });

  it('reads 2020年12月底前 as a deadline', () => {
    expect(parseValue('2020年12月底前')).toMatchObject({
      kind: 'deadline',
      year: 2020,
      month: 12,
      day: null,
    });
  });

  it.each([
    ['长期', 'positive'],
    ['满意', 'positive'],
    ['合格', 'positive'],
    ['完成', 'positive'],
    ['通过有关部门验收', 'positive'],
    ['不合格', 'negative'],
  ])('reads %s as a qualitative value (%s)', (text, polarity) => {
    expect(parseValue(text)).toMatchObject({ kind: 'qualitative', polarity });
  });

  it('reads prose, keeping its status and the figures in it', () => {
    const p = parseValue('已完成，完成660台电脑保障和运行维护');
    expect(p.kind).toBe('prose');
    if (p.kind !== 'prose') return;
    expect(p.status).toBe('done');
    expect(p.quantities.map((x) => `${x.value.toString()}${x.unit}`)).toEqual(['660台']);
  });

  it('keeps unreadable text as text with a Chinese message', () => {
    const p = parseValue('每日跟踪反馈');
    expect(p).toMatchObject({ kind: 'text', text: '每日跟踪反馈' });
    if (p.kind === 'text') expect(p.message).toContain('请人工判断');
    expect(parseValue('')).toMatchObject({ kind: 'text' });
  });
});

describe('evaluating a goal against its actual value', () => {
  it('marks ≥98% met by 98.82% and gives completion rate and deviation', () => {
    const r = evaluateGoal('≥98%', '98.82%');
    expect(r.status).toBe('met');
    expect(r.completionRate!.toDecimalPlaces(4).toString()).toBe('100.8367');
    expect(r.deviation!.toDecimalPlaces(4).toString()).toBe('0.8367');
  });

  it('marks a lower-is-better target ≤10% met by 4.75% and not met by 12%', () => {
    expect(evaluateGoal('≤10%', '4.75%').status).toBe('met');
    expect(evaluateGoal('≤10%', '12%').status).toBe('not-met');
  });

  it('finds the figure with the target unit inside prose (>300台 vs 已完成，完成660台…)', () => {
    const r = evaluateGoal('>300台', '已完成，完成660台电脑保障和运行维护');
    expect(r.status).toBe('met');
    expect(r.completionRate!.toString()).toBe('220');
  });

  it('marks 001 大厅 工作服 358人 not met by 106人 (29.61%)', () => {
    const r = evaluateGoal(
      '完成大厅358人工作服制作',
      '2020年完成106人工作服制作，因窗口工作人员轮换，剩余部分工作服将于2021年4月制作完成',
    );
    expect(r.status).toBe('not-met');
    const direct = evaluateGoal('358人', '2020年完成106人工作服制作');
    expect(direct.status).toBe('not-met');
    expect(direct.completionRate!.toDecimalPlaces(2).toString()).toBe('29.61');
  });

  it('compares 约 figures as at least the figure (约3万桶 not met by 约2.4万桶)', () => {
    expect(evaluateGoal('约3万桶', '约2.4万桶').status).toBe('not-met');
    expect(evaluateGoal('约36万件', '约51万件').status).toBe('met');
  });

  it('judges qualitative and deadline targets', () => {
    expect(evaluateGoal('满意', '满意').status).toBe('met');
    expect(evaluateGoal('合格', '不合格').status).toBe('not-met');
    expect(evaluateGoal('长期', '长期').status).toBe('met');
    expect(evaluateGoal('2020年12月底前', '已完成').status).toBe('met');
    expect(evaluateGoal('2020年12月底前', '2021年3月').status).toBe('not-met');
  });

  it('leaves incomparable texts undetermined with a reason (units 件 vs 个)', () => {
    const r = evaluateGoal('>800件', '已完成，完成2961个项目信息归档');
    expect(r.status).toBe('undetermined');
    expect(r.message).toContain('请人工判断');
  });
});

describe('grade standards (004)', () => {
  const collected = { 优: '1000条', 良: '700条', 中: '500条', 差: '300条' } as const;
  const downtime = { 优: '10%', 良: '14%', 中: '18%', 差: '18%以上' } as const;

  it('places 004 信息采集 836 + 936 = 1772条 at 优', () => {
    expect(evaluateAgainstStandards(collected, '1772条')).toMatchObject({ level: '优', direction: 'higher' });
    expect(evaluateAgainstStandards(collected, '650条').level).toBe('中');
    expect(evaluateAgainstStandards(collected, '100条').level).toBe('差');
  });

  it('reads 故障宕机率 as lower-is-better', () => {
    expect(evaluateAgainstStandards(downtime, '8%')).toMatchObject({ level: '优', direction: 'lower' });
    expect(evaluateAgainstStandards(downtime, '12%').level).toBe('良');
    expect(evaluateAgainstStandards(downtime, '19%').level).toBe('差');
  });
});

describe('the standard catalogue', () => {
  it('maps the seeds’ synonyms to the standard 一级指标', () => {
    expect(standardLevel1('完成指标')).toBe('产出指标');
    expect(standardLevel1('项目完成指标')).toBe('产出指标');
    expect(isStandardLevel2('完成指标', '数量指标')).toBe(true);
    expect(isStandardLevel2('效益指标', '数量指标')).toBe(false);
  });
});

describe('indicator direction (正向 / 反向 / 等于 / 定性)', () => {
  it('defaults a bare cost to 反向: 31.68 against 32.35万元 is underspent and met', () => {
    const direction = defaultDirection({ target: '32.35万元', level2: '成本指标', name: '项目总成本' });
    expect(direction).toBe('lower');
    expect(evaluateGoal('32.35万元', '31.68万元', direction).status).toBe('met');
    expect(evaluateGoal('32.35万元', '31.68', direction).status).toBe('met');
    expect(evaluateGoal('32.35万元', '33', direction).status).toBe('not-met');
  });

  it('reads the default from the comparator, and 定性 for words', () => {
    expect(defaultDirection({ target: '≥98%' })).toBe('higher');
    expect(defaultDirection({ target: '低于10%' })).toBe('lower');
    expect(defaultDirection({ target: '=100%' })).toBe('equal');
    expect(defaultDirection({ target: '1000条', level2: '数量指标' })).toBe('higher');
    expect(defaultDirection({ target: '2020年12月底前' })).toBe('lower');
    expect(defaultDirection({ target: '满意' })).toBe('qualitative');
  });

  it('meets "= 100%" with an actual of 100 (equal within the printed precision)', () => {
    expect(evaluateGoal('=100%', '100', 'equal').status).toBe('met');
    expect(evaluateGoal('=100%', '100%').status).toBe('met');
    expect(evaluateGoal('100%', '99.6%', 'equal').status).toBe('met');
    expect(evaluateGoal('100%', '99.4%', 'equal').status).toBe('not-met');
  });

  it('refuses a direction that contradicts the target, in Chinese', () => {
    expect(directionProblem('≥98%', 'lower')).toContain('不一致');
    expect(directionProblem('满意', 'higher')).toContain('不是数值');
    expect(directionProblem('32.35万元', 'lower')).toBeNull();
    expect(directionProblem('≥98%', 'qualitative')).toBeNull();
    expect(readDirection('≤')).toBe('lower');
    expect(readDirection('定性')).toBe('qualitative');
    expect(readDirection('向上')).toBeNull();
  });
});
