/** 政府收支分类科目 as data: the editions 2020–2025, lookups, findings on a document, differences. */
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_YEARS,
  catalogFor,
  catalogueFindings,
  diffEntries,
  editionFromData,
  editionToData,
  extendEdition,
  kindOfCode,
  levelOf,
  subjectPath,
  subjectsFor,
} from './catalog.ts';
import { catalogueViolations, needsExplanation } from './catalogue-check.ts';
import { seed000 } from './fixtures/seed000.ts';
import { seed001 } from './fixtures/seed001.ts';
import type { FinalAccounts } from './model.ts';

const withRow = (fa: FinalAccounts, code: string, name?: string): FinalAccounts => ({
  ...fa,
  current: {
    ...fa.current,
    generalByFunction: [
      ...fa.current.generalByFunction,
      { code, budget: '0.00', actual: '0.00', ...(name ? { name } : {}) },
    ],
  },
});

describe('政府收支分类科目 editions', () => {
  it('holds one national edition per year 2020–2025, each with a source note', () => {
    expect(CATALOGUE_YEARS).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    for (const y of CATALOGUE_YEARS) {
      const e = catalogFor(y);
      expect(e.year).toBe(y);
      expect(e.region).toBe('全国');
      expect(e.source).toContain(`《${y}年政府收支分类科目》`);
      // every 款 and 项 sits under a 类 (and a 项 under a 款) of the same edition
      for (const code of e.functions.keys()) {
        expect(e.functions.has(code.slice(0, 3)), code).toBe(true);
        if (code.length === 7) expect(e.functions.has(code.slice(0, 5)), code).toBe(true);
      }
      for (const code of e.economic.keys()) expect(e.economic.has(code.slice(0, 3)), code).toBe(true);
      expect(e.economicGovernment.get('501')?.name).toBe('机关工资福利支出');
      expect(e.income.get('103')?.name).toBe('非税收入');
    }
  });
  it('names codes as each year has them (灾害防治及应急管理, 扶贫 → 巩固脱贫衔接乡村振兴, 20106 财政事务)', () => {
    expect(catalogFor(2020).functions.get('224')?.name).toBe('灾害防治及应急管理支出');
    expect(catalogFor(2020).functions.get('21305')?.name).toBe('扶贫');
    expect(catalogFor(2021).functions.get('21305')?.name).toBe('巩固脱贫衔接乡村振兴');
    expect(catalogFor(2024).functions.get('20106')?.name).toBe('财政事务');
    expect(catalogFor(2024).functions.get('2010601')?.explanation).toBe(
      '指行政单位（包括实行公务员管理的事业单位）的基本支出。',
    );
    expect(catalogFor(2020).functions.has('234')).toBe(true);
    expect(catalogFor(2022).functions.has('234')).toBe(false);
    // before the first edition: the earliest; after the last: the latest
    expect(catalogFor(2018).year).toBe(2020);
    expect(catalogFor(2030).year).toBe(2025);
  });
  it('holds every 科目 of seeds 000 and 001, with a 名词解释 for each 项', () => {
    const ed = catalogFor(2020);
    const used = [...seed000.current.generalByFunction, ...seed001.current.generalByFunction]
      .map((r) => r.code)
      .filter((c) => c.length === 7);
    expect(used.length).toBeGreaterThan(10);
    for (const code of used) {
      expect(levelOf(code)).toBe('项');
      expect(ed.functions.get(code)?.explanation, code).toMatch(/^指/);
    }
    expect(ed.functions.get('2089901')?.explanation).toBe(
      '指除上述项目以外其他用于社会保障和就业方面的支出。',
    );
    expect(subjectPath('2010306', ed)).toBe(
      '一般公共服务（类）政府办公厅（室）及相关机构事务（款）政务公开审批（项）',
    );
    // every 类 of 一般公共预算 plus 234 (抗疫特别国债, 2020)
    expect([...ed.functions.keys()].filter((c) => c.length === 3)).toHaveLength(28);
    expect([...ed.functions.keys()].filter((c) => c.length === 5).length).toBeGreaterThan(180);
  });
  it('groups 经济分类 into 人员经费 (301, 303), 公用经费 (302, 310) and other', () => {
    const ed = catalogFor(2020);
    for (const [code, s] of ed.economic) {
      const cls = code.slice(0, 3);
      expect(s.group, code).toBe(
        cls === '301' || cls === '303' ? 'personnel' : cls === '302' || cls === '310' ? 'publicUse' : 'other',
      );
    }
    expect(ed.economic.get('30211')?.name).toBe('差旅费');
  });
  it('tells the list of a code by its first digit', () => {
    expect(kindOfCode('2010301')).toBe('functions');
    expect(kindOfCode('30101')).toBe('economicDepartment');
    expect(kindOfCode('50101')).toBe('economicGovernment');
    expect(kindOfCode('10304')).toBe('income');
    expect(kindOfCode('3010101')).toBeNull();
    expect(kindOfCode('401')).toBeNull();
    expect(kindOfCode('20x')).toBeNull();
  });
});

