// Strings of the evaluations module.
export const evaluationsTexts = {
  title: '绩效自评',
  summary: '按评分规则填报绩效自评表，自动计算得分与等级，形成自评结论。',
} as const;
