/**
 * The 自评报告's texts through the API: a 经办人 of 四川省政务服务和公共资源交易服务中心 writes the sections
 * of 001's 政府采购专项业务费 report; the saved texts come back with their version, a stale save gets 412,
 * another unit is refused, the entry is audited, the review workflow's lock applies, and the downloaded
 * DOCX holds both the saved texts and the figures computed from the data (224.47 / 234.66 万元,
 * 104.54%, base score 96.80 after excluding the 未设定 indicators).
 */
import { and, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocx } from '../../src/importers/extract-text.ts';
import { auditLog } from '../../src/platform/db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

type Report = {
  evaluationId: string;
  version: number;
  narrative: Record<string, unknown>;
  derived: {
    overview?: string;
    implementation?: string;
    organisation?: string;
    problems: string[];
    suggestions: string[];
  };
  analysisSections: Array<{ name: string; weight: string }>;
  updatedBy: string | null;
};

let t: TestApp;
let clerk: Session;
let evId: string;

const NARRATIVE = {
  preamble: '按照《财政厅关于开展2021年部门、政策和项目支出绩效工作的通知》要求，现将自评情况报告如下：',
  overview: '省政府采购中心依法接受各部门委托开展政府采购代理活动，项目资金用于采购业务的组织实施。',
  fundsExplanation: '执行数超出预算部分为其他资金10.19万元，系以前年度结转资金。',
  organisation: '采购中心成立自评工作小组，对照评分表逐项打分。',
  method: '采用案卷调查法和比较法，现场评价与资料评价相结合。',
  conclusion: '项目资金使用规范，绩效目标全面完成。',
  analysis: { 项目绩效: '采购项目个数和采购预算规模均超额完成。' },
  outcomes: '全年完成采购项目556个，采购预算规模53.66亿元。',
  problems: ['部分项目采购需求编制不够细化'],
  suggestions: ['加强采购需求管理培训'],
  signedBy: '四川省政府采购中心',
  date: '2021-05-20',
};

beforeAll(async () => {
  t = await createTestApp();
  clerk = await t.login('sczwfw_jbr');
  const org = await t.orgId('SC-ZWFW');
  const items = (await clerk.request('GET', `/api/evaluations?orgId=${org}`)).json().items as Array<{
    id: string;
    projectName: string | null;
  }>;
  evId = items.find((e) => e.projectName === '政府采购专项业务费')!.id;
});
afterAll(async () => t.close());

async function reportText(who: Session = clerk): Promise<string> {
  const res = await who.request(
    'GET',
    `/api/evaluations/${evId}/document?kind=self-evaluation-report&format=docx`,
  );
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return (await extractDocx(res.rawPayload)).map((l) => l.text).join('\n');
}

