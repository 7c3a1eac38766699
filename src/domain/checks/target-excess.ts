/**
 * How far an indicator's actual passed its target, stated in running text: "目标值80场，实际完成87场，超出目标7场"
 * — the excess must be the actual − the target (`completion.target`).
 *
 * Read only within one indicator's stretch (up to "；" or "。"): before the excess, exactly one clause naming the
 * target (目标 / 计划 / 预期, a floor "≥" allowed, no ceiling) with one figure, exactly one naming the actual (实际 /
 * 完成) with one figure, no other figure, the three in one unit (not %: a gap between rates is in points).
 */
import { dec } from '../money/index.ts';
import { claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import { printedPlaces } from './numbers.ts';
import { forEachFigureLine } from './prose-lines.ts';
import { halfUlp, show } from './verdict.ts';
import { mentionsAny } from './document-words.ts';

const EXCESS =
  /(?:超出|超过|超额完成|多于|高于|多出)(?:年度|全年)?(?:目标|计划|预期)(?:值|数)?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|[\u4e00-\u9fa5]{1,2})/;
const FIGURE = /(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|%|[\u4e00-\u9fa5]{1,2})/g;
const PLAN_WORD = /计划|目标|预期/;
const ACTUAL_WORD = /实际|完成(?!率)/;
const NOT_FLOOR = /[≤<]|不超过|不高于|以内|以下|最多|[—~～至]/;

type Fig = { value: string; unit: string };

/** "完成年度目标的104.67%", "为目标值的105%". */
const RATE_OF_TARGET =
  /^[^，,\d]{0,10}(?:完成|达到|为)[^，,\d]{0,6}?(?:目标|计划)(?:值|数)?的\s*(\d+(?:\.\d+)?)\s*[%％]\s*$/;

/**
 * The excess after a completion rate instead of the target — "完成628座，完成年度目标的104.67%，超出年度目标38座": the
 * target is the actual ÷ the rate, within the rate's rounding (a whole count when the figures are whole), and the
 * excess must be the actual less a target so found.
 */
function checkByRate(
  ctx: Ctx,
  li: number,
  line: string,
  at: number,
  stretch: string,
  m: RegExpExecArray,
  actual: Fig,
  rate: string,
): void {
  const stated = m[1]!.replace(/,/g, '');
  const a = dec(actual.value);
  const r = dec(rate);
  const h = halfUlp(printedPlaces(rate));
  if (r.lte(h) || r.lte(100)) return;
  const [lo, hi] = [a.times(100).div(r.plus(h)), a.times(100).div(r.minus(h))];
  const target = a.minus(stated);
  const whole = printedPlaces(actual.value) === 0 && printedPlaces(stated) === 0;
  const places = Math.max(printedPlaces(actual.value), printedPlaces(stated));
  const slack = whole ? dec(0) : halfUlp(places).times(2);
  const ok = target.gte(lo.minus(slack)) && target.lte(hi.plus(slack));
  const want = a.minus(a.times(100).div(r));
  const shown = show(whole ? want.toDecimalPlaces(0) : want, places);
  const arithmetic = `实际${actual.value}${m[2]} − 目标（${actual.value} ÷ ${rate}% = ${show(a.times(100).div(r), places)}）= ${shown}${m[2]}`;
  judgeExcess(ctx, li, line, at, stretch, m, ok, shown, arithmetic);
}

/** The excess stated (`m`, in `stretch` at `at` of the line) against the one worked out (`want`, `arithmetic`). */
function judgeExcess(
  ctx: Ctx,
  li: number,
  line: string,
  at: number,
  stretch: string,
  m: RegExpExecArray,
  ok: boolean,
  want: string,
  arithmetic: string,
): void {
  const stated = m[1]!.replace(/,/g, '');
  const statedAt = at + m.index + m[0].indexOf(m[1]!);
  claim(ctx, 'completion', li, statedAt, ok, `${arithmetic}，文中超出${stated}${m[2]}`);
  if (ok) return;
  report(
    ctx,
    li,
    'completion.target',
    'error',
    excerptOf(line, at, at + stretch.length, 0),
    `${want}${m[2]}`,
    `${stated}${m[2]}`,
    `超出目标的数量应为 ${arithmetic}，文中为${m[0].slice(0, m[0].indexOf(m[1]!))}${stated}${m[2]}。`,
    statedAt,
  );
}

/**
 * What is left of a plan, stated after the plan and what was done: "计划改造8所学校、…，实际完成6所、…，剩余2所学校因汛期
 * 施工受阻" — the rest must be the plan less the done (`completion.target`), counted in the same unit. Read only in one
 * sentence, the plan's clause naming 计划 / 目标, the done's 实际完成 / 已完成, each with one figure of that unit.
 */
const LEFT = /(?:剩余|尚余|还剩|尚有|其余|未完成的?)\s*(\d+)\s*(所|个|处|座|家|户|项|条|台|套|辆|人)/g;

