/**
 * 指标库 through the API (issue 15.3): the starter 共性 library is there from the first start; search by
 * text, level and direction; a department's 个性 indicators are seen by it and its units and by no other
 * department, and maintained only by administrators who reach it; XLSX export → import loses nothing; a
 * bad file names row and column in Chinese and imports nothing; a unit's proposal is accepted or rejected;
 * a goal row picked from the library keeps its unit, 计分规则, code and direction.
 */
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { TEST_PASSWORDS } from '../support/passwords.ts';
import { indicatorLibrary } from '../../src/platform/db/schema/index.ts';
import type { LibraryEntryDto } from '../../src/features/indicator-library/library-store.ts';

const OCTET = { 'content-type': 'application/octet-stream' };
let t: TestApp;
let admin: Session;
let unitClerk: Session; // 四川省商务厅信息中心 (under 四川省商务厅)
let otherClerk: Session; // 四川省政务服务和公共资源交易服务中心
let zwSys: Session; // a system administrator of 四川省政务服务… (a department administrator)
let root = '';
let scswt = '';
let scxxzx = '';
let sczwfw = '';

type Search = { items: LibraryEntryDto[]; total: number };

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  unitClerk = await t.login('scxxzx_jbr');
  otherClerk = await t.login('sczwfw_jbr');
  scswt = await t.orgId('SC-SWT');
  scxxzx = await t.orgId('SC-SWT-XXZX');
  sczwfw = await t.orgId('SC-ZWFW');
  root = await t.orgId('ROOT');
  const created = await admin.request('POST', '/api/users', {
    username: 'zw_sys',
    displayName: '政务中心系统管理员',
    orgId: sczwfw,
    password: TEST_PASSWORDS.demo,
  });
  expect(created.statusCode, created.body).toBe(201);
  const secadmin = await t.login('secadmin');
  const roles = await secadmin.request('PUT', `/api/users/${created.json().id}/roles`, {
    roles: [{ role: 'sysadmin', position: null }],
    version: created.json().version,
  });
  expect(roles.statusCode, roles.body).toBe(200);
  zwSys = await t.login('zw_sys');
});
afterAll(async () => t.close());

