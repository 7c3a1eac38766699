/**
 * Scores 10,000 project evaluations of 20 indicators each (mixed rule kinds, one evaluator, not-set
 * indicators in some) and prints the time and peak memory. Target: under 2 s on one core.
 */
import { evaluate, type Evaluation } from '../src/domain/scoring/index.ts';
import type { IndicatorNode, IndicatorTemplate } from '../src/domain/indicators/index.ts';
import { loadAverage } from './support.ts';

const EVALUATIONS = 10_000;

function leaf(i: number): IndicatorNode {
  const id = `i${i}`;
  const kinds: IndicatorNode['rule'][] = [
    { kind: 'yes-no' },
    { kind: 'ratio', basis: 'rate' },
    { kind: 'ratio', basis: 'actual-over-target' },
    { kind: 'direction', direction: 'higher' },
    { kind: 'direction', direction: 'lower' },
    {
      kind: 'tiers',
      tiers: [
        { max: '60', points: '0' },
        { min: '60', minInclusive: false, max: '90', points: '3' },
        { min: '90', minInclusive: false, points: 'full' },
      ],
    },
    { kind: 'formula', expression: '(1 - 10 × 调剂 / 预算) × W', variables: ['调剂', '预算'] },
    {
      kind: 'parts',
      parts: [
        { label: '甲', points: '3' },
        { label: '乙', points: '2' },
      ],
    },
    { kind: 'manual' },
    { kind: 'budget-execution' },
  ];
  return { id, name: `指标${i}`, weight: '5', rule: kinds[i % kinds.length]! };
}

function template(): IndicatorTemplate {
  const children = Array.from({ length: 20 }, (_, i) => leaf(i));
  return {
    id: 'bench',
    name: '基准测试指标体系',
    kind: 'project',
    version: 1,
    grades: [
      { grade: '优', min: '90' },
      { grade: '良', min: '80' },
      { grade: '中', min: '60' },
      { grade: '差', min: '0' },
    ],
    rounding: { mode: 'exact', places: 2 },
    indicators: [
      { id: 'a', name: '产出指标', weight: '50', children: children.slice(0, 10) },
      { id: 'b', name: '效益指标', weight: '50', children: children.slice(10) },
    ],
  };
}

function evaluation(t: IndicatorTemplate, k: number): Evaluation {
  const inputs: Evaluation['inputs'] = {};
  const scores: Record<string, { score: string; problem?: string; suggestion?: string }> = {};
  for (let i = 0; i < 20; i++) {
    const id = `i${i}`;
    const v = (k * 7 + i * 13) % 100;
    switch (i % 10) {
      case 0:
        inputs[id] = { met: v > 20 };
        break;
      case 1:
        inputs[id] = { rate: `${v}.5%` };
        break;
      case 2:
        inputs[id] = { target: '300台', actual: `已完成，完成${200 + v}台电脑保障` };
        break;
      case 3:
        inputs[id] = { target: '≥98%', actual: `${90 + (v % 10)}%` };
        break;
      case 4:
        inputs[id] = { target: '≤10次', actual: `${v % 25}次` };
        break;
      case 5:
        inputs[id] = { value: `${v}%` };
        break;
      case 6:
        inputs[id] = { values: { 调剂: `${v}.12`, 预算: '8012.78' } };
        break;
      case 7:
        inputs[id] = { parts: [v % 2 === 0, v % 3 === 0] };
        break;
      case 8:
        scores[id] = { score: '4', problem: '存在问题', suggestion: '有关建议' };
        break;
      case 9:
        inputs[id] = { executed: `${100 + v}.37`, budget: '180.00' };
        break;
    }
  }
  if (k % 5 === 0) inputs['i19'] = { notSet: true, reason: '未设定' };
  scores['i1'] = { score: '4.5' };
  return {
    template: t,
    inputs,
    sheets: [{ evaluator: { name: '评价人员' }, scores, given: { total: '80' } }],
  };
}

export default async function bench(): Promise<void> {
  console.log(`load average before: ${loadAverage()}`);
  const t = template();
  const evaluations = Array.from({ length: EVALUATIONS }, (_, k) => evaluation(t, k));
  global.gc?.();
  let peakHeap = process.memoryUsage().heapUsed;
  let peakRss = process.memoryUsage().rss;
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  let graded = 0;
  for (let k = 0; k < evaluations.length; k++) {
    const r = evaluate(evaluations[k]!);
    if (r.final.grade) graded++;
    if (k % 500 === 0) {
      const m = process.memoryUsage();
      peakHeap = Math.max(peakHeap, m.heapUsed);
      peakRss = Math.max(peakRss, m.rss);
    }
  }
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const mb = (b: number): string => `${Math.round(b / 1024 / 1024)} MB`;
  console.log(
    `scoring: ${graded} evaluations × 20 indicators in ${(ms / 1000).toFixed(2)} s ` +
      `(${Math.round(EVALUATIONS / (ms / 1000))}/s, CPU ${(cpuMs / 1000).toFixed(2)} s incl. GC threads); peak heap ${mb(peakHeap)}, peak RSS ${mb(peakRss)}; target < 2 s ${ms < 2000 ? 'met' : 'MISSED'}`,
  );
}
