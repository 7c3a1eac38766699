/**
 * Renders seeds/004's 项目支出绩效自评报告 (with its 20-indicator 评分表 and an approval trail) as DOCX
 * and as PDF, and prints the time per document: build, render, and the self-check (read back + checker)
 * separately. PDF uses one shared Chromium; its start-up is timed apart from the renders.
 */
import { buildEvaluationDocument, renderEvaluationDocument } from '../src/documents/evaluation/index.ts';
import { seed004, SAMPLE_APPROVALS } from '../src/documents/evaluation/fixtures/seed-documents.ts';
import { renderDocx } from '../src/documents/docx/render-docx.ts';
import { PdfRenderer } from '../src/documents/pdf/render-pdf.ts';
import { selfCheck } from '../src/documents/self-check.ts';

const ROUNDS = { docx: 20, pdf: 5 };

function ms(from: number): number {
  return performance.now() - from;
}

function line(label: string, times: number[]): void {
  const sorted = [...times].sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(
    `${label.padEnd(34)} n=${String(times.length).padStart(3)}  mean ${mean.toFixed(0).padStart(5)} ms  median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0).padStart(5)} ms  max ${sorted[sorted.length - 1]!.toFixed(0).padStart(5)} ms`,
  );
}

export default async function bench(): Promise<void> {
  const data = { ...seed004(), approvals: SAMPLE_APPROVALS };

  let t = performance.now();
  const built = buildEvaluationDocument('self-evaluation-report', data);
  console.log(`build model (evaluate + figures)   ${ms(t).toFixed(1)} ms`);

  const docx: number[] = [];
  const docxCheck: number[] = [];
  let bytes: Buffer = Buffer.alloc(0);
  for (let i = 0; i < ROUNDS.docx; i++) {
    t = performance.now();
    bytes = await renderDocx(built.model);
    docx.push(ms(t));
    t = performance.now();
    await selfCheck(bytes, 'docx', { year: 2020 });
    docxCheck.push(ms(t));
  }
  line('DOCX render', docx);
  line('DOCX self-check (mammoth+checker)', docxCheck);
  console.log(`DOCX size ${(bytes.length / 1024).toFixed(1)} KiB`);

  const pdf = new PdfRenderer();
  try {
    t = performance.now();
    await pdf.render({ html: '<p>warm-up</p>' });
    console.log(`Chromium start + first page        ${ms(t).toFixed(0)} ms`);
    const pdfTimes: number[] = [];
    const pdfCheck: number[] = [];
    for (let i = 0; i < ROUNDS.pdf; i++) {
      t = performance.now();
      bytes = await pdf.render(built.model);
      pdfTimes.push(ms(t));
      t = performance.now();
      await selfCheck(bytes, 'pdf', { year: 2020 });
      pdfCheck.push(ms(t));
    }
    line('PDF render (Chromium)', pdfTimes);
    line('PDF self-check (pdftotext+checker)', pdfCheck);
    console.log(`PDF size ${(bytes.length / 1024).toFixed(1)} KiB`);

    t = performance.now();
    await Promise.all(
      Array.from({ length: 4 }, () =>
        renderEvaluationDocument('self-evaluation-report', data, 'pdf', { pdf }),
      ),
    );
    console.log(
      `4 reports queued on one browser    ${ms(t).toFixed(0)} ms in all (end to end, with self-check)`,
    );
  } finally {
    await pdf.close();
  }
}
