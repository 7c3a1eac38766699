/**
 * Every API route, called by users of an unrelated organisation (海南省商务厅, every role, including
 * its own administrators), against 四川 data, must be refused. The route list comes from the server,
 * so a route added later is called here too: it needs a sample request below, and then its scope check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { TEST_PASSWORDS } from '../support/passwords.ts';
import { goalsTargets, type GoalsIdKind } from '../goals/matrix-targets.ts';
import { monitoringTargets, type MonitoringIdKind } from '../monitoring/matrix-targets.ts';
import { evidenceTargets, type EvidenceIdKind } from '../evidence/matrix-targets.ts';
import { libraryTargets, type LibraryIdKind } from '../indicator-library/matrix-targets.ts';
import { preAssessmentTargets, type PreAssessmentIdKind } from '../pre-assessment/matrix-targets.ts';
import { PNG } from '../evidence/samples.ts';
import { backgroundJobs } from '../../src/platform/db/schema/index.ts';
import { seed000 } from '../../src/domain/accounts/fixtures/seed000.ts';

let t: TestApp;
let outsiders: Session[];
let target: {
  orgId: string;
  departmentId: string;
  userId: string;
  userVersion: number;
  xlsxBase64: string;
  jobId: string;
  /** A project of 四川省商务厅信息中心 (the same id in every cloned database). */
  projectId: string;
};
let goalIds: Record<
  GoalsIdKind | MonitoringIdKind | EvidenceIdKind | LibraryIdKind | PreAssessmentIdKind,
  string
>;

/** An exchange file (一体化平台) of 四川省商务厅信息中心: one project in a year no one uses. */
const EXCHANGE_SAMPLE = (agencyCode: string) =>
  Buffer.from(
    JSON.stringify({
      formatVersion: 1,
      pm_project_info: [
        { mof_div_code: 'ROOT', fiscal_year: '2031', agency_code: agencyCode, pro_name: '一体化越权项目' },
      ],
    }),
  ).toString('base64');

const CATALOGUE_SAMPLE = {
  region: '全国',
  year: 2031,
  fileName: '科目.csv',
  contentBase64: Buffer.from('科目编码,科目名称\n201,一般公共服务支出\n').toString('base64'),
};

/** A valid request per scoped route, aimed at 四川 data; `:id` is filled per route below. */
const SAMPLES: Record<
  string,
  {
    id?:
      | 'org'
      | 'department'
      | 'user'
      | 'job'
      | GoalsIdKind
      | MonitoringIdKind
      | EvidenceIdKind
      | LibraryIdKind
      | PreAssessmentIdKind;
    query?: (x: typeof target) => string;
    body?: (x: typeof target) => unknown;
    /** A raw upload's body (the file itself, sent as application/octet-stream). */
    raw?: (x: typeof target) => Buffer;
    /** For the positive control: an answer that proves the entity was reached though it is an error. */
    reached?: (status: number, body: string) => boolean;
  }
