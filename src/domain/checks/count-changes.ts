/**
 * A change of a count or a quantity against last year's figure named inside the comparison — "共有公务用车6辆，
 * 比上年末7辆减少1辆", "全年接待120批次，较2023年的100批次增加20批次，增长20.00%": the change is this year's figure
 * (the one right before the comparison, a comma between) − last year's, and its % that ÷ last year's. Counts are
 * exact; quantities with decimals are judged within their printing's rounding. The same against the plan named
 * in the comparison ("覆盖群众12,000人，较计划的10,000人多2,000人"). (Money is checkComparedWith's,
 * prose-budget-gaps.ts.)
 */
import { dec, sharePercent } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import { printedPlaces, WORK_QUANTITY_UNITS } from './numbers.ts';
import { forEachFigureLine, lineFigures } from './prose-lines.ts';
import { isUp } from './prose-clauses.ts';
import { judgeRatio, judgeSum, SHARE, show, showAs, verdictClause, type Printed } from './verdict.ts';
import { mentionsAny } from './document-words.ts';

/** Counts, longer units first (人次 before 人). */
const COUNT_UNITS_IN_ORDER = [
  '人次',
  '批次',
  '个',
  '辆',
  '人',
  '次',
  '台',
  '套',
  '件',
  '条',
  '项',
  '家',
  '名',
  '场',
  '期',
];
const UNITS = [...COUNT_UNITS_IN_ORDER, ...WORK_QUANTITY_UNITS].join('|');
/** What COMPARED opens with: 比 / 较 and the start of the base's name. */
const COMPARED_WORDS = ['比', '较'].flatMap((w) =>
  ['上', '去', '20', '计划', '目标', '年度目标', '预期'].map((base) => w + base),
);
const COMPARED = new RegExp(
  `(?:比|较)\\s*(?:上年末?|去年末?|上一年末?|(20\\d\\d)\\s*年(?:度|末|底)?|(计划|目标值?|年度目标|预期))\\s*(?:的)?\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(${UNITS})\\s*[，,]?\\s*(增加|减少|增长|下降|多|少)了?\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(${UNITS})(?:\\s*[，,]\\s*(增长|下降|增加|减少|上升|增幅|降幅|减幅|降低|提高)\\s*(\\d+(?:\\.\\d+)?)\\s*[%％])?`,
  'g',
);

/**
 * Two counts compared at once: "68批次、542人次，较上年的79批次、631人次分别减少11批次、89人次" (last year's pair in
 * brackets, a bracket after this year's: "2,146批次、18,932人次（其中…），比上年（2,489批次、21,760人次）减少…") — each
 * change is this year's count of its unit − last year's (`change.amount`).
 */
const C = '(\\d[\\d,]*)\\s*(' + UNITS + ')';
const COMPARED_PAIR = new RegExp(
  `${C}\\s*[、和及]\\s*${C}(?:\\s*[（(][^（）()]{0,30}[）)])?\\s*[，,]\\s*(?:比|较)\\s*(?:上年|去年|上一年|(20\\d\\d)\\s*年度?)(?:同期)?(?:的)?\\s*[（(]?\\s*${C}\\s*[、和及]\\s*${C}\\s*[）)]?\\s*[，,]?\\s*(?:分别|各)?\\s*(增加|减少|增长|下降|多|少)了?\\s*${C}\\s*[、和及]\\s*${C}`,
  'g',
);

function checkComparedPairs(ctx: Ctx, line: string, li: number): void {
  for (const m of allMatches(line, COMPARED_PAIR)) {
    const g = m as unknown as string[];
    const [a, ua, b, ub, year, c, uc, d, ud, word, e, ue, f, uf] = g.slice(1);
    if (year !== undefined && (ctx.year === null || Number(year) !== ctx.year - 1)) continue;
    if (ua === ub || ua !== uc || ub !== ud || ua !== ue || ub !== uf) continue;
    const up = /增|多/.test(word!);
    const pairs: [string, string, string, string][] = [
      [a!, c!, e!, ua!],
      [b!, d!, f!, ub!],
    ];
    for (const [now, last, gap, unit] of pairs) {
      const n = Number(now.replace(/,/g, ''));
      const l = Number(last.replace(/,/g, ''));
      const gv = Number(gap.replace(/,/g, ''));
      const diff = n - l;
      const ok = Math.abs(diff) === gv && (diff === 0 || diff > 0 === up);
      const at = m.index + m[0].lastIndexOf(gap + unit);
      claim(ctx, 'change', li, at, ok, `${n} − 上年${l} = ${diff}${unit}，文中${word}${gv}${unit}`);
      if (ok) continue;
      const exact = `${diff < 0 ? '减少' : '增加'}${Math.abs(diff)}${unit}`;
      report(
        ctx,
        li,
        'change.amount',
        'error',
        excerptOf(line, m.index, m.index + m[0].length, 0),
        exact,
        `${word}${gv}${unit}`,
        `本年${n}${unit}，上年${l}${unit}，${n} − ${l} = ${diff}${unit}，应为${exact}，文中为${word}${gv}${unit}。`,
        at,
      );
    }
  }
}

