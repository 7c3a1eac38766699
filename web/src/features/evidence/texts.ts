// The evidence feature's words.
export const evidenceTexts = {
  title: '佐证材料',
  indicatorTitle: (name: string) => `佐证材料 · ${name}`,
  upload: '上传佐证材料',
  uploading: '正在上传…',
  uploaded: (name: string) => `已上传「${name}」`,
  duplicate: (name: string) => `相同内容的文件已在这里：「${name}」，未重复保存。`,
  removed: (name: string) => `已删除「${name}」`,
  confirmRemove: (name: string) => `删除佐证材料「${name}」？`,
  remove: '删除',
  ok: '确定删除',
  cancel: '取消',
  empty: '尚无佐证材料',
  fileName: '文件名',
  indicator: '所属指标',
  wholeProject: '项目整体',
  type: '类型',
  size: '大小',
  uploadedColumn: '上传人 / 时间',
  hash: 'SHA-256',
  actions: '操作',
  hint: (types: string, limit: string) => `支持 ${types}；单个文件不超过 ${limit}。文件只能下载查看。`,
  tooLarge: (name: string, size: string, limit: string) =>
    `文件过大：「${name}」为 ${size}，单个佐证材料不能超过 ${limit}。`,
  rowButton: (n: number) => (n > 0 ? `佐证 ${n}` : '佐证'),
  rowButtonLabel: (name: string) => `指标「${name}」的佐证材料`,
};

/** A size as people read it: 20 MB, 1.5 MB, 800 KB. */
export function formatSize(bytes: number): string {
  const mb = 1024 * 1024;
  if (bytes >= mb) return `${Math.round((bytes / mb) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} 字节`;
}
