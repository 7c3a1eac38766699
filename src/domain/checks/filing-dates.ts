/**
 * A 自评表, 评价报告 or 决算 filled in before the year it reports on has ended: "（2024年度）" over a form whose
 * "填报日期：2023年3月18日" is a year that cannot be right — a year is evaluated, and its 决算 made, after it
 * ends. Forms made before their year (a 绩效目标申报表, a 部门预算) are not read: only a form whose title names a
 * 自评, 评价 or 决算.
 *
 * So also a report's sign-off (落款): a date alone on one of the document's last lines ("2023年3月20日", under the
 * 单位's name) or under its title and the issuing 单位's name, in a document whose title (its first lines) names a 自评, 评价 or 决算 report of a "YYYY年度" —
 * the year the document is about — and no form made before its year. A date in that year itself is read only
 * when the text states its figures at the year's end ("截至2025年12月31日") and the date is before December.
 *
 * And a 自评表's 实际完成值 later than the form's own 填报日期 (`year.after-filing`): "管护任务完成时间 | 2031年11月底前
 * | 2032年11月25日 | 10 | 10.00" on a form "填报日期：2032年3月18日" — what was done cannot be dated after the form
 * reporting it was filled in. Read only in a form whose header names 实际完成值 right before 分值 (the date is the
 * cell before the row's 分值 and 得分, another cell before it), the date whole (a 日 wrapped to the next line
 * joined), later than the filling date by its month (by its day in the same month).
 *
 * And a 监控表 of a period filled in before that period began to end: "（2025年度1-6月）" over a form whose
 * "填报日期：2024年7月8日" is a year before the monitored one, or a month of that year before the period's last
 * (`year.filing-date`). Read only under a short title naming 监控 and 表, the period on it or the two lines below.
 */
import { allMatches, claim, excerptOf, report, sourceText, type Ctx } from './context.ts';
import { forEachFigureLineWith } from './prose-lines.ts';
import { joinHeaderPieces } from './header-pieces.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';

// (In a form's cells the date may follow its label after white space alone: "填报日期    2026年2月10日".)
const FILLED_ON =
  /(?:填报|填表|报告|编制)日期\s*(?:[：:]|\s)\s*(20\d\d)\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/;

/** A title naming what is made after its year ends, and the year it names, in a short line above the date. */
const TITLE_YEAR = /(20\d\d)\s*年度/;
/** A title line opening with its project's year: "2025年某区高标准农田建设项目" (an 评价 of that year's work). */
const PROJECT_YEAR = /^\s*(20\d\d)\s*年(?=[\u4e00-\u9fa5])(?!.*(?:事前|评估|计划|规划|预算))/;
const AFTER_THE_YEAR = /自评|评价|决算/;
const BEFORE_THE_YEAR = /部门预算|预算(?:表|公开)|申报|计划|监控/;

/** How many source lines above a filling date its form's title and year subtitle may stand. */
const TITLE_REACH = 6;

