/** The checker feature's messages (zh-CN). */
export const checkerTexts = {
  badBase64: '文件内容不是有效的 Base64 编码。',
  noSample: '没有这个示例文件。',
  tooLarge: (mb: number) => `文件过大：最多可检查 ${mb} MB 的文件。`,
  noFileName: '请提供文件名（含扩展名，如“决算说明.docx”）。',
  noText: (file: string) =>
    `文件“${file}”中没有可读取的文字（如为扫描件 PDF，请提供含文字层的 PDF 或 Word 原件）。`,
  jobTitle: (file: string) => `校验“${file}”`,
  jobDone: (errors: number, warnings: number) => `校验完成：${errors} 处错误，${warnings} 处提醒。`,
  jobFileGone: (file: string) => `文件“${file}”已不在任务中（任务曾中断），请重新上传校验。`,
  emptyFile: (file: string) => `文件“${file}”是空的，没有可检查的内容。`,
  toolMissing:
    '服务器未安装读取 PDF 所需的 pdftotext，暂时无法检查 PDF 文件，请改为上传 Word 或文本文件，或联系管理员。',
};
