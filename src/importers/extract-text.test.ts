import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkLines } from '../domain/checks/index.ts';
import { chromium } from 'playwright-core';
import { ExtractError, decodeText, extractText, extractTextFromBuffer } from './extract-text.ts';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-extract-'));
const cell = (text: string): TableCell => new TableCell({ children: [new Paragraph(text)] });

describe('text extraction', () => {
  it('reads a DOCX: paragraphs keep their number, table rows become tab-separated cells', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph(
              '2020年本年支出合计233.72万元，其中：基本支出190.34万元，占81.44%；项目支出43.38万元，占18.57%。',
            ),
            new Table({
              rows: [
                new TableRow({ children: [cell('一级指标'), cell('分值'), cell('得分')] }),
                new TableRow({ children: [cell('产出'), cell('50'), cell('48')] }),
              ],
            }),
          ],
        },
      ],
    });
    const file = join(dir, 'report.docx');
    writeFileSync(file, await Packer.toBuffer(doc));
    const lines = await extractText(file);
    expect(lines[0]).toMatchObject({ location: '段落1' });
    expect(lines.find((l) => l.text === '一级指标\t分值\t得分')?.location).toBe('表格1 第1行');
    // 43.38 ÷ 233.72 = 18.56%, printed 18.57%: flagged on the paragraph's line with its location.
    const findings = checkLines(lines);
    expect(findings.find((f) => f.rule === 'share.percent')).toMatchObject({
      line: 1,
      location: '段落1',
      expected: '18.56%',
    });
  });

  it('reads an XLSX: rows as tab-separated cells, located by sheet and cell address', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('评分表');
    ws.addRow(['指标', '分值', '得分']);
    ws.addRow(['决策', 20, 18]);
    ws.addRow(['管理', 80, 70]);
    ws.addRow(['合计', 100, 90]);
    const file = join(dir, 'scores.xlsx');
    await wb.xlsx.writeFile(file);
    const lines = await extractText(file);
    expect(lines[0]).toEqual({ text: '评分表', location: '评分表' });
    expect(lines[2]).toEqual({ text: '决策\t20\t18', location: '评分表!A2（第2行）' });
    // 18 + 70 = 88, not the 90 printed in 合计.
    const findings = checkLines(lines);
    expect(findings.find((f) => f.rule === 'score.sum')).toMatchObject({
      expected: '88',
      found: '90',
      location: '评分表!A4（第4行）',
    });
  });

  it('reads an XLSX with merged cells as the DOCX reader does: the value once, in the first cell', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('自评表');
    ws.addRow(['绩效指标', '一级指标', '三级指标', '分值', '得分']);
    ws.addRow(['', '产出指标', '培训人次', 60, 58]);
    ws.addRow(['', '', '培训合格率', 30, 29]);
    ws.addRow(['', '满意度指标', '学员满意度', 10, 9]);
    ws.addRow(['总分', '', '', 100, 97]);
    ws.mergeCells('A1:A4'); // 绩效指标 down the column
    ws.mergeCells('B2:B3'); // 产出指标 over its two indicators
    ws.mergeCells('A5:C5'); // 总分 across the label columns
    const file = join(dir, 'merged.xlsx');
    await wb.xlsx.writeFile(file);
    const lines = await extractText(file);
    expect(lines.slice(1, 6).map((l) => l.text)).toEqual([
      '绩效指标\t一级指标\t三级指标\t分值\t得分',
      '\t产出指标\t培训人次\t60\t58',
      '\t\t培训合格率\t30\t29',
      '\t满意度指标\t学员满意度\t10\t9',
      '总分\t\t\t100\t97',
    ]);
    // A row located by its first cell with text, as before.
    expect(lines[3]!.location).toBe('自评表!C3（第3行）');
    // 58 + 29 + 9 = 96, not the 97 printed: the merged labels no longer hide the table's shape.
    expect(checkLines(lines).find((f) => f.rule === 'score.sum')).toMatchObject({
      expected: '96',
      found: '97',
    });
  });

  it('reads every XLSX row as wide as its sheet: a row ending before the last column keeps its empty cells', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('项目汇总');
    ws.addRow(['项目名称', '全年预算数', '全年执行数', '执行率', '自评得分']);
    ws.addRow(['甲项目', 100, 95, '95.00%', 92]);
    ws.addRow(['乙项目', 200, 180, '90.00%', 88]);
    // The 合计 row has no 自评得分: a program writing the sheet leaves the cell out.
    ws.addRow(['合计', 300, 275, '91.67%']);
    const file = join(dir, 'projects.xlsx');
    await wb.xlsx.writeFile(file);
    const lines = await extractText(file);
    expect(lines[4]!.text).toBe('合计\t300\t275\t91.67%\t');
    // Read short, its last figure (275) was taken for a total 自评得分 against 92 + 88.
    expect(checkLines(lines).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reads an XLSX as Excel shows it: formula results without binary noise, each number in its format', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('支出决算表');
    ws.addRow(['项目', '本年支出合计', '基本支出', '项目支出']);
    // Excel saves =SUM(B3:B4) of 1200.01 and 2179.10 as 3379.1099999999997.
    ws.addRow(['合计', { formula: 'SUM(B3:B4)', result: 3379.1099999999997 }, 2100.56, 1278.55]);
    ws.addRow(['一般公共服务支出', 1200.01, 1000.01, 200]);
    ws.addRow(['教育支出', 2179.1, 1100.55, 1078.55]);
    ws.addRow(['教育支出占比', 0.6449]);
    for (let r = 2; r <= 4; r++) for (const c of ['B', 'C', 'D']) ws.getCell(`${c}${r}`).numFmt = '#,##0.00';
    ws.getCell('B5').numFmt = '0.00%';
    const file = join(dir, 'formulas.xlsx');
    await wb.xlsx.writeFile(file);
    const lines = await extractText(file);
    expect(lines[2]!.text).toBe('合计\t3,379.11\t2,100.56\t1,278.55');
    expect(lines[3]!.text).toBe('一般公共服务支出\t1,200.01\t1,000.01\t200.00');
    // (Every row as wide as the sheet: its empty cells after its last value kept.)
    expect(lines[5]!.text).toBe('教育支出占比\t64.49%\t\t');
    expect(checkLines(lines).filter((f) => f.severity === 'error')).toEqual([]);

    // A 合计 that is wrong as shown is still found: 2,100.66 + 1,278.55 is not the row's 3,379.11.
    ws.getCell('C2').value = { formula: 'SUM(C3:C4)', result: 2100.6600000000003 };
    await wb.xlsx.writeFile(file);
    const wrong = checkLines(await extractText(file)).filter((f) => f.severity === 'error');
    expect(wrong.map((f) => [f.line, f.expected, f.found])).toEqual([[3, '3379.21', '3,379.11']]);
  });

  it('decodes GB18030 text as well as UTF-8', () => {
    const gbk = new Uint8Array([0xd5, 0xbc, 0xb1, 0xc8]); // "占比" in GB18030
    expect(decodeText(gbk)).toBe('占比');
    expect(decodeText(new TextEncoder().encode('\uFEFF占比'))).toBe('占比');
  });

  it('refuses a missing file and an unsupported type with a clear Chinese message', async () => {
    await expect(extractText(join(dir, 'nope.txt'))).rejects.toMatchObject({ code: 'not-found' });
    await expect(extractText(join(dir, 'a.pptx'))).rejects.toBeInstanceOf(ExtractError);
  });

  it('reads uploaded bytes like files, and refuses bytes that do not match the extension', async () => {
    const text =
      '2020年本年支出合计233.72万元，其中：基本支出190.34万元，占81.44%；项目支出43.38万元，占18.57%。';
    expect((await extractTextFromBuffer('说明.TXT', new TextEncoder().encode(text)))[0]).toEqual({ text });
    await expect(extractTextFromBuffer('说明.docx', new TextEncoder().encode(text))).rejects.toMatchObject({
      code: 'unreadable',
      message: expect.stringContaining('不是有效的 Word 文件'),
    });
    await expect(extractTextFromBuffer('说明.pdf', new TextEncoder().encode(text))).rejects.toMatchObject({
      code: 'unreadable',
    });
    await expect(extractTextFromBuffer('说明.doc', new Uint8Array([1]))).rejects.toMatchObject({
      code: 'unsupported',
    });
  });
});