export function checkFilingDates(ctx: Ctx): void {
  // (Every claim it reads stands on a title naming a 自评, 评价 or 决算, or on a 监控表's.)
  if (!mentionsAny(ctx, ['自评', '评价', '决算', '监控'])) return;
  // (A sign-off's title names a 自评 / 评价 / 决算 of a "YYYY年度".)
  if (mentionsAll(ctx, ['年度']) && mentionsAny(ctx, ['自评', '评价', '决算'])) checkSignOff(ctx);
  // (The rest reads a 填报日期 / 填表日期 / 报告日期 / 编制日期 — or a 自评表's dates without one.)
  if (!mentionsAll(ctx, ['日期'])) {
    if (mentionsAll(ctx, ['实际完成', '得分', '自评'])) checkActualsAfterTheYear(ctx);
    return;
  }
  // (A 自评 / 评价 表 whose header names 实际完成 and 得分.)
  if (mentionsAll(ctx, ['实际完成', '得分']) && mentionsAny(ctx, ['自评', '评价']))
    checkActualsAfterFiling(ctx);
  if (mentionsAll(ctx, ['完成']) && mentionsAny(ctx, ['自评', '评价'])) checkOutcomesAfterFiling(ctx);
  if (mentionsAll(ctx, ['监控'])) checkMonitorFilings(ctx);
  if (!mentionsAny(ctx, ['自评', '评价', '决算'])) return;
  for (let li = 0; li < ctx.lines.length; li++) {
    const line = ctx.lines[li]!;
    if (!line.includes('日期')) continue;
    const m = FILLED_ON.exec(line);
    if (!m) continue;
    const form = formAbove(ctx, li) ?? formClosedBy(ctx, ctx.layout.lineAt(li, m.index));
    if (!form) continue;
    const label = m[0].slice(0, 4);
    const filed = Number(m[1]);
    // (A year is self-evaluated, and its 决算 made, once it has ended: filled in before its December, the form's
    // date or its year is wrong; an 评价 may be of a project's part done.)
    const afterItsYear = /自评|决算/.test(form.kind);
    const holds = filed > form.year || (filed === form.year && (!afterItsYear || Number(m[2]) === 12));
    claim(ctx, 'year', li, m.index, holds, `${form.year}年度的表，填报日期${filed}年${m[2]}月`);
    if (holds) continue;
    report(
      ctx,
      li,
      'year.filing-date',
      'error',
      m[0],
      `${form.year + 1}年前后`,
      `${filed}年`,
      `本${form.kind.endsWith('报告') ? '报告' : '表'}为${form.year}年度的${form.kind}，${label}却是${m[0].replace(FILLED_ON_LABEL, '')}：早于所评年度结束，${label}或${form.kind.endsWith('报告') ? '标题' : '表头'}年度有误。`,
      m.index,
    );
  }
}

/** A date alone on its line, or under the issuer's name (the two lines read as one): a report's sign-off (its day maybe left out). */
const SIGN_OFF =
  /^\s*(?:[\u4e00-\u9fa5（）()]{2,30}(?:局|厅|委员会|委|办公室|政府|中心|院|所|站|馆|处|部|会)\s*|(?:发布|公开|印发|发文)(?:日期|时间)\s*[：:]\s*)?(20\d\d)\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?\s*$/;
/** A published 说明's date under its title: "发布日期：2025年8月26日". */
const PUBLISHED_ON = /^\s*(?:发布|公开|印发|发文)(?:日期|时间)\s*[：:]/;
/** How many of the document's last blocks a sign-off may stand in (the 单位's name, the date, a 附件 line). */
const SIGN_OFF_REACH = 3;
/** How many of the document's first blocks a date under the title and the issuer's name may stand in. */
const HEAD_REACH = 6;
/** An issuing 单位's name alone on its line: "北京市潞泉区财政局", "某县农业农村局". */
const ISSUER = /^[\u4e00-\u9fa5（）()]{2,30}(?:局|厅|委员会|委|办公室|办|政府|中心|院|所|站|馆|处|部)$/;
const isIssuerName = (b: { kind: string; text?: string }): boolean =>
  b.kind === 'paragraph' && ISSUER.test((b.text ?? '').replace(/\s+/g, ''));
/** How many of the document's first blocks its title may take. */
const TITLE_LINES = 3;

