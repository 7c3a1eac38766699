/**
 * A project's 执行率 cited in the text against its row of a table of projects' rates: "执行率最高的是草原生态保护补助奖励
 * 资金，为63.06%", "A项目和B项目预算执行率分别为87.20%和82.12%", "预计全年执行率低于90%的项目3个，分别为农村饮用水达标提标
 * 工程（88.50%）、…" — each rate must be the one the table prints on that project's row (`figure.text-table`), in the
 * column of its kind (预计全年执行率 when the text speaks of a forecast, the plain 执行率 otherwise).
 *
 * Precision first: the table has one plain 执行率 column (and at most one 预计 one), each project's name on one row
 * only; the name is matched whole (a year before it, 项目 / 资金 after it, left aside), at least four characters; the
 * cited rate's sentence names no other period (上年, 同期, 上半年 …) and no source of funds (中央, 省级 …, 其中).
 */
import { dec } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { forEachFigureLineWith } from './prose-lines.ts';
import { figureAt, squashSpaces, type TableModel } from './table-model.ts';

type Kind = 'plain' | 'forecast';
type RowRate = { value: string; line: number; table: string; label: string };

/** A name as the text and the table both give it: no year before it, no 项目 / 资金 / 经费 after it. */
const core = (name: string): string =>
  squashSpaces(name)
    .replace(/^(?:\d{1,2}[.．、]|[（(]?[一二三四五六七八九十\d]{1,3}[）)、])/, '')
    .replace(/^20\d\d\s*年度?/, '')
    .replace(/[“”"]/g, '')
    // (A 主管部门 column run into the name: "草原生态保护补助奖励资金县林业和草原局".)
    .replace(/(项目|资金|经费|工程)[\u4e00-\u9fa5]{2,14}?(?:局|委员会|委|中心|办公室)$/, '$1')
    .replace(/(?:项目|资金|经费)$/, '');

const NUM = '(\\d{1,3}(?:\\.\\d{1,2})?)\\s*[%％]';
/** "NAME（88.50%）". */
const BRACKETED = new RegExp(`[（(]\\s*${NUM}\\s*[）)]`, 'g');
/** "执行率最高的是NAME，为63.06%". */
const EXTREME = new RegExp(
  `执行率(?:最高|最低)的(?:项目)?(?:是|为)([^，,。；;]{4,30})[，,]\\s*(?:执行率)?(?:为|是|达)?\\s*${NUM}`,
  'g',
);
/** "NAME执行率63.06%", "NAME项目预算执行率为63.06%". */
const NAMED = new RegExp(`(?:预算)?执行率(?:为|是|达)?\\s*${NUM}`, 'g');
/** "A和B(…)执行率分别为X%和Y%". */
const RESPECTIVE = new RegExp(
  `([^，,。；;]{4,30}?)(?:和|与|、)([^，,。；;]{4,30}?)(?:的)?(?:预算)?执行率分别为\\s*${NUM}\\s*(?:和|、)\\s*${NUM}`,
  'g',
);
const NOT_THIS =
  /上年|去年|同期|上半年|一季度|二季度|三季度|四季度|中央|省级|市级|县级|区级|其中|目标|序时进度为/;
const RATE_HEAD = /执行率/;

export function checkRowRateCitations(ctx: Ctx, models: readonly TableModel[]): void {
  if (!mentionsAll(ctx, ['执行率', '%'])) return;
  const rates = rowRates(models);
  if (rates.size === 0) return;
  const find = (name: string, kind: Kind): RowRate | null | undefined => rates.get(kind)?.get(core(name));
  forEachFigureLineWith(ctx, '执行率', (line, li) => {
    for (const s of sentencesAt(ctx, li)) {
      if (!s.text.includes('执行率')) continue;
      const kind: Kind = /预计/.test(s.text) ? 'forecast' : 'plain';
      const cited: { name: string; rate: string; at: number }[] = [];
      for (const m of allMatches(s.text, RESPECTIVE))
        cited.push(
          { name: m[1]!, rate: m[3]!, at: m.index + m[0].lastIndexOf(m[3]!, m[0].lastIndexOf(m[4]!) - 1) },
          { name: m[2]!, rate: m[4]!, at: m.index + m[0].lastIndexOf(m[4]!) },
        );
      for (const m of allMatches(s.text, EXTREME))
        cited.push({ name: m[1]!, rate: m[2]!, at: m.index + m[0].lastIndexOf(m[2]!) });
      for (const m of allMatches(s.text, BRACKETED)) {
        const name = nameBefore(s.text, m.index, rates, kind);
        if (name) cited.push({ name, rate: m[1]!, at: m.index + m[0].indexOf(m[1]!) });
      }
      for (const m of allMatches(s.text, NAMED)) {
        if (cited.some((c) => c.at === m.index + m[0].lastIndexOf(m[1]!))) continue;
        const before = s.text.slice(0, m.index).replace(/(?:项目)?(?:的)?$/, '');
        const name = nameBefore(before, before.length, rates, kind);
        if (name) cited.push({ name, rate: m[1]!, at: m.index + m[0].lastIndexOf(m[1]!) });
      }
      for (const c of cited) {
        // (A rate of another period or of a source of funds is not the row's.)
        if (NOT_THIS.test(s.text.slice(Math.max(0, c.at - 24), c.at))) continue;
        const row = find(c.name, kind);
        if (!row) continue;
        const places = (c.rate.split('.')[1] ?? '').length;
        const tablePlaces = (row.value.split('.')[1] ?? '').length;
        if (places !== tablePlaces) continue;
        const same = dec(row.value).eq(c.rate);
        const at = s.start + c.at;
        claim(ctx, 'figure', li, at, same, `${row.label}执行率：正文${c.rate}%，${row.table}${row.value}%`);
        if (same) continue;
        report(
          ctx,
          li,
          'figure.text-table',
          'error',
          excerptOf(line, at - 16, at + c.rate.length + 1, 0),
          `${row.value}%`,
          `${c.rate}%`,
          `正文中“${row.label}”的${kind === 'forecast' ? '预计全年' : ''}执行率为${c.rate}%，而第${row.line + 1}行${row.table}为${row.value}%，两处不一致。`,
          at,
        );
      }
    }
  });
}

/** The table name the text before `end` ends with (a 项目 / 资金 after it allowed), or null. */
function nameBefore(
  text: string,
  end: number,
  rates: ReadonlyMap<Kind, ReadonlyMap<string, RowRate | null>>,
  kind: Kind,
): string | null {
  const before = text
    .slice(Math.max(0, end - 32), end)
    .replace(/\s+/g, '')
    .replace(/(?:项目|资金|经费)$/, '');
  let best: string | null = null;
  for (const name of rates.get(kind)?.keys() ?? [])
    if (name.length >= 4 && before.endsWith(name) && (!best || name.length > best.length)) best = name;
  return best;
}

/** Each project's rate by kind of column, from the tables with one plain 执行率 column; a name twice: null. */
function rowRates(models: readonly TableModel[]): Map<Kind, Map<string, RowRate | null>> {
  const out = new Map<Kind, Map<string, RowRate | null>>();
  for (const m of models) {
    // (A header run into its neighbour's, "执行率（百分点）", is a column misread: not taken.)
    const heads = m.headers.map((h) => squashSpaces(h)).map((h) => (/百分点|差|偏差/.test(h) ? '' : h));
    const plain = heads.flatMap((h, k) => (RATE_HEAD.test(h) && !/预计/.test(h) ? [k] : []));
    const forecast = heads.flatMap((h, k) => (RATE_HEAD.test(h) && /预计/.test(h) ? [k] : []));
    if (plain.length !== 1 || forecast.length > 1) continue;
    const table = m.table.title ? `《${m.table.title}》` : '表中';
    for (const [kind, cols] of [
      ['plain', plain],
      ['forecast', forecast],
    ] as const) {
      if (cols.length !== 1) continue;
      let map = out.get(kind);
      if (!map) out.set(kind, (map = new Map()));
      for (const item of m.items) {
        if (item.code) continue;
        const name = core(item.label);
        if (name.length < 4 || /合计|总计|小计|平均/.test(name)) continue;
        const f = figureAt(item, cols[0]!);
        if (!f) continue;
        const value = f.value.replace(/[%％]$/, '');
        // (A rate is no negative figure: a column of gaps read as the rates'.)
        if (value.startsWith('-')) {
          map.clear();
          break;
        }
        map.set(name, map.has(name) ? null : { value, line: f.line, table, label: name });
      }
    }
  }
  return out;
}
