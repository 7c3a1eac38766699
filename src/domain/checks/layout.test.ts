import { describe, expect, it } from 'vitest';
import {
  displayWidth,
  isFigureToken,
  layoutDocument,
  normaliseLine,
  paragraphLine,
  squashWhite,
  type Paragraph,
  type TableBlock,
} from './layout.ts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const paragraphs = (text: string): Paragraph[] =>
  layoutDocument(lines(text)).blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
const tables = (text: string): TableBlock[] =>
  layoutDocument(lines(text)).blocks.filter((b): b is TableBlock => b.kind === 'table');

/** A pdftotext -layout page: paragraphs indented, wrapped at the margin, a blank line between printed lines. */
const LAYOUT = [
  '  一、收入支出决算总体情况说明',
  '',
  '  上海市某局 2024 年度收入支出总计 2,961.68 万元。与 2023 年',
  '',
  '度相比，收入支出总计增加 120.00 万元，增长 4.22%。主要原因：',
  '',
  '业务量增加。',
  '             （如持平作持平表述）',
  '',
  '  二、收入决算情况说明',
  '',
  '  本年收入合计 307.82 万元，其中：财政拨款收入 264.87 万元，占',
  '',
  '86.05%；事业收入 10.82 万元，占 3.52%；其他收入 29.42 万元，',
  '',
  '占 9.56%；经营收入 2.71 万元，占 0.88%。',
  '',
  '  三、支出决算情况说明',
  '',
  '  本年支出合计 300.00 万元，其中：基本支出 200.00 万元，占',
  '',
  '66.67%；项目支出 100.00 万元，占 33.33%。',
].join('\n');

describe('layout: paragraphs', () => {
  it('joins lines wrapped at the page width into one paragraph, removing pdftotext spacing beside CJK characters', () => {
    const ps = paragraphs(LAYOUT);
    const income = ps.find((p) => p.text.startsWith('本年收入合计'))!;
    expect(income.text).toBe(
      '本年收入合计307.82万元，其中：财政拨款收入264.87万元，占86.05%；事业收入10.82万元，占3.52%；其他收入29.42万元，占9.56%；经营收入2.71万元，占0.88%。',
    );
    // Every character keeps its source line (0-based): "2.71" sits on line 16 (index 15).
    expect(paragraphLine(income, income.text.indexOf('2.71'))).toBe(15);
    expect(income.first).toBe(11);
    expect(income.last).toBe(15);
  });

  it('keeps headings apart, and puts a fragment pdftotext printed on its own line back into its paragraph', () => {
    const ps = paragraphs(LAYOUT);
    expect(ps.map((p) => p.heading)).toEqual([true, false, true, false, true, false]);
    expect(ps[1]!.text).toContain('增长4.22%。主要原因：业务量增加。（如持平作持平表述）');
    expect(ps[2]!.text).toBe('二、收入决算情况说明');
  });

  it('does not join typed text written one paragraph per line', () => {
    const typed = ['收入合计100万元。', '支出合计90万元', '一、概况', '本单位…'].join('\n');
    expect(paragraphs(typed).map((p) => p.text)).toEqual([
      '收入合计100万元。',
      '支出合计90万元',
      '一、概况',
      '本单位…',
    ]);
  });

  it('joins a typed line that ends inside a sentence (after a comma) with the next', () => {
    expect(paragraphs('支出200万元，其中：基本支出150万元，\n占75%。').map((p) => p.text)).toEqual([
      '支出200万元，其中：基本支出150万元，占75%。',
    ]);
  });

  it('keeps the parts after a line ending in "其中：" in paragraphs of their own (one per part, as Word prints them)', () => {
    expect(
      paragraphs(
        '基本支出860.39万元，其中：\n人员经费768.22万元，主要包括基本工资。\n公用经费92.17万元。',
      ).map((p) => p.text),
    ).toEqual([
      '基本支出860.39万元，其中：',
      '人员经费768.22万元，主要包括基本工资。',
      '公用经费92.17万元。',
    ]);
  });

  it('gives line-based rules the reflowed text at the paragraph’s first line and maps offsets back', () => {
    const layout = layoutDocument(lines(LAYOUT));
    expect(layout.logical[11]).toContain('经营收入2.71万元');
    expect(layout.logical[13]).toBe('');
    expect(layout.lineAt(11, layout.logical[11]!.indexOf('2.71'))).toBe(15);
    expect(layout.wrapWidth).not.toBeNull();
  });

  it('normalises full-width digits, ％ and full-width decimal points', () => {
    expect(normaliseLine('支出１２３．４５万元，占４５．６％')).toBe('支出123.45万元，占45.6%');
  });

  it('normalises commas between digits, odd spaces, bookmarks and form feeds, and leaves other lines as they are', () => {
    expect(normaliseLine('合计１，２３４．５０万元，增长\u3000３％')).toBe('合计1,234.50万元，增长 3%');
    expect(normaliseLine('\f[bookmark: _Toc1]一、概况\u00a0说明\r')).toBe('一、概况 说明');
    // A comma or point after a digit only: "元，" and "年，" stay.
    expect(normaliseLine('收入100万元，占2024年，．')).toBe('收入100万元，占2024年，．');
    const plain = '本年收入合计307.82万元';
    expect(normaliseLine(plain)).toBe(plain);
  });

  it('maps every offset of a paragraph joined from several lines back to its source line', () => {
    const layout = layoutDocument(lines(LAYOUT));
    const income = paragraphs(LAYOUT).find((p) => p.text.startsWith('本年收入合计'))!;
    // Lines 11, 13 and 15 (0-based) make the paragraph; the blank lines between add nothing.
    const at = (s: string) => paragraphLine(income, income.text.indexOf(s));
    expect([at('本年收入'), at('86.05%'), at('事业收入'), at('占9.56%'), at('。')]).toEqual([
      11, 13, 13, 15, 15,
    ]);
    // Offsets outside the text are clamped, as lineAt reads them.
    expect(paragraphLine(income, -5)).toBe(11);
    expect(paragraphLine(income, income.text.length + 10)).toBe(15);
    expect(layout.lineAt(11, income.text.length)).toBe(15);
    // A line that is no paragraph's first maps to itself.
    expect(layout.lineAt(13, 3)).toBe(13);
  });
});