/** A sign-off date at the document's end before the end of the year its 自评 / 评价 / 决算 title names. */
function checkSignOff(ctx: Ctx): void {
  const blocks = ctx.layout.blocks;
  const title = documentTitle(ctx);
  if (!title) return;
  // (At the end, or under the title and the issuing 单位's name, as a published 说明 may print it.)
  const last = blocks.length - 1;
  const ends = Array.from({ length: Math.min(SIGN_OFF_REACH, blocks.length) }, (_, i) => last - i);
  const heads = Array.from({ length: Math.min(HEAD_REACH, blocks.length) }, (_, i) => i).filter(
    (k) =>
      k > 0 &&
      !ends.includes(k) &&
      (isIssuerName(blocks[k - 1]!) ||
        (blocks[k]!.kind === 'paragraph' && PUBLISHED_ON.test((blocks[k] as { text: string }).text))),
  );
  // (Every such date is read: a 说明 may be dated under its title and signed at its end.)
  for (const k of [...ends, ...heads]) {
    const b = blocks[k]!;
    if (b.kind !== 'paragraph' || b.last - b.first > 1) continue;
    const m = SIGN_OFF.exec(b.text);
    if (!m) continue;
    const li = b.first;
    const signed = Number(m[1]);
    // (Signed in the year itself: only a date before the year's end that the text states its figures at — or
    // any date before December under a 年度 自评 or 决算 title: a year is self-evaluated, and its 决算 made, once it
    // has ended; an 评价 may be of a project's part done.)
    const afterItsYear = /自评|决算/.test(title.kind);
    const holds =
      signed > title.year ||
      (signed === title.year && (Number(m[2]) === 12 || (!afterItsYear && !statesYearEnd(ctx, title.year))));
    // (A sign-off may name the month alone: "2025年3月".)
    const date = `${m[1]}年${m[2]}月${m[3] === undefined ? '' : `${m[3]}日`}`;
    // (The date's own place: under an issuer's name it is the second line.)
    const at = b.text.lastIndexOf(m[1]!);
    claim(ctx, 'year', li, at, holds, `${title.year}年度的${title.kind}，落款日期${date}`);
    if (!holds)
      report(
        ctx,
        li,
        'year.filing-date',
        'error',
        b.text.trim(),
        `${title.year + 1}年前后`,
        `${signed}年`,
        `本报告为${title.year}年度的${title.kind}，落款日期却是${date}：早于所评年度结束，落款日期或标题年度有误。`,
        at,
      );
  }
}

/** "截至2025年12月31日" / "截至2025年底": figures stated at the year's end — not in a sentence of plans. */
function statesYearEnd(ctx: Ctx, year: number): boolean {
  const end = new RegExp(
    `(?:截至|截止(?:到|至)?)\\s*${year}\\s*年\\s*(?:12\\s*月\\s*(?:31\\s*日|底|末)|底|末)`,
  );
  return ctx.lines.some((line) => {
    const m = end.exec(line);
    if (!m) return false;
    const stop = line.indexOf('。', m.index);
    const sentence = line.slice(line.lastIndexOf('。', m.index) + 1, stop < 0 ? line.length : stop);
    return !/预计|计划|将|拟|力争|目标/.test(sentence);
  });
}

/**
 * The document's title — its first paragraphs up to the first heading or sentence, a few at most — when it names a
 * 自评 / 评价 / 决算 报告 (说明, 表) of one "YYYY年度", the year the document is about, and no form made before its
 * year; null otherwise.
 */
function documentTitle(ctx: Ctx): { year: number; kind: string } | null {
  let text = '';
  for (const b of ctx.layout.blocks.slice(0, TITLE_LINES)) {
    if (b.kind !== 'paragraph' || b.heading || /[。；，]/.test(b.text)) break;
    text += b.text.replace(/\s+/g, '');
  }
  const kind = AFTER_THE_YEAR.exec(text);
  if (!kind || !/报告|说明|表/.test(text.slice(kind.index)) || BEFORE_THE_YEAR.test(text)) return null;
  const years = new Set([...text.matchAll(/(20\d\d)\s*年度/g)].map((m) => Number(m[1])));
  if (years.size !== 1) return null;
  const year = [...years][0]!;
  if (ctx.year !== null && ctx.year !== year) return null;
  return { year, kind: `${kind[0]}${/报告/.test(text) ? '报告' : /说明/.test(text) ? '说明' : '表'}` };
}

const FILLED_ON_LABEL = /^(?:填报|填表|报告|编制)日期\s*(?:[：:]|\s)\s*/;

/**
 * The form a filling date closes or opens: the nearest title above (on the date's line or up to a few lines
 * above) naming a 自评 / 评价 / 决算, and the year of that title or of its subtitle ("（2024年度）"). null when no
 * such title is near, or the title is of a form made before its year.
 */
