/**
 * Input schemas of the goals routes. Money (万元) is a decimal string end to end: a JSON number is
 * refused with a message saying how to write it, so no figure ever passes through binary floating point.
 */
import { z } from 'zod';
import {
  directionProblem,
  INDICATOR_DIRECTIONS,
  type IndicatorDirection,
} from '../../domain/indicators/index.ts';

const MONEY = /^-?\d{1,14}(\.\d{1,6})?$/;

export const ZMoney = z
  .string({
    error: (issue) =>
      typeof issue.input === 'number'
        ? `金额须写成十进制数字字符串（如 "${String(issue.input)}"），不接受 JSON 数字`
        : '请填写金额，如 195.01',
  })
  .trim()
  .regex(MONEY, '金额应为数字，如 "195.01"（单位：万元，最多 6 位小数）');

const text = (max: number) => z.string().max(max, `最多 ${max} 个字`);

export const ZStandards = z.object({
  优: text(200),
  良: text(200),
  中: text(200),
  差: text(200),
});

/**
 * 指标方向: null = read from the 预期指标值 (成本指标 → 反向 …, see defaultDirection()); left out = keep
 * what the row of the same 三级指标 had (a form that does not show the direction does not clear it).
 */
export const ZDirection = z
  .enum(INDICATOR_DIRECTIONS as [IndicatorDirection, ...IndicatorDirection[]], {
    error: '指标方向应为正向（≥）、反向（≤）、等于（=）或定性',
  })
  .nullable()
  .optional();

export const ZIndicatorRow = z
  .object({
    /** The indicator's stable identity (its id as the server sent it); left out for a new row. */
    id: z.uuid('指标编号无效').optional(),
    level1: z.string().trim().min(1, '请填写一级指标').max(50),
    level2: text(50).default(''),
    level3: z.string().trim().min(1, '请填写三级指标').max(300),
    target: text(1000).default(''),
    standards: ZStandards.nullable().default(null),
    actual: text(2000).default(''),
    direction: ZDirection,
    /** 计量单位 and 计分规则 (from the 指标库 when picked there); libraryCode = that entry's 指标编码. */
    unit: text(20).default(''),
    scoringRule: text(1000).default(''),
    libraryCode: z.string().max(40).nullable().default(null),
    deviationReason: text(2000).default(''),
    improvement: text(2000).default(''),
  })
  .superRefine((row, ctx) => {
    // A direction must agree with the 预期指标值 ("≥98%" cannot be 反向).
    const problem = row.direction && !row.standards ? directionProblem(row.target, row.direction) : null;
    if (problem)
      ctx.addIssue({ code: 'custom', path: ['direction'], message: `“${row.level3}”：${problem}` });
  });

const projectFields = {
  name: z.string().trim().min(1, '请填写项目名称').max(200),
  budgetFiscal: ZMoney,
  budgetOther: ZMoney,
  executedFiscal: ZMoney,
  executedOther: ZMoney,
  goalExpected: text(5000),
  goalActual: text(5000),
};

export const ZCreateProject = z.object({
  orgId: z.uuid('组织编号无效'),
  fiscalYear: z.number().int().min(2000).max(2100),
  name: projectFields.name,
  budgetFiscal: ZMoney.default('0'),
  budgetOther: ZMoney.default('0'),
  executedFiscal: ZMoney.default('0'),
  executedOther: ZMoney.default('0'),
  goalExpected: projectFields.goalExpected.default(''),
  goalActual: projectFields.goalActual.default(''),
  indicators: z.array(ZIndicatorRow).max(200).default([]),
});

export const ZUpdateProject = z.object({
  name: projectFields.name.optional(),
  budgetFiscal: ZMoney.optional(),
  budgetOther: ZMoney.optional(),
  executedFiscal: ZMoney.optional(),
  executedOther: ZMoney.optional(),
  goalExpected: projectFields.goalExpected.optional(),
  goalActual: projectFields.goalActual.optional(),
  version: z.number().int().positive('请提交数据版本号（version）'),
});

export const ZSaveIndicators = z.object({
  indicators: z.array(ZIndicatorRow).max(200, '一个项目最多 200 个指标'),
  version: z.number().int().positive('请提交数据版本号（version）'),
});

export const ZProjectListQuery = z.object({
  orgId: z.uuid('组织编号无效'),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const ZIdParam = z.object({ id: z.uuid('编号无效') });

export type IndicatorRowInput = z.infer<typeof ZIndicatorRow>;
