// Strings of the checker module.
export const checkerTexts = {
  title: '校验',
  summary: '上传已有的报告与表格，自动核对其中的数字与表述是否一致。',
} as const;