function formAbove(ctx: Ctx, li: number): { year: number; kind: string } | null {
  let year: number | null = null;
  for (let k = li; k >= 0 && k >= li - TITLE_REACH; k--) {
    const text = k === li ? ctx.lines[li]! : sourceText(ctx, k);
    // (A sentence is no title: the date's own line may hold one before the date.)
    if (k !== li && /[。；]/.test(text)) return null;
    year ??= Number(TITLE_YEAR.exec(text)?.[1] ?? PROJECT_YEAR.exec(text)?.[1] ?? NaN) || null;
    const kind = AFTER_THE_YEAR.exec(text);
    if (kind && /表|报告|说明/.test(text)) {
      if (BEFORE_THE_YEAR.test(text)) return null;
      // (A title broken over two lines: its year on the line above — "2025年某某项目" over "绩效评价报告".)
      const above = k > 0 ? sourceText(ctx, k - 1) : '';
      year ??= Number(PROJECT_YEAR.exec(above)?.[1] ?? NaN) || null;
      return year === null ? null : { year, kind: `${kind[0]}${/报告/.test(text) ? '报告' : '表'}` };
    }
  }
  return null;
}

/**
 * The form a filling date closes, printed under its last row ("填报人：… 填报日期：…"): the nearest 自评 / 评价
 * 表 title above (source line `s`), no other filling date between, its year on the title or on one of the two
 * lines under it ("（2031年度）").
 */
function formClosedBy(ctx: Ctx, s: number): { year: number; kind: string } | null {
  const n = ctx.layout.normalised.length;
  for (let i = s - 1; i >= 0 && s - i <= FORM_REACH; i--) {
    const text = sourceText(ctx, i);
    if (text.includes('日期') && FILLED_ON.test(text)) return null;
    if (text.length > 30 || !FORM_TITLE.test(text) || /[。；，]/.test(text)) continue;
    if (BEFORE_THE_YEAR.test(text)) return null;
    for (let k = i; k < Math.min(n, i + 3, s); k++) {
      const y = TITLE_YEAR.exec(sourceText(ctx, k));
      if (y) return { year: Number(y[1]), kind: /评价/.test(text) ? '评价表' : '自评表' };
    }
    return null;
  }
  return null;
}

/**
 * "于2030年3月完成自评工作" (or "自评工作于2030年3月完成") in a 2031年度 自评 — an evaluation of a year done before that year began — and "将本次自评
 * 结果作为2030年度预算安排的重要依据" — results of 2031 applied to an earlier year's budget (`year.mismatch`). Read in
 * the text of a document of a known year only, the date and the act in one clause.
 */
const DONE_BEFORE =
  /(?:于|在)\s*(20\d\d)\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?[^，,。；;\d]{0,6}?完成[^，,。；;\d]{0,10}?(?:自评|评价)|(?:自评|评价)(?:工作)?[^，,。；;\d]{0,4}?(?:于|在)\s*(20\d\d)\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:底|初|中旬|上旬|下旬)?前?\s*(?:全部|全面|顺利)?完成/g;
/**
 * "于2024年3月组织各部门对2025年度项目支出开展绩效自评": the evaluation of a year organised before that year began
 * — the year evaluated named in the clause (not a 事前 evaluation, made before its year).
 */
const ORGANISED_BEFORE =
  /(?:于|在)\s*(20\d\d)\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:起|初|底|中旬|上旬|下旬)?\s*(?:组织|启动|部署)[^，,。；;\d]{0,30}?(20\d\d)\s*年度[^，,。；;\d]{0,30}?(?<!事前)(?:绩效)?(?:自评|评价)(?!结果)/g;
/**
 * "于2024年4月10日至5月30日对某局2024年度部门整体支出开展了第三方绩效评价": a year's spending evaluated over a period
 * that ended before that year did (not a 事前 / 事中 evaluation, nor a 监控).
 */
