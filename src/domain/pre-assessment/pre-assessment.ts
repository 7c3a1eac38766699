/**
 * 事前绩效评估 of a new project (DOMAIN.md, "The whole cycle"): five aspects — 必要性, 可行性, 绩效目标合理性,
 * 投入经济性, 实施方案 — each with the assessor's finding, and a conclusion 予以支持 / 调整后支持 / 不予支持
 * that decides whether the project goes on: a project whose pre-assessment, approved through the review
 * chain, says 不予支持 cannot have goals filed.
 */

export const PRE_ASSESSMENT_ASPECTS = [
  'necessity',
  'feasibility',
  'goalReasonableness',
  'inputEconomy',
  'implementationPlan',
] as const;
export type PreAssessmentAspect = (typeof PRE_ASSESSMENT_ASPECTS)[number];

export const ASPECT_NAMES: Record<PreAssessmentAspect, string> = {
  necessity: '必要性',
  feasibility: '可行性',
  goalReasonableness: '绩效目标合理性',
  inputEconomy: '投入经济性',
  implementationPlan: '实施方案',
};

/** What each aspect asks (shown under the field). */
export const ASPECT_QUESTIONS: Record<PreAssessmentAspect, string> = {
  necessity: '立项依据是否充分，是否符合政策和部门职责，是否有现实需求，是否与其他项目重复',
  feasibility: '实施条件是否具备，技术、组织、制度上是否可行，风险是否可控',
  goalReasonableness: '绩效目标是否明确、细化、可衡量，与预算和实施内容是否匹配',
  inputEconomy: '投入成本是否合理，资金测算依据是否充分，是否有更经济的方案',
  implementationPlan: '实施方案是否完整，进度安排、资金使用和管理措施是否合理',
};

export const PRE_ASSESSMENT_CONCLUSIONS = ['予以支持', '调整后支持', '不予支持'] as const;
export type PreAssessmentConclusion = (typeof PRE_ASSESSMENT_CONCLUSIONS)[number];

export type PreAssessmentContent = Record<PreAssessmentAspect, string> & {
  conclusion: PreAssessmentConclusion | null;
  /** The adjustments asked for (调整后支持), the reasons (不予支持), or a remark. */
  conclusionNote: string;
};

/** The field names as the form shows them (for messages and the review timeline). */
export const PRE_ASSESSMENT_FIELD_NAMES: Record<keyof PreAssessmentContent, string> = {
  ...ASPECT_NAMES,
  conclusion: '评估结论',
  conclusionNote: '结论说明',
};

/** What is missing before a pre-assessment can go for review, each naming the field; [] when complete. */
export function missingForSubmit(c: PreAssessmentContent): string[] {
  const out: string[] = [];
  for (const a of PRE_ASSESSMENT_ASPECTS)
    if (!c[a].trim()) out.push(`请填写「${ASPECT_NAMES[a]}」的评估意见。`);
  if (!c.conclusion) out.push('请选择「评估结论」（予以支持、调整后支持或不予支持）。');
  else if (c.conclusion === '调整后支持' && !c.conclusionNote.trim())
    out.push('评估结论为“调整后支持”，请在「结论说明」中写明需要调整的内容。');
  else if (c.conclusion === '不予支持' && !c.conclusionNote.trim())
    out.push('评估结论为“不予支持”，请在「结论说明」中写明理由。');
  return out;
}

/**
 * Whether goals may be filed for the project: not when its pre-assessment, approved (定稿) through the
 * review chain, concludes 不予支持. A draft or one under review does not decide yet.
 */
export function goalsRefusal(
  pa: { conclusion: PreAssessmentConclusion | null; approved: boolean } | null,
  projectName: string,
): string | null {
  if (!pa || !pa.approved || pa.conclusion !== '不予支持') return null;
  return `项目「${projectName}」的事前绩效评估结论为“不予支持”，不能填报绩效目标。`;
}
