/**
 * Frozen means frozen, for every document kind: once the last step approves, every write route of the
 * document's feature is refused with 409 — even a write that changes nothing — and nothing changes:
 * no row version moves and no audit entry is written. One lock serves every kind
 * (src/features/workflow/document-lock.ts), so each kind is driven to its frozen state through the API
 * and then every write route is tried as the document's own 经办人.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
/** A real PDF: refused for the document's state, not for what it is. */
const EVIDENCE_SAMPLE = {
  fileName: '定稿后补充.pdf',
  contentBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
};
const S: Record<string, Session> = {};

type View = { id: string; status: string; version: number };
type Write = { method: 'POST' | 'PUT' | 'PATCH'; url: string; body: Record<string, unknown> };

const oneStep = (id: string, position: string) => ({
  id,
  name: '一步审定',
  revision: 1,
  initiator: { role: 'clerk' },
  initiatorStepName: '经办人提交',
  steps: [
    { id: 'only', name: '审定', assignee: { role: 'reviewer', position }, mode: 'single', deadlineDays: 3 },
  ],
});

async function setChain(orgId: string, kind: string, chain: Record<string, unknown>) {
  const list = (await S.admin!.request('GET', `/api/workflow/chains?orgId=${orgId}`)).json() as {
    items: Array<{ kind: string; own: { version: number } | null }>;
  };
  const version = list.items.find((i) => i.kind === kind)?.own?.version ?? null;
  const res = await S.admin!.request('PUT', `/api/workflow/chains/${orgId}`, { kind, chain, version });
  expect(res.statusCode, res.body).toBe(200);
}

async function command(who: string, id: string, type: string, extra: Record<string, unknown> = {}) {
  const v = (await S[who]!.request('GET', `/api/workflow/documents/${id}`)).json() as View;
  const res = await S[who]!.request('POST', `/api/workflow/documents/${id}/${type}`, {
    commandId: randomUUID(),
    expectedVersion: v.version,
    ...extra,
  });
  expect(res.statusCode, `${who} ${type}: ${res.body}`).toBe(200);
  return res.json() as View;
}

async function freeze(clerk: string, reviewer: string, id: string) {
  await command(clerk, id, 'submit');
  const frozen = await command(reviewer, id, 'approve', { step: 0, opinion: '同意' });
  expect(frozen.status).toBe('frozen');
}

/** Every row of the documents' tables and the audit log's length: what a refused write must leave untouched. */
async function fingerprint(): Promise<string> {
  const tables = [
    'projects',
    'project_indicators',
    'evaluations',
    'score_sheets',
    'evaluation_reports',
    'final_accounts',
    'workflow_documents',
  ];
  const parts: unknown[] = [];
  for (const table of tables) {
    const rows = await t.deps.db.execute(
      sql.raw(`SELECT to_jsonb(r)::text AS row FROM ${table} r ORDER BY 1`),
    );
    parts.push(table, rows.rows);
  }
  const audit = await t.deps.db.execute(sql`SELECT count(*)::int AS n FROM audit_log`);
  parts.push('audit', audit.rows);
  return JSON.stringify(parts);
}

async function expectAllRefused(clerk: string, writes: Write[]) {
  expect(writes.length).toBeGreaterThan(0);
  for (const w of writes) {
    const before = await fingerprint();
    const res = await S[clerk]!.request(w.method, w.url, w.body);
    expect(res.statusCode, `${w.method} ${w.url}: ${res.body}`).toBe(409);
    expect(res.json().error.message).toContain('已定稿');
    expect(await fingerprint(), `${w.method} ${w.url} changed data`).toBe(before);
  }
}

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['admin', 'scxxzx_jbr', 'scxxzx_cz', 'jsxxzx_jbr', 'jsxxzx_zr']) S[u] = await t.login(u);
});
afterAll(async () => t.close());

