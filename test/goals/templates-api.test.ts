/**
 * Indicator templates through the API: the four built-ins served from code, import / export as JSON
 * validated against the domain schema with Chinese messages naming the JSON path, edits by
 * administrators only (versioned, audited), built-ins copied before they are changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInTemplate } from '../../src/domain/scoring/index.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let admin: Session;
let root: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  root = (await admin.request('GET', '/api/auth/me')).json().user.orgId as string;
});
afterAll(async () => t.close());

describe('indicator templates', () => {
  it('lists the four built-in systems of the seeds to business users', async () => {
    const clerk = await t.login('hnswt_jbr');
    const items = (await clerk.request('GET', '/api/templates')).json().items as Array<{
      code: string;
      builtIn: boolean;
      totalWeight: string;
      leaves: number;
    }>;
    expect(
      items
        .filter((i) => i.builtIn)
        .map((i) => [i.code, i.totalWeight])
        .sort(),
    ).toEqual([
      ['hn-2020-project', '100'],
      ['js-2020-department', '100'],
      ['sc-2021-department', '90'],
      ['sc-2021-project', '100'],
    ]);
    expect(items.find((i) => i.code === 'hn-2020-project')!.leaves).toBe(20);
  });

  it('exports a template as JSON that imports again as a copy, then edits weights and rule text with a version', async () => {
    const exported = await admin.request('GET', '/api/templates/hn-2020-project/export');
    expect(exported.headers['content-disposition']).toContain('hn-2020-project.json');
    const body = { ...exported.json(), id: 'hn-2021-project', name: '海南省2021年项目评分表', year: 2021 };
    const imported = await admin.request(
      'POST',
      '/api/templates',
      { orgId: root, template: body, copiedFrom: 'hn-2020-project' },
      { 'idempotency-key': 'tpl-1' },
    );
    expect(imported.statusCode).toBe(201);
    expect(imported.json()).toMatchObject({
      code: 'hn-2021-project',
      builtIn: false,
      copiedFrom: 'hn-2020-project',
      templateVersion: 1,
      version: 1,
    });
    const id = imported.json().id as string;

    // Move one point from 分配结果 to 分配办法, and reword a rule.
    const edited = structuredClone(body);
    const allocation = edited.indicators[0].children[2].children;
    allocation[0].weight = '3';
    allocation[0].ruleText = '分配办法健全、规范得3分';
    allocation[1].weight = '5';
    const saved = await admin.request('PUT', `/api/templates/${id}`, { template: edited, version: 1 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ templateVersion: 2, version: 2 });
    expect(saved.json().body.indicators[0].children[2].children[0]).toMatchObject({
      weight: '3',
      ruleText: '分配办法健全、规范得3分',
    });
    expect(
      (await admin.request('PUT', `/api/templates/${id}`, { template: edited, version: 1 })).statusCode,
    ).toBe(412);

    const auditor = await t.login('auditor');
    const actions = (
      (await auditor.request('GET', '/api/audit?limit=200')).json().items as Array<{
        action: string;
        entityId: string;
      }>
    )
      .filter((e) => e.entityId === id)
      .map((e) => e.action);
    expect(actions.sort()).toEqual(['template.import', 'template.update']);
  });

  it('refuses a template whose weights do not add up, naming the JSON path in Chinese', async () => {
    const bad = { ...builtInTemplate('hn-2020-project')!, id: 'bad-weights' };
    bad.indicators[0]!.children![0]!.children![0]!.weight = '5';
    const res = await admin.request('POST', '/api/templates', { orgId: root, template: bad });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('$.indicators[0].children[0].weight');
    expect(res.json().error.message).toContain('与下级指标分值合计');
    const numeric = await admin.request('POST', '/api/templates', {
      orgId: root,
      template: { ...bad, indicators: [{ id: 'a', name: 'a', weight: 5, rule: { kind: 'manual' } }] },
    });
    expect(numeric.json().error.message).toContain('$.indicators[0].weight');
    expect(numeric.json().error.message).toContain('不接受 JSON 数字');
  });

  it('keeps built-ins as printed and refuses template edits to business users', async () => {
    const builtIn = await admin.request('PUT', '/api/templates/hn-2020-project', {
      template: builtInTemplate('hn-2020-project'),
      version: 1,
    });
    expect(builtIn.statusCode).toBe(409);
    expect(builtIn.json().error.message).toContain('请先复制');
    const clash = await admin.request('POST', '/api/templates', {
      orgId: root,
      template: builtInTemplate('sc-2021-project'),
    });
    expect(clash.statusCode).toBe(409);
    const clerk = await t.login('hnswt_jbr');
    const hn = await t.orgId('HN-SWT');
    expect(
      (
        await clerk.request('POST', '/api/templates', {
          orgId: hn,
          template: { ...builtInTemplate('hn-2020-project')!, id: 'clerk-copy' },
        })
      ).statusCode,
    ).toBe(403);
  });
});
