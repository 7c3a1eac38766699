/** Grades in prose: the grade (等级, 等次) stated for a score must be the score's grade. */
import { dec, type Dec } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import { mentionsAny } from './document-words.ts';
import { normaliseGrade, statedCutoffsKnown } from './grade-words.ts';
import { forEachFigureLine } from './prose-lines.ts';
import { TOTAL_THEN_PARTS } from './score-prose.ts';
import { gradeOf } from '../scoring/grade.ts';

/**
 * "得分88.5分，等级为良" / "自评总分95.00分，自评等级为“优”" / "评级为“良”" (not a count's "评级为“优”的项目2个"): the
 * score the grade is stated for. Between the two there is no other figure but an out-of ("（总分100分）") or the
 * score's deduction ("扣分合计4.5分", "共扣4.5分"): in "项目产出得分38.20分，…，自评总分95.00分，自评等级为优" the grade is the total's, not the part's. A 总分 in
 * brackets or after 满 is the scale, not a score.
 */
const SCORE_THEN_GRADE =
  /(?:得分|(?<![（(满])总分)(?:为)?\s*(\d+(?:\.\d+)?)\s*分((?:[（(]?总分为?\s*\d+\s*分[）)]?|(?:合计|共计|累计|共)?扣(?:分|除|减)?(?:合计|共计|累计|共)?为?\s*\d+(?:\.\d+)?\s*分|[^。\d]){0,30}?)(?:等级|等次|评价|绩效|评定|评级)为\s*[“"]?(优秀|优|良好|良|中等|中|及格|合格|较差|差)(?![”"]?\s*的)/g;

/**
 * A sentence that only states the grade ("自评等级为“优”。") after a sentence giving a total and its parts
 * ("本部门自评得分93.60分，其中：部门决策18.00分，…。"): the grade is the total's — the score right after
 * 得分 / 总分 that opens the sentence's list, not its parts'.
 */
const GRADE_ONLY =
  /^\s*(?:[^\d，,。]{0,8}?)(?:等级|等次)为\s*[“"]?(优秀|优|良好|良|中等|中|及格|合格|较差|差)[”"]?\s*[。；;]?\s*$/;

/**
 * The grade after the standard it is given by, in the sentence after a total and its parts: "按照90分（含）以上为“优”、…
 * 的标准，本项目自评等级为“良”。" (the standard's bands are the configured ones, or the grade is not judged).
 */
const GRADE_BY_STANDARD =
  /^\s*(?:按照?|根据|依据)[^。；;]{0,100}?标准[，,]\s*[^\d，,。]{0,10}?(?:等级|等次)为\s*[“"]?(优秀|优|良好|良|中等|中|及格|合格|较差|差)[”"]?\s*[。；;]?\s*$/;

/**
 * After a total's 其中 list whose parts print no 得分 of their own ("…自评得分95.38分，其中部门决策14.40分、部门管理
 * 33.11分、…、履职效益19.20分，自评等级为“良”。"; a part may print its 满分 in brackets): the parts, then a clause
 * stating the grade — the total's.
 */
const PARTS_THEN_GRADE =
  /^(?:[^\d，,；;。]{1,20}?\d+(?:\.\d+)?\s*分(?:[（(](?:满分|分值)为?\s*\d+(?:\.\d+)?\s*分[）)])?[、，,；;]\s*)+(?:[^\d，,。；;]{0,8}?)(?:等级|等次)为\s*[“"]?(优秀|优|良好|良|中等|中|及格|合格|较差|差)/;

/** The name of a part of a total score right before its 得分: 产出指标, 预算执行, 部门决策, 项目过程 …. */
const PART_SCORE_BEFORE = /(?:指标|执行|决策|过程|产出|效益|满意度|管理|履职)$/;

/** "统计执法检查经费185.40万元，自评85.00分（优）": a score with its grade in brackets right after it. */
const BRACKETED_GRADE =
  /(?:自评|得分|评分|总分)(?:为)?\s*(\d+(?:\.\d+)?)\s*分\s*[（(]\s*(?:等级|等次)?[:：为]?\s*[“"]?(优秀|优|良好|良|中等|中|及格|合格|较差|差)[”"]?\s*[）)]/g;

/** BRACKETED_GRADE's grades against their scores (the configured bands, or the sentence's own when it states them). */
function checkBracketedGrades(ctx: Ctx): void {
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('分（') && !line.includes('分(')) return;
    for (const m of allMatches(line, BRACKETED_GRADE)) {
      const sentence = sentencesAt(ctx, li).find((s) => s.start <= m.index && m.index < s.end);
      if (sentence && !statedCutoffsKnown(sentence.text, ctx.grades)) continue;
      judgeGrade(ctx, li, m[1]!, m[2]!, m.index, excerptOf(line, m.index, m.index + m[0].length, 16), {
        claim: '',
        message: (want) => `得分${m[1]}分对应的等次应为“${want}”，文中括注为“${m[2]}”。`,
      });
    }
  });
}