> = {
  'POST /api/fiscal-years': { body: () => ({ year: 2031 }) },
  'POST /api/orgs': {
    body: (x) => ({ parentId: x.orgId, code: 'OUTSIDER-1', name: '越权单位', kind: 'unit' }),
  },
  'PATCH /api/orgs/:id': { id: 'org', body: () => ({ name: '越权改名', version: 1 }) },
  'GET /api/users': { query: (x) => `?orgId=${x.orgId}` },
  'POST /api/users': {
    body: (x) => ({
      username: 'outsider_made',
      displayName: '越权',
      orgId: x.orgId,
      password: 'Strong#Pass1',
    }),
  },
  'PATCH /api/users/:id': { id: 'user', body: (x) => ({ displayName: '越权改名', version: x.userVersion }) },
  'POST /api/users/:id/disable': { id: 'user', body: (x) => ({ version: x.userVersion }) },
  'POST /api/users/:id/enable': { id: 'user', body: (x) => ({ version: x.userVersion }) },
  'POST /api/users/:id/reset-password': { id: 'user', body: () => ({ newPassword: 'Strong#Pass1' }) },
  'PUT /api/users/:id/roles': {
    id: 'user',
    body: (x) => ({ roles: [{ role: 'clerk', position: null }], version: x.userVersion }),
  },
  'POST /api/templates': {
    body: (x) => ({
      orgId: x.orgId,
      template: {
        id: 'outsider-tpl',
        name: '越权',
        kind: 'project',
        version: 1,
        grades: [{ grade: '优', min: '0' }],
        rounding: { mode: 'exact', places: 2 },
        indicators: [{ id: 'a', name: 'a', weight: '1', rule: { kind: 'manual' } }],
      },
    }),
  },
  'PUT /api/templates/:id': {
    id: 'template',
    body: () => ({
      template: {
        id: 'sc-matrix-copy',
        name: '越权',
        kind: 'project',
        version: 1,
        grades: [{ grade: '优', min: '0' }],
        rounding: { mode: 'exact', places: 2 },
        indicators: [{ id: 'a', name: 'a', weight: '1', rule: { kind: 'manual' } }],
      },
      version: 1,
    }),
  },
  // 科目表 administration: region 全国 belongs to the root organisation (outside 海南's reach).
  'GET /api/accounts/catalogues': { query: () => `?region=${encodeURIComponent('全国')}` },
  'GET /api/accounts/catalogues/edition': { query: () => `?region=${encodeURIComponent('全国')}&year=2024` },
  'POST /api/accounts/catalogues/preview': { body: () => CATALOGUE_SAMPLE },
  'POST /api/accounts/catalogues': { body: () => ({ ...CATALOGUE_SAMPLE, version: 0 }) },
  'POST /api/accounts/catalogues/preview/file': {
    query: () => `?region=${encodeURIComponent('全国')}&year=2031&fileName=${encodeURIComponent('科目.csv')}`,
    raw: () => Buffer.from(CATALOGUE_SAMPLE.contentBase64, 'base64'),
  },
  'POST /api/accounts/catalogues/file': {
    query: () =>
      `?region=${encodeURIComponent('全国')}&year=2031&version=0&fileName=${encodeURIComponent('科目.csv')}`,
    raw: () => Buffer.from(CATALOGUE_SAMPLE.contentBase64, 'base64'),
  },
  'GET /api/projects': { query: (x) => `?orgId=${x.orgId}` },
  'POST /api/projects': { body: (x) => ({ orgId: x.orgId, fiscalYear: 2020, name: '越权项目' }) },
  'GET /api/projects/:id': { id: 'project' },
  'PATCH /api/projects/:id': { id: 'project', body: () => ({ name: '越权改名', version: 1 }) },
  'PUT /api/projects/:id/indicators': { id: 'project', body: () => ({ indicators: [], version: 1 }) },
  'GET /api/evaluations': { query: (x) => `?orgId=${x.orgId}` },
  'POST /api/evaluations': {
    body: (x) => ({ orgId: x.orgId, templateId: 'sc-2021-department', fiscalYear: 2020 }),
  },
  'GET /api/evaluations/:id': { id: 'evaluation' },
  'GET /api/evaluations/:id/document': { id: 'evaluation', query: () => '?kind=panel-sheet&format=docx' },
  'PUT /api/evaluations/:id/inputs': { id: 'evaluation', body: () => ({ inputs: {}, version: 1 }) },
  'GET /api/evaluations/:id/report': { id: 'evaluation' },
  'GET /api/evaluations/:id/prefill': { id: 'evaluation' },
  'GET /api/pre-assessments': { query: (x) => `?orgId=${x.orgId}` },
  // The project already has a pre-assessment (matrix-targets): an insider gets 409, which proves the reach.
  'POST /api/pre-assessments': { body: (x) => ({ projectId: x.projectId }) },
  'GET /api/pre-assessments/:id': { id: 'preAssessment' },
  'PUT /api/pre-assessments/:id': { id: 'preAssessment', body: () => ({ necessity: '越权', version: 1 }) },
  'PUT /api/evaluations/:id/report': {
    id: 'evaluation',
    body: () => ({ narrative: { overview: '越权填写' }, version: 0 }),
  },
  'POST /api/evaluations/:id/sheets': { id: 'evaluation', body: () => ({}) },
  'PUT /api/score-sheets/:id': { id: 'sheet', body: () => ({ entries: {}, version: 1 }) },
  'POST /api/score-sheets/:id/submit': { id: 'sheet', body: () => ({ version: 1 }) },
  'POST /api/score-sheets/:id/withdraw': { id: 'sheet', body: () => ({ version: 1 }) },
  'GET /api/accounts/:id': { id: 'org', query: () => '?year=2020' },
  'PUT /api/accounts/:id': {
    id: 'org',
    query: () => '?year=2020',
    body: () => ({ version: 1, data: seed000 }),
  },
  'POST /api/accounts/:id/submit': { id: 'org', query: () => '?year=2020', body: () => ({ version: 1 }) },
  'POST /api/accounts/:id/withdraw': { id: 'org', query: () => '?year=2020', body: () => ({ version: 1 }) },
  'POST /api/accounts/:id/import': {
    id: 'org',
    query: () => '?year=2020',
    body: (x) => ({ version: 1, fileName: '决算.xlsx', contentBase64: x.xlsxBase64 }),
  },
  'POST /api/accounts/:id/import/file': {
    id: 'org',
    query: () => `?year=2020&version=1&fileName=${encodeURIComponent('决算.xlsx')}`,
    raw: (x) => Buffer.from(x.xlsxBase64, 'base64'),
  },
  'POST /api/accounts/:id/import-preview/file': {
    id: 'org',
    query: () => '?year=2020&fileName=x.xlsx',
    raw: (x) => Buffer.from(x.xlsxBase64, 'base64'),
  },
  'GET /api/accounts/:id/template': { id: 'org', query: () => '?year=2020' },
  'GET /api/accounts/:id/projects-from-goals': { id: 'org', query: () => '?year=2020' },
  'POST /api/accounts/:id/projects-from-goals': {
    id: 'org',
    query: () => '?year=2020',
    body: () => ({ version: 1 }),
  },
  'POST /api/accounts/:id/import-preview': {
    id: 'org',
    query: () => '?year=2020',
    body: () => ({ fileName: 'x.xlsx', contentBase64: 'AAAA' }),
  },
  'GET /api/accounts/:id/settings': { id: 'org' },
  'PUT /api/accounts/:id/settings': {
    id: 'org',
    body: () => ({ version: 0, templateId: 'national-department' }),
  },
  'GET /api/accounts/:id/export': { id: 'org', query: () => '?year=2020' },
  'GET /api/accounts/:id/explanation': { id: 'org', query: () => '?year=2020' },
  'GET /api/accounts/:id/document': { id: 'org', query: () => '?year=2020&kind=explanation&format=docx' },
  'GET /api/accounts/:id/consolidated': { id: 'department', query: () => '?year=2020' },
  'PUT /api/accounts/:id/consolidation': {
    id: 'department',
    query: () => '?year=2020',
    body: () => ({
      version: 0,
      unit: { name: '越权', shortName: '', kind: '行政单位' },
      transfers: [],
      previous: seed000.previous,
      texts: {},
    }),
  },
  'GET /api/workflow/documents/:id': { id: 'evaluation' },
  'GET /api/workflow/documents/:id/timeline': { id: 'evaluation' },
  'GET /api/workflow/documents/:id/frozen-document': {
    id: 'evaluation',
    query: () => '?kind=score-table&format=docx',
    // The demo evaluation has no frozen version yet: the answer names that, not a missing document.
    reached: (status, body) => status === 404 && body.includes('尚未定稿'),
  },
  'POST /api/workflow/documents/:id/submit': {
    id: 'evaluation',
    body: () => ({ commandId: 'outsider-command-1', expectedVersion: 0 }),
  },
  'POST /api/workflow/documents/:id/approve': {
    id: 'evaluation',
    body: () => ({ commandId: 'outsider-command-1', expectedVersion: 0, step: 0, opinion: '越权' }),
  },
  'POST /api/workflow/documents/:id/return': {
    id: 'evaluation',
    body: () => ({
      commandId: 'outsider-command-1',
      expectedVersion: 0,
      step: 0,
      to: 'originator',
      reason: '越权',
    }),
  },
  'POST /api/workflow/documents/:id/withdraw': {
    id: 'evaluation',
    body: () => ({ commandId: 'outsider-command-1', expectedVersion: 0 }),
  },
  'POST /api/workflow/documents/:id/delegate': {
    id: 'evaluation',
    body: (x) => ({ commandId: 'outsider-command-1', expectedVersion: 0, step: 0, to: x.userId }),
  },
  'POST /api/workflow/documents/:id/edit': {
    id: 'evaluation',
    body: () => ({
      commandId: 'outsider-command-1',
      expectedVersion: 0,
      step: 0,
      changes: [{ field: 'inputs.a', after: null }],
    }),
  },
  'POST /api/workflow/documents/:id/reopen': {
    id: 'evaluation',
    body: () => ({ commandId: 'outsider-command-1', expectedVersion: 0, reason: '越权' }),
  },
  'GET /api/workflow/chains': { query: (x) => `?orgId=${x.orgId}` },
  'PUT /api/workflow/chains/:id': {
    id: 'org',
    body: () => ({
      kind: 'project_evaluation',
      chain: {
        id: 'outsider',
        name: '越权流程',
        revision: 1,
        initiator: { role: 'clerk' },
        steps: [{ id: 's', name: '越权审核', assignee: { role: 'reviewer' }, mode: 'single' }],
      },
      version: null,
    }),
  },
  'GET /api/jobs/:id': { id: 'job' },
  'GET /api/jobs/:id/result': { id: 'job' },
  'DELETE /api/workflow/chains/:id': { id: 'org', query: () => '?kind=project_evaluation&version=1' },
  'GET /api/monitoring/rounds': { query: (x) => `?orgId=${x.orgId}` },
  'POST /api/monitoring/rounds': {
    body: (x) => ({ orgId: x.departmentId, fiscalYear: 2020, month: 7, dueDate: '2020-08-31' }),
  },
  'GET /api/monitoring/rounds/:id': { id: 'monitoringRound' },
  'GET /api/monitoring/rounds/:id/document': { id: 'monitoringRound', query: () => '?format=docx' },
  'GET /api/monitoring/reports/:id': { id: 'monitoringReport' },
  'GET /api/monitoring/reports/:id/document': {
    id: 'monitoringReport',
    query: () => '?kind=report&format=docx',
  },
  'PUT /api/monitoring/reports/:id': { id: 'monitoringReport', body: () => ({ version: 1, projects: [] }) },
  'POST /api/monitoring/reports/:id/submit': { id: 'monitoringReport', body: () => ({ version: 1 }) },
  'POST /api/monitoring/reports/:id/approve': { id: 'monitoringReport', body: () => ({ version: 1 }) },
  'POST /api/monitoring/reports/:id/return': {
    id: 'monitoringReport',
    body: () => ({ version: 1, reason: '越权' }),
  },
  'GET /api/rectifications': { query: (x) => `?orgId=${x.orgId}` },
  'GET /api/rectifications/candidates': { query: (x) => `?orgId=${x.orgId}&year=2020` },
  'POST /api/rectifications': {
    body: (x) => ({
      orgId: x.orgId,
      fiscalYear: 2020,
      source: 'supervisor',
      problem: '越权',
      requirement: '越权',
      responsiblePerson: '越权',
      deadline: '2020-12-31',
    }),
  },
  'GET /api/rectifications/:id': { id: 'rectification' },
  'PUT /api/rectifications/:id': { id: 'rectification', body: () => ({ version: 1, measures: '越权' }) },
  'POST /api/rectifications/:id/complete': { id: 'rectification', body: () => ({ version: 1 }) },
  'POST /api/rectifications/:id/confirm': { id: 'rectification', body: () => ({ version: 1 }) },
  'POST /api/rectifications/:id/reject': {
    id: 'rectification',
    body: () => ({ version: 1, reason: '越权' }),
  },
  // 佐证材料: uploads are real files, so that the sample is refused for who sends it, not for what.
  'POST /api/projects/:id/evidence/file': {
    id: 'project',
    query: () => `?fileName=${encodeURIComponent('越权.png')}`,
    raw: () => PNG,
  },
  'GET /api/projects/:id/evidence': { id: 'project' },
  'POST /api/projects/:id/evidence': {
    id: 'project',
    body: () => ({ fileName: '越权.png', contentBase64: PNG.toString('base64') }),
  },
  'POST /api/evaluations/:id/evidence/file': {
    id: 'evaluation',
    query: () => `?fileName=${encodeURIComponent('越权.png')}`,
    raw: () => PNG,
  },
  'GET /api/evaluations/:id/evidence': { id: 'evaluation' },
  'POST /api/evaluations/:id/evidence': {
    id: 'evaluation',
    body: () => ({ fileName: '越权.png', contentBase64: PNG.toString('base64') }),
  },
  'POST /api/rectifications/:id/evidence/file': {
    id: 'rectification',
    query: () => `?fileName=${encodeURIComponent('越权.png')}`,
    raw: () => PNG,
  },
  'GET /api/rectifications/:id/evidence': { id: 'rectification' },
  'POST /api/rectifications/:id/evidence': {
    id: 'rectification',
    body: () => ({ fileName: '越权.png', contentBase64: PNG.toString('base64') }),
  },
  'GET /api/evidence/:id': { id: 'evidence' },
  'DELETE /api/evidence/:id': { id: 'evidence' },
  // 报告 overview: 四川省商务厅's own overview and one of its tables as XLSX.
  'GET /api/reports/overview': { query: (x) => `?orgId=${x.departmentId}&year=2020` },
  'GET /api/reports/overview/export': { query: (x) => `?orgId=${x.departmentId}&year=2020&table=units` },
  // 指标库: 四川's view, a 个性 indicator of 四川省商务厅, a proposal of its 信息中心.
  'GET /api/indicator-library': { query: (x) => `?orgId=${x.orgId}` },
  'POST /api/indicator-library': {
    body: (x) => ({
      scope: 'department',
      ownerOrgId: x.departmentId,
      level1: '产出指标',
      level2: '数量指标',
      name: '越权个性指标',
      unit: '个',
    }),
  },
  'PUT /api/indicator-library/:id': {
    id: 'libraryEntry',
    body: (x) => ({
      scope: 'department',
      ownerOrgId: x.departmentId,
      level1: '产出指标',
      level2: '数量指标',
      name: '越权改名',
      unit: '个',
      version: 1,
    }),
  },
  'DELETE /api/indicator-library/:id': { id: 'libraryEntry', query: () => '?version=1' },
  // 指标库 editions: 四川's list (and the edition serving it in 2020); a new national edition (root's keepers).
  'GET /api/indicator-library/editions': { query: (x) => `?orgId=${x.orgId}&year=2020` },
  'POST /api/indicator-library/editions': { body: () => ({ region: '全国', year: 2031, note: '越权版本' }) },
  'GET /api/indicator-library/export': { query: (x) => `?orgId=${x.orgId}` },
  'POST /api/indicator-library/import': {
    body: (x) => ({ orgId: x.orgId, fileName: '指标库.xlsx', contentBase64: x.xlsxBase64 }),
  },
  'POST /api/indicator-library/import/file': {
    query: (x) => `?orgId=${x.orgId}&fileName=${encodeURIComponent('指标库.xlsx')}`,
    raw: (x) => Buffer.from(x.xlsxBase64, 'base64'),
  },
  'GET /api/indicator-library/proposals': { query: (x) => `?orgId=${x.orgId}` },
  'POST /api/indicator-library/proposals': {
    body: (x) => ({ orgId: x.orgId, level1: '产出指标', level2: '数量指标', name: '越权建议', unit: '个' }),
  },
  'POST /api/indicator-library/proposals/:id/accept': {
    id: 'proposal',
    body: (x) => ({ version: 1, scope: 'department', ownerOrgId: x.departmentId }),
  },
  'POST /api/indicator-library/proposals/:id/reject': {
    id: 'proposal',
    body: () => ({ version: 1, reason: '越权' }),
  },
  // 一体化平台数据交换: 四川省商务厅信息中心's year, and a file of its own rows imported under it.
  'GET /api/exchange/export': { query: (x) => `?orgId=${x.orgId}&year=2020&format=json` },
  'POST /api/exchange/preview': {
    body: (x) => ({ orgId: x.orgId, fileName: '一体化.json', contentBase64: EXCHANGE_SAMPLE('SC-SWT-XXZX') }),
  },
  'POST /api/exchange/import': {
    body: (x) => ({ orgId: x.orgId, fileName: '一体化.json', contentBase64: EXCHANGE_SAMPLE('SC-SWT-XXZX') }),
  },
  'POST /api/exchange/preview/file': {
    query: (x) => `?orgId=${x.orgId}&fileName=${encodeURIComponent('一体化.json')}`,
    raw: () => Buffer.from(EXCHANGE_SAMPLE('SC-SWT-XXZX'), 'base64'),
  },
  'POST /api/exchange/import/file': {
    query: (x) => `?orgId=${x.orgId}&fileName=${encodeURIComponent('一体化.json')}`,
    raw: () => Buffer.from(EXCHANGE_SAMPLE('SC-SWT-XXZX'), 'base64'),
  },
  'GET /api/results': { query: (x) => `?orgId=${x.orgId}&year=2020` },
  'GET /api/results/export': { query: (x) => `?orgId=${x.orgId}&year=2020` },
  'PUT /api/results/:id': {
    id: 'evaluation',
    body: () => ({ version: 0, recommendation: '压减', reason: '越权' }),
  },
};

