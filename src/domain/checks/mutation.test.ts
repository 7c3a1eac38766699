/**
 * Mutation test: change one figure in a correct claim of a seed; the checker must flag that claim
 * (recall) and nothing else that the figure does not break (precision).
 */
import { describe, expect, it } from 'vitest';
import { dec } from '../money/index.ts';
import { seed } from './__fixtures__/seeds.ts';
import { checkText, type Finding } from './index.ts';

type Mutation = { file: string; line: number; from: string; to: string; expect: string[] };

const key = (f: Finding): string => `${f.line}|${f.rule}|${f.severity}|${f.found}`;

/** Every "占X%" on the given lines, raised by one unit of its last digit ×100. */
function percentMutations(file: string, text: string, lines: number[], rule: string, re: RegExp): Mutation[] {
  const all = text.split('\n');
  const out: Mutation[] = [];
  for (const line of lines) {
    for (const m of all[line - 1]!.matchAll(re)) {
      const printed = m[1]!;
      const places = (printed.split('.')[1] ?? '').length;
      const bumped = dec(printed).plus(dec(10).pow(-places).times(37)).toFixed(places);
      out.push({ file, line, from: m[0], to: m[0].replace(printed, bumped), expect: [rule] });
    }
  }
  return out;
}

/** Every part amount "X万元，占" on the given lines, raised by 1.00: breaks the sum and that part's share. */
function partMutations(file: string, text: string, lines: number[]): Mutation[] {
  const all = text.split('\n');
  const out: Mutation[] = [];
  for (const line of lines) {
    for (const m of all[line - 1]!.matchAll(/([\u4e00-\u9fa5）])(\d+(?:\.\d+)?)万元，占/g)) {
      const bumped = dec(m[2]!)
        .plus(1)
        .toFixed(Math.max(2, (m[2]!.split('.')[1] ?? '').length));
      out.push({
        file,
        line,
        from: m[0],
        to: `${m[1]}${bumped}万元，占`,
        expect: ['sum.parts', 'share.percent'],
      });
    }
  }
  return out;
}

const f000 = '000_ad42accaf8116a04.txt';
const f001 = '001_f02d73256edfc266.txt';
const f004 = '004_3bb0a0cfa40ad546.txt';
const t000 = seed(f000);
const t001 = seed(f001);
const t004 = seed(f004);
const SHARE = /占(?:[^\d，。；]{0,12}的)?(\d+(?:\.\d+)?)%/g;
const CHANGE = /(?:增长|下降)(\d+(?:\.\d+)?)%/g;
const COMPLETION = /完成预算的(\d+(?:\.\d+)?)%/g;

const mutations: Mutation[] = [
  ...percentMutations(f000, t000, [36, 40, 53], 'share.percent', SHARE),
  ...percentMutations(f001, t001, [33, 39, 51, 57, 96, 118, 886, 888], 'share.percent', SHARE),
  ...percentMutations(f000, t000, [32, 43, 48], 'change.percent', CHANGE),
  ...percentMutations(f001, t001, [45, 51, 100, 103], 'change.percent', CHANGE),
  ...percentMutations(f000, t000, [129, 131, 133, 437, 500, 562], 'completion.percent', COMPLETION),
  ...percentMutations(f001, t001, [124, 125, 126, 127], 'completion.percent', COMPLETION),
  ...partMutations(f000, t000, [40, 53]),
  ...partMutations(f001, t001, [33, 57, 96, 888]),
  {
    file: f001,
    line: 1605,
    from: '\t5\n\t5\n\t部分项目目标明确',
    to: '\t5\n\t4\n\t部分项目目标明确',
    expect: ['score.deduction', 'score.renormalised'],
  },
  { file: f004, line: 294, from: '\t99\n', to: '\t97\n', expect: ['score.panel-average'] },
  { file: f004, line: 158, from: '\t2.5\n', to: '\t1.5\n', expect: ['score.sum'] },
  { file: f004, line: 374, from: '自评得分98.5分', to: '自评得分88.5分', expect: ['grade.score'] },
  // Scores against their 计分规则, computed by the scoring engine.
  { file: f001, line: 908, from: '此项得分5.51分', to: '此项得分5.71分', expect: ['score.rule'] },
  { file: f001, line: 907, from: '65.6%', to: '75.6%', expect: ['score.rule'] },
  { file: f001, line: 1657, from: '\t4.75\n', to: '\t4.5\n', expect: ['score.rule', 'score.renormalised'] },
  { file: f001, line: 1626, from: '资金到位率100%', to: '资金到位率90%', expect: ['score.rule'] },
  // A total stated on an earlier line (三公, line 94) and its parts and shares on line 96.
  {
    file: f001,
    line: 94,
    from: '决算为43.16万元',
    to: '决算为44.16万元',
    expect: ['sum.parts', 'share.percent'],
  },
  // Counts stated twice.
  { file: f001, line: 1129, from: '政府采购项目共2个', to: '政府采购项目共3个', expect: ['count.restated'] },
  { file: f001, line: 1336, from: '政府采购项目共5个', to: '政府采购项目共4个', expect: ['count.restated'] },
  // The document's year: comparisons are with the year before.
  { file: f001, line: 45, from: '与2019年相比', to: '与2018年相比', expect: ['year.mismatch'] },
  { file: f000, line: 121, from: '截至2020年12月31日', to: '截至2021年12月31日', expect: ['year.mismatch'] },
  {
    file: f001,
    line: 94,
    from: '“三公”经费财政拨款支出决算中',
    to: '“三公”经费财政拨款支出决算中',
    expect: [],
  },
];

function apply(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const start = m.line - 1;
  const rest = lines.slice(start).join('\n');
  const at = rest.indexOf(m.from);
  if (at < 0) throw new Error(`mutation not applicable at line ${m.line}: ${m.from}`);
  return [...lines.slice(0, start), rest.slice(0, at) + m.to + rest.slice(at + m.from.length)].join('\n');
}

describe('mutation test over the seeds', () => {
  const texts: Record<string, string> = { [f000]: t000, [f001]: t001, [f004]: t004 };
  const baseline = Object.fromEntries(
    Object.entries(texts).map(([f, t]) => [f, new Set(checkText(t).map(key))]),
  );

  it('flags each changed figure’s claim and nothing the figure does not break', () => {
    let caught = 0;
    let applicable = 0;
    const misses: string[] = [];
    const extras: string[] = [];
    for (const m of mutations) {
      if (m.expect.length === 0) continue;
      applicable++;
      const found = checkText(apply(texts[m.file]!, m)).filter(
        (f) => !baseline[m.file]!.has(key(f)) && f.severity !== 'note',
      );
      if (found.some((f) => m.expect.includes(f.rule))) caught++;
      else misses.push(`${m.file}:${m.line} ${m.from} → ${m.to}`);
      for (const f of found)
        if (!m.expect.includes(f.rule)) extras.push(`${m.file}:${m.line} ${m.to}: ${f.rule} at ${f.line}`);
    }
    const recall = caught / applicable;
    console.log(`mutation recall: ${caught}/${applicable} = ${(recall * 100).toFixed(1)}%`);
    if (misses.length) console.log('missed:', misses);
    expect(applicable).toBeGreaterThan(60);
    expect(extras).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(0.97);
  });

  it('reports nothing new when the text is left unchanged', () => {
    const m = mutations[mutations.length - 1]!;
    const found = checkText(apply(texts[m.file]!, m)).filter((f) => !baseline[m.file]!.has(key(f)));
    expect(found).toEqual([]);
  });
});
