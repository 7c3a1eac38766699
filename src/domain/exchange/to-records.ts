/**
 * Jixiao's data → the platform's records: one row per project (项目), per project and 资金来源 (项目资金),
 * per indicator (绩效指标), per monitored project and 资金来源 (监控资金), per monitored indicator (监控指标)
 * and per self-evaluation (自评结果). Amounts go out in 元 (Jixiao keeps 万元): exact, ×10000.
 */
import { GRADE_LEVELS, type GradeStandards, type IndicatorDirection } from '../indicators/index.ts';
import { dec } from '../money/index.ts';
import { FUND_FISCAL, FUND_OTHER, PERF_TYPE, type ExchangeRecord, type ExchangeRecords } from './fields.ts';
import type { ExchangeUnit } from './model.ts';

/** 万元 → 元, exact, in plain notation. */
export const toYuanText = (wan: string): string => dec(wan).times(10000).toFixed();

export const DIRECTION_SIGNS: Record<IndicatorDirection, string> = {
  higher: '≥',
  lower: '≤',
  equal: '=',
  qualitative: '定性',
};

/** 优/良/中/差 standards as one 评（扣）分标准 text: "优：1000条；良：700条；中：500条；差：300条". */
export function standardsText(s: GradeStandards | null): string {
  if (!s) return '';
  return GRADE_LEVELS.map((l) => `${l}：${s[l]}`).join('；');
}

export function toRecords(units: readonly ExchangeUnit[]): ExchangeRecords {
  const out: ExchangeRecords = {
    projects: [],
    funds: [],
    indicators: [],
    monitorFunds: [],
    monitorIndicators: [],
    selfResults: [],
  };
  for (const u of units) {
    const where = {
      mof_div_code: u.mofDivCode,
      fiscal_year: String(u.fiscalYear),
      agency_code: u.agencyCode,
    };
    for (const p of u.projects) {
      const pro = { pro_code: p.code, pro_name: p.name };
      out.projects.push({
        mof_div_code: u.mofDivCode,
        mof_div_name: u.mofDivName,
        fiscal_year: String(u.fiscalYear),
        agency_code: u.agencyCode,
        agency_name: u.agencyName,
        ...pro,
        kpi_target: p.goalExpected,
        goal_comp: p.goalActual,
      });
      for (const [fund, budget, executed] of [
        [FUND_FISCAL, p.budgetFiscal, p.executedFiscal],
        [FUND_OTHER, p.budgetOther, p.executedOther],
      ] as const) {
        out.funds.push({
          ...where,
          ...pro,
          found_type_code: fund.code,
          found_type_name: fund.name,
          cur_amt: toYuanText(budget),
          year_exe_amt: toYuanText(executed),
        });
      }
      p.indicators.forEach((i, n) =>
        out.indicators.push({
          ...where,
          ...pro,
          order_num: String(n + 1),
          kpi_lv1: i.level1,
          kpi_lv2: i.level2,
          kpi_lv3: i.level3,
          kpi_val: i.target,
          meterunit: i.unit,
          computesign: i.direction ? DIRECTION_SIGNS[i.direction] : '',
          kpi_evalstd: i.scoringRule,
          indexstandards: standardsText(i.standards),
          tindex: i.libraryCode ?? '',
          ind_comp: i.actual,
          devi_analy: i.deviationReason,
          impr_measure: i.improvement,
        }),
      );
    }
    for (const r of u.monitoring) {
      for (const p of r.projects) {
        const head: ExchangeRecord = {
          ...where,
          mon_month: String(r.month),
          perf_type_name: PERF_TYPE[p.kind],
          pro_code: p.code,
          pro_name: p.name,
        };
        for (const s of p.sources) {
          out.monitorFunds.push({
            ...head,
            found_type_name: s.source,
            reply_amt: toYuanText(s.initialBudget),
            cur_amt: s.adjustedBudget === undefined ? '' : toYuanText(s.adjustedBudget),
            pro_bgt_comp: toYuanText(s.executed),
            resp_action: p.response?.action ?? '',
            resp_reason: p.response?.reason ?? '',
          });
        }
        p.indicators.forEach((i, n) =>
          out.monitorIndicators.push({
            ...head,
            order_num: String(n + 1),
            kpi_lv1: i.level1 ?? '',
            kpi_lv2: i.level2 ?? '',
            kpi_lv3: i.name,
            kpi_val: i.target,
            perf_comp: i.actual,
            est_perf_annual: i.forecast ?? '',
            complete_rate: i.likelihood ?? '',
            dev_type: i.deviationCategory ?? '',
            ana_dev_reasons: i.deviationReason ?? '',
            rectify_advise: i.correctiveAction ?? '',
          }),
        );
      }
    }
    for (const s of u.selfResults) {
      out.selfResults.push({
        ...where,
        perf_type_name: PERF_TYPE[s.kind],
        pro_code: s.code,
        pro_name: s.name,
        total_eval_value: s.score ?? '',
        eval_grade: s.grade,
        is_last_inst: s.final ? '1' : '0',
      });
    }
  }
  return out;
}
