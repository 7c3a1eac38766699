/**
 * A count split into done and not done — "项目共设置三级指标8个，完成6个，未完成2个", "共抽查项目12个，达标10个，
 * 未达标2个", "18个三级指标中，完成的15个，未完成的3个": the two parts must add up to the total (`count.sum`);
 * a rate right after them ("，指标完成率83.33%") is the done ÷ the total (`completion.percent`).
 *
 * Precision first: the three counts follow one another in one sentence, clause after clause, in one unit;
 * the total's clause says 共 / 设置 / 合计 / 涉及 / 纳入 / 抽查; the parts are one verb and its negation (完成 /
 * 未完成, 达到 / 未达到, 达标 / 未达标, 合格 / 不合格, 实现 / 未实现). A list opened by 其中 is the 其中 lists' rule's.
 * Also counts given 分别为 after the total (below); counts in brackets are count-brackets.ts's.
 */
import { allMatches, excerptOf, sentencesAt, type Ctx } from './context.ts';
import { judgeCountSum } from './count-sums.ts';
import { judgeRate } from './prose-completion.ts';
import { forEachFigureLine } from './prose-lines.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';

// (Longer units first: 人次 before 人.)
export const UNITS = '批次|人次|个|项|家|条|户|人|处|次';
// (A time or the evaluation may open the done part: "年度内完成20个", "经自评，达到15个" — nothing negated.)
const DONE_THEN_NOT = `(?:年度内|年内|全年|当年|本年度?|实际|经自评[，,]?)?(?:已|均|其余)?(完成|达到|达标|合格|实现)[^，,。；;\\d]{0,8}?(\\d+)\\s*(${UNITS})\\s*[，,；;]\\s*(?:未|尚未|没有|不)(完成|达到|达标|合格|实现)[^，,。；;\\d]{0,8}?(\\d+)\\s*(${UNITS})`;
/** The negated verbs DONE_THEN_NOT's second part opens with. */
const NEGATED = ['未', '没有', '不'].flatMap((no) =>
  ['完成', '达到', '达标', '合格', '实现'].map((v) => no + v),
);
const SPLIT = new RegExp(
  `(?:(?:共|设置|设定|合计|总计|涉及|纳入|抽查)[^，,。；;\\d]{0,14}?(\\d+)\\s*(${UNITS})(?:[\\u4e00-\\u9fa5]{1,8}?)?\\s*[，,]|(\\d+)\\s*(${UNITS})[^，,。；;\\d]{1,10}?中\\s*[，,：:]?)\\s*${DONE_THEN_NOT}`,
  'g',
);
/** "，指标完成率83.33%" right after the parts: the done ÷ the total. */
const RATE_AFTER =
  /^\s*[，,]\s*(?:[^，,。；;\d%]{0,6}?)(?:完成率|达标率|合格率|实现率)\s*(?:为|是|达)?\s*(\d+(?:\.\d+)?)\s*[%％]/;

/**
 * "共实施政府采购19批次，货物类、工程类、服务类分别为9批次、2批次、6批次": the counts 分别为 of the items named must add
 * up to the total of the clause before — as many counts as names, one unit, nothing else between.
 */
const RESPECTIVELY = new RegExp(
  `(?:共|合计|总计|共计)[^，,。；;\\d]{0,14}?(\\d+)\\s*(${UNITS})\\s*[，,]\\s*((?:[\\u4e00-\\u9fa5]{1,10}、)+[\\u4e00-\\u9fa5]{1,10})\\s*分别(?:为|是)\\s*((?:\\d+\\s*(?:${UNITS})\\s*、\\s*)+\\d+\\s*(?:${UNITS}))`,
  'g',
);

/**
 * "共设置三级绩效指标12个…。经自评，完全达成年度指标值的9个，部分达成的3个(，未达成的0个)": the indicators by how far
 * they were met add up to the indicators set, stated before them in the paragraph (also 全部完成的 / 部分完成的 /
 * 未完成的, 已完成44个，部分完成3个，未完成1个). With 未达成 left out the rest may
 * be unmet: only a sum above the total is wrong then. Each count may be followed by the indicators it names in
 * brackets ("部分完成的2个（管网长度、完成及时性），未完成的1个（…）").
 */