const CARRIED_OUT_BEFORE =
  /(?:于|在)\s*(20\d\d)\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:至|—|－|-|~|～)\s*(?:(20\d\d)\s*年\s*)?(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?[^，,。；;\d]{0,4}?对[^，,。；;\d]{0,30}?(20\d\d)\s*年度[^，,。；;\d]{0,20}?支出[^，,。；;\d]{0,6}?(?:开展|进行)了?[^，,。；;\d]{0,10}?评价/g;
const APPLIED_TO =
  /(?:自评|评价)结果[^，,。；;\d]{0,16}?作为\s*(20\d\d)\s*年度?[^，,。；;\d]{0,4}?预算(?:安排|编制)/g;

export function checkEvaluationDates(ctx: Ctx): void {
  const y = ctx.year;
  if (y === null) return;
  // (Both readings name a 自评 or 评价.)
  if (!mentionsAny(ctx, ['自评', '评价'])) return;
  forEachFigureLineWith(ctx, '20', (line, li) => {
    if (!line.includes('自评') && !line.includes('评价')) return;
    // An evaluation's date against the year evaluated: claimed, and reported (on the date's year) when before it.
    const judgeWorkYear = (
      m: RegExpExecArray,
      holds: boolean,
      said: string,
      year: number,
      evaluated: number,
      why: string,
    ): void => {
      const at = m.index + m[0].indexOf(m[1]!);
      claim(ctx, 'year', li, at, holds, said);
      if (holds) return;
      report(
        ctx,
        li,
        'year.mismatch',
        'error',
        excerptOf(line, m.index, m.index + m[0].length, 6),
        `${evaluated + 1}年前后`,
        `${year}年`,
        `评价的是${evaluated}年度${why}：年份有误。`,
        at,
      );
    };
    for (const m of allMatches(line, ORGANISED_BEFORE)) {
      const [year, evaluated] = [Number(m[1]), Number(m[2])];
      // (One organised in the year's last weeks is not unheard of: only a year before it is wrong.)
      judgeWorkYear(
        m,
        year >= evaluated,
        `${evaluated}年度的评价组织于${year}年`,
        year,
        evaluated,
        `，评价却写组织于${year}年，早于所评年度`,
      );
    }
    for (const m of allMatches(line, CARRIED_OUT_BEFORE)) {
      if (/事前|事中|监控/.test(m[0])) continue;
      const ended = Number(m[2] ?? m[1]);
      const [month, evaluated] = [Number(m[3]), Number(m[4])];
      const holds = ended > evaluated || (ended === evaluated && month === 12);
      judgeWorkYear(
        m,
        holds,
        `${evaluated}年度支出的评价于${ended}年${month}月结束`,
        ended,
        evaluated,
        `的支出，评价工作却写于${ended}年${month}月结束，早于所评年度结束`,
      );
    }
    for (const [re, what] of [
      [DONE_BEFORE, 'done'],
      [APPLIED_TO, 'applied'],
    ] as const)
      for (const m of allMatches(line, re)) {
        const printed = m[1] ?? m[2]!;
        const year = Number(printed);
        const holds = year >= y;
        const at = m.index + m[0].indexOf(printed);
        claim(
          ctx,
          'year',
          li,
          at,
          holds,
          `${y}年度的${what === 'done' ? '评价完成于' : '评价结果用于'}${year}年`,
        );
        if (holds) continue;
        report(
          ctx,
          li,
          'year.mismatch',
          'error',
          excerptOf(line, m.index, m.index + m[0].length, 6),
          what === 'done' ? `${y + 1}年前后` : `${y + 1}年或以后`,
          `${year}年`,
          what === 'done'
            ? `本文件评价的是${y}年度，评价却写完成于${year}年，早于所评年度：年份有误。`
            : `本文件评价的是${y}年度，其结果却写用于${year}年度预算安排，早于所评年度：年份有误。`,
          at,
        );
      }
  });
}

/** A form's title line: a 自评 / 评价 表, no sentence. */
const FORM_TITLE = /(?:自评|评价)[\u4e00-\u9fa5]{0,6}表/;
/** How far from its title a form's filling date may stand (plain pdftotext prints a form a cell a line: long). */
const FORM_REACH = 300;
/**
 * A 实际完成值 that is a date, in the row's cell before its 分值 and 得分: the target cell before it (a figure, a
 * bound or a deadline — or its 度量单位 "日期" / "日"), the date, the two scores.
 */
const DATED_ACTUAL =
  /(?:^|\s)\S*[\d≥≤＞＜前底内时期日]\S*\s+(20\d\d)\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日?)?(?:底|末|上旬|中旬|下旬)?(?:前)?\s+(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)(?:\s|$)/;

