/**
 * The 决算情况说明: one full explanation DOCX with its seven charts (target < 1 s), then 100 units'
 * explanations in sequence (target < 60 s on this 2-core machine), each with its charts drawn once and
 * the file read back through the checker. Prints the times and the peak resident memory.
 */
import { seed000 } from '../src/domain/accounts/fixtures/seed000.ts';
import { seed001 } from '../src/domain/accounts/fixtures/seed001.ts';
import { generateExplanation, type FinalAccounts } from '../src/domain/accounts/index.ts';
import {
  buildAccountsExplanation,
  renderAccountsAppendix,
  renderAccountsCharts,
  renderAccountsExplanation,
} from '../src/documents/accounts/index.ts';
import { renderDocx } from '../src/documents/docx/render-docx.ts';

let peak = 0;
const sample = (): void => {
  peak = Math.max(peak, process.memoryUsage().rss);
};

function ms(from: number): string {
  return `${(performance.now() - from).toFixed(0)} ms`;
}

function stats(label: string, times: number[]): void {
  const sorted = [...times].sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(
    `${label.padEnd(40)} n=${String(times.length).padStart(3)}  mean ${mean.toFixed(0).padStart(5)} ms  median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0).padStart(5)} ms  max ${sorted[sorted.length - 1]!.toFixed(0).padStart(5)} ms`,
  );
}

/** Unit i of the batch: seed 000 or 001 under another name (every unit's charts are drawn afresh). */
function unit(i: number): FinalAccounts {
  const base = i % 2 === 0 ? seed000 : seed001;
  return { ...base, unit: { ...base.unit, name: `${base.unit.name}（第${i + 1}单位）` } };
}

export default async function bench(): Promise<void> {
  const timer = setInterval(sample, 50);
  try {
    // Warm-up: module loading, ECharts, resvg, docx.
    await renderAccountsExplanation(seed001, 'docx', { detailNumbering: 'nested' });

    const parts = {
      explanation: [] as number[],
      charts: [] as number[],
      docx: [] as number[],
      total: [] as number[],
      check: [] as number[],
    };
    for (let i = 0; i < 10; i++) {
      let t = performance.now();
      const e = generateExplanation(seed001, { detailNumbering: 'nested' });
      parts.explanation.push(performance.now() - t);
      t = performance.now();
      const charts = renderAccountsCharts(e.charts);
      parts.charts.push(performance.now() - t);
      t = performance.now();
      await renderDocx(buildAccountsExplanation(seed001, { detailNumbering: 'nested', charts }).model);
      parts.docx.push(performance.now() - t);
      t = performance.now();
      await renderAccountsExplanation(seed001, 'docx', { detailNumbering: 'nested', skipSelfCheck: true });
      parts.total.push(performance.now() - t);
      t = performance.now();
      await renderAccountsExplanation(seed001, 'docx', { detailNumbering: 'nested' });
      parts.check.push(performance.now() - t);
      sample();
    }
    console.log('seed 001 (部门决算, 24 项, 7 charts):');
    stats('  generate explanation (domain)', parts.explanation);
    stats('  draw 图1–图7 (ECharts SVG + resvg PNG)', parts.charts);
    stats('  model + DOCX with the 7 charts', parts.docx);
    stats('  full DOCX (explanation+charts+DOCX)', parts.total);
    stats('  full DOCX + self-check (mammoth+checker)', parts.check);

    let t = performance.now();
    await renderAccountsAppendix(seed001);
    console.log(`附表 XLSX (9 sheets)                     ${ms(t)}`);

    const n = 100;
    t = performance.now();
    let bytes = 0;
    let errors = 0;
    for (let i = 0; i < n; i++) {
      const r = await renderAccountsExplanation(unit(i), 'docx', {
        detailNumbering: i % 2 === 0 ? 'flat' : 'nested',
      });
      bytes += r.bytes.length;
      errors += r.findings.filter((f) => f.severity === 'error').length;
      sample();
    }
    const total = performance.now() - t;
    console.log(
      `${n} units' explanations (DOCX, charts, self-check): ${(total / 1000).toFixed(1)} s in all, ${(total / n).toFixed(0)} ms per unit, ${(bytes / n / 1024).toFixed(0)} KiB per file, ${errors} error findings`,
    );
    sample();
    console.log(`peak RSS ${(peak / 1024 / 1024).toFixed(0)} MiB`);
  } finally {
    clearInterval(timer);
  }
}
