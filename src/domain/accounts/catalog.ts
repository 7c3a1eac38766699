/**
 * 政府收支分类科目 as data, by edition year: 支出功能分类 类/款/项 with codes, names and the 名词解释 text
 * of the national disclosure template, and 部门预算支出经济分类 items grouped into 人员经费 / 公用经费.
 *
 * Source: 财政部《2020年政府收支分类科目》 as used in the 2020 决算 of seeds 000 and 001. The list holds
 * every 类, and the 款/项 that the seeds use (plus their usual siblings). An edition is looked up by
 * year: the latest edition not after the year. Add an edition by adding an entry to EDITIONS.
 */

export interface FunctionSubject {
  code: string;
  name: string;
  /** 名词解释 text ("指…"), where the template has one. */
  explanation?: string;
}
export interface EconomicSubject {
  code: string;
  name: string;
  group: 'personnel' | 'publicUse';
}

const OPERATION =
  '指事业单位的基本支出，不包括行政单位（包括实行公务员管理的事业单位）后勤服务中心、医务室等附属事业单位。';
const ADMIN = '指行政单位（包括实行公务员管理的事业单位）的基本支出。';

const FUNCTION_2020: FunctionSubject[] = [
  // 类 (2020 edition: every 类 of 一般公共预算支出功能分类)
  { code: '201', name: '一般公共服务支出' },
  { code: '202', name: '外交支出' },
  { code: '203', name: '国防支出' },
  { code: '204', name: '公共安全支出' },
  { code: '205', name: '教育支出' },
  { code: '206', name: '科学技术支出' },
  { code: '207', name: '文化旅游体育与传媒支出' },
  { code: '208', name: '社会保障和就业支出' },
  { code: '210', name: '卫生健康支出' },
  { code: '211', name: '节能环保支出' },
  { code: '212', name: '城乡社区支出' },
  { code: '213', name: '农林水支出' },
  { code: '214', name: '交通运输支出' },
  { code: '215', name: '资源勘探工业信息等支出' },
  { code: '216', name: '商业服务业等支出' },
  { code: '217', name: '金融支出' },
  { code: '219', name: '援助其他地区支出' },
  { code: '220', name: '自然资源海洋气象等支出' },
  { code: '221', name: '住房保障支出' },
  { code: '222', name: '粮油物资储备支出' },
  { code: '224', name: '灾害防治及应急管理支出' },
  { code: '227', name: '预备费' },
  { code: '229', name: '其他支出' },
  { code: '230', name: '转移性支出' },
  { code: '231', name: '债务还本支出' },
  { code: '232', name: '债务付息支出' },
  { code: '233', name: '债务发行费用支出' },

  // 201 一般公共服务支出
  { code: '20103', name: '政府办公厅（室）及相关机构事务' },
  { code: '2010301', name: '行政运行', explanation: ADMIN },
  {
    code: '2010302',
    name: '一般行政管理事务',
    explanation: '指行政单位（包括实行公务员管理的事业单位）未单独设置项级科目的其他项目支出。',
  },
  {
    code: '2010303',
    name: '机关服务',
    explanation:
      '指为行政单位（包括实行公务员管理的事业单位）提供后勤服务的各类后勤服务中心、医务室等附属事业单位的支出。',
  },
  { code: '2010306', name: '政务公开审批', explanation: '指各级政府政务公开审批方面的支出。' },
  { code: '2010350', name: '事业运行', explanation: OPERATION },
  {
    code: '2010399',
    name: '其他政府办公厅（室）及相关机构事务支出',
    explanation: '指除上述项目以外其他用于政府办公厅（室）及相关机构事务方面的支出。',
  },
  { code: '20105', name: '统计信息事务' },
  { code: '2010550', name: '事业运行', explanation: OPERATION },
  { code: '20113', name: '商贸事务' },
  { code: '2011350', name: '事业运行', explanation: OPERATION },
  { code: '2011399', name: '其他商贸事务支出', explanation: '指除上述项目以外其他用于商贸事务方面的支出。' },
  { code: '20133', name: '宣传事务' },
  { code: '2013350', name: '事业运行', explanation: OPERATION },
  { code: '20135', name: '对外联络事务' },
  { code: '2013550', name: '事业运行', explanation: OPERATION },
  { code: '20137', name: '网信事务' },
  { code: '2013750', name: '事业运行', explanation: OPERATION },
  { code: '20199', name: '其他一般公共服务支出' },
  {
    code: '2019999',
    name: '其他一般公共服务支出',
    explanation: '指除上述项目以外其他用于一般公共服务方面的支出。',
  },

  // 205 教育支出
  { code: '20508', name: '进修及培训' },
  { code: '2050803', name: '培训支出', explanation: '指各部门安排的用于培训的支出。' },

  // 208 社会保障和就业支出
  { code: '20805', name: '行政事业单位养老支出' },
  {
    code: '2080501',
    name: '行政单位离退休',
    explanation: '指未实行归口管理的行政单位（包括实行公务员管理的事业单位）开支的离退休经费。',
  },
  { code: '2080502', name: '事业单位离退休', explanation: '指实行归口管理的事业单位开支的离退休经费。' },
  {
    code: '2080505',
    name: '机关事业单位基本养老保险缴费支出',
    explanation: '指机关事业单位实施养老保险制度由单位缴纳的基本养老保险费支出。',
  },
  {
    code: '2080506',
    name: '机关事业单位职业年金缴费支出',
    explanation: '指机关事业单位实施养老保险制度由单位实际缴纳的职业年金支出。',
  },
  {
    code: '2080599',
    name: '其他行政事业单位养老支出',
    explanation: '指除上述项目以外其他用于行政事业单位养老方面的支出。',
  },
  { code: '20808', name: '抚恤' },
  {
    code: '2080801',
    name: '死亡抚恤',
    explanation: '指按规定用于烈士和牺牲、病故人员家属的一次性和定期抚恤金以及丧葬补助费。',
  },
  { code: '20899', name: '其他社会保障和就业支出' },
  {
    code: '2089901',
    name: '其他社会保障和就业支出',
    explanation: '指除上述项目以外其他用于社会保障和就业方面的支出。',
  },

  // 210 卫生健康支出
  { code: '21011', name: '行政事业单位医疗' },
  {
    code: '2101101',
    name: '行政单位医疗',
    explanation:
      '指财政部门集中安排的行政单位基本医疗保险缴费经费，未参加医疗保险的行政单位的公费医疗经费，按国家规定享受离休人员、红军老战士待遇人员的医疗经费。',
  },
  {
    code: '2101102',
    name: '事业单位医疗',
    explanation:
      '指财政部门集中安排的事业单位基本医疗保险缴费经费，未参加医疗保险的事业单位的公费医疗经费，按国家规定享受离休人员待遇的医疗经费。',
  },
  { code: '2101103', name: '公务员医疗补助', explanation: '指财政部门安排的公务员医疗补助经费。' },

  // 221 住房保障支出
  { code: '22102', name: '住房改革支出' },
  {
    code: '2210201',
    name: '住房公积金',
    explanation:
      '指行政事业单位按人力资源和社会保障部、财政部规定的基本工资和津贴补贴以及规定比例为职工缴纳的住房公积金。',
  },
  {
    code: '2210202',
    name: '提租补贴',
    explanation: '指按房改政策规定的标准，行政事业单位向职工（含离退休人员）发放的租金补贴。',
  },
  {
    code: '2210203',
    name: '购房补贴',
    explanation: '指按房改政策规定，行政事业单位向符合条件职工（含离退休人员）发放的用于购买住房的补贴。',
  },
];

