/** 导入指标体系: a template JSON (an export, or a copy of a built-in one) stored for an organisation. */
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { indicatorTemplates } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import { requireTemplateJsonIsolated } from './read-template-isolated.ts';
import { findTemplate, fromRow, isBuiltInCode, type TemplateDetail } from './template-store.ts';

export async function importTemplate(
  deps: TxDeps,
  actor: Actor,
  input: { orgId: string; template: unknown; copiedFrom?: string | undefined },
  options: { signal?: AbortSignal | undefined } = {},
): Promise<TemplateDetail> {
  const template = await requireTemplateJsonIsolated(input.template, {
    uploads: deps.config.uploads,
    signal: options.signal,
  });
  if (isBuiltInCode(template.id)) {
    throw new AppError(
      'CONFLICT',
      `编号“${template.id}”是内置指标体系的编号，请在 JSON 中把 id 改为新的编号后再导入。`,
    );
  }
  if (await findTemplate(deps.db, template.id)) {
    throw new AppError(
      'CONFLICT',
      `编号为“${template.id}”的指标体系已存在，请修改 id 或直接编辑已有的指标体系。`,
    );
  }
  let copiedFrom: string | null = null;
  if (input.copiedFrom) {
    const source = await findTemplate(deps.db, input.copiedFrom);
    if (!source) throw new AppError('NOT_FOUND', `找不到被复制的指标体系“${input.copiedFrom}”。`);
    copiedFrom = source.code;
  }
  const now = deps.clock();
  const [row] = await deps.db
    .insert(indicatorTemplates)
    .values({
      orgId: input.orgId,
      code: template.id,
      region: template.region ?? '',
      year: template.year ?? null,
      kind: template.kind,
      name: template.name,
      templateVersion: template.version,
      body: template,
      builtIn: false,
      copiedFrom,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    {
      action: 'template.import',
      entity: 'indicator_template',
      entityId: row!.id,
      orgId: input.orgId,
      after: { code: template.id, name: template.name, templateVersion: template.version, copiedFrom },
    },
    now,
  );
  return fromRow(row!);
}
