/**
 * The 决算公开 document laid out by a template (src/domain/accounts/templates/*.json): cover, 目录,
 * 第一部分 概况, 第二部分 the nine tables (drawn from domain/accounts/tables.ts, the same data as the 附表
 * XLSX), 第三部分 情况说明 (the generated paragraphs, charts when the template has them), 第四部分 名词解释.
 * The Sichuan templates give today's layout (no cover or 目录, parts named only when the 概况 has text,
 * 明细表 after sections 五 and 七).
 *
 * Nothing empty is printed: an 概况 item without text is left out and the others renumbered; a chart whose
 * values are all zero becomes a sentence; a part without content has no heading.
 */
import {
  chineseNumber,
  partTitle,
  publicTables,
  wan,
  type AccountsTemplate,
  type CatalogEdition,
  type Chart,
  type Explanation,
  type FinalAccounts,
  type PublicTable,
  type TemplatePart,
  defaultTemplateFor,
} from '../../domain/accounts/index.ts';
import {
  cell,
  heading,
  para,
  pageBreak,
  type Block,
  type DocumentModel,
  type Table,
  type TableCell,
} from '../model.ts';
import type { ChartImage } from './charts.ts';
import { CHART_AFTER, generalDetailTable, threePublicTable } from './explanation-document.ts';

/** Whether a chart has nothing to draw (every value zero): it is stated in a sentence instead. */
export function chartIsEmpty(chart: Chart): boolean {
  if (chart.kind === 'pie') return chart.slices.length === 0;
  return chart.series.every((s) => s.values.every((v) => Number(v) === 0));
}

/** A PublicTable (元) as a document table in 万元. */
export function publicTableModel(t: PublicTable, number?: string): Table {
  const header = t.header.map((row) => ({
    cells: row.map((h) =>
      cell(h.text, {
        shade: true,
        bold: true,
        ...(h.colSpan && h.colSpan > 1 ? { colSpan: h.colSpan } : {}),
        ...(h.rowSpan && h.rowSpan > 1 ? { rowSpan: h.rowSpan } : {}),
      }),
    ),
  }));
  const body = t.rows.map((r) => ({
    cells: r.cells.map((c, i): TableCell => {
      if (c === null) return cell('', {});
      if (typeof c === 'string') {
        // Names indented by level; not in the wide tables, where the code shows the level and a long
        // name must fit its column on one line.
        const indent = i === 1 && r.level && t.widths.length <= 6 ? '　'.repeat(r.level) : '';
        return cell(`${indent}${c}`, { align: 'left', bold: r.bold });
      }
      return cell(wan(c.yuan), { align: 'right', bold: r.bold });
    }),
  }));
  const wide = t.widths.length > 6;
  return {
    kind: 'table',
    caption: number ? `${number}、${t.title}` : t.title,
    subcaption: `${t.code}\u3000\u3000单位：万元`,
    columnWidths: t.widths,
    headerRows: t.header.length,
    fontSize: wide ? 8 : t.widths.length === 6 ? 9 : 10.5,
    rows: [...header, ...body],
    note: t.note,
  };
}

function overviewBlocks(
  fa: FinalAccounts,
  items: { text: string; heading: string }[],
): { blocks: Block[]; headings: string[] } {
  const t = fa.texts;
  const blocks: Block[] = [];
  const headings: string[] = [];
  let n = 0;
  const lines = (text: string) =>
    text
      .split(/\n+/)
      .map((s) => s.trim())
      .filter(Boolean);
  for (const item of items) {
    const h = partTitle(item.heading, fa);
    let content: Block[] = [];
    if (item.text === 'members') {
      const members = fa.unit.members ?? [];
      if (members.length) {
        content = [
          para(
            `纳入${fa.unit.name}${fa.year}年度${fa.scope === 'department' ? '部门' : '单位'}决算编制范围的单位包括：`,
            {
              align: 'left',
            },
          ),
          {
            kind: 'table',
            columnWidths: [12, 58, 30],
            headerRows: 1,
            rows: [
              { cells: ['序号', '单位名称', '备注'].map((x) => cell(x, { shade: true, bold: true })) },
              ...members.map((m, i) => ({
                cells: [
                  cell(String(i + 1)),
                  cell(m.name, { align: 'left' }),
                  cell(m.note, { align: 'left' }),
                ],
              })),
            ],
          },
        ];
      } else if (t.institutions.trim()) content = lines(t.institutions).map((l) => para(l));
    } else {
      const text = t[item.text as 'functions' | 'keyWork' | 'institutions'];
      content = lines(text ?? '').map((l) => para(l));
    }
    if (!content.length) continue;
    n++;
    const numbered = `${chineseNumber(n)}、${h}`;
    headings.push(numbered);
    blocks.push(heading(1, numbered), ...content);
  }
  return { blocks, headings };
}

const centred = (text: string): Block => ({ kind: 'heading', level: 1, text, align: 'center' });

