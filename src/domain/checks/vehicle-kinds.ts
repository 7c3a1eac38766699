/**
 * The cars a document counts told again elsewhere (called from vehicle-counts.ts):
 *
 * - The cars the 三公 statement's 运行维护费 runs ("主要用于5辆公务用车的燃料费", "用于3辆一般公务用车和1辆执法执勤用车
 *   的燃料费") against the cars it holds at the year's end: its own 保有量 ("公务用车保有量4辆，均为执法执勤用车") when
 *   the paragraph says 运行费 without 运行维护 (vehicle-uses.ts reads those), and kind by kind the 国有资产
 *   statement's breakdown ("共有车辆6辆，其中：一般公务用车2辆、执法执勤用车1辆"). More cars run than held is a
 *   warning, never an error: a car 报废, 处置, 调出 or 更新 (replaced) during the year ran before it went, so the
 *   cars run may exceed the year-end holding, and a document need not say so (the message asks for it to be said
 *   when the document names such a car; vehicle-uses.ts takes the same view).
 * - "部门5辆公务车辆中有2辆车龄超过10年" (a part of the whole fleet, in a section of problems or measures) against
 *   the fleet the 资产 section counts ("公务车辆4辆，其中…"): more than that fleet is a warning (the two may be told at
 *   different dates).
 *
 * Precision first: each count stated once (or always alike); a kind compared only when both sides name it; the
 * cars run read only from a span made of counts of cars alone ("3辆一般公务用车和1辆执法执勤用车").
 */
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import type { Paragraph } from './layout.ts';

type Count = { value: number; para: Paragraph; at: number; end: number };
/** The cars a 运行维护费 runs; `upkeep`: worded 运行维护 (vehicle-uses.ts compares those with the 保有量). */
type Run = { total: Count; kinds: Map<string, number>; upkeep: boolean };

const KIND = '(?:一般公务用车|执法执勤用车|特种专业技术用车|应急保障用车|机要通信用车|业务用车|其他用车)';
/** "用于3辆一般公务用车和1辆执法执勤用车的燃料费": the span of cars a 运行维护费 runs. */
const RUN_SPAN =
  /(?:用于|保障)\s*((?:\d+\s*辆[\u4e00-\u9fa5]{2,10}?[和、及与]?)+?)的?(?:燃[料油]|油料|运行|维修|维护|保险|加油|通行|过路)/g;
const RUN_PIECE = new RegExp(`(\\d+)\\s*辆(${KIND}|公务用车|公务车辆|车辆)`, 'g');
const HELD_CARS = /(?:公务用车(?:保有量|实有数?)|保有公务用车)(?:为|共|共计)?\s*(\d+)\s*辆/g;
const HELD_KIND = new RegExp(`^[，,]?\\s*(?:均为|全部为|全部是|都是|均是|全为)(${KIND})`);
const ASSET_KIND = new RegExp(`(${KIND})\\s*(\\d+)\\s*辆`, 'g');
/** "公务车辆6辆" / "共有车辆6辆" as a clause of its own in the 资产 section. */
const ASSET_FLEET =
  /(?:^|[，,；;：:。])\s*(?:[^，,；;：:。]{0,12}?(?:共有|拥有|占有|实有))?(?:公务)?车辆(?:共|共计|合计)?\s*(\d+)\s*辆/g;
/** "部门5辆公务车辆中有2辆…": a part of the department's whole fleet. */
const FLEET_PART = /(?:部门|单位|本局|全局|机关)(?:现有|共有|的)?\s*(\d+)\s*辆(?:公务车辆|公务用车|车辆)中/g;
/** A car that left in the year (its cars run may exceed the year-end holding). */
const CAR_LEFT = /报废|处置|调出|调拨|划转|拍卖|交回|上交|更新|租/;

export function checkVehicleKinds(ctx: Ctx): void {
  const run: Run[] = [];
  const held: Count[] = [];
  const heldKinds: string[] = [];
  const assetKinds = new Map<string, Count[]>();
  const fleet: Count[] = [];
  const parts: Count[] = [];
  let assetHeading = false;
  let assetDated = true;
  let carLeft = false;
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph') continue;
    if (b.heading) assetHeading = /资产/.test(b.text) && !/问题|建议|措施/.test(b.text);
    if (!b.text.includes('辆')) continue;
    if (/车/.test(b.text) && CAR_LEFT.test(b.text)) carLeft = true;
    const assetAt = b.text.search(/国有资产|资产(?:情况|占有|占用)/);
    const inAssets = assetHeading || assetAt >= 0;
    if (inAssets) {
      for (const m of allMatches(b.text, ASSET_KIND))
        if (m.index >= assetAt) {
          const list = assetKinds.get(m[1]!) ?? [];
          list.push({ value: Number(m[2]), para: b, at: m.index, end: m.index + m[0].length });
          assetKinds.set(m[1]!, list);
        }
      for (const m of allMatches(b.text, ASSET_FLEET))
        if (m.index >= assetAt)
          fleet.push({ value: Number(m[1]), para: b, at: m.index, end: m.index + m[0].length });
      for (const y of b.text.matchAll(/截至\s*(20\d\d)\s*年/g))
        if (Number(y[1]) !== ctx.year) assetDated = false;
      continue;
    }
    for (const m of allMatches(b.text, FLEET_PART))
      parts.push({ value: Number(m[1]), para: b, at: m.index, end: m.index + m[0].length });
    for (const m of allMatches(b.text, HELD_CARS)) {
      held.push({ value: Number(m[1]), para: b, at: m.index, end: m.index + m[0].length });
      const kind = HELD_KIND.exec(b.text.slice(m.index + m[0].length));
      if (kind) heldKinds.push(kind[1]!);
    }
    if (!/运行维护|运维|运行费/.test(b.text)) continue;
    for (const m of allMatches(b.text, RUN_SPAN)) {
      const span = m[1]!;
      const pieces = [...span.matchAll(RUN_PIECE)];
      if (pieces.length === 0 || span.replace(RUN_PIECE, '').replace(/[和、及与\s]/g, '') !== '') continue;
      const kinds = new Map<string, number>();
      let total = 0;
      for (const p of pieces) {
        total += Number(p[1]);
        if (new RegExp(`^${KIND}$`).test(p[2]!)) kinds.set(p[2]!, (kinds.get(p[2]!) ?? 0) + Number(p[1]));
      }
      const at = m.index + m[0].indexOf(span);
      run.push({
        total: { value: total, para: b, at, end: at + span.length },
        kinds,
        upkeep: /运行维护|运维/.test(b.text),
      });
    }
  }
  checkRunCars(ctx, run, held, heldKinds, assetKinds, assetDated, carLeft);
  checkFleetParts(ctx, parts, fleet);
}

