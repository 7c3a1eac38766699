/**
 * 维护指标库: an administrator creates, edits and deletes the entries of an edition (region and year).
 * 共性 and 行业 entries belong to the edition's keeper (the root organisation for 全国, the region's
 * finance organisation otherwise: only its administrators reach them); a 个性 entry belongs to its
 * department, so a department's administrator maintains its own and no other department's.
 */
import { and, eq, ne } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { requireScope } from '../../app/scope.ts';
import {
  checkLibraryEntry,
  LIBRARY_SCOPE_NAMES,
  nextLibraryCode,
  type LibraryEntry,
} from '../../domain/indicators/library.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { indicatorLibrary, indicatorLibraryEditions } from '../../platform/db/schema/index.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { AppError } from '../../platform/errors.ts';
import type { EntryBody } from './library.schema.ts';
import { subtreeIds } from '../../app/actor.ts';
import { editionForWrite, editionOrg } from './editions.ts';
import { editionLabel } from '../../domain/indicators/editions.ts';
import { allCodes, entriesOf, findEntry, orgById, rootOrg, type LibraryEntryDto } from './library-store.ts';
import { libraryTexts as T } from './texts.ts';

/** The organisation an entry of this body belongs to (the route's scope), or null when unknown. */
export async function ownerOfBody(
  db: DbOrTx,
  body: { scope: string; ownerOrgId?: string | null | undefined; editionId?: string | null | undefined },
): Promise<string | null> {
  if (body.scope === 'department') return body.ownerOrgId ?? null;
  if (body.editionId) {
    const [edition] = await db
      .select({ region: indicatorLibraryEditions.region })
      .from(indicatorLibraryEditions)
      .where(eq(indicatorLibraryEditions.id, body.editionId));
    return edition ? editionOrg(db, edition.region) : null;
  }
  return rootOrg(db);
}

/** The body checked by the domain, with the edition and the owner resolved. */
async function prepare(
  deps: TxDeps,
  body: EntryBody,
  editionId: string | null | undefined,
): Promise<{ entry: Omit<LibraryEntry, 'code'> & { code?: string }; orgId: string; editionId: string }> {
  const db = deps.db;
  let orgId: string | null;
  let ownerCode = '';
  let ownerName = '';
  if (body.scope === 'department') {
    if (!body.ownerOrgId) throw new AppError('VALIDATION', '个性指标（部门）须选择所属部门。');
    const org = await orgById(db, body.ownerOrgId);
    if (!org) throw new AppError('NOT_FOUND', '找不到所属部门。');
    orgId = org.id;
    ownerCode = org.code;
    ownerName = org.name;
  } else orgId = await rootOrg(db);
  const edition = await editionForWrite(deps, editionId, orgId!);
  const keeper = await editionOrg(db, edition.region);
  if (!keeper) throw new AppError('VALIDATION', T.regionUnknown(edition.region));
  if (body.scope !== 'department') orgId = keeper;
  else if (!(await subtreeIds(db, keeper)).includes(orgId!))
    throw new AppError('VALIDATION', T.ownerOutsideEdition(ownerName, editionLabel(edition)));
  const checked = checkLibraryEntry({ ...body, ownerCode, direction: body.direction ?? null });
  if (!checked.ok)
    throw new AppError('VALIDATION', checked.problems.map((p) => p.message).join(''), {
      problems: checked.problems,
    });
  return { entry: checked.entry, orgId: orgId!, editionId: edition.id };
}

async function refuseDuplicate(
  db: DbOrTx,
  e: { level1: string; level2: string; name: string },
  orgId: string,
  editionId: string,
  scopeName: string,
  exceptId?: string,
) {
  const same = await db
    .select({ id: indicatorLibrary.id })
    .from(indicatorLibrary)
    .where(
      and(
        eq(indicatorLibrary.editionId, editionId),
        eq(indicatorLibrary.orgId, orgId),
        eq(indicatorLibrary.level1, e.level1),
        eq(indicatorLibrary.level2, e.level2),
        eq(indicatorLibrary.name, e.name),
        ...(exceptId ? [ne(indicatorLibrary.id, exceptId)] : []),
      ),
    );
  if (same.length > 0) throw new AppError('CONFLICT', T.duplicateName(e.name, scopeName));
}

