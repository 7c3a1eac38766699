/**
 * A table of numbered items, each with an amount and its share of the 合计, read line by line as printed
 * (`序号 | 名称 | 内容 … | 金额 | 占比（%）`, a 自评表's 年度主要任务 part): the 合计 row prints the amounts' total
 * and 100 (%). The amounts must add up to the 合计 (`table.total`) and each share be its amount ÷ the 合计
 * (`share.percent`), rounding-aware — read whatever the alignment of the columns (a table aligned by characters,
 * not by display width, the table model cannot place).
 *
 * Read only when certain: a header line starting with 序号 whose last two heads are an amount (金额, 预算, 资金)
 * and a share (占比, 比例, 比重); below it rows numbered 1, 2, 3 … in sequence, each ending (on its first line
 * or on one of its wrapped lines, never on two) with exactly two figures, amount then share — other wrapped
 * lines of a row ending in no figure; then a 合计 / 总计 row of two figures, the second 100. Anything else
 * between (a row of one figure or three, a 其中 row, a number out of sequence) and the table is not read.
 * When the amounts do not add up and exactly one row's share does not fit the 合计, that row's amount is the
 * figure at fault (reported on its row); otherwise on the 合计 row. A share is judged on its own only when the
 * amounts add up.
 */
import { dec } from '../money/index.ts';
import { printedLines, type Ctx } from './context.ts';
import { judgeRatio, judgeSum, SHARE, show, type Printed } from './verdict.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';

const SERIAL = /^(\d{1,2})[.、．]?$/;
const FIGURE = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const SHARE_HEAD = /^(?:所占)?(?:占比|比例|比重)(?:[（(]%[）)])?$/;
const AMOUNT_HEAD = /(?:金额|预算|资金|预算数)(?:[（(](?:万元|元|亿元)[）)])?$/;
const TOTAL = /^(?:合计|总计)$/;

type Row = { line: number; serial: number; amount: Printed; share: Printed; text: string };

const printedOf = (token: string): Printed => {
  const value = token.replace(/,/g, '');
  return { value, places: (value.split('.')[1] ?? '').length };
};

/** The last two tokens of a line when both are figures and the one before them is not: [amount, share]. */
function trailingPair(tokens: readonly string[]): [string, string] | null {
  const n = tokens.length;
  if (n < 3 || !FIGURE.test(tokens[n - 1]!) || !FIGURE.test(tokens[n - 2]!)) return null;
  if (FIGURE.test(tokens[n - 3]!)) return null;
  return [tokens[n - 2]!, tokens[n - 1]!];
}

export function checkNumberedShares(ctx: Ctx): void {
  // (A header from 序号 to a 占比 / 比例 / 比重 column, a 合计 / 总计 row.)
  if (!(
    mentionsAll(ctx, ['序号']) &&
    mentionsAny(ctx, ['占比', '比例', '比重']) &&
    mentionsAny(ctx, ['合计', '总计'])
  ))
    return;
  const source = printedLines(ctx);
  for (let h = 0; h < source.length; h++) {
    // (A header's first word is 序号: the other lines are not split.)
    if (!source[h]!.trimStart().startsWith('序号')) continue;
    const head = source[h]!.trim().split(/\s+/);
    if (head.length < 4 || head[0] !== '序号') continue;
    if (!SHARE_HEAD.test(head[head.length - 1]!) || !AMOUNT_HEAD.test(head[head.length - 2]!)) continue;
    const table = readTable(source, h);
    if (table) judge(ctx, table.rows, table.total, table.totalLine);
  }
}

