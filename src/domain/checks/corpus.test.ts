/**
 * The checker on our own corpus (test/fixtures/documents/corpus.ts): 部门决算 in the national 9-table
 * layout as pdftotext -layout / plain pdftotext / typed / Markdown text, 三公 notices and 自评表.
 * Clean documents: no error, and the claims are recognised (not merely silent). Planted errors: each one
 * is found, by the right rule, on the line of the changed figure.
 */
import { describe, expect, it } from 'vitest';
import { corpus } from './__fixtures__/corpus.ts';
import { COUNTY_PLANTS } from './__fixtures__/counties.ts';
import { PROVINCE_PLANTS } from './__fixtures__/provinces.ts';
import { checkTextReport, type CheckReport } from './index.ts';

const docs = new Map(corpus().map((d) => [d.name, d.text]));
const doc = (name: string): string => {
  const t = docs.get(name);
  if (t === undefined) throw new Error(`no corpus document ${name}`);
  return t;
};
const lineOf = (text: string, index: number): number => text.slice(0, index).split('\n').length;

describe('corpus: clean documents', () => {
  it('has at least 26 documents in five layouts', () => {
    expect(docs.size).toBeGreaterThanOrEqual(26);
    expect(new Set(corpus().map((d) => d.style)).size).toBe(5);
  });

  it('reads a table row that is also its caption ("单位：万元收入  …  支出项目") without hanging', () => {
    // Found by reflowing a province document's tables into its prose: the layout loop never advanced.
    const r = checkTextReport('单位：万元收入                 支出项目      决算数\n本年收入合计   100.00\n');
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  for (const d of corpus()) {
    it(`${d.name}: no error, no warning, and its claims are recognised and hold`, () => {
      const r = checkTextReport(d.text);
      expect(r.findings.filter((f) => f.severity !== 'note')).toEqual([]);
      const recognised = Object.values(r.counts).reduce((a, c) => a + c.recognised, 0);
      const verified = Object.values(r.counts).reduce((a, c) => a + c.verified, 0);
      expect(recognised).toBeGreaterThan(0);
      expect(verified).toBe(recognised);
      if (d.name.startsWith('juesuan') && d.style !== 'raw') {
        // Tables are read: the 9-table arithmetic and the same figure in text and tables.
        expect(r.counts.table.recognised).toBeGreaterThan(100);
        expect(r.counts.figure.recognised).toBeGreaterThan(10);
      }
      if (d.name.startsWith('juesuan')) {
        expect(r.counts.share.recognised).toBeGreaterThanOrEqual(10);
        expect(r.counts.completion.recognised).toBeGreaterThanOrEqual(5);
        expect(r.counts.change.recognised).toBeGreaterThanOrEqual(3);
      }
    });
  }
});

/** A planted error: `re` finds the figure (group 1) to change in document `name`; `to` is its new text. */
type Plant = {
  name: string;
  what: string;
  re: RegExp;
  to: (figure: string) => string;
  rule: string;
  /** Where the finding must be: the changed figure (default) or the first match of this pattern. */
  at?: RegExp;
};

const bump = (by: string) => (v: string) => {
  const places = (v.split('.')[1] ?? '').length;
  const n = Number(v.replace(/,/g, '')) + Number(by);
  return n.toFixed(places);
};

const PLANTS: Plant[] = [
  {
    name: 'juesuan-1-layout.txt',
    what: '收入 share',
    re: /财政拨款收入 [\d,.]+ 万元，占 ([\d.]+)%/,
    to: bump('1.37'),
    rule: 'share.percent',
  },
  {
    name: 'juesuan-1-layout.txt',
    what: 'a part of 本年收入合计',
    re: /其他收入 ([\d,.]+) 万元，占/,
    to: bump('1'),
    rule: 'sum.parts',
    at: /本年收入合计 [\d,.]+ 万元，其中/,
  },
  {
    name: 'juesuan-1-layout.txt',
    what: 'change %',
    re: /财政拨款收入支出总计[增减][加少] [\d.]+ 万元，[增下][长降] ([\d.]+)%/,
    to: bump('0.5'),
    rule: 'change.percent',
  },
  {
    name: 'juesuan-1-layout.txt',
    what: 'change direction',
    re: /一般公共预算财政拨款支出增加\s*\n?[\d.]+ 万元，(增长)/,
    to: () => '下降',
    rule: 'change.direction',
  },
  {
    name: 'juesuan-1-layout.txt',
    what: 'completion',
    re: /完成年初预算的 ([\d.]+)%/,
    to: bump('2.11'),
    rule: 'completion.percent',
  },
  {
    name: 'juesuan-1-layout.txt',
    what: 'text vs table (0.3万元)',
    re: /财政拨款收入支出总计 ([\d,.]+) 万元/,
    to: () => '0.3',
    rule: 'figure.text-table',
  },
  {
    name: 'juesuan-1-layout.txt',
    what: 'table vs table by 0.01',
    re: /收入决算表[\s\S]*?\n {3,}合计 +([\d,.]+)/,
    to: bump('0.01'),
    rule: 'figure.tables-disagree',
  },
  {
    name: 'juesuan-1-layout.txt',
    what: '项 row of the 一般公共预算 table',
    re: /一般公共预算财政拨款支出决算表[\s\S]*?2010301 +行政运行 +([\d,.]+)/,
    to: bump('3'),
    rule: 'table.row-sum',
  },
  {
    name: 'juesuan-1-layout.txt',
    what: '款 = Σ项',
    re: /一般公共预算财政拨款支出决算表[\s\S]*?2010301 +行政运行 +[\d,.]+ +([\d,.]+)/,
    to: bump('3'),
    rule: 'table.code-sum',
    at: /一般公共预算财政拨款支出决算表[\s\S]*?\n(?= *20103 )/,
  },
  {
    name: 'juesuan-3-typed.txt',
    what: '科目 code with another code’s name',
    re: /支出决算表\n[\s\S]*?2010301\t(行政运行)/,
    to: () => '事业运行',
    rule: 'table.code-name',
  },
  {
    name: 'juesuan-1-layout.txt',
    what: '总表 numbered items',
    re: /五、事业收入 +([\d,.]+)/,
    to: bump('10'),
    rule: 'table.total',
    at: /本年收入合计 +[\d,.]+ +本年支出合计/,
  },
  {
    name: 'juesuan-1-layout.txt',
    what: '人员经费合计',
    re: /人员经费合计 +([\d,.]+)/,
    to: bump('1'),
    rule: 'table.basic-split',
  },
  {
    name: 'juesuan-1-layout.txt',
    what: '三公 table',
    re: /“三公”经费支出决算表[\s\S]*?\n +[\d,.]+(?: +[\d,.]+){10} +([\d,.]+)\n/,
    to: bump('0.5'),
    rule: 'table.row-sum',
  },
  {
    name: 'juesuan-1-layout.txt',
    what: 'template residue',
    re: /主要原因：(业务工作量变化)/,
    to: () => 'XXXXXXXX',
    rule: 'residue.placeholder',
  },
  {
    name: 'juesuan-3-typed.txt',
    what: 'a heading with last year',
    re: /第二部分 [^\n]*?(2024)年度部门决算表/,
    to: () => '2023',
    rule: 'year.heading',
  },
  {
    name: 'juesuan-1-layout.txt',
    what: 'comparison year',
    re: /与 (2023) 年度相比/,
    to: () => '2022',
    rule: 'year.mismatch',
  },
  {
    name: 'juesuan-3-typed.txt',
    what: 'missing figure',
    re: /事业收入[\d,.]+万元，占([\d.]+)%/,
    to: () => '',
    rule: 'number.missing',
  },
  {
    name: 'juesuan-2-raw.txt',
    what: 'share in plain pdftotext',
    re: /住\n?房\n?保\n?障\n?支\n?出\n?（\n?类\n?）\n? ?[\d,.]+\n? ?万\n?元\n?，\n?占\n? ?([\d.]+)%/,
    to: bump('3'),
    rule: 'share.percent',
  },
  {
    name: 'juesuan-2-layout-double.txt',
    what: 'change % (double-spaced)',
    re: /收入支出总计[增减][加少] [\d.]+ 万元，[增下][长降] ([\d.]+)%/,
    to: bump('1'),
    rule: 'change.percent',
  },
  {
    name: 'juesuan-3-typed.txt',
    what: '类 share',
    re: /卫生健康支出（类）[\d,.]+万元，占([\d.]+)%/,
    to: bump('1'),
    rule: 'share.percent',
  },
  {
    name: 'juesuan-3-typed.txt',
    what: 'text vs table (类)',
    re: /节能环保支出（类）([\d,.]+)万元/,
    to: bump('0.01'),
    rule: 'figure.text-table',
  },
  {
    name: 'juesuan-4-markdown.txt',
    what: 'table vs table (Markdown)',
    re: /收入决算表[\s\S]*?\| 合计 \| ([\d,.]+)/,
    to: bump('0.01'),
    rule: 'figure.tables-disagree',
  },
  {
    name: 'juesuan-5-layout.txt',
    what: 'count restated',
    re: /截至 \d{4} 年 12 月 31 日[^。]*?保有量为 (\d+)/,
    to: (v) => String(Number(v) + 1),
    rule: 'count.restated',
  },
  {
    name: 'sangong-2-typed.txt',
    what: '元 for 万元',
    re: /公务接待费支出决算[\d.]+(万元)，占/,
    to: () => '元',
    rule: 'unit.yuan-for-wanyuan',
  },
  {
    name: 'sangong-4-typed.txt',
    what: '三公 restated',
    re: /年初预算为[\d.]+万元，支出决算为([\d.]+)万元/,
    to: bump('1'),
    rule: 'figure.restated',
  },
  {
    name: 'sangong-1-layout.txt',
    what: '三公 completion',
    re: /完成年初预\n?算\n?的 ([\d.]+)%/,
    to: bump('5'),
    rule: 'completion.percent',
  },
  {
    name: 'sangong-2-typed.txt',
    what: 'change amount against both years stated',
    re: /\d{4}年度为[\d.]+万元，[增减][加少]([\d.]+)万元，[增下][长降]/,
    to: bump('1'),
    rule: 'change.amount',
  },
  {
    name: 'sangong-1-layout.txt',
    what: 'change amount, wrapped (layout)',
    re: /\d{4} 年度为 [\d.]+ 万元，[增减]\n?[加少]\s*([\d.]+) 万元/,
    to: bump('0.3'),
    rule: 'change.amount',
  },
  {
    name: 'sangong-1-layout.txt',
    what: '持平 while the two years differ',
    re: /公务用车运行维护费 \d{4} 年度支出决算为 ([\d.]+) 万元/,
    to: bump('0.5'),
    rule: 'change.flat',
    at: /与上\n?年持平/,
  },
  {
    name: 'sangong-6-raw.txt',
    what: '持平 while the two years differ (plain pdftotext)',
    re: /\d{4} 年度为 ([\d.]+) 万\n?元，与上年持平/,
    to: bump('1.2'),
    rule: 'change.flat',
    at: /与上年持平/,
  },
  {
    name: 'sangong-4-typed.txt',
    what: 'growth % from a zero base',
    re: /0\.00万元，增加[\d.]+万元(（上年无此项支出）)/,
    to: () => '，增长100.00%',
    rule: 'change.zero-base',
    at: /增长100\.00%/,
  },
  {
    name: 'juesuan-1-layout.txt',
    what: 'growth % from a zero base (layout)',
    re: /万元(（上年未单独核算）)/,
    to: () => '，增长100.00%',
    rule: 'change.zero-base',
    at: /增长100\.00%/,
  },
  {
    name: 'sangong-4-typed.txt',
    what: 'completion rate against a zero budget',
    re: /“三公”经费财政拨款支出年初预算为([\d.]+)万元/,
    to: () => '0.00',
    rule: 'completion.zero-budget',
    at: /完成年初预算的[\d.]+%/,
  },
  {
    name: 'sangong-3-layout.txt',
    what: 'completion rate against a zero budget (layout)',
    re: /会议费年初预算为 0\.00 万元，支出决算为 (0\.00 万元，未发生会议费支出)/,
    to: () => '1.20 万元，完成年初预算的 100.00%',
    rule: 'completion.zero-budget',
    at: /100\.00%/,
  },
  {
    name: 'zipingbiao-1-typed.txt',
    what: 'score total',
    re: /合计\t\t\t\t\t100\t([\d.]+)/,
    to: bump('1'),
    rule: 'score.sum',
  },
  {
    name: 'zipingbiao-3-typed.txt',
    what: 'grade',
    re: /评价等次为(优|良|中)/,
    to: (g) => (g === '优' ? '良' : '优'),
    rule: 'grade.score',
  },
  // Shapes of other provinces (provinces.ts): shares before amounts, (一)(二)(三) 三公, 元 tables, the
  // national 自评表, a 部门整体 self-report, full-width digits and 亿元.
  ...PROVINCE_PLANTS,
  // Shapes of 县 documents (counties.ts): a left margin, 同比, 比年初预算, 元 notes, a 三公 comparison table,
  // (A)/(B) headers, a 部门整体 自评表 with a short report, 百分点.
  ...COUNTY_PLANTS,
];

function plant(p: Plant): { text: string; line: number } {
  const text = doc(p.name);
  const m = p.re.exec(text);
  if (!m || m[1] === undefined) throw new Error(`plant “${p.what}” does not apply to ${p.name}`);
  const at = m.index + m[0].lastIndexOf(m[1]);
  const changed = text.slice(0, at) + p.to(m[1]) + text.slice(at + m[1].length);
  if (p.at) {
    const a = p.at.exec(changed);
    if (!a) throw new Error(`anchor of “${p.what}” not found`);
    return { text: changed, line: lineOf(changed, a.index + a[0].length - (a[0].endsWith('\n') ? 0 : 1)) };
  }
  return { text: changed, line: lineOf(changed, at) };
}

describe('corpus: planted errors', () => {
  for (const p of PLANTS) {
    it(`${p.name}: ${p.what} → ${p.rule}`, () => {
      const { text, line } = plant(p);
      const r: CheckReport = checkTextReport(text);
      const hits = r.findings.filter((f) => f.rule === p.rule && f.severity === 'error');
      expect(
        hits.map((f) => f.line),
        JSON.stringify(r.findings.map((f) => `${f.line} ${f.rule}`)),
      ).toContain(line);
      // The message carries the arithmetic or names what is wrong.
      expect(hits[0]!.message.length).toBeGreaterThan(6);
    });
  }
});
