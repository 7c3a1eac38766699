/**
 * A project's 事前绩效评估 as a workflow document (kind `project_pre_assessment`); the document id is the
 * pre-assessment's id. Field paths are the content fields themselves: necessity, feasibility,
 * goalReasonableness, inputEconomy, implementationPlan, conclusion, conclusionNote (a step may allow e.g.
 * `conclusion` for the 处长 who decides). Submitting needs every aspect and a conclusion (with the
 * adjustments or the reasons where the conclusion asks for them); the frozen snapshot is the DTO.
 */
import { and, eq } from 'drizzle-orm';
import {
  missingForSubmit,
  PRE_ASSESSMENT_FIELD_NAMES,
  type PreAssessmentContent,
} from '../../domain/pre-assessment/index.ts';
import { asJson, sameJson, type FieldChange } from '../../domain/workflow/index.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { preAssessments, projects } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { DocumentAdapter } from '../workflow/documents.ts';
import { workflowTexts as T } from '../workflow/texts.ts';
import { CONTENT_FIELDS, type ContentField } from './pre-assessment.ts';
import { contentOf, loadPreAssessment } from './pre-assessment-model.ts';
import { ZPreAssessmentContent } from './pre-assessment.schema.ts';

async function load(db: DbOrTx, id: string) {
  const [row] = await db.select().from(preAssessments).where(eq(preAssessments.id, id));
  if (!row) throw new AppError('NOT_FOUND', T.documentNotFound);
  return row;
}

function fieldOf(path: string): ContentField {
  if (!(CONTENT_FIELDS as readonly string[]).includes(path))
    throw new AppError('VALIDATION', T.unknownField(path));
  return path as ContentField;
}

function normalised(field: ContentField, after: unknown) {
  const parsed = ZPreAssessmentContent.shape[field].safeParse(after);
  if (!parsed.success || parsed.data === undefined)
    throw new AppError(
      'VALIDATION',
      T.invalidValue(
        PRE_ASSESSMENT_FIELD_NAMES[field],
        parsed.success ? '不能为空' : (parsed.error.issues[0]?.message ?? '格式有误'),
      ),
    );
  return asJson(parsed.data);
}

export const preAssessmentAdapter: DocumentAdapter = {
  async locate(db, id) {
    const [row] = await db
      .select({ id: preAssessments.id, orgId: preAssessments.orgId, name: projects.name })
      .from(preAssessments)
      .innerJoin(projects, eq(projects.id, preAssessments.projectId))
      .where(eq(preAssessments.id, id));
    if (!row) return null;
    return {
      id: row.id,
      orgId: row.orgId,
      kind: 'project_pre_assessment',
      title: `${row.name}事前绩效评估`,
    };
  },

  async resolveChanges(db, doc, _state, changes) {
    const content = contentOf(await load(db, doc.id));
    const out: FieldChange[] = [];
    for (const c of changes) {
      const field = fieldOf(c.field);
      const before = asJson(content[field]);
      const after = normalised(field, c.after);
      if (!sameJson(before, after)) out.push({ field, before, after });
    }
    return out;
  },

  async applyChanges(deps, doc, _state, changes) {
    if (changes.length === 0) return;
    const row = await load(deps.db, doc.id);
    const values: Partial<Record<ContentField, unknown>> = {};
    for (const c of changes) values[fieldOf(c.field)] = c.after;
    const next = { ...contentOf(row), ...values } as PreAssessmentContent;
    // A reviewer's change keeps the document complete (e.g. 不予支持 needs its reasons).
    const missing = missingForSubmit(next);
    if (missing.length > 0) throw new AppError('VALIDATION', missing.join(''));
    const updated = await deps.db
      .update(preAssessments)
      .set({ ...values, version: row.version + 1, updatedAt: deps.clock() } as never)
      .where(and(eq(preAssessments.id, doc.id), eq(preAssessments.version, row.version)))
      .returning({ id: preAssessments.id });
    if (updated.length !== 1) throw new AppError('STALE');
  },

  async check(deps, doc, _state, command) {
    if (command.type !== 'submit') return;
    const missing = missingForSubmit(contentOf(await load(deps.db, doc.id)));
    if (missing.length > 0) throw new AppError('VALIDATION', missing.join(''));
  },

  async labels(_db, _doc, fields) {
    const out: Record<string, string> = {};
    for (const f of fields)
      out[f] = PRE_ASSESSMENT_FIELD_NAMES[f as keyof typeof PRE_ASSESSMENT_FIELD_NAMES] ?? f;
    return out;
  },

  async snapshot(deps, doc) {
    const dto = await loadPreAssessment(deps.db, doc.id);
    if (!dto) throw new AppError('NOT_FOUND', T.documentNotFound);
    const { missing: _missing, status: _status, ...rest } = dto;
    void _missing;
    void _status;
    return asJson({ preAssessment: rest });
  },
};
