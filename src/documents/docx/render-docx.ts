/**
 * Renders a DocumentModel to DOCX with the `docx` library, laid out as Chinese official documents are
 * (GB/T 9704 as the reference): A4, margins 37/35/28/26 mm, body 仿宋_GB2312 三号 on a fixed 28 pt line,
 * headings 黑体 / 楷体, title 方正小标宋简体, page numbers "— n —" centred in the footer, tables with
 * single borders and merged cells. Word substitutes fonts that are not installed; the font table lists
 * the fallbacks (FangSong, SimHei, SimSun) as alternative names so Word and WPS pick the right family.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import JSZip from 'jszip';
import {
  FONTS,
  PAGE,
  tableGrid,
  textWidthMm,
  type Align,
  type Block,
  type DocumentModel,
  type Table as TableModel,
} from '../model.ts';

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

type FontRole = 'body' | 'heading' | 'kai' | 'title';

const EAST_ASIA: Record<FontRole, string> = {
  body: FONTS.body[0],
  heading: FONTS.heading[0],
  kai: '楷体_GB2312',
  title: FONTS.title[0],
};

/** Alternative names written into word/fontTable.xml: what Word/WPS use when the first font is missing. */
const ALT_NAMES: Record<string, string> = {
  仿宋_GB2312: 'FangSong',
  黑体: 'SimHei',
  楷体_GB2312: 'KaiTi',
  方正小标宋简体: 'SimSun',
};

function font(role: FontRole): IRunOptions['font'] {
  return { eastAsia: EAST_ASIA[role], ascii: FONTS.latin[0], hAnsi: FONTS.latin[0], hint: 'eastAsia' };
}

const halfPoints = (pt: number): number => Math.round(pt * 2);
// docx's convertMillimetersToTwip floors (A4 would become 11905 × 16837, which Word calls a custom size).
const twip = (mm: number): number => Math.round((mm * 1440) / 25.4);
/** Fixed line height of official prose: 22 lines on the type area (GB/T 9704 §5.2.2) ≈ 28.9 pt; 28 pt is the common setting. */
const BODY_LINE = 560;

function run(
  text: string,
  options: { role: FontRole; size: number; bold?: boolean; underline?: boolean },
): TextRun {
  return new TextRun({
    text,
    font: font(options.role),
    size: halfPoints(options.size),
    bold: options.bold,
    underline: options.underline ? {} : undefined,
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

function tableToDocx(t: TableModel, landscape: boolean): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  const size = t.fontSize ?? 10.5;
  if (t.caption) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { before: 120, after: t.subcaption ? 0 : 120 },
        children: [run(t.caption, { role: 'heading', size: Math.max(size + 3.5, 14) })],
      }),
    );
  }
  if (t.subcaption) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { after: 120 },
        children: [run(t.subcaption, { role: 'body', size: size + 1.5 })],
      }),
    );
  }
  const totalTwips = twip(textWidthMm(landscape));
  const weightSum = t.columnWidths.reduce((a, b) => a + b, 0);
  const widths = t.columnWidths.map((w) => Math.floor((w / weightSum) * totalTwips));
  // Validates the grid (throws on a skewed table) before docx silently renders it wrong.
  tableGrid(t);
  const rows = t.rows.map((row, r) => {
    let col = 0;
    const cells = row.cells.map((c) => {
      const span = c.colSpan ?? 1;
      const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      const align = c.align ?? 'center';
      const paragraphs = c.text.split('\n').map(
        (line) =>
          new Paragraph({
            alignment: ALIGN[align],
            spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
            children: [run(line, { role: 'body', size, bold: c.bold })],
          }),
      );
      return new TableCell({
        children: paragraphs,
        rowSpan: c.rowSpan,
        columnSpan: c.colSpan,
        width: { size: width, type: WidthType.DXA },
        verticalAlign:
          c.vAlign === 'top'
            ? VerticalAlign.TOP
            : c.vAlign === 'bottom'
              ? VerticalAlign.BOTTOM
              : VerticalAlign.CENTER,
        margins: { top: 40, bottom: 40, left: 80, right: 80 },
        shading: c.shade ? { fill: 'F2F2F2', type: ShadingType.CLEAR, color: 'auto' } : undefined,
      });
    });
    // Only header rows carry w:tblHeader: mammoth (and so the checker) reads even w:val="off" as a header.
    return new TableRow({
      children: cells,
      tableHeader: r < t.headerRows ? true : undefined,
      cantSplit: true,
    });
  });
  out.push(
    new Table({
      rows,
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      alignment: AlignmentType.CENTER,
      borders: {
        top: BORDER,
        bottom: BORDER,
        left: BORDER,
        right: BORDER,
        insideHorizontal: BORDER,
        insideVertical: BORDER,
      },
    }),
  );
  if (t.note) {
    out.push(
      new Paragraph({
        spacing: { before: 60, after: 120 },
        children: [run(t.note, { role: 'body', size: Math.max(size - 1, 9) })],
      }),
    );
  } else {
    out.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
  }
  return out;
}

