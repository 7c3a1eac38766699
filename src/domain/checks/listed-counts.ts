/**
 * "主要存在以下四个方面的问题：" followed by （一）（二）（三）: the number announced against the items listed
 * (`count.enumeration`). The items are the paragraphs after the sentence opening with one numbering (（一）, 一、,
 * 1., （1）, ①), in sequence from the first — or, in the sentence's own paragraph, 一是 / 二是 …. The list ends at
 * a paragraph of the numbering of the heading above the sentence, or at a heading of the numbering one level up
 * (一、 over （一）); a list the text's end cuts off, or of fewer than two items, is not judged.
 *
 * Also a count of things opening a list of them "一是 … 二是 …" ("共有3个项目执行率低于序时进度10个百分点以上，存在执行
 * 偏差：一是A项目，…；二是B项目，…。"): each item — to its "；" or "。" — naming the thing counted (项目, 单位, 问题 …)
 * once, the items in sequence; the count must be theirs.
 */
import { cjkNumber, countOfWord } from './numbers.ts';
import { claim, excerptOf, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';

const ANNOUNCED =
  /以下\s*([一二两三四五六七八九十]|\d{1,2})\s*(?:个|点|项|条)?\s*(?:方面)?(?:的)?(?:主要)?(?:问题|建议|措施|方面|成效|做法|原因|不足|意见|工作)\s*[：:]/;

type Style = 'cn' | 'pcn' | 'num' | 'pnum' | 'circ';
const STYLES: [Style, RegExp][] = [
  ['cn', /^\s*([一二三四五六七八九十]{1,3})[、.．]/],
  ['pcn', /^\s*[（(]([一二三四五六七八九十]{1,3})[）)]/],
  ['num', /^\s*(\d{1,2})[、.．](?!\d)/],
  ['pnum', /^\s*[（(](\d{1,2})[）)]/],
  ['circ', /^\s*([\u2460-\u2473])/],
];
/** Which numbering is one level up of which (a list of （一） ends at 一、). */
const PARENT: Partial<Record<Style, Style>> = { pcn: 'cn', num: 'pcn', pnum: 'num', circ: 'pnum' };

/** The characters a numbering starts with: a Chinese numeral, a bracket, a digit, ①–⑳ (after white space). */
function mayBeNumbered(text: string): boolean {
  let k = 0;
  while (text.charCodeAt(k) === 32) k++;
  const c = text.charCodeAt(k);
  return (
    (c >= 48 && c <= 57) ||
    c === 40 ||
    c === 0xff08 ||
    (c >= 0x2460 && c <= 0x2473) ||
    '一二三四五六七八九十'.includes(text.charAt(k))
  );
}

export function numbered(text: string): { style: Style; n: number } | null {
  if (!mayBeNumbered(text)) return null;
  for (const [style, re] of STYLES) {
    const m = re.exec(text);
    if (!m) continue;
    const t = m[1]!;
    const n = style === 'circ' ? t.charCodeAt(0) - 0x245f : /^\d/.test(t) ? Number(t) : cjkNumber(t);
    return Number.isFinite(n) && n > 0 ? { style, n } : null;
  }
  return null;
}

const INLINE = /([一二三四五六七八九十])是/g;

/** "共有3个项目…：一是": the count of the things the list names. */
const COUNTED_LIST =
  /(?:共有|共|有)\s*(\d{1,2}|[一二两三四五六七八九十])\s*个\s*(项目|单位|部门|问题|方面|指标)[^：:。；;]{0,40}[：:]\s*(?=一是)/g;

/** The items of an inline list "一是 … 二是 …" after `text`'s start, in sequence: the text of each to its "；" / "。". */
function inlineItems(text: string): string[] {
  const items: string[] = [];
  for (const x of text.matchAll(INLINE)) {
    if (cjkNumber(x[1]!) !== items.length + 1) continue;
    const from = x.index + x[0].length;
    const end = text.slice(from).search(/[；;。]/);
    items.push(end < 0 ? text.slice(from) : text.slice(from, from + end));
  }
  return items;
}

/**
 * "执行率低于序时进度的项目4个，分别是：A（51.09%）、B（32.02%）、…。", "共有3个项目，分别为：A、B、C。" ("所属4个二级预算
 * 单位，分别为：…", the noun qualified) or "内设科室9个：
 * 办公室、…；": a count of things followed by the things themselves, named one by one and joined by 、 to the
 * sentence's end (or its ；).
 */
const NAMED_AFTER_COUNT =
  /(?:(项目|单位|部门|问题|指标|学校|企业|科室|处室|机构)\s*(\d{1,2}|[一二两三四五六七八九十])\s*(?:个|项|家|所)|(\d{1,2}|[一二两三四五六七八九十])\s*(?:个|项|家|所)\s*[\u4e00-\u9fa5]{0,6}?(项目|单位|部门|问题|指标|学校|企业|科室|处室|机构))\s*(?:[，,]?\s*(?:分别|依次)(?:是|为)\s*[：:]?|[：:])/g;

/** The names after NAMED_AFTER_COUNT: split at 、 outside brackets, to the 。 or ；; null when not a plain list. */
function namesListed(text: string): string[] | null {
  const names: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if (i === text.length || (depth === 0 && (c === '。' || c === '；' || c === ';'))) {
      names.push(text.slice(from, i).trim());
      break;
    } else if (depth === 0 && c === '、') {
      names.push(text.slice(from, i).trim());
      from = i + 1;
    }
    // A list of names each with its figure in brackets ends at a "，" ("A（18.00%）、B（26.20%），分别低于…"); any
    // other clause inside the list — "，其中…" — makes it no list of names.
    if (depth === 0 && (c === '，' || c === ',')) {
      const piece = text.slice(from, i).trim();
      const bracketed = (x: string): boolean => /[）)]$/.test(x);
      if (names.length >= 1 && bracketed(piece) && names.every(bracketed)) {
        names.push(piece);
        break;
      }
      return null;
    }
    if (depth === 0 && (c === '：' || c === ':')) return null;
  }
  const last = names[names.length - 1] ?? '';
  if (names.length < 2 || /等$|等[（(]/.test(last) || names.some((x) => x === '' || x.length > 30))
    return null;
  // Names: words first ("120.00万元、80.00万元" are amounts), none joining two ("A和B", "A及B": how many is not told).
  // (Each name closed by its own bracketed figure is one name, a 及 in it part of it.)
  const bracketedAll = names.every((x) => /[）)]$/.test(x));
  if (
    names.some((x) => !/^[\u4e00-\u9fa5“"《]/.test(x) || (!bracketedAll && /[和及]/.test(x) && !oneBody(x)))
  )
    return null;
  return names;
}

/** How an office or a body under a unit is named: …室, …股, …科, …中心, …馆 … */
const BODY_END = '(?:室|股|科|处|局|队|所|站|馆|院|校|中心|委员会)';

/**
 * Whether a name holding 和 / 及 is one office's ("区划地名和社会组织管理股"): it ends as a body is named and
 * what comes before the 和 does not (else "办公室和财务股" are two).
 */
function oneBody(name: string): boolean {
  return (
    new RegExp(`^[\u4e00-\u9fa5]{2,30}${BODY_END}$`).test(name) &&
    name
      .split(/[和及]/)
      .slice(0, -1)
      .every((part) => !new RegExp(`${BODY_END}$`).test(part))
  );
}

/** NAMED_AFTER_COUNT's counts against the names that follow. */
export function checkNamedAfterCount(ctx: Ctx): void {
  for (const block of ctx.layout.blocks) {
    if (block.kind !== 'paragraph' || !/[：:]|分别|依次/.test(block.text)) continue;
    for (const m of block.text.matchAll(NAMED_AFTER_COUNT)) {
      const noun = m[1] ?? m[4]!;
      const said = m[2] ?? m[3]!;
      const names = namesListed(block.text.slice(m.index + m[0].length));
      if (!names) continue;
      judgeEnumeration(
        ctx,
        block.first,
        m[0],
        names.length,
        said,
        `文中说${noun}${said}个，其后列出${names.length}个`,
        `文中说${noun}${said}个，其后实际列出${names.length}个：${names.join('、')}。`,
      );
    }
  }
}

/**
 * Names joined by 、 right before their count: "在兴安、靠山、柳河、东岗、新立5个乡镇完成…" — the count must be the names'.
 * Read only after 在 / 对 / 覆盖 / 涉及 / 包括 or a clause's start, each name two to six characters (no 和 / 及 / 与 joining
 * two, no digit), no 等 before the count.
 */
const NAMES_BEFORE_COUNT =
  /(?<=在|对|覆盖|涉及|包括|[，,：:（(])((?:[\u4e00-\u9fa5]{2,6}、){1,12}[\u4e00-\u9fa5]{2,6}?)(\d{1,2}|[一二两三四五六七八九十])\s*个\s*(乡镇|街道|行政村|村|社区|县区|县|区|单位|部门|学校|项目|场馆)/g;

/**
 * A body's own sections named before their count: "内设办公室、法规审理科、……企业和资源环境审计科共6个科室" — each name
 * ends as a section's does (科 / 室 / 处 / 股 / 中心 …), so a name joined by 和 inside is still one name; no 等.
 */
const SECTIONS_BEFORE_COUNT =
  /(?<=内设|下设|设有|设立|包括|[，,：:])((?:[\u4e00-\u9fa5]{2,14}?(?:科|室|处|股|中心|所|队|站|办|院|馆|部|组)、){1,20}[\u4e00-\u9fa5]{2,14}?(?:科|室|处|股|中心|所|队|站|办|院|馆|部|组))\s*(?:共|计|共计|合计)?\s*(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*个\s*(科室|处室|股室|内设机构|职能科室|机构|下属单位|事业单位|单位)/g;

const SECTIONS_NAMED = /个\s*(?:科室|处室|股室|内设机构|职能科室|机构|下属单位|事业单位|单位)/;

/** NAMES_BEFORE_COUNT's names against their count. */
export function checkNamesBeforeCount(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['、', '个'])) return;
  // (In prose, and in a form's cells of text: "实际完成情况 | 在兴安、靠山…5个乡镇完成…".)
  const texts: { li: number; text: string }[] = [];
  for (const block of ctx.layout.blocks) {
    if (block.kind === 'paragraph') texts.push({ li: block.first, text: block.text });
    else
      for (const r of block.rows)
        for (const c of r.cells) if (c.text.includes('、')) texts.push({ li: c.line, text: c.text });
  }
  for (const { li, text } of texts) {
    if (!text.includes('、')) continue;
    for (const m of text.matchAll(NAMES_BEFORE_COUNT)) {
      const names = m[1]!.split('、');
      if (!names.some((x) => /[和及与等]/.test(x))) judgeNames(ctx, li, m, names);
    }
    // (Its count names sections: the costly pattern is tried on a text that does.)
    if (SECTIONS_NAMED.test(text))
      for (const m of text.matchAll(SECTIONS_BEFORE_COUNT))
        judgeNames(ctx, li, m, m[1]!.replace(/^(?:内设|下设|设有|设立|包括)/, '').split('、'));
  }
}

/** Names listed before their count (`m`: the whole match, the count, the noun) against the count. */
function judgeNames(ctx: Ctx, li: number, m: RegExpMatchArray, names: readonly string[]): void {
  judgeEnumeration(
    ctx,
    li,
    m[0],
    names.length,
    m[2]!,
    `文中列出${names.length}个${m[3]}，称${m[2]}个`,
    `文中列出${names.length}个${m[3]}（${names.join('、')}），却称${m[2]}个。`,
  );
}

/** A count announced (`said`) against the `listed` things after it, found at `found` in the block's first line. */
function judgeEnumeration(
  ctx: Ctx,
  li: number,
  found: string,
  listed: number,
  said: string,
  arithmetic: string,
  message: string,
): void {
  const ok = listed === countOfWord(said);
  const line = ctx.lines[li] ?? '';
  const at = Math.max(0, line.indexOf(found));
  claim(ctx, 'count', li, at, ok, arithmetic);
  if (ok) return;
  report(
    ctx,
    li,
    'count.enumeration',
    'error',
    excerptOf(line, at, at + found.length, 0),
    `${listed}个`,
    `${said}个`,
    message,
    at,
  );
}

export function checkCountedLists(ctx: Ctx): void {
  // (“…个项目…：一是…”.)
  if (!mentionsAll(ctx, ['一是'])) return;
  for (const block of ctx.layout.blocks) {
    if (block.kind !== 'paragraph' || !block.text.includes('一是')) continue;
    for (const m of block.text.matchAll(COUNTED_LIST)) {
      const noun = m[2]!;
      const items = inlineItems(block.text.slice(m.index + m[0].length));
      if (items.length < 2 || items.some((it) => it.split(noun).length !== 2)) continue;
      judgeEnumeration(
        ctx,
        block.first,
        m[0],
        items.length,
        m[1]!,
        `文中说${m[1]}个${noun}，其后“一是…”列出${items.length}个`,
        `文中说${m[1]}个${noun}，其后“一是…${'二三四五六七八九十'.charAt(items.length - 2)}是”实际列出${items.length}个。`,
      );
    }
  }
}

export function checkListedCounts(ctx: Ctx): void {
  // (“以下N项…：”.)
  if (!mentionsAll(ctx, ['以下'])) return;
  const blocks = ctx.layout.blocks;
  let heading: Style | null = null;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.kind !== 'paragraph') continue;
    const own = numbered(block.text);
    if (own) heading = own.style;
    if (!block.text.includes('以下')) continue;
    const m = ANNOUNCED.exec(block.text);
    if (!m) continue;
    const announced = countOfWord(m[1]!);
    const after = block.text.slice(m.index + m[0].length);
    let listed = 0;
    if (after.includes('一是')) {
      // 一是 … 二是 … in the sentence's own paragraph, in sequence.
      for (const x of after.matchAll(INLINE)) if (cjkNumber(x[1]!) === listed + 1) listed++;
    } else {
      listed = itemsAfter(ctx, b, heading) ?? 0;
    }
    if (listed < 2 || !(announced > 0)) continue;
    const ok = listed === announced;
    const li = block.first;
    const line = ctx.lines[li] ?? '';
    const at = Math.max(0, line.indexOf(m[0]));
    claim(ctx, 'count', li, at, ok, `文中说以下${m[1]}项，其后列出${listed}项`);
    if (ok) continue;
    report(
      ctx,
      li,
      'count.enumeration',
      'error',
      excerptOf(line, at, at + m[0].length, 20),
      `${listed}`,
      m[1]!,
      `文中说“以下${m[1]}${m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length).replace(/[：:]$/, '')}”，其后实际列出${listed}项。`,
      at,
    );
  }
}

/**
 * The numbered paragraphs after block `b`, in sequence from 1; null when the list is not closed by a heading
 * (the text ends) or does not start right after the sentence.
 */
function itemsAfter(ctx: Ctx, b: number, heading: Style | null): number | null {
  const blocks = ctx.layout.blocks;
  let style: Style | null = null;
  let count = 0;
  for (let k = b + 1; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (block.kind !== 'paragraph') return null;
    const n = numbered(block.text);
    if (style === null) {
      if (!n || n.n !== 1 || n.style === heading) return null;
      style = n.style;
      count = 1;
      continue;
    }
    if (!n) continue;
    if (n.style === style) {
      if (n.n !== count + 1) return null;
      count++;
      continue;
    }
    if (n.style === heading || n.style === PARENT[style]) return count;
  }
  return null;
}
