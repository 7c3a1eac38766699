/**
 * The demo's review chains: every demo organisation has a chain for each kind of document it writes (the
 * 四川 units can send a self-evaluation and a 决算 for review), and a chain saved with "resubmit straight
 * to the returning step" sends a resubmission after a 退回 back to that step, through the API.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flattenDemoOrgs } from '../../src/features/demo/demo-data.ts';
import { PRESET_ACCOUNTS_REVIEW } from '../../src/domain/workflow/index.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
const S: Record<string, Session> = {};

type View = {
  id: string;
  status: string;
  version: number;
  chain: { name: string; resubmitTo?: string } | null;
  current: null | { index: number; name: string };
};
const view = async (who: string, id: string) => {
  const res = await S[who]!.request('GET', `/api/workflow/documents/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as View;
};
async function ok(who: string, id: string, type: string, extra: Record<string, unknown> = {}): Promise<View> {
  const v = await view(who, id);
  const res = await S[who]!.request('POST', `/api/workflow/documents/${id}/${type}`, {
    commandId: randomUUID(),
    expectedVersion: v.version,
    ...extra,
  });
  expect(res.statusCode, `${who} ${type}: ${res.body}`).toBe(200);
  return res.json() as View;
}

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['admin', 'sczwfw_jbr', 'scxxzx_jbr', 'scxxzx_cwjbr', 'scxxzx_cz', 'jsswt_jbr'])
    S[u] = await t.login(u);
});
afterAll(async () => t.close());

const KINDS = [
  'project_goals',
  'project_evaluation',
  'department_evaluation',
  'final_accounts',
  'project_pre_assessment',
  'monitoring_report',
];

describe('demo review chains', () => {
  it('every demo organisation has a chain in force for every kind of document it writes', async () => {
    for (const o of flattenDemoOrgs()) {
      const res = await S.admin!.request('GET', `/api/workflow/chains?orgId=${await t.orgId(o.code)}`);
      expect(res.statusCode, res.body).toBe(200);
      const items = res.json().items as Array<{ kind: string; effective: { problems: string[] } | null }>;
      for (const kind of KINDS) {
        const item = items.find((i) => i.kind === kind);
        expect(item?.effective, `${o.code} ${kind}`).not.toBeNull();
        expect(item!.effective!.problems, `${o.code} ${kind}`).toEqual([]);
      }
    }
  });

  it('a 四川 unit sends its 部门整体 self-evaluation for review', async () => {
    const org = await t.orgId('SC-ZWFW');
    const list = await S.sczwfw_jbr!.request('GET', `/api/evaluations?orgId=${org}`);
    const ev = (list.json().items as Array<{ id: string; projectId: string | null }>).find(
      (e) => e.projectId === null,
    )!;
    expect(ev).toBeDefined();
    const submitted = await ok('sczwfw_jbr', ev.id, 'submit');
    expect(submitted.status).toBe('in_review');
    expect(submitted.current?.name).toBe('主任审核');
  });

  it('a 四川 unit sends its 决算 for review, and the chain can resubmit straight to the returning step', async () => {
    const org = await t.orgId('SC-SWT-XXZX');
    // The unit's own chain: the preset, resubmitting to the step that returned it.
    const saved = await S.admin!.request('PUT', `/api/workflow/chains/${org}`, {
      kind: 'final_accounts',
      chain: { ...PRESET_ACCOUNTS_REVIEW, id: 'sc-accounts', resubmitTo: 'returning' },
      version: null,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const accounts = (await S.scxxzx_jbr!.request('GET', `/api/accounts/${org}?year=2020`)).json() as {
      id: string;
      version: number;
      unexplained: number;
    };
    expect(accounts.unexplained).toBe(0);
    const submitted = await S.scxxzx_jbr!.request('POST', `/api/accounts/${org}/submit?year=2020`, {
      version: accounts.version,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const v = await view('scxxzx_jbr', accounts.id);
    expect(v.status).toBe('in_review');
    expect(v.chain?.resubmitTo).toBe('returning');
    await ok('scxxzx_cwjbr', accounts.id, 'approve', { step: 0, opinion: '同意' });
    const back = await ok('scxxzx_cz', accounts.id, 'return', {
      step: 1,
      to: 'originator',
      reason: '请补充说明',
    });
    expect(back.status).toBe('returned');
    const again = await ok('scxxzx_jbr', accounts.id, 'submit', { note: '已补充' });
    expect(again.current).toMatchObject({ index: 1, name: PRESET_ACCOUNTS_REVIEW.steps[1]!.name });
  });
});