function blockToDocx(b: Block, doc: DocumentModel): Array<Paragraph | Table> {
  const size = doc.bodySize;
  const report = size >= 14;
  const lineSpacing = report
    ? { line: BODY_LINE, lineRule: LineRuleType.EXACT }
    : { line: 360, lineRule: LineRuleType.AUTO };
  switch (b.kind) {
    case 'paragraph': {
      const s = b.size ?? size;
      return [
        new Paragraph({
          alignment: ALIGN[b.align ?? 'justify'],
          indent: b.indent === false ? undefined : { firstLine: Math.round(s * 2 * 20) },
          spacing: { ...lineSpacing, before: b.spaceBefore ? b.spaceBefore * 20 : 0, after: 0 },
          keepNext: b.keepWithNext,
          children: b.runs.map((r) =>
            run(r.text, { role: 'body', size: s, bold: r.bold, underline: r.underline }),
          ),
        }),
      ];
    }
    case 'heading': {
      const role: FontRole = b.level === 1 ? 'heading' : b.level === 2 ? 'kai' : 'body';
      return [
        new Paragraph({
          alignment: ALIGN[b.align ?? 'left'],
          indent: b.align === 'center' ? undefined : { firstLine: Math.round(size * 2 * 20) },
          spacing: lineSpacing,
          keepNext: true,
          outlineLevel: b.level - 1,
          children: [run(b.text, { role, size, bold: b.level === 3 })],
        }),
      ];
    }
    case 'table':
      return tableToDocx(b, doc.landscape ?? false);
    case 'page-break':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'image': {
      const px = (mm: number): number => Math.round((mm / 25.4) * 96);
      const out = [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: Boolean(b.caption),
          children: [
            new ImageRun({
              type: 'png',
              data: b.png,
              transformation: { width: px(b.widthMm), height: px(b.heightMm) },
              altText: { name: b.alt, description: b.alt, title: b.alt },
            }),
          ],
        }),
      ];
      if (b.caption)
        out.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [run(b.caption, { role: 'body', size: Math.min(size, 12) })],
          }),
        );
      return out;
    }
    case 'signature': {
      const lines = [
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          spacing: { ...lineSpacing, before: 240 },
          indent: { right: 480 },
          children: [run(`${b.label}${b.value ?? '　　　　　　　　'}`, { role: 'body', size })],
        }),
      ];
      if (b.date)
        lines.push(
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            indent: { right: 480 },
            spacing: lineSpacing,
            children: [run(b.date, { role: 'body', size })],
          }),
        );
      return lines;
    }
  }
}

function footer(doc: DocumentModel): Footer {
  const children: ParagraphChild[] = [
    new TextRun({
      children: ['— ', PageNumber.CURRENT, ' —'],
      font: { ascii: 'SimSun', hAnsi: 'SimSun', eastAsia: 'SimSun' },
      size: 28,
    }),
  ];
  return new Footer({
    children: doc.pageNumbers ? [new Paragraph({ alignment: AlignmentType.CENTER, children })] : [],
  });
}

/** Adds w:altName fallbacks to the font table docx wrote (Word reads them when a font is missing). */
async function addFontFallbacks(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file('word/fontTable.xml');
  if (!file) return bytes;
  let xml = await file.async('string');
  const entries = Object.entries(ALT_NAMES)
    .filter(([name]) => !xml.includes(`w:name="${name}"`))
    .map(
      ([name, alt]) =>
        `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>`,
    )
    .join('');
  // docx writes an empty, self-closing <w:fonts …/>; older versions wrote <w:fonts …></w:fonts>.
  xml = /<w:fonts\b[^>]*\/>/.test(xml)
    ? xml.replace(/<w:fonts\b([^>]*)\/>/, `<w:fonts$1>${entries}</w:fonts>`)
    : xml.replace(/<\/w:fonts>\s*$/, `${entries}</w:fonts>`);
  zip.file('word/fontTable.xml', xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export async function renderDocx(doc: DocumentModel): Promise<Buffer> {
  const landscape = doc.landscape ?? false;
  const titleChildren: Array<Paragraph | Table> = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: doc.subtitle?.length ? 120 : 360, line: 720, lineRule: LineRuleType.AT_LEAST },
      children: [run(doc.title, { role: 'title', size: 22 })],
    }),
    ...(doc.subtitle ?? []).map(
      (s, i, all) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: i === all.length - 1 ? 360 : 0 },
          children: [run(s, { role: 'body', size: doc.bodySize })],
        }),
    ),
  ];
  const document = new Document({
    creator: doc.author ?? 'Jixiao',
    title: doc.title,
    styles: {
      default: {
        document: { run: { font: font('body'), size: halfPoints(doc.bodySize) } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: twip(PAGE.widthMm),
              height: twip(PAGE.heightMm),
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: landscape
              ? {
                  top: twip(PAGE.leftMm),
                  bottom: twip(PAGE.rightMm),
                  left: twip(PAGE.topMm),
                  right: twip(PAGE.bottomMm),
                  footer: twip(15),
                }
              : {
                  top: twip(PAGE.topMm),
                  bottom: twip(PAGE.bottomMm),
                  left: twip(PAGE.leftMm),
                  right: twip(PAGE.rightMm),
                  footer: twip(20),
                },
          },
        },
        footers: { default: footer(doc) },
        children: [...titleChildren, ...doc.blocks.flatMap((b) => blockToDocx(b, doc))],
      },
    ],
  });
  const bytes = await Packer.toBuffer(document);
  return addFontFallbacks(bytes);
}
