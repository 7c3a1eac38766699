/**
 * Every evaluation document rendered from the seeds' data in both formats, read back (mammoth for DOCX,
 * pdftotext for PDF) and checked: zero error findings, and the figures and labels are where they belong.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { leaves } from '../../domain/indicators/index.ts';
import { checkLines } from '../../domain/checks/index.ts';
import { PdfRenderer } from '../pdf/render-pdf.ts';
import { extractRendered } from '../self-check.ts';
import { renderDocx } from '../docx/render-docx.ts';
import { cell, type DocumentModel } from '../model.ts';
import { seed001Procurement, seed004, SAMPLE_APPROVALS } from './fixtures/seed-documents.ts';
import {
  buildEvaluationDocument,
  EVALUATION_DOCUMENT_KINDS,
  renderEvaluationDocument,
  type DocumentFormat,
  type EvaluationDocumentData,
  type EvaluationDocumentKind,
} from './index.ts';

const pdf = new PdfRenderer();
afterAll(() => pdf.close());

const SEEDS: Array<[string, () => EvaluationDocumentData]> = [
  ['004', () => ({ ...seed004(), approvals: SAMPLE_APPROVALS })],
  ['001 政府采购专项业务费', seed001Procurement],
];

type Rendered = { text: string; errors: string[]; fileName: string };

/**
 * Text for content assertions: the DOCX as the checker reads it; the PDF with `pdftotext -raw`, which keeps
 * Chromium's content order (cell by cell), where -layout (used by the checker) interleaves wrapped cells.
 */
