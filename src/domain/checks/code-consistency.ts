/**
 * One 科目 code named two ways in the document's tables — "2140110 公路和运输安全" in the 收入决算表 and the
 * 一般公共预算财政拨款支出决算表, "2140110 公路运输管理" in the 支出决算表 —: the code or the name is wrong in the
 * table that prints it otherwise (`table.code-name`), whatever the catalogue says.
 *
 * Precision first: 科目 codes of 3, 5 or 7 digits starting with 2 or 3, each printed with its name in three
 * tables or more; a name cut short by its column (one a prefix of the other) or wrapped (a name read in part) is
 * the same name; the one table out of step is named when all the others agree, and no other rule found an error on
 * its line (a warning against the catalogue gives way).
 */
import { claim, report, type Ctx } from './context.ts';
import { squashName } from './code-names.ts';
import type { TableModel } from './table-model.ts';

type Named = { name: string; printed: string; line: number; table: string };

export function checkCodeConsistency(ctx: Ctx, models: readonly TableModel[]): void {
  const byCode = new Map<string, Named[]>();
  for (const m of models)
    for (const r of m.rows)
      for (const it of r.items) {
        if (!it.code || !it.label || (it.code.charCodeAt(0) !== 50 && it.code.charCodeAt(0) !== 51)) continue;
        const name = squashName(it.label);
        if (name.length < 2) continue;
        const list = byCode.get(it.code) ?? [];
        list.push({ name, printed: it.label, line: it.line, table: m.table.title });
        byCode.set(it.code, list);
      }
  const judged = new Set(ctx.findings.filter((f) => f.severity === 'error').map((f) => f.line));
  for (const [code, list] of byCode) {
    if (list.length < 3) continue;
    const same = (a: string, b: string): boolean =>
      a.startsWith(b) || b.startsWith(a) || a.endsWith(b) || b.endsWith(a);
    const odd = list.filter((n) => list.filter((o) => o !== n && same(o.name, n.name)).length === 0);
    if (odd.length !== 1) continue;
    const out = odd[0]!;
    const rest = list.filter((n) => n !== out);
    // (Every other table agrees: one name.)
    if (!rest.every((n) => same(n.name, rest[0]!.name))) continue;
    if (judged.has(out.line + 1)) continue;
    // (The catalogue's warning on the line, if any, gives way to what the document says of itself.)
    for (let k = ctx.findings.length - 1; k >= 0; k--) {
      const f = ctx.findings[k]!;
      if (f.line === out.line + 1 && f.rule === 'table.code-name') ctx.findings.splice(k, 1);
    }
    const usual = rest.reduce((a, b) => (b.name.length > a.name.length ? b : a)).printed;
    const where = rest.map((n) => `第${n.line + 1}行${n.table ? `《${n.table}》` : ''}`).join('、');
    claim(ctx, 'table', out.line, 0, false, `科目${code}：${where}名为“${usual}”，此处为“${out.printed}”`);
    report(
      ctx,
      out.line,
      'table.code-name',
      'error',
      `${code} ${out.printed}`,
      `${code} ${usual}`,
      `${code} ${out.printed}`,
      `科目编码${code}在${where}均名为“${usual}”，此处${out.table ? `《${out.table}》` : ''}却为“${out.printed}”：同一科目在各表中的名称不一致。`,
      0,
    );
  }
}