function readTable(
  source: readonly string[],
  h: number,
): { rows: Row[]; total: Printed; totalLine: number } | null {
  const rows: Row[] = [];
  // The row being read: its serial, line and (once seen) its figures.
  let open: { serial: number; line: number; pair: [string, string] | null; text: string } | null = null;
  const close = (): boolean => {
    if (!open) return true;
    if (!open.pair) return false;
    const [amount, share] = open.pair;
    rows.push({
      line: open.line,
      serial: open.serial,
      amount: printedOf(amount),
      share: printedOf(share),
      text: open.text,
    });
    open = null;
    return true;
  };
  for (let k = h + 1; k < source.length && k <= h + 80; k++) {
    const text = source[k]!.trim();
    if (text === '') return null;
    const tokens = text.split(/\s+/);
    if (TOTAL.test(tokens[0]!)) {
      if (!close() || tokens.length !== 3 || !FIGURE.test(tokens[1]!) || !FIGURE.test(tokens[2]!))
        return null;
      if (!dec(tokens[2]!.replace(/,/g, '')).eq(100) || rows.length < 2) return null;
      return { rows, total: printedOf(tokens[1]!), totalLine: k };
    }
    const serial = SERIAL.exec(tokens[0]!);
    const pair = trailingPair(tokens);
    if (serial) {
      if (!close() || Number(serial[1]) !== rows.length + 1) return null;
      open = { serial: Number(serial[1]), line: k, pair, text };
      continue;
    }
    // A wrapped line of the open row: no figure at its end, or the row's figures when its first line had none.
    if (!open) return null;
    if (FIGURE.test(tokens[tokens.length - 1]!)) {
      if (!pair || open.pair) return null;
      open.pair = pair;
      open.line = k;
      open.text = text;
    }
  }
  return null;
}

function judge(ctx: Ctx, rows: readonly Row[], total: Printed, totalLine: number): void {
  const sum = judgeSum(
    rows.map((r) => r.amount),
    total,
  );
  const amounts = rows.map((r) => r.amount.value).join(' + ');
  const places = Math.max(total.places, ...rows.map((r) => r.amount.places));
  const added = rows.reduce((s, r) => s.plus(r.amount.value), dec(0));
  ctx.claims.push({
    kind: 'sum',
    line: totalLine + 1,
    verified: sum.kind !== 'wrong',
    arithmetic: `各项金额之和 ${amounts} = ${show(added, places)}，合计${total.value}`,
  });
  const shares = rows.map((r) => {
    const verdict = judgeRatio(
      r.share,
      [r.amount, total],
      ([a, t]) => (t!.isZero() ? null : a!.div(t!).times(100)),
      SHARE,
    );
    ctx.claims.push({
      kind: 'share',
      line: r.line + 1,
      verified: verdict?.kind !== 'wrong',
      arithmetic: `${r.amount.value} ÷ ${total.value} × 100% = ${verdict && verdict.kind !== 'ok' ? show(verdict.exact, r.share.places) : r.share.value}%，表中${r.share.value}%`,
    });
    return verdict;
  });
  const wrong = rows.filter((_, i) => shares[i]?.kind === 'wrong');
  const taken = (line: number, rule: string): boolean =>
    ctx.findings.some((f) => f.line === line + 1 && f.rule === rule);
  if (sum.kind === 'wrong') {
    const at = wrong.length === 1 ? wrong[0]! : null;
    const line = at ? at.line : totalLine;
    if (taken(line, 'table.total') || taken(totalLine, 'table.total')) return;
    const blame = at
      ? `；第${at.serial}项占比${at.share.value}%按合计${total.value}应对应金额约${show(dec(total.value).times(at.share.value).div(100), at.amount.places)}，其金额${at.amount.value}似有误`
      : '';
    ctx.findings.push({
      rule: 'table.total',
      severity: 'error',
      line: line + 1,
      excerpt: (at ? at.text : source(ctx, totalLine)).replace(/\s+/g, ' '),
      expected: show(added, places),
      found: total.value,
      message: `表中各项金额之和 ${amounts} = ${show(added, places)}，与合计${total.value}不符${blame}。`,
    });
    return;
  }
  for (const r of wrong) {
    if (taken(r.line, 'share.percent')) continue;
    const exact = dec(r.amount.value).div(total.value).times(100);
    ctx.findings.push({
      rule: 'share.percent',
      severity: 'error',
      line: r.line + 1,
      excerpt: r.text.replace(/\s+/g, ' '),
      expected: `${show(exact, r.share.places)}%`,
      found: `${r.share.value}%`,
      message: `第${r.serial}项占比应为 ${r.amount.value} ÷ 合计${total.value} × 100% = ${show(exact, r.share.places)}%，表中为${r.share.value}%。`,
    });
  }
}

function source(ctx: Ctx, line: number): string {
  return printedLines(ctx)[line]!.trim();
}
