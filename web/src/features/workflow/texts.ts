// Strings of the workflow module.
export const workflowTexts = {
  title: '审核',
  summary: '按审核链（经办人、主任、财务处经办人、分管处长、处长）逐级审核、退回和办理待办事项。',
} as const;