/**
 * A grade stated for a score: the claim, and the `grade.score` error when it is not the score's grade by the
 * configured bands (`words.claim` names whose score it is; `words.message` says what should be).
 */
function judgeGrade(
  ctx: Ctx,
  li: number,
  shown: string,
  grade: string,
  at: number,
  excerpt: string,
  words: { claim: string; message: (want: string) => string },
): void {
  const want = gradeOf(dec(shown), ctx.grades);
  const got = normaliseGrade(grade);
  if (got === null) return;
  claim(ctx, 'grade', li, at, got === want, `${words.claim}得分${shown}分对应等次“${want}”，文中“${grade}”`);
  if (got !== want) report(ctx, li, 'grade.score', 'error', excerpt, want, grade, words.message(want), at);
}

/** "得分96.78分，…为优": the grade must match the score (scaled to 100 when "总分为90分" is stated). */
export function checkGrades(ctx: Ctx): void {
  // (A line read names 得分 or 总分, and its grade is stated "等级为…" (SCORE_THEN_GRADE's words, GRADE_ONLY's).)
  if (!mentionsAny(ctx, ['得分', '总分', '自评'])) return;
  checkBracketedGrades(ctx);
  if (!mentionsAny(ctx, ['得分', '总分'])) return;
  if (!mentionsAny(ctx, ['等级为', '等次为', '评价为', '绩效为', '评定为', '评级为', '分别为'])) return;
  checkGradesOfSubjects(ctx);
  checkRespectiveGrades(ctx);
  const re = SCORE_THEN_GRADE;
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('得分') && !line.includes('总分')) return;
    /** `score` on the 100-point scale; `shown` as printed. */
    const judge = (score: Dec, shown: string, grade: string, excerpt: string, at: number): void => {
      // A sentence grading by bands of its own ("采用80/70/60分等级标准") is not held to the configured ones.
      const sentence = sentencesAt(ctx, li).find((s) => s.start <= at && at < s.end);
      if (sentence && !statedCutoffsKnown(sentence.text, ctx.grades)) return;
      const want = gradeOf(score, ctx.grades);
      const got = normaliseGrade(grade);
      if (got === null) return;
      claim(ctx, 'grade', li, at, got === want, `得分${shown}分对应等次“${want}”，文中“${grade}”`);
      if (got !== want)
        report(
          ctx,
          li,
          'grade.score',
          'error',
          excerpt,
          want,
          grade,
          `得分${shown}分对应的等次应为“${want}”，文中为“${grade}”。`,
        );
    };
    const matched: number[] = [];
    for (const m of allMatches(line, re)) {
      matched.push(m.index);
      // The score is the last part of a 其中 list ("自评得分94.55分，其中…，满意度指标得分10.00分，自评等级为优"):
      // the grade is the list's total's.
      const sentence = sentencesAt(ctx, li).find((s) => s.start <= m.index && m.index < s.end);
      const opening = sentence ? line.slice(sentence.start, m.index) : '';
      // (A 其中 list of items each with its score and grade — "其中A项目得分96.75分，等级为“优”；B项目得分…" after
      // a sentence of their average — has no total before it: each grade is its own score's.)
      const total = opening.includes('其中') ? TOTAL_THEN_PARTS.exec(opening) : null;
      if (total) {
        if (sentence)
          judge(
            dec(total[1]!),
            total[1]!,
            m[3]!,
            excerptOf(line, sentence.start + total.index, m.index + m[0].length, 0),
            m.index,
          );
        continue;
      }
      if (opening.includes('其中') && !/[；;]|项目(?:的)?(?:绩效)?(?:自评|评价|综合)?(?:总)?$/.test(opening))
        continue;
      // A part's score ("满意度指标得分10.00分，自评等级为优" on a line of its own): the grade is the total's.
      if (PART_SCORE_BEFORE.test(line.slice(Math.max(0, m.index - 8), m.index))) continue;
      const outOf = /总分为?\s*(\d+)\s*分/.exec(m[2]!)?.[1];
      const score = outOf ? dec(m[1]!).div(outOf).times(100) : dec(m[1]!);
      // (The excerpt quotes the grade whole, its closing quote with it.)
      const end = m.index + m[0].length + (/^[”"]/.test(line.slice(m.index + m[0].length)) ? 1 : 0);
      judge(score, m[1]!, m[3]!, excerptOf(line, m.index, end, 0), m.index);
    }
    const sents = sentencesAt(ctx, li);
    // The grade after the total's list of parts, in the same sentence.
    for (const sent of sents) {
      if (matched.some((at) => sent.start <= at && at < sent.end)) continue;
      const total = TOTAL_THEN_PARTS.exec(sent.text);
      if (!total) continue;
      const g = PARTS_THEN_GRADE.exec(sent.text.slice(total.index + total[0].length));
      if (!g) continue;
      const end = sent.start + total.index + total[0].length + g[0].length;
      judge(
        dec(total[1]!),
        total[1]!,
        g[1]!,
        excerptOf(line, sent.start + total.index, end, 0),
        end - g[1]!.length,
      );
    }
    // The grade stated alone, in the sentence after a total and its parts.
    for (let k = 1; k < sents.length; k++) {
      const g = GRADE_ONLY.exec(sents[k]!.text) ?? GRADE_BY_STANDARD.exec(sents[k]!.text);
      if (!g) continue;
      const total = TOTAL_THEN_PARTS.exec(sents[k - 1]!.text);
      if (!total) continue;
      const excerpt = excerptOf(line, sents[k - 1]!.start + total.index, sents[k]!.end, 0);
      judge(dec(total[1]!), total[1]!, g[1]!, excerpt, sents[k]!.start);
    }
  });
}

