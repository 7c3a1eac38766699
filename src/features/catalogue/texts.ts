/** Chinese messages of the 科目表 administration. */
export const catalogueMessages = {
  badBase64: '上传的文件内容无效（应为 Base64 编码）。',
  tooLarge: (file: string, size: string, limit: string) =>
    `文件过大：“${file}”为 ${size}，导入的科目表文件不能超过 ${limit}。`,
  emptyFile: (file: string) => `文件“${file}”是空文件，请选择科目表文件（.xlsx 或 .csv）。`,
  unreadable: (file: string) =>
    `无法读取文件“${file}”：它不是有效的 Excel 工作簿（.xlsx）。请用 Excel 或 WPS 另存为 .xlsx（或 .csv）后重试。`,
  regionUnknown: (region: string) =>
    `地区“${region}”不是“全国”，也不是任何财政部门组织的编码；请选择全国或一个财政部门。`,
  notFinance: (region: string) => `编码为“${region}”的组织不是财政部门，不能发布科目表。`,
  importFailed: (first: string, n: number) =>
    `科目表有 ${n} 处问题，未导入：${first}${n > 1 ? '（其余问题见预览）' : ''}`,
  stale: '该地区该年度的科目表已被他人更新，请重新预览后再导入。',
  source: (fileName: string, username: string, at: string) =>
    `系统管理员 ${username} 于 ${at} 导入的文件“${fileName}”。`,
} as const;