async function refuseCodeTaken(db: DbOrTx, code: string, editionId: string, exceptId?: string) {
  const taken = await db
    .select({ id: indicatorLibrary.id })
    .from(indicatorLibrary)
    .where(
      and(
        eq(indicatorLibrary.editionId, editionId),
        eq(indicatorLibrary.code, code),
        ...(exceptId ? [ne(indicatorLibrary.id, exceptId)] : []),
      ),
    );
  if (taken.length > 0) throw new AppError('CONFLICT', T.codeTaken(code));
}

export const actorOf = (a: Actor) => ({ id: a.userId, username: a.username, ip: a.ip });

/** A stored entry as the audit log keeps it. */
export function rowSummary(r: typeof indicatorLibrary.$inferSelect) {
  const { id: _id, createdAt: _c, updatedAt: _u, version: _v, ...rest } = r;
  return rest;
}

export function entryValues(entry: Omit<LibraryEntry, 'code' | 'ownerCode'>) {
  return {
    scope: entry.scope,
    industry: entry.industry,
    level1: entry.level1,
    level2: entry.level2,
    name: entry.name,
    unit: entry.unit,
    direction: entry.direction,
    scoringRule: entry.scoringRule,
    valueNote: entry.valueNote,
    active: entry.active,
  };
}

export async function createEntry(
  deps: TxDeps,
  actor: Actor,
  body: EntryBody,
  source: 'admin' | 'proposal' = 'admin',
): Promise<LibraryEntryDto> {
  const { entry, orgId, editionId } = await prepare(deps, body, body.editionId);
  requireScope(actor, 'templates.manage', orgId);
  await refuseDuplicate(deps.db, entry, orgId, editionId, LIBRARY_SCOPE_NAMES[entry.scope]);
  const code = entry.code ?? nextLibraryCode(entry.scope, await allCodes(deps.db));
  if (entry.code) await refuseCodeTaken(deps.db, code, editionId);
  const now = deps.clock();
  const [row] = await deps.db
    .insert(indicatorLibrary)
    .values({ ...entryValues(entry), editionId, code, orgId, source, createdAt: now, updatedAt: now })
    .returning();
  await appendAudit(
    deps.db,
    actorOf(actor),
    {
      action: 'library.create',
      entity: 'indicator_library',
      entityId: row!.id,
      orgId,
      after: { editionId, code, ...entryValues(entry) },
    },
    now,
  );
  return (await entriesOf(deps.db, [row!]))[0]!;
}

export async function updateEntry(
  deps: TxDeps,
  actor: Actor,
  id: string,
  body: EntryBody & { version: number },
): Promise<LibraryEntryDto> {
  const before = await findEntry(deps.db, id);
  if (!before) throw new AppError('NOT_FOUND', T.notFound);
  // An entry stays in its edition.
  const { entry, orgId, editionId } = await prepare(deps, body, before.editionId);
  // Moving an entry to another owner needs the reach over that owner too.
  requireScope(actor, 'templates.manage', orgId);
  await refuseDuplicate(deps.db, entry, orgId, editionId, LIBRARY_SCOPE_NAMES[entry.scope], id);
  const code = entry.code ?? before.code;
  if (code !== before.code) await refuseCodeTaken(deps.db, code, editionId, id);
  const now = deps.clock();
  const after = await updateVersioned(
    deps.db,
    indicatorLibrary,
    id,
    body.version,
    { ...entryValues(entry), code, orgId },
    now,
  );
  await appendAudit(
    deps.db,
    actorOf(actor),
    {
      action: 'library.update',
      entity: 'indicator_library',
      entityId: id,
      orgId,
      before: rowSummary(before),
      after: { code, ...entryValues(entry) },
    },
    now,
  );
  return (await entriesOf(deps.db, [after]))[0]!;
}

export async function deleteEntry(deps: TxDeps, actor: Actor, id: string, version: number): Promise<void> {
  const before = await findEntry(deps.db, id);
  if (!before) throw new AppError('NOT_FOUND', T.notFound);
  if (before.version !== version)
    throw new AppError(
      'STALE',
      `数据已被他人修改（您提交的版本为 ${version}，当前版本为 ${before.version}），请刷新后重试。`,
    );
  await deps.db.delete(indicatorLibrary).where(eq(indicatorLibrary.id, id));
  await appendAudit(
    deps.db,
    actorOf(actor),
    {
      action: 'library.delete',
      entity: 'indicator_library',
      entityId: id,
      orgId: before.orgId,
      before: { code: before.code, name: before.name, level1: before.level1, level2: before.level2 },
    },
    deps.clock(),
  );
}