/** 部门预算支出经济分类 items of 基本支出 (301/303 → 人员经费, 302/310 → 公用经费). */
const ECONOMIC_2020: EconomicSubject[] = [
  ...(
    [
      ['30101', '基本工资'],
      ['30102', '津贴补贴'],
      ['30103', '奖金'],
      ['30106', '伙食补助费'],
      ['30107', '绩效工资'],
      ['30108', '机关事业单位基本养老保险缴费'],
      ['30109', '职业年金缴费'],
      ['30110', '职工基本医疗保险缴费'],
      ['30111', '公务员医疗补助缴费'],
      ['30112', '其他社会保障缴费'],
      ['30113', '住房公积金'],
      ['30114', '医疗费'],
      ['30199', '其他工资福利支出'],
      ['30301', '离休费'],
      ['30302', '退休费'],
      ['30303', '退职（役）费'],
      ['30304', '抚恤金'],
      ['30305', '生活补助'],
      ['30306', '救济费'],
      ['30307', '医疗费补助'],
      ['30308', '助学金'],
      ['30309', '奖励金'],
      ['30399', '其他对个人和家庭的补助'],
    ] as const
  ).map(([code, name]) => ({ code, name, group: 'personnel' as const })),
  ...(
    [
      ['30201', '办公费'],
      ['30202', '印刷费'],
      ['30203', '咨询费'],
      ['30204', '手续费'],
      ['30205', '水费'],
      ['30206', '电费'],
      ['30207', '邮电费'],
      ['30208', '取暖费'],
      ['30209', '物业管理费'],
      ['30211', '差旅费'],
      ['30212', '因公出国（境）费用'],
      ['30213', '维修（护）费'],
      ['30214', '租赁费'],
      ['30215', '会议费'],
      ['30216', '培训费'],
      ['30217', '公务接待费'],
      ['30218', '专用材料费'],
      ['30224', '被装购置费'],
      ['30225', '专用燃料费'],
      ['30226', '劳务费'],
      ['30227', '委托业务费'],
      ['30228', '工会经费'],
      ['30229', '福利费'],
      ['30231', '公务用车运行维护费'],
      ['30239', '其他交通费用'],
      ['30240', '税金及附加费用'],
      ['30299', '其他商品和服务支出'],
      ['31002', '办公设备购置'],
      ['31003', '专用设备购置'],
      ['31007', '信息网络及软件购置更新'],
      ['31013', '公务用车购置'],
      ['31099', '其他资本性支出'],
    ] as const
  ).map(([code, name]) => ({ code, name, group: 'publicUse' as const })),
];

