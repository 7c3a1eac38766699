/**
 * Arithmetic printed in the text: "即1,642.63+23,223.55−23,681.78=1,184.40万元" — the figures on the left, added
 * and subtracted as printed, make the figure after "=". A writer prints the sum to show the figures hold; when
 * it does not, one of them was mistyped (`sum.parts`). Only a chain of at least two figures joined by + and −
 * (ASCII or full-width, or the minus sign) and closed by one figure after "=", at least one of them with
 * decimals or followed by a unit — not dates (2025-01-01), codes or telephone numbers, which print no "=".
 */
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { forEachFigureLineWith } from './prose-lines.ts';
import { judgeSum, showAs, type Printed } from './verdict.ts';
import { mentionsAny } from './document-words.ts';

const FIGURE = String.raw`\d[\d,]*(?:\.\d+)?`;
const SIGN = String.raw`[+＋\-－−]`;
const EQUATION = new RegExp(
  String.raw`(?<![\d.,\-－−/])(${FIGURE}(?:\s*${SIGN}\s*${FIGURE})+)\s*[=＝]\s*(${FIGURE})(?![\d.])\s*(万元|亿元|元|%|人|个|辆|人次|批次)?`,
  'g',
);
const TERM = new RegExp(String.raw`(${SIGN}?)\s*(${FIGURE})`, 'g');

/** The signed terms of a chain "A+B−C" as printed figures (commas dropped). */
function termsOf(chain: string): Printed[] {
  return allMatches(chain, TERM).map((m) => {
    const value = m[2]!.replace(/,/g, '');
    const point = value.indexOf('.');
    return {
      value: m[1] && m[1] !== '+' && m[1] !== '＋' ? `-${value}` : value,
      places: point < 0 ? 0 : value.length - point - 1,
    };
  });
}

export function checkProseEquations(ctx: Ctx): void {
  if (!mentionsAny(ctx, ['=', '＝'])) return;
  for (const eq of ['=', '＝'])
    forEachFigureLineWith(ctx, eq, (line, li) => {
      for (const m of allMatches(line, EQUATION)) {
        const terms = termsOf(m[1]!);
        const resultText = m[2]!.replace(/,/g, '');
        const result: Printed = {
          value: resultText,
          places: resultText.includes('.') ? resultText.length - resultText.indexOf('.') - 1 : 0,
        };
        if (terms.length < 2 || (!m[3] && ![...terms, result].some((t) => t.places > 0))) continue;
        const verdict = judgeSum(terms, result);
        const chain = m[1]!.replace(/\s+/g, '');
        const computed = verdict.kind === 'ok' ? resultText : showAs(verdict.total, [...terms, result]);
        const at = m.index + m[0].lastIndexOf(m[2]!);
        claim(ctx, 'sum', li, at, verdict.kind !== 'wrong', `${chain} = ${computed}，文中为${resultText}`);
        if (verdict.kind === 'ok') continue;
        report(
          ctx,
          li,
          'sum.parts',
          verdict.severity,
          excerptOf(line, m.index, m.index + m[0].length, 10),
          computed,
          resultText,
          `算式${chain}的结果应为${computed}${m[3] ?? ''}，文中写作${resultText}${m[3] ?? ''}${
            verdict.kind === 'rounding' ? '，差异在四舍五入的误差范围内' : ''
          }。`,
          at,
        );
      }
    });
}
