/**
 * Document templates of the 决算公开 per region, as data (templates/*.json): which parts the document has
 * (cover, 目录, 概况, the nine tables, 情况说明, 名词解释), which sections and tables they hold, the wording
 * style of the sentences, and the options — zero lines omitted or listed, charts on or off, the 名词解释
 * drawn from the catalogue. An organisation chooses one (its accounts settings); `render --template`.
 */
import { z } from 'zod';
import nationalDepartment from './templates/national-department.json' with { type: 'json' };
import nationalUnit from './templates/national-unit.json' with { type: 'json' };
import sichuanDepartment from './templates/sichuan-department.json' with { type: 'json' };
import sichuanUnit from './templates/sichuan-unit.json' with { type: 'json' };
import type { FinalAccounts } from './model.ts';
import { PUBLIC_TABLE_IDS } from './tables.ts';

export const EXPLANATION_SECTIONS = [
  'overall',
  'income',
  'expenditure',
  'fiscal',
  'general',
  'basic',
  'threePublic',
  'fund',
  'capital',
  'performance',
  'other',
] as const;
export type ExplanationSection = (typeof EXPLANATION_SECTIONS)[number];

export const OVERVIEW_TEXTS = ['functions', 'keyWork', 'institutions', 'members'] as const;

const partSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('overview'),
    title: z.string(),
    items: z.array(z.strictObject({ text: z.enum(OVERVIEW_TEXTS), heading: z.string() })),
  }),
  z.strictObject({
    kind: z.literal('tables'),
    title: z.string(),
    tables: z.array(z.enum(PUBLIC_TABLE_IDS)),
  }),
  z.strictObject({
    kind: z.literal('explanation'),
    title: z.string(),
    sections: z.array(z.enum(EXPLANATION_SECTIONS)),
  }),
  z.strictObject({ kind: z.literal('terms'), title: z.string() }),
]);

export const accountsTemplateSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  region: z.string(),
  scope: z.enum(['unit', 'department']),
  /** Where the layout comes from. */
  source: z.string(),
  /** Wording of the sentences: the national (Shanghai) template or the Sichuan one. */
  style: z.enum(['national', 'sichuan']),
  cover: z.boolean(),
  toc: z.boolean(),
  /** 'omit': lines of zero are left out of enumerations ("不涉及的不列"); 'list': every line is stated. */
  zeroLines: z.enum(['omit', 'list']),
  charts: z.boolean(),
  /** The 明细表 after sections 5 and 7 (Sichuan; the national template has the nine tables instead). */
  detailTables: z.boolean(),
  detailNumbering: z.enum(['flat', 'nested']),
  /** 类 always listed in 5(二) when zero lines are listed. */
  listedClasses: z.array(z.string().regex(/^\d{3}$/)),
  terms: z.enum(['catalogue', 'none']),
  termsNumbering: z.enum(['arabic', 'chinese']),
  /** 'withOverview': part headings only when the 概况 part has text (Sichuan); 'always'. */
  partHeadings: z.enum(['always', 'withOverview']),
  parts: z.array(partSchema).min(1),
});
export type AccountsTemplate = z.infer<typeof accountsTemplateSchema>;
export type TemplatePart = AccountsTemplate['parts'][number];

export const ACCOUNTS_TEMPLATES: readonly AccountsTemplate[] = [
  nationalDepartment,
  nationalUnit,
  sichuanUnit,
  sichuanDepartment,
].map((t) => accountsTemplateSchema.parse(t));

export const ACCOUNTS_TEMPLATE_IDS = ACCOUNTS_TEMPLATES.map((t) => t.id);

export function accountsTemplate(id: string): AccountsTemplate | undefined {
  const t = ACCOUNTS_TEMPLATES.find((x) => x.id === id);
  return t ? structuredClone(t) : undefined;
}

/** The template used when none is chosen: today's Sichuan layout for the document's scope. */
export function defaultTemplateFor(fa: Pick<FinalAccounts, 'scope'>): AccountsTemplate {
  return accountsTemplate(fa.scope === 'department' ? 'sichuan-department' : 'sichuan-unit')!;
}

/** A part title with its placeholders filled: {unit}, {year}, {title} (the explanation's title). */
export function partTitle(
  title: string,
  fa: Pick<FinalAccounts, 'unit' | 'year'>,
  explanationTitle = '',
): string {
  return title
    .replaceAll('{unit}', fa.unit.name)
    .replaceAll('{year}', String(fa.year))
    .replaceAll('{title}', explanationTitle);
}

/**
 * The template for a document: the chosen one when its scope matches the document's, else its sibling of
 * the same region and style for the document's scope (a unit that chose 全国 单位决算 renders its
 * consolidated 部门决算 with 全国 部门决算), else the default of the scope.
 */
export function templateFor(
  fa: Pick<FinalAccounts, 'scope'>,
  chosen?: AccountsTemplate | string,
): AccountsTemplate {
  const t = typeof chosen === 'string' ? accountsTemplate(chosen) : chosen;
  if (!t) return defaultTemplateFor(fa);
  if (t.scope === fa.scope) return t;
  const sibling = ACCOUNTS_TEMPLATES.find(
    (x) => x.style === t.style && x.region === t.region && x.scope === fa.scope,
  );
  return sibling ? structuredClone(sibling) : t;
}

/**
 * What a frozen (定稿) version keeps of the template it was frozen with: the id, and the whole definition
 * as it was then — so the version prints the same later, whatever the organisation chooses afterwards
 * and however the template files change.
 */
export type FrozenTemplate = { id: string; definition: AccountsTemplate };

export function freezeTemplate(t: AccountsTemplate): FrozenTemplate {
  return { id: t.id, definition: structuredClone(t) };
}

/**
 * The template a frozen version renders with: the definition stored in its snapshot; a snapshot holding
 * only an id (or a definition this release cannot read) gets the template of that id; a snapshot taken
 * before templates were stored gets the default of the document's scope, as it did then.
 */
export function frozenTemplateOf(fa: Pick<FinalAccounts, 'scope'>, stored: unknown): AccountsTemplate {
  const s = (stored ?? {}) as { id?: unknown; definition?: unknown };
  const parsed = accountsTemplateSchema.safeParse(s.definition);
  if (parsed.success) return parsed.data;
  if (typeof s.id === 'string') {
    const t = accountsTemplate(s.id);
    if (t) return t;
  }
  return defaultTemplateFor(fa);
}
