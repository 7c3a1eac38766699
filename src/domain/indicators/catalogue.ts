/**
 * The standard first two levels of a project's indicator tree (一级/二级), with the synonyms the
 * seeds use (完成指标 / 项目完成指标 for 产出指标). 三级指标 are free text.
 */
export type CatalogueEntry = { level1: string; level2: readonly string[] };

export const STANDARD_CATALOGUE: readonly CatalogueEntry[] = [
  { level1: '产出指标', level2: ['数量指标', '质量指标', '时效指标', '成本指标'] },
  { level1: '效益指标', level2: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'] },
  { level1: '满意度指标', level2: ['服务对象满意度指标'] },
];

const LEVEL1_SYNONYMS: Record<string, string> = {
  产出指标: '产出指标',
  完成指标: '产出指标',
  项目完成指标: '产出指标',
  效益指标: '效益指标',
  成效指标: '效益指标',
  满意度指标: '满意度指标',
  满意度: '满意度指标',
};

/** The standard 一级指标 a printed heading stands for, or null ("完成指标" → "产出指标"). */
export function standardLevel1(name: string): string | null {
  return LEVEL1_SYNONYMS[name.replace(/\s+/g, '')] ?? null;
}

/** Whether a 二级指标 belongs to the standard catalogue under its 一级指标 (after synonyms). */
export function isStandardLevel2(level1: string, level2: string): boolean {
  const l1 = standardLevel1(level1);
  const entry = STANDARD_CATALOGUE.find((e) => e.level1 === l1);
  const name = level2.replace(/\s+/g, '');
  // 满意度 tables often print just "满意度指标" at the second level.
  if (l1 === '满意度指标' && name === '满意度指标') return true;
  return entry?.level2.includes(name) ?? false;
}
