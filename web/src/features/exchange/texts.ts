// Strings of the 一体化平台数据交换 page.
export const exchangeTexts = {
  title: '一体化平台交换',
  summary:
    '与预算管理一体化平台交换项目、绩效目标与指标、监控结果和自评结果：字段按平台规范命名（mof_div_code、agency_code、pro_code、kpi_lv1…），平台里已有的数据导入即可，不必重录。',
  exportTitle: '导出',
  exportHint: (name: string) => `导出“${name}”一个年度的数据，可导入一体化平台，或导入本系统的另一年度。`,
  year: '年度',
  exportXlsx: '导出 Excel',
  exportJson: '导出 JSON',
  importTitle: '导入',
  importHint: (name: string) =>
    `上传一体化平台导出的或本系统导出的 .xlsx / .json 文件，导入到“${name}”及其下级单位。先预览，确认后一次写入；不会删除文件中没有的数据。`,
  upload: '选择文件并预览',
  tooLarge: '文件太大（不超过 15 MB）',
  noOrg: '请先在左侧选择一个单位。',
  previewTitle: (file: string) => `预览：${file}`,
  counts: { create: '新建', update: '更新', unchanged: '不变', skip: '跳过' } as Record<string, string>,
  problemsTitle: (n: number) => `文件中有 ${n} 处问题，修改后重新上传；在此之前不能导入。`,
  at: '位置',
  field: '字段',
  problem: '问题',
  unit: '单位',
  area: '类别',
  name: '名称',
  action: '处理',
  changes: '变化',
  areas: { project: '项目与绩效指标', monitoring: '监控结果', 'self-result': '自评结果' } as Record<
    string,
    string
  >,
  commit: '确认导入',
  cancel: '取消',
  done: (n: number) => `已导入：新建或更新 ${n} 项。`,
  nothing: '文件中的数据与系统中的一致，无需导入。',
};
