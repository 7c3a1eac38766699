// Strings of the reports module.
export const reportsTexts = {
  title: '报告',
  summary: '生成绩效自评报告、决算公开说明等文档，批量导出 Word、Excel 与 PDF。',
} as const;