beforeAll(async () => {
  t = await createTestApp();
  // 海南's own administrators, made by the root administrators, so that every permission is held by an outsider.
  const admin = await t.login('admin');
  const secadmin = await t.login('secadmin');
  const hn = await t.orgId('HN-SWT');
  for (const [username, role] of [
    ['hn_sys', 'sysadmin'],
    ['hn_sec', 'secadmin'],
    ['hn_aud', 'auditor'],
  ] as const) {
    const created = await admin.request('POST', '/api/users', {
      username,
      displayName: username,
      orgId: hn,
      password: TEST_PASSWORDS.demo,
    });
    expect(created.statusCode).toBe(201);
    const roles = await secadmin.request('PUT', `/api/users/${created.json().id}/roles`, {
      roles: [{ role, position: null }],
      version: created.json().version,
    });
    expect(roles.statusCode).toBe(200);
  }
  outsiders = [];
  for (const u of ['hn_sys', 'hn_sec', 'hn_aud', 'hnswt_jbr', 'hnswt_cz', 'hnswt_pj1'])
    outsiders.push(await t.login(u));
  const orgId = await t.orgId('SC-SWT-XXZX');
  const userId = await t.userId('scxxzx_jbr');
  // A real workbook (the unit's own export), so that the import sample is refused for who sends it, not for what.
  const exported = await (
    await t.login('scxxzx_jbr')
  ).request('GET', `/api/accounts/${orgId}/export?year=2020`);
  expect(exported.statusCode).toBe(200);
  const departmentId = await t.orgId('SC-SWT');
  target = {
    orgId,
    departmentId,
    userId,
    userVersion: 1,
    xlsxBase64: exported.rawPayload.toString('base64'),
    jobId: await insertSampleJob(t),
    projectId: '',
  };
  goalIds = {
    ...(await goalsTargets(t)),
    ...(await monitoringTargets(t)),
    ...(await evidenceTargets(t)),
    ...(await libraryTargets(t)),
    ...(await preAssessmentTargets(t)),
  };
  target.projectId = goalIds.project;
});
afterAll(async () => t.close());

