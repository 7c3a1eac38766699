/**
 * The 决算情况说明 as a DocumentModel: the generated paragraphs of the domain (printed exactly as the domain
 * wrote them), headings at their levels, 图1–图7 after the paragraphs they illustrate, the detail tables
 * (一般公共预算财政拨款支出 by 类/款/项 with 预算数, 决算数, 完成预算%; "三公"经费 budget vs actual), then 名词解释.
 * Sections follow seeds 000 and 001: 第一部分 概况 (only when its texts are written), 第二部分 the explanation
 * sections 一 to 十, 第三部分 名词解释.
 */
import {
  catalogFor,
  className,
  wan,
  type Explanation,
  type FinalAccounts,
  type FunctionRow,
} from '../../domain/accounts/index.ts';
import { completionPercent, dec, fixed, sum } from '../../domain/money/index.ts';
import { cell, heading, para, type Block, type DocumentModel, type Table, type TableCell } from '../model.ts';
import type { ChartImage } from './charts.ts';

/** After which paragraph each chart stands (the seeds put each under the sentence it draws). */
export const CHART_AFTER: Record<string, string> = {
  图1: 's1',
  图2: 's2',
  图3: 's3',
  图4: 's4',
  图5: 's5.1',
  图6: 's5.2',
  图7: 's7.2',
};

const DASH = '—';

/** 完成预算% at 2 decimals, or — when nothing was budgeted. */
export function completionText(actual: string, budget: string): string {
  const c = completionPercent(actual, budget);
  return c === null ? DASH : fixed(c, 2);
}

function headingLevel(id: string): 1 | 2 {
  return /^s\d+\.\d+\.h$/.test(id) ? 2 : 1;
}

/** 一般公共预算财政拨款支出决算明细: every 类/款/项 row with money, ordered by code, then 合计. */
export function generalDetailTable(fa: FinalAccounts): Table {
  const edition = catalogFor(fa.catalogYear ?? fa.year);
  const rows = fa.current.generalByFunction
    .filter((r) => !(dec(r.actual).isZero() && dec(r.budget).isZero()))
    .sort((a, b) => a.code.localeCompare(b.code));
  const name = (r: FunctionRow): string => {
    const n = edition.functions.get(r.code)?.name ?? r.code;
    return r.code.length === 3 ? className(n) : n;
  };
  const classes = rows.filter((r) => r.code.length === 3);
  const money = (v: string): TableCell => cell(wan(v), { align: 'right' });
  const body = rows.map((r) => {
    const level = r.code.length === 3 ? 0 : r.code.length === 5 ? 1 : 2;
    return {
      cells: [
        cell(r.code, { align: 'left', bold: level === 0 }),
        cell(`${'　'.repeat(level)}${name(r)}`, { align: 'left', bold: level === 0 }),
        money(r.budget),
        money(r.actual),
        cell(completionText(r.actual, r.budget), { align: 'right' }),
      ],
    };
  });
  const budgetYuan = sum(classes.map((r) => r.budget)).toString();
  const actual = fa.current.fiscal.expenditureGeneral;
  return {
    kind: 'table',
    caption: '一般公共预算财政拨款支出决算明细表',
    subcaption: '单位：万元',
    columnWidths: [14, 46, 15, 15, 14],
    headerRows: 1,
    fontSize: 10.5,
    rows: [
      {
        cells: ['科目编码', '科目名称', '预算数', '决算数', '完成预算（%）'].map((t) =>
          cell(t, { shade: true, bold: true }),
        ),
      },
      ...body,
      {
        cells: [
          cell('合计', { colSpan: 2, bold: true }),
          cell(wan(budgetYuan), { align: 'right', bold: true }),
          cell(wan(actual), { align: 'right', bold: true }),
          cell(completionText(actual, budgetYuan), { align: 'right', bold: true }),
        ],
      },
    ],
  };
}