function single(counts: readonly Count[]): Count | null {
  const first = counts[0];
  return first && counts.every((c) => c.value === first.value) ? first : null;
}

function lineOf(ctx: Ctx, c: Count): number {
  return ctx.layout.lineAt(c.para.first, c.at) + 1;
}

function checkRunCars(
  ctx: Ctx,
  runs: readonly Run[],
  held: readonly Count[],
  heldKinds: readonly string[],
  assetKinds: ReadonlyMap<string, Count[]>,
  assetDated: boolean,
  carLeft: boolean,
): void {
  if (runs.length !== 1) return;
  const run = runs[0]!;
  const why = carLeft ? '；文中提到本年有车辆报废、处置或更新，若运行维护费含年内已处置车辆，请写明' : '';
  // Against the 三公 statement's own 保有量 (when it names a kind, only cars of that kind are compared).
  const stated = single(held);
  const kind = heldKinds.length === held.length && new Set(heldKinds).size === 1 ? heldKinds[0]! : null;
  const runOfKind = kind && run.kinds.size > 0 ? (run.kinds.get(kind) ?? 0) : run.total.value;
  if (stated && !run.upkeep && (!kind || run.kinds.size === 0 || run.kinds.size === 1)) {
    const arithmetic = `运行维护费所用公务用车${runOfKind}辆（第${lineOf(ctx, run.total)}行），年末公务用车保有量${stated.value}辆（第${lineOf(ctx, stated)}行）`;
    const ok = runOfKind <= stated.value;
    claim(ctx, 'count', run.total.para.first, run.total.at, ok, `${arithmetic}，前者应不多于后者`);
    if (!ok) {
      report(
        ctx,
        run.total.para.first,
        'count.restated',
        'warning',
        excerptOf(run.total.para.text, run.total.at, run.total.end, 16),
        `不多于${stated.value}辆`,
        `${runOfKind}辆`,
        `${arithmetic}：运行维护的公务用车多于保有的公务用车，前后不一致${why}。`,
        run.total.at,
      );
      return;
    }
  }
  // Kind by kind against the 国有资产 statement.
  for (const [k, value] of run.kinds) {
    const asset = single(assetKinds.get(k) ?? []);
    if (!asset) continue;
    const arithmetic = `运行维护费所用${k}${value}辆（第${lineOf(ctx, run.total)}行），国有资产中${k}${asset.value}辆（第${lineOf(ctx, asset)}行）`;
    const ok = value <= asset.value;
    claim(ctx, 'count', run.total.para.first, run.total.at, ok, `${arithmetic}，前者应不多于后者`);
    if (ok) continue;
    report(
      ctx,
      run.total.para.first,
      'count.restated',
      'warning',
      excerptOf(run.total.para.text, run.total.at, run.total.end, 16),
      `不多于${asset.value}辆`,
      `${value}辆`,
      `${arithmetic}：运行维护的${k}多于单位占有的${k}，前后不一致${why}${assetDated ? '' : '；国有资产的截止日期不是本年末，请一并核对'}。`,
      run.total.at,
    );
    return;
  }
}

/** "部门5辆公务车辆中…" against the fleet the 资产 section counts. */
function checkFleetParts(ctx: Ctx, parts: readonly Count[], fleet: readonly Count[]): void {
  const part = single(parts);
  const all = single(fleet);
  if (!part || !all) return;
  const arithmetic = `部门公务车辆${part.value}辆（第${lineOf(ctx, part)}行），资产情况中车辆${all.value}辆（第${lineOf(ctx, all)}行）`;
  const ok = part.value <= all.value;
  claim(ctx, 'count', part.para.first, part.at, ok, `${arithmetic}，前者应不多于后者`);
  if (ok) return;
  report(
    ctx,
    part.para.first,
    'count.restated',
    'warning',
    excerptOf(part.para.text, part.at, part.end, 16),
    `不多于${all.value}辆`,
    `${part.value}辆`,
    `${arithmetic}：所说的部门车辆多于资产情况中的车辆总数，请核对。`,
    part.at,
  );
}