const search = async (s: Session, orgId: string, q = ''): Promise<Search> => {
  const res = await s.request('GET', `/api/indicator-library?orgId=${orgId}${q}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Search;
};

const personal = (name: string, ownerOrgId: string) => ({
  scope: 'department',
  ownerOrgId,
  level1: '产出指标',
  level2: '数量指标',
  name,
  unit: '条',
  scoringRule: '达到预期值得满分，未达到按比例计分。',
  valueNote: '以信息发布台账为准。',
});

describe('search', () => {
  it('serves the starter 共性 library, its 成本指标 反向 (≤)', async () => {
    const all = await search(unitClerk, scxxzx);
    expect(all.total).toBeGreaterThanOrEqual(36);
    const budget = all.items.find((e) => e.code === 'GX-0001')!;
    expect(budget).toMatchObject({
      scope: 'common',
      level1: '成本指标',
      level2: '经济成本指标',
      name: '项目预算控制数',
      unit: '万元',
      direction: 'lower',
    });
    expect(budget.scoringRule).toContain('不超过预算控制数');
  });

  it('searches by text, level and direction', async () => {
    const text = await search(unitClerk, scxxzx, `&text=${encodeURIComponent('满意度')}`);
    expect(text.items.length).toBeGreaterThan(0);
    expect(text.items.slice(0, 4).every((e) => e.name.includes('满意度'))).toBe(true);
    const cost = await search(unitClerk, scxxzx, `&level1=${encodeURIComponent('成本指标')}&direction=lower`);
    expect(cost.items.length).toBeGreaterThan(0);
    expect(cost.items.every((e) => e.level1 === '成本指标' && e.direction === 'lower')).toBe(true);
    const l2 = await search(unitClerk, scxxzx, `&level2=${encodeURIComponent('时效指标')}`);
    expect(l2.items.every((e) => e.level2 === '时效指标')).toBe(true);
    const bad = await unitClerk.request('GET', `/api/indicator-library?orgId=${scxxzx}&direction=bigger`);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('指标方向应为');
  });
});

describe('个性 indicators of a department', () => {
  let entry: LibraryEntryDto;

  it('are created by an administrator who reaches the department, and seen by its units only', async () => {
    const res = await admin.request('POST', '/api/indicator-library', personal('商务信息发布条数', scswt));
    expect(res.statusCode, res.body).toBe(201);
    entry = res.json();
    expect(entry).toMatchObject({ code: 'BM-0001', ownerCode: 'SC-SWT', direction: 'higher', orgId: scswt });

    expect(
      (await search(unitClerk, scxxzx, `&text=${encodeURIComponent('商务信息发布')}`)).items.map(
        (e) => e.code,
      ),
    ).toEqual(['BM-0001']);
    // Another department's user: not in their view, and not reachable by asking with 四川省商务厅's id.
    expect((await search(otherClerk, sczwfw, `&text=${encodeURIComponent('商务信息发布')}`)).items).toEqual(
      [],
    );
    expect((await otherClerk.request('GET', `/api/indicator-library?orgId=${scswt}`)).statusCode).toBe(404);
  });

  it('are maintained only by administrators who reach them', async () => {
    const body = { ...personal('商务信息发布条数（改）', scswt), version: entry.version };
    // A clerk cannot maintain the library; another department's administrator does not even find it.
    expect((await unitClerk.request('PUT', `/api/indicator-library/${entry.id}`, body)).statusCode).toBe(403);
    expect((await zwSys.request('PUT', `/api/indicator-library/${entry.id}`, body)).statusCode).toBe(404);
    expect(
      (await zwSys.request('DELETE', `/api/indicator-library/${entry.id}?version=${entry.version}`))
        .statusCode,
    ).toBe(404);
    // …nor move it into their own department.
    expect(
      (await zwSys.request('PUT', `/api/indicator-library/${entry.id}`, { ...body, ownerOrgId: sczwfw }))
        .statusCode,
    ).toBe(404);
    // A department administrator keeps their own department's 个性 indicators, but not the 共性 ones.
    const own = await zwSys.request('POST', '/api/indicator-library', personal('政务服务事项办件量', sczwfw));
    expect(own.statusCode, own.body).toBe(201);
    const common = await zwSys.request('POST', '/api/indicator-library', {
      ...personal('越权共性指标', sczwfw),
      scope: 'common',
      ownerOrgId: null,
    });
    expect(common.statusCode).toBe(404);
    const [stored] = await t.database.db
      .select()
      .from(indicatorLibrary)
      .where(eq(indicatorLibrary.id, entry.id));
    expect(stored!.name).toBe('商务信息发布条数');

    const updated = await admin.request('PUT', `/api/indicator-library/${entry.id}`, body);
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ name: '商务信息发布条数（改）', version: entry.version + 1 });
    const stale = await admin.request('PUT', `/api/indicator-library/${entry.id}`, body);
    expect(stale.statusCode).toBe(412);
  });

  it('are refused with the field named in Chinese', async () => {
    const res = await admin.request('POST', '/api/indicator-library', {
      ...personal('错误层级', scswt),
      level1: '满意度指标',
      level2: '数量指标',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe(
      '二级指标“数量指标”不属于“满意度指标”，应为 服务对象满意度指标 之一。',
    );
    const dup = await admin.request(
      'POST',
      '/api/indicator-library',
      personal('商务信息发布条数（改）', scswt),
    );
    expect(dup.statusCode).toBe(409);
  });
});

async function sheetRows(buffer: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const out: string[][] = [];
  ws.eachRow((row) => {
    const cells: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(String(row.getCell(c).value ?? ''));
    out.push(cells);
  });
  return out;
}

describe('XLSX export and import', () => {
  it('round-trips: what was changed or deleted since the export comes back exactly, nothing else moves', async () => {
    const exported = await admin.request('GET', `/api/indicator-library/export?orgId=${root}`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    const before = await sheetRows(exported.rawPayload);
    expect(before[0]).toEqual([
      '指标编码',
      '指标类别',
      '所属部门编码',
      '所属行业',
      '一级指标',
      '二级指标',
      '三级指标',
      '计量单位',
      '指标方向',
      '计分规则',
      '取值说明',
      '状态',
    ]);
    expect(before.find((r) => r[0] === 'GX-0001')!.slice(0, 9)).toEqual([
      'GX-0001',
      '共性指标',
      '',
      '',
      '成本指标',
      '经济成本指标',
      '项目预算控制数',
      '万元',
      '反向（≤）',
    ]);
    expect(before.find((r) => r[0] === 'BM-0001')![2]).toBe('SC-SWT');

    // Since the export: one entry deleted, one changed, one deactivated.
    const db = t.database.db;
    await db.delete(indicatorLibrary).where(eq(indicatorLibrary.code, 'GX-0002'));
    await db
      .update(indicatorLibrary)
      .set({ unit: '元', scoringRule: '改过' })
      .where(eq(indicatorLibrary.code, 'GX-0003'));
    await db.update(indicatorLibrary).set({ active: false }).where(eq(indicatorLibrary.code, 'GX-0004'));

    const contentBase64 = exported.rawPayload.toString('base64');
    const dry = await admin.request('POST', '/api/indicator-library/import', {
      orgId: root,
      fileName: '指标库.xlsx',
      contentBase64,
      dryRun: true,
    });
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ created: ['GX-0002'], applied: false });
    expect(dry.json().updated.sort()).toEqual(['GX-0003', 'GX-0004']);
    expect(
      (await db.select().from(indicatorLibrary).where(eq(indicatorLibrary.code, 'GX-0002'))).length,
    ).toBe(0);

    // As the page sends it: the workbook itself (POST …/import/file), the rest in the query.
    const applied = await admin.request(
      'POST',
      `/api/indicator-library/import/file?orgId=${root}&fileName=${encodeURIComponent('指标库.xlsx')}&dryRun=false`,
      exported.rawPayload,
      OCTET,
    );
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json()).toMatchObject({ created: ['GX-0002'], applied: true });
    expect(applied.json().updated.sort()).toEqual(['GX-0003', 'GX-0004']);
    expect(applied.json().unchanged).toBe(before.length - 1 - 3);

    const again = await sheetRows(
      (await admin.request('GET', `/api/indicator-library/export?orgId=${root}`)).rawPayload,
    );
    expect(again).toEqual(before);
  });

  it('names the row and column of every bad cell in Chinese and imports nothing', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('指标库');
    ws.addRow(['一级指标', '二级指标', '三级指标', '计量单位', '指标方向', '状态']);
    ws.addRow(['产出指标', '数量指标', '新增培训场次', '场', '正向', '']);
    ws.addRow(['产出指标', '数量指标', '另一个指标', '个', '大于', '']);
    ws.addRow(['效益指标', '数量指标', '错层指标', '个', '', '启用']);
    ws.addRow(['满意度指标', '服务对象满意度指标', '', '%', '', '作废']);
    const count = async () => (await t.database.db.select().from(indicatorLibrary)).length;
    const n = await count();
    const res = await admin.request('POST', '/api/indicator-library/import', {
      orgId: root,
      fileName: '错误.xlsx',
      contentBase64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64'),
    });
    expect(res.statusCode).toBe(400);
    const body = res.json().error;
    expect(body.message).toContain('指标库文件有 4 处问题，未导入任何指标');
    expect(body.details.problems.map((p: { message: string }) => p.message)).toEqual([
      '第 3 行“指标方向”列（E3）：“大于”不是可识别的指标方向，应为 正向（≥）、反向（≤）、等于（=） 或 定性（留空则按指标自动确定）。',
      '第 4 行“二级指标”列（B4）：二级指标“数量指标”不属于“效益指标”，应为 经济效益指标、社会效益指标、生态效益指标、可持续影响指标 之一。',
      '第 5 行“状态”列（F5）：“作废”应为“启用”或“停用”。',
      '第 5 行“三级指标”列（C5）：请填写三级指标（指标名称）。',
    ]);
    expect(await count()).toBe(n);
  });

  it('refuses a file that is not a workbook (422), one too large (413), and 共性 rows from a department administrator', async () => {
    const junk = await admin.request('POST', '/api/indicator-library/import', {
      orgId: root,
      fileName: '不是表格.xlsx',
      contentBase64: Buffer.from('hello').toString('base64'),
    });
    expect(junk.statusCode).toBe(422);
    expect(junk.json().error.message).toBe(
      '文件“不是表格.xlsx”不是可读取的 Excel 工作簿（.xlsx），请用 Excel 或 WPS 另存为 .xlsx 后重试。',
    );
    const raw = (name: string, bytes: Buffer) =>
      admin.request(
        'POST',
        `/api/indicator-library/import/file?orgId=${root}&fileName=${encodeURIComponent(name)}`,
        bytes,
        OCTET,
      );
    const rawJunk = await raw('不是表格.xlsx', Buffer.from('hello'));
    expect(rawJunk.statusCode).toBe(422);
    expect(rawJunk.json().error.message).toBe(junk.json().error.message);
    const big = await raw('大.xlsx', Buffer.alloc(10 * 1024 * 1024 + 1));
    expect(big.statusCode).toBe(413);
    expect(big.json().error.message).toBe('文件过大：“大.xlsx”为 10 MB，导入的指标库文件不能超过 10 MB。');
    const badFlag = await admin.request(
      'POST',
      `/api/indicator-library/import/file?orgId=${root}&fileName=a.xlsx&dryRun=maybe`,
      Buffer.from('hello'),
      OCTET,
    );
    expect(badFlag.statusCode).toBe(400);
    expect(badFlag.json().error.message).toContain('仅检查（dryRun）应为 true 或 false');
    const exported = await admin.request('GET', `/api/indicator-library/export?orgId=${root}`);
    const res = await zwSys.request('POST', '/api/indicator-library/import', {
      orgId: sczwfw,
      fileName: '指标库.xlsx',
      contentBase64: exported.rawPayload.toString('base64'),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain(
      '第 2 行“指标类别”列：共性指标和行业指标只能由该版本所属财政部门（全国版本为根组织）的管理员导入',
    );
  });
});

describe('proposals', () => {
  const proposal = {
    level1: '产出指标',
    level2: '质量指标',
    name: '信息发布准确率',
    unit: '%',
    scoringRule: '达到预期值得满分。',
    valueNote: '差错条数按审核记录统计。',
    note: '各单位普遍使用',
  };

  it('lets a unit propose a free-text indicator and an administrator accept it into its department', async () => {
    const res = await unitClerk.request('POST', '/api/indicator-library/proposals', {
      orgId: scxxzx,
      ...proposal,
    });
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({ status: 'pending', statusName: '待处理', orgName: '四川省商务厅信息中心' });
    // Another department's administrator neither sees nor decides it.
    expect(
      (await zwSys.request('GET', `/api/indicator-library/proposals?orgId=${sczwfw}`)).json().items,
    ).toEqual([]);
    expect(
      (
        await zwSys.request('POST', `/api/indicator-library/proposals/${p.id}/accept`, {
          version: 1,
          scope: 'department',
        })
      ).statusCode,
    ).toBe(404);
    const listed = (
      await admin.request('GET', `/api/indicator-library/proposals?orgId=${root}&status=pending`)
    ).json();
    expect(listed.items.map((x: { id: string }) => x.id)).toContain(p.id);

    const accepted = await admin.request('POST', `/api/indicator-library/proposals/${p.id}/accept`, {
      version: 1,
      // No department named: the proposing unit's 主管部门 (四川省商务厅).
      scope: 'department',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const code = accepted.json().entryCode as string;
    expect(accepted.json().proposal).toMatchObject({
      status: 'accepted',
      statusName: '已采纳',
      entryCode: code,
    });
    const seen = await search(unitClerk, scxxzx, `&text=${encodeURIComponent('信息发布准确率')}`);
    expect(seen.items.map((e) => [e.code, e.ownerCode, e.direction])).toEqual([[code, 'SC-SWT', 'higher']]);
    const twice = await admin.request('POST', `/api/indicator-library/proposals/${p.id}/accept`, {
      version: 2,
      scope: 'common',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toBe('该建议已采纳，不能再次处理。');
  });

  it('lets an administrator reject a proposal with a reason', async () => {
    const res = await unitClerk.request('POST', '/api/indicator-library/proposals', {
      orgId: scxxzx,
      ...proposal,
      name: '办公室整洁度',
    });
    const p = res.json();
    const noReason = await admin.request('POST', `/api/indicator-library/proposals/${p.id}/reject`, {
      version: 1,
      reason: ' ',
    });
    expect(noReason.statusCode).toBe(400);
    const rejected = await admin.request('POST', `/api/indicator-library/proposals/${p.id}/reject`, {
      version: 1,
      reason: '不属于项目绩效指标',
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({ status: 'rejected', decisionNote: '不属于项目绩效指标' });
    const own = (await unitClerk.request('GET', `/api/indicator-library/proposals?orgId=${scxxzx}`)).json();
    expect(own.items.map((x: { statusName: string }) => x.statusName).sort()).toEqual(['已采纳', '未采纳']);
  });
});

describe('a goal row picked from the library', () => {
  it('keeps its unit, 计分规则, code and direction; 31.68 against 32.35万元 under 成本指标 is met', async () => {
    const created = await unitClerk.request('POST', '/api/projects', {
      orgId: scxxzx,
      fiscalYear: 2020,
      name: '指标库选用测试项目',
      indicators: [
        {
          level1: '成本指标',
          level2: '经济成本指标',
          level3: '项目预算控制数',
          unit: '万元',
          direction: 'lower',
          scoringRule: '实际支出不超过预算控制数的得满分。',
          libraryCode: 'GX-0001',
          target: '32.35万元',
          actual: '31.68万元',
        },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const got = (await unitClerk.request('GET', `/api/projects/${created.json().id}`)).json();
    expect(got.indicators[0]).toMatchObject({
      unit: '万元',
      direction: 'lower',
      scoringRule: '实际支出不超过预算控制数的得满分。',
      libraryCode: 'GX-0001',
      computed: { status: 'met', direction: 'lower' },
    });
  });
});

describe('editions by region and year', () => {
  type Edition = { id: string; region: string; year: number; label: string; entries: number };
  let regional: Edition;

  const workbook = async (rows: string[][]) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('指标库');
    ws.addRow(['指标类别', '所属部门编码', '一级指标', '二级指标', '三级指标', '计量单位']);
    for (const r of rows) ws.addRow(r);
    return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  };
  const picker = async (year: number) => {
    const res = await unitClerk.request('GET', `/api/indicator-library?orgId=${scxxzx}&year=${year}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Search & { edition: Edition & { match: string; explanation: string } };
  };

  it('migrated the starter library into the national edition of 2020', async () => {
    const res = await admin.request('GET', `/api/indicator-library/editions?orgId=${root}&year=2020`);
    expect(res.statusCode, res.body).toBe(200);
    const national = res.json().items.find((e: Edition) => e.region === '全国' && e.year === 2020);
    expect(national).toMatchObject({ label: '全国 2020 年版', manageable: true });
    expect(national.entries).toBeGreaterThanOrEqual(36);
    // The root's own region (ROOT) has no edition yet: the national one stands in.
    expect(res.json().current).toMatchObject({ id: national.id, match: 'national' });
  });

  it('is created and imported into by the region’s administrators only', async () => {
    // A clerk (no 管理 permission), another department's administrator: refused, nothing created.
    const body = { region: 'ROOT', year: 2024, note: '本地区 2024 年指标库' };
    expect((await unitClerk.request('POST', '/api/indicator-library/editions', body)).statusCode).toBe(403);
    expect((await zwSys.request('POST', '/api/indicator-library/editions', body)).statusCode).toBe(404);
    const created = await admin.request('POST', '/api/indicator-library/editions', body);
    expect(created.statusCode, created.body).toBe(201);
    regional = created.json();
    expect(regional).toMatchObject({ region: 'ROOT', year: 2024, entries: 0 });
    const twice = await admin.request('POST', '/api/indicator-library/editions', body);
    expect(twice.statusCode).toBe(409);

    const file = await workbook([
      ['共性指标', '', '产出指标', '数量指标', '本地区专属指标', '个'],
      ['个性指标（部门）', 'SC-SWT', '产出指标', '质量指标', '商务厅地区个性指标', '%'],
    ]);
    // 共性 rows of the region's edition are not a department administrator's to import.
    const outside = await zwSys.request('POST', '/api/indicator-library/import', {
      orgId: sczwfw,
      editionId: regional.id,
      fileName: '地区指标库.xlsx',
      contentBase64: file,
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.message).toContain('第 2 行“指标类别”列');
    const imported = await admin.request('POST', '/api/indicator-library/import', {
      orgId: root,
      editionId: regional.id,
      fileName: '地区指标库.xlsx',
      contentBase64: file,
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({ edition: 'ROOT 2024 年版', applied: true });
    expect(imported.json().created).toHaveLength(2);

    // The admin page lists the chosen edition's entries only; its export is that edition.
    const page = await admin.request(
      'GET',
      `/api/indicator-library?orgId=${root}&editionId=${regional.id}&all=1`,
    );
    expect(
      page
        .json()
        .items.map((e: LibraryEntryDto) => e.name)
        .sort(),
    ).toEqual(['商务厅地区个性指标', '本地区专属指标']);
  });

  it('serves the picker the region’s edition for the goals’ year, falling back to earlier years and 全国', async () => {
    const y2024 = await picker(2024);
    expect(y2024.edition).toMatchObject({ id: regional.id, match: 'exact' });
    expect(y2024.items.map((e) => e.name).sort()).toEqual(['商务厅地区个性指标', '本地区专属指标']);
    const y2026 = await picker(2026);
    expect(y2026.edition).toMatchObject({ id: regional.id, match: 'earlier-year' });
    expect(y2026.edition.explanation).toContain('本地区没有 2026 年版');
    const y2021 = await picker(2021);
    expect(y2021.edition).toMatchObject({ region: '全国', year: 2020, match: 'national' });
    expect(y2021.items.map((e) => e.name)).toContain('项目预算控制数');
    expect(y2021.items.map((e) => e.name)).not.toContain('本地区专属指标');
    // Another department does not see 四川省商务厅's 个性 entry of the region's edition.
    const other = (
      await otherClerk.request('GET', `/api/indicator-library?orgId=${sczwfw}&year=2024`)
    ).json() as Search;
    expect(other.items.map((e) => e.name)).toEqual(['本地区专属指标']);
  });

  it('sends a proposal from the goals to the edition of the goals’ year, and accepts it there', async () => {
    const res = await unitClerk.request('POST', '/api/indicator-library/proposals', {
      orgId: scxxzx,
      year: 2024,
      level1: '效益指标',
      level2: '社会效益指标',
      name: '地区版本建议指标',
      unit: '%',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().editionId).toBe(regional.id);
    const accepted = await admin.request('POST', `/api/indicator-library/proposals/${res.json().id}/accept`, {
      version: 1,
      scope: 'common',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect((await picker(2024)).items.map((e) => e.name)).toContain('地区版本建议指标');
    expect((await picker(2021)).items.map((e) => e.name)).not.toContain('地区版本建议指标');
  });

  it('starts a new year as a copy of an edition', async () => {
    const copy = await admin.request('POST', '/api/indicator-library/editions', {
      region: 'ROOT',
      year: 2025,
      copyFromId: regional.id,
    });
    expect(copy.statusCode, copy.body).toBe(201);
    expect(copy.json().entries).toBe(3);
    expect((await picker(2025)).edition).toMatchObject({ id: copy.json().id, match: 'exact' });
  });
});
