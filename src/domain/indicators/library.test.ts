import { describe, expect, it } from 'vitest';
import {
  checkLibraryEntry,
  defaultLibraryDirection,
  goalRowFromEntry,
  libraryEntryCells,
  LIBRARY_COLUMNS,
  LIBRARY_FIELD_NAMES,
  nextLibraryCode,
  readLibrarySheet,
  searchLibrary,
  type LibraryEntry,
  type LibraryEntryInput,
} from './library.ts';
import { starterLibrary } from './library-starter.ts';

const input = (over: Partial<LibraryEntryInput> = {}): LibraryEntryInput => ({
  scope: 'common',
  ownerCode: '',
  industry: '',
  level1: '产出指标',
  level2: '数量指标',
  name: '培训人次',
  unit: '人次',
  scoringRule: '',
  valueNote: '',
  active: true,
  ...over,
});

describe('default direction of a library indicator', () => {
  it('makes 成本指标 反向 (≤): spending less than planned meets the target', () => {
    expect(
      defaultLibraryDirection({
        level1: '成本指标',
        level2: '经济成本指标',
        name: '项目预算控制数',
        unit: '万元',
      }),
    ).toBe('lower');
    // …also a cost filed under 产出指标 / 成本指标 (the older catalogue) or named as one.
    expect(
      defaultLibraryDirection({ level1: '产出指标', level2: '成本指标', name: '设备单价', unit: '万元' }),
    ).toBe('lower');
    expect(
      defaultLibraryDirection({ level1: '产出指标', level2: '数量指标', name: '会议经费', unit: '万元' }),
    ).toBe('lower');
  });
  it('makes counts and rates 正向, a duration and a count of failures 反向, and no unit 定性', () => {
    expect(
      defaultLibraryDirection({ level1: '产出指标', level2: '数量指标', name: '培训人次', unit: '人次' }),
    ).toBe('higher');
    expect(
      defaultLibraryDirection({
        level1: '满意度指标',
        level2: '服务对象满意度指标',
        name: '服务对象满意度',
        unit: '%',
      }),
    ).toBe('higher');
    expect(
      defaultLibraryDirection({
        level1: '产出指标',
        level2: '时效指标',
        name: '问题处理平均时长',
        unit: '日',
      }),
    ).toBe('lower');
    expect(
      defaultLibraryDirection({ level1: '产出指标', level2: '质量指标', name: '系统故障率', unit: '%' }),
    ).toBe('lower');
    expect(
      defaultLibraryDirection({
        level1: '效益指标',
        level2: '社会效益指标',
        name: '公共服务水平提升',
        unit: '',
      }),
    ).toBe('qualitative');
  });
});

describe('checkLibraryEntry', () => {
  it('fills the default direction and the guide name of the 一级', () => {
    const r = checkLibraryEntry(input({ level1: '完成指标', level2: '数量指标' }));
    expect(r).toMatchObject({ ok: true, entry: { level1: '产出指标', direction: 'higher' } });
    const cost = checkLibraryEntry(
      input({ level1: '成本指标', level2: '经济成本指标', name: '项目预算控制数', unit: '万元' }),
    );
    expect(cost.ok && cost.entry.direction).toBe('lower');
    // A direction given is kept.
    const set = checkLibraryEntry(input({ direction: 'equal' }));
    expect(set.ok && set.entry.direction).toBe('equal');
  });
  it('names the field as the user sees it', () => {
    const r = checkLibraryEntry(input({ level1: '过程指标', name: '' }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      { field: 'level1', message: expect.stringContaining('一级指标“过程指标”不在核心指标体系中') },
      { field: 'name', message: '请填写三级指标（指标名称）。' },
    ]);
    const l2 = checkLibraryEntry(input({ level1: '满意度指标', level2: '数量指标' }));
    expect(!l2.ok && l2.problems[0]!.message).toBe(
      '二级指标“数量指标”不属于“满意度指标”，应为 服务对象满意度指标 之一。',
    );
  });
  it('asks 个性 indicators for their department or industry, and 共性 ones for neither', () => {
    const d = checkLibraryEntry(input({ scope: 'department' }));
    expect(!d.ok && d.problems.map((p) => p.field)).toEqual(['ownerCode']);
    const i = checkLibraryEntry(input({ scope: 'industry' }));
    expect(!i.ok && i.problems.map((p) => p.field)).toEqual(['industry']);
    const c = checkLibraryEntry(input({ ownerCode: 'SC-SWT' }));
    expect(!c.ok && c.problems[0]!.message).toContain('所属部门编码应留空');
    expect(checkLibraryEntry(input({ scope: 'department', ownerCode: 'SC-SWT' })).ok).toBe(true);
  });
  it('refuses a code with spaces', () => {
    const r = checkLibraryEntry(input({ code: 'GX 1' }));
    expect(!r.ok && r.problems.map((p) => p.field)).toEqual(['code']);
  });
});

