/**
 * Frozen versions of project goals (项目绩效目标) and of a unit's final accounts (单位决算) download as
 * documents rendered from the snapshot taken at the final approval, carrying the approval trail
 * (环节, 姓名, 职务, 意见, 日期): the goals as the 项目绩效目标完成情况表 (`project-sheet`), the accounts as the
 * 决算情况说明 (`accounts-explanation`) with a last 审核意见 table. Reopening and editing afterwards does not
 * change what version 1 prints; a document kind offers only its own documents; another unit's users are
 * refused.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FinalAccounts } from '../../src/domain/accounts/index.ts';
import { chineseDate } from '../../src/documents/evaluation/index.ts';
import { chinaDate } from '../../src/features/workflow/frozen-document.ts';
import { extractDocx } from '../../src/importers/extract-text.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
const S: Record<string, Session> = {};
let org = '';

type Trail = Array<{
  stepName: string;
  name: string;
  position: string;
  title?: string;
  at: string;
  opinion?: string;
}>;
type View = { id: string; version: number; status: string; frozen: Array<{ number: number; trail: Trail }> };

const cmd = (extra: Record<string, unknown> = {}) => ({ commandId: randomUUID(), ...extra });
const view = async (who: string, id: string) =>
  (await S[who]!.request('GET', `/api/workflow/documents/${id}`)).json() as View;
async function ok(who: string, id: string, type: string, extra: Record<string, unknown> = {}): Promise<View> {
  const v = await view(who, id);
  const res = await S[who]!.request('POST', `/api/workflow/documents/${id}/${type}`, {
    ...cmd(extra),
    expectedVersion: v.version,
  });
  expect(res.statusCode, `${who} ${type}: ${res.body}`).toBe(200);
  return res.json() as View;
}
async function download(
  who: string,
  id: string,
  query: string,
): Promise<{ status: number; text: string; fileName: string; body: string }> {
  const res = await S[who]!.request('GET', `/api/workflow/documents/${id}/frozen-document?${query}`);
  if (res.statusCode !== 200) return { status: res.statusCode, text: '', fileName: '', body: res.body };
  const text = (await extractDocx(res.rawPayload)).map((l) => l.text).join('\n');
  return {
    status: 200,
    text,
    fileName: decodeURIComponent(String(res.headers['content-disposition'])),
    body: '',
  };
}
/** Every signature of the trail — step, name, position, opinion, date — appears in the document's text. */
function expectTrail(text: string, trail: Trail): void {
  expect(text).toContain('审核意见');
  for (const e of trail) {
    for (const s of [
      e.stepName,
      e.name,
      e.position,
      chineseDate(chinaDate(e.at)),
      ...(e.opinion ? [e.opinion] : []),
    ])
      expect(text, `${e.stepName}: ${s}`).toContain(s);
  }
}

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['scxxzx_jbr', 'scxxzx_zr', 'scxxzx_cwjbr', 'scxxzx_cz', 'hnswt_jbr', 'admin'])
    S[u] = await t.login(u);
  org = await t.orgId('SC-SWT-XXZX');
  const chains = {
    project_goals: {
      id: 'sc-goals',
      name: '项目绩效目标审核',
      revision: 1,
      initiator: { role: 'clerk' },
      initiatorStepName: '经办人申报',
      steps: [
        {
          id: 'zr',
          name: '主任审核',
          assignee: { role: 'reviewer', position: '主任' },
          mode: 'single',
          deadlineDays: 3,
          editable: ['indicators.*.target'],
        },
        {
          id: 'cz',
          name: '处长审定',
          assignee: { role: 'reviewer', position: '处长' },
          mode: 'single',
          deadlineDays: 3,
          opinionRequired: true,
        },
      ],
    },
    final_accounts: {
      id: 'sc-accounts',
      name: '单位决算审核',
      revision: 1,
      initiator: { role: 'clerk' },
      initiatorStepName: '经办人填报',
      steps: [
        {
          id: 'cw',
          name: '财务处经办人审核',
          assignee: { role: 'reviewer', position: '财务处经办人' },
          mode: 'single',
          deadlineDays: 5,
          editable: ['data.texts.functions'],
        },
        {
          id: 'cz',
          name: '处长审核',
          assignee: { role: 'reviewer', position: '处长' },
          mode: 'single',
          deadlineDays: 5,
          opinionRequired: true,
        },
      ],
    },
  };
  for (const [kind, chain] of Object.entries(chains)) {
    const res = await S.admin!.request('PUT', `/api/workflow/chains/${org}`, { kind, chain, version: null });
    expect(res.statusCode, res.body).toBe(200);
  }
});
afterAll(async () => t.close());