/**
 * The grade after the standard it is given by, its subject named and its score stated elsewhere: "按照评价等级划分标准
 * （90分（含）以上为优，…），运维资金2025年度绩效评价等级为“优”。" where "运维资金2025年度综合得分87.15分" is stated
 * before. Read only when the subject (four characters at least) is stated with one score in the document, and the
 * bands the sentence states are the configured ones.
 */
const GRADE_AFTER_STANDARD =
  /(?:按照?|根据|依据)[^。；;]{0,16}?标准[^。；;]{0,120}?[，,]\s*([^，,。；;“”"()（）]{4,30}?)(?:的)?(?:绩效)?(?:评价|自评)?(?:等级|等次)(?:为|是|评定为)\s*[“"]?(优秀|优|良好|良|中等|中|及格|合格|较差|差)/g;

function checkGradesOfSubjects(ctx: Ctx): void {
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('标准')) return;
    for (const m of allMatches(line, GRADE_AFTER_STANDARD)) {
      const sentence = sentencesAt(ctx, li).find((s) => s.start <= m.index && m.index < s.end);
      if (!sentence || !statedCutoffsKnown(sentence.text, ctx.grades)) continue;
      const subject = m[1]!.replace(/(?:绩效|评价|自评|综合)+$/, '').trim();
      if (subject.length < 4 || /得分|\d+(?:\.\d+)?\s*分/.test(subject)) continue;
      const scoreOf = new RegExp(
        `${subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^，,。；;\\d]{0,8}?(?:综合|总|自评|评价)?得分(?:为|是)?\\s*(\\d+(?:\\.\\d+)?)\\s*分`,
      );
      const scores = new Set<string>();
      for (const l of ctx.lines) {
        const found = scoreOf.exec(l);
        if (found) scores.add(found[1]!);
      }
      if (scores.size !== 1) continue;
      const [shown] = [...scores] as [string];
      const grade = m[2]!;
      const at = m.index + m[0].lastIndexOf(grade);
      judgeGrade(ctx, li, shown, grade, at, excerptOf(line, sentence.start, m.index + m[0].length, 0), {
        claim: subject,
        message: (want) =>
          `文中${subject}得分${shown}分，按所述标准对应的等次应为“${want}”，此处为“${grade}”。`,
      });
    }
  });
}

/**
 * Scores and grades in two lists told 分别: "得分分别为88.60分、76.40分，评价等次分别为“良”“中”" — the k-th grade is
 * the k-th score's. Read only when the lists count alike and the sentence states no bands of its own.
 */
const RESPECTIVE_GRADES =
  /得分分别为\s*((?:\d+(?:\.\d+)?\s*分\s*[、和及]\s*)+\d+(?:\.\d+)?\s*分)\s*[，,]\s*[^\d，,。；;]{0,8}?(?:等级|等次)分别为\s*((?:[“"]?(?:优秀|优|良好|良|中等|中|及格|合格|较差|差)[”"]?\s*[、和及]?\s*){2,})/g;
const GRADE_WORD = /优秀|优|良好|良|中等|中|及格|合格|较差|差/g;

function checkRespectiveGrades(ctx: Ctx): void {
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('分别为')) return;
    for (const m of allMatches(line, RESPECTIVE_GRADES)) {
      const sentence = sentencesAt(ctx, li).find((s) => s.start <= m.index && m.index < s.end);
      if (!sentence || !statedCutoffsKnown(sentence.text, ctx.grades)) continue;
      const scores = [...m[1]!.matchAll(/(\d+(?:\.\d+)?)\s*分/g)].map((x) => x[1]!);
      const grades = [...m[2]!.matchAll(GRADE_WORD)].map((x) => x[0]);
      if (scores.length !== grades.length) continue;
      const gradesAt = m.index + m[0].length - m[2]!.length;
      scores.forEach((shown, k) => {
        const want = gradeOf(dec(shown), ctx.grades);
        const grade = grades[k]!;
        const got = normaliseGrade(grade);
        if (got === null) return;
        claim(ctx, 'grade', li, gradesAt, got === want, `得分${shown}分对应等次“${want}”，文中“${grade}”`);
        if (got === want) return;
        report(
          ctx,
          li,
          'grade.score',
          'error',
          excerptOf(line, m.index, m.index + m[0].length, 0),
          want,
          grade,
          `所列第${k + 1}个得分${shown}分对应的等次应为“${want}”，文中对应的等次为“${grade}”。`,
          gradesAt,
        );
      });
    }
  });
}
