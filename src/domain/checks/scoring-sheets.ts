/**
 * A 评分表 printed as space-aligned text (pdftotext -layout), read line by line: columns 一级 / 二级 / 三级指标, 分值,
 * 评分标准 (wrapped text), 得分, 扣分说明 (wrapped text), a "…小计" row per 一级 and a 总分 row; then the prose
 * after it (a 评价结论) restating the 总分 and each 一级's 得分, 分值 and 得分率.
 *
 * - An indicator row: a name, its 分值, some 评分标准 text, then its 得分 (at most the 分值) and the note; the lines
 *   below, up to the next row, carry the wrapped texts — the part of them right of the middle between where the
 *   row's 评分标准 and note start is the note's (deduction-notes.ts judges it).
 * - A 小计 (`score.sum`): the 得分s of the rows above it since the last 小计, read only when their 分值s add up to
 *   the 小计's 分值 (every row of the group read).
 * - The 总分 (`score.sum`): against the rows' 得分s when every group was read and their 分值s add up to its 分值; a
 *   总分 equal to the printed 小计s is left to the wrong 小计's finding.
 * - The prose (`figure.text-table`, `score.rate`): "总分为N分" against the table's 总分, "G指标得分N分（分值W分），
 *   得分率P%" against the group's 得分 (the sum of its rows) and P against N ÷ W within the rounding of N.
 */
import { dec, roundHalfUp, sum, type Dec } from '../money/index.ts';
import { printedLines, report, type Ctx } from './context.ts';
import { checkDeductionNote, type Note, type Row } from './deduction-notes.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';

type Token = { text: string; start: number; end: number };
type Group = { name: string; weight: string; score: string; line: number; rows: Row[] };

const NUMBER = /^\d{1,3}(?:\.\d{1,2})?$/;
const CJK = /[\u4e00-\u9fa5]/;
const HEADER_NOTE = /扣分说明|得分说明|扣分原因|评分说明|扣分情况/;

function tokens(line: string): Token[] {
  return [...line.matchAll(/\S+/g)].map((m) => ({
    text: m[0],
    start: m.index!,
    end: m.index! + m[0].length,
  }));
}

/** The 评分表s of the document: from a header naming 分值, 得分 and a note column, to the 总分 row. */
export function checkScoringSheets(ctx: Ctx): void {
  // (A sheet starts at a header naming 分值, 得分 and a note column: HEADER_NOTE.)
  if (!mentionsAll(ctx, ['分值', '得分'])) return;
  if (!mentionsAny(ctx, ['扣分说明', '得分说明', '扣分原因', '评分说明', '扣分情况'])) return;
  const source = printedLines(ctx);
  for (let i = 0; i < source.length; i++) {
    // (分值 and 得分 need a 值 and a 得 however spaced: other lines are not copied.)
    if (!source[i]!.includes('值') || !source[i]!.includes('得')) continue;
    const flat = source[i]!.replace(/\s+/g, '');
    if (!flat.includes('分值') || !flat.includes('得分') || !HEADER_NOTE.test(flat)) continue;
    // The note column right of the 得分 column.
    if (flat.search(HEADER_NOTE) < flat.indexOf('得分')) continue;
    i = readSheet(ctx, source, i + 1);
  }
}

/** Reads one sheet from the line after its header; returns the last line read. */
function readSheet(ctx: Ctx, source: readonly string[], from: number): number {
  const groups: Group[] = [];
  let pending: Row[] = [];
  let current: { row: Row; note: Note; mid: number } | null = null;
  const notes: { row: Row; note: Note }[] = [];
  let total: { weight: string; score: string; line: number; excerpt: string } | null = null;
  let i = from;
  const close = (): void => {
    if (current) notes.push({ row: current.row, note: current.note });
    current = null;
  };
  for (; i < source.length && i < from + 400; i++) {
    const line = source[i]!;
    if (line.trim() === '') continue;
    const toks = tokens(line);
    const sub = toks.findIndex((t) => t.text.endsWith('小计'));
    if (sub >= 0 && NUMBER.test(toks[sub + 1]?.text ?? '') && NUMBER.test(toks[sub + 2]?.text ?? '')) {
      close();
      const name = toks
        .slice(0, sub + 1)
        .map((t) => t.text)
        .join('')
        .replace(/(?:指标)?小计$/, '');
      groups.push({ name, weight: toks[sub + 1]!.text, score: toks[sub + 2]!.text, line: i, rows: pending });
      pending = [];
      continue;
    }
    const tot = toks.findIndex((t) => /^(?:总分|合计|总计)$/.test(t.text));
    if (tot >= 0 && NUMBER.test(toks[tot + 1]?.text ?? '') && NUMBER.test(toks[tot + 2]?.text ?? '')) {
      close();
      total = { weight: toks[tot + 1]!.text, score: toks[tot + 2]!.text, line: i, excerpt: line.trim() };
      break;
    }
    const row = indicatorRow(toks, i, line);
    if (row) {
      close();
      pending.push(row.row);
      current = row;
      continue;
    }
    if (/^\s*(?:注[:：]|[一二三四五六七八九十]+、)/.test(line)) break;
    // A wrapped line: its segments right of the middle are the note's.
    if (current) {
      const c = current as { row: Row; note: Note; mid: number };
      for (const m of line.matchAll(/\S+(?:\s{1,2}\S+)*/g))
        if (m.index! >= c.mid) addPiece(c.note, i, m[0], m.index!);
    }
  }
  close();
  judgeSheet(ctx, groups, pending, total);
  for (const { row, note } of notes) if (note.text !== '') checkDeductionNote(ctx, row, note);
  if (total) checkProseAfter(ctx, groups, total, i);
  return i;
}

