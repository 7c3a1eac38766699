import { describe, expect, it } from 'vitest';
import schemaDoc from '../../../docs/schemas/exchange.schema.json' with { type: 'json' };
import {
  exchangeJsonSchema,
  fromRecords,
  parseStandards,
  problemText,
  readJsonFile,
  recordsAsSheets,
  standardsText,
  toJsonFile,
  toRecords,
  type ExchangeUnit,
} from './index.ts';

/** A unit as seed 000 shows it (四川省商务厅信息中心, 2020), with monitoring and a self-evaluation result. */
const unit: ExchangeUnit = {
  mofDivCode: '510000000',
  mofDivName: '四川省本级',
  agencyCode: '101001',
  agencyName: '四川省商务厅信息中心',
  fiscalYear: 2020,
  projects: [
    {
      code: '51000020Y000000012345',
      name: '设备采购',
      budgetFiscal: '32.35',
      budgetOther: '0',
      executedFiscal: '31.68',
      executedOther: '0.000001',
      goalExpected: '完成信息中心设备采购',
      goalActual: '已完成，完成660台电脑采购',
      indicators: [
        {
          level1: '产出指标',
          level2: '数量指标',
          level3: '采购电脑数量',
          target: '≥600台',
          standards: null,
          actual: '660台',
          direction: 'higher',
          unit: '台',
          scoringRule: '完成率×分值',
          libraryCode: 'GX-CC-001',
          deviationReason: '',
          improvement: '',
        },
        {
          level1: '产出指标',
          level2: '成本指标',
          level3: '财政投入',
          target: '≤32.35万元',
          standards: null,
          actual: '31.68万元',
          direction: null,
          unit: '万元',
          scoringRule: '',
          libraryCode: null,
          deviationReason: '',
          improvement: '',
        },
        {
          level1: '产出指标',
          level2: '数量指标',
          level3: '信息采集数量',
          target: '1000条',
          standards: { 优: '1000条', 良: '700条', 中: '500条', 差: '300条' },
          actual: '800条',
          direction: null,
          unit: '',
          scoringRule: '',
          libraryCode: null,
          deviationReason: '采集任务调整',
          improvement: '下年度提前安排',
        },
      ],
    },
    {
      code: '',
      name: '信息化运维',
      budgetFiscal: '195.01',
      budgetOther: '1.5',
      executedFiscal: '190',
      executedOther: '1.5',
      goalExpected: '',
      goalActual: '',
      indicators: [],
    },
  ],
  monitoring: [
    {
      month: 7,
      projects: [
        {
          kind: 'project',
          code: '51000020Y000000012345',
          name: '设备采购',
          sources: [{ source: '财政拨款', initialBudget: '32.35', adjustedBudget: '30', executed: '0' }],
          indicators: [
            {
              name: '采购电脑数量',
              level1: '产出指标',
              level2: '数量指标',
              target: '≥600台',
              actual: '0台',
              forecast: '600台',
              likelihood: '有可能',
              deviationCategory: '其他',
              deviationReason: '政府采购程序尚未完成',
              correctiveAction: '加快采购',
            },
            { name: '满意度', target: '≥90%', actual: '' },
          ],
          response: { action: '继续执行', reason: '预计9月完成采购' },
        },
      ],
    },
  ],
  selfResults: [
    {
      kind: 'project',
      code: '51000020Y000000012345',
      name: '设备采购',
      score: '92.5',
      grade: '优',
      final: true,
    },
    { kind: 'department', code: '', name: '部门整体', score: null, grade: '', final: false },
  ],
};

