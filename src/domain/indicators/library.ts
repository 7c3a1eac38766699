/**
 * 指标库 (indicator library): reference indicators a unit picks when it sets goals. 共性 indicators follow
 * the national core-indicator guide (一级 成本 / 产出 / 效益 / 满意度 and their 二级); 个性 indicators belong
 * to one department (an organisation) or to an industry (行业). Each has a name (三级指标), a unit, a
 * direction (≥ 正向, ≤ 反向, =, 定性 — the goal table's own IndicatorDirection), a default 计分规则 text
 * and a 取值说明, and an active flag. Entries belong to an edition of the library (a region and a year:
 * editions.ts), which the administrators choose when they edit, import or export it.
 *
 * The rules here are pure: the levels an entry may sit under, its default direction (成本指标 → 反向:
 * spending less than planned meets the target), the checks of an entry with Chinese messages naming the
 * field as the user sees it, the codes of new entries, and the search.
 */
import { DIRECTION_NAMES, readDirection, type IndicatorDirection } from './direction.ts';

export type LibraryScope = 'common' | 'department' | 'industry';
export const LIBRARY_SCOPES: readonly LibraryScope[] = ['common', 'department', 'industry'];

/** As the admin page, the picker and the XLSX name them. */
export const LIBRARY_SCOPE_NAMES: Record<LibraryScope, string> = {
  common: '共性指标',
  department: '个性指标（部门）',
  industry: '个性指标（行业）',
};

/** The region of the national edition (the fallback of every region). */
export const NATIONAL_REGION = '全国';