const NAMED = String.raw`(?:\s*[（(][^（）()。；;\d]{1,60}[）)])?`;
const ACHIEVED = new RegExp(
  String.raw`(完全|全部|全面|已|均已)?(达成|实现|完成)[^，,。；;\d]{0,12}?(\d+)\s*个${NAMED}\s*[，,、；;]\s*部分(?:达成|实现|完成)[^，,。；;\d]{0,12}?(\d+)\s*个${NAMED}(?:\s*[，,、；;]\s*未(?:达成|实现|完成)[^，,。；;\d]{0,12}?(\d+)\s*个)?`,
  'g',
);
/**
 * A 监控's forecast by the three answers of its 完成目标可能性 column — "预计全年确定能完成9个、有可能完成4个、完全不
 * 可能完成1个": read as the achieved ones above (the third, left out, may be the rest).
 */
const FORECAST = new RegExp(
  String.raw`确定能(?:够)?(?:完成|实现|达成)?[^，,。；;\d]{0,8}?(\d+)\s*个${NAMED}\s*[，,、；;]\s*有可能(?:完成|实现|达成)?[^，,。；;\d]{0,8}?(\d+)\s*个${NAMED}(?:\s*[，,、；;]\s*(?:完全)?不可能(?:完成|实现|达成)?[^，,。；;\d]{0,8}?(\d+)\s*个)?`,
  'g',
);
/** The indicators set: "共设置三级绩效指标12个", "共设定绩效指标15个", "设置绩效指标15个". */
const INDICATORS_SET =
  /(?:共|设置|设定|设立|确定)(?:设置|设定|设立|确定)?[^，,。；;\d]{0,10}?指标\s*(\d+)\s*个/g;

function checkAchievedCounts(ctx: Ctx): void {
  // (Counts of 部分… or 有可能… after the 指标 set.)
  if (!mentionsAll(ctx, ['指标']) || !mentionsAny(ctx, ['部分', '有可能'])) return;
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('部分') && !line.includes('有可能')) return;
    const found = [
      ...allMatches(line, ACHIEVED).map((m) => ({
        m,
        parts: [m[3]!, m[4]!, m[5]],
        names: [(m[1] ?? '') + m[2]!, '部分' + m[2]!, '未' + m[2]!],
      })),
      ...allMatches(line, FORECAST).map((m) => ({
        m,
        parts: [m[1]!, m[2]!, m[3]],
        names: ['确定能完成', '有可能完成', '完全不可能完成'],
      })),
    ];
    for (const { m, parts, names: allNames } of found) {
      const set = allMatches(line.slice(0, m.index), INDICATORS_SET).pop();
      if (!set) continue;
      const counts = parts.filter((c): c is string => c !== undefined).map(Number);
      const sum = counts.reduce((a, b) => a + b, 0);
      const total = Number(set[1]);
      // (Unmet ones not stated: they may be the rest.)
      if (parts[2] === undefined && sum < total) continue;
      const names = allNames.slice(0, counts.length);
      const partsText = counts.join(' + ');
      judgeCountSum(ctx, li, line, {
        at: m.index,
        excerpt: [m.index, m.index + m[0].length],
        sum,
        total,
        unit: '个',
        arithmetic: `${names.join('、')}：${partsText} = ${sum}个，共设置${total}个`,
        message: `${names.join('、')}的指标 ${partsText} = ${sum}个，${sum > total ? '多于' : '与'}共设置的${total}个${sum > total ? '' : '不符'}。`,
      });
    }
  });
}

/**
 * "执行率高于序时进度的项目5个，低于序时进度的项目2个" after "6个项目…" in the paragraph: the projects on either side of the
 * schedule cannot be more than the projects (`count.sum`; fewer may be on it). Read only when the paragraph names one
 * count of 项目 before them.
 */
const ABOVE_WORD = '高于|超过|快于';
const BELOW_WORD = '低于|慢于|落后于?|滞后于?';
const SIDE = (words: string) => `(?:${words})(?:序时进度|时间进度)[^，,。；;\\d]{0,8}?(\\d+)\\s*个(?!百分点)`;
const SIDES = new RegExp(
  `(?:${SIDE(ABOVE_WORD)}\\s*[，,；;、]\\s*(?:执行率)?${SIDE(BELOW_WORD)}|${SIDE(BELOW_WORD)}\\s*[，,；;、]\\s*(?:执行率)?${SIDE(ABOVE_WORD)})`,
  'g',
);
const PROJECTS = /(\d+)\s*个(?:监控|重点|预算|专项)?项目/g;

