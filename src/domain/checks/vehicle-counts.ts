/**
 * The 公务用车 a 三公 statement says the department holds ("公务用车保有量6辆") against the vehicles its 国有资产
 * statement counts ("（三）国有资产占有使用情况。截至2025年12月31日，本局共有车辆5辆"). The 国有资产 count takes in
 * every vehicle (特种专业技术用车 and cars not paid for by 财政拨款 too), so the 公务用车 cannot be more: a warning
 * when they are. Fewer is how the two scopes differ, and is not reported — unless the 国有资产 statement says its
 * vehicles all are 公务用车 ("共有车辆3辆，均为一般公务用车"): the two counts must then be equal. The 三公 side may
 * state the cars its 运行维护费 runs instead of a 保有量 ("主要用于2辆公务用车的燃料、维修、保险等支出"), read when it
 * states no 保有量.
 *
 * The cars bought in the year likewise: the 三公 statement's ("按规定更新购置执法执勤用车1辆") against the 国有资产
 * statement's ("本年度新购置车辆2辆"). More bought by the 三公 than the 国有资产 count is a warning; fewer only when
 * the two holdings are stated and equal (every vehicle is then a 公务用车 the 三公 pays for, so each one bought is
 * one of its purchases).
 *
 * Precision first: each side stated with one count only (however often), the 国有资产 count in a paragraph that
 * names 国有资产 or under a heading that does, and only as the holding (共有/拥有/占有/实有车辆); a purchase only in a
 * clause naming no other year, no comparison, no plan and no part (分别, 各), the 三公 one in a paragraph naming 公务用车.
 */
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import type { Paragraph } from './layout.ts';
import { balancedPurchases } from './vehicle-flows.ts';
import { checkVehicleKinds } from './vehicle-kinds.ts';
import { mentionsAll } from './document-words.ts';

const HELD_CARS = /(?:公务用车(?:保有量|实有数?)|保有公务用车)(?:为|共|共计)?\s*(\d+)\s*辆/g;
const ASSET_VEHICLES = /(?:共有|拥有|占有|实有)车辆(?:共|共计|合计)?\s*(\d+)\s*辆/g;
/** "…共有车辆3辆，均为一般公务用车": every vehicle a 公务用车 (right after the count, in its sentence). */
const ALL_ARE_CARS =
  /^[，,]?\s*(?:均为|全部为|全部是|都是|均是|全为)(?:一般)?公务用车(?![\u4e00-\u9fa5]*(?:以外|之外))/;
/** "主要用于2辆公务用车的燃料、维修、保险等支出": the cars the 运行维护费 runs. */
const RUN_CARS = /(?:用于|保障)\s*(\d+)\s*辆公务用车的?(?:燃[料油]|油料|运行|维修|维护|保险|加油|通行|过路)/g;

/** "新购置车辆2辆", "更新购置执法执勤用车1辆", "购置（更新）特种专业技术用车2辆": cars bought. */
const BOUGHT_CARS =
  /购置(?:了|[（(][\u4e00-\u9fa5]{1,4}[）)])?(?:[\u4e00-\u9fa5]{0,8}?(?:用车|车辆|汽车))?(?:共|共计)?\s*(\d+)\s*辆/g;
/** A clause whose cars bought are not this year's own, or not all of them. */
const NOT_BOUGHT_THIS_YEAR =
  /上年|去年|同期|以前|以来|比|较|增加|减少|计划|预计|拟|预算|分别|各|未|不|报废|处置|调出|租/;

type Count = { value: number; para: Paragraph; at: number; end: number };