/** Items the template lists after 人员经费/公用经费 "主要包括：" when the table holds no item amounts. */
const PERSONNEL_DEFAULT = [
  '30101',
  '30102',
  '30103',
  '30106',
  '30107',
  '30108',
  '30109',
  '30112',
  '30199',
  '30301',
  '30302',
  '30304',
  '30305',
  '30307',
  '30309',
  '30113',
  '30399',
];
const PUBLIC_DEFAULT = [
  '30201',
  '30202',
  '30203',
  '30204',
  '30205',
  '30206',
  '30207',
  '30208',
  '30209',
  '30211',
  '30212',
  '30213',
  '30214',
  '30215',
  '30216',
  '30217',
  '30226',
  '30227',
  '30228',
  '30229',
  '30231',
  '30239',
  '30240',
  '30299',
  '31002',
  '31003',
  '31007',
  '31099',
];

/** Standard terms of the 名词解释 (not 科目). */
export const TERMS = {
  fiscalIncome: { term: '财政拨款收入', explanation: '指单位从同级财政部门取得的财政预算资金。' },
  superiorSubsidy: {
    term: '上级补助收入',
    explanation: '指事业单位从主管部门和上级单位取得的非财政补助收入。',
  },
  businessIncome: { term: '事业收入', explanation: '指事业单位开展专业业务活动及辅助活动取得的收入。' },
  operatingIncome: {
    term: '经营收入',
    explanation: '指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。',
  },
  subordinateRemittance: {
    term: '附属单位上缴收入',
    explanation: '指事业单位附属独立核算单位按有关规定上缴的收入。',
  },
  otherIncome: { term: '其他收入', explanation: '指单位取得的除上述收入以外的各项收入。' },
  reserveUsed: {
    term: '用事业基金弥补收支差额',
    explanation:
      '指事业单位在当年的财政拨款收入、事业收入、经营收入、其他收入不足以安排当年支出的情况下，使用以前年度积累的事业基金（事业单位当年收支相抵后按国家规定提取、用于弥补以后年度收支差额的基金）弥补本年度收支缺口的资金。',
  },
  carryForwardStart: {
    term: '年初结转和结余',
    explanation: '指以前年度尚未完成、结转到本年按有关规定继续使用的资金。',
  },
  surplusDistribution: {
    term: '结余分配',
    explanation: '指事业单位按照事业单位会计制度的规定从非财政补助结余中分配的事业基金和职工福利基金等。',
  },
  carryForwardEnd: {
    term: '年末结转和结余',
    explanation: '指单位按有关规定结转到下年或以后年度继续使用的资金。',
  },
  basic: {
    term: '基本支出',
    explanation: '指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。',
  },
  project: {
    term: '项目支出',
    explanation: '指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。',
  },
  remitToSuperior: {
    term: '上缴上级支出',
    explanation: '指事业单位按照财政部门和主管部门的规定上缴上级单位的支出。',
  },
  operating: {
    term: '经营支出',
    explanation: '指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动发生的支出。',
  },
  subsidyToSubordinates: {
    term: '对附属单位补助支出',
    explanation: '指事业单位用财政拨款收入之外的收入对附属单位补助发生的支出。',
  },
  threePublic: {
    term: '“三公”经费',
    explanation:
      '指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。其中，因公出国（境）费反映单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车购置及运行费反映单位公务用车车辆购置支出（含车辆购置税）及租用费、燃料费、维修费、过路过桥费、保险费等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。',
  },
  officeOperation: {
    term: '机关运行经费',
    explanation:
      '指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。',
  },
} as const;

