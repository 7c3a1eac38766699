/**
 * The 决算情况说明 of seeds 000 and 001 rendered from the fixtures as DOCX and PDF, read back (mammoth /
 * pdftotext) and checked: zero error findings, the key figures in the text (the corrected ones where the
 * seeds are wrong), the seven charts embedded, the detail tables present. The 附表 workbook read back
 * with exceljs.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { seed000 } from '../../domain/accounts/fixtures/seed000.ts';
import { seed001 } from '../../domain/accounts/fixtures/seed001.ts';
import { generateExplanation } from '../../domain/accounts/index.ts';
import { PdfRenderer } from '../pdf/render-pdf.ts';
import { extractRendered } from '../self-check.ts';
import { chartCharacters } from './chart-font/chart-chars.ts';
import { missingChartGlyphs } from './chart-raster.ts';
import { chartIsEmpty } from './template-document.ts';
import {
  APPENDIX_SHEETS,
  joinWrappedPdfLines,
  renderAccountsAppendix,
  renderAccountsCharts,
  renderAccountsExplanation,
} from './index.ts';

const pdf = new PdfRenderer();
afterAll(() => pdf.close());

const CASES = [
  {
    name: '000',
    fa: seed000,
    numbering: 'flat' as const,
    // 233.72 总计; 11.80 / 19.49 are 万元 (the seed printed 元); 98.26 (seed 98.25); 31.68万元 (seed "31.68元").
    must: [
      '233.72万元',
      '减少14.41万元，下降5.81%',
      '支出决算为11.80万元',
      '支出决算为19.49万元',
      '完成预算98.26%',
      '执行数为31.68万元',
      '基本支出190.34万元，占81.44%',
    ],
    mustNot: ['11.80元', '19.49元', '完成预算98.25%', '商务事务', '住房补贴（项）'],
  },
  {
    name: '001',
    fa: seed001,
    numbering: 'nested' as const,
    // 10.65% (seed 10.64, truncated), 39.99/60.01 (seed 40/60), 8197.23 throughout.
    must: [
      '8197.23万元',
      '增加788.78万元，增长10.65%',
      '基本支出3192.77万元，占39.99%',
      '项目支出4792.07万元，占60.01%',
      '43.16万元',
      '越野车0辆',
      '7734.75万元',
    ],
    mustNot: ['增长10.64%', '8197.22', '完成预算%', '越野车.辆'],
  },
];

const squash = (s: string): string => s.replace(/[ \u00a0]+/g, '');

describe.each(CASES)('决算情况说明 of seed $name', ({ fa, numbering, must, mustNot }) => {
  it.each(['docx', 'pdf'] as const)(
    'renders as %s with no error finding and the key figures in its text',
    async (format) => {
      const r = await renderAccountsExplanation(fa, format, { detailNumbering: numbering, pdf });
      expect(r.contentType).toContain(format === 'docx' ? 'wordprocessingml' : 'pdf');
      expect(r.fileName).toBe(
        `${fa.unit.name}${fa.year}年度${fa.scope === 'department' ? '部门' : '单位'}决算情况说明.${format}`,
      );
      const errors = r.findings.filter((f) => f.severity === 'error');
      expect(errors, JSON.stringify(errors, null, 1)).toEqual([]);
      const lines = await extractRendered(r.bytes, format);
      const text = squash(
        (format === 'pdf' ? joinWrappedPdfLines(lines) : lines).map((l) => l.text).join('\n'),
      );
      for (const m of must) expect(text).toContain(m);
      for (const m of mustNot) expect(text).not.toContain(m);
      for (const heading of [
        '一、收入支出决算总体情况说明',
        '五、一般公共预算财政拨款支出决算情况说明',
        '（三）一般公共预算财政拨款支出决算具体情况',
        '七、“三公”经费财政拨款支出决算情况说明',
        '十、其他重要事项的情况说明',
        '名词解释',
      ]) {
        expect(text).toContain(heading);
      }
      // Captions of the seven charts, and the two detail tables.
      for (let i = 1; i <= 7; i++) expect(text).toContain(`（图${i}：`);
      expect(text).toContain('一般公共预算财政拨款支出决算明细表');
      expect(text).toContain('“三公”经费财政拨款支出决算表');
      if (format === 'docx') {
        const zip = await JSZip.loadAsync(r.bytes);
        const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/') && f.endsWith('.png'));
        // A chart whose values are all zero (seed 000's 三公: nothing spent) is a sentence, not a picture.
        const drawn = r.explanation.charts.filter((c) => !chartIsEmpty(c)).length;
        expect(drawn).toBe(fa === seed000 ? 6 : 7);
        expect(media).toHaveLength(drawn);
      }
    },
  );
});

describe('reading a PDF back', () => {
  it('joins wrapped lines, drops page numbers and puts a displaced number back in front', () => {
    const lines = [
      '    截至2020年12月底，单位共有公务用车7辆，其中：轿车6辆、越野车0辆、载客',
      '',
      '               —10—',
      '汽车1辆。',
      '    社会保障和就业（类）行政事业单位养老支出（款）',
      '        3.1.2',
      '机关事业单位基本养老保险缴费支出（项）：支出决算为125.10',
      '合计                          43.16     43.16         100.00',
    ];
    expect(joinWrappedPdfLines(lines.map((text) => ({ text }))).map((l) => l.text)).toEqual([
      '    截至2020年12月底，单位共有公务用车7辆，其中：轿车6辆、越野车0辆、载客汽车1辆。',
      '    3.1.2社会保障和就业（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：支出决算为125.10',
      '合计                          43.16     43.16         100.00',
    ]);
  });
});

describe('detail tables', () => {
  it('list every 项 of seed 001 with 预算数, 决算数 and 完成预算 (万元, 2 decimals), and the 三公 parts', async () => {
    const r = await renderAccountsExplanation(seed001, 'docx', { detailNumbering: 'nested' });
    const rows = (await extractRendered(r.bytes, 'docx')).map((l) => l.text);
    expect(rows).toContain('2010350\t事业运行\t3915.32\t3915.32\t100.00');
    expect(rows).toContain('221\t住房保障\t201.97\t201.97\t100.00');
    expect(rows.find((l) => l.startsWith('合计\t') && l.includes('7734.75'))).toBeDefined();
    expect(rows).toContain('2.公务用车购置及运行维护费\t42.85\t42.85\t100.00');
    expect(rows).toContain('1.因公出国（境）费\t0.00\t0.00\t—');
  });

  it("state 000's 三公 gap: 0.30万元 budgeted for 公务接待, nothing spent (完成预算0.00%)", async () => {
    const r = await renderAccountsExplanation(seed000, 'docx', { detailNumbering: 'flat' });
    const rows = (await extractRendered(r.bytes, 'docx')).map((l) => l.text);
    expect(rows).toContain('3.公务接待费\t0.30\t0.00\t0.00');
    expect(rows).toContain('2011350\t事业运行\t118.99\t117.79\t98.99');
  });
});

describe('charts', () => {
  it('has every character a chart can print in the chart font subset (rebuild it when the catalogue grows)', () => {
    const built = new Set(
      readFileSync(new URL('./chart-font/chart-font.chars.txt', import.meta.url), 'utf8'),
    );
    expect([...chartCharacters()].filter((c) => !built.has(c))).toEqual([]);
    expect(missingChartGlyphs('<text>住房保障（类）31.29万元（13.39%）</text>')).toEqual([]);
    expect(missingChartGlyphs('<text>龘</text>')).toEqual(['龘']);
  });

  it('draws 图1–图7 of seed 001 as PNG images at print resolution', () => {
    const images = renderAccountsCharts(generateExplanation(seed001).charts);
    expect(images.map((i) => i.caption)).toEqual([
      '图1：收、支决算总计变动情况',
      '图2：收入决算结构',
      '图3：支出决算结构',
      '图4：财政拨款收、支决算总计变动情况',
      '图5：一般公共预算财政拨款支出决算变动情况',
      '图6：一般公共预算财政拨款支出决算结构',
      '图7：“三公”经费财政拨款支出结构',
    ]);
    for (const img of images) {
      expect(img.png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(img.png.readUInt32BE(16)).toBe(1600);
    }
  });
});

describe('附表 workbook', () => {
  async function read(fa: typeof seed000): Promise<ExcelJS.Workbook> {
    const { bytes, fileName } = await renderAccountsAppendix(fa);
    expect(fileName).toMatch(/决算公开附表\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    return wb;
  }
  const text = (ws: ExcelJS.Worksheet, ref: string): string => {
    const v = ws.getCell(ref).value;
    if (typeof v === 'number') return v.toFixed(2);
    if (v && typeof v === 'object' && 'result' in v) return String(v.result);
    return String(v ?? '');
  };

  it("holds the standard tables with merged headers, 万元 at 2 decimals, agreeing with seed 001's text", async () => {
    const wb = await read(seed001);
    expect(wb.worksheets.map((w) => w.name)).toEqual(APPENDIX_SHEETS.map((s) => s.slice(0, 31)));
    const summary = wb.getWorksheet('收入支出决算总表')!;
    expect(text(summary, 'A1')).toBe('收入支出决算总表');
    expect(summary.getCell('A4').isMerged && summary.getCell('B4').master.address).toBe('A4');
    expect(text(summary, 'A4')).toBe('收入');
    expect(text(summary, 'C4')).toBe('支出');
    const rows = summary
      .getSheetValues()
      .map((r) =>
        Array.isArray(r)
          ? r.slice(1).map((v) => (typeof v === 'number' ? v.toFixed(2) : String(v ?? '')))
          : [],
      );
    expect(rows).toContainEqual(['本年收入合计', '7865.60', '本年支出合计', '7984.83']);
    expect(rows).toContainEqual(['总计', '8197.23', '总计', '8197.23']);
    expect(summary.getCell('B6').numFmt).toBe('0.00');

    const general = wb.getWorksheet('一般公共预算财政拨款支出决算表')!;
    expect(general.getCell('A4').master.address).toBe('A4');
    expect(general.getCell('C4').master.address).toBe('A4'); // 科目编码 over 类/款/项
    expect(general.getCell('D5').master.address).toBe('D4'); // 科目名称 over two header rows
    const item = general
      .getSheetValues()
      .find(
        (r) => Array.isArray(r) && r[1] === '201' && r[2] === '03' && r[3] === '50',
      ) as ExcelJS.CellValue[];
    expect(item[6]).toBe(3915.32);
    const total = general
      .getSheetValues()
      .find((r) => Array.isArray(r) && r[4] === '合计') as ExcelJS.CellValue[];
    expect(total[6]).toBe(7734.75);
    expect(total[9]).toMatchObject({ formula: expect.stringContaining('ROUND'), result: 100 });

    const tp = wb.getWorksheet('“三公”经费支出决算表')!;
    const tpRows = tp.getSheetValues().filter(Array.isArray) as ExcelJS.CellValue[][];
    expect(tpRows.find((r) => r[1] === '合计')!.slice(2, 4)).toEqual([43.16, 43.16]);
    expect(tpRows.find((r) => r[1] === '3.公务接待费')!.slice(2, 4)).toEqual([0.31, 0.31]);
    const fiscal = wb.getWorksheet('财政拨款收入支出决算总表')!;
    expect(
      fiscal
        .getSheetValues()
        .filter(Array.isArray)
        .map((r) => (r as ExcelJS.CellValue[])[2]),
    ).toContain(7734.75);
  });

  it("writes seed 000's 基本支出 by 人员经费 / 公用经费 and the zero 政府性基金 note", async () => {
    const wb = await read(seed000);
    const basic = wb.getWorksheet('一般公共预算财政拨款基本支出决算表')!;
    const rows = basic.getSheetValues().filter(Array.isArray) as ExcelJS.CellValue[][];
    expect(rows.find((r) => r[2] === '合计')![3]).toBe(190.34);
    expect(rows.find((r) => r[2] === '人员经费')![3]).toBe(176);
    expect(rows.find((r) => r[2] === '公用经费')![3]).toBe(14.33);
    const fund = wb.getWorksheet('政府性基金预算财政拨款收入支出决算表')!;
    expect(String(fund.getCell('A6').value)).toContain('无政府性基金预算财政拨款收入');
    const gp = wb.getWorksheet('一般公共预算财政拨款支出决算表')!;
    const housing = gp
      .getSheetValues()
      .find(
        (r) => Array.isArray(r) && r[1] === '221' && r[2] === '02' && r[3] === '03',
      ) as ExcelJS.CellValue[];
    expect(housing[4]).toContain('购房补贴');
    expect(housing[6]).toBe(19.49);
    expect(housing[9]).toMatchObject({ result: 99.25 });
  });
});
