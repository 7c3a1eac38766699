/**
 * Issue 13 (e): a frozen (定稿) version of the final accounts prints with the document template it was
 * frozen with — stored whole in the snapshot — not with the organisation's choice of today.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocx } from '../../src/importers/extract-text.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
const S: Record<string, Session> = {};
let org = '';
const Y = '?year=2020';

const view = async (who: string, id: string) =>
  (await S[who]!.request('GET', `/api/workflow/documents/${id}`)).json() as {
    version: number;
    status: string;
  };
async function ok(who: string, id: string, type: string, extra: Record<string, unknown> = {}) {
  const v = await view(who, id);
  const res = await S[who]!.request('POST', `/api/workflow/documents/${id}/${type}`, {
    commandId: randomUUID(),
    expectedVersion: v.version,
    ...extra,
  });
  expect(res.statusCode, `${who} ${type}: ${res.body}`).toBe(200);
  return res.json() as { status: string };
}
async function setTemplate(templateId: string) {
  const s = (await S.scxxzx_jbr!.request('GET', `/api/accounts/${org}/settings`)).json();
  const res = await S.scxxzx_jbr!.request('PUT', `/api/accounts/${org}/settings`, {
    version: s.version,
    templateId,
  });
  expect(res.statusCode, res.body).toBe(200);
}
const text = async (res: { rawPayload: Buffer }) =>
  (await extractDocx(res.rawPayload)).map((l) => l.text).join('\n');

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['scxxzx_jbr', 'scxxzx_cz', 'admin']) S[u] = await t.login(u);
  org = await t.orgId('SC-SWT-XXZX');
  const chain = {
    id: 'sc-accounts',
    name: '单位决算审核',
    revision: 1,
    initiator: { role: 'clerk' },
    initiatorStepName: '经办人填报',
    steps: [
      {
        id: 'cz',
        name: '处长审核',
        assignee: { role: 'reviewer', position: '处长' },
        mode: 'single',
        deadlineDays: 5,
      },
    ],
  };
  const res = await S.admin!.request('PUT', `/api/workflow/chains/${org}`, {
    kind: 'final_accounts',
    chain,
    version: null,
  });
  expect(res.statusCode, res.body).toBe(200);
});
afterAll(async () => t.close());

describe('a frozen version and its template', () => {
  it('prints with the template it was frozen with after the organisation chooses another', async () => {
    await setTemplate('national-unit');
    const id = (await S.scxxzx_jbr!.request('GET', `/api/accounts/${org}${Y}`)).json().id as string;
    await ok('scxxzx_jbr', id, 'submit', { note: '报送' });
    expect((await ok('scxxzx_cz', id, 'approve', { step: 0, opinion: '同意' })).status).toBe('frozen');

    // The organisation switches to the Sichuan template: today's documents follow it …
    await setTemplate('sichuan-unit');
    const live = await S.scxxzx_jbr!.request(
      'GET',
      `/api/accounts/${org}/document${Y}&kind=explanation&format=docx`,
    );
    expect(live.statusCode).toBe(200);
    const liveText = await text(live);
    expect(liveText).not.toContain('目　　录');

    // … the frozen version keeps the national layout it was approved in (目录, the nine tables inside).
    const frozen = await S.scxxzx_jbr!.request(
      'GET',
      `/api/workflow/documents/${id}/frozen-document?kind=accounts-explanation&format=docx&number=1`,
    );
    expect(frozen.statusCode, frozen.body).toBe(200);
    const frozenText = await text(frozen);
    expect(frozenText).toContain('目　　录');
    expect(frozenText).toContain('一般公共预算财政拨款基本支出决算表');
    expect(frozenText).not.toContain('上缴上级支出0.00万元'); // national: zero lines left out
    expect(liveText).toContain('上缴上级支出0.00万元'); // Sichuan: listed
  });
});
