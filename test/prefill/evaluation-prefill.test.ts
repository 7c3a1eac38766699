/**
 * No figure typed twice (issue 15) through the API: a self-evaluation's inputs come prefilled from the
 * goals' 预期指标值 / 实际完成值 and the project's 执行数 / 预算数, the prefill names its sources, and a
 * prefilled figure changed without a reason is refused (nothing written); with a reason it is stored,
 * shown and audited, and dropped when the figure is set back. An unsaved 决算 starts with its project rows
 * from the goals.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
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
    expect(refused.statusCode).toBe(422);
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

  it('holds a reviewer’s workflow edit of a prefilled figure to the same rule: 422 without a reason, stored and audited with one', async () => {
    // A chain whose review step may change the evaluation's inputs (the demo's chains adjust scores only).
    const admin = await t.login('admin');
    const saved = await admin.request('PUT', `/api/workflow/chains/${orgId}`, {
      kind: 'project_evaluation',
      chain: {
        id: 'inputs-review',
        name: '自评数据核实流程',
        initiator: { role: 'clerk' },
        steps: [
          {
            id: 'zr',
            name: '主任核实',
            assignee: { role: 'reviewer', position: '主任' },
            mode: 'single',
            editable: ['sheets.$self.**', 'inputs.*'],
          },
        ],
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const ev = await create('sc-2021-project');
    const wf = async (who: Session) =>
      (await who.request('GET', `/api/workflow/documents/${ev.id}`)).json() as { version: number };
    const submitted = await clerk.request('POST', `/api/workflow/documents/${ev.id}/submit`, {
      commandId: randomUUID(),
      expectedVersion: (await wf(clerk)).version,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const reviewer = await t.login('scxxzx_zr');
    const changes = [{ field: 'inputs.quantity', after: { target: '6个', actual: '5个' } }];

    const refused = await reviewer.request('POST', `/api/workflow/documents/${ev.id}/edit`, {
      commandId: randomUUID(),
      expectedVersion: (await wf(reviewer)).version,
      step: 0,
      changes,
    });
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().error.message).toContain(
      '「项目绩效 > 项目完成 > 完成数量」的「实际」与带入值不同',
    );
    expect(refused.json().error.message).toContain('须填写修改原因');
    const unchanged = (await clerk.request('GET', `/api/evaluations/${ev.id}`)).json() as Ev;
    expect(unchanged.inputs.quantity!.actual).toBe('6个');

    const edited = await reviewer.request('POST', `/api/workflow/documents/${ev.id}/edit`, {
      commandId: randomUUID(),
      expectedVersion: (await wf(reviewer)).version,
      step: 0,
      changes,
      reasons: { 'quantity|actual': '核实验收单，1个项目未验收' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const now = (await clerk.request('GET', `/api/evaluations/${ev.id}`)).json() as Ev;
    expect(now.inputs.quantity!.actual).toBe('5个');
    const rows = await t.database.db
      .select()
      .from(evaluationInputOverrides)
      .where(eq(evaluationInputOverrides.evaluationId, ev.id));
    expect(rows.map((r) => [r.leafId, r.field, r.prefilled, r.value, r.reason, r.updatedBy])).toEqual([
      ['quantity', 'actual', '6个', '5个', '核实验收单，1个项目未验收', await t.userId('scxxzx_zr')],
    ]);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'evaluation.prefill.override'), eq(auditLog.entityId, ev.id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorUsername).toBe('scxxzx_zr');
    expect(JSON.stringify(audit[0]!.after)).toContain('核实验收单');
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

  it('brings the goals into a saved 决算 on request: adds, fills, replaces a typed figure only when confirmed', async () => {
    const Y = '?year=2020';
    const goalsProject = async (name: string, fields: Record<string, string>) => {
      const created = await clerk.request('POST', '/api/projects', { orgId, fiscalYear: 2020, name });
      expect(created.statusCode, created.body).toBe(201);
      const p = created.json() as { id: string; version: number };
      const patched = await clerk.request('PATCH', `/api/projects/${p.id}`, {
        ...fields,
        version: p.version,
      });
      expect(patched.statusCode, patched.body).toBe(200);
    };
    await goalsProject('带入新增项目', { budgetFiscal: '5', executedFiscal: '4.5', goalActual: '已完成' });
    await goalsProject('带入已有项目', { budgetFiscal: '2', executedFiscal: '1.8' });
    // The saved 决算 (seed 000) gets a row for the second project, typed before its goals were filed.
    const before = (await clerk.request('GET', `/api/accounts/${orgId}${Y}`)).json() as {
      version: number;
      data: { current: { projects: Array<Record<string, string>> } };
    };
    const typed = {
      name: '带入已有项目',
      budget: '0.00',
      actual: '17000.00',
      summary: '',
      problems: '',
      measures: '',
    };
    const data = structuredClone(before.data) as { current: { projects: Array<Record<string, unknown>> } };
    data.current.projects.push(typed);
    // 执行数 17000 against the goals' 18000 is an override: refused without a 修改原因, nothing written.
    const refused = await clerk.request('PUT', `/api/accounts/${orgId}${Y}`, {
      version: before.version,
      data,
    });
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().error.message).toBe(
      '项目“带入已有项目”的「执行数」与绩效目标带入的数不同（带入：18,000.00元，现填：17,000.00元），修改带入的数据须填写修改原因。',
    );
    expect((await clerk.request('GET', `/api/accounts/${orgId}${Y}`)).json().version).toBe(before.version);
    data.current.projects[data.current.projects.length - 1] = {
      ...typed,
      overrideReasons: { actual: '按财务账面数填列' },
    };
    const saved = await clerk.request('PUT', `/api/accounts/${orgId}${Y}`, { version: before.version, data });
    expect(saved.statusCode, saved.body).toBe(200);
    const saveAudit = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'accounts.save'), eq(auditLog.orgId, orgId), eq(auditLog.outcome, 'success')),
      )
      .orderBy(desc(auditLog.seq))
      .limit(1);
    expect(saveAudit[0]!.after).toMatchObject({
      overrides: [
        {
          project: '带入已有项目',
          field: '执行数',
          prefilled: '18000.00',
          value: '17000.00',
          reason: '按财务账面数填列',
        },
      ],
    });

    const preview = await clerk.request('GET', `/api/accounts/${orgId}/projects-from-goals${Y}`);
    expect(preview.statusCode, preview.body).toBe(200);
    const items = (preview.json() as { items: Array<{ name: string; kind: string }> }).items;
    expect(items.find((i) => i.name === '带入新增项目')).toMatchObject({
      kind: 'add',
      row: { budget: '50000.00', actual: '45000.00', summary: '已完成' },
    });
    expect(items.find((i) => i.name === '带入已有项目')).toEqual({
      name: '带入已有项目',
      kind: 'update',
      fills: [{ field: 'budget', label: '预算数', from: '0.00', to: '20000.00' }],
      overwrites: [{ field: 'actual', label: '执行数', from: '17000.00', to: '18000.00' }],
    });

    // Without confirming: added and filled, the typed 执行数 kept.
    const version = (saved.json() as { version: number }).version;
    const brought = await clerk.request('POST', `/api/accounts/${orgId}/projects-from-goals${Y}`, {
      version,
    });
    expect(brought.statusCode, brought.body).toBe(200);
    const rows = (brought.json() as { data: { current: { projects: Array<Record<string, string>> } } }).data
      .current.projects;
    expect(rows.find((r) => r.name === '带入新增项目')).toMatchObject({
      budget: '50000.00',
      actual: '45000.00',
    });
    expect(rows.find((r) => r.name === '带入已有项目')).toMatchObject({
      budget: '20000.00',
      actual: '17000.00',
    });
    expect(rows.filter((r) => r.name === '信息化运维')).toHaveLength(1);

    // Confirmed: the typed figure replaced; audited as 从绩效目标带入.
    const confirmed = await clerk.request('POST', `/api/accounts/${orgId}/projects-from-goals${Y}`, {
      version: (brought.json() as { version: number }).version,
      overwrite: ['带入已有项目'],
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const after = (confirmed.json() as { data: { current: { projects: Array<Record<string, string>> } } })
      .data.current.projects;
    expect(after.find((r) => r.name === '带入已有项目')).toMatchObject({ actual: '18000.00' });
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'accounts.projects_from_goals'));
    expect(audit).toHaveLength(2);

    // Another unit's user reaches neither the preview nor the action.
    const outsider = await t.login('hnswt_jbr');
    expect([403, 404]).toContain(
      (await outsider.request('GET', `/api/accounts/${orgId}/projects-from-goals${Y}`)).statusCode,
    );
    expect([403, 404]).toContain(
      (
        await outsider.request('POST', `/api/accounts/${orgId}/projects-from-goals${Y}`, {
          version: (confirmed.json() as { version: number }).version,
        })
      ).statusCode,
    );
  });

  it('refuses the prefill of another unit’s evaluation', async () => {
    const ev = await create('sc-2021-project');
    const outsider = await t.login('hnswt_jbr');
    const res = await outsider.request('GET', `/api/evaluations/${ev.id}/prefill`);
    expect([403, 404]).toContain(res.statusCode);
  });
});
