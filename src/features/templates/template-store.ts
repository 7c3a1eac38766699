/**
 * Where templates come from: the four built-in systems of the seeds are served from code (never
 * stored, never changed); an organisation's own templates are rows of indicator_templates. Both are
 * addressed by one id — a built-in's code, or a stored row's uuid.
 */
import { asc, eq } from 'drizzle-orm';
import { leaves, totalWeight as weightOf, type IndicatorTemplate } from '../../domain/indicators/index.ts';
import { BUILT_IN_TEMPLATES, builtInTemplate } from '../../domain/scoring/index.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { indicatorTemplates } from '../../platform/db/schema/index.ts';

export type TemplateSummary = {
  id: string;
  code: string;
  name: string;
  kind: 'project' | 'department';
  region: string;
  year: number | null;
  templateVersion: number;
  builtIn: boolean;
  orgId: string | null;
  copiedFrom: string | null;
  /** Row version for optimistic concurrency (0 for built-ins, which cannot be edited). */
  version: number;
  leaves: number;
  totalWeight: string;
};

export type TemplateDetail = TemplateSummary & { body: IndicatorTemplate };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const countLeaves = (t: IndicatorTemplate): number => leaves(t).length;
const totalWeight = (t: IndicatorTemplate): string => weightOf(t).toString();

function fromBuiltIn(t: IndicatorTemplate): TemplateDetail {
  return {
    id: t.id,
    code: t.id,
    name: t.name,
    kind: t.kind,
    region: t.region ?? '',
    year: t.year ?? null,
    templateVersion: t.version,
    builtIn: true,
    orgId: null,
    copiedFrom: null,
    version: 0,
    leaves: countLeaves(t),
    totalWeight: totalWeight(t),
    body: t,
  };
}

export function fromRow(row: typeof indicatorTemplates.$inferSelect): TemplateDetail {
  const body = row.body as IndicatorTemplate;
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    region: row.region,
    year: row.year,
    templateVersion: row.templateVersion,
    builtIn: false,
    orgId: row.orgId,
    copiedFrom: row.copiedFrom,
    version: row.version,
    leaves: countLeaves(body),
    totalWeight: totalWeight(body),
    body,
  };
}

export function summary(d: TemplateDetail): TemplateSummary {
  const { body: _body, ...rest } = d;
  return rest;
}

export function isBuiltInCode(code: string): boolean {
  return BUILT_IN_TEMPLATES.some((t) => t.id === code);
}

export async function findTemplate(db: DbOrTx, id: string): Promise<TemplateDetail | null> {
  const builtIn = builtInTemplate(id);
  if (builtIn) return fromBuiltIn(builtIn);
  const rows = UUID.test(id)
    ? await db.select().from(indicatorTemplates).where(eq(indicatorTemplates.id, id))
    : await db.select().from(indicatorTemplates).where(eq(indicatorTemplates.code, id));
  return rows[0] ? fromRow(rows[0]) : null;
}

export async function allTemplates(db: DbOrTx): Promise<TemplateDetail[]> {
  const rows = await db.select().from(indicatorTemplates).orderBy(asc(indicatorTemplates.code));
  return [
    ...BUILT_IN_TEMPLATES.map((t) => fromBuiltIn(structuredClone(t) as IndicatorTemplate)),
    ...rows.map(fromRow),
  ];
}

/** The organisation a stored template belongs to (for the route's scope), or null. */
export async function templateOwner(db: DbOrTx, id: string): Promise<string | null> {
  if (!UUID.test(id)) return null;
  const rows = await db
    .select({ orgId: indicatorTemplates.orgId })
    .from(indicatorTemplates)
    .where(eq(indicatorTemplates.id, id));
  return rows[0]?.orgId ?? null;
}
