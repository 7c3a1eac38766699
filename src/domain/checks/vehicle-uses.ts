/**
 * The cars a 公务用车运行维护费 paid for ("主要用于9辆公务用车的燃料费、维修费…") against the 公务用车保有量 the same
 * statement gives ("公务用车保有量为10辆"), and a 保有量 stated twice with two counts ("年末实有公务用车8辆" after
 * "公务用车保有量7辆": an error). The upkeep covers the cars run during the year, the 保有量 those held at its end: a
 * car bought or disposed of in the year may part them, so that difference is a warning to check, never an error.
 *
 * Precision first: the upkeep count only in a paragraph that names 运行维护 (or 运维), the 保有量 in the same
 * paragraph or the next one; each side one count only. Two 保有量 counts are compared only when neither names a
 * scope the other lacks (开支财政拨款的 / 全部 / 其中 …): the scopes could then differ.
 */
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import type { Paragraph } from './layout.ts';

const UPKEEP = /运行维护|运维/;
const UPKEEP_CARS =
  /(?:用于|保障|涉及|覆盖)(?:全[县区市局]|本[级局单位部门]*|所属)?\s*(\d+)\s*辆(?:公务用?车|车辆)/g;
const HELD_CARS =
  /((?:[\u4e00-\u9fa5]{0,12})?)(?:公务用车(?:保有量|实有数?)|(?:保有|实有)公务用车)(?:为|共|共计)?\s*(\d+)\s*辆/g;
// What makes a 保有量 another scope than a plain one: paid by 财政拨款, the whole region, a part of it.
const SCOPED = /财政拨款|全[县区市省]|其中|所属|下属|本级|机关|事业单位|年初|上年|去年|20\d\d年初/;

type Count = { value: number; para: Paragraph; at: number; end: number; lead: string };

export function checkVehicleUses(ctx: Ctx): void {
  // (Every count it judges is a 保有量 of HELD_CARS: 公务用车 … 辆.)
  if (!mentionsAll(ctx, ['公务用车', '辆'])) return;
  const paras = ctx.layout.blocks.filter(
    (b): b is Paragraph => b.kind === 'paragraph' && b.text.includes('辆'),
  );
  const held: Count[] = [];
  for (let k = 0; k < paras.length; k++) {
    const p = paras[k]!;
    const mine = allMatches(p.text, HELD_CARS).map((m) => countOf(p, m, 2, m[1]!));
    held.push(...mine);
    if (!UPKEEP.test(p.text)) continue;
    const upkeep = single(allMatches(p.text, UPKEEP_CARS).map((m) => countOf(p, m, 1, '')));
    if (!upkeep || p.text.lastIndexOf('运', upkeep.at) < 0) continue;
    const next = paras[k + 1];
    const near =
      mine.length > 0
        ? mine
        : next && next.first - p.last <= 2
          ? allMatches(next.text, HELD_CARS).map((m) => countOf(next, m, 2, m[1]!))
          : [];
    const cars = single(near);
    if (!cars) continue;
    checkUpkeep(ctx, upkeep, cars);
  }
  checkRestated(ctx, held);
}

function checkUpkeep(ctx: Ctx, upkeep: Count, cars: Count): void {
  const arithmetic = `运行维护费用于${upkeep.value}辆（第${lineOf(ctx, upkeep) + 1}行），公务用车保有量${cars.value}辆（第${lineOf(ctx, cars) + 1}行）`;
  judge(ctx, cars, upkeep.value, arithmetic, '两处车辆数不一致：年内无车辆购置或处置时两者应相同');
}

/** A 保有量 stated again with another count, both of the plain scope (two counts at most). */
function checkRestated(ctx: Ctx, held: readonly Count[]): void {
  const plain = held.filter((c) => !SCOPED.test(c.lead));
  if (plain.length < 2 || plain.length !== held.length) return;
  if (new Set(plain.map((c) => c.value)).size > 2) return;
  const first = plain[0]!;
  const again = plain.find((c) => c.value !== first.value) ?? plain[1]!;
  const arithmetic = `公务用车保有量第${lineOf(ctx, first) + 1}行为${first.value}辆，第${lineOf(ctx, again) + 1}行为${again.value}辆`;
  judge(ctx, again, first.value, arithmetic, '同一保有量前后不一致', 'error');
}

/**
 * A count that should be `expected`: a claim, and a finding when not — a warning where the two counts may be of
 * different cars (the upkeep's and the 保有量), an error where they are the one 保有量 stated twice.
 */
function judge(
  ctx: Ctx,
  at: Count,
  expected: number,
  arithmetic: string,
  why: string,
  severity: 'warning' | 'error' = 'warning',
): void {
  const ok = at.value === expected;
  claim(ctx, 'count', at.para.first, at.at, ok, arithmetic);
  if (ok) return;
  report(
    ctx,
    at.para.first,
    'count.restated',
    severity,
    excerptOf(at.para.text, at.at, at.end, 16),
    `${expected}辆`,
    `${at.value}辆`,
    severity === 'error' ? `${arithmetic}，${why}。` : `${arithmetic}，${why}，请核对。`,
    at.at,
  );
}

function countOf(p: Paragraph, m: RegExpExecArray, group: number, lead: string): Count {
  return { value: Number(m[group]), para: p, at: m.index + lead.length, end: m.index + m[0].length, lead };
}

/** The count a list states every time; null when none or two differ. */
function single(counts: readonly Count[]): Count | null {
  const first = counts[0];
  return first && counts.every((c) => c.value === first.value) ? first : null;
}

function lineOf(ctx: Ctx, c: Count): number {
  return ctx.layout.lineAt(c.para.first, c.at);
}
