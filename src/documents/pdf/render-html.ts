/**
 * Renders a DocumentModel to a self-contained HTML page (every text escaped) laid out for A4 print with
 * the GB/T 9704 margins. Chromium prints it to PDF (render-pdf.ts); the same HTML serves as a preview.
 * Fonts name the Windows / macOS families first and Debian's Noto CJK last, so the page looks official
 * where those fonts exist and still renders every character on a bare server.
 */
import { FONTS, PAGE, tableGrid, type Align, type Block, type DocumentModel, type Table } from '../model.ts';

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const family = (names: readonly string[], generic: string): string =>
  [...names.map((n) => `'${n}'`), generic].join(', ');

const BODY_FONT = family(['Times New Roman', ...FONTS.body], 'serif');
const HEADING_FONT = family(FONTS.heading, 'sans-serif');
const KAI_FONT = family(['楷体_GB2312', 'KaiTi', 'STKaiti', 'Noto Serif CJK SC'], 'serif');
const TITLE_FONT = family(FONTS.title, 'serif');

function css(doc: DocumentModel): string {
  const size = doc.bodySize;
  const report = size >= 14;
  const [w, h] = doc.landscape ? [PAGE.heightMm, PAGE.widthMm] : [PAGE.widthMm, PAGE.heightMm];
  const margin = doc.landscape
    ? `${PAGE.leftMm}mm ${PAGE.bottomMm}mm ${PAGE.rightMm}mm ${PAGE.topMm}mm`
    : `${PAGE.topMm}mm ${PAGE.rightMm}mm ${PAGE.bottomMm}mm ${PAGE.leftMm}mm`;
  return `
@page { size: ${w}mm ${h}mm; margin: ${margin}; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${BODY_FONT}; font-size: ${size}pt; line-height: ${report ? '28pt' : '1.5'}; color: #000; }
h1.title { text-wrap: balance; font-family: ${TITLE_FONT}; font-size: 22pt; font-weight: normal; text-align: center; line-height: 1.4; margin: 0 0 ${doc.subtitle?.length ? '4pt' : '18pt'}; }
p.subtitle { text-align: center; margin: 0; text-indent: 0; }
p.subtitle.last { margin-bottom: 18pt; }
p { margin: 0; text-align: justify; }
p.indent { text-indent: 2em; }
.h1 { font-family: ${HEADING_FONT}; font-weight: normal; font-size: ${size}pt; margin: 0; text-indent: 2em; break-after: avoid; }
.h2 { font-family: ${KAI_FONT}; font-weight: normal; font-size: ${size}pt; margin: 0; text-indent: 2em; break-after: avoid; }
.h3 { font-weight: bold; font-size: ${size}pt; margin: 0; text-indent: 2em; break-after: avoid; }
.center { text-align: center; text-indent: 0; }
.right { text-align: right; }
.left { text-align: left; }
.caption { font-family: ${HEADING_FONT}; text-align: center; margin: 6pt 0 0; text-indent: 0; line-height: 1.4; break-after: avoid; }
.subcaption { text-align: center; margin: 0 0 6pt; text-indent: 0; line-height: 1.4; break-after: avoid; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 6pt 0 0; line-height: 1.3; }
th, td { border: 0.75pt solid #000; padding: 2pt 4pt; vertical-align: middle; font-weight: normal; word-break: break-all; overflow-wrap: anywhere; }
thead { display: table-header-group; }
td:not([rowspan]), th:not([rowspan]) { break-inside: avoid; }
td.shade, th.shade { background: #f2f2f2; }
td.b, th.b { font-weight: bold; }
td.top { vertical-align: top; }
td p, th p { text-indent: 0; text-align: inherit; }
.note { text-indent: 0; line-height: 1.4; margin: 3pt 0 9pt; }
.after-table { height: 6pt; }
.page-break { break-after: page; height: 0; }
figure { margin: 6pt 0; text-align: center; break-inside: avoid; }
figure img { display: block; margin: 0 auto; }
figcaption { font-size: ${Math.min(size, 12)}pt; line-height: 1.4; }
.signature { text-align: right; text-indent: 0; margin-top: 12pt; padding-right: 2em; }
.signature.date { margin-top: 0; }
`;
}

const alignClass = (a: Align | undefined, fallback: Align): string => {
  const v = a ?? fallback;
  return v === 'justify' ? '' : v;
};