function checkScheduleSides(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['项目']) || !mentionsAny(ctx, ['序时进度', '时间进度'])) return;
  forEachFigureLine(ctx, (line, li) => {
    if (!/序时进度|时间进度/.test(line)) return;
    for (const m of allMatches(line, SIDES)) {
      // (Counts of projects, named so: "完成进度…低于序时进度的5个" after "设置监控指标21个" counts indicators.)
      if (!m[0].includes('项目')) continue;
      const totals = new Set(allMatches(line.slice(0, m.index), PROJECTS).map((t) => Number(t[1])));
      if (totals.size !== 1) continue;
      const total = [...totals][0]!;
      const counts = [m[1] ?? m[3]!, m[2] ?? m[4]!].map(Number);
      const sum = counts[0]! + counts[1]!;
      // (Projects on the schedule itself may be the rest.)
      if (sum <= total) continue;
      const partsText = counts.join(' + ');
      judgeCountSum(ctx, li, line, {
        at: m.index,
        excerpt: [m.index, m.index + m[0].length],
        sum,
        total,
        unit: '个',
        arithmetic: `高于、低于序时进度的项目：${partsText} = ${sum}个，项目共${total}个`,
        message: `执行率高于与低于序时进度的项目 ${partsText} = ${sum}个，多于纳入的${total}个项目。`,
      });
    }
  });
}

/**
 * A rate of counts right after its two counts — "共抽查项目点30个，其中合格27个，合格率为90%", "发放问卷200份，回收有效问卷
 * 186份，有效回收率93%": the rate is the part ÷ the total. The total's clause says 共 / 抽查 / 检查 / 监测 / 发放 / 设置…, the
 * part's clause names the rate's own word (合格 … 合格率), one unit for both. (完成 … 完成率 is the target rule's,
 * target-completion.ts.)
 */
const RATE_UNITS = '批次|人次|个|项|家|条|户|人|处|份|件|所|座|台|套|场|期';
const COUNT_RATE = new RegExp(
  `(?:共|合计|总计|累计|抽查|检查|抽检|检测|监测|抽样|送检|受理|发放|设置|调查|走访)[^，,。；;\\d]{0,14}?(\\d+)\\s*(${RATE_UNITS})\\s*[，,]\\s*(?:其中[：:，,]?)?([^，,。；;\\d]{1,12}?)(\\d+)\\s*(${RATE_UNITS})\\s*[，,]\\s*([^，,。；;\\d%]{0,6}?)率\\s*(?:为|是|达到?)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]`,
  'g',
);
/**
 * "回收有效问卷580份，其中表示“满意”或“比较满意”的551份，满意度为95.00%": a count opened by 其中 right after another is a
 * part of it — the rate (…率 or …度) named by the part's word is the part ÷ that count, whatever counts came before.
 */
const SUBSET_RATE = new RegExp(
  `(?<![\\d.])(\\d+)\\s*(${RATE_UNITS})\\s*[，,]\\s*其中[：:，,]?([^，,。；;\\d]{1,16}?)(\\d+)\\s*(${RATE_UNITS})\\s*[，,]\\s*([^，,。；;\\d%]{0,8}?)(?:率|度)\\s*(?:为|是|达到?)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]`,
  'g',
);
/** The words a rate of counts is named by (the part's clause must hold the same). */
const RATE_WORD = /合格|达标|通过|满意|有效|回收|验收|覆盖|参与|到位|办结|出席/;
const RATE_WORDS = RATE_WORD.source.split('|');

function checkCountRates(ctx: Ctx): void {
  // (A rate in % named by one of RATE_WORD's words.)
  if (!mentionsAny(ctx, ['%', '％']) || !mentionsAny(ctx, RATE_WORDS)) return;
  forEachFigureLine(ctx, (line, li) => {
    if (!/率|度/.test(line)) return;
    const judged = new Set<number>();
    for (const s of sentencesAt(ctx, li)) {
      for (const m of [...allMatches(s.text, COUNT_RATE), ...allMatches(s.text, SUBSET_RATE)]) {
        const [, total, unit, partWords, part, partUnit, rateWords, rate] = m as unknown as string[];
        if (unit !== partUnit || /未|不|没有/.test(partWords!)) continue;
        const word = RATE_WORD.exec(rateWords!)?.[0];
        if (!word || !partWords!.includes(word) || Number(part) > Number(total)) continue;
        const at = s.start + m.index;
        const rateAt = at + m[0].lastIndexOf(rate!);
        if (judged.has(rateAt)) continue;
        judged.add(rateAt);
        judgeRate(ctx, li, {
          rate: rate!,
          actual: { value: part!, places: 0 },
          budget: { value: total!, places: 0 },
          unit: unit!,
          at: rateAt,
          excerpt: excerptOf(line, at, at + m[0].length),
          what: '比率',
          figureAt: rateAt,
        });
      }
    }
  });
}

