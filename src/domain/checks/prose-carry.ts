/**
 * A 财政拨款 balance stated in one sentence: "政府性基金预算财政拨款年初结转和结余1,642.63万元，本年收入22,213.55万元，
 * 本年支出23,681.78万元，年末结转和结余1,184.40万元" — what was carried in, plus what came in, less what was
 * spent, is what is carried out (`sum.parts`).
 * Read only when the sentence names 财政拨款 (or a 政府性基金 / 国有资本经营 budget, all of it 财政拨款): a unit's
 * whole balance also moves by 事业基金 弥补, 结余分配 and 非财政拨款结余, which such a sentence may leave unsaid.
 * Each of the four stated once, in one money unit; a sentence naming any other flow (调入, 调出, 上缴, 弥补, 分配,
 * 缴回, 调剂, 提取) is not read.
 */
import { claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import { forEachFigureLineWith } from './prose-lines.ts';
import { judgeSum, showAs, type Printed } from './verdict.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';

const AMOUNT = String.raw`\s*(?:为|是|共计|合计)?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)`;
const OPENING = new RegExp(String.raw`(?:年初|上年)(?:财政拨款)?结转和?结余${AMOUNT}`, 'g');
const INCOME = new RegExp(String.raw`本年(?:财政拨款)?收入(?:合计)?${AMOUNT}`, 'g');
const SPENDING = new RegExp(String.raw`本年(?:财政拨款)?支出(?:合计)?${AMOUNT}`, 'g');
const CLOSING = new RegExp(String.raw`年末(?:财政拨款)?结转和?结余${AMOUNT}`, 'g');
const FISCAL = /财政拨款|政府性基金|国有资本经营/;
const OTHER_FLOW = /调入|调出|上缴|弥补|分配|缴回|调剂|提取|非财政拨款/;

type Stated = { value: string; unit: string; at: number };

/** The one amount `re` finds in `text`, or null when there is none or more than one. */
function onlyAmount(text: string, re: RegExp): Stated | null {
  re.lastIndex = 0;
  const m = re.exec(text);
  if (!m || re.exec(text)) return null;
  return { value: m[1]!.replace(/,/g, ''), unit: m[2]!, at: m.index + m[0].lastIndexOf(m[1]!) };
}

function printed(value: string): Printed {
  const point = value.indexOf('.');
  return { value, places: point < 0 ? 0 : value.length - point - 1 };
}

export function checkProseCarry(ctx: Ctx): void {
  // (年初 / 年末 结转和结余, 本年收入, 本年支出 of 财政拨款, 政府性基金 or 国有资本经营.)
  if (!mentionsAll(ctx, ['年末', '结余', '结转', '本年'])) return;
  if (!mentionsAny(ctx, ['财政拨款', '政府性基金', '国有资本经营'])) return;
  forEachFigureLineWith(ctx, '年末', (line, li) => {
    if (!line.includes('结余')) return;
    for (const s of sentencesAt(ctx, li)) {
      if (!s.text.includes('年末') || !FISCAL.test(s.text) || OTHER_FLOW.test(s.text)) continue;
      const stated = [OPENING, INCOME, SPENDING, CLOSING].map((re) => onlyAmount(s.text, re));
      if (stated.some((x) => x === null)) continue;
      const [open, income, spend, close] = stated as Stated[];
      if (new Set(stated.map((x) => x!.unit)).size !== 1) continue;
      const parts = [printed(open!.value), printed(income!.value), printed(`-${spend!.value}`)];
      const total = printed(close!.value);
      const verdict = judgeSum(parts, total);
      const unit = close!.unit;
      const arithmetic = `${open!.value} + ${income!.value} − ${spend!.value}`;
      const computed = verdict.kind === 'ok' ? total.value : showAs(verdict.total, [...parts, total]);
      const at = s.start + close!.at;
      claim(
        ctx,
        'sum',
        li,
        at,
        verdict.kind !== 'wrong',
        `年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余：${arithmetic} = ${computed}${unit}，文中${total.value}${unit}`,
      );
      if (verdict.kind === 'ok') continue;
      // One of the four already found wrong against its table: that finding says it.
      const values = [open!, income!, spend!, close!].map((x) => x.value);
      if (
        ctx.findings.some(
          (f) =>
            f.severity === 'error' &&
            f.line - 1 >= li &&
            f.line - 1 <= ctx.layout.lineAt(li, s.end - 1) &&
            values.includes(f.found.replace(/[,\s]|万元|亿元|元/g, '')),
        )
      )
        continue;
      report(
        ctx,
        li,
        'sum.parts',
        verdict.severity,
        excerptOf(line, s.start + Math.max(0, open!.at - 12), at + close!.value.length + 2, 0),
        `${computed}${unit}`,
        `${total.value}${unit}`,
        `年初结转和结余 + 本年收入 − 本年支出 = ${arithmetic} = ${computed}${unit}，与文中年末结转和结余${total.value}${unit}${
          verdict.kind === 'rounding' ? '相差在各数四舍五入的误差范围内' : '不符：四个数中至少有一个写错'
        }。`,
        at,
      );
    }
  });
}