describe('a frozen document takes no write at all', () => {
  it('project goals: the project and its indicator table, even unchanged', async () => {
    const org = await t.orgId('SC-SWT-XXZX');
    await setChain(org, 'project_goals', oneStep('frozen-goals', '处长'));
    const items = (await S.scxxzx_jbr!.request('GET', `/api/projects?orgId=${org}`)).json().items as Array<{
      id: string;
    }>;
    const id = items[0]!.id;
    await freeze('scxxzx_jbr', 'scxxzx_cz', id);
    const p = (await S.scxxzx_jbr!.request('GET', `/api/projects/${id}`)).json() as {
      version: number;
      name: string;
      goalExpected: string;
      indicators: Array<Record<string, unknown>>;
    };
    const rows = p.indicators.map(
      ({ level1, level2, level3, target, standards, actual, deviationReason, improvement }) => ({
        level1,
        level2,
        level3,
        target,
        standards,
        actual,
        deviationReason,
        improvement,
      }),
    );
    await expectAllRefused('scxxzx_jbr', [
      {
        method: 'PATCH',
        url: `/api/projects/${id}`,
        body: { goalExpected: p.goalExpected, version: p.version },
      },
      { method: 'PATCH', url: `/api/projects/${id}`, body: { goalExpected: '改写', version: p.version } },
      {
        method: 'PUT',
        url: `/api/projects/${id}/indicators`,
        body: { indicators: rows, version: p.version },
      },
      { method: 'POST', url: `/api/projects/${id}/evidence`, body: EVIDENCE_SAMPLE },
    ]);
  });

  it('final accounts: save (even unchanged), import of its own export, submit and withdraw', async () => {
    const org = await t.orgId('SC-SWT-XXZX');
    await setChain(org, 'final_accounts', oneStep('frozen-accounts', '处长'));
    const Y = '?year=2020';
    const before = (await S.scxxzx_jbr!.request('GET', `/api/accounts/${org}${Y}`)).json() as {
      id: string;
      version: number;
      data: Record<string, unknown>;
    };
    await freeze('scxxzx_jbr', 'scxxzx_cz', before.id);
    const a = (await S.scxxzx_jbr!.request('GET', `/api/accounts/${org}${Y}`)).json() as {
      version: number;
      data: Record<string, unknown>;
    };
    const exported = await S.scxxzx_jbr!.request('GET', `/api/accounts/${org}/export${Y}`);
    expect(exported.statusCode).toBe(200);
    const xlsx = { fileName: '决算.xlsx', contentBase64: exported.rawPayload.toString('base64') };
    await expectAllRefused('scxxzx_jbr', [
      { method: 'PUT', url: `/api/accounts/${org}${Y}`, body: { version: a.version, data: a.data } },
      { method: 'POST', url: `/api/accounts/${org}/import${Y}`, body: { version: a.version, ...xlsx } },
      { method: 'POST', url: `/api/accounts/${org}/submit${Y}`, body: { version: a.version } },
      { method: 'POST', url: `/api/accounts/${org}/withdraw${Y}`, body: { version: a.version } },
      // 从绩效目标带入 (its goals differ from the frozen rows: it would change them).
      {
        method: 'POST',
        url: `/api/accounts/${org}/projects-from-goals${Y}`,
        body: { version: a.version, overwrite: ['信息化运维', '清偿欠款', '设备采购'] },
      },
    ]);
  });

  it('an evaluation: inputs (even unchanged), the 自评报告 texts, score sheets', async () => {
    const org = await t.orgId('JS-SWT-XXZX');
    await setChain(org, 'department_evaluation', oneStep('frozen-evaluation', '主任'));
    const items = (await S.jsxxzx_jbr!.request('GET', `/api/evaluations?orgId=${org}`)).json()
      .items as Array<{
      id: string;
      kind: string;
    }>;
    const id = items.find((e) => e.kind === 'department')!.id;
    await freeze('jsxxzx_jbr', 'jsxxzx_zr', id);
    const ev = (await S.jsxxzx_jbr!.request('GET', `/api/evaluations/${id}`)).json() as {
      version: number;
      inputs: Record<string, unknown>;
      sheets: Array<{ id: string; version: number; mine: boolean; entries: Record<string, unknown> }>;
    };
    const report = (await S.jsxxzx_jbr!.request('GET', `/api/evaluations/${id}/report`)).json() as {
      version: number;
      narrative: Record<string, unknown>;
    };
    const sheet = ev.sheets.find((s) => s.mine)!;
    await expectAllRefused('jsxxzx_jbr', [
      {
        method: 'PUT',
        url: `/api/evaluations/${id}/inputs`,
        body: { inputs: ev.inputs, version: ev.version },
      },
      {
        method: 'PUT',
        url: `/api/evaluations/${id}/report`,
        body: { narrative: { ...report.narrative, overview: '定稿后补写的概况' }, version: report.version },
      },
      {
        method: 'PUT',
        url: `/api/evaluations/${id}/report`,
        body: { narrative: {}, version: report.version },
      },
      { method: 'POST', url: `/api/evaluations/${id}/sheets`, body: { title: '补充评分' } },
      // 佐证材料 belong to the evaluation document too (docs/evidence.md).
      { method: 'POST', url: `/api/evaluations/${id}/evidence`, body: EVIDENCE_SAMPLE },
      {
        method: 'PUT',
        url: `/api/score-sheets/${sheet.id}`,
        body: { entries: sheet.entries, version: sheet.version },
      },
      { method: 'POST', url: `/api/score-sheets/${sheet.id}/submit`, body: { version: sheet.version } },
      { method: 'POST', url: `/api/score-sheets/${sheet.id}/withdraw`, body: { version: sheet.version } },
    ]);
  });
});