export function checkCountChanges(ctx: Ctx): void {
  forEachFigureLine(ctx, (line, li) => {
    if (line.includes('比') || line.includes('较')) checkComparedPairs(ctx, line, li);
  });
  // ("比上年…", "较2024年…", "比计划…": 比 / 较 right before the base's name.)
  if (!mentionsAny(ctx, COMPARED_WORDS)) return;
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('比') && !line.includes('较')) return;
    for (const s of sentencesAt(ctx, li)) {
      for (const m of allMatches(s.text, COMPARED)) {
        const [, year, plan, baseText, unit, word, gapText, gapUnit, pWord, percent] =
          m as unknown as string[];
        const base0 = plan === undefined ? '上年' : plan;
        if (unit !== gapUnit) continue;
        if (year !== undefined && (ctx.year === null || Number(year) !== ctx.year - 1)) continue;
        const at = s.start + m.index;
        // This year's figure: right before the comparison, only a comma between, in the same unit.
        const before = lineFigures(ctx, li).filter((t) => t.end <= at && t.start >= s.start);
        // "建设任务较2024年度的1.05万亩增加0.15万亩，增长12.50%": no figure of this year before the comparison — its %
        // is the change ÷ last year's all the same.
        if (plan === undefined && percent !== undefined && !before.some((t) => t.unit === unit)) {
          if (isUp(pWord!) !== /增|多/.test(word!)) continue;
          const base = { value: baseText!.replace(/,/g, ''), places: printedPlaces(baseText!) };
          const gap = { value: gapText!.replace(/,/g, ''), places: printedPlaces(gapText!) };
          judgeCountChangePercent(ctx, li, excerptOf(line, at, at + m[0].length, 10), {
            gap,
            base,
            unit: unit!,
            percent,
            at: at + m[0].lastIndexOf(percent),
            said: `上年${base.value}${unit}`,
          });
          continue;
        }
        let now = before.pop();
        if (!now || now.unit !== unit || !/^\s*[，,]?\s*$/.test(line.slice(now.end, at))) continue;
        // "保有量为58辆，其中执法执勤用车51辆、…应急保障用车5辆，较上年末的56辆增加2辆": the figure before the comparison
        // is the last of a 其中 list, and the change is of the list's whole (the figure before 其中).
        // (Looked for in the 200 characters before it at most: an endless sentence stays linear.)
        const near = Math.max(s.start, now.start - 200);
        const found = line.slice(near, now.start).lastIndexOf('其中');
        const list = found < 0 ? -1 : near + found;
        if (list >= 0) {
          const whole = before.filter((t) => t.end <= list && t.unit === unit).pop();
          if (!whole || before.some((t) => t.start > whole.end && t.end <= list)) continue;
          now = whole;
        }
        const base = { value: baseText!.replace(/,/g, ''), places: printedPlaces(baseText!) };
        const gap = { value: gapText!.replace(/,/g, ''), places: printedPlaces(gapText!) };
        const x = { value: now.value, places: now.places };
        const up = /增|多/.test(word!);
        const diff = dec(x.value).minus(base.value);
        const verdict = up ? judgeSum([base, gap], x) : judgeSum([x, gap], base);
        const excerpt = excerptOf(line, now.start, at + m[0].length, 10);
        const gapAt = at + m[0].indexOf(gapText!, m[0].indexOf(word!));
        claim(
          ctx,
          plan === undefined ? 'change' : 'completion',
          li,
          gapAt,
          verdict.kind !== 'wrong',
          `${x.value} − ${base0}${base.value} = ${showAs(diff, [x, base])}${unit}，文中${word}${gap.value}${unit}`,
        );
        if (verdict.kind !== 'ok') {
          const exact = `${diff.isNeg() ? '减少' : '增加'}${showAs(diff.abs(), [x, base])}${unit}`;
          report(
            ctx,
            li,
            plan === undefined ? 'change.amount' : 'completion.target',
            verdict.severity,
            excerpt,
            exact,
            `${word}${gap.value}${unit}`,
            `${plan === undefined ? '本年' : '实际'}${x.value}${unit}，${base0}${base.value}${unit}，${x.value} − ${base.value} = ${showAs(diff, [x, base])}${unit}，应为${exact}，文中为${word}${gap.value}${unit}${verdictClause(verdict.kind)}。`,
            gapAt,
          );
          continue;
        }
        if (percent === undefined || plan !== undefined) continue;
        const pAt = at + m[0].lastIndexOf(percent);
        if (isUp(pWord!) !== up) continue; // (The direction word is the change rules' to judge.)
        judgeCountChangePercent(ctx, li, excerpt, {
          gap,
          base,
          unit: unit!,
          percent,
          at: pAt,
          said: `上年${base.value}${unit}`,
        });
      }
    }
  });
}

/**
 * A count's change % after its amount: the amount ÷ last year's count (`change.percent`), judged within the rounding
 * of the printed figures; `said` names last year's count in the message. Shared with table-base-changes.ts.
 */
export function judgeCountChangePercent(
  ctx: Ctx,
  li: number,
  excerpt: string,
  c: { gap: Printed; base: Printed; unit: string; percent: string; at: number; said: string },
): void {
  const printed = { value: c.percent, places: printedPlaces(c.percent) };
  const v = judgeRatio(printed, [c.gap, c.base], ([g, b]) => sharePercent(g!, b!), SHARE);
  if (!v) return;
  const exactP = v.kind === 'ok' ? printed.value : show(v.exact, printed.places);
  claim(
    ctx,
    'change',
    li,
    c.at,
    v.kind !== 'wrong',
    `${c.gap.value} ÷ ${c.base.value} × 100% = ${exactP}%，文中${c.percent}%`,
  );
  if (v.kind === 'ok') return;
  report(
    ctx,
    li,
    'change.percent',
    v.severity,
    excerpt,
    `${exactP}%`,
    `${c.percent}%`,
    `${c.said}，变动率应为 ${c.gap.value} ÷ ${c.base.value} × 100% = ${exactP}%，文中为${c.percent}%${verdictClause(v.kind)}。`,
    c.at,
  );
}
