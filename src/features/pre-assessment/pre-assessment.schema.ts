/** Input schemas of the 事前绩效评估 routes; messages name the fields as the form shows them. */
import { z } from 'zod';
import { ASPECT_NAMES, PRE_ASSESSMENT_CONCLUSIONS } from '../../domain/pre-assessment/index.ts';

const aspect = (name: string) =>
  z
    .string({ error: `「${name}」应为文字` })
    .max(10000, `「${name}」不能超过 10000 字`)
    .optional();

export const ZPreAssessmentContent = z.object({
  necessity: aspect(ASPECT_NAMES.necessity),
  feasibility: aspect(ASPECT_NAMES.feasibility),
  goalReasonableness: aspect(ASPECT_NAMES.goalReasonableness),
  inputEconomy: aspect(ASPECT_NAMES.inputEconomy),
  implementationPlan: aspect(ASPECT_NAMES.implementationPlan),
  conclusion: z
    .enum(PRE_ASSESSMENT_CONCLUSIONS, { error: '「评估结论」应为予以支持、调整后支持或不予支持' })
    .nullable()
    .optional(),
  conclusionNote: aspect('结论说明'),
});

export const ZCreatePreAssessment = z.object({ projectId: z.uuid('项目编号无效') });

export const ZSavePreAssessment = ZPreAssessmentContent.extend({
  version: z.number({ error: '请提交数据版本号（version）' }).int().positive('请提交数据版本号（version）'),
});

export const ZPreAssessmentList = z.object({ orgId: z.uuid('组织编号无效') });

export const ZIdParam = z.object({ id: z.uuid('编号无效') });

export type PreAssessmentContentInput = z.infer<typeof ZPreAssessmentContent>;
