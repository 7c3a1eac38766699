/**
 * What a user sees is right (issue 11, items 1 and 2): every evaluation document kind of every demo
 * evaluation, rendered through the API as DOCX and read back as text, prints totals that equal the sum of
 * their printed parts — or carries the rounding note of the presentation rule (docs/documents.md) — and
 * no placeholder, file path or programmer notation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dec, sum, type Dec } from '../../src/domain/money/index.ts';
import { ROUNDING_NOTE_MARK } from '../../src/documents/evaluation/common.ts';
import { EVALUATION_DOCUMENT_KINDS } from '../../src/documents/evaluation/index.ts';
import { extractDocx } from '../../src/importers/extract-text.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
type Rendered = { evaluation: string; kind: string; fileName: string; lines: string[] };
const rendered: Rendered[] = [];
const refused: Array<{ evaluation: string; kind: string; message: string }> = [];

/** Who can read each demo organisation's evaluations. */
const READERS: Array<[string, string]> = [
  ['hnswt_jbr', 'HN-SWT'],
  ['sczwfw_jbr', 'SC-ZWFW'],
  ['sczwfw_jbr', 'SC-ZWFW-CGZX'],
  ['jsswt_jbr', 'JS-SWT-XXZX'],
];

beforeAll(async () => {
  t = await createTestApp();
  const sessions = new Map<string, Session>();
  for (const [user, org] of READERS) {
    const s = sessions.get(user) ?? (await t.login(user));
    sessions.set(user, s);
    const orgId = await t.orgId(org);
    const list = await s.request('GET', `/api/evaluations?orgId=${orgId}`);
    expect(list.statusCode, list.body.slice(0, 200)).toBe(200);
    for (const ev of list.json().items as Array<{ id: string; title: string; orgId: string }>) {
      if (ev.orgId !== orgId) continue;
      for (const kind of EVALUATION_DOCUMENT_KINDS) {
        const res = await s.request('GET', `/api/evaluations/${ev.id}/document?kind=${kind}&format=docx`);
        if (res.statusCode === 400) {
          refused.push({ evaluation: ev.title, kind, message: res.json().error.message as string });
          continue;
        }
        expect(res.statusCode, `${ev.title} ${kind}: ${res.body.slice(0, 300)}`).toBe(200);
        const disposition = decodeURIComponent(String(res.headers['content-disposition']));
        rendered.push({
          evaluation: ev.title,
          kind,
          fileName: disposition,
          lines: (await extractDocx(res.rawPayload)).map((l) => l.text),
        });
      }
    }
  }
}, 600_000);
afterAll(async () => t.close());

const DECIMAL = /^-?\d+\.\d+$/;
const cells = (line: string): string[] => line.split('\t');
const hasNote = (lines: readonly string[]): boolean => lines.some((l) => l.includes(ROUNDING_NOTE_MARK));

/** A total against its printed parts: equal, or the document carries the rounding note. */
function expectAddsUp(doc: Rendered, what: string, parts: readonly string[], total: string): void {
  const printed = sum(parts.map((p) => dec(p)));
  if (printed.eq(dec(total))) return;
  expect(
    hasNote(doc.lines),
    `${doc.evaluation} ${doc.kind}: ${what} ${total} ≠ ${parts.join(' + ')} = ${printed.toString()}, and no note`,
  ).toBe(true);
}

/** 评分表 (alone or attached to the report): leaf scores between the header and 合计 against 合计得分. */
function checkScoreTables(doc: Rendered): number {
  let checked = 0;
  const { lines } = doc;
  for (let i = 0; i < lines.length; i++) {
    const head = cells(lines[i]!);
    if (!(head.includes('计分规则') && head.includes('得分') && head.at(-1) === '评分说明')) continue;
    const parts: string[] = [];
    let j = i + 1;
    for (; j < lines.length && cells(lines[j]!)[0] !== '合计'; j++) {
      const c = cells(lines[j]!);
      const score = c.at(-2)!;
      if (DECIMAL.test(score)) parts.push(score);
    }
    const total = cells(lines[j]!);
    // A renormalised 合计 shows the 基础得分; its note names 合计得分X分.
    const named = /合计得分(\d+\.\d+)分/.exec(total.at(-1) ?? '');
    const sumShown = named ? named[1]! : total.at(-2)!;
    if (!DECIMAL.test(sumShown)) continue; // incomplete: no total printed
    expectAddsUp(doc, '合计', parts, sumShown);
    checked++;
  }
  return checked;
}

/** 自评表: 年度资金总额 = 财政拨款 + 其他资金, for 预算数 and 执行数. */
function checkFunds(doc: Rendered): number {
  const row = (label: string): string[] | undefined =>
    doc.lines.map(cells).find((c) => c.includes(label) && c.length >= 3);
  const total = row('年度资金总额');
  const fiscal = row('其中：财政拨款');
  const other = row('其他资金');
  if (!total || !fiscal || !other) return 0;
  const figures = (c: string[]) => c.filter((x) => DECIMAL.test(x)).slice(0, 2);
  const [tb, te] = figures(total);
  const [fb, fe] = figures(fiscal);
  const [ob, oe] = figures(other);
  expectAddsUp(doc, '预算数年度资金总额', [fb!, ob!], tb!);
  expectAddsUp(doc, '执行数年度资金总额', [fe!, oe!], te!);
  return 2;
}