export function checkVehicleCounts(ctx: Ctx): void {
  // (Every count it reads, here and in vehicle-kinds.ts, is of cars in a paragraph holding 辆: "公务用车…2辆".)
  if (!mentionsAll(ctx, ['辆', '车'])) return;
  checkVehicleKinds(ctx);
  const held: Count[] = [];
  const run: Count[] = [];
  const assets: Count[] = [];
  let allAreCars = false;
  const feeBought: Count[] = [];
  const assetBought: Count[] = [];
  let assetHeading = false;
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph') continue;
    if (b.heading) assetHeading = b.text.includes('国有资产');
    if (!b.text.includes('辆')) continue;
    for (const m of allMatches(b.text, HELD_CARS)) held.push(countOf(b, m));
    const assetsNamed = assetHeading || b.text.includes('国有资产');
    if (assetsNamed)
      for (const m of allMatches(b.text, ASSET_VEHICLES))
        if (assetHeading || b.text.lastIndexOf('国有资产', m.index) >= 0) {
          assets.push(countOf(b, m));
          if (ALL_ARE_CARS.test(b.text.slice(m.index + m[0].length))) allAreCars = true;
        }
    if (!assetsNamed && b.text.includes('运行维护'))
      for (const m of allMatches(b.text, RUN_CARS)) run.push(countOf(b, m));
    for (const m of allMatches(b.text, BOUGHT_CARS)) {
      if (!boughtThisYear(ctx, b.text, m)) continue;
      // (Found at its figure: "本年度新购置|车辆2辆" wrapped after 购置 is on the figure's line.)
      const bought = { ...countOf(b, m), at: m.index + m[0].lastIndexOf(m[1]!) };
      if (assetHeading || b.text.lastIndexOf('国有资产', m.index) >= 0) assetBought.push(bought);
      else if (!assetsNamed && b.text.includes('公务用车')) feeBought.push(bought);
    }
  }
  const stated = single(held);
  const car = held.length > 0 ? stated : single(run);
  const all = single(assets);
  checkBoughtCars(ctx, single(feeBought), single(assetBought), stated && all && stated.value === all.value);
  checkBoughtTwice(ctx, feeBought);
  if (!car || !all) return;
  const what = car === stated ? '公务用车保有量' : '运行维护的公务用车';
  const arithmetic = `${what}${car.value}辆（第${lineOf(ctx, car) + 1}行），国有资产车辆${all.value}辆（第${lineOf(ctx, all) + 1}行）${allAreCars ? '，均为公务用车' : ''}`;
  const ok = allAreCars ? car.value === all.value : car.value <= all.value;
  claim(
    ctx,
    'count',
    car.para.first,
    car.at,
    ok,
    `${arithmetic}，${allAreCars ? '两者应相同' : '前者应不多于后者'}`,
  );
  if (ok) return;
  report(
    ctx,
    car.para.first,
    'count.restated',
    'warning',
    excerptOf(car.para.text, car.at, car.end, 16),
    allAreCars ? `${all.value}辆` : `不多于${all.value}辆`,
    `${car.value}辆`,
    allAreCars && car.value < all.value
      ? `${arithmetic}：国有资产所称车辆均为公务用车，两处所说的公务用车数量应相同，请核对。`
      : `${arithmetic}：国有资产中的车辆包括全部公务用车，公务用车不应多于车辆总数，请核对。`,
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

/** The clause of a purchase names no other year, comparison, plan or part. */
function boughtThisYear(ctx: Ctx, text: string, m: RegExpExecArray): boolean {
  const seps = /[，,；;。：:]/g;
  let from = 0;
  for (const s of text.slice(0, m.index).matchAll(seps)) from = s.index + 1;
  const end = m.index + m[0].length;
  const next = text.slice(end).search(seps);
  // (A bracket after the count says why: "购置执法执勤用车1辆（更新报废车辆）" is this year's purchase.)
  const clause = text.slice(from, next < 0 ? text.length : end + next);
  const own =
    text.slice(from, end) +
    text.slice(end, next < 0 ? text.length : end + next).replace(/^[（(][^）)]*[）)]/, '');
  // ("按照车辆更新计划购置…2辆" is bought as planned, not a plan.)
  if (NOT_BOUGHT_THIS_YEAR.test(own.replace(/按照?[\u4e00-\u9fa5]{0,10}?计划(?=购置|购买|新购)/, '')))
    return false;
  return [...clause.matchAll(/(20\d\d)\s*年/g)].every((y) => Number(y[1]) === ctx.year);
}