/** A finished background job of 四川省商务厅信息中心 (the same id in every cloned database). */
const SAMPLE_JOB = '00000000-0000-4000-8000-000000000001';
async function insertSampleJob(app: TestApp): Promise<string> {
  await app.database.db.insert(backgroundJobs).values({
    id: SAMPLE_JOB,
    kind: 'batch-documents',
    orgId: await app.orgId('SC-SWT-XXZX'),
    createdBy: await app.userId('scxxzx_jbr'),
    title: '矩阵测试任务',
    payload: {},
    status: 'succeeded',
    resultName: 'x.zip',
    resultType: 'application/zip',
    result: Buffer.from('PK'),
  });
  return SAMPLE_JOB;
}

/** A sample request: JSON, or for a raw upload the file itself as application/octet-stream. */
function send(session: Session, method: string, url: string, sample: (typeof SAMPLES)[string]) {
  if (sample.raw)
    return session.request(method, url, sample.raw(target), { 'content-type': 'application/octet-stream' });
  return session.request(method, url, sample.body?.(target));
}

/** The URL of a route's sample request, its `:id` filled with the 四川 entity the sample names. */
function sampleUrl(
  r: { url: string },
  sample: (typeof SAMPLES)[string],
  ids: Record<GoalsIdKind | MonitoringIdKind | EvidenceIdKind | LibraryIdKind | PreAssessmentIdKind, string>,
) {
  const id =
    sample.id === 'org'
      ? target.orgId
      : sample.id === 'department'
        ? target.departmentId
        : sample.id === 'job'
          ? target.jobId
          : sample.id === 'user' || !sample.id
            ? target.userId
            : ids[sample.id];
  return r.url.replace(':id', id) + (sample.query?.(target) ?? '');
}

