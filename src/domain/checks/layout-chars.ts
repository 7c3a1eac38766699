/**
 * Character-level reading of extracted text, shared by the layout passes: display widths as a PDF prints
 * them (CJK counts 2) and whether a token is a figure.
 */

/**
 * CJK characters and full-width punctuation (U+3000–303F, 3400–9FFF, FF00–FFEF, 2014, 2018–201D, 2026),
 * by char code (no regular expression per character: a hot path). Ordered for Chinese text: most
 * characters are at or above U+3400, most others below U+2014.
 */
export function isCjk(c: number): boolean {
  if (c < 0x2014) return false;
  if (c >= 0x3400) return c <= 0x9fff || (c >= 0xff00 && c <= 0xffef);
  return (c >= 0x3000 && c <= 0x303f) || c === 0x2014 || (c >= 0x2018 && c <= 0x201d) || c === 0x2026;
}

/** Quotes, dashes and the ellipsis: two columns wide in a Chinese font, one to many editors. */
export function isAmbiguousWidth(c: number): boolean {
  return c === 0x2014 || (c >= 0x2018 && c <= 0x201d) || c === 0x2026;
}

/** Display width as a PDF prints it: CJK characters and full-width punctuation count 2. */
export function displayWidth(text: string, from = 0, to = text.length): number {
  let w = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isCjk(c)) w += 2;
    else {
      w += 1;
      // A surrogate pair is one character (outside the ranges).
      if (c >= 0xd800 && c <= 0xdbff) i++;
    }
  }
  return w;
}

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Whether a char code is white space as `trim` and `\s` read it. */
export function isWhite(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  // Chinese text: most characters are above U+3000, where only U+FEFF is white.
  if (c > 0x3000) return c === 0xfeff;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/**
 * Whether `line.slice(start, end)` is a figure, as /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/ reads it:
 * "1,042.56", "-3", "76.23%". By char code: a row has a token every few characters (a hot path).
 */
export function isFigureToken(line: string, start: number, end: number): boolean {
  if (isBracketedFigure(line, start, end)) return true;
  let k = start;
  const sign = line.charCodeAt(k);
  if (sign === 45 || sign === 0x2212) k++;
  const digits = digitRun(line, k, end);
  if (digits === 0) return false;
  k += digits;
  // Thousands separators: one to three digits first, then groups of exactly three.
  if (k < end && line.charCodeAt(k) === 44) {
    if (digits > 3) return false;
    while (k < end && line.charCodeAt(k) === 44) {
      if (digitRun(line, k + 1, end) !== 3) return false;
      k += 4;
    }
  }
  if (k < end && line.charCodeAt(k) === 46) {
    const decimals = digitRun(line, k + 1, end);
    if (decimals === 0) return false;
    k += 1 + decimals;
  }
  if (k < end && line.charCodeAt(k) === 37) k++;
  return k === end;
}

/**
 * A negative figure as accountants print it, in brackets: "(6.60)", "（1,204.00）", "(12.50%)". Only a figure
 * with a decimal point counts — "(1)" and "（2）" are ordinals of items.
 */
export function isBracketedFigure(line: string, start: number, end: number): boolean {
  const open = line.charCodeAt(start);
  const close = line.charCodeAt(end - 1);
  if (!((open === 40 && close === 41) || (open === 0xff08 && close === 0xff09))) return false;
  if (end - start < 5 || !line.slice(start + 1, end - 1).includes('.')) return false;
  const sign = line.charCodeAt(start + 1);
  return sign !== 45 && sign !== 0x2212 && isFigureToken(line, start + 1, end - 1);
}

/** The number of ASCII digits from `k` (before `end`). */
export function digitRun(line: string, k: number, end: number): number {
  let j = k;
  while (j < end && isDigit(line.charCodeAt(j))) j++;
  return j - k;
}

/** Whether `line.slice(start, end)` is a dash printed alone for zero: "-", "—" or "－". */
export function isDashToken(line: string, start: number, end: number): boolean {
  if (end - start !== 1) return false;
  const c = line.charCodeAt(start);
  return c === 45 || c === 0x2014 || c === 0xff0d;
}

/**
 * Whether the white-space separated tokens of `line.slice(start, end)` are all figures or dashes, two at
 * least and one a figure ("150.00 -", "3.00 2.20"): the cells of a row set one space apart.
 */
export function isFigureRun(line: string, start: number, end: number): boolean {
  let tokens = 0;
  let figures = 0;
  for (let k = start; k < end;) {
    const c = line.charCodeAt(k);
    if (c === 32 || c === 9) {
      k++;
      continue;
    }
    let e = k + 1;
    while (e < end && line.charCodeAt(e) !== 32 && line.charCodeAt(e) !== 9) e++;
    if (isFigureToken(line, k, e)) figures++;
    else if (!isDashToken(line, k, e)) return false;
    tokens++;
    k = e;
  }
  return tokens >= 2 && figures >= 1;
}

/**
 * Whether `line.slice(start, end)` ends with two figures one space apart after words ("≤32微克/立方 30微克/立方
 * 15 15.00"): a 自评表 row's 分值 and 得分 set tight at the table's edge, after cells pdftotext set tight too.
 */
export function endsWithFigurePair(line: string, start: number, end: number): boolean {
  let e = end;
  for (let pair = 0; pair < 2; pair++) {
    const s = line.lastIndexOf(' ', e - 1) + 1;
    if (s <= start || !isFigureToken(line, s, e) || line.charCodeAt(e - 1) === 37) return false;
    e = s - 1;
    if (line.charCodeAt(e - 1) === 32) return false;
  }
  return e > start;
}

/**
 * Where the amount glued to a label starts in the token line[start, end) — "…运行维护费37.00", a long label
 * pdftotext printed against its first figure — or −1. Only a label ending in a Chinese character or a closing
 * bracket and an amount with decimals: "附件1", "2025年" are no such pair.
 */
export function gluedFigureStart(line: string, start: number, end: number): number {
  let k = end;
  while (k > start) {
    const c = line.charCodeAt(k - 1);
    if (!isDigit(c) && c !== 44 && c !== 46) break;
    k--;
  }
  if (k === end || k - start < 2 || line.indexOf('.', k) < 0 || line.indexOf('.', k) >= end) return -1;
  const before = line.charCodeAt(k - 1);
  if (!isCjk(before) || before === 0xff08 || !isFigureToken(line, k, end)) return -1;
  return k;
}

/** The length of the longest run of characters two texts share. */
export function longestCommonRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > best) best = k;
    }
  return best;
}