type When = { y: number; m: number; d: number | null };
const later = (a: When, b: When): boolean =>
  a.y !== b.y ? a.y > b.y : a.m !== b.m ? a.m > b.m : a.d !== null && b.d !== null && a.d > b.d;

/** The 自评表 rows whose 实际完成值 is a date after the form's 填报日期 (see the header). */
function checkActualsAfterFiling(ctx: Ctx): void {
  const n = ctx.layout.normalised.length;
  const titles: number[] = [];
  const filings: { li: number; when: When; text: string }[] = [];
  for (let i = 0; i < n; i++) {
    const text = sourceText(ctx, i);
    if (text.length <= 30 && FORM_TITLE.test(text) && !/[。；，]/.test(text) && !BEFORE_THE_YEAR.test(text))
      titles.push(i);
    const m = text.includes('日期') ? FILLED_ON.exec(text) : null;
    if (m)
      filings.push({
        li: i,
        when: { y: Number(m[1]), m: Number(m[2]), d: m[3] ? Number(m[3]) : null },
        text: m[0],
      });
  }
  if (filings.length === 0) checkActualsAfterTheYear(ctx);
  for (let k = 0; k < filings.length; k++) {
    const f = filings[k]!;
    // The form the date closes (its title above, no other date between) or opens (the next title below).
    const above = titles.filter((t) => t < f.li && f.li - t <= FORM_REACH).at(-1);
    if (above === undefined || filings.some((g) => g.li > above && g.li < f.li)) continue;
    let from = above;
    let to = f.li;
    if (!hasActualHeader(ctx, from, to)) {
      from = f.li;
      const next = titles.find((t) => t > f.li);
      const nextFiling = filings[k + 1]?.li;
      to = Math.min(next ?? n, nextFiling ?? n, f.li + FORM_REACH);
      if (!hasActualHeader(ctx, from, to)) continue;
    }
    const header = headerLine(ctx, from, to)!;
    for (let i = header + 1; i < to; i++) {
      let text = sourceText(ctx, i);
      if (
        !/20\d\d\s*年/.test(text) &&
        !/^20\d\d\s*年$/.test(
          sourceText(ctx, i - 1)
            .split(/\s+/)
            .at(-1)!,
        )
      )
        continue;
      // (A day's 日 wrapped to the next line, the row's scores with it: "…2032年11月25" / "日  10  10.00".)
      const below = i + 1 < n ? sourceText(ctx, i + 1) : '';
      if (/年\s*\d{1,2}\s*月\s*\d{1,2}$/.test(text) && /^日(?:\s|$)/.test(below)) text = `${text}${below}`;
      const m = DATED_ACTUAL.exec(text) ?? DATED_ACTUAL.exec(yearAbove(ctx, i, text));
      if (!m || Number(m[5]) > Number(m[4])) continue;
      const done: When = { y: Number(m[1]), m: Number(m[2]), d: m[3] ? Number(m[3]) : null };
      if (done.m < 1 || done.m > 12) continue;
      const date = `${m[1]}年${m[2]}月${m[3] ? `${m[3]}日` : ''}`;
      const filed = f.text.replace(FILLED_ON_LABEL, '');
      const holds = !later(done, f.when);
      const line = ctx.lines[i] ?? '';
      const at = Math.max(0, line.indexOf(`${m[1]}年`));
      claim(ctx, 'year', i, at, holds, `实际完成值${date}，填报日期${filed}`);
      if (holds) continue;
      report(
        ctx,
        i,
        'year.after-filing',
        'error',
        text.slice(Math.max(0, m.index), m.index + m[0].length).trim(),
        `不晚于${filed}`,
        date,
        `本表填报日期为${filed}（第${ctx.layout.lineAt(f.li, 0) + 1}行），实际完成值却是${date}：完成时间晚于填报时间，日期有误。`,
        at,
      );
    }
  }
}

/**
 * A 自评表 without a 填报日期 whose 实际完成值 is a date past the first half of the year after the year evaluated
 * ("示范区建设完成时间 | 2025年12月底前 | 2026年11月底 | 5 | 5.00" in a 2025年度 自评): a 自评 is made in the first half
 * of the next year, so its outcome cannot be dated later (`year.after-filing`).
 */
