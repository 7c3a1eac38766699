/** The evidence feature's messages (Chinese, naming what the user sees). */
export const evidenceTexts = {
  notFound: '找不到该佐证材料。',
  deleted: '该佐证材料已删除。',
  ownerNotFound: '找不到要附加佐证材料的对象。',
  empty: (name: string) => `文件「${name}」是空文件，不能作为佐证材料。`,
  badBase64: '文件内容不是有效的 Base64 编码。',
  tooLarge: (name: string, size: string, limit: string) =>
    `文件过大：「${name}」为 ${size}，单个佐证材料不能超过 ${limit}。`,
  totalTooLarge: (total: string, limit: string) =>
    `文件过大：加上此文件，这里的佐证材料合计 ${total}，不能超过 ${limit}。请删除不需要的文件或压缩后再上传。`,
  noIndicator: (name: string) => `项目的绩效指标中没有「${name}」，请先保存指标再上传佐证材料。`,
  ambiguousIndicator: (name: string) =>
    `项目中有多个名为「${name}」的绩效指标，请在该指标所在行上传佐证材料（按指标编号区分）。`,
  noEditPermission: '您只能查看和下载佐证材料（上传和删除需要填报权限）。',
  rectificationClosed: '该整改事项已确认整改完成，佐证材料不能再增删。',
  ownerLabels: {
    project: '项目',
    indicator: '绩效指标',
    evaluation: '绩效自评',
    rectification: '整改事项',
  } as Record<string, string>,
};
