/** Input schemas of the workflow routes. The actor is always the session's user: no body field names one. */
import { z } from 'zod';
import { DOCUMENT_KINDS } from '../../domain/workflow/index.ts';

export const ZIdParam = z.object({ id: z.uuid('编号无效') });

const commandBase = {
  /** Client-generated; a repeat with the same id returns the first outcome. */
  commandId: z.string().trim().min(8, '操作编号无效').max(100, '操作编号无效'),
  expectedVersion: z.number({ error: '请提交您看到的流程版本号（expectedVersion）' }).int().min(0),
};

const jsonValue: z.ZodType<unknown> = z.unknown();

export const ZChange = z.object({
  field: z.string().trim().min(1, '请填写要修改的内容').max(300),
  after: jsonValue,
});

export const ZSubmit = z.object({
  ...commandBase,
  note: z.string().trim().max(2000).optional(),
  panelists: z.record(z.string(), z.array(z.uuid())).optional(),
});
/**
 * Why a change moves a figure away from what was prefilled (the goals, the project's 执行数 / 预算数), keyed as
 * the feature names the figure (a self-evaluation: `<指标 id>|<field>`): the same reasons its own form sends.
 */
const ZReasons = z
  .record(z.string().trim().min(1).max(300), z.string().trim().max(2000, '修改原因不能超过 2000 个字'))
  .optional();

export const ZApprove = z.object({
  ...commandBase,
  step: z.number().int().min(0),
  opinion: z.string().trim().max(2000).optional(),
  changes: z.array(ZChange).max(500).optional(),
  reasons: ZReasons,
});
export const ZReturn = z.object({
  ...commandBase,
  step: z.number().int().min(0),
  to: z.union([z.literal('originator'), z.number().int().min(0)]),
  reason: z.string().trim().max(2000).default(''),
});
export const ZWithdraw = z.object({ ...commandBase, reason: z.string().trim().max(2000).optional() });
export const ZDelegate = z.object({
  ...commandBase,
  step: z.number().int().min(0),
  to: z.uuid('请选择委托对象'),
  note: z.string().trim().max(2000).optional(),
});
export const ZEdit = z.object({
  ...commandBase,
  step: z.number().int().min(0),
  changes: z.array(ZChange).min(1, '没有需要保存的修改').max(500),
  reasons: ZReasons,
});
export const ZReopen = z.object({ ...commandBase, reason: z.string().trim().max(2000).default('') });

export const ZFrozenDocumentQuery = z.object({
  number: z.coerce.number().int().positive().optional(),
  kind: z.enum(
    ['project-sheet', 'score-table', 'panel-sheet', 'self-evaluation-report', 'accounts-explanation'],
    {
      error:
        '文档类型应为 project-sheet、score-table、panel-sheet、self-evaluation-report 或 accounts-explanation',
    },
  ),
  format: z.enum(['docx', 'pdf'], { error: '格式应为 docx 或 pdf' }).default('docx'),
});

export const ZKind = z.enum(DOCUMENT_KINDS, { error: '文档类型无效' });

const selector = z.object({
  role: z.string().trim().min(1).max(50).optional(),
  position: z.string().trim().min(1).max(50).optional(),
  orgLevel: z.number().int().min(0).max(10).optional(),
});

export const ZChainDefinition = z.object({
  id: z.string().trim().min(1).max(100),
  name: z.string().trim().min(1, '请填写流程名称').max(200),
  revision: z.number().int().min(1).default(1),
  initiator: selector,
  initiatorStepName: z.string().trim().max(50).optional(),
  reopenBy: selector.optional(),
  resubmitTo: z
    .enum(['first', 'returning'], {
      error: '退回后重新提交的去向应为“从第一步重新审核”或“直接回到退回的步骤”',
    })
    .optional(),
  steps: z
    .array(
      z.object({
        id: z.string().trim().min(1).max(50),
        name: z.string().trim().min(1, '请填写步骤名称').max(50),
        assignee: selector,
        mode: z.enum(['single', 'panel']),
        panelSize: z.number().int().optional(),
        deadlineDays: z.number().int().optional(),
        editable: z.array(z.string().trim().max(200)).max(50).optional(),
        opinionRequired: z.boolean().optional(),
      }),
    )
    .max(20),
});

export const ZChainsQuery = z.object({ orgId: z.uuid('组织编号无效') });
export const ZSaveChain = z.object({
  kind: ZKind,
  chain: ZChainDefinition,
  version: z.number().int().positive().nullable().default(null),
});
export const ZDeleteChainQuery = z.object({ kind: ZKind, version: z.coerce.number().int().positive() });
export const ZNotificationsRead = z.object({ ids: z.array(z.uuid()).max(200) });
