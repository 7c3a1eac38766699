/**
 * The 公务用车 a 三公 statement says the department holds ("公务用车保有量6辆") against the vehicles its 国有资产
 * statement counts ("（三）国有资产占有使用情况。截至2025年12月31日，本局共有车辆5辆"). The 国有资产 count takes in
 * every vehicle (特种专业技术用车 and cars not paid for by 财政拨款 too), so the 公务用车 cannot be more: a warning
 * when they are. Fewer is how the two scopes differ, and is not reported.
 *
 * Precision first: each side stated with one count only (however often), the 国有资产 count in a paragraph that
 * names 国有资产 or under a heading that does, and only as the holding (共有/拥有/占有/实有车辆).
 */
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import type { Paragraph } from './layout.ts';

const HELD_CARS = /(?:公务用车(?:保有量|实有数?)|保有公务用车)(?:为|共|共计)?\s*(\d+)\s*辆/g;
const ASSET_VEHICLES = /(?:共有|拥有|占有|实有)车辆(?:共|共计|合计)?\s*(\d+)\s*辆/g;

type Count = { value: number; para: Paragraph; at: number; end: number };

export function checkVehicleCounts(ctx: Ctx): void {
  const held: Count[] = [];
  const assets: Count[] = [];
  let assetHeading = false;
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph') continue;
    if (b.heading) assetHeading = b.text.includes('国有资产');
    if (!b.text.includes('辆')) continue;
    for (const m of allMatches(b.text, HELD_CARS)) held.push(countOf(b, m));
    const assetsNamed = assetHeading || b.text.includes('国有资产');
    if (assetsNamed)
      for (const m of allMatches(b.text, ASSET_VEHICLES))
        if (assetHeading || b.text.lastIndexOf('国有资产', m.index) >= 0) assets.push(countOf(b, m));
  }
  const car = single(held);
  const all = single(assets);
  if (!car || !all) return;
  const arithmetic = `公务用车保有量${car.value}辆（第${lineOf(ctx, car) + 1}行），国有资产车辆${all.value}辆（第${lineOf(ctx, all) + 1}行）`;
  const ok = car.value <= all.value;
  claim(ctx, 'count', car.para.first, car.at, ok, `${arithmetic}，前者应不多于后者`);
  if (ok) return;
  report(
    ctx,
    car.para.first,
    'count.restated',
    'warning',
    excerptOf(car.para.text, car.at, car.end, 16),
    `不多于${all.value}辆`,
    `${car.value}辆`,
    `${arithmetic}：国有资产中的车辆包括全部公务用车，公务用车不应多于车辆总数，请核对。`,
    car.at,
  );
}

function countOf(b: Paragraph, m: RegExpExecArray): Count {
  return { value: Number(m[1]), para: b, at: m.index, end: m.index + m[0].length };
}

/** The count a list states every time; null when none or two differ. */
function single(counts: readonly Count[]): Count | null {
  const first = counts[0];
  return first && counts.every((c) => c.value === first.value) ? first : null;
}

function lineOf(ctx: Ctx, c: Count): number {
  return ctx.layout.lineAt(c.para.first, c.at);
}
