// Strings of the goals module.
export const goalsTexts = {
  title: '绩效目标',
  summary: '编制、申报和审核项目及部门整体的绩效目标与指标体系，并跟踪执行监控情况。',
} as const;