function checkRemaining(ctx: Ctx): void {
  if (!mentionsAny(ctx, ['剩余', '尚余', '还剩', '尚有', '其余', '未完成'])) return;
  forEachFigureLine(ctx, (line, li) => {
    if (!/剩余|尚余|还剩|尚有|其余|未完成/.test(line)) return;
    for (const s of sentencesAt(ctx, li)) {
      for (const m of s.text.matchAll(LEFT)) {
        const unit = m[2]!;
        const before = s.text.slice(0, m.index);
        const one = (clause: RegExp): string | null => {
          const c = clause.exec(before);
          if (!c) return null;
          const figs = [...c[0].matchAll(new RegExp(`(\\d+)\\s*${unit}`, 'g'))];
          return figs.length === 1 ? figs[0]![1]! : null;
        };
        const plan = one(/(?:计划|目标)[^。；;]*?(?=[，,]\s*(?:实际|已)完成)/);
        const done = one(/(?:实际|已)完成[^。；;]*$/);
        if (!plan || !done) continue;
        const want = Number(plan) - Number(done);
        if (want < 0) continue;
        const ok = want === Number(m[1]);
        const at = s.start + m.index + m[0].indexOf(m[1]!);
        const arithmetic = `计划${plan}${unit} − 实际完成${done}${unit} = ${want}${unit}`;
        claim(ctx, 'completion', li, at, ok, `${arithmetic}，文中剩余${m[1]}${unit}`);
        if (ok) continue;
        report(
          ctx,
          li,
          'completion.target',
          'error',
          excerptOf(line, s.start + m.index - 20, s.start + m.index + m[0].length, 0),
          `${want}${unit}`,
          `${m[1]}${unit}`,
          `未完成的数量应为 ${arithmetic}，文中为${m[0]}。`,
          at,
        );
      }
    }
  });
}

export function checkTargetExcess(ctx: Ctx): void {
  checkRemaining(ctx);
  // (超出/超过… 目标/计划/预期 with its figure.)
  if (!(
    mentionsAny(ctx, ['超出', '超过', '超额完成', '多于', '高于', '多出']) &&
    mentionsAny(ctx, ['目标', '计划', '预期'])
  ))
    return;
  forEachFigureLine(ctx, (line, li) => {
    if (!/超|多于|高于|多出/.test(line)) return;
    for (const s of sentencesAt(ctx, li)) {
      let from = 0;
      for (const stretch of s.text.split(/[；;]/)) {
        check(ctx, li, line, s.start + from, stretch);
        from += stretch.length + 1;
      }
    }
  });
}

function check(ctx: Ctx, li: number, line: string, at: number, stretch: string): void {
  const m = EXCESS.exec(stretch);
  if (!m || m[2] === '%') return;
  let plan: Fig | null = null;
  let actual: Fig | null = null;
  let rate: string | null = null;
  let unnamed: Fig | null = null;
  for (const clause of stretch.slice(0, m.index).split(/，|,(?!\d{3}(?!\d))/)) {
    // "完成年度目标的104.67%": the target is the actual over that rate.
    const r = RATE_OF_TARGET.exec(clause);
    if (r) {
      if (rate) return;
      rate = r[1]!;
      continue;
    }
    const figs = [...clause.matchAll(FIGURE)].filter((f) => !/^[年月日]/.test(f[2]!));
    if (figs.length === 0) continue;
    if (figs.length > 1) return;
    const fig = { value: figs[0]![1]!.replace(/,/g, ''), unit: figs[0]![2]! };
    if (PLAN_WORD.test(clause) && !ACTUAL_WORD.test(clause)) {
      if (plan || NOT_FLOOR.test(clause)) return;
      plan = fig;
    } else if (ACTUAL_WORD.test(clause) && !PLAN_WORD.test(clause)) {
      if (actual) return;
      actual = fig;
    } else if (!PLAN_WORD.test(clause) && !unnamed) unnamed = fig;
    else return;
  }
  // (The one figure before a "完成…目标的P%" is what was done, named so or not: "全年新建户厕628座，完成年度目标的…".)
  if (!actual && rate && unnamed) actual = unnamed;
  else if (unnamed) return;
  const stated = m[1]!.replace(/,/g, '');
  if (!plan && actual && rate && actual.unit === m[2]) {
    checkByRate(ctx, li, line, at, stretch, m, actual, rate);
    return;
  }
  if (!plan || !actual || plan.unit !== m[2] || actual.unit !== m[2]) return;
  const places = Math.max(printedPlaces(plan.value), printedPlaces(actual.value));
  const want = dec(actual.value).minus(plan.value);
  if (want.lte(0)) return;
  const arithmetic = `实际${actual.value}${m[2]} − 目标${plan.value}${m[2]} = ${show(want, places)}${m[2]}`;
  judgeExcess(ctx, li, line, at, stretch, m, want.eq(stated), show(want, places), arithmetic);
}
