import { describe, expect, it } from 'vitest';
import { goalsRefusal, missingForSubmit, type PreAssessmentContent } from './pre-assessment.ts';

const complete: PreAssessmentContent = {
  necessity: '符合部门职责',
  feasibility: '条件具备',
  goalReasonableness: '目标明确',
  inputEconomy: '测算合理',
  implementationPlan: '方案完整',
  conclusion: '予以支持',
  conclusionNote: '',
};

describe('missingForSubmit', () => {
  it('accepts a complete pre-assessment', () => {
    expect(missingForSubmit(complete)).toEqual([]);
  });

  it('names every empty aspect and a missing conclusion', () => {
    expect(missingForSubmit({ ...complete, feasibility: ' ', inputEconomy: '', conclusion: null })).toEqual([
      '请填写「可行性」的评估意见。',
      '请填写「投入经济性」的评估意见。',
      '请选择「评估结论」（予以支持、调整后支持或不予支持）。',
    ]);
  });

  it('needs the adjustments for 调整后支持 and the reasons for 不予支持', () => {
    expect(missingForSubmit({ ...complete, conclusion: '调整后支持' })[0]).toContain('需要调整的内容');
    expect(missingForSubmit({ ...complete, conclusion: '不予支持' })[0]).toContain('写明理由');
    expect(missingForSubmit({ ...complete, conclusion: '不予支持', conclusionNote: '重复建设' })).toEqual([]);
  });
});

describe('goalsRefusal', () => {
  it('refuses goals only for an approved 不予支持', () => {
    expect(goalsRefusal({ conclusion: '不予支持', approved: true }, '甲项目')).toBe(
      '项目「甲项目」的事前绩效评估结论为“不予支持”，不能填报绩效目标。',
    );
    expect(goalsRefusal({ conclusion: '不予支持', approved: false }, '甲项目')).toBeNull();
    expect(goalsRefusal({ conclusion: '调整后支持', approved: true }, '甲项目')).toBeNull();
    expect(goalsRefusal(null, '甲项目')).toBeNull();
  });
});
