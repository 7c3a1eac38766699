/**
 * Indicator direction and 偏差原因 through the API (issue 11, items 6 and 10): a goal row's direction
 * defaults from its target (成本指标 → 反向: 31.68 against 32.35万元 is met), can be set, is refused in
 * Chinese when it contradicts the target, and a 未达成 row without 偏差原因 cannot be submitted.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let clerk: Session;
let org = '';

type Row = {
  level1: string;
  level2: string;
  level3: string;
  target: string;
  actual: string;
  direction?: string | null;
  deviationReason?: string;
  computed: { status: string; direction: string; directionText: string; message: string };
};

beforeAll(async () => {
  t = await createTestApp();
  clerk = await t.login('scxxzx_jbr');
  org = await t.orgId('SC-SWT-XXZX');
});
afterAll(async () => t.close());

async function newProject(indicators: Array<Partial<Row>>): Promise<{ id: string; version: number }> {
  const res = await clerk.request('POST', '/api/projects', {
    orgId: org,
    fiscalYear: 2021,
    name: `方向测试${randomUUID().slice(0, 6)}`,
    goalExpected: '完成运维',
    indicators,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
}

const cost = {
  level1: '产出指标',
  level2: '成本指标',
  level3: '财政投入',
  target: '32.35万元',
  actual: '31.68万元',
};

describe('indicator direction', () => {
  it('defaults a 成本指标 to 反向: 31.68 against 32.35万元 is met (the demo 信息化运维 too)', async () => {
    const p = await newProject([cost]);
    const got = (await clerk.request('GET', `/api/projects/${p.id}`)).json() as { indicators: Row[] };
    expect(got.indicators[0]).toMatchObject({
      direction: null,
      computed: { status: 'met', direction: 'lower', directionText: '反向（≤）（默认）' },
    });
    const demo = (await clerk.request('GET', `/api/projects?orgId=${org}`)).json() as {
      items: Array<{ id: string; name: string }>;
    };
    const ops = demo.items.find((i) => i.name.includes('信息化运维'))!;
    const detail = (await clerk.request('GET', `/api/projects/${ops.id}`)).json() as { indicators: Row[] };
    expect(detail.indicators.find((r) => r.level3 === '财政投入')!.computed.status).toBe('met');
  });

  it('takes a direction that is set, and refuses one contradicting the target, in Chinese', async () => {
    const p = await newProject([cost]);
    const saved = await clerk.request('PUT', `/api/projects/${p.id}/indicators`, {
      indicators: [{ ...cost, target: '=100%', actual: '100', direction: 'equal' }],
      version: p.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((saved.json() as { indicators: Row[] }).indicators[0]).toMatchObject({
      direction: 'equal',
      computed: { status: 'met', directionText: '等于（=）' },
    });
    const bad = await clerk.request('PUT', `/api/projects/${p.id}/indicators`, {
      indicators: [{ ...cost, target: '≥98%', actual: '99%', direction: 'lower' }],
      version: (saved.json() as { version: number }).version,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('与所选方向“反向（≤）”不一致');
    // A form that does not send the direction keeps the one the row had.
    const kept = await clerk.request('PUT', `/api/projects/${p.id}/indicators`, {
      indicators: [{ ...cost, target: '=100%', actual: '99%' }],
      version: (saved.json() as { version: number }).version,
    });
    expect(kept.statusCode, kept.body).toBe(200);
    expect((kept.json() as { indicators: Row[] }).indicators[0]).toMatchObject({
      direction: 'equal',
      computed: { status: 'not-met' },
    });
    const unknown = await clerk.request('PUT', `/api/projects/${p.id}/indicators`, {
      indicators: [{ ...cost, direction: 'up' }],
      version: (saved.json() as { version: number }).version,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('指标方向应为正向（≥）、反向（≤）、等于（=）或定性');
  });
});

describe('未达成 without 偏差原因', () => {
  it('cannot be submitted; naming the indicator; with the reason it can', async () => {
    const p = await newProject([
      { ...cost, actual: '35万元' },
      { level1: '产出指标', level2: '数量指标', level3: '巡检次数', target: '≥12次', actual: '12次' },
    ]);
    const submit = (version: number) =>
      clerk.request('POST', `/api/workflow/documents/${p.id}/submit`, {
        commandId: randomUUID(),
        expectedVersion: version,
      });
    const refused = await submit(0);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toBe('以下1项指标未达成，须填写偏差原因后才能提交：“财政投入”。');
    const saved = await clerk.request('PUT', `/api/projects/${p.id}/indicators`, {
      indicators: [
        { ...cost, actual: '35万元', deviationReason: '设备涨价' },
        { level1: '产出指标', level2: '数量指标', level3: '巡检次数', target: '≥12次', actual: '12次' },
      ],
      version: p.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const accepted = await submit(0);
    expect(accepted.statusCode, accepted.body).toBe(200);
  });
});