function tableHtml(t: Table): string {
  // Validates the grid (throws on a skewed table) before the browser silently renders it wrong.
  tableGrid(t);
  const total = t.columnWidths.reduce((a, b) => a + b, 0);
  const cols = t.columnWidths.map((w) => `<col style="width:${((w / total) * 100).toFixed(3)}%">`).join('');
  const size = t.fontSize ?? 10.5;
  const rowHtml = (rowIndex: number, tag: 'th' | 'td'): string => {
    const row = t.rows[rowIndex]!;
    const cells = row.cells
      .map((c) => {
        const attrs = [
          c.rowSpan && c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : '',
          c.colSpan && c.colSpan > 1 ? ` colspan="${c.colSpan}"` : '',
        ].join('');
        const classes = [
          c.shade ? 'shade' : '',
          c.bold ? 'b' : '',
          c.vAlign === 'top' ? 'top' : '',
          alignClass(c.align, 'center'),
        ]
          .filter(Boolean)
          .join(' ');
        const body = c.text
          .split('\n')
          .map((line) => `<p>${escapeHtml(line)}</p>`)
          .join('');
        return `<${tag}${attrs}${classes ? ` class="${classes}"` : ''}>${body}</${tag}>`;
      })
      .join('');
    return `<tr>${cells}</tr>`;
  };
  const head = Array.from({ length: t.headerRows }, (_, i) => rowHtml(i, 'th')).join('');
  const body = Array.from({ length: t.rows.length - t.headerRows }, (_, i) =>
    rowHtml(i + t.headerRows, 'td'),
  ).join('');
  return [
    t.caption
      ? `<p class="caption" style="font-size:${Math.max(size + 3.5, 14)}pt">${escapeHtml(t.caption)}</p>`
      : '',
    t.subcaption
      ? `<p class="subcaption" style="font-size:${size + 1.5}pt">${escapeHtml(t.subcaption)}</p>`
      : '',
    `<table style="font-size:${size}pt"><colgroup>${cols}</colgroup>`,
    head ? `<thead>${head}</thead>` : '',
    `<tbody>${body}</tbody></table>`,
    t.note
      ? `<p class="note" style="font-size:${Math.max(size - 1, 9)}pt">${escapeHtml(t.note)}</p>`
      : '<div class="after-table"></div>',
  ].join('');
}

function blockHtml(b: Block): string {
  switch (b.kind) {
    case 'paragraph': {
      const classes = [b.indent === false ? '' : 'indent', alignClass(b.align, 'justify')]
        .filter(Boolean)
        .join(' ');
      const style = [
        b.size ? `font-size:${b.size}pt` : '',
        b.spaceBefore ? `margin-top:${b.spaceBefore}pt` : '',
      ]
        .filter(Boolean)
        .join(';');
      const runs = b.runs
        .map((r) => {
          let h = escapeHtml(r.text);
          if (r.bold) h = `<b>${h}</b>`;
          if (r.underline) h = `<u>${h}</u>`;
          return h;
        })
        .join('');
      return `<p${classes ? ` class="${classes}"` : ''}${style ? ` style="${style}"` : ''}>${runs}</p>`;
    }
    case 'heading': {
      const tag = `h${b.level + 1}`;
      return `<${tag} class="h${b.level}${b.align === 'center' ? ' center' : ''}">${escapeHtml(b.text)}</${tag}>`;
    }
    case 'table':
      return tableHtml(b);
    case 'page-break':
      return '<div class="page-break"></div>';
    case 'image': {
      const src = `data:image/png;base64,${Buffer.from(b.png).toString('base64')}`;
      const caption = b.caption ? `<figcaption>${escapeHtml(b.caption)}</figcaption>` : '';
      return `<figure><img src="${src}" alt="${escapeHtml(b.alt)}" style="width:${b.widthMm}mm;height:${b.heightMm}mm">${caption}</figure>`;
    }
    case 'signature': {
      const line = `<p class="signature">${escapeHtml(b.label)}${escapeHtml(b.value ?? '　　　　　　　　')}</p>`;
      return b.date ? `${line}<p class="signature date">${escapeHtml(b.date)}</p>` : line;
    }
  }
}

export function renderHtml(doc: DocumentModel): string {
  const subtitle = (doc.subtitle ?? [])
    .map((s, i, all) => `<p class="subtitle${i === all.length - 1 ? ' last' : ''}">${escapeHtml(s)}</p>`)
    .join('');
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${css(doc)}</style></head><body>`,
    `<h1 class="title">${escapeHtml(doc.title)}</h1>`,
    subtitle,
    ...doc.blocks.map(blockHtml),
    '</body></html>',
  ].join('\n');
}