/** 评价人员评分表: the average of the printed scores against the printed 平均得分. */
function checkPanel(doc: Rendered): number {
  const rows = doc.lines.map(cells);
  const start = rows.findIndex(
    (c) => c[0] === '姓  名' || c[0] === '姓 名' || c[0]?.replace(/\s/g, '') === '姓名',
  );
  const end = rows.findIndex((c) => c[0] === '平均得分');
  if (start < 0 || end < 0) return 0;
  const scores = rows.slice(start + 1, end).map((c) => c[3]!);
  const avg = rows[end]![1]!;
  if (!DECIMAL.test(avg)) return 0;
  const ofShown: Dec = sum(scores.map((s) => dec(s)))
    .div(scores.length)
    .toDecimalPlaces(2, 4);
  if (!ofShown.eq(dec(avg)))
    expect(hasNote(doc.lines), `${doc.evaluation}: 平均得分 ${avg} vs ${scores}`).toBe(true);
  return 1;
}

/** 自评报告 四: the 一级 scores against the 合计 of the attached 评分表. */
function checkReportGroups(doc: Rendered): number {
  const groups = doc.lines
    .map((l) => /^根据评价指标，.+?得分(\d+\.\d+)分/.exec(l)?.[1])
    .filter((x): x is string => x !== undefined);
  const totalRow = doc.lines.map(cells).find((c) => c[0] === '合计');
  if (groups.length === 0 || !totalRow) return 0;
  const named = /合计得分(\d+\.\d+)分/.exec(totalRow.at(-1) ?? '');
  const total = named ? named[1]! : totalRow.at(-2)!;
  if (!DECIMAL.test(total)) return 0;
  expectAddsUp(doc, '各一级指标得分合计', groups, total);
  return 1;
}

const FORBIDDEN: Array<[RegExp, string]> = [
  [/未填写偏差原因/, 'a placeholder for a missing 偏差原因'],
  [/请人工判断|待判断/, 'a request for manual judgement'],
  [/seeds\//, 'a file path of the seeds'],
  [/max\(|min\(|\bW\s*[×*]|[×*]\s*W\b/, 'a formula in programmer notation'],
  [/缺少输入|\b(met|parts|rate|target|actual|undefined|null|NaN)\b/, 'a programmer word'],
  [/(\d{4})年度.*（\1年度）/, 'the year twice'],
];

describe('every evaluation document of every demo evaluation', () => {
  it('renders the documents each evaluation has data for, and refuses the others in Chinese', () => {
    expect(rendered.length).toBeGreaterThanOrEqual(20);
    for (const r of refused) expect(r.message, `${r.evaluation} ${r.kind}`).toMatch(/[\u4e00-\u9fa5]/);
    const kinds = new Set(rendered.map((r) => r.kind));
    expect([...kinds].sort()).toEqual([...EVALUATION_DOCUMENT_KINDS].sort());
  });

  it('prints totals equal to the sum of their printed parts, or says why they differ', () => {
    let checked = 0;
    for (const doc of rendered) {
      checked += checkScoreTables(doc) + checkFunds(doc) + checkPanel(doc) + checkReportGroups(doc);
    }
    // Every 评分表 (alone and in each report), every 自评表's two columns, the panel, the report's groups.
    expect(checked).toBeGreaterThanOrEqual(rendered.length);
  });

  it('prints no placeholder, file path, programmer notation or repeated year, in the text or the file name', () => {
    for (const doc of rendered) {
      const text = [doc.fileName, ...doc.lines];
      for (const [pattern, what] of FORBIDDEN) {
        const hit = text.find((l) => pattern.test(l));
        expect(hit, `${doc.evaluation} ${doc.kind}: ${what}`).toBeUndefined();
      }
    }
  });

  it('would catch a total that does not add up without the note (the checks can fail)', () => {
    const fake = (lines: string[]): Rendered => ({
      evaluation: '样例',
      kind: 'score-table',
      fileName: '',
      lines,
    });
    const table = [
      '一级指标\t三级指标\t计分规则\t分值\t得分\t评分说明',
      '产出\t甲\t规则\t50\t20.00\t说明',
      '\t乙\t规则\t50\t9.94\t说明',
      '\t丙\t规则\t50\t68.17\t说明',
      '合计\t\t\t150\t98.10\t',
    ];
    expect(() => checkScoreTables(fake(table))).toThrow(/98\.10 ≠ 20\.00 \+ 9\.94 \+ 68\.17/);
    expect(checkScoreTables(fake([...table, `注：…${ROUNDING_NOTE_MARK}。`]))).toBe(1);
  });
});