function addPiece(note: Note, line: number, text: string, at: number): void {
  note.pieces.push({ line, start: note.text.length, at });
  note.text += text.replace(/\s+/g, '');
}

/** "…三级指标名 W 评分标准… S 扣分说明…": W a 分值, S a 得分 no more than it, text between. */
function indicatorRow(toks: Token[], i: number, line: string): { row: Row; note: Note; mid: number } | null {
  for (let j = 1; j < toks.length - 2; j++) {
    const w = toks[j]!;
    if (!NUMBER.test(w.text) || w.text.includes('.') || !CJK.test(toks[j - 1]!.text)) continue;
    if (NUMBER.test(toks[j - 1]!.text) || !CJK.test(toks[j + 1]!.text)) continue;
    const k = toks.findIndex((t, n) => n > j + 1 && NUMBER.test(t.text));
    if (k < 0) return null;
    const s = toks[k]!;
    if (dec(s.text).gt(w.text) || dec(w.text).isZero()) return null;
    const criterionStart = toks[j + 1]!.start;
    const noteStart = toks[k + 1]?.start ?? s.end + 1;
    const name = toks[j - 1]!.text;
    const note: Note = { text: '', pieces: [] };
    const rest = line.slice(noteStart).trim();
    if (rest !== '') addPiece(note, i, rest, noteStart);
    const row: Row = { name, weight: w.text, score: s.text, line: i, excerpt: line.trim() };
    return { row, note, mid: (criterionStart + noteStart) / 2 };
  }
  return null;
}

function judgeSheet(
  ctx: Ctx,
  groups: readonly Group[],
  loose: readonly Row[],
  total: { weight: string; score: string; line: number; excerpt: string } | null,
): void {
  const read: Dec[] = [];
  let allRead = loose.length === 0 && groups.length > 0;
  for (const g of groups) {
    if (g.rows.length === 0 || !sum(g.rows.map((r) => r.weight)).eq(g.weight)) {
      allRead = false;
      continue;
    }
    const parts = g.rows.map((r) => r.score);
    const exact = sum(parts);
    read.push(exact);
    const ok = exact.eq(g.score);
    const places = Math.max(...[...parts, g.score].map((p) => (p.split('.')[1] ?? '').length));
    const arithmetic = `${parts.join(' + ')} = ${exact.toFixed(places)}`;
    ctx.claims.push({
      kind: 'score',
      line: g.line + 1,
      verified: ok,
      arithmetic: `${g.name}小计：${arithmetic}`,
    });
    if (!ok)
      ctx.findings.push({
        rule: 'score.sum',
        severity: 'error',
        line: g.line + 1,
        excerpt: `${g.name}小计 ${g.weight} ${g.score}`,
        expected: exact.toFixed(places),
        found: g.score,
        message: `${g.name}小计得分应为其下各指标得分之和 ${arithmetic}，表中为${g.score}。`,
      });
  }
  if (!total || !allRead || !sum(groups.map((g) => g.weight)).eq(total.weight)) return;
  const exact = sum(read);
  const printedSubtotals = sum(groups.map((g) => g.score));
  const ok = exact.eq(total.score);
  const places = (total.score.split('.')[1] ?? '').length;
  const arithmetic = `${read.map((r) => r.toFixed(places)).join(' + ')} = ${exact.toFixed(places)}`;
  ctx.claims.push({ kind: 'score', line: total.line + 1, verified: ok, arithmetic: `总分：${arithmetic}` });
  // (A 总分 adding up the printed 小计s, one of them wrong: that 小计 is the finding.)
  if (ok || printedSubtotals.eq(total.score)) return;
  ctx.findings.push({
    rule: 'score.sum',
    severity: 'error',
    line: total.line + 1,
    excerpt: total.excerpt,
    expected: exact.toFixed(places),
    found: total.score,
    message: `总分应为各一级指标得分之和 ${arithmetic}，表中为${total.score}。`,
  });
}

const FIGURE = '(\\d{1,3}(?:\\.\\d{1,2})?)';