/**
 * "绩效自评中共发现问题9个，已经完成整改的6个，正在整改的3个(，尚未整改的0个)": the problems found are each either
 * rectified or being rectified (the national 情况说明's wording; also "已整改4个，正在整改2个") — the statuses add up
 * to the problems found.
 */
const STATUSES = String.raw`(?:(?:已经?)?完成整改|已经?整改(?:完成|完毕|到位)?)(?:的)?\s*(\d+)\s*(个|项|条)\s*[，,、；;]\s*(?:正在|仍在|尚在)整改(?:的|中的)?\s*(\d+)\s*(个|项|条)(?:\s*[，,、；;]\s*(?:尚未|未)(?:开始)?整改(?:的)?\s*(\d+)\s*(个|项|条))?`;
const RECTIFIED = new RegExp(
  String.raw`(?:发现|梳理|查找|反馈)[^，,。；;\d]{0,8}?问题\s*(\d+)\s*(个|项|条)\s*[，,]\s*(?:其中[：:，,]?)?${STATUSES}`,
  'g',
);
/**
 * "针对自评发现的5个问题，我局逐项制定整改措施…。截至报告形成时，已完成整改3个，正在整改2个": the problems counted
 * before their name, the statuses a sentence or two on — no figure between.
 */
const RECTIFIED_LATER = new RegExp(
  String.raw`(?:发现|梳理|查找|反馈|上述)(?:的|出)?\s*(\d+)\s*(个|项|条)[^，,。；;\d]{0,6}?问题[^\d]{0,80}?[，,。]\s*${STATUSES}`,
  'g',
);

/** "截至2025年9月30日，29个问题中已完成整改21个，正在整改8个": the problems counted, then their statuses. */
const RECTIFIED_WITHIN = new RegExp(
  String.raw`(?<![\d,.])(\d+)\s*(个|项|条)(?:[\u4e00-\u9fa5]{0,6}?)问题中\s*[，,：:]?\s*${STATUSES}`,
  'g',
);

function checkRectifiedCounts(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['整改', '问题'])) return;
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('整改')) return;
    for (const m of [
      ...allMatches(line, RECTIFIED),
      ...allMatches(line, RECTIFIED_LATER),
      ...allMatches(line, RECTIFIED_WITHIN),
    ]) {
      const unit = m[2]!;
      if (m[4] !== unit || m[6] !== unit || (m[8] !== undefined && m[8] !== unit)) continue;
      const counts = [m[3]!, m[5]!, ...(m[7] !== undefined ? [m[7]] : [])].map(Number);
      const sum = counts.reduce((a, b) => a + b, 0);
      const partsText = counts.join(' + ');
      judgeCountSum(ctx, li, line, {
        at: m.index,
        excerpt: [m.index, m.index + m[0].length],
        sum,
        total: Number(m[1]),
        unit,
        arithmetic: `已完成整改、正在整改${m[7] !== undefined ? '、尚未整改' : ''}：${partsText} = ${sum}${unit}，发现问题${m[1]}${unit}`,
        message: `已完成整改、正在整改${m[7] !== undefined ? '、尚未整改' : ''}的问题 ${partsText} = ${sum}${unit}，与发现的问题${m[1]}${unit}不符。`,
      });
    }
  });
}

