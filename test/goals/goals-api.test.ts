/**
 * Projects and goal tables through the API: the seeds' projects in the demo, money as decimal strings
 * (JSON numbers refused), met / not-met and completion computed by the domain, stale writes refused,
 * creates idempotent, every change audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let clerk: Session;
let hn: string;

beforeAll(async () => {
  t = await createTestApp();
  clerk = await t.login('hnswt_jbr');
  hn = await t.orgId('HN-SWT');
});
afterAll(async () => t.close());

type Indicator = {
  level3: string;
  target: string;
  actual: string;
  standards: unknown;
  computed: { status: string; level: string | null; completionRate: string | null; message: string };
};

describe('projects and goal tables', () => {
  it("lists 004's project for 海南省商务厅 with its budget, execution and the goal table with 优/良/中/差 standards", async () => {
    const list = await clerk.request('GET', `/api/projects?orgId=${hn}`);
    expect(list.statusCode).toBe(200);
    const items = list.json().items as Array<{
      id: string;
      name: string;
      budgetTotal: string;
      executedTotal: string;
      executionRate: string;
    }>;
    expect(items.map((p) => p.name)).toEqual(['2020年度信息系统运维项目']);
    expect(items[0]).toMatchObject({ budgetTotal: '195.01', executedTotal: '87.44' });
    expect(items[0]!.executionRate.startsWith('44.83')).toBe(true);
    const detail = (await clerk.request('GET', `/api/projects/${items[0]!.id}`)).json() as {
      indicators: Indicator[];
    };
    const [collect, downtime] = detail.indicators;
    expect(collect).toMatchObject({
      level3: '信息采集数量',
      standards: { 优: '1000条', 良: '700条', 中: '500条', 差: '300条' },
    });
    expect(collect!.computed).toMatchObject({ status: 'met', level: '优' });
    expect(downtime!.computed).toMatchObject({ status: 'met', level: '优' });
  });

  it("shows 000's three projects of 四川省商务厅信息中心 and marks 不少于3个 → 6个 as met with completion 200%", async () => {
    const sc = await t.login('scxxzx_jbr');
    const org = await t.orgId('SC-SWT-XXZX');
    const items = (await sc.request('GET', `/api/projects?orgId=${org}`)).json().items as Array<{
      id: string;
      name: string;
      budgetTotal: string;
    }>;
    expect(items.map((p) => p.name).sort()).toEqual(['信息化运维', '清偿欠款', '设备采购'].sort());
    const debt = items.find((p) => p.name === '清偿欠款')!;
    const detail = (await sc.request('GET', `/api/projects/${debt.id}`)).json() as {
      indicators: Indicator[];
    };
    const count = detail.indicators.find((i) => i.level3 === '清偿对象个数')!;
    expect(count.computed.status).toBe('met');
    expect(count.computed.completionRate).toBe('200');
  });

  it('creates a project idempotently, with money as strings and JSON numbers refused', async () => {
    const body = {
      orgId: hn,
      fiscalYear: 2021,
      name: '测试项目',
      budgetFiscal: '100.10',
      budgetOther: '0.2',
      executedFiscal: '90',
      executedOther: '0',
      indicators: [
        { level1: '产出指标', level2: '数量指标', level3: '培训人次', target: '≥100人次', actual: '80人次' },
      ],
    };
    const first = await clerk.request('POST', '/api/projects', body, {
      'idempotency-key': 'create-project-1',
    });
    expect(first.statusCode).toBe(201);
    const again = await clerk.request('POST', '/api/projects', body, {
      'idempotency-key': 'create-project-1',
    });
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(first.json().id);
    const p = first.json() as { budgetTotal: string; indicators: Indicator[] };
    expect(p.budgetTotal).toBe('100.3');
    expect(p.indicators[0]!.computed).toMatchObject({ status: 'not-met', completionRate: '80' });

    const numeric = await clerk.request('POST', '/api/projects', { ...body, budgetFiscal: 100.1 });
    expect(numeric.statusCode).toBe(400);
    expect(numeric.json().error.message).toContain('不接受 JSON 数字');
  });

  it('refuses a stale write with 412 and audits each change', async () => {
    const created = (
      await clerk.request('POST', '/api/projects', { orgId: hn, fiscalYear: 2021, name: '版本测试' })
    ).json() as { id: string; version: number };
    const ok = await clerk.request('PATCH', `/api/projects/${created.id}`, {
      goalExpected: '完成',
      version: created.version,
    });
    expect(ok.statusCode).toBe(200);
    const stale = await clerk.request('PATCH', `/api/projects/${created.id}`, {
      goalExpected: '再改',
      version: created.version,
    });
    expect(stale.statusCode).toBe(412);
    const staleTable = await clerk.request('PUT', `/api/projects/${created.id}/indicators`, {
      indicators: [],
      version: created.version,
    });
    expect(staleTable.statusCode).toBe(412);
    const saved = await clerk.request('PUT', `/api/projects/${created.id}/indicators`, {
      indicators: [
        {
          level1: '产出指标',
          level2: '时效指标',
          level3: '完成时间',
          target: '2020年12月底前',
          actual: '2020年11月',
        },
      ],
      version: ok.json().version,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().indicators[0].computed.status).toBe('met');
    const auditor = await t.login('auditor');
    const entries = (await auditor.request('GET', '/api/audit?limit=200')).json().items as Array<{
      action: string;
      entityId: string;
    }>;
    const actions = entries
      .filter((e) => e.entityId === created.id)
      .map((e) => e.action)
      .sort();
    expect(actions).toEqual(['project.create', 'project.indicators.save', 'project.update']);
  });

  it('refuses an evaluator editing goals (work.edit only) and another unit reading them', async () => {
    const evaluator = await t.login('hnswt_pj1');
    const items = (await clerk.request('GET', `/api/projects?orgId=${hn}`)).json().items as Array<{
      id: string;
      version: number;
    }>;
    const res = await evaluator.request('PATCH', `/api/projects/${items[0]!.id}`, {
      name: 'x',
      version: items[0]!.version,
    });
    expect(res.statusCode).toBe(403);
    const outsider = await t.login('scxxzx_jbr');
    expect((await outsider.request('GET', `/api/projects/${items[0]!.id}`)).statusCode).toBe(404);
    expect((await outsider.request('GET', `/api/projects?orgId=${hn}`)).statusCode).toBe(404);
  });
});