/** The prose after the sheet (up to the next sheet or 60 lines): its 总分 and each group's 得分 and 得分率. */
function checkProseAfter(
  ctx: Ctx,
  groups: readonly Group[],
  total: { weight: string; score: string; line: number },
  after: number,
): void {
  const groupScores = new Map<string, { score: string; weight: string }>();
  for (const g of groups) {
    const rows = g.rows;
    const read = rows.length > 0 && sum(rows.map((r) => r.weight)).eq(g.weight);
    const places = (g.score.split('.')[1] ?? '').length;
    const score = read ? sum(rows.map((r) => r.score)).toFixed(places) : g.score;
    groupScores.set(g.name, { score, weight: g.weight });
  }
  const totalScore = total.score;
  const rowsTotal = sum([...groupScores.values()].map((g) => g.score));
  // The 总分 the text must restate: the printed one when the rows add up to it.
  const trusted = rowsTotal.eq(totalScore) || groups.length === 0 ? totalScore : null;
  for (let li = after + 1; li < ctx.lines.length && li <= after + 60; li++) {
    const text = ctx.lines[li] ?? '';
    if (/分值/.test(text) && /得分/.test(text) && /扣分说明|评分标准/.test(text)) break;
    if (trusted)
      for (const m of text.matchAll(new RegExp(`总分(?:为|是|[:：])?${FIGURE}分`, 'g'))) {
        const printed = m[1]!;
        if (dec(printed).eq(total.weight)) continue;
        // (A 总分 of weights — "剔除后总分70分", a formula "÷总分…×100" — is no score.)
        const around = text.slice(Math.max(0, m.index! - 8), m.index! + m[0].length + 4);
        if (/剔除|满分|折算|基数|分值|[÷×=＝]/.test(around)) continue;
        // (Last year's 总分, compared with: not this table's.)
        if (/上年|去年|上一年|以前|往年/.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
        const dp = (printed.split('.')[1] ?? '').length;
        const ok = roundHalfUp(trusted, dp).eq(printed);
        const at = m.index! + m[0].indexOf(printed, 2);
        ctx.claims.push({
          kind: 'figure',
          line: ctx.layout.lineAt(li, at) + 1,
          verified: ok,
          arithmetic: `正文总分${printed}，表中总分${trusted}`,
        });
        if (!ok)
          report(
            ctx,
            li,
            'figure.text-table',
            'error',
            m[0],
            trusted,
            printed,
            `正文所述总分${printed}分与评分表总分${trusted}分不一致。`,
            at,
          );
      }
    for (const [name, g] of groupScores) {
      const re = new RegExp(
        `${name}(?:指标)?(?:得分|得)(?:为)?${FIGURE}分(?:[（(]分值(?:为)?(\\d{1,3})分[)）])?[，,、]?(?:得分率|得分比率)(?:为)?(\\d{1,3}(?:\\.\\d{1,2})?)[%％]`,
        'g',
      );
      for (const m of text.matchAll(re)) judgeGroupProse(ctx, li, m, name, g);
    }
  }
}

function judgeGroupProse(
  ctx: Ctx,
  li: number,
  m: RegExpMatchArray,
  name: string,
  g: { score: string; weight: string },
): void {
  const [, printed, weight, rate] = m as unknown as [string, string, string | undefined, string];
  const w = weight ?? g.weight;
  const dp = (printed.split('.')[1] ?? '').length;
  const scoreOk = roundHalfUp(g.score, dp).eq(printed);
  const scoreAt = m.index! + m[0].indexOf(printed);
  ctx.claims.push({
    kind: 'figure',
    line: ctx.layout.lineAt(li, scoreAt) + 1,
    verified: scoreOk,
    arithmetic: `正文${name}得分${printed}，表中${g.score}`,
  });
  if (!scoreOk)
    report(
      ctx,
      li,
      'figure.text-table',
      'error',
      m[0],
      g.score,
      printed,
      `正文所述${name}指标得分${printed}分与评分表中其各指标得分之和${g.score}分不一致。`,
      scoreAt,
    );
  if (dec(w).isZero()) return;
  // The rate from the printed score, within its rounding.
  const half = dec(5).div(dec(10).pow(dp + 1));
  const rdp = (rate.split('.')[1] ?? '').length;
  const low = roundHalfUp(dec(printed).minus(half).div(w).times(100), rdp);
  const high = roundHalfUp(dec(printed).plus(half).div(w).times(100), rdp);
  const exact = roundHalfUp(dec(printed).div(w).times(100), rdp);
  const ok = dec(rate).gte(low) && dec(rate).lte(high);
  const rateAt = m.index! + m[0].lastIndexOf(rate);
  const arithmetic = `${printed} ÷ ${w} = ${exact.toFixed(rdp)}%`;
  ctx.claims.push({
    kind: 'share',
    line: ctx.layout.lineAt(li, rateAt) + 1,
    verified: ok,
    arithmetic: `${name}得分率：${arithmetic}`,
  });
  if (!ok)
    report(
      ctx,
      li,
      'score.rate',
      'error',
      m[0],
      `${exact.toFixed(rdp)}%`,
      `${rate}%`,
      `${name}指标得分率应为 ${arithmetic}，正文为${rate}%。`,
      rateAt,
    );
}
