/**
 * What the evaluation documents are made from. Amounts are decimal strings in 万元 (as the seeds print
 * them); every derived figure — totals, 执行率, 是否完成, scores, base score, grade, average, counts — is
 * computed by the domain layer, never taken from here. Narrative fields are what people write.
 */
import type { IndicatorDirection } from '../../domain/indicators/index.ts';
import type { Evaluation } from '../../domain/scoring/index.ts';

export type EvaluationDocumentKind =
  /** 项目支出绩效自评表 / 项目绩效目标完成情况表 */
  | 'project-sheet'
  /** 评分表 (一级/二级/三级, 计分规则, 分值, 得分, 评分说明) */
  | 'score-table'
  /** 评价人员 panel sheet with the average (004) */
  | 'panel-sheet'
  /**
   * 项目支出绩效自评报告 (sections 一 to 六) for a project's evaluation; 部门整体支出绩效评价报告 (部门概况 …
   * 有关建议, the 评分表) for a 部门整体 evaluation (data.department instead of data.project).
   */
  | 'self-evaluation-report';

export type DocumentFormat = 'docx' | 'pdf';

/** A money figure split by source, 万元 as decimal strings ("195.01"). */
export type FundsSplit = { fiscal: string; other: string };

export type ProjectIndicatorRow = {
  /** 一级指标: 产出指标 / 效益指标 / 满意度指标 (or 完成指标 …). */
  level1: string;
  /** 二级指标: 数量指标 / 质量指标 … */
  level2: string;
  /** 三级指标 (free text). */
  name: string;
  /** 预期指标值 as typed ("≥98%", "1000条", "满意"). */
  target: string;
  /** 实际完成值 as typed. */
  actual: string;
  /** 正向 / 反向 / 等于 / 定性, as set on the goal row; default read from the target (成本 → 反向). */
  direction?: IndicatorDirection;
  /** A person's judgement where the texts cannot be compared automatically (prose, different units). */
  metOverride?: boolean;
  /** 偏差原因 and 改进措施 (required by the form when not met; printed when given). */
  deviationReason?: string;
  improvement?: string;
};

export type ProjectSheetData = {
  /** Fiscal year, e.g. 2020. */
  year: number;
  projectName: string;
  /** 主管部门 (and its code, if the province prints one). */
  department?: string;
  departmentCode?: string;
  /** 实施单位 / 预算单位. */
  unit: string;
  budget: FundsSplit;
  executed: FundsSplit;
  overallGoal: { expected: string; actual: string };
  indicators: ProjectIndicatorRow[];
  /** '项目支出绩效自评表' (default) or '项目绩效目标完成情况表'. */
  sheetTitle?: '项目支出绩效自评表' | '项目绩效目标完成情况表';
  /** 项目负责人, 联系电话 — printed when given. */
  manager?: string;
  phone?: string;
};

/** What people write in the 自评报告; every figure around these texts is computed. */
export type ReportNarrative = {
  /** Opening paragraph before 一 ("按照《…通知》…现将自评情况报告如下："). */
  preamble?: string;
  /** 一（一）项目概况: purpose and content of the project. */
  overview: string;
  /** 一（二）项目实施情况. */
  implementation?: string;
  /** 一（三）资金投入使用情况: the reason for any gap between budget and execution. */
  fundsExplanation?: string;
  /** 二（一）评价组织情况. */
  organisation: string;
  /** 二（二）评价方法 (appended to the generated description of the indicator system). */
  method?: string;
  /** 三 综合评价结论: text appended to the generated score sentence. */
  conclusion?: string;
  /** 四 绩效评价分析: per 一级指标 name (项目决策, 项目管理, 项目绩效 …), the analysis text. */
  analysis?: Record<string, string>;
  /** 四 项目产出 / 效益 text (what was achieved), printed after the counts of indicators met. */
  outcomes?: string;
  /** 五 存在的主要问题, one item each. */
  problems: string[];
  /** 六 相关措施建议, one item each. */
  suggestions: string[];
  /** Who signs the report and when (printed at the end). */
  signedBy?: string;
  date?: string;
};

/** One step of the review workflow (经办人 → 主任审核 → 财务处 → 分管处长 → 处长), appended when given. */
export type ApprovalStep = {
  /** 环节, e.g. "主任审核". */
  step: string;
  name: string;
  position?: string;
  /** ISO date (2021-05-20) or printed date. */
  date: string;
  decision?: 'approved' | 'returned' | 'submitted';
  opinion?: string;
};

export type PanelOptions = {
  /** 评价工作组组长, printed on the signature line when known. */
  leader?: string;
  /** Date of the panel (ISO or printed), for "2021年5月20日". */
  date?: string;
};

/** The subject of a 部门整体 evaluation: the organisation, the year and its 决算 totals when filed. */
export type DepartmentData = {
  year: number;
  /** The organisation evaluated (部门 or 单位). */
  unit: string;
  /** 本年收入合计 and 本年支出合计 of the organisation's 决算 of that year, 元 as decimal strings. */
  finance?: { income: string; expenditure: string };
};

export type EvaluationDocumentData = {
  /** Required for 'project-sheet' and 'self-evaluation-report'; gives the title of the others. */
  project?: ProjectSheetData;
  /**
   * The scoring (template + inputs + score sheets), required for 'score-table', 'panel-sheet' and the
   * report. The 评分表 shows its detailed sheets (the average per indicator when there are several).
   */
  evaluation?: Evaluation;
  /**
   * The evaluators' panel when it is recorded apart from the detailed 评分表 (004: the 评分表 is one
   * agreed sheet, the panel gives each evaluator's total). Default: the evaluation's own sheets.
   */
  panel?: Evaluation;
  panelOptions?: PanelOptions;
  /** A 部门整体 evaluation's subject; with it (and no project) the report is the 部门整体支出绩效评价报告. */
  department?: DepartmentData;
  /** Required for 'self-evaluation-report'. */
  narrative?: ReportNarrative;
  /** The review trail; appended to any document when given. */
  approvals?: ApprovalStep[];
};

export class DocumentInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocumentInputError';
  }
}
