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
  freezeCatalogue,
  frozenCatalogueOf,
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
  it('holds the entries corrected against published sources (each data file notes its source)', () => {
    // 《2024年政府收支分类科目》（财预〔2023〕83号）: 21305 and its 项
    for (const y of [2024, 2025]) {
      const e = catalogFor(y);
      expect(e.functions.get('21305')?.name, `${y}`).toBe('巩固脱贫攻坚成果衔接乡村振兴');
      expect(e.functions.get('2130507')?.name, `${y}`).toBe('贷款奖补和贴息');
      expect(e.functions.get('2130507')?.explanation).toMatch(/^指用于农村欠发达地区巩固拓展脱贫攻坚成果/);
      expect(e.functions.has('2130510'), `${y}`).toBe(false);
      expect(subjectPath('2130599', e)).toBe(
        '农林水（类）巩固脱贫攻坚成果衔接乡村振兴（款）其他巩固脱贫攻坚成果衔接乡村振兴支出（项）',
      );
      // 财预〔2024〕22号: 22006 耕地保护考核奖惩基金支出
      expect(e.functions.get('22006')?.name).toBe('耕地保护考核奖惩基金支出');
      expect(e.source).toMatch(/财预〔2024〕22号/);
      // the same notice: 政府性基金收入 is 10301
      expect(e.income.get('10301')?.name).toBe('政府性基金收入');
      expect(e.income.has('10302')).toBe(false);
    }
    expect(catalogFor(2023).functions.has('22006')).toBe(false);
    // 财预〔2025〕41号: only from 2025
    expect(catalogFor(2025).functions.get('22911')?.name).toBe('中央金融机构注资特别国债财务基金支出');
    expect(catalogFor(2025).functions.get('23107')?.name).toBe('中央金融机构注资特别国债还本支出');
    expect(catalogFor(2024).functions.has('22911')).toBe(false);
    // the Shanghai 2024 sample's 基本支出 table: 部门预算经济分类 names
    const e24 = catalogFor(2024).economic;
    expect(e24.get('30108')?.name).toBe('机关事业单位基本养老保险缴费');
    expect(e24.get('30311')?.name).toBe('代缴社会保险费');
    expect(e24.get('31007')?.name).toBe('信息网络及软件购置更新');
    // two Shanghai 2025 部门决算 tables: codes and names printed there
    const e25 = catalogFor(2025).functions;
    expect(e25.get('2070114')?.name).toBe('文化和旅游管理事务');
    expect(e25.get('2080705')?.name).toBe('公益性岗位补贴');
    expect(e25.get('2080704')?.name).toBe('社会保险补贴'); // from a 2026 budget table: inferred
    expect(e25.has('2080703')).toBe(false);
    expect(e25.get('2089999')?.name).toBe('其他社会保障和就业支出');
    expect(e25.get('2120501')?.name).toBe('城乡社区环境卫生');
    expect(e25.get('2121999')?.name).toBe('其他国有土地使用权出让收入对应专项债务收入安排的支出');
    expect(e25.get('20805')?.name).toBe('行政事业单位养老支出');
    expect(e25.get('22402')?.name).toBe('消防救援事务');
    // the 类 rows of the 2024 sample's 收入支出决算总表
    for (const y of [2024, 2025]) {
      expect(catalogFor(y).functions.get('223')?.name).toBe('国有资本经营预算支出');
      expect(catalogFor(y).functions.get('234')?.name).toBe('抗疫特别国债安排的支出');
    }
    // what remains unverified is listed, not hidden
    expect(catalogFor(2021).uncertain.join()).toContain('21305');
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
        unverified: [],
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

describe('the edition a frozen version keeps', () => {
  it('keeps the region’s names of the codes the document uses, every 类, and the other lists whole', () => {
    const regional = extendEdition(
      catalogFor(2020),
      {
        region: 'SC',
        year: 2020,
        title: '',
        source: '四川省财政厅',
        uncertain: [],
        unverified: [],
        functions: [{ code: '2011350', name: '商务事业运行' }],
        economicDepartment: [],
        economicGovernment: [],
        income: [],
      },
      false,
    );
    const kept = freezeCatalogue(seed000, regional);
    const back = frozenCatalogueOf(JSON.parse(JSON.stringify(kept)))!;
    expect(back.region).toBe('SC');
    expect(back.functions.get('2011350')?.name).toBe('商务事业运行');
    expect(back.functions.get('20113')?.name).toBe('商贸事务');
    expect(subjectPath('2011350', back)).toBe('一般公共服务（类）商贸事务（款）商务事业运行（项）');
    // every code of the document is named as it was; codes it does not use are left out
    for (const r of seed000.current.generalByFunction)
      expect(back.functions.get(r.code)?.name, r.code).toBe(regional.functions.get(r.code)?.name);
    expect(back.functions.has('2240101')).toBe(false);
    expect([...back.functions.keys()].filter((c) => c.length === 3)).toHaveLength(28);
    expect(back.economic.size).toBe(regional.economic.size);
    expect(kept.functions.length).toBeLessThan(100);
  });
  it('is absent from snapshots taken before editions were kept', () => {
    expect(frozenCatalogueOf(undefined)).toBeUndefined();
    expect(frozenCatalogueOf({ broken: true })).toBeUndefined();
  });
});