export function checkComplementCounts(ctx: Ctx): void {
  checkRespectiveCounts(ctx);
  checkRectifiedCounts(ctx);
  checkCountRates(ctx);
  checkAchievedCounts(ctx);
  checkScheduleSides(ctx);
  checkIndicatorSplits(ctx);
  checkOnTimeSplits(ctx);
  // (A part's verb negated: 未完成, 没有达到, 不合格….)
  if (!mentionsAny(ctx, NEGATED)) return;
  forEachFigureLine(ctx, (line, li) => {
    if (!/未|不合格|没有/.test(line)) return;
    for (const s of sentencesAt(ctx, li)) {
      for (const m of allMatches(s.text, SPLIT)) {
        // (The total is "共…N个，" or "N个…中，".)
        const total = m[1] ?? m[3]!;
        const unit = m[2] ?? m[4]!;
        const [verb, done, doneUnit, notVerb, notDone, notDoneUnit] = m.slice(5) as [
          string,
          string,
          string,
          string,
          string,
          string,
        ];
        if (verb !== notVerb || doneUnit !== unit || notDoneUnit !== unit) continue;
        if (m[0].includes('其中')) continue;
        const sum = Number(done) + Number(notDone);
        const at = s.start + m.index;
        judgeCountSum(ctx, li, line, {
          at,
          excerpt: [at, at + m[0].length],
          sum,
          total: Number(total),
          unit,
          arithmetic: `${verb}${done} + 未${verb}${notDone} = ${sum}${unit}，共${total}${unit}`,
          message: `${verb}${done}${unit}、未${verb}${notDone}${unit}，合计${sum}${unit}，与共${total}${unit}不符。`,
        });
        const end = at + m[0].length;
        const rate = RATE_AFTER.exec(line.slice(end));
        if (rate && sum === Number(total))
          judgeRate(ctx, li, {
            rate: rate[1]!,
            actual: { value: done, places: 0 },
            budget: { value: total, places: 0 },
            unit,
            at: end,
            excerpt: excerptOf(line, at, end + rate[0].length),
            what: '完成比例',
            figureAt: end + rate[0].lastIndexOf(rate[1]!),
          });
      }
    }
  });
}

function checkRespectiveCounts(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['分别']) || !mentionsAny(ctx, ['共', '合计', '总计'])) return;
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('分别')) return;
    for (const s of sentencesAt(ctx, li)) {
      for (const m of allMatches(s.text, RESPECTIVELY)) {
        const [total, unit, names, list] = [m[1]!, m[2]!, m[3]!, m[4]!];
        const counts = [...list.matchAll(new RegExp(`(\\d+)\\s*(${UNITS})`, 'g'))];
        if (counts.length !== names.split('、').length || counts.some((c) => c[2] !== unit)) continue;
        const values = counts.map((c) => Number(c[1]));
        const sum = values.reduce((a, b) => a + b, 0);
        const at = s.start + m.index;
        const partsText = values.join(' + ');
        judgeCountSum(ctx, li, line, {
          at,
          excerpt: [at, at + m[0].length],
          sum,
          total: Number(total),
          unit,
          arithmetic: `${names}：${partsText} = ${sum}${unit}，共${total}${unit}`,
          message: `${names}分别为 ${partsText} = ${sum}${unit}，与共${total}${unit}不符。`,
        });
      }
    }
  });
}

/**
 * The indicators set, split in two by one test — "共设置绩效指标18个…。…预计全年能够完成目标值的指标16个，存在偏差、
 * 预计全年难以完成目标值的指标2个", "未出现偏差的指标12个，存在偏差的指标2个", "16个三级指标中，13个全部完成，3个未完全
 * 完成": the two counts are all the indicators (`count.sum`).
 *
 * Precision first: the two counts follow each other (a clause each), the first met or on track, the second its
 * negation; the total is the nearest indicators set before them in the paragraph ("共设置…指标N个" or "N个…指标中"),
 * with no other count of indicators between its sentence and theirs, and their sentence names no kind of indicator
 * (产出, 效益, 数量 …) before them: they are not a part's.
 */
const MET =
  '(?:确定能够?|能够|能)?(?:完成|实现|达成)(?:目标值?|年度目标|年度指标值)?|全部完成|均已完成|已完成|未出现偏差|没有偏差|无偏差|按计划推进|正常推进';
const UNMET =
  '存在偏差|出现偏差|有偏差|难以完成|不能完成|无法完成|未能完成|未完全完成|未完成|未达到|未达成|未实现';
const COUNT_OF = (words: string): string =>
  `(?:(?<![未不以法能全分])(?:${words})[^，,。；;\\d]{0,16}?(?:指标)?\\s*(\\d+)\\s*个|(\\d+)\\s*个(?:指标)?\\s*(?:${words}))`;