describe('layout: tables and page furniture', () => {
  const TABLE = [
    '                收入支出决算总表',
    '                                        单位：万元',
    '项目                 决算数        项目            决算数',
    '一、一般公共预算财政拨款收入        2,753.02  一、一般公共服务支出       1,004.29',
    '五、事业收入                  122.50  二、社会保障和就业支出      1,871.23',
    '本年收入合计                2,875.52  本年支出合计           2,875.52',
    '',
    '                   - 3 -',
    '\f  二、收入决算情况说明',
  ].join('\n');

  it('reads space-aligned rows as a table with its title and unit, never glued to prose', () => {
    const [t] = tables(TABLE);
    expect(t).toMatchObject({ shape: 'space', title: '收入支出决算总表', unit: '万元' });
    expect(t!.rows.map((r) => r.cells.map((c) => c.text))[1]).toEqual([
      '一、一般公共预算财政拨款收入',
      '2,753.02',
      '一、一般公共服务支出',
      '1,004.29',
    ]);
    expect(paragraphs(TABLE).map((p) => p.text)).toEqual([
      '收入支出决算总表',
      '单位：万元',
      '二、收入决算情况说明',
    ]);
  });

  it('drops page numbers', () => {
    const layout = layoutDocument(lines(TABLE));
    expect([...layout.dropped]).toEqual([7]);
  });

  it('splits figures pdftotext separated by one space into their own cells', () => {
    const [t] = tables(
      ['科目编码  科目名称  合计  基本支出  项目支出', '201  一般公共服务支出  1,042.56 707.66 334.90'].join(
        '\n',
      ),
    );
    expect(t!.rows[1]!.cells.map((c) => c.text)).toEqual([
      '201',
      '一般公共服务支出',
      '1,042.56',
      '707.66',
      '334.90',
    ]);
  });

  it('reads tab-separated (DOCX/XLSX) and Markdown tables', () => {
    expect(tables('项目\t决算数\n合计\t10.00')[0]).toMatchObject({ shape: 'tsv' });
    const md = tables('| 项目 | 决算数 |\n|---|---|\n| 合计 | 10.00 |')[0]!;
    expect(md.shape).toBe('markdown');
    expect(md.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['项目', '决算数'],
      ['合计', '10.00'],
    ]);
  });
});

describe('row tokens and cells', () => {
  it('reads a figure token as /^[-−]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?%?$/ does', () => {
    const figure = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/;
    const tokens = [
      '1,042.56',
      '-3',
      '−12.5%',
      '76.23%',
      '2024',
      '1,23',
      '1234,567',
      '12.',
      '.5',
      '-',
      '1,234,5678',
      '3%%',
      '万元',
      '0.00',
      '12,345.6.7',
    ];
    for (const t of tokens) expect(isFigureToken(`x ${t} y`, 2, 2 + t.length), t).toBe(figure.test(t));
  });

  it('squashes white space in a Markdown cell as replace(/\\s+/g, " ").trim() does', () => {
    for (const t of [' 项目 ', '决算数', 'a  b', ' a\tb ', 'a b', '', '   ', '年度\u3000合计'])
      expect(squashWhite(t), JSON.stringify(t)).toBe(t.replace(/\s+/g, ' ').trim());
  });
});

describe('displayWidth', () => {
  it('counts CJK characters and full-width punctuation 2, everything else 1 (an astral character once)', () => {
    expect(displayWidth('收入 2,961.68 万元')).toBe(4 + 1 + 8 + 1 + 4);
    expect(displayWidth('“”…—，（）％')).toBe(16);
    expect(displayWidth('a😀b')).toBe(3);
  });
});

describe('a table’s title above its number', () => {
  it('names the table by its title, not by the "公开07表" line under it', () => {
    const [t] = tables(
      [
        '                 财政拨款“三公”经费支出决算表',
        '                                                  公开07表',
        '编制单位：某局                                    单位：万元',
        '  预算数    决算数    预算数    决算数',
        '     15.00     11.34     12.00      9.48',
      ].join('\n'),
    );
    expect(t).toMatchObject({ title: '财政拨款“三公”经费支出决算表', unit: '万元' });
    const [n] = tables(
      ['              公开03表', '   单位：万元', '  合计    基本支出', '  9.00      9.00'].join('\n'),
    );
    expect(n).toMatchObject({ title: '公开03表' });
  });
});

describe('a table row pdftotext set one space apart', () => {
  it('keeps a tight figure row and its tight header in the table under the title', () => {
    const [t] = tables(
      [
        '                    财政拨款“三公”经费支出决算表',
        '                                                          单位：元',
        '        合计             因公出国（境）费            公务接待费',
        '  预算数 决算数 预算数 决算数 预算数 决算数',
        '340,000.00 246,899.40 180,000.00 126,450.00 40,000.00 21,684.00',
        '注：本表反映部门本年度“三公”经费支出预决算情况。',
      ].join('\n'),
    );
    expect(t).toMatchObject({ title: '财政拨款“三公”经费支出决算表', unit: '元' });
    expect(t!.rows.at(-1)!.cells.map((c) => c.text)).toHaveLength(6);
    // A page number between dashes is no row.
    expect(tables('正文第一段。\n- 3 -\n正文第二段。')).toEqual([]);
  });
});