describe('authorisation matrix', () => {
  it(
    'answers every sample for an insider (positive control: the sample reaches a real entity)',
    { timeout: 180_000 },
    async () => {
      // A fresh database: insiders' writes must not disturb the outsiders' "nothing changed" check below.
      const own = await createTestApp();
      try {
        await insertSampleJob(own);
        const ids = {
          ...(await goalsTargets(own)),
          ...(await monitoringTargets(own)),
          ...(await evidenceTargets(own)),
          ...(await libraryTargets(own)),
          ...(await preAssessmentTargets(own)),
        };
        const insiders: Session[] = [];
        for (const u of [
          'admin',
          'secadmin',
          'auditor',
          'scswt_jbr',
          'scxxzx_jbr',
          'scxxzx_cz',
          'sczwfw_jbr',
          'sczwfw_pj1',
        ])
          insiders.push(await own.login(u));
        for (const r of own.app.jixiaoRoutes.filter((x) => x.access === 'scoped')) {
          const key = `${r.method} ${r.url}`;
          const sample = SAMPLES[key];
          expect(sample, `route ${key} has no sample in the authorisation matrix: add one`).toBeDefined();
          const url = sampleUrl(r, sample!, ids);
          // Some insider is admitted and reaches the entity: not refused (401/403), found (not 404), well
          // formed. A stale version (412) or a business rule (400, 409, 422) still proves the sample reached
          // the real entity.
          const answers: string[] = [];
          let admitted = false;
          for (const insider of insiders) {
            const res = await send(insider, r.method, url, sample!);
            answers.push(`${insider.username}: ${res.statusCode} ${res.body.slice(0, 160)}`);
            // A 400 of the request's shape (查询参数/路径参数/请求内容…不符合要求) means a broken sample; a 400 from
            // a business rule (e.g. 尚无已提交的评分表) means the use case ran on the real entity.
            const shapeError = res.statusCode === 400 && /不符合要求/.test(res.body);
            const ok = ![401, 403, 404].includes(res.statusCode) && !shapeError && res.statusCode < 500;
            if (ok || sample!.reached?.(res.statusCode, res.body)) {
              admitted = true;
              break;
            }
          }
          expect(admitted, `${key}: no insider reached the sample's entity\n${answers.join('\n')}`).toBe(
            true,
          );
        }
      } finally {
        await own.close();
      }
    },
  );

  it(
    'knows every scoped route and refuses each one to every outsider (403 or 404), changing nothing',
    { timeout: 180_000 },
    async () => {
      const scoped = t.app.jixiaoRoutes.filter((r) => r.access === 'scoped');
      expect(scoped.length).toBeGreaterThanOrEqual(SAMPLES ? Object.keys(SAMPLES).length : 0);
      for (const r of scoped) {
        const key = `${r.method} ${r.url}`;
        const sample = SAMPLES[key];
        expect(sample, `route ${key} has no sample in the authorisation matrix: add one`).toBeDefined();
        const url = sampleUrl(r, sample!, goalIds);
        for (const outsider of outsiders) {
          const res = await send(outsider, r.method, url, sample!);
          expect(
            [403, 404],
            `${outsider.username} → ${key} answered ${res.statusCode} ${res.body}`,
          ).toContain(res.statusCode);
        }
      }
      // Nothing changed: the target user is untouched and no outsider-made rows exist.
      const admin = await t.login('admin');
      const list = (await admin.request('GET', `/api/users?orgId=${target.orgId}`)).json().items as Array<{
        username: string;
        displayName: string;
        version: number;
        disabled: boolean;
      }>;
      const victim = list.find((u) => u.username === 'scxxzx_jbr')!;
      expect(victim).toMatchObject({ version: 1, disabled: false, displayName: '川商务信息·经办人' });
      expect(list.some((u) => u.username === 'outsider_made')).toBe(false);
      expect(
        (await admin.request('GET', '/api/orgs'))
          .json()
          .items.some((o: { code: string }) => o.code === 'OUTSIDER-1'),
      ).toBe(false);
    },
  );

  it('filters the reach routes: an outsider sees only its own organisation subtree and its own audit entries', async () => {
    const reach = t.app.jixiaoRoutes.filter((r) => r.access === 'reach').map((r) => `${r.method} ${r.url}`);
    expect(reach.sort()).toEqual([
      'GET /api/accounts/catalog',
      'GET /api/audit',
      'GET /api/audit/actions',
      'GET /api/audit/export',
      'GET /api/checks/samples',
      'GET /api/checks/samples/:id',
      'GET /api/fiscal-years',
      'GET /api/jobs',
      'GET /api/orgs',
      'GET /api/templates',
      'GET /api/templates/:id',
      'GET /api/templates/:id/export',
      'POST /api/checks',
      'POST /api/checks/file',
      'POST /api/reports/batch-documents',
    ]);
    const hnCode = 'HN-SWT';
    for (const outsider of outsiders) {
      const orgs = (await outsider.request('GET', '/api/orgs')).json().items as Array<{ code: string }>;
      expect(orgs.map((o) => o.code)).toEqual([hnCode]);
    }
    const auditor = outsiders.find((o) => o.username === 'hn_aud')!;
    const hn = await t.orgId(hnCode);
    const entries = (await auditor.request('GET', '/api/audit?limit=500')).json().items as Array<{
      orgId: string | null;
    }>;
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.orgId === hn)).toBe(true);
    // Business users and other administrators cannot read the audit log at all.
    for (const u of outsiders.filter((o) => o.username !== 'hn_aud')) {
      expect((await u.request('GET', '/api/audit')).statusCode).toBe(403);
    }
  });

  it('refuses an exchange file whose agency_code is outside the importing user’s reach', async () => {
    const hnClerk = outsiders.find((o) => o.username === 'hnswt_jbr')!;
    const body = {
      orgId: await t.orgId('HN-SWT'),
      fileName: '一体化.json',
      contentBase64: EXCHANGE_SAMPLE('SC-SWT-XXZX'),
    };
    for (const url of ['/api/exchange/preview', '/api/exchange/import']) {
      const res = await hnClerk.request('POST', url, body);
      expect(res.statusCode, `${url} ${res.body}`).toBe(403);
      // The same file as the raw body (POST …/file) is refused alike.
      const raw = await hnClerk.request(
        'POST',
        `${url}/file?orgId=${body.orgId}&fileName=${encodeURIComponent(body.fileName)}`,
        Buffer.from(body.contentBase64, 'base64'),
        { 'content-type': 'application/octet-stream' },
      );
      expect(raw.statusCode, `${url}/file ${raw.body}`).toBe(403);
    }
  });

  it('leaves only health and login public, and only the signed-in user themselves on the self routes', async () => {
    const pub = t.app.jixiaoRoutes.filter((r) => r.access === 'public').map((r) => `${r.method} ${r.url}`);
    expect(pub.sort()).toEqual(['GET /api/health', 'POST /api/auth/login']);
    for (const r of t.app.jixiaoRoutes.filter((x) => x.access !== 'public')) {
      const res = await t.app.inject({ method: r.method, url: r.url.replace(':id', target.userId) });
      expect([401, 400], `${r.method} ${r.url} without a session`).toContain(res.statusCode);
      if (res.statusCode === 400)
        throw new Error(`${r.method} ${r.url} validated input before checking the session`);
    }
  });
});