const SPLIT_PAIR = new RegExp(
  // (A third count after them — "…，尚未开展评价的指标1个" — splits the indicators in three: not read.)
  `${COUNT_OF(MET)}\\s*[，,、；;]\\s*${COUNT_OF(UNMET)}(?!\\s*[，,、；;][^，,。；;\\d]{0,16}?\\d+\\s*个)`,
  'g',
);
const INDICATOR_TOTAL =
  /(?:共|设置|设定|设立|确定)[^，,。；;\d]{0,14}?指标\s*(\d+)\s*个|(\d+)\s*个[^，,。；;\d]{0,6}?指标中/g;
const KIND = /产出|效益|满意度|数量|质量|时效|成本|经济|社会|生态|可持续/;
const OTHER_NOUN = /项目|任务|问题|单位|部门|工程|个数/;

function checkIndicatorSplits(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['指标', '个'])) return;
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('指标')) return;
    for (const m of allMatches(line, SPLIT_PAIR)) {
      // (Counts of other things — 项目, 任务, 问题 — are not the indicators'.)
      if (OTHER_NOUN.test(m[0])) continue;
      const total = allMatches(line.slice(0, m.index), INDICATOR_TOTAL).pop();
      if (!total) continue;
      const totalEnd = line.indexOf('。', total.index);
      const sentenceStart =
        Math.max(line.lastIndexOf('。', m.index - 1), line.lastIndexOf('；', m.index - 1)) + 1;
      // (Only the total's own 其中 list may count indicators between the total and the pair.)
      const between = line.slice(totalEnd < 0 || totalEnd > m.index ? m.index : totalEnd, m.index);
      if (/指标\s*\d+\s*个|\d+\s*个[^，,。；;\d]{0,4}指标/.test(between)) continue;
      if (KIND.test(line.slice(Math.max(sentenceStart, total.index + total[0].length), m.index))) continue;
      const met = Number(m[1] ?? m[2]);
      const unmet = Number(m[3] ?? m[4]);
      const all = Number(total[1] ?? total[2]);
      judgeCountSum(ctx, li, line, {
        at: m.index,
        excerpt: [m.index, m.index + m[0].length],
        sum: met + unmet,
        total: all,
        unit: '个',
        arithmetic: `指标 ${met} + ${unmet} = ${met + unmet}个，共${all}个`,
        message: `按完成情况分列的指标 ${met} + ${unmet} = ${met + unmet}个，与共设置的${all}个指标不符。`,
      });
    }
  });
}

/**
 * Projects split by finishing on time — "全年实施项目24个，按期完工20个，延期4个": the two counts are all the projects
 * (`count.sum`). Read only clause after clause in one sentence, the total's clause naming 共 / 实施 / 开展 / 涉及.
 */
const ON_TIME = new RegExp(
  `(?:共|实施|开展|涉及|纳入)[^，,。；;\\d]{0,10}?(\\d+)\\s*个\\s*[，,]\\s*(?:其中)?\\s*(?:按期|如期|按时)(?:完工|完成|办结|验收)[^，,。；;\\d]{0,6}?(\\d+)\\s*个\\s*[，,、]\\s*(?:延期|逾期|滞后|未按期)(?:完工|完成|办结|验收)?[^，,。；;\\d]{0,6}?(\\d+)\\s*个(?!\\s*[，,、]\\s*[^，,。；;\\d]{0,8}?\\d+\\s*个)`,
  'g',
);

function checkOnTimeSplits(ctx: Ctx): void {
  if (!mentionsAny(ctx, ['按期', '如期', '按时'])) return;
  forEachFigureLine(ctx, (line, li) => {
    if (!/按期|如期|按时/.test(line)) return;
    for (const m of allMatches(line, ON_TIME)) {
      const [all, onTime, late] = [Number(m[1]), Number(m[2]), Number(m[3])];
      judgeCountSum(ctx, li, line, {
        at: m.index,
        excerpt: [m.index, m.index + m[0].length],
        sum: onTime + late,
        total: all,
        unit: '个',
        arithmetic: `按期 ${onTime} + 延期 ${late} = ${onTime + late}个，共${all}个`,
        message: `按期与延期的 ${onTime} + ${late} = ${onTime + late}个，与总数${all}个不符。`,
      });
    }
  });
}