/** The cars the 三公 statement says were bought against those the 国有资产 statement says were. */
function checkBoughtCars(ctx: Ctx, fee: Count | null, asset: Count | null, allAreCars: boolean | null): void {
  if (!fee || !asset) return;
  const arithmetic = `“三公”经费购置公务用车${fee.value}辆（第${lineOf(ctx, fee) + 1}行），国有资产新购置车辆${asset.value}辆（第${lineOf(ctx, asset) + 1}行）`;
  const ok = fee.value === asset.value || (fee.value < asset.value && !allAreCars);
  claim(
    ctx,
    'count',
    asset.para.first,
    asset.at,
    ok,
    `${arithmetic}，${allAreCars ? '两者应相同' : '前者应不多于后者'}`,
  );
  if (ok) return;
  report(
    ctx,
    asset.para.first,
    'count.restated',
    'warning',
    excerptOf(asset.para.text, asset.at, asset.end, 16),
    `${fee.value}辆`,
    `${asset.value}辆`,
    fee.value > asset.value
      ? `${arithmetic}：国有资产中的新购车辆包括全部新购公务用车，不应少于“三公”经费购置的公务用车，请核对。`
      : `${arithmetic}：公务用车保有量与国有资产车辆总数相同，全部车辆均为公务用车，本年新购置车辆应即“三公”经费购置的公务用车，请核对。`,
    asset.at,
  );
}

/**
 * The cars bought told twice in one 三公 paragraph with two counts ("本年购置执法执勤用车1辆……；本年报废2辆，新购置2辆"):
 * a warning on the later one — the earlier may name only one kind of the cars bought, so neither is sure to be wrong.
 * Unless one of them is the one addition of the paragraph's stock and flows that balance ("上年末11辆，本年新购置1辆",
 * 保有量12辆: vehicle-flows.ts) and the other is more: the other count is then an error.
 */
function checkBoughtTwice(ctx: Ctx, bought: readonly Count[]): void {
  for (let k = 1; k < bought.length; k++) {
    const [first, later] = [bought[k - 1]!, bought[k]!];
    if (first.para !== later.para || first.value === later.value) continue;
    // One of the two borne out by the paragraph's stock and flows: the other is wrong.
    const borne = balancedPurchases(first.para).filter((p) => p.at === first.at || p.at === later.at);
    const [right, wrong] = borne[0]?.at === first.at ? [first, later] : [later, first];
    // (Fewer than the cars the stock bears out may be one kind of them: only more is an error.)
    if (borne.length === 1 && wrong.value > right.value) {
      const arithmetic = `本年购置公务用车一处写${wrong.value}辆（第${lineOf(ctx, wrong) + 1}行），另一处写${right.value}辆（第${lineOf(ctx, right) + 1}行），${borne[0]!.said}`;
      claim(ctx, 'count', wrong.para.first, wrong.at, false, arithmetic);
      report(
        ctx,
        wrong.para.first,
        'count.restated',
        'error',
        excerptOf(wrong.para.text, wrong.at, wrong.end, 16),
        `${right.value}辆`,
        `${wrong.value}辆`,
        `${arithmetic}：车辆增减与${right.value}辆相符，此处写作${wrong.value}辆，前后不一致。`,
        wrong.at,
      );
      return;
    }
    const arithmetic = `本年购置公务用车前写${first.value}辆（第${lineOf(ctx, first) + 1}行），后写${later.value}辆（第${lineOf(ctx, later) + 1}行）`;
    claim(ctx, 'count', later.para.first, later.at, false, arithmetic);
    report(
      ctx,
      later.para.first,
      'count.restated',
      'warning',
      excerptOf(later.para.text, later.at, later.end, 16),
      `${first.value}辆`,
      `${later.value}辆`,
      `${arithmetic}：同一段中本年购置的公务用车数量前后不一致；若前者只是其中一类车辆，请写明，否则请核对。`,
      later.at,
    );
    return;
  }
}
