/** Chinese messages of the 指标库. */
export const libraryTexts = {
  notFound: '找不到该指标（可能已被删除，或不在您的管理范围内）。',
  proposalNotFound: '找不到该入库建议。',
  ownerUnknown: (code: string) => `所属部门编码“${code}”不是系统中的组织编码。`,
  ownerOutside: (code: string) => `所属部门“${code}”不在您的管理范围内，不能维护它的个性指标。`,
  commonNeedsRoot: '共性指标和行业指标由财政部门（根组织）的管理员维护，您只能维护本部门的个性指标。',
  codeTaken: (code: string) => `指标编码“${code}”已被其他指标使用，请换一个编码。`,
  duplicateName: (name: string, owner: string) =>
    `${owner}中已有名为“${name}”且一级、二级指标相同的指标，请勿重复录入。`,
  importRowCommon: (row: number) =>
    `第 ${row} 行“指标类别”列：共性指标和行业指标只能由该版本所属财政部门（全国版本为根组织）的管理员导入，请改为本部门的个性指标。`,
  importRowOwner: (row: number, code: string) =>
    `第 ${row} 行“所属部门编码”列：“${code}”不是本组织或其下级组织的编码。`,
  importRowCodeElsewhere: (row: number, code: string) =>
    `第 ${row} 行“指标编码”列：编码“${code}”已被不在您管理范围内的指标使用，请换一个编码。`,
  importFailed: (first: string, n: number) =>
    `指标库文件有 ${n} 处问题，未导入任何指标：${first}${n > 1 ? '（其余问题见列表）' : ''}`,
  empty: (fileName: string) => `文件“${fileName}”中没有指标行。`,
  badBase64: '上传的文件内容无效（应为 Base64 编码）。',
  tooLarge: (fileName: string, size: string, limit: string) =>
    `文件过大：“${fileName}”为 ${size}，导入的指标库文件不能超过 ${limit}。`,
  emptyFile: (fileName: string) => `文件“${fileName}”是空文件，请选择指标库 Excel 文件。`,
  unreadable: (fileName: string) =>
    `文件“${fileName}”不是可读取的 Excel 工作簿（.xlsx），请用 Excel 或 WPS 另存为 .xlsx 后重试。`,
  tooComplex: (fileName: string) => `文件“${fileName}”过于庞大或复杂，已停止解析。请拆分后重试。`,
  proposalDecided: (status: string) => `该建议${status}，不能再次处理。`,
  proposalProject: '所选项目不属于提出建议的单位。',
  acceptOwner: '只能把建议收入提出单位所属的部门（或其上级）的个性指标，或收入共性指标。',
  statusNames: { pending: '待处理', accepted: '已采纳', rejected: '未采纳' } as Record<string, string>,
  rejectReason: '请填写不采纳的理由。',
  starterLoaded: (n: number) => `已载入起步共性指标 ${n} 条。`,
  editionNotFound: '找不到该指标库版本。',
  editionTaken: (region: string, year: number) =>
    `${region} ${year} 年版的指标库已存在，请直接选择该版本维护。`,
  regionUnknown: (region: string) => `适用地区“${region}”不是“全国”，也不是系统中财政部门的组织编码。`,
  regionNotFinance: (region: string) =>
    `适用地区“${region}”不是财政部门：指标库版本只能属于全国或某个财政部门（地区）。`,
  noEdition: '还没有任何指标库版本，请管理员先新建版本（全国或本地区）。',
  ownerOutsideEdition: (name: string, edition: string) =>
    `所属部门“${name}”不在“${edition}”的地区内，不能把它的个性指标放入该版本。`,
} as const;
