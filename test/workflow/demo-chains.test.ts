/**
 * The demo's chain for project goals: set on 四川省商务厅 and inherited by its 信息中心 (seed 000), whose
 * three projects can be sent for review at once; the final-accounts preset is offered to administrators.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
const S: Record<string, Session> = {};
beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['scxxzx_jbr', 'scxxzx_zr', 'scxxzx_cz']) S[u] = await t.login(u);
});
afterAll(async () => t.close());

type View = {
  version: number;
  status: string;
  chain: { name: string; steps: Array<{ name: string }> } | null;
  current: null | { name: string };
};
const view = async (who: string, id: string) =>
  (await S[who]!.request('GET', `/api/workflow/documents/${id}`)).json() as View;
async function act(who: string, id: string, type: string, extra: Record<string, unknown> = {}) {
  const res = await S[who]!.request('POST', `/api/workflow/documents/${id}/${type}`, {
    commandId: randomUUID(),
    expectedVersion: (await view(who, id)).version,
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as View;
}

describe('demo chains for goals and final accounts', () => {
  it('sends one of seed 000’s projects through 主任审核 and 处长审定 to a frozen version', async () => {
    const orgId = await t.orgId('SC-SWT-XXZX');
    const projects = (await S.scxxzx_jbr!.request('GET', `/api/projects?orgId=${orgId}`)).json()
      .items as Array<{ id: string; name: string }>;
    expect(projects.length).toBe(3);
    const id = projects[0]!.id;
    expect((await view('scxxzx_jbr', id)).chain).toMatchObject({
      name: '项目绩效目标审核流程',
      steps: [{ name: '主任审核' }, { name: '处长审定' }],
    });
    expect((await act('scxxzx_jbr', id, 'submit')).current).toMatchObject({ name: '主任审核' });
    expect((await act('scxxzx_zr', id, 'approve', { step: 0, opinion: '同意' })).current).toMatchObject({
      name: '处长审定',
    });
    expect((await act('scxxzx_cz', id, 'approve', { step: 1, opinion: '同意申报' })).status).toBe('frozen');
  });

  it('offers the 决算审核流程 preset for final accounts, to be assigned by an administrator', async () => {
    const admin = await t.login('admin');
    const chains = (
      await admin.request('GET', `/api/workflow/chains?orgId=${await t.orgId('SC-SWT')}`)
    ).json() as { presets: Array<{ chain: { name: string }; suggestedKinds: string[] }> };
    expect(chains.presets.find((p) => p.chain.name === '决算审核流程')?.suggestedKinds).toEqual([
      'final_accounts',
    ]);
  });
});