function checkActualsAfterTheYear(ctx: Ctx): void {
  const y = ctx.year;
  if (y === null) return;
  const latest: When = { y: y + 1, m: 6, d: null };
  const n = ctx.layout.normalised.length;
  for (let i = 0; i < n; i++) {
    const text = sourceText(ctx, i);
    if (!text.includes(`${y + 1}年`) && !text.includes(`${y + 2}年`)) continue;
    const m = DATED_ACTUAL.exec(text);
    if (!m || Number(m[5]) > Number(m[4])) continue;
    const done: When = { y: Number(m[1]), m: Number(m[2]), d: m[3] ? Number(m[3]) : null };
    if (done.m < 1 || done.m > 12 || !later(done, latest)) continue;
    const date = `${m[1]}年${m[2]}月${m[3] ? `${m[3]}日` : ''}`;
    const at = Math.max(0, (ctx.lines[i] ?? '').indexOf(`${m[1]}年`));
    claim(ctx, 'year', i, at, false, `${y}年度自评，实际完成值${date}`);
    report(
      ctx,
      i,
      'year.after-filing',
      'error',
      text.slice(Math.max(0, m.index), m.index + m[0].length).trim(),
      `不晚于${y + 1}年6月`,
      date,
      `本表是${y}年度的自评，于${y + 1}年上半年填报，实际完成值却是${date}：完成时间晚于自评时间，日期有误。`,
      at,
    );
  }
}

/** An outcome told of a year: "2025年度共完成高标准农田设施管护12.8万亩" (not a plan: see PLANNED). */
const YEAR_DONE = /(?<!\d)(20\d\d)\s*年度?\s*(?:全年)?\s*(?:共|累计|已|实际)\s*完成/g;
const PLANNED = /计划|预计|拟|力争|争取|确保|将|预期|目标|要求|应/;

/**
 * A 自评 or 评价 telling what was done in a year after every form of it was filed — "2027年度共完成…" where the forms
 * are dated 2026年3月 (`year.mismatch`): the year cannot be right. Read on the lines as printed (a goal's two columns
 * interleave), not after a plan's words in the 12 characters before.
 */
