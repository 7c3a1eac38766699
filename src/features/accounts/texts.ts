/** Chinese messages of the final-accounts feature (one place, as the conventions ask). */
export const accountsMessages = {
  invalidDocument: (path: string, message: string, count: number) =>
    `决算数据不符合要求：${path || '（根）'}：${message}${count > 1 ? `（共 ${count} 处问题）` : ''}`,
  wrongYear: (got: number, want: number) => `数据的决算年度为 ${got} 年，与所保存的 ${want} 年不一致。`,
  departmentScope: '部门合并数由系统根据所属单位的决算计算，不能直接保存；请保存本级（单位）决算。',
  duplicateCode: (code: string) => `功能分类科目编码 ${code} 重复。`,
  notFound: '该单位本年度尚未保存决算。',
  alreadyExists: '该单位本年度的决算已由他人创建，请刷新后重试。',
  submittedLocked: '决算已提交，不能修改；如需修改请先撤回。',
  alreadySubmitted: '决算已经提交。',
  notSubmitted: '决算尚未提交。',
  unexplained: (items: string[], n: number) =>
    `还有 ${n} 处平衡关系未通过且未说明原因，不能提交：${items.slice(0, 5).join('；')}${n > 5 ? `；另有 ${n - 5} 处` : ''}。请修正数据，或在“校验结果”中逐条说明原因。`,
  explanationBlocked: (items: string[], n: number) =>
    `决算情况说明暂不能下载：还有 ${n} 处平衡关系未通过且未说明原因（${items.slice(0, 3).join('；')}${n > 3 ? `；另有 ${n - 3} 处` : ''}），说明中的数字会前后不一致。请修正数据，或在“校验结果”中逐条说明原因并保存后再下载。`,
  importFailed: (first: string, n: number) =>
    `导入失败，已保存的数据未改动：${first}${n > 1 ? `（共 ${n} 处问题）` : ''}`,
  importWrongYear: (cell: string, got: number, want: number) =>
    `导入失败，已保存的数据未改动：工作表“基本信息”单元格${cell}：决算年度为 ${got} 年，当前填报的是 ${want} 年。`,
  badBase64: '上传的文件内容无效（应为 Base64 编码）。',
  importTooLarge: (file: string, size: string, limit: string) =>
    `文件过大：“${file}”为 ${size}，导入的决算文件不能超过 ${limit}。`,
  importEmpty: (file: string) => `文件“${file}”是空文件，请选择填好的决算 Excel 文件。`,
  unreadableWorkbook: (file: string) =>
    `无法读取文件“${file}”：它不是有效的 Excel 工作簿（.xlsx）。请用 Excel 或 WPS 另存为 .xlsx 后重新导入。`,
  notDepartment: '只有主管部门（或财政部门）有部门决算合并数；请选择一个部门。',
  transferOutside: (id: string) => `内部往来的单位（${id}）不在本部门的合并范围内。`,
  transferSame: '内部往来的付出单位与收到单位不能相同。',
  noMembers: '本部门及所属单位本年度都还没有保存决算，无法合并。',
  invalidPrevious: (path: string, message: string) => `上年数不符合要求：${path}：${message}`,
  noGoalsProjects: (year: number) =>
    `本单位 ${year} 年度还没有填报绩效目标的项目，没有可带入的项目；请先在“绩效目标”中填报项目。`,
} as const;
