/** What the exchange feature says to users (Chinese), in one place. */
export const exchangeTexts = {
  orgNotFound: '找不到该单位。',
  unknownFormat: (name: string) =>
    `文件“${name}”不是 .xlsx 或 .json 文件，请上传从预算管理一体化平台或本系统导出的文件。`,
  unreadableWorkbook: (name: string) =>
    `无法读取文件“${name}”：它不是有效的 Excel 工作簿（.xlsx）。请确认文件未损坏、不是旧版 .xls，或改用 .json 文件。`,
  tooLarge: (name: string, size: string, limit: string) =>
    `文件过大：“${name}”为 ${size}，导入的交换文件不能超过 ${limit}。`,
  emptyFile: (name: string) =>
    `文件“${name}”是空文件，请选择从一体化平台或本系统导出的 .xlsx 或 .json 文件。`,
  badBase64: '上传的文件内容无效（应为 Base64 编码）。',
  badJson: (name: string) => `文件“${name}”不是有效的 JSON：请确认文件完整、编码为 UTF-8。`,
  unknownAgency: (code: string) =>
    `单位代码“${code}”在本系统中没有对应的单位（请先在“组织机构”中为该单位设置相同的代码）`,
  outsideReach: (code: string, name: string) =>
    `单位代码“${code}”（${name}）不在您可以导入的范围内：只能导入本单位及下级单位的数据。`,
  notUnderTarget: (code: string, name: string, target: string) =>
    `单位代码“${code}”（${name}）不是所选单位“${target}”或其下级单位。`,
  regionMismatch: (given: string, expected: string, name: string) =>
    `财政区划代码“${given}”与该单位所属财政部门“${name}”的代码“${expected}”不一致`,
  goalsLocked: (name: string, status: string) =>
    `项目“${name}”的绩效目标${status}，不能由导入修改（请先退回或在平台外处理）`,
  noRound: (month: number, year: number) =>
    `${year} 年截至 ${month} 月没有向该单位发起的绩效监控：请主管部门或财政部门先发起监控，再导入监控结果`,
  reportLocked: (month: number, status: string) => `截至 ${month} 月的监控填报${status}，不能由导入修改`,
  scoredHere: (name: string) => `“${name}”已在本系统中自评，以本系统的评分为准，导入的自评结果不会保存`,
  invalid: (what: string, message: string) => `${what}：${message}`,
  stale: '数据在预览之后已有变化，请重新预览后再导入。',
  hasProblems: (n: number) =>
    `文件中有 ${n} 处问题，未导入任何数据。请按预览中列出的行和字段修改后重新导入。`,
  statusNames: { in_review: '正在审核中', frozen: '已定稿', returned: '已退回' } as Record<string, string>,
  reportStatus: { reviewing: '正在审核中', submitted: '已提交' } as Record<string, string>,
};