/** The 一级 → 二级 structure of the national core-indicator guide (成本指标 is a 一级 indicator there). */
export const LIBRARY_LEVELS: ReadonlyArray<{ level1: string; level2: readonly string[] }> = [
  { level1: '成本指标', level2: ['经济成本指标', '社会成本指标', '生态环境成本指标'] },
  { level1: '产出指标', level2: ['数量指标', '质量指标', '时效指标', '成本指标'] },
  { level1: '效益指标', level2: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'] },
  { level1: '满意度指标', level2: ['服务对象满意度指标'] },
];

/** The same 一级 as printed differently in the seeds' tables (完成指标 for 产出指标 …). */
const LEVEL1_SYNONYMS: Record<string, string> = {
  成本指标: '成本指标',
  成本: '成本指标',
  产出指标: '产出指标',
  产出: '产出指标',
  完成指标: '产出指标',
  项目完成指标: '产出指标',
  效益指标: '效益指标',
  效益: '效益指标',
  成效指标: '效益指标',
  满意度指标: '满意度指标',
  满意度: '满意度指标',
};

/** The guide's 一级 a written heading stands for, or null. */
export function libraryLevel1(text: string): string | null {
  return LEVEL1_SYNONYMS[text.replace(/\s+/g, '')] ?? null;
}

export type LibraryEntry = {
  /** 指标编码: stable across export and import (GX-0001, BM-0001, HY-0001 when the system assigns it). */
  code: string;
  scope: LibraryScope;
  /** The owning department's organisation code (个性·部门 only, else ''). */
  ownerCode: string;
  /** 行业 (个性·行业 only, else ''). */
  industry: string;
  level1: string;
  level2: string;
  /** 三级指标 (the indicator's name). */
  name: string;
  /** 计量单位 ("%", "万元", "个"; '' for a 定性 indicator). */
  unit: string;
  direction: IndicatorDirection;
  /** 计分规则 (default scoring rule text). */
  scoringRule: string;
  /** 取值说明 (how the value is obtained: data source, formula). */
  valueNote: string;
  active: boolean;
};

/** What a user gives for an entry: direction may be left out (then defaultLibraryDirection()). */
export type LibraryEntryInput = Omit<LibraryEntry, 'direction' | 'code'> & {
  code?: string;
  direction?: IndicatorDirection | null;
};

const COST = /成本|费用|经费|造价|单价|支出|预算控制|投入/;
const TIME_UNITS = new Set(['日', '天', '工作日', '周', '月', '个月', '年', '小时', '分钟']);
const TIME_WORDS = /时间|时限|期限|周期|时长|天数/;
/** Things counted that should stay low (故障率, 投诉次数, 事故数 …). */
const LOWER_WORDS = /故障|投诉|事故|差错|宕机|违规|违纪|返工|流失|损失|超支|闲置|逾期/;

/**
 * The direction an indicator has when the library does not say: 成本指标 (一级 or 二级, or a cost by its
 * name) are 反向 (≤ — spending less than planned meets the target); a duration under 时效指标 and a count
 * of failures or complaints are 反向 too; an indicator without a unit is 定性; everything else 正向 (≥).
 */
export function defaultLibraryDirection(entry: {
  level1: string;
  level2: string;
  name: string;
  unit: string;
}): IndicatorDirection {
  const l1 = libraryLevel1(entry.level1) ?? entry.level1;
  if (l1 === '成本指标' || entry.level2.includes('成本') || COST.test(entry.name)) return 'lower';
  if (entry.unit.trim() === '') return 'qualitative';
  if (entry.level2 === '时效指标' && (TIME_UNITS.has(entry.unit.trim()) || TIME_WORDS.test(entry.name)))
    return 'lower';
  if (LOWER_WORDS.test(entry.name)) return 'lower';
  return 'higher';
}

/** The fields of an entry as the admin page and the XLSX name them (messages use these names). */
export const LIBRARY_FIELD_NAMES = {
  code: '指标编码',
  scope: '指标类别',
  ownerCode: '所属部门编码',
  industry: '所属行业',
  level1: '一级指标',
  level2: '二级指标',
  name: '三级指标',
  unit: '计量单位',
  direction: '指标方向',
  scoringRule: '计分规则',
  valueNote: '取值说明',
  active: '状态',
} as const;
export type LibraryField = keyof typeof LIBRARY_FIELD_NAMES;

export type LibraryProblem = { field: LibraryField; message: string };

const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/;
const LIMITS: Partial<Record<LibraryField, number>> = {
  code: 40,
  ownerCode: 100,
  industry: 50,
  level1: 50,
  level2: 50,
  name: 300,
  unit: 20,
  scoringRule: 1000,
  valueNote: 1000,
};

/**
 * Checks an entry and fills what may be left out: the 一级 as the guide names it, the direction
 * (defaultLibraryDirection). Problems name the field as the user sees it.
 */
export function checkLibraryEntry(
  input: LibraryEntryInput,
):
  | { ok: true; entry: Omit<LibraryEntry, 'code'> & { code?: string } }
  | { ok: false; problems: LibraryProblem[] } {
  const problems: LibraryProblem[] = [];
  const add = (field: LibraryField, message: string) => problems.push({ field, message });
  const trimmed = {
    ...input,
    code: input.code?.trim() ?? '',
    ownerCode: input.ownerCode.trim(),
    industry: input.industry.trim(),
    level1: input.level1.trim(),
    level2: input.level2.trim(),
    name: input.name.trim(),
    unit: input.unit.trim(),
    scoringRule: input.scoringRule.trim(),
    valueNote: input.valueNote.trim(),
  };
  for (const [field, max] of Object.entries(LIMITS) as Array<[LibraryField, number]>) {
    const v = trimmed[field as keyof typeof trimmed];
    if (typeof v === 'string' && v.length > max)
      add(field, `“${LIBRARY_FIELD_NAMES[field]}”最多 ${max} 个字（现有 ${v.length} 个）。`);
  }
  if (trimmed.code && !CODE.test(trimmed.code))
    add('code', `指标编码“${trimmed.code}”只能由字母、数字、点、下划线和短横线组成（最多 40 位）。`);
  if (!LIBRARY_SCOPES.includes(trimmed.scope))
    add('scope', '指标类别应为共性指标、个性指标（部门）或个性指标（行业）。');
  if (trimmed.scope === 'department' && !trimmed.ownerCode)
    add('ownerCode', '个性指标（部门）须填写所属部门编码。');
  if (trimmed.scope !== 'department' && trimmed.ownerCode)
    add('ownerCode', `${LIBRARY_SCOPE_NAMES[trimmed.scope] ?? '该类'}不属于某个部门，所属部门编码应留空。`);
  if (trimmed.scope === 'industry' && !trimmed.industry) add('industry', '个性指标（行业）须填写所属行业。');
  if (trimmed.scope !== 'industry' && trimmed.industry)
    add('industry', `${LIBRARY_SCOPE_NAMES[trimmed.scope] ?? '该类'}不属于某个行业，所属行业应留空。`);

  const level1 = libraryLevel1(trimmed.level1);
  if (!trimmed.level1) add('level1', '请填写一级指标。');
  else if (!level1)
    add(
      'level1',
      `一级指标“${trimmed.level1}”不在核心指标体系中，应为 ${LIBRARY_LEVELS.map((l) => l.level1).join('、')} 之一。`,
    );
  if (!trimmed.level2) add('level2', '请填写二级指标。');
  else if (level1) {
    const allowed = LIBRARY_LEVELS.find((l) => l.level1 === level1)!.level2;
    if (!allowed.includes(trimmed.level2))
      add('level2', `二级指标“${trimmed.level2}”不属于“${level1}”，应为 ${allowed.join('、')} 之一。`);
  }
  if (!trimmed.name) add('name', '请填写三级指标（指标名称）。');
  if (problems.length > 0) return { ok: false, problems };
  const base = { ...trimmed, level1: level1! };
  const direction = input.direction ?? defaultLibraryDirection(base);
  const { code, ...rest } = base;
  return { ok: true, entry: { ...rest, direction, ...(code ? { code } : {}) } };
}

/** The prefix of codes the system assigns, per scope. */
export const CODE_PREFIX: Record<LibraryScope, string> = { common: 'GX', department: 'BM', industry: 'HY' };

/** The next free code of a scope ("GX-0042"), after the highest number already used with that prefix. */
export function nextLibraryCode(scope: LibraryScope, used: Iterable<string>): string {
  const prefix = `${CODE_PREFIX[scope]}-`;
  let max = 0;
  for (const c of used) {
    if (!c.startsWith(prefix)) continue;
    const n = Number(c.slice(prefix.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return `${prefix}${String(max + 1).padStart(4, '0')}`;
}

// ——— Reading the XLSX cells (as text) into entries ———

/** "个性（部门）", "部门", "共性" … as a scope. */
export function readScope(text: string): LibraryScope | null {
  const t = text.replace(/\s+/g, '').replace(/[()]/g, (c) => (c === '(' ? '（' : '）'));
  if (t === '') return null;
  if (/^(共性|共性指标|common)$/i.test(t)) return 'common';
  if (/^(个性指标（部门）|个性（部门）|部门个性|部门|部门个性指标|department)$/i.test(t)) return 'department';
  if (/^(个性指标（行业）|个性（行业）|行业个性|行业|行业个性指标|industry)$/i.test(t)) return 'industry';
  return null;
}

export function readActive(text: string): boolean | null {
  const t = text.replace(/\s+/g, '');
  if (t === '' || /^(启用|有效|是|正常|true|1)$/i.test(t)) return true;
  if (/^(停用|无效|否|false|0)$/i.test(t)) return false;
  return null;
}

export const ACTIVE_NAMES = { true: '启用', false: '停用' } as const;

/** The column order of the XLSX (export writes it, import finds the columns by these headers). */
export const LIBRARY_COLUMNS: readonly LibraryField[] = [
  'code',
  'scope',
  'ownerCode',
  'industry',
  'level1',
  'level2',
  'name',
  'unit',
  'direction',
  'scoringRule',
  'valueNote',
  'active',
];

/** Other headers people write for the same column. */
const HEADER_SYNONYMS: Record<string, LibraryField> = {
  编码: 'code',
  指标代码: 'code',
  类别: 'scope',
  指标类型: 'scope',
  所属部门: 'ownerCode',
  部门编码: 'ownerCode',
  行业: 'industry',
  指标名称: 'name',
  '三级指标（指标名称）': 'name',
  单位: 'unit',
  方向: 'direction',
  评分标准: 'scoringRule',
  指标值说明: 'valueNote',
  是否启用: 'active',
};

export type LibrarySheet = {
  /** The header row's cells, as text. */
  header: string[];
  /** 1-based number of the header row. */
  headerRow: number;
  rows: Array<{ row: number; cells: string[] }>;
};

export type LibraryRowProblem = {
  /** Row number as Excel shows it. */
  row: number;
  /** The column's header ("指标方向"), or '' for the whole row. */
  column: string;
  /** "I7", or '' when the problem is not one cell's. */
  cell: string;
  message: string;
};

export type ReadLibraryRow = { row: number; input: LibraryEntryInput };

export const columnLetter = (i: number): string =>
  i < 26 ? String.fromCharCode(65 + i) : columnLetter(Math.floor(i / 26) - 1) + columnLetter(i % 26);

/**
 * The rows of an uploaded sheet as entry inputs, and every problem named by row, column and cell in
 * Chinese ("第 7 行“指标方向”列（I7）：…"). A sheet with a problem is not imported at all.
 */
export function readLibrarySheet(sheet: LibrarySheet): {
  rows: ReadLibraryRow[];
  problems: LibraryRowProblem[];
} {
  const problems: LibraryRowProblem[] = [];
  const index = new Map<LibraryField, number>();
  sheet.header.forEach((h, i) => {
    const name = h.replace(/\s+/g, '');
    const field =
      (Object.entries(LIBRARY_FIELD_NAMES).find(([, n]) => n === name)?.[0] as LibraryField | undefined) ??
      HEADER_SYNONYMS[name];
    if (field && !index.has(field)) index.set(field, i);
  });
  for (const required of ['level1', 'level2', 'name'] as const)
    if (!index.has(required))
      problems.push({
        row: sheet.headerRow,
        column: LIBRARY_FIELD_NAMES[required],
        cell: '',
        message: `第 ${sheet.headerRow} 行（表头）缺少“${LIBRARY_FIELD_NAMES[required]}”列；表头应为：${LIBRARY_COLUMNS.map((c) => LIBRARY_FIELD_NAMES[c]).join('、')}。`,
      });
  if (problems.length > 0) return { rows: [], problems };

  const rows: ReadLibraryRow[] = [];
  const codes = new Map<string, number>();
  for (const { row, cells } of sheet.rows) {
    const get = (f: LibraryField) => {
      const i = index.get(f);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    if (LIBRARY_COLUMNS.every((f) => get(f) === '')) continue;
    const at = (f: LibraryField) => {
      const i = index.get(f);
      return i === undefined ? '' : `${columnLetter(i)}${row}`;
    };
    const problem = (f: LibraryField, message: string) =>
      problems.push({
        row,
        column: LIBRARY_FIELD_NAMES[f],
        cell: at(f),
        message: `第 ${row} 行“${LIBRARY_FIELD_NAMES[f]}”列${at(f) ? `（${at(f)}）` : ''}：${message}`,
      });
    const before = problems.length;
    const scopeText = get('scope');
    const scope =
      scopeText === ''
        ? get('ownerCode')
          ? 'department'
          : get('industry')
            ? 'industry'
            : 'common'
        : readScope(scopeText);
    if (!scope)
      problem(
        'scope',
        `“${scopeText}”不是可识别的指标类别，应为 共性指标、个性指标（部门） 或 个性指标（行业）。`,
      );
    const directionText = get('direction');
    const direction = readDirection(directionText);
    if (directionText && !direction)
      problem(
        'direction',
        `“${directionText}”不是可识别的指标方向，应为 正向（≥）、反向（≤）、等于（=） 或 定性（留空则按指标自动确定）。`,
      );
    const activeText = get('active');
    const active = readActive(activeText);
    if (active === null) problem('active', `“${activeText}”应为“启用”或“停用”。`);
    const code = get('code');
    if (code) {
      const first = codes.get(code);
      if (first !== undefined) problem('code', `指标编码“${code}”与第 ${first} 行重复。`);
      else codes.set(code, row);
    }
    const input: LibraryEntryInput = {
      code,
      scope: scope ?? 'common',
      ownerCode: get('ownerCode'),
      industry: get('industry'),
      level1: get('level1'),
      level2: get('level2'),
      name: get('name'),
      unit: get('unit'),
      direction,
      scoringRule: get('scoringRule'),
      valueNote: get('valueNote'),
      active: active ?? true,
    };
    // Every problem of the row at once; the scope's own checks only when the scope was readable.
    const reported = new Set(problems.slice(before).map((p) => p.column));
    const checked = checkLibraryEntry(input);
    if (!checked.ok)
      for (const p of checked.problems)
        if (
          !reported.has(LIBRARY_FIELD_NAMES[p.field]) &&
          (scope || !['ownerCode', 'industry'].includes(p.field))
        )
          problem(p.field, p.message);
    if (problems.length > before) continue;
    rows.push({ row, input });
  }
  return { rows, problems };
}

/** An entry as the cells of one XLSX row, in LIBRARY_COLUMNS order (the inverse of readLibrarySheet). */
export function libraryEntryCells(entry: LibraryEntry): string[] {
  const value: Record<LibraryField, string> = {
    code: entry.code,
    scope: LIBRARY_SCOPE_NAMES[entry.scope],
    ownerCode: entry.ownerCode,
    industry: entry.industry,
    level1: entry.level1,
    level2: entry.level2,
    name: entry.name,
    unit: entry.unit,
    direction: DIRECTION_NAMES[entry.direction],
    scoringRule: entry.scoringRule,
    valueNote: entry.valueNote,
    active: entry.active ? ACTIVE_NAMES.true : ACTIVE_NAMES.false,
  };
  return LIBRARY_COLUMNS.map((c) => value[c]);
}

// ——— Search ———

export type LibraryQuery = {
  /** Words of the name, 二级, 取值说明 or code; several words must all match. */
  text?: string;
  level1?: string;
  level2?: string;
  direction?: IndicatorDirection;
  scope?: LibraryScope;
  /** Only active entries (the picker), or all (the admin page). */
  activeOnly?: boolean;
};

const norm = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/**
 * The entries that match, best first: a name starting with the text, then a name containing it, then a
 * match elsewhere (二级, 取值说明, 计分规则, code); ties by 一级 in the guide's order, 二级, then name.
 */
export function searchLibrary<E extends LibraryEntry>(entries: readonly E[], q: LibraryQuery): E[] {
  const words = (q.text ?? '').split(/\s+/).map(norm).filter(Boolean);
  const l1 = q.level1 ? (libraryLevel1(q.level1) ?? q.level1) : null;
  const order = (e: LibraryEntry) => {
    const i = LIBRARY_LEVELS.findIndex((l) => l.level1 === e.level1);
    return i < 0 ? LIBRARY_LEVELS.length : i;
  };
  const scored: Array<{ e: E; score: number }> = [];
  for (const e of entries) {
    if (q.activeOnly && !e.active) continue;
    if (l1 && e.level1 !== l1) continue;
    if (q.level2 && e.level2 !== q.level2) continue;
    if (q.direction && e.direction !== q.direction) continue;
    if (q.scope && e.scope !== q.scope) continue;
    let score = 0;
    const name = norm(e.name);
    const rest = norm(
      `${e.level1} ${e.level2} ${e.valueNote} ${e.scoringRule} ${e.code} ${e.industry} ${e.unit}`,
    );
    let all = true;
    for (const w of words) {
      if (name.startsWith(w)) score += 3;
      else if (name.includes(w)) score += 2;
      else if (rest.includes(w)) score += 1;
      else all = false;
    }
    if (!all) continue;
    scored.push({ e, score });
  }
  return scored
    .sort(
      (a, b) =>
        b.score - a.score ||
        order(a.e) - order(b.e) ||
        a.e.level2.localeCompare(b.e.level2, 'zh') ||
        a.e.name.localeCompare(b.e.name, 'zh') ||
        a.e.code.localeCompare(b.e.code),
    )
    .map((s) => s.e);
}

/**
 * What a goal row takes from a picked entry: 一级, 二级, 三级 (name), the unit, the direction and the
 * 计分规则, with the entry's code to remember where it came from.
 */
export function goalRowFromEntry(entry: LibraryEntry): {
  level1: string;
  level2: string;
  level3: string;
  unit: string;
  direction: IndicatorDirection;
  scoringRule: string;
  libraryCode: string;
} {
  return {
    level1: entry.level1,
    level2: entry.level2,
    level3: entry.name,
    unit: entry.unit,
    direction: entry.direction,
    scoringRule: entry.scoringRule,
    libraryCode: entry.code,
  };
}
