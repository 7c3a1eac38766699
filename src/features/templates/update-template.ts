/**
 * 编辑指标体系: an administrator changes weights, rule texts, rules or grade bands. The body's own
 * version goes up by one with each change, so an evaluation's snapshot says which version it used.
 * Built-in templates are the seeds' published systems and stay as printed: copy one to change it.
 */
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { indicatorTemplates } from '../../platform/db/schema/index.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { AppError } from '../../platform/errors.ts';
import { requireTemplateJsonIsolated } from './read-template-isolated.ts';
import { findTemplate, fromRow, type TemplateDetail } from './template-store.ts';

export async function updateTemplate(
  deps: TxDeps,
  actor: Actor,
  id: string,
  input: { template: unknown; version: number },
  options: { signal?: AbortSignal | undefined } = {},
): Promise<TemplateDetail> {
  const before = await findTemplate(deps.db, id);
  if (!before) throw new AppError('NOT_FOUND', '找不到该指标体系。');
  if (before.builtIn)
    throw new AppError('CONFLICT', '内置指标体系不能修改，请先复制为本单位的指标体系再编辑。');
  const template = await requireTemplateJsonIsolated(input.template, {
    uploads: deps.config.uploads,
    signal: options.signal,
  });
  if (template.id !== before.code) {
    throw new AppError(
      'VALIDATION',
      `不能修改指标体系编号（原为“${before.code}”，提交的是“${template.id}”）。`,
    );
  }
  const body = { ...template, version: before.templateVersion + 1 };
  const now = deps.clock();
  const after = await updateVersioned(
    deps.db,
    indicatorTemplates,
    before.id,
    input.version,
    {
      name: body.name,
      kind: body.kind,
      region: body.region ?? '',
      year: body.year ?? null,
      templateVersion: body.version,
      body,
    },
    now,
  );
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    {
      action: 'template.update',
      entity: 'indicator_template',
      entityId: before.id,
      orgId: before.orgId,
      before: { templateVersion: before.templateVersion, body: before.body },
      after: { templateVersion: body.version, body },
    },
    now,
  );
  return fromRow(after);
}
