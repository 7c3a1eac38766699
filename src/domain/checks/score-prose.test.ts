import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const report = (text: string) => checkTextReport(`某项目2024年度绩效自评报告\n${text}`);
const scoreClaims = (text: string) => report(text).claims.filter((c) => c.kind === 'score');

describe('scores stated in running text and their total', () => {
  it('adds the parts after "其中" and the parts before "总分", with nothing reported when they hold', () => {
    for (const text of [
      '本部门自评得分93.60分，其中：部门决策18.00分，部门管理27.80分，部门产出29.40分，部门效益18.40分。',
      '项目决策得分19.00分，项目过程得分18.50分，项目产出得分38.20分，项目效益得分19.30分，自评总分95.00分，自评等级为“优”。',
    ]) {
      const r = report(text);
      expect(r.findings, text).toEqual([]);
      expect(scoreClaims(text), text).toEqual([expect.objectContaining({ verified: true })]);
    }
  });

  it('reads the parts of a "其中" sentence against the total ending the sentence before (a grade between)', () => {
    const text = (total: string) =>
      `项目自评得分为${total}分，自评等级为优。其中：预算执行率得分9.50分，产出指标得分48.00分，效益指标得分26.00分，满意度指标得分9.00分。`;
    expect(report(text('92.50')).findings).toEqual([]);
    expect(scoreClaims(text('92.50'))).toEqual([expect.objectContaining({ verified: true })]);
    expect(report(text('93.50')).findings).toContainEqual(
      expect.objectContaining({ rule: 'score.sum', expected: '92.50', found: '93.50' }),
    );
    // A 其中 sentence after a sentence that does not end with a score: not read.
    expect(
      scoreClaims('项目自评得分为93.50分，主要成效明显。其中：预算执行率得分9.50分，产出指标得分48.00分。'),
    ).toEqual([]);
  });

  it('reports parts that do not add up to the total, with the sum', () => {
    expect(
      report('自评得分93.60分，其中：部门决策18.00分，部门管理27.80分，部门产出28.40分，部门效益18.40分。')
        .findings,
    ).toEqual([
      expect.objectContaining({
        rule: 'score.sum',
        severity: 'error',
        expected: '92.60',
        found: '93.60',
        message: '各项得分之和 18.00 + 27.80 + 28.40 + 18.40 = 92.60，与总分93.60不符。',
      }),
    ]);
    expect(
      report('项目决策得分19分，项目过程得分18.5分，项目产出得分36.2分，项目效益得分19.3分，自评总分95分。')
        .findings,
    ).toEqual([expect.objectContaining({ rule: 'score.sum', expected: '93.0', found: '95' })]);
  });

  it('reads no weight, deduction or lone score as a part', () => {
    for (const text of [
      '自评得分92.00分，其中：项目决策（满分20分）18.00分，项目过程20.00分，项目产出40.00分。',
      '自评得分92.00分，其中：项目决策扣2分，项目过程20.00分。',
      '项目产出得分38.20分，自评总分95.00分。',
      '总分100分，其中：决策20分，过程20分，产出40分，效益15分。',
    ]) {
      expect(scoreClaims(text), text).toEqual([]);
      expect(report(text).findings, text).toEqual([]);
    }
  });

  it('reads parts printed with their weights ("得分46.50分（满分50分），扣3.50分"): deductions and the total', () => {
    const text = (o: { cut?: string; total?: string } = {}) =>
      `预算执行得分9.50分（满分10分），产出指标得分46.00分（满分50分），扣${o.cut ?? '4.00'}分，主要是进度滞后；效益指标得分28.00分（满分30分），扣2.00分；满意度指标得分9.00分（满分10分）。项目综合自评得分${o.total ?? '92.50'}分，自评等级为“优”。`;
    expect(report(text()).findings).toEqual([]);
    expect(scoreClaims(text()).every((c) => c.verified)).toBe(true);
    expect(report(text({ cut: '3.00' })).findings).toEqual([
      expect.objectContaining({ rule: 'score.deduction', expected: '扣4.00分', found: '扣3.00分' }),
    ]);
    expect(report(text({ total: '93.50' })).findings).toEqual([
      expect.objectContaining({ rule: 'score.sum', expected: '92.50', found: '93.50' }),
    ]);
    // Weights not adding up to 100: the parts are not the whole, the total is not judged.
    const some =
      '产出指标得分46.00分（满分50分），效益指标得分28.00分（满分30分），项目综合自评得分90.00分。';
    expect(report(some).findings).toEqual([]);
  });
});

describe('an average score with its items after 其中 (score-prose.ts)', () => {
  it('is not read as a total of its items', () => {
    const text =
      '2035年度，本部门组织对4个项目开展绩效自评，平均得分90.10分，其中：河道巡查项目92.40分、水质监测项目87.60分、堤防维护项目89.90分、防汛培训项目90.50分。';
    expect(report(text).findings.filter((f) => f.rule === 'score.sum')).toEqual([]);
    // The same list under a total (自评得分) is summed.
    const total = text.replace('平均得分90.10分', '自评得分90.10分');
    expect(report(total).findings.filter((f) => f.rule === 'score.sum')).toHaveLength(1);
  });
});

describe('parts named with their weights in brackets after a 其中 (score-prose.ts)', () => {
  const text = (total: string) =>
    `本部门开展了部门整体支出绩效自评，自评得分${total}分，评价等级为“优”。其中：预算编制（分值20分）得分19.00分、预算执行（分值30分）得分28.40分、资产管理（分值10分）得分9.50分、产出指标（分值25分）得分23.60分、效果指标（分值15分）得分14.00分。`;
  it('holds when they add up', () => {
    expect(report(text('94.50')).findings).toEqual([]);
  });
  it('reports parts not adding up to the total', () => {
    expect(report(text('95.50')).findings).toContainEqual(
      expect.objectContaining({ rule: 'score.sum', found: '95.50' }),
    );
  });
});