export interface CatalogEdition {
  year: number;
  functions: ReadonlyMap<string, FunctionSubject>;
  economic: ReadonlyMap<string, EconomicSubject>;
  personnelDefault: readonly string[];
  publicUseDefault: readonly string[];
}

const EDITIONS: CatalogEdition[] = [
  {
    year: 2020,
    functions: new Map(FUNCTION_2020.map((s) => [s.code, s])),
    economic: new Map(ECONOMIC_2020.map((s) => [s.code, s])),
    personnelDefault: PERSONNEL_DEFAULT,
    publicUseDefault: PUBLIC_DEFAULT,
  },
];

/** The edition in force for `year`: the latest one not after it (or the earliest held). */
export function catalogFor(year: number): CatalogEdition {
  const sorted = [...EDITIONS].sort((a, b) => b.year - a.year);
  return sorted.find((e) => e.year <= year) ?? sorted[sorted.length - 1]!;
}

/** 类 level of a code ("201"), 款 ("20113"), 项 ("2011350"). */
export function levelOf(code: string): '类' | '款' | '项' {
  return code.length === 3 ? '类' : code.length === 5 ? '款' : '项';
}

/** A 类 name as the template writes it before "（类）": 一般公共服务支出 → 一般公共服务. */
export function className(name: string): string {
  return name.endsWith('支出') ? name.slice(0, -2) : name;
}

/** "一般公共服务（类）商贸事务（款）事业运行（项）" for a 项 code (or the prefix for a 类/款 code). */
export function subjectPath(code: string, edition: CatalogEdition): string {
  const name = (c: string) => {
    const s = edition.functions.get(c);
    if (!s) throw new Error(`功能分类科目 ${c} 不在 ${edition.year} 年科目表中`);
    return s.name;
  };
  const parts = [`${className(name(code.slice(0, 3)))}（类）`];
  if (code.length >= 5) parts.push(`${name(code.slice(0, 5))}（款）`);
  if (code.length === 7) parts.push(`${name(code)}（项）`);
  return parts.join('');
}
