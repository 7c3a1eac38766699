/**
 * No figure typed twice (issue 15) through the API: a self-evaluation's inputs come prefilled from the
 * goals' 预期指标值 / 实际完成值 and the project's 执行数 / 预算数, the prefill names its sources, and a
 * prefilled figure changed without a reason is refused (nothing written); with a reason it is stored,
 * shown and audited, and dropped when the figure is set back. An unsaved 决算 starts with its project rows
 * from the goals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, evaluationInputOverrides, projects } from '../../src/platform/db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let clerk: Session;
let orgId: string;
let projectId: string;

type Ev = { id: string; version: number; inputs: Record<string, Record<string, unknown>> };
type Prefill = {
  leaves: Array<{ leafId: string; fields: Array<{ field: string; value: unknown; source: string }> }>;
  overrides: Array<{
    leafId: string;
    field: string;
    prefilled: unknown;
    value: unknown;
    reason: string | null;
  }>;
};

beforeAll(async () => {
  t = await createTestApp();
  clerk = await t.login('scxxzx_jbr');
  orgId = await t.orgId('SC-SWT-XXZX');
  const [p] = await t.database.db
    .select({ id: projects.id })
    .from(projects)
    .where(and(eq(projects.orgId, orgId), eq(projects.name, '信息化运维')));
  projectId = p!.id;
});
afterAll(async () => t.close());

async function create(templateId: string, withProject = true): Promise<Ev> {
  const res = await clerk.request('POST', '/api/evaluations', {
    orgId,
    templateId,
    ...(withProject ? { projectId } : { fiscalYear: 2020 }),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Ev;
}

describe('prefilled self-evaluation inputs', () => {
  it('fills a built-in template from the goal table and names the source', async () => {
    const ev = await create('sc-2021-project');
    expect(ev.inputs.quantity).toEqual({ target: '6个', actual: '6个' });
    expect(ev.inputs.cost).toEqual({ values: { 实际完成成本: '31.68', 预计完成成本: '32.35' } });
    const res = await clerk.request('GET', `/api/evaluations/${ev.id}/prefill`);
    expect(res.statusCode).toBe(200);
    const prefill = res.json() as Prefill;
    const quantity = prefill.leaves.find((l) => l.leafId === 'quantity')!;
    expect(quantity.fields.map((f) => f.source)).toEqual([
      '来自绩效目标：项目完成指标 > 数量指标 > 完成项目数（预期指标值）',
      '来自绩效目标：项目完成指标 > 数量指标 > 完成项目数（实际完成值）',
    ]);
    expect(prefill.overrides).toEqual([]);
  });

  it('fills 执行数 / 预算数 from the project', async () => {
    const admin = await t.login('admin');
    const imported = await admin.request('POST', '/api/templates', {
      orgId,
      template: {
        id: 'prefill-test-template',
        name: '带入测试指标体系',
        kind: 'project',
        version: 1,
        grades: [{ grade: '优', min: '90' }],
        rounding: { mode: 'exact', places: 2 },
        indicators: [
          { id: 'exec', name: '预算执行率', weight: '10', rule: { kind: 'budget-execution' } },
          { id: 'cost', name: '财政投入', weight: '90', rule: { kind: 'direction', direction: 'lower' } },
        ],
      },
    });
    expect(imported.statusCode, imported.body).toBe(201);
    const ev = await create('prefill-test-template');
    expect(ev.inputs.exec).toEqual({ executed: '31.68', budget: '32.35' });
    expect(ev.inputs.cost).toEqual({ target: '32.35万元', actual: '31.68万元' });
  });

  it('fills a department-wide deviation from every project of the unit and year', async () => {
    const ev = await create('sc-2021-department', false);
    const items = ev.inputs['goal-achievement']!.items as Array<{ name: string }>;
    expect(items.map((i) => i.name)).toEqual([
      '信息化运维：完成项目数',
      '清偿欠款：清偿对象个数',
      '设备采购：台式电脑',
      '设备采购：打印机',
      '设备采购：便携式电脑',
    ]);
  });

  it('refuses an override without a reason, stores and audits one with a reason', async () => {
    const ev = await create('sc-2021-project');
    const changed = { ...ev.inputs, quantity: { target: '6个', actual: '5个' } };
    const refused = await clerk.request('PUT', `/api/evaluations/${ev.id}/inputs`, {
      inputs: changed,
      version: ev.version,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain(
      '「项目绩效 > 项目完成 > 完成数量」的「实际」与带入值不同',
    );
    expect(refused.json().error.message).toContain('须填写修改原因');
    const unchanged = (await clerk.request('GET', `/api/evaluations/${ev.id}`)).json() as Ev;
    expect(unchanged.inputs.quantity!.actual).toBe('6个');
    expect(unchanged.version).toBe(ev.version);

    const saved = await clerk.request('PUT', `/api/evaluations/${ev.id}/inputs`, {
      inputs: changed,
      version: ev.version,
      reasons: { 'quantity|actual': '以验收单为准，1个项目未验收' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const rows = await t.database.db
      .select()
      .from(evaluationInputOverrides)
      .where(eq(evaluationInputOverrides.evaluationId, ev.id));
    expect(rows.map((r) => [r.leafId, r.field, r.prefilled, r.value, r.reason])).toEqual([
      ['quantity', 'actual', '6个', '5个', '以验收单为准，1个项目未验收'],
    ]);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'evaluation.prefill.override'), eq(auditLog.entityId, ev.id)));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.after)).toContain('以验收单为准');
    const prefill = (await clerk.request('GET', `/api/evaluations/${ev.id}/prefill`)).json() as Prefill;
    expect(prefill.overrides).toEqual([
      expect.objectContaining({
        leafId: 'quantity',
        field: 'actual',
        prefilled: '6个',
        value: '5个',
        reason: '以验收单为准，1个项目未验收',
      }),
    ]);

    // Saving again without touching the figure keeps its reason; setting it back drops the override.
    const v2 = (saved.json() as Ev).version;
    const again = await clerk.request('PUT', `/api/evaluations/${ev.id}/inputs`, {
      inputs: { ...changed, funds_note: undefined },
      version: v2,
    });
    expect(again.statusCode, again.body).toBe(200);
    const back = await clerk.request('PUT', `/api/evaluations/${ev.id}/inputs`, {
      inputs: ev.inputs,
      version: (again.json() as Ev).version,
    });
    expect(back.statusCode, back.body).toBe(200);
    const left = await t.database.db
      .select()
      .from(evaluationInputOverrides)
      .where(eq(evaluationInputOverrides.evaluationId, ev.id));
    expect(left).toEqual([]);
  });

  it('starts an unsaved 决算 with its project rows from the goals (万元 → 元)', async () => {
    const created = await clerk.request('POST', '/api/projects', {
      orgId,
      fiscalYear: 2031,
      name: '决算带入项目',
    });
    expect(created.statusCode, created.body).toBe(201);
    const p = created.json() as { id: string; version: number };
    const updated = await clerk.request('PATCH', `/api/projects/${p.id}`, {
      budgetFiscal: '12.5',
      budgetOther: '0.3',
      executedFiscal: '11.25',
      goalActual: '完成年度任务',
      version: p.version,
    });
    expect(updated.statusCode, updated.body).toBe(200);
    const accounts = await clerk.request('GET', `/api/accounts/${orgId}?year=2031`);
    expect(accounts.statusCode).toBe(200);
    expect(accounts.json().exists).toBe(false);
    expect(accounts.json().data.current.projects).toEqual([
      {
        name: '决算带入项目',
        budget: '128000.00',
        actual: '112500.00',
        summary: '完成年度任务',
        problems: '',
        measures: '',
      },
    ]);
  });

  it('refuses the prefill of another unit’s evaluation', async () => {
    const ev = await create('sc-2021-project');
    const outsider = await t.login('hnswt_jbr');
    const res = await outsider.request('GET', `/api/evaluations/${ev.id}/prefill`);
    expect([403, 404]).toContain(res.statusCode);
  });
});