describe('nextLibraryCode', () => {
  it('continues after the highest number of the scope', () => {
    expect(nextLibraryCode('common', ['GX-0036', 'GX-0002', 'BM-0100', 'X'])).toBe('GX-0037');
    expect(nextLibraryCode('department', [])).toBe('BM-0001');
  });
});

const HEADER = LIBRARY_COLUMNS.map((c) => LIBRARY_FIELD_NAMES[c]);

describe('readLibrarySheet', () => {
  it('reads rows into entries and gives back the same cells when written again', () => {
    const entries = starterLibrary();
    const rows = entries.map((e, i) => ({ row: i + 2, cells: libraryEntryCells(e) }));
    const read = readLibrarySheet({ header: HEADER, headerRow: 1, rows });
    expect(read.problems).toEqual([]);
    expect(read.rows).toHaveLength(entries.length);
    const again = read.rows.map((r) => {
      const c = checkLibraryEntry(r.input);
      if (!c.ok) throw new Error('unexpected');
      return libraryEntryCells({ ...c.entry, code: c.entry.code! } as LibraryEntry);
    });
    expect(again).toEqual(rows.map((r) => r.cells));
  });

  it('names the row, the column and the cell of every bad value in Chinese', () => {
    const good = libraryEntryCells(starterLibrary()[0]!);
    const bad = [...good];
    bad[LIBRARY_COLUMNS.indexOf('direction')] = '大于';
    bad[LIBRARY_COLUMNS.indexOf('code')] = 'GX-0002';
    const worse = [...good];
    worse[LIBRARY_COLUMNS.indexOf('code')] = 'GX-0100';
    worse[LIBRARY_COLUMNS.indexOf('level2')] = '数量指标';
    worse[LIBRARY_COLUMNS.indexOf('active')] = '作废';
    const read = readLibrarySheet({
      header: HEADER,
      headerRow: 1,
      rows: [
        { row: 2, cells: good },
        { row: 3, cells: bad },
        { row: 4, cells: HEADER.map(() => '') },
        { row: 5, cells: worse },
      ],
    });
    expect(read.problems.map((p) => p.message)).toEqual([
      '第 3 行“指标方向”列（I3）：“大于”不是可识别的指标方向，应为 正向（≥）、反向（≤）、等于（=） 或 定性（留空则按指标自动确定）。',
      '第 5 行“状态”列（L5）：“作废”应为“启用”或“停用”。',
      '第 5 行“二级指标”列（F5）：二级指标“数量指标”不属于“成本指标”，应为 经济成本指标、社会成本指标、生态环境成本指标 之一。',
    ]);
    expect(read.problems[0]).toMatchObject({ row: 3, column: '指标方向', cell: 'I3' });
    // A row fixed of its 状态 still fails on its 二级.
    worse[LIBRARY_COLUMNS.indexOf('active')] = '启用';
    const second = readLibrarySheet({ header: HEADER, headerRow: 1, rows: [{ row: 5, cells: worse }] });
    expect(second.problems[0]!.message).toBe(
      '第 5 行“二级指标”列（F5）：二级指标“数量指标”不属于“成本指标”，应为 经济成本指标、社会成本指标、生态环境成本指标 之一。',
    );
  });

  it('says which header is missing', () => {
    const read = readLibrarySheet({ header: ['一级指标', '二级'], headerRow: 1, rows: [] });
    expect(read.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('第 1 行（表头）缺少“二级指标”列'),
      expect.stringContaining('第 1 行（表头）缺少“三级指标”列'),
    ]);
  });

  it('flags a code used twice in the file', () => {
    const cells = libraryEntryCells(starterLibrary()[0]!);
    const read = readLibrarySheet({
      header: HEADER,
      headerRow: 1,
      rows: [
        { row: 2, cells },
        { row: 9, cells },
      ],
    });
    expect(read.problems.map((p) => p.message)).toEqual([
      '第 9 行“指标编码”列（A9）：指标编码“GX-0001”与第 2 行重复。',
    ]);
  });
});