const CHROMIUM = process.env.JIXIAO_CHROMIUM ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI !== 'true')
  console.warn(`[extract-text] 跳过 PDF 测试：找不到 Chromium（${CHROMIUM}）。`);

describe.runIf(haveChromium || process.env.CI === 'true')(
  'PDF extraction (a PDF printed by Chromium, read back by pdftotext)',
  () => {
    it('extracts the text of each page from bytes, finds the wrong share on its page, and leaves no temporary file', async () => {
      expect(existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM}; CI=true requires it`).toBe(true);
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu'],
      });
      let pdf: Buffer;
      try {
        const page = await browser.newPage();
        await page.setContent(`<html><body style="font-family:'Noto Sans CJK SC',sans-serif;font-size:14px">
        <h1>2020年度部门决算说明</h1>
        <p style="page-break-after:always">2020年本年收入合计7865.6万元。</p>
        <p>2020年本年支出合计233.72万元，其中：基本支出190.34万元，占81.44%；项目支出43.38万元，占18.57%。</p>
      </body></html>`);
        pdf = await page.pdf({ format: 'A4' });
      } finally {
        await browser.close();
      }
      const before = readdirSync(tmpdir()).filter((f) => f.startsWith('jixiao-pdf-')).length;
      const lines = await extractTextFromBuffer('决算说明.pdf', pdf);
      expect(readdirSync(tmpdir()).filter((f) => f.startsWith('jixiao-pdf-')).length).toBe(before);
      const joined = lines.map((l) => l.text).join('\n');
      expect(joined).toContain('2020年度部门决算说明');
      const shareLine = lines.findIndex((l) => l.text.includes('项目支出43.38万元'));
      expect(lines[shareLine]!.location).toBe('第2页');
      // 43.38 ÷ 233.72 × 100% = 18.56%, printed 18.57%: found on page 2; 190.34 ÷ 233.72 = 81.44% is right.
      const findings = checkLines(lines).filter((f) => f.rule === 'share.percent');
      expect(findings).toEqual([
        expect.objectContaining({
          line: shareLine + 1,
          location: '第2页',
          expected: '18.56%',
          found: '18.57%',
        }),
      ]);
      // The path-based reader gives the same lines.
      const file = join(dir, 'report.pdf');
      writeFileSync(file, pdf);
      expect((await extractText(file)).map((l) => l.text)).toEqual(lines.map((l) => l.text));
      expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    });
  },
);
