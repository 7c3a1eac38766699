/**
 * A figure followed by the arithmetic that makes it, in brackets: "实际为7.97万元/处（工程维修养护支出295.36万元÷
 * 38处）", "自评总分为96.21分（预算执行率9.47分+产出指标47.65分+效益指标29分+满意度指标10分）" — the bracket's
 * quotient, product, sum or difference, rounded half-up to the figure's places, must be the figure
 * (`figure.formula`; a rate in % is the quotient × 100). Only a bracket holding nothing but named figures joined
 * by one kind of operator (÷ or /, ×, +, −) is read; a quotient's figure is judged as it is printed, at its places.
 */
import { dec, type Dec } from '../money/index.ts';
import { claim, excerptOf, report, type Ctx } from './context.ts';
import { forEachFigureLineWith } from './prose-lines.ts';
import { show } from './verdict.ts';

const FIGURE_THEN_BRACKET =
  /(\d[\d,]*(?:\.\d+)?)\s*([\u4e00-\u9fa5/%％]{0,6}?)\s*[（(]([^（）()]{3,120})[）)]/g;
const OPERAND = /^[\u4e00-\u9fa5“”"]{0,16}?\s*(?:为|是)?\s*(\d[\d,]*(?:\.\d+)?)\s*[\u4e00-\u9fa5/%％]{0,5}$/;
const OPERATORS: [string, RegExp][] = [
  ['÷', /[÷/]/],
  ['×', /[×*]/],
  ['+', /[+＋]/],
  ['−', /[−－]/],
];

const places = (v: string): number => (v.split('.')[1] ?? '').length;

export function checkBracketFormulas(ctx: Ctx): void {
  for (const open of ['（', '(']) {
    forEachFigureLineWith(ctx, open, (line, li) => {
      for (const m of line.matchAll(FIGURE_THEN_BRACKET)) {
        const inner = m[3]!;
        const ops = OPERATORS.filter(([, re]) => re.test(inner.replace(/\d+\/[\u4e00-\u9fa5]/g, '')));
        // (A unit "万元/处" is no division: "/" then a word, not a figure.)
        if (ops.length !== 1) continue;
        const [op, re] = ops[0]!;
        const pieces = inner.split(new RegExp(re.source, 'g')).map((p) => p.trim());
        if (pieces.length < 2 || ((op === '÷' || op === '−') && pieces.length !== 2)) continue;
        const operands = pieces.map((p) => OPERAND.exec(p));
        if (operands.some((o) => !o)) continue;
        // ("9.71分（97.12%×10）": an operand in % is its hundredth, unless the figure is a % too.)
        const values = operands.map((o, k) => {
          const v = dec(o![1]!.replace(/,/g, ''));
          return /[%％]/.test(pieces[k]!) && !/[%％]/.test(m[2]!) ? v.div(100) : v;
        });
        const quotient = compute(op, values);
        if (quotient === null) continue;
        // ("91.94%（171÷186）": a rate's quotient in per cent.)
        const percent = /[%％]/.test(m[2]!) && op === '÷';
        const result = percent ? quotient.times(100) : quotient;
        const printed = m[1]!.replace(/,/g, '');
        const p = places(printed);
        // (A sum or difference is exact at its operands' places; a quotient or product rounded to the figure's.)
        const want = show(result, Math.max(p, op === '+' || op === '−' ? 0 : p));
        const holds =
          dec(want).eq(printed) ||
          (op !== '+' &&
            op !== '−' &&
            result
              .minus(printed)
              .abs()
              .lte(dec(5).times(dec(10).pow(-p - 1))));
        const arithmetic = `${operands.map((o, k) => `${o![1]}${/[%％]/.test(pieces[k]!) && !/[%％]/.test(m[2]!) ? '%' : ''}`).join(` ${op} `)}${percent ? ' × 100%' : ''} = ${show(result, Math.max(p, 2))}${percent ? '%' : ''}`;
        claim(ctx, 'figure', li, m.index!, holds, `${arithmetic}，括号前${m[1]}${m[2]}`);
        if (holds) continue;
        report(
          ctx,
          li,
          'figure.formula',
          'error',
          excerptOf(line, m.index!, m.index! + m[0].length, 4),
          `${show(result, p)}${m[2]}`,
          `${m[1]}${m[2]}`,
          `括号内的算式 ${arithmetic}，与括号前的${m[1]}${m[2]}不符。`,
          m.index!,
        );
      }
    });
  }
}

function compute(op: string, values: Dec[]): Dec | null {
  if (op === '+') return values.reduce((a, b) => a.plus(b), dec(0));
  if (op === '×') return values.reduce((a, b) => a.times(b), dec(1));
  if (op === '−') return values[0]!.minus(values[1]!);
  return values[1]!.isZero() ? null : values[0]!.div(values[1]!);
}