/** "三公"经费财政拨款支出: 预算数, 决算数, 完成预算% by part, as the 三公 table of the national template. */
export function threePublicTable(fa: FinalAccounts): Table {
  const { budget, actual } = fa.current.threePublic;
  const line = (label: string, key: keyof typeof budget, indent = 0, bold = false) => ({
    cells: [
      cell(`${'　'.repeat(indent)}${label}`, { align: 'left', bold }),
      cell(wan(budget[key]), { align: 'right', bold }),
      cell(wan(actual[key]), { align: 'right', bold }),
      cell(completionText(actual[key], budget[key]), { align: 'right', bold }),
    ],
  });
  return {
    kind: 'table',
    caption: '“三公”经费财政拨款支出决算表',
    subcaption: '单位：万元',
    columnWidths: [46, 18, 18, 18],
    headerRows: 1,
    fontSize: 10.5,
    rows: [
      {
        cells: ['项目', '预算数', '决算数', '完成预算（%）'].map((t) => cell(t, { shade: true, bold: true })),
      },
      line('合计', 'total', 0, true),
      line('1.因公出国（境）费', 'abroad'),
      line('2.公务用车购置及运行维护费', 'vehicle'),
      line('（1）公务用车购置费', 'vehiclePurchase', 1),
      line('（2）公务用车运行维护费', 'vehicleOperation', 1),
      line('3.公务接待费', 'reception'),
      line('（1）国内公务接待费', 'receptionDomestic', 1),
      line('（2）外事接待费', 'receptionForeign', 1),
    ],
  };
}

function introBlocks(fa: FinalAccounts): Block[] {
  const t = fa.texts;
  const parts: [string, string][] = [
    ['一、职能简介', t.functions],
    [`二、${fa.year}年重点工作完成情况`, t.keyWork],
    ['三、机构设置情况', t.institutions],
  ];
  if (parts.every(([, text]) => !text.trim())) return [];
  const blocks: Block[] = [
    {
      kind: 'heading',
      level: 1,
      text: `第一部分 ${fa.scope === 'department' ? '部门' : '单位'}概况`,
      align: 'center',
    },
  ];
  for (const [h, text] of parts) {
    if (!text.trim()) continue;
    blocks.push(heading(1, h));
    for (const line of text
      .split(/\n+/)
      .map((s) => s.trim())
      .filter(Boolean))
      blocks.push(para(line));
  }
  return blocks;
}

/** The model of the explanation; `charts` are the rendered 图1–图7 (renderAccountsCharts). */
export function explanationModel(
  fa: FinalAccounts,
  e: Explanation,
  charts: readonly ChartImage[],
): DocumentModel {
  const byAfter = new Map<string, ChartImage[]>();
  for (const c of charts) {
    const after = CHART_AFTER[c.id];
    if (after) byAfter.set(after, [...(byAfter.get(after) ?? []), c]);
  }
  const intro = introBlocks(fa);
  const blocks: Block[] = [...intro];
  if (intro.length) blocks.push({ kind: 'heading', level: 1, text: `第二部分 ${e.title}`, align: 'center' });
  const paragraphs = e.paragraphs;
  const lastOf = (prefix: RegExp): string | undefined =>
    [...paragraphs].reverse().find((p) => prefix.test(p.id))?.id;
  const afterGeneral = lastOf(/^s5\./);
  const afterThreePublic = lastOf(/^s7\./);
  for (const p of paragraphs) {
    if (p.id === 'terms.h') {
      blocks.push({
        kind: 'heading',
        level: 1,
        text: intro.length ? '第三部分 名词解释' : '名词解释',
        align: 'center',
      });
      continue;
    }
    if (p.heading) blocks.push(heading(headingLevel(p.id), p.text));
    // Left-aligned: CJK lines fill the measure anyway, and without justification's stretched spaces the PDF's
    // text layer reads back as whole lines (pdftotext split stretched lines into columns).
    else blocks.push(para(p.text, { align: 'left' }));
    for (const c of byAfter.get(p.id) ?? []) {
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
  return {
    title: e.title,
    subtitle: [fa.unit.name],
    bodySize: 16,
    pageNumbers: true,
    author: fa.unit.name,
    blocks,
  };
}