describe('自评报告 texts', () => {
  it('starts empty (version 0) and offers the text the document falls back to', async () => {
    const res = await clerk.request('GET', `/api/evaluations/${evId}/report`);
    expect(res.statusCode).toBe(200);
    const r = res.json() as Report;
    expect(r).toMatchObject({ version: 0, narrative: {}, updatedBy: null });
    expect(r.derived.overview).toContain('2020年预计完成470个采购项目');
    expect(r.derived.implementation).toContain('政府采购全流程电子化全面实施');
    expect(r.analysisSections.map((s) => s.name)).toEqual(['项目决策', '项目管理', '项目绩效']);
  });

  it('prints, before anything is saved, only what the data says (goals, evaluators) and the computed figures', async () => {
    const text = await reportText();
    expect(text).toContain('2020年预计完成470个采购项目'); // 项目概况 = 年度总体目标
    expect(text).toContain('政府采购全流程电子化全面实施'); // 项目实施情况 = 实际完成情况
    for (const s of Object.values(NARRATIVE).filter(
      (v): v is string => typeof v === 'string' && v.length > 12,
    ))
      expect(text).not.toContain(s);
  });

  it('saves the texts with a version, audited; a stale version gets 412 and writes nothing', async () => {
    const saved = await clerk.request('PUT', `/api/evaluations/${evId}/report`, {
      narrative: { ...NARRATIVE, implementation: '  ', problems: [...NARRATIVE.problems, ' '] },
      version: 0,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const r = saved.json() as Report;
    expect(r.version).toBe(1);
    expect(r.updatedBy).toBe('川政务中心·经办人');
    // Empty texts and blank items are not stored: the document falls back for them.
    expect(r.narrative).toEqual(NARRATIVE);

    const first = await clerk.request('PUT', `/api/evaluations/${evId}/report`, {
      narrative: { overview: '另一人的第一版' },
      version: 0,
    });
    expect(first.statusCode).toBe(412);
    const stale = await clerk.request('PUT', `/api/evaluations/${evId}/report`, {
      narrative: { overview: '旧版本上的修改' },
      version: 5,
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().error.message).toContain('当前版本为 1');
    expect(
      ((await clerk.request('GET', `/api/evaluations/${evId}/report`)).json() as Report).narrative.overview,
    ).toBe(NARRATIVE.overview);

    const audit = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'evaluation.report.save'), eq(auditLog.entityId, evId)));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.after)).toContain('加强采购需求管理培训');
  });

  it('refuses an analysis for a 一级指标 the template does not have, and figures among the fields', async () => {
    const v = ((await clerk.request('GET', `/api/evaluations/${evId}/report`)).json() as Report).version;
    const wrong = await clerk.request('PUT', `/api/evaluations/${evId}/report`, {
      narrative: { analysis: { 完成指标: '…' } },
      version: v,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toContain('项目决策、项目管理、项目绩效');
    const figures = await clerk.request('PUT', `/api/evaluations/${evId}/report`, {
      narrative: { score: '100' },
      version: v,
    });
    expect(figures.statusCode).toBe(400);
  });

  it('refuses another unit, reading and writing, and an evaluator or reviewer of the same unit writing', async () => {
    for (const u of ['hnswt_jbr', 'scxxzx_jbr']) {
      const outsider = await t.login(u);
      expect([403, 404]).toContain(
        (await outsider.request('GET', `/api/evaluations/${evId}/report`)).statusCode,
      );
      expect([403, 404]).toContain(
        (
          await outsider.request('PUT', `/api/evaluations/${evId}/report`, {
            narrative: { overview: '越权' },
            version: 1,
          })
        ).statusCode,
      );
    }
    const reviewer = await t.login('sczwfw_zr');
    expect((await reviewer.request('GET', `/api/evaluations/${evId}/report`)).statusCode).toBe(200);
    expect(
      (
        await reviewer.request('PUT', `/api/evaluations/${evId}/report`, {
          narrative: { overview: '审核人改写' },
          version: 1,
        })
      ).statusCode,
    ).toBe(403);
    expect(((await clerk.request('GET', `/api/evaluations/${evId}/report`)).json() as Report).version).toBe(
      1,
    );
  });

  it('renders the saved texts in the DOCX around the figures computed from the data', async () => {
    const text = await reportText();
    for (const s of [
      NARRATIVE.preamble,
      NARRATIVE.overview,
      NARRATIVE.fundsExplanation,
      NARRATIVE.organisation,
      NARRATIVE.method,
      NARRATIVE.conclusion,
      NARRATIVE.analysis['项目绩效'],
      NARRATIVE.outcomes,
      NARRATIVE.problems[0]!,
      NARRATIVE.suggestions[0]!,
      NARRATIVE.signedBy,
      '2021年5月20日',
    ])
      expect(text).toContain(s);
    // Empty 项目实施情况: the project's own 实际完成情况, not invented text.
    expect(text).toContain('政府采购全流程电子化全面实施');
    // Figures from the data: 预算 224.47, 执行 224.47 + 10.19 = 234.66, 104.54%, base score 96.80 (the seed prints 96.78).
    for (const s of ['预算数224.47万元', '执行数234.66万元', '104.54%', '自评得分96.80分', '评价等次为优'])
      expect(text).toContain(s);
    expect(text).not.toContain('96.78分，');
  });

  it('is locked while the evaluation is under review: the 经办人 may not change the report', async () => {
    const hnClerk = await t.login('hnswt_jbr');
    const hn = await t.orgId('HN-SWT');
    const project = (
      (await hnClerk.request('GET', `/api/projects?orgId=${hn}`)).json().items as Array<{
        id: string;
        name: string;
      }>
    ).find((p) => p.name === '2020年度信息系统运维项目')!;
    const ev = (
      await hnClerk.request('POST', '/api/evaluations', {
        orgId: hn,
        projectId: project.id,
        templateId: 'hn-2020-project',
        title: '自评报告锁定测试',
      })
    ).json() as { id: string };
    const draft = await hnClerk.request('PUT', `/api/evaluations/${ev.id}/report`, {
      narrative: { overview: '提交前写的项目概况' },
      version: 0,
    });
    expect(draft.statusCode, draft.body).toBe(200);
    const wf = (await hnClerk.request('GET', `/api/workflow/documents/${ev.id}`)).json() as {
      version: number;
    };
    const submitted = await hnClerk.request('POST', `/api/workflow/documents/${ev.id}/submit`, {
      commandId: randomUUID(),
      expectedVersion: wf.version,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const locked = await hnClerk.request('PUT', `/api/evaluations/${ev.id}/report`, {
      narrative: { overview: '审核中改写' },
      version: 1,
    });
    expect(locked.statusCode).toBe(403);
    expect(locked.json().error.message).toContain('数据已锁定');
    expect(
      ((await hnClerk.request('GET', `/api/evaluations/${ev.id}/report`)).json() as Report).narrative,
    ).toEqual({ overview: '提交前写的项目概况' });
  });
});
