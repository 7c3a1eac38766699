// Strings of the accounts module.
export const accountsTexts = {
  title: '决算',
  summary: '录入和校验部门决算数据，检查收支平衡关系，生成决算公开表格。',
} as const;