/** The document model of a template; `charts` are the rendered charts of `e` (renderAccountsCharts). */
export function templateDocumentModel(
  fa: FinalAccounts,
  e: Explanation,
  charts: readonly ChartImage[],
  template: AccountsTemplate,
  catalogue?: CatalogEdition,
): DocumentModel {
  const national = template.style === 'national';
  const kind = fa.scope === 'department' ? '部门' : '单位';
  const chartData = new Map(e.charts.map((c) => [c.id, c]));
  const byAfter = new Map<string, ChartImage[]>();
  if (template.charts)
    for (const c of charts) {
      const after = CHART_AFTER[c.id];
      if (after) byAfter.set(after, [...(byAfter.get(after) ?? []), c]);
    }

  // Each part's title and blocks; parts with nothing in them are left out.
  const parts: { kind: TemplatePart['kind']; title: string; blocks: Block[]; toc: string[] }[] = [];
  let overviewHasText = false;
  for (const part of template.parts) {
    const title = partTitle(part.title, fa, e.title);
    if (part.kind === 'overview') {
      const o = overviewBlocks(fa, part.items);
      overviewHasText = o.blocks.length > 0;
      if (o.blocks.length) parts.push({ kind: part.kind, title, blocks: o.blocks, toc: o.headings });
    } else if (part.kind === 'tables') {
      const all = publicTables(fa, {
        omitZeroRows: template.zeroLines === 'omit',
        ...(catalogue ? { catalogue } : {}),
      });
      const blocks: Block[] = [];
      const toc: string[] = [];
      part.tables.forEach((id, i) => {
        const t = all.find((x) => x.id === id);
        if (!t) return;
        if (i > 0) blocks.push(pageBreak);
        blocks.push(publicTableModel(t, chineseNumber(i + 1)));
        toc.push(`${chineseNumber(i + 1)}、${t.title}`);
      });
      parts.push({ kind: part.kind, title, blocks, toc });
    } else if (part.kind === 'explanation') {
      const blocks: Block[] = [];
      const toc: string[] = [];
      const paragraphs = e.paragraphs.filter((p) => p.section !== 'terms');
      const lastOf = (prefix: RegExp): string | undefined =>
        [...paragraphs].reverse().find((p) => prefix.test(p.id))?.id;
      const afterGeneral = template.detailTables ? lastOf(/^s5\./) : undefined;
      const afterThreePublic = template.detailTables ? lastOf(/^s7\./) : undefined;
      for (const p of paragraphs) {
        if (p.heading) {
          blocks.push(heading(p.level ?? 1, p.text));
          if ((p.level ?? 1) === 1) toc.push(p.text);
        }
        // Left-aligned: CJK lines fill the measure anyway, and without justification's stretched spaces the
        // PDF's text layer reads back as whole lines.
        else blocks.push(para(p.text, { align: 'left' }));
        for (const c of byAfter.get(p.id) ?? []) {
          const data = chartData.get(c.id);
          if (data && chartIsEmpty(data))
            blocks.push(
              para(`（${c.caption}：本年度各项均为零，不作图示。）`, { align: 'center', indent: false }),
            );
          else
            blocks.push({
              kind: 'image',
              png: c.png,
              widthMm: c.widthMm,
              heightMm: c.heightMm,
              alt: c.caption,
              caption: `（${c.caption}）`,
            });
        }
        if (p.id === afterGeneral) blocks.push(generalDetailTable(fa));
        if (p.id === afterThreePublic) blocks.push(threePublicTable(fa));
      }
      parts.push({ kind: part.kind, title, blocks, toc });
    } else if (part.kind === 'terms') {
      const terms = e.paragraphs.filter((p) => p.section === 'terms' && !p.heading);
      if (terms.length)
        parts.push({
          kind: part.kind,
          title,
          blocks: terms.map((p) => para(p.text, { align: 'left' })),
          toc: [],
        });
    }
  }

  const withHeadings = template.partHeadings === 'always' || overviewHasText;
  // 第一部分, 第二部分 … follow the parts actually printed (a 概况 without text leaves no gap).
  parts.forEach((p, i) => {
    p.title = p.title.replace(/^第[一二三四五六七八九十]+部分\s*/, `第${chineseNumber(i + 1)}部分 `);
  });
  const blocks: Block[] = [];
  if (template.toc) {
    blocks.push(centred('目　　录'));
    for (const p of parts) {
      blocks.push(para(p.title, { indent: false, align: 'left', spaceBefore: 6 }));
      for (const line of p.toc) blocks.push(para(line, { indent: true, align: 'left', size: 14 }));
    }
  }
  parts.forEach((p, i) => {
    if (template.cover || template.toc) {
      if (i > 0 || template.toc) blocks.push(pageBreak);
    } else if (i > 0 && national) blocks.push(pageBreak);
    if (withHeadings) blocks.push(centred(p.title));
    // Without part headings (Sichuan, no 概况) the 名词解释 still has its own heading.
    else if (p.kind === 'terms') blocks.push(centred('名词解释'));
    blocks.push(...p.blocks);
  });

  const cover = template.cover;
  return {
    title: cover ? fa.unit.name : e.title,
    subtitle: cover ? [`${fa.year}年度${kind}决算`] : [fa.unit.name],
    bodySize: 16,
    pageNumbers: true,
    author: fa.unit.name,
    blocks: cover
      ? [{ kind: 'paragraph', runs: [{ text: '' }], spaceBefore: 0 }, pageBreak, ...blocks]
      : blocks,
  };
}

/** The document of an explanation with a template (default: the Sichuan one of the document's scope). */
export function explanationModel(
  fa: FinalAccounts,
  e: Explanation,
  charts: readonly ChartImage[],
  template: AccountsTemplate = defaultTemplateFor(fa),
  catalogue?: CatalogEdition,
): DocumentModel {
  return templateDocumentModel(fa, e, charts, template, catalogue);
}