describe('unknown codes never block', () => {
  it('names an unknown code with the name the document prints, else with its code', () => {
    const fa = withRow(seed000, '2019998', '自定义事务');
    expect(() => subjectPath('2019998', catalogFor(2020))).not.toThrow();
    expect(subjectPath('2019998', catalogFor(2020))).toBe(
      '一般公共服务（类）其他一般公共服务支出（款）2019998（项）',
    );
    const ed = subjectsFor(fa);
    expect(ed.functions.get('2019998')).toMatchObject({ name: '自定义事务', fromDocument: true });
    expect(subjectPath('2019998', ed)).toBe('一般公共服务（类）其他一般公共服务支出（款）自定义事务（项）');
  });
  it('warns "不在 YYYY 年科目表中" naming the edition actually used, not the report year', () => {
    const fa = { ...withRow(seed000, '2019998', '自定义事务'), year: 2019 };
    const findings = catalogueFindings(fa);
    expect(findings).toEqual([
      expect.objectContaining({
        kind: 'unknown',
        code: '2019998',
        editionYear: 2020,
        message: '功能分类科目 2019998“自定义事务” 不在 2020 年科目表中，沿用所填名称',
      }),
    ]);
    const [v] = catalogueViolations(fa);
    expect(v).toMatchObject({
      severity: 'warning',
      ruleId: 'K-unknown',
      location: { table: 'general', row: '2019998' },
    });
    expect(needsExplanation(v!)).toBe(false);
    expect(catalogueFindings(seed000)).toEqual([]);
    expect(catalogueFindings(seed001)).toEqual([]);
  });
  it('checks a code printed with another code’s name, naming both', () => {
    const fa = withRow(seed000, '2010350', '行政运行');
    expect(catalogueFindings(fa)).toEqual([
      expect.objectContaining({
        kind: 'otherName',
        code: '2010350',
        otherCode: '2010301',
        message:
          '功能分类科目 2010350 印的名称“行政运行”是 2010301 的名称；2020 年科目表中 2010350 为“事业运行”',
      }),
    ]);
    // 类 names match with or without 支出 and （类）
    expect(catalogueFindings(withRow(seed000, '208', '社会保障和就业（类）'))).toEqual([]);
    const differs = catalogueFindings(withRow(seed000, '20805', '养老支出'));
    expect(differs[0]).toMatchObject({ kind: 'nameDiffers', catalogueName: '行政事业单位养老支出' });
    const economic = catalogueFindings({
      ...seed000,
      current: {
        ...seed000.current,
        basicByEconomic: {
          ...seed000.current.basicByEconomic,
          items: [{ code: '30298', amount: '1.00', name: '其他费用' }],
        },
      },
    });
    expect(economic[0]?.message).toBe('经济分类科目 30298“其他费用” 不在 2020 年科目表中，沿用所填名称');
  });
});

describe('stored editions', () => {
  it('a region extends the national edition; a national import replaces the lists it holds', () => {
    const national = catalogFor(2024);
    const sh = extendEdition(
      national,
      {
        region: '上海',
        year: 2024,
        title: '',
        source: '上海市财政局',
        uncertain: [],
        functions: [{ code: '2010698', name: '财政专项业务' }],
        economicDepartment: [],
        economicGovernment: [],
        income: [],
      },
      false,
    );
    expect(sh.region).toBe('上海');
    expect(sh.functions.get('2010698')?.name).toBe('财政专项业务');
    expect(sh.functions.get('20106')?.name).toBe('财政事务');
    const replaced = extendEdition(
      national,
      { ...editionToData(sh), region: '全国', functions: [{ code: '201', name: '一般公共服务支出' }] },
      true,
    );
    expect(replaced.functions.size).toBe(1);
    expect(replaced.economic.size).toBe(national.economic.size);
  });
  it('round-trips through data and lists the differences', () => {
    const e = catalogFor(2023);
    expect(editionFromData(editionToData(e)).functions).toEqual(e.functions);
    const d = diffEntries(
      [
        { code: '201', name: '一般公共服务支出' },
        { code: '21305', name: '扶贫' },
        { code: '234', name: '抗疫特别国债安排的支出' },
      ],
      [
        { code: '201', name: '一般公共服务支出' },
        { code: '21305', name: '巩固脱贫衔接乡村振兴' },
        { code: '20139', name: '社会工作事务' },
      ],
    );
    expect(d.added.map((x) => x.code)).toEqual(['20139']);
    expect(d.renamed).toEqual([{ code: '21305', before: '扶贫', after: '巩固脱贫衔接乡村振兴' }]);
    expect(d.removed.map((x) => x.code)).toEqual(['234']);
  });
});
