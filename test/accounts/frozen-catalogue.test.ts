/**
 * Issue 13: a frozen (定稿) version of the final accounts keeps the 科目 names of the catalogue in force
 * for its organisation when it was frozen — its region's own names — so printing it later shows what
 * was approved, even after the region's catalogue is re-imported with other names.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocx } from '../../src/importers/extract-text.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
const S: Record<string, Session> = {};
let org = '';
const Y = '?year=2020';
const FROZEN_NAME = '商务事业运行';
const LATER_NAME = '商贸服务运行';

const csv = (code: string, name: string) =>
  Buffer.from(`\uFEFF科目编码,科目名称\n${code},${name}\n`).toString('base64');

async function importRegional(name: string, version: number) {
  const res = await S.admin!.request('POST', '/api/accounts/catalogues', {
    region: 'ROOT',
    year: 2020,
    fileName: '地方科目.csv',
    contentBase64: csv('2011350', name),
    version,
  });
  expect(res.statusCode, res.body).toBe(201);
}
async function ok(who: string, id: string, type: string, extra: Record<string, unknown> = {}) {
  const v = (await S[who]!.request('GET', `/api/workflow/documents/${id}`)).json() as { version: number };
  const res = await S[who]!.request('POST', `/api/workflow/documents/${id}/${type}`, {
    commandId: randomUUID(),
    expectedVersion: v.version,
    ...extra,
  });
  expect(res.statusCode, `${who} ${type}: ${res.body}`).toBe(200);
  return res.json() as { status: string };
}
const text = async (res: { rawPayload: Buffer }) =>
  (await extractDocx(res.rawPayload)).map((l) => l.text).join('\n');

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['scxxzx_jbr', 'scxxzx_cz', 'admin']) S[u] = await t.login(u);
  org = await t.orgId('SC-SWT-XXZX');
  const res = await S.admin!.request('PUT', `/api/workflow/chains/${org}`, {
    kind: 'final_accounts',
    chain: {
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
    },
    version: null,
  });
  expect(res.statusCode, res.body).toBe(200);
});
afterAll(async () => t.close());

describe('a frozen version and its 科目 names', () => {
  it('prints the region’s names in force when it was frozen, not those imported later', async () => {
    // The region (ROOT, a finance organisation above the unit) names 2011350 its own way.
    await importRegional(FROZEN_NAME, 0);
    const id = (await S.scxxzx_jbr!.request('GET', `/api/accounts/${org}${Y}`)).json().id as string;
    await ok('scxxzx_jbr', id, 'submit', { note: '报送' });
    expect((await ok('scxxzx_cz', id, 'approve', { step: 0, opinion: '同意' })).status).toBe('frozen');

    // The region's catalogue is re-imported with another name for the code.
    const stored = (await S.admin!.request('GET', '/api/accounts/catalogues?region=ROOT')).json();
    const row = (stored.items as { year: number; version: number }[]).find((r) => r.year === 2020)!;
    await importRegional(LATER_NAME, row.version);

    // Today's document follows the new catalogue …
    const live = await S.scxxzx_jbr!.request(
      'GET',
      `/api/accounts/${org}/document${Y}&kind=explanation&format=docx`,
    );
    expect(live.statusCode, live.body).toBe(200);
    const liveText = await text(live);
    expect(liveText).toContain(LATER_NAME);

    // … the frozen version keeps the name it was approved with.
    const frozen = await S.scxxzx_jbr!.request(
      'GET',
      `/api/workflow/documents/${id}/frozen-document?kind=accounts-explanation&format=docx&number=1`,
    );
    expect(frozen.statusCode, frozen.body).toBe(200);
    const frozenText = await text(frozen);
    expect(frozenText).toContain(FROZEN_NAME);
    expect(frozenText).not.toContain(LATER_NAME);
  });
});