async function contentText(bytes: Buffer, format: DocumentFormat): Promise<string> {
  if (format === 'docx') return (await extractRendered(bytes, format)).map((l) => l.text).join('\n');
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-test-'));
  try {
    await writeFile(join(dir, 'd.pdf'), bytes);
    const { stdout } = await promisify(execFile)('pdftotext', [
      '-raw',
      '-enc',
      'UTF-8',
      join(dir, 'd.pdf'),
      '-',
    ]);
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
const cache = new Map<string, Promise<Rendered>>();

function render(seed: string, kind: EvaluationDocumentKind, format: DocumentFormat): Promise<Rendered> {
  const key = `${seed}/${kind}/${format}`;
  if (!cache.has(key)) {
    const data = SEEDS.find(([n]) => n === seed)![1]();
    cache.set(
      key,
      (async () => {
        const r = await renderEvaluationDocument(kind, data, format, { pdf });
        return {
          text: await contentText(r.bytes, format),
          errors: r.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}: ${f.message}`),
          fileName: r.fileName,
        };
      })(),
    );
  }
  return cache.get(key)!;
}

/** Text without the spaces/tabs pdftotext and mammoth put between cells and characters. */
const squash = (t: string): string => t.replace(/[\s\u3000]+/g, '');
const count = (text: string, needle: string): number => text.split(needle).length - 1;

describe.each(['docx', 'pdf'] as const)('every evaluation document as %s', (format) => {
  it.each(SEEDS.flatMap(([seed]) => EVALUATION_DOCUMENT_KINDS.map((kind) => [seed, kind] as const)))(
    '%s %s renders, reads back and passes the checker with no error',
    async (seed, kind) => {
      const r = await render(seed, kind, format);
      expect(r.errors).toEqual([]);
      expect(r.fileName.endsWith(`.${format}`)).toBe(true);
      expect(squash(r.text).length).toBeGreaterThan(100);
    },
    90_000,
  );

  it('004 评分表: all 20 三级 indicators, 一级 merged once with its weight, total 98.50 and 优', async () => {
    const t = await render('004', 'score-table', format);
    const flat = squash(t.text);
    const names = leaves(seed004().evaluation!.template).map((l) => l.node.name);
    expect(names).toHaveLength(20);
    for (const n of names) expect(flat).toContain(n);
    for (const g of ['项目决策（20分）', '项目管理（25分）', '项目绩效（55分）'])
      expect(count(flat, g)).toBe(1);
    expect(flat).toContain('98.50');
    expect(flat).toMatch(/评价等次优/);
    expect(flat).toContain('计分与舍入：精确计算');
  }, 90_000);

  it('004 评价人员: 99.00 and 98.00, 平均得分 98.50, 优, the 组长 signature line', async () => {
    const flat = squash((await render('004', 'panel-sheet', format)).text);
    expect(flat).toContain('谭国伟');
    expect(flat).toContain('99.00');
    expect(flat).toContain('98.00');
    expect(flat).toMatch(/平均得分98\.50/);
    expect(flat).toContain('（99.00＋98.00）÷2＝98.50分');
    expect(flat).toContain('最终得分为98.50分，评价等次为优');
    expect(flat).toContain('评价工作组组长（签字并单位盖章）');
    expect(flat).toContain('2021年5月20日');
  }, 90_000);

  it('004 自评报告: sections 一 to 六 in order, 195.01 / 87.44 → 44.84% (the seed printed 44.83), 98.50 优, the approval trail', async () => {
    const flat = squash((await render('004', 'self-evaluation-report', format)).text);
    const sections = [
      '一、基本情况',
      '二、评价工作开展情况',
      '三、综合评价结论',
      '四、绩效评价分析',
      '五、存在的主要问题',
      '六、相关措施建议',
    ];
    const at = sections.map((s) => flat.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(flat).toContain('预算数195.01万元，执行数87.44万元，完成预算的44.84%');
    expect(flat).toContain('2位评价人员评分分别为99.00分、98.00分，取平均值，自评得分98.50分，评价等次为优');
    expect(flat).toContain('项目决策得分19.00分');
    expect(flat).toContain('项目管理得分24.50分');
    expect(flat).toContain('已完成2项，未完成0项');
    expect(flat).toContain('加强单位微信公众号管理'.slice(2, 8));
    expect(flat).toContain('审核意见');
    expect(flat).toContain('主任审核');
    expect(flat).toContain('2021年5月19日');
  }, 90_000);

  it('001 评分表: 完成成本、生态效益、可持续效益 excluded, 基础得分 67.76 ÷ 70 × 100 = 96.80 in the 合计 row, 优', async () => {
    const flat = squash((await render('001 政府采购专项业务费', 'score-table', format)).text);
    expect(flat).toContain('剔除未设定的完成成本、生态效益、可持续效益共3项（30分）');
    expect(flat).toContain('合计得分67.76分÷剔除后总分70分×100＝96.80分');
    expect(flat).toMatch(/合计10096\.80/);
    expect(flat).toContain('4.76');
    expect(flat).not.toContain('96.78');
    expect(count(flat, '项目绩效（70分）')).toBe(1);
  }, 90_000);

  it('001 自评表: 224.47 / 234.66 → 104.54%, 其他资金 10.19, unset 二级 printed as 未设定, 6 indicators all met', async () => {
    const flat = squash((await render('001 政府采购专项业务费', 'project-sheet', format)).text);
    expect(flat).toContain('224.47');
    expect(flat).toContain('234.66');
    expect(flat).toContain('104.54%');
    expect(flat).toContain('10.19');
    expect(count(flat, '（未设定）')).toBe(4);
    expect(flat).toContain('共设置三级指标6项，已完成6项，未完成0项');
    expect(count(flat, '完成指标')).toBe(1);
  }, 90_000);

  it('001 自评报告 names the excluded indicators and the renormalised score', async () => {
    const flat = squash((await render('001 政府采购专项业务费', 'self-evaluation-report', format)).text);
    expect(flat).toContain(
      '剔除未设定的绩效目标完成成本、生态效益、可持续效益共3个指标后，自评得分96.80分，评价等次为优',
    );
    expect(flat).toContain('预算数224.47万元，执行数234.66万元，完成预算的104.54%');
    expect(flat).toContain('其他资金10.19万元');
  }, 90_000);
});

describe('DOCX structure', () => {
  it('merges 一级 and 二级 cells vertically (rowspan in the read-back) and writes the font fallbacks', async () => {
    const built = buildEvaluationDocument('score-table', seed004());
    const bytes = await renderDocx(built.model);
    const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
    expect(html).toContain('<td rowspan="5"><p>项目决策（20分）</p></td>');
    expect(html).toContain('<td rowspan="6"><p>项目管理（25分）</p></td>');
    expect(html).toContain('<td rowspan="9"><p>项目绩效（55分）</p></td>');
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(bytes);
    const doc = await zip.file('word/document.xml')!.async('string');
    // A4 with 37 / 35 / 28 / 26 mm margins, in twips.
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc).toMatch(/w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(doc).toContain('w:eastAsia="仿宋_GB2312"');
    expect(doc).toContain('w:eastAsia="方正小标宋简体"');
    const fonts = await zip.file('word/fontTable.xml')!.async('string');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="FangSong"/>');
    const footer = Object.keys(zip.files).find((f) => /word\/footer\d*\.xml/.test(f))!;
    const footerXml = await zip.file(footer)!.async('string');
    expect(footerXml).toContain('PAGE');
    expect(footerXml).toContain('— ');
  });
});

describe('self-check', () => {
  it('catches a figure that disagrees with its table once rendered (a tampered 合计)', async () => {
    const built = buildEvaluationDocument('score-table', seed004());
    const table = built.model.blocks.find((b) => b.kind === 'table')!;
    if (table.kind !== 'table') throw new Error('no table');
    const tampered: DocumentModel = {
      ...built.model,
      blocks: [
        {
          ...table,
          rows: table.rows.map((r) =>
            r.cells[0]?.text === '合计' ? { cells: [r.cells[0], cell('100'), cell('97.50'), cell('')] } : r,
          ),
        },
      ],
    };
    const lines = await extractRendered(await renderDocx(tampered), 'docx');
    const findings = checkLines(lines, { year: 2020 });
    expect(
      findings.some((f) => f.severity === 'error' && f.rule === 'score.sum' && f.found === '97.50'),
    ).toBe(true);
  });

  it('reports an indicator nobody can judge, and a missing deviation reason, as data notes', () => {
    const data = seed001Procurement();
    data.project!.indicators[0] = { ...data.project!.indicators[0]!, actual: '400' };
    data.project!.indicators[2] = { ...data.project!.indicators[2]!, actual: '基本达标' };
    const built = buildEvaluationDocument('project-sheet', data);
    expect(built.notes.map((n) => n.rule).sort()).toEqual([
      'document.goal-undetermined',
      'document.reason-missing',
    ]);
    const text = JSON.stringify(built.model);
    expect(text).toContain('已完成4项，未完成1项，其余1项未作判断');
    // No placeholder on paper: the missing reason and the judgement are in the notes, the cells stay blank.
    expect(text).not.toContain('未填写偏差原因');
    expect(text).not.toContain('人工判断');
  });

  it('refuses a report without its narrative, with a Chinese message', () => {
    const data = seed004();
    delete data.narrative;
    expect(() => buildEvaluationDocument('self-evaluation-report', data)).toThrow(
      '生成“项目支出绩效自评报告”需要报告文字（narrative）。',
    );
  });
});

describe('totals that add up as printed (presentation rule)', () => {
  // Three indicators of 33.335% × 30: each prints 10.00, the exact total 30.0015 prints 30.00 — fine; with a
  // fourth of 3.3335 the exact total 33.335 prints 33.34 while the printed parts add to 33.33.
  const evaluation = (rounding: 'exact' | 'round-scores-first'): EvaluationDocumentData['evaluation'] => ({
    title: '舍入测试评分表',
    template: {
      id: 'r',
      name: '舍入测试',
      kind: 'project',
      version: 1,
      grades: [
        { grade: '优', min: '90' },
        { grade: '差', min: '0' },
      ],
      rounding: { mode: rounding, places: 2 },
      levelNames: ['类别', '一级指标', '二级指标', '三级指标'],
      indicators: [
        {
          id: 'budget',
          name: '预算执行',
          weight: '10',
          rule: { kind: 'ratio', basis: 'rate' },
          ruleText: '预算执行率×分值',
        },
        {
          id: 'perf',
          name: '绩效指标',
          weight: '90',
          children: [
            {
              id: 'out',
              name: '产出指标',
              weight: '90',
              children: [
                {
                  id: 'q',
                  name: '数量指标',
                  weight: '90',
                  children: ['a', 'b', 'c'].map((id) => ({
                    id,
                    name: `指标${id}`,
                    weight: '30',
                    rule: { kind: 'ratio' as const, basis: 'rate' as const },
                    ruleText: '完成比例×分值',
                  })),
                },
              ],
            },
          ],
        },
      ],
    },
    inputs: Object.fromEntries(['budget', 'a', 'b', 'c'].map((id) => [id, { rate: '33.335%' }])),
    sheets: [{ evaluator: { name: '甲' } }],
  });

  it('prints the rounding note under a 评分表 whose printed scores do not add up to its 合计', async () => {
    const built = buildEvaluationDocument('score-table', { evaluation: evaluation('exact') });
    const docx = await renderDocx(built.model);
    const text = (await extractRendered(docx, 'docx')).map((l) => l.text).join('\n');
    expect(text).toMatch(/合计\t+100\t33\.34/);
    expect(text).toContain('各项显示值之和为33.33分，相差0.01分，系四舍五入所致');
    // Four levels, headed by the template's own level names.
    expect(text).toContain('类别\t一级指标\t二级指标\t三级指标\t计分规则\t分值\t得分\t评分说明');
  });

  it('needs no note when each score is rounded first (round-scores-first), and names that policy', async () => {
    const built = buildEvaluationDocument('score-table', { evaluation: evaluation('round-scores-first') });
    const text = JSON.stringify(built.model);
    expect(text).toContain('各指标得分先四舍五入保留2位小数，再相加得出合计');
    expect(text).not.toContain('系四舍五入所致');
    expect(text).toContain('"text":"33.33"');
  });

  it('prints no total and no grade while an indicator is unscored, and notes which', () => {
    const ev = evaluation('exact')!;
    delete ev.inputs['c'];
    const built = buildEvaluationDocument('score-table', { evaluation: ev });
    const rows = (built.model.blocks[0] as { rows: Array<{ cells: Array<{ text: string }> }> }).rows;
    const total = rows.find((r) => r.cells[0]!.text === '合计')!;
    expect(total.cells.slice(1).map((c) => c.text)).toEqual(['100', '', '']);
    expect(rows.find((r) => r.cells[0]!.text === '评价等次')!.cells[1]!.text).toBe('');
    expect(built.notes.map((n) => n.message)).toEqual([expect.stringContaining('指标c')]);
    expect(JSON.stringify(built.model)).not.toContain('尚未填写');
  });
});
