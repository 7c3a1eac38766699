// Strings of the checker module (校验).
export const checkerTexts = {
  title: '校验',
  summary: '上传已有的报告与表格，自动核对其中的数字与表述是否一致。',
  uploadTitle: '点击或拖拽文件到此处进行校验',
  uploadHint:
    '支持 .txt、.docx、.xlsx、.pdf，可一次选择多个文件（每个不超过 20 MB）。文件只用于本次校验，不会保存（较大的文件转为后台任务校验，完成后即删除）。',
  checking: (name: string) => `正在校验“${name}”…`,
  checkingAsJob: (name: string, status: string) => `“${name}”较大，已转为后台任务校验（${status}）…`,
  jobFailed: '后台校验未能完成，请稍后重试。',
  tooLarge: (name: string) => `“${name}”超过 20 MB，无法校验。`,
  failed: (name: string) => `“${name}”校验失败`,
  severity: { error: '错误', warning: '警告', note: '提示' } as Record<string, string>,
  counts: (e: number, w: number, n: number) => `${e} 个错误，${w} 个警告，${n} 个提示`,
  noFindings: '没有发现问题。',
  noneOfSelected: '所选类别下没有问题。',
  documentText: '文档内容',
  findingsTitle: '发现的问题',
  line: (n: number) => `第 ${n} 行`,
  expected: '应为',
  found: '实为',
  rule: '规则',
  empty: '尚未校验任何文件。',
  samplesLead: '手头没有文件？用示例文件试一试：',
  sampleFailed: '示例文件未能打开',
  remove: '移除',
  claimsSummary: (recognised: number, verified: number) =>
    recognised === 0
      ? '未识别到可核对的数字表述（合计、占比、增减、完成率、表内运算等），“没有发现问题”不代表已核对。'
      : `共核对 ${recognised} 处表述，其中 ${verified} 处成立（含四舍五入误差范围内）。`,
  claimsDetail: '查看核对过程',
  claimHeld: '成立',
  claimFailed: '不成立',
} as const;