function checkOutcomesAfterFiling(ctx: Ctx): void {
  let filed = 0;
  const n = ctx.layout.normalised.length;
  for (let i = 0; i < n; i++) {
    const text = sourceText(ctx, i);
    const m = text.includes('日期') ? FILLED_ON.exec(text) : null;
    if (m) filed = Math.max(filed, Number(m[1]));
  }
  if (filed === 0) return;
  for (let i = 0; i < n; i++) {
    const text = sourceText(ctx, i);
    if (!text.includes('完成')) continue;
    for (const m of allMatches(text, YEAR_DONE)) {
      const year = Number(m[1]);
      if (year <= filed || PLANNED.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      const at = Math.max(0, (ctx.lines[i] ?? '').indexOf(m[1]!));
      claim(ctx, 'year', i, at, false, `${m[0]}，填报于${filed}年`);
      report(
        ctx,
        i,
        'year.mismatch',
        'error',
        excerptOf(text, m.index, m.index + m[0].length, 10),
        `不晚于${filed}年`,
        `${year}年`,
        `本文件填报于${filed}年，却写“${m[0]}”：完成之事不能在填报之后的年份，年份有误。`,
        at,
      );
    }
  }
}

/**
 * The line of a form's indicator header naming 实际完成值 right before 分值 ("实际完成  值    分值"), if any — or
 * its cells wrapped onto the line below ("实际完成 分 得分" / "值 值": pieces joined as header-pieces.ts joins them).
 */
function headerLine(ctx: Ctx, from: number, to: number): number | null {
  for (let i = from; i < to; i++) {
    const squashed = sourceText(ctx, i).replace(/\s+/g, '');
    if (/实际完成值分值/.test(squashed) && squashed.includes('得分')) return i;
    if (!squashed.includes('实际完成') || !squashed.includes('得分') || /\d/.test(squashed)) continue;
    const below = i + 1 < to ? sourceText(ctx, i + 1) : '';
    if (below === '' || /\d/.test(below)) continue;
    const cells = joinHeaderPieces([wordsAt(ctx, i), wordsAt(ctx, i + 1)]).map((c) => c.text);
    const at = cells.indexOf('实际完成值');
    if (at >= 0 && cells[at + 1] === '分值' && cells.includes('得分')) return i + 1;
  }
  return null;
}

function wordsAt(ctx: Ctx, i: number): { words: string[]; starts: number[] } {
  const ms = [...(ctx.layout.normalised[i] ?? '').matchAll(/\S+/g)];
  return { words: ms.map((m) => m[0]), starts: ms.map((m) => m.index) };
}

/**
 * A row whose dates wrapped after their year ("2025年 2026年" / "12月底前 12月20日 10 10.00"): the row's line with
 * the year that ends the line above (a word of its own) put before the 实际完成值's month — else ''.
 */
function yearAbove(ctx: Ctx, i: number, text: string): string {
  if (i < 1) return '';
  const year = /(?:^|\s)(20\d\d)\s*年$/.exec(sourceText(ctx, i - 1))?.[1];
  const m = /(\s)(\d{1,2}\s*月(?:\s*\d{1,2}\s*日?)?\s+\d+(?:\.\d+)?\s+\d+(?:\.\d+)?(?:\s|$))/.exec(text);
  if (!year || !m || /年\s*$/.test(text.slice(0, m.index))) return '';
  return `${text.slice(0, m.index)} ${year}年${text.slice(m.index + 1)}`;
}

function hasActualHeader(ctx: Ctx, from: number, to: number): boolean {
  return headerLine(ctx, from, to) !== null;
}

/** A monitoring period: "2025年度1-6月", "2025年1—6月". */
const MONITOR_PERIOD = /(20\d\d)\s*年(?:度)?\s*[（(]?\s*1\s*[-—－~～至]\s*(\d{1,2})\s*月/;
const MONITOR_TITLE = /监控[\u4e00-\u9fa5]{0,4}表/;

/** A 监控表's filling date before the end of the period it monitors. */
function checkMonitorFilings(ctx: Ctx): void {
  const n = ctx.layout.normalised.length;
  for (let s = 0; s < n; s++) {
    const line = sourceText(ctx, s);
    if (!line.includes('日期')) continue;
    const m = FILLED_ON.exec(line);
    if (!m) continue;
    let period: RegExpExecArray | null = null;
    for (let i = s - 1; i >= 0 && s - i <= FORM_REACH && !period; i--) {
      const text = sourceText(ctx, i);
      if (text.includes('日期') && FILLED_ON.test(text)) break;
      if (text.length > 30 || !MONITOR_TITLE.test(text) || /[。；，]/.test(text)) continue;
      for (let k = i; k < Math.min(n, i + 3, s) && !period; k++)
        period = MONITOR_PERIOD.exec(sourceText(ctx, k));
      break;
    }
    if (!period) continue;
    const [year, last] = [Number(period[1]), Number(period[2])];
    const [filed, month] = [Number(m[1]), Number(m[2])];
    if (last < 1 || last > 12) continue;
    const holds = filed > year || (filed === year && month >= last);
    // (The logical line holding this source line's date.)
    const li = ctx.lines.findIndex((l, j) => l.includes(m[0]) && ctx.layout.lineAt(j, l.indexOf(m[0])) === s);
    if (li < 0) continue;
    claim(ctx, 'year', li, 0, holds, `${year}年1-${last}月的监控表，填报日期${filed}年${month}月`);
    if (holds) continue;
    report(
      ctx,
      li,
      'year.filing-date',
      'error',
      m[0],
      `${year}年${last}月以后`,
      `${filed}年${month}月`,
      `本表为${year}年1-${last}月的绩效运行监控表，填报日期却是${m[0].replace(FILLED_ON_LABEL, '')}：早于所监控的期间结束，填报日期或表头期间有误。`,
      ctx.lines[li]?.indexOf(m[0]) ?? 0,
    );
  }
}