describe('exchange with the 预算管理一体化 platform', () => {
  it('writes amounts in 元 and reads them back in 万元, exactly', () => {
    const r = toRecords([unit]);
    const fund = r.funds.find((f) => f.pro_name === '设备采购' && f.found_type_name === '财政拨款')!;
    expect(fund.cur_amt).toBe('323500');
    expect(fund.year_exe_amt).toBe('316800');
    expect(
      r.funds.find((f) => f.pro_name === '设备采购' && f.found_type_name === '其他资金')!.year_exe_amt,
    ).toBe('0.01');
    expect(r.monitorFunds[0]).toMatchObject({ reply_amt: '323500', cur_amt: '300000', pro_bgt_comp: '0' });
  });

  it('names the fields as the platform does', () => {
    const r = toRecords([unit]);
    expect(r.indicators[0]).toMatchObject({
      mof_div_code: '510000000',
      fiscal_year: '2020',
      agency_code: '101001',
      pro_code: '51000020Y000000012345',
      kpi_lv1: '产出指标',
      kpi_lv2: '数量指标',
      kpi_lv3: '采购电脑数量',
      kpi_val: '≥600台',
      computesign: '≥',
    });
    expect(r.indicators[2]!.indexstandards).toBe('优：1000条；良：700条；中：500条；差：300条');
    expect(r.indicators[0]).toMatchObject({
      meterunit: '台',
      kpi_evalstd: '完成率×分值',
      tindex: 'GX-CC-001',
    });
    expect(r.selfResults[0]).toMatchObject({ total_eval_value: '92.5', is_last_inst: '1' });
    expect(r.selfResults[1]).toMatchObject({ perf_type_name: '部门整体支出', is_last_inst: '0' });
  });

  it('loses nothing in a round trip through the records and through JSON', () => {
    const back = fromRecords(recordsAsSheets(toRecords([unit])));
    expect(back.problems).toEqual([]);
    expect(back.units).toEqual([unit]);
    const json = JSON.parse(JSON.stringify(toJsonFile(toRecords([unit])))) as unknown;
    const read = readJsonFile(json);
    expect(read.ok).toBe(true);
    if (read.ok) expect(fromRecords(read.sheets).units).toEqual([unit]);
  });

  it('reads the 评（扣）分标准 of 优/良/中/差 back into standards, free text is not standards', () => {
    const s = { 优: '10%', 良: '14%', 中: '18%', 差: '18%以上' };
    expect(parseStandards(standardsText(s))).toEqual(s);
    expect(parseStandards('完全达到得满分')).toBeNull();
  });

  it('names the row and the field of every problem as the file names them', () => {
    const r = toRecords([unit]);
    r.indicators[0]!.computesign = '≤';
    r.funds[0]!.cur_amt = '12.345';
    r.indicators.push({ ...r.indicators[1]!, pro_code: '', pro_name: '没有的项目' });
    const { problems } = fromRecords(recordsAsSheets(r, '工作表'));
    const texts = problems.map(problemText);
    expect(texts).toContain(
      '工作表项目资金第1条「cur_amt（预算数（元））」：“12.345”不是金额（单位：元，最多两位小数，如 1950100.00）',
    );
    expect(
      texts.some((t) => t.startsWith('工作表绩效指标第1条「computesign（') && t.includes('≥600台')),
    ).toBe(true);
    expect(
      texts.some((t) =>
        t.startsWith('工作表绩效指标第4条「pro_code（项目代码）」：项目“没有的项目”在工作表“项目”中没有'),
      ),
    ).toBe(true);
  });

  it('refuses JSON numbers for money, as everywhere in Jixiao, and accepts them for a year', () => {
    const json = toJsonFile(toRecords([unit])) as Record<string, unknown>;
    const funds = json.pm_perf_self_bgt as Array<Record<string, unknown>>;
    funds[0]!.cur_amt = 323500;
    funds[0]!.fiscal_year = 2020;
    const read = readJsonFile(json);
    if (!read.ok) throw new Error('unexpected');
    const { problems } = fromRecords(read.sheets);
    expect(problems).toEqual([
      {
        at: 'pm_perf_self_bgt（项目资金）第1条',
        field: 'cur_amt',
        message: '须写成十进制数字字符串（如 "323500"），不接受 JSON 数字',
      },
    ]);
  });

  it('refuses a required field left empty, duplicates, and an unknown table', () => {
    const r = toRecords([unit]);
    r.indicators[0]!.kpi_lv3 = ' ';
    r.projects.push({ ...r.projects[0]! });
    const texts = fromRecords(recordsAsSheets(r)).problems.map(problemText);
    expect(texts).toContain('内存绩效指标第1条「kpi_lv3（三级指标）」：必须填写');
    expect(texts).toContain(
      '内存项目第3条「pro_code（项目代码）」：项目“设备采购”（51000020Y000000012345）重复出现',
    );
    const bad = readJsonFile({ formatVersion: 1, projects: [] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0]!.message).toContain('不认识的数据表 projects');
  });

  it('reads the platform codes of 完成目标可能性 (1/2/3) and 是否终审 as 是/否', () => {
    const r = toRecords([unit]);
    r.monitorIndicators[0]!.complete_rate = '1';
    r.selfResults[0]!.is_last_inst = '否';
    const { units, problems } = fromRecords(recordsAsSheets(r));
    expect(problems).toEqual([]);
    expect(units[0]!.monitoring[0]!.projects[0]!.indicators[0]!.likelihood).toBe('确定能');
    expect(units[0]!.selfResults[0]!.final).toBe(false);
  });
});

describe('the exchange file’s JSON Schema', () => {
  it('is the one written in docs/schemas/exchange.schema.json', () => {
    expect(schemaDoc).toEqual(JSON.parse(JSON.stringify(exchangeJsonSchema())));
  });

  it('lists every table and field the reader knows, with the required ones', () => {
    const props = exchangeJsonSchema().properties as Record<string, { items?: { required: string[] } }>;
    expect(props.perf_bgt_indicator!.items!.required).toEqual([
      'mof_div_code',
      'fiscal_year',
      'agency_code',
      'pro_name',
      'kpi_lv1',
      'kpi_lv3',
    ]);
    expect(props.pm_perf_self_eval!.items!.required).toContain('is_last_inst');
  });
});