describe('searchLibrary', () => {
  const all = starterLibrary();
  it('finds by words of the name, best match first', () => {
    const hits = searchLibrary(all, { text: '满意度' });
    expect(
      searchLibrary(all, { text: '服务' })
        .slice(0, 2)
        .map((h) => h.name),
    ).toEqual(['服务对象覆盖数', '服务对象满意度']);
    expect(
      hits.every((h) => `${h.name}${h.level1}${h.level2}${h.valueNote}${h.scoringRule}`.includes('满意度')),
    ).toBe(true);
    expect(hits.slice(0, 4).every((h) => h.name.includes('满意度'))).toBe(true);
    expect(searchLibrary(all, { text: '预算 控制' }).map((h) => h.code)).toEqual(['GX-0001']);
    expect(searchLibrary(all, { text: '不存在的指标' })).toEqual([]);
  });
  it('filters by level and direction', () => {
    const lower = searchLibrary(all, { direction: 'lower' });
    expect(lower.length).toBeGreaterThan(0);
    expect(lower.every((h) => h.direction === 'lower')).toBe(true);
    const cost = searchLibrary(all, { level1: '成本指标' });
    expect(cost.map((h) => h.level1)).toEqual(cost.map(() => '成本指标'));
    expect(cost.filter((h) => h.unit !== '').every((h) => h.direction === 'lower')).toBe(true);
    expect(searchLibrary(all, { level2: '时效指标' }).every((h) => h.level2 === '时效指标')).toBe(true);
  });
  it('keeps inactive entries out when asked', () => {
    const entries: LibraryEntry[] = [
      { ...all[0]!, code: 'B' },
      { ...all[0]!, code: 'C', active: false },
    ];
    expect(searchLibrary(entries, {}).map((e) => e.code)).toEqual(['B', 'C']);
    expect(searchLibrary(entries, { activeOnly: true }).map((e) => e.code)).toEqual(['B']);
  });
});

describe('the starter library', () => {
  it('covers the four 一级 of the guide with valid, uniquely coded entries; its costs are 反向', () => {
    const all = starterLibrary();
    expect(new Set(all.map((e) => e.level1))).toEqual(
      new Set(['成本指标', '产出指标', '效益指标', '满意度指标']),
    );
    expect(new Set(all.map((e) => e.code)).size).toBe(all.length);
    expect(all.find((e) => e.name === '项目预算控制数')).toMatchObject({ direction: 'lower', unit: '万元' });
  });
  it('gives a goal row 一级, 二级, name, unit, direction and 计分规则', () => {
    const e = starterLibrary().find((x) => x.code === 'GX-0001')!;
    expect(goalRowFromEntry(e)).toEqual({
      level1: '成本指标',
      level2: '经济成本指标',
      level3: '项目预算控制数',
      unit: '万元',
      direction: 'lower',
      scoringRule: e.scoringRule,
      libraryCode: 'GX-0001',
    });
  });
});
