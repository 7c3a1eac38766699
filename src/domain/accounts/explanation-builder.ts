/**
 * The sentence builder of the 决算情况说明: text pieces plus every figure printed (amount, share, change,
 * completion, count) with the exact value it came from, and the texts a person still has to write.
 * Shared by the Sichuan and the national wording (explanation.ts, explanation-national.ts).
 */
import { dec, type DecInput } from '../money/index.ts';
import type { CatalogEdition } from './catalog.ts';
import { amountFigure, countFigure, ratioFigure, type Figure } from './figures.ts';
import type { AccountsTexts, FinalAccounts } from './model.ts';

export interface Paragraph {
  /** Stable id, e.g. "s1", "s5.3.item.2011350". */
  id: string;
  /** Section number in the template ("1" … "10", "terms"). */
  section: string;
  heading: boolean;
  /** Heading level: 1 (一、…) or 2 (（一）…); numbers are assigned after empty sections are dropped. */
  level?: 1 | 2;
  text: string;
  figures: Figure[];
  /** Text fields a person must still write for this paragraph (keys of AccountsTexts or "reason:<code>"). */
  missing: string[];
}

/** Marker inserted where a required reason is missing. */
export const MISSING_TEXT = '【待填写】';

export class Builder {
  private parts: string[] = [];
  readonly figures: Figure[] = [];
  readonly missing: string[] = [];

  t(s: string): this {
    this.parts.push(s);
    return this;
  }
  /** An amount in 万元 (appends "X万元"). */
  amt(key: string, label: string, yuan: DecInput): this {
    const f = amountFigure(key, label, yuan);
    this.figures.push(f);
    return this.t(`${f.printed}万元`);
  }
  /** "，占X%" — nothing when the total is zero. */
  share(key: string, label: string, part: DecInput, total: DecInput, prefix = '，占'): this {
    const f = ratioFigure(key, label, 'share', part, total);
    if (!f) return this;
    this.figures.push(f);
    return this.t(`${prefix}${f.printed}%`);
  }
  count(key: string, label: string, n: number, unit: string): this {
    this.figures.push(countFigure(key, label, n, unit));
    return this.t(`${n}${unit}`);
  }
  /** "完成预算X%" or "年初未安排预算", then the reason for a gap. Returns whether a gap was stated. */
  completion(
    key: string,
    label: string,
    actual: DecInput,
    budget: DecInput,
    reason: string | undefined,
    field: string,
  ): this {
    const f = ratioFigure(key, label, 'completion', actual, budget);
    if (!f) return this.t('年初未安排预算');
    this.figures.push(f);
    this.t(`完成预算${f.printed}%`);
    if (f.printed !== '100.00') {
      const more = dec(actual).gt(dec(budget));
      this.t(`，决算数${more ? '大于' : '小于'}预算数的主要原因是`).reason(reason, field);
    }
    return this;
  }
  /**
   * "增加X万元，增长Y%" / "减少X万元，下降Y%"; "持平" when equal; no percent when last year was zero.
   * `lead` precedes the change ("比2019年"), `flat` replaces it when equal ("与2019年持平").
   */
  change(
    key: string,
    label: string,
    current: DecInput,
    previous: DecInput,
    lead: string,
    flat: string,
  ): this {
    const diff = dec(current).minus(dec(previous));
    if (diff.isZero()) return this.t(flat);
    const up = diff.gt(0);
    this.t(`${lead}${up ? '增加' : '减少'}`);
    this.amt(`${key}.change`, `${label}增减额`, diff.abs());
    const f = ratioFigure(`${key}.changePercent`, `${label}增减率`, 'changePercent', current, previous);
    if (f) {
      this.figures.push(f);
      this.t(`，${up ? '增长' : '下降'}${f.printed}%`);
    }
    return this;
  }
  reason(text: string | undefined, field: string): this {
    const value = (text ?? '').trim().replace(/[。；;，,]+$/, '');
    if (!value) {
      this.missing.push(field);
      return this.t(MISSING_TEXT);
    }
    return this.t(value);
  }
  toString(): string {
    return this.parts.join('');
  }
}

export interface Ctx {
  fa: FinalAccounts;
  year: number;
  last: number;
  edition: CatalogEdition;
  texts: AccountsTexts;
  out: Paragraph[];
  /** Leave zero lines out of enumerations ("不涉及的不列"). */
  omitZero: boolean;
}

/** Heading level from a Sichuan-style id: "s5.1.h" → 2, "s5.h" → 1. */
const levelOfId = (id: string): 1 | 2 => (/^s\d+\.\d+\.h$/.test(id) ? 2 : 1);

export function push(ctx: Ctx, id: string, section: string, b: Builder | string, heading = false): void {
  const level = heading ? levelOfId(id) : undefined;
  if (typeof b === 'string') {
    ctx.out.push({ id, section, heading, ...(level ? { level } : {}), text: b, figures: [], missing: [] });
  } else {
    ctx.out.push({
      id,
      section,
      heading,
      ...(level ? { level } : {}),
      text: b.toString(),
      figures: b.figures,
      missing: b.missing,
    });
  }
}

export function nonZero(v: DecInput): boolean {
  return !dec(v).isZero();
}

const CN = '一二三四五六七八九十';
function chinese(n: number): string {
  if (n <= 10) return n === 10 ? '十' : CN[n - 1]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN[tens - 1]}十${ones ? CN[ones - 1] : ''}`;
}
const NUMBERED = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)\s*/;

/**
 * Drops every heading with nothing under it (up to the next heading of its level or above), then numbers
 * the headings that remain: level 1 一、二、… through the explanation, level 2 （一）（二）… within each
 * level-1 section — so an omitted section never leaves a gap. Headings of the 名词解释 keep their text.
 */
export function finishHeadings(paragraphs: Paragraph[]): Paragraph[] {
  const kept: Paragraph[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.heading && p.section !== 'terms') {
      const lvl = p.level ?? 1;
      let hasBody = false;
      for (let j = i + 1; j < paragraphs.length; j++) {
        const q = paragraphs[j]!;
        if (q.heading && (q.level ?? 1) <= lvl) break;
        if (!q.heading) {
          hasBody = true;
          break;
        }
      }
      if (!hasBody) continue;
    }
    kept.push(p);
  }
  let one = 0;
  let two = 0;
  return kept.map((p) => {
    if (!p.heading || p.section === 'terms') return p;
    const bare = p.text.replace(NUMBERED, '');
    if ((p.level ?? 1) === 1) {
      one++;
      two = 0;
      return { ...p, text: `${chinese(one)}、${bare}` };
    }
    two++;
    return { ...p, text: `（${chinese(two)}）${bare}` };
  });
}