describe('frozen project goals → 项目绩效目标完成情况表', () => {
  let id = '';
  let trail: Trail = [];

  it('freezes the goals through the chain, with the 主任 adjusting two 预期指标值', async () => {
    const items = (await S.scxxzx_jbr!.request('GET', `/api/projects?orgId=${org}`)).json().items as Array<{
      id: string;
      name: string;
    }>;
    id = items.find((p) => p.name === '设备采购')!.id;
    await ok('scxxzx_jbr', id, 'submit', { note: '申报项目绩效目标' });
    await ok('scxxzx_zr', id, 'approve', {
      step: 0,
      opinion: '指标值补充计量单位',
      changes: [
        { field: 'indicators.1.target', after: '5台' },
        { field: 'indicators.2.target', after: '3台' },
      ],
    });
    const frozen = await ok('scxxzx_cz', id, 'approve', { step: 1, opinion: '同意该项目绩效目标' });
    expect(frozen.status).toBe('frozen');
    trail = frozen.frozen[0]!.trail;
    expect(trail.map((e) => [e.stepName, e.name, e.position])).toEqual([
      ['经办人申报', '川商务信息·经办人', expect.any(String)],
      ['主任审核', '川商务信息·主任', '主任'],
      ['处长审定', '川商务信息·处长', '处长'],
    ]);
  });

  it('downloads the frozen sheet (DOCX) with the approved values and the approval trail', async () => {
    const project = (await S.scxxzx_jbr!.request('GET', `/api/projects/${id}`)).json() as {
      goalExpected: string;
      indicators: Array<{ level3: string }>;
    };
    const doc = await download('scxxzx_zr', id, 'kind=project-sheet&format=docx');
    expect(doc.status, doc.body).toBe(200);
    expect(doc.fileName).toContain('设备采购项目绩效目标完成情况表（定稿第1版）.docx');
    for (const s of [
      '项目绩效目标完成情况表',
      '四川省商务厅信息中心',
      project.goalExpected,
      project.indicators[0]!.level3,
      '5台',
      '3台',
    ])
      expect(doc.text).toContain(s);
    expectTrail(doc.text, trail);
  });

  it('prints version 1 from its snapshot after the goals are reopened and rewritten', async () => {
    await ok('scxxzx_cz', id, 'reopen', { reason: '预算调整后修改目标' });
    const p = (await S.scxxzx_jbr!.request('GET', `/api/projects/${id}`)).json() as {
      version: number;
      goalExpected: string;
    };
    const patched = await S.scxxzx_jbr!.request('PATCH', `/api/projects/${id}`, {
      goalExpected: '按调整后的预算完成办公设备更换（第二版）',
      version: p.version,
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const doc = await download('scxxzx_jbr', id, 'kind=project-sheet&format=docx&number=1');
    expect(doc.status).toBe(200);
    expect(doc.text).toContain(p.goalExpected);
    expect(doc.text).not.toContain('第二版');
    expect(doc.text).toContain('5台');
  });

  it('offers only the goals document for goals, and nothing for a version that does not exist', async () => {
    const wrong = await download('scxxzx_jbr', id, 'kind=accounts-explanation&format=docx');
    expect(wrong.status).toBe(400);
    expect(JSON.parse(wrong.body).error.message).toContain('项目绩效目标可下载 project-sheet');
    expect((await download('scxxzx_jbr', id, 'kind=score-table&format=docx')).status).toBe(400);
    expect((await download('scxxzx_jbr', id, 'kind=project-sheet&format=docx&number=2')).status).toBe(404);
  });
});

describe('frozen final accounts → 决算情况说明', () => {
  const Y = '?year=2020';
  const approvedText = '负责全省商务信息化建设与运行维护（财务处审核定稿）';
  let id = '';
  let trail: Trail = [];

  it('freezes the accounts through the chain, with the 财务处经办人 adjusting the 单位职能 text', async () => {
    const dto = (await S.scxxzx_jbr!.request('GET', `/api/accounts/${org}${Y}`)).json() as {
      id: string;
      unexplained: number;
    };
    id = dto.id;
    expect(dto.unexplained).toBe(0);
    await ok('scxxzx_jbr', id, 'submit', { note: '报送2020年度决算' });
    await ok('scxxzx_cwjbr', id, 'approve', {
      step: 0,
      opinion: '核对无误',
      changes: [{ field: 'data.texts.functions', after: approvedText }],
    });
    const frozen = await ok('scxxzx_cz', id, 'approve', { step: 1, opinion: '同意报送财政' });
    expect(frozen.status).toBe('frozen');
    trail = frozen.frozen[0]!.trail;
    expect(trail.map((e) => [e.stepName, e.name, e.position])).toEqual([
      ['经办人填报', '川商务信息·经办人', expect.any(String)],
      ['财务处经办人审核', '川商务信息·财务处经办人', '财务处经办人'],
      ['处长审核', '川商务信息·处长', '处长'],
    ]);
  });

  it('downloads the frozen 决算情况说明 (DOCX) with the approved text and a final 审核意见 table', async () => {
    const doc = await download('scxxzx_cz', id, 'kind=accounts-explanation&format=docx');
    expect(doc.status, doc.body).toBe(200);
    expect(doc.fileName).toMatch(/^attachment; .*四川省商务厅信息中心.*（定稿第1版）\.docx$/);
    expect(doc.text).toContain(approvedText);
    expectTrail(doc.text, trail);
    // The trail is the document's last part.
    expect(doc.text.lastIndexOf('审核意见')).toBeGreaterThan(doc.text.indexOf(approvedText));
  });

  it('prints version 1 from its snapshot after the accounts are reopened and rewritten', async () => {
    await ok('scxxzx_cz', id, 'reopen', { reason: '财政部门要求修改' });
    const dto = (await S.scxxzx_jbr!.request('GET', `/api/accounts/${org}${Y}`)).json() as {
      version: number;
      data: FinalAccounts;
    };
    const data = { ...dto.data, texts: { ...dto.data.texts, functions: '改写后的单位职能（第二版）' } };
    const saved = await S.scxxzx_jbr!.request('PUT', `/api/accounts/${org}${Y}`, {
      version: dto.version,
      data,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const doc = await download('scxxzx_jbr', id, 'kind=accounts-explanation&format=docx&number=1');
    expect(doc.status).toBe(200);
    expect(doc.text).toContain(approvedText);
    expect(doc.text).not.toContain('第二版');
    expect((await download('scxxzx_jbr', id, 'kind=project-sheet&format=docx')).status).toBe(400);
  });
});

describe('another unit', () => {
  it("refuses 海南's user the frozen documents of 四川's goals and accounts", async () => {
    const projectId = (
      (await S.scxxzx_jbr!.request('GET', `/api/projects?orgId=${org}`)).json().items as Array<{
        id: string;
        name: string;
      }>
    ).find((p) => p.name === '设备采购')!.id;
    const accountsId = (await S.scxxzx_jbr!.request('GET', `/api/accounts/${org}?year=2020`)).json()
      .id as string;
    for (const [docId, kind] of [
      [projectId, 'project-sheet'],
      [accountsId, 'accounts-explanation'],
    ] as const) {
      const res = await S.hnswt_jbr!.request(
        'GET',
        `/api/workflow/documents/${docId}/frozen-document?kind=${kind}&format=docx&number=1`,
      );
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain('application/json');
    }
  });
});
