/**
 * /api/accounts on a real database: the demo's final accounts (seeds 000 and 001), saves checked by the
 * balance rules, stale saves refused (412), submission blocked until every violation is explained,
 * XLSX import naming the bad cell and losing nothing, export → import giving back the same document,
 * a department's consolidation with a transfer eliminated, and every route refused to another unit.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed000 } from '../../src/domain/accounts/fixtures/seed000.ts';
import { seed001 } from '../../src/domain/accounts/fixtures/seed001.ts';
import {
  canonicalAccounts,
  consolidate,
  generateExplanation,
  getPath,
  setPath,
  type FinalAccounts,
} from '../../src/domain/accounts/index.ts';
import { dec } from '../../src/domain/money/index.ts';
import { fieldAddresses, writeAccountsWorkbook } from '../../src/importers/accounts-xlsx.ts';
import { extractDocx } from '../../src/importers/extract-text.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let clerk: Session; // 四川省商务厅信息中心 经办人
let zwfw: Session; // 四川省政务服务和公共资源交易服务中心 经办人 (a department with two units)
let xxzx: string;
let zwfwOrg: string;
let zwxxOrg: string;
const Y = '?year=2020';
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
const OCTET = { 'content-type': 'application/octet-stream' };

type Dto = {
  exists: boolean;
  version: number;
  status: string;
  data: FinalAccounts;
  violations: Array<{
    key: string;
    ruleId: string;
    kind: string;
    location: Record<string, string>;
    arithmetic: string;
    explanation: string;
  }>;
  unexplained: number;
};

beforeAll(async () => {
  t = await createTestApp();
  clerk = await t.login('scxxzx_jbr');
  zwfw = await t.login('sczwfw_jbr');
  xxzx = await t.orgId('SC-SWT-XXZX');
  zwfwOrg = await t.orgId('SC-ZWFW');
  zwxxOrg = await t.orgId('SC-ZWFW-XXZX');
});
afterAll(async () => t.close());

const get = async (s: Session, org: string): Promise<Dto> => {
  const res = await s.request('GET', `/api/accounts/${org}${Y}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Dto;
};

describe('final accounts of a unit', () => {
  it('serves the demo accounts of seed 000, balanced, and generates its explanation from them', async () => {
    const dto = await get(clerk, xxzx);
    expect(dto).toMatchObject({ exists: true, version: 1, status: 'draft', violations: [], unexplained: 0 });
    expect(dto.data).toEqual(canonicalAccounts(seed000));
    const res = await clerk.request('GET', `/api/accounts/${xxzx}/explanation${Y}`);
    expect(res.statusCode, res.body).toBe(200);
    const expected = generateExplanation(seed000, { detailNumbering: 'flat' });
    expect(res.json().paragraphs.map((p: { text: string }) => p.text)).toEqual(
      expected.paragraphs.map((p) => p.text),
    );
    expect(res.json().charts.map((c: { id: string }) => c.id)).toEqual([
      '图1',
      '图2',
      '图3',
      '图4',
      '图5',
      '图6',
      '图7',
    ]);
  });

  it('serves the 科目 catalogue from the domain', async () => {
    const res = await clerk.request('GET', '/api/accounts/catalog?year=2020');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ year: 2020, region: '全国' });
    expect(res.json().functions).toContainEqual({ code: '2011350', name: '事业运行', level: '项' });
    expect(res.json().economic.find((e: { code: string }) => e.code === '30101')).toMatchObject({
      group: 'personnel',
    });
  });

  it('checks every save: a changed cell gives a located violation; a stale save gets 412 and changes nothing', async () => {
    const before = await get(clerk, xxzx);
    const edited = setPath(before.data, 'current.summary.income.otherIncome', '1000.00');
    const saved = await clerk.request('PUT', `/api/accounts/${xxzx}${Y}`, {
      version: before.version,
      data: edited,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const dto = saved.json() as Dto;
    expect(dto.version).toBe(before.version + 1);
    expect(dto.violations).toHaveLength(1);
    expect(dto.violations[0]).toMatchObject({
      key: 'S-income-total@summary/income.total/amount',
      kind: '表内',
      location: {
        table: 'summary',
        tableName: '收入支出决算总表',
        row: 'income.total',
        rowLabel: '本年收入合计',
        column: 'amount',
        columnLabel: '决算数',
      },
      explanation: '',
    });
    expect(dto.violations[0]!.arithmetic).toContain('（差 -1,000.00元）');

    const stale = await clerk.request('PUT', `/api/accounts/${xxzx}${Y}`, {
      version: before.version,
      data: before.data,
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().error.message).toContain(`当前版本为 ${before.version + 1}`);
    expect((await get(clerk, xxzx)).data.current.summary.income.otherIncome).toBe('1000.00');

    // A 表间 rule: the 财政拨款 expenditure no longer agrees with the 功能分类 table.
    const x = setPath(dto.data, 'current.fiscal.expenditureGeneral', '2337181.00');
    const cross = (
      await clerk.request('PUT', `/api/accounts/${xxzx}${Y}`, { version: dto.version, data: x })
    ).json() as Dto;
    expect(cross.violations.map((v) => `${v.kind} ${v.ruleId}`)).toEqual(
      expect.arrayContaining(['表内 S-income-total', '表间 X-general-expenditure']),
    );
    // Put it back: only the 收入 violation remains.
    const back = (
      await clerk.request('PUT', `/api/accounts/${xxzx}${Y}`, { version: cross.version, data: dto.data })
    ).json() as Dto;
    expect(back.violations.map((v) => v.ruleId)).toEqual(['S-income-total']);
  });

  it('refuses JSON numbers for money; keeps an unknown 科目 code with its name and a warning', async () => {
    const dto = await get(clerk, xxzx);
    const num = await clerk.request('PUT', `/api/accounts/${xxzx}${Y}`, {
      version: dto.version,
      data: setPath(dto.data, 'current.officeOperation', 12.5),
    });
    expect(num.statusCode).toBe(400);
    expect(num.json().error.message).toContain('current.officeOperation');
    const rows = [
      ...dto.data.current.generalByFunction,
      { code: '2019998', name: '自定义事务', budget: '0.00', actual: '0.00' },
    ];
    const kept = await clerk.request('PUT', `/api/accounts/${xxzx}${Y}`, {
      version: dto.version,
      data: setPath(dto.data, 'current.generalByFunction', rows),
    });
    expect(kept.statusCode).toBe(200);
    const saved = kept.json() as Dto;
    expect(saved.data.current.generalByFunction.find((r) => r.code === '2019998')?.name).toBe('自定义事务');
    expect(saved.violations.find((v) => v.ruleId === 'K-unknown')).toMatchObject({
      key: 'K-unknown@general/2019998/name',
      arithmetic: '功能分类科目 2019998“自定义事务” 不在 2020 年科目表中，沿用所填名称',
    });
    // a catalogue warning needs no reason: submission is not blocked by it
    expect(saved.unexplained).toBe(dto.unexplained);
    const restored = await clerk.request('PUT', `/api/accounts/${xxzx}${Y}`, {
      version: saved.version,
      data: dto.data,
    });
    expect(restored.statusCode).toBe(200);
  });

  it('blocks submission until every violation is explained, then locks the document until withdrawn', async () => {
    const dto = await get(clerk, xxzx);
    expect(dto.unexplained).toBe(1);
    const refused = await clerk.request('POST', `/api/accounts/${xxzx}/submit${Y}`, { version: dto.version });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('还有 1 处平衡关系未通过且未说明原因');
    expect(refused.json().error.message).toContain('收入支出决算总表“本年收入合计”决算数');
    expect(refused.json().error.details.unexplained).toEqual(['S-income-total@summary/income.total/amount']);

    const key = dto.violations[0]!.key;
    const explained = (
      await clerk.request('PUT', `/api/accounts/${xxzx}${Y}`, {
        version: dto.version,
        data: dto.data,
        explanations: { [key]: '其他收入为年末清理的往来款，按财政要求单列' },
      })
    ).json() as Dto;
    expect(explained).toMatchObject({ unexplained: 0 });
    const submitted = await clerk.request('POST', `/api/accounts/${xxzx}/submit${Y}`, {
      version: explained.version,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted' });
    const locked = await clerk.request('PUT', `/api/accounts/${xxzx}${Y}`, {
      version: submitted.json().version,
      data: dto.data,
    });
    // The demo's 决算 chain makes the submission a review: the data is locked by it.
    expect(locked.statusCode).toBe(403);
    expect(locked.json().error.message).toContain('审核中，数据已锁定');
    const withdrawn = await clerk.request('POST', `/api/accounts/${xxzx}/withdraw${Y}`, {
      version: submitted.json().version,
    });
    expect(withdrawn.json()).toMatchObject({ status: 'draft' });
    // Restore seed 000 for the tests below.
    const restored = await clerk.request('PUT', `/api/accounts/${xxzx}${Y}`, {
      version: withdrawn.json().version,
      data: seed000,
      explanations: {},
    });
    expect(restored.json()).toMatchObject({ violations: [], unexplained: 0 });
  });
});

describe('XLSX template, import and export', () => {
  it('imports a workbook with a bad cell as nothing, naming the sheet and the cell', async () => {
    const before = await get(clerk, xxzx);
    const at = fieldAddresses().get('current.threePublic.actual.total')!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeAccountsWorkbook(before.data)) as unknown as ArrayBuffer);
    wb.getWorksheet(at.sheet)!.getCell(at.cell).value = '约3千';
    const res = await clerk.request('POST', `/api/accounts/${xxzx}/import${Y}`, {
      version: before.version,
      fileName: 'bad.xlsx',
      contentBase64: b64(Buffer.from(await wb.xlsx.writeBuffer())),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe(
      '导入失败，已保存的数据未改动：工作表“三公经费”单元格C11：“合计”（决算数）的“约3千”不是金额，应为数字（元）',
    );
    expect(res.json().error.details.problems).toEqual([
      { sheet: '三公经费', cell: 'C11', message: expect.stringContaining('约3千') },
    ]);
    const after = await get(clerk, xxzx);
    expect(after.version).toBe(before.version);
    expect(after.data).toEqual(before.data);
  });

  it('exports the saved data as the template workbook, and importing that workbook gives the same document back', async () => {
    const before = await get(clerk, xxzx);
    const exported = await clerk.request('GET', `/api/accounts/${xxzx}/export${Y}`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    // As the page sends it: the workbook itself (POST …/import/file), year, version and name in the query.
    const preview = await clerk.request(
      'POST',
      `/api/accounts/${xxzx}/import-preview/file${Y}&fileName=export.xlsx`,
      exported.rawPayload,
      OCTET,
    );
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ ok: true, problems: [], layout: 'template' });
    const imported = await clerk.request(
      'POST',
      `/api/accounts/${xxzx}/import/file${Y}&version=${before.version}&fileName=export.xlsx`,
      exported.rawPayload,
      OCTET,
    );
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({ version: before.version + 1, imported: { amountUnit: '元' } });
    expect(imported.json().data).toEqual(before.data);

    const template = await clerk.request('GET', `/api/accounts/${xxzx}/template${Y}`);
    expect(template.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toContain('一般公共预算财政拨款支出');
    expect(wb.getWorksheet('基本信息')!.getCell('B4').value).toBe('四川省商务厅信息中心');
  });
});

describe('XLSX import as raw bytes: refusals', () => {
  it('refuses an oversized workbook (413), an unreadable one (422) and a missing version, in Chinese', async () => {
    const before = await get(clerk, xxzx);
    const url = (rest: string) => `/api/accounts/${xxzx}/import/file${Y}&version=${before.version}${rest}`;
    const big = await clerk.request(
      'POST',
      url('&fileName=big.xlsx'),
      Buffer.alloc(10 * 1024 * 1024 + 1),
      OCTET,
    );
    expect(big.statusCode).toBe(413);
    expect(big.json().error.message).toBe('文件过大：“big.xlsx”为 10 MB，导入的决算文件不能超过 10 MB。');
    const text = Buffer.from('这不是 Excel 文件，是一段文字。');
    const unreadable = await clerk.request(
      'POST',
      url(`&fileName=${encodeURIComponent('决算.xlsx')}`),
      text,
      OCTET,
    );
    expect(unreadable.statusCode).toBe(422);
    expect(unreadable.json().error.message).toBe(
      '无法读取文件“决算.xlsx”：它不是有效的 Excel 工作簿（.xlsx）。请用 Excel 或 WPS 另存为 .xlsx 后重新导入。',
    );
    const preview = await clerk.request(
      'POST',
      `/api/accounts/${xxzx}/import-preview/file${Y}&fileName=a.xlsx`,
      text,
      OCTET,
    );
    expect(preview.statusCode).toBe(422);
    const noVersion = await clerk.request(
      'POST',
      `/api/accounts/${xxzx}/import/file${Y}&fileName=a.xlsx`,
      text,
      OCTET,
    );
    expect(noVersion.statusCode).toBe(400);
    expect(noVersion.json().error.message).toContain('数据版本号（version）');
    expect((await get(clerk, xxzx)).version).toBe(before.version);
  });
});

describe('documents', () => {
  it('downloads the explanation as DOCX carrying the generated text, and the 附表 workbook', async () => {
    const res = await clerk.request('GET', `/api/accounts/${xxzx}/document${Y}&kind=explanation&format=docx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain(
      '四川省商务厅信息中心2020年度单位决算情况说明.docx',
    );
    const text = (await extractDocx(res.rawPayload)).map((l) => l.text).join('\n');
    const s1 = generateExplanation(seed000, { detailNumbering: 'flat' }).paragraphs.find(
      (p) => p.id === 's1',
    )!.text;
    expect(text).toContain(s1);
    const appendix = await clerk.request(
      'GET',
      `/api/accounts/${xxzx}/document${Y}&kind=appendix&format=xlsx`,
    );
    expect(appendix.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(appendix.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.length).toBeGreaterThan(0);
    expect(
      (await clerk.request('GET', `/api/accounts/${xxzx}/document${Y}&kind=appendix&format=docx`)).statusCode,
    ).toBe(400);
  });
});

describe('department consolidation', () => {
  it('reproduces seed 001 from the department’s stored accounts while its units have none', async () => {
    const res = await zwfw.request('GET', `/api/accounts/${zwfwOrg}/consolidated${Y}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.members.map((m: { orgName: string; status: string }) => `${m.orgName}:${m.status}`)).toEqual([
      '四川省政务服务和公共资源交易服务中心:draft',
      '四川省政府采购中心:missing',
      '四川省政务服务和公共资源交易服务信息中心:missing',
    ]);
    expect(body.error).toBeNull();
    expect(body.violations).toEqual([]);
    const expected = generateExplanation(seed001, { detailNumbering: 'nested' });
    expect(body.explanation.paragraphs.map((p: { text: string }) => p.text)).toEqual(
      expected.paragraphs.map((p) => p.text),
    );
    expect(body.explanation.title).toBe('2020年度部门决算情况说明');
  });

  it('adds a unit’s accounts and eliminates the subsidy between department and unit', async () => {
    const amount = '30000.00';
    const plus = (v: string) => dec(v).plus(amount).toFixed(2);
    // The department pays its unit a subsidy out of its project spending…
    const dept = await get(zwfw, zwfwOrg);
    let d = setPath(dept.data, 'current.summary.expenditure.subsidyToSubordinates', amount);
    d = setPath(
      d,
      'current.summary.expenditure.project',
      dec(d.current.summary.expenditure.project).minus(amount).toFixed(2),
    );
    expect(
      (await zwfw.request('PUT', `/api/accounts/${zwfwOrg}${Y}`, { version: dept.version, data: d })).json()
        .violations,
    ).toEqual([]);
    // …and the unit books it as 上级补助收入, spent on 基本支出.
    let u: FinalAccounts = {
      ...canonicalAccounts(seed000),
      unit: { name: '四川省政务服务和公共资源交易服务信息中心', shortName: '', kind: '事业单位' },
    };
    for (const p of [
      'income.superiorSubsidy',
      'income.total',
      'grandTotalIncome',
      'expenditure.basic',
      'expenditure.total',
      'grandTotalExpenditure',
    ])
      u = setPath(u, `current.summary.${p}`, plus(getPath(u, `current.summary.${p}`) as string));
    const unitSave = await zwfw.request('PUT', `/api/accounts/${zwxxOrg}${Y}`, { version: 0, data: u });
    expect(unitSave.statusCode, unitSave.body).toBe(200);
    expect(unitSave.json().violations).toEqual([]);

    const settings = (await zwfw.request('GET', `/api/accounts/${zwfwOrg}/consolidated${Y}`)).json().settings;
    const saved = await zwfw.request('PUT', `/api/accounts/${zwfwOrg}/consolidation${Y}`, {
      version: settings.version,
      unit: settings.unit,
      previous: settings.previous,
      texts: settings.texts,
      transfers: [{ kind: 'subsidy', fromOrgId: zwfwOrg, toOrgId: zwxxOrg, amount }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const body = saved.json();
    expect(body.error).toBeNull();
    const expected = consolidate({
      unit: settings.unit,
      year: 2020,
      members: [
        { ...d, unit: { ...d.unit, name: 'A' } },
        { ...u, unit: { ...u.unit, name: 'B' } },
      ],
      transfers: [{ kind: 'subsidy', from: 'A', to: 'B', amount }],
      previous: settings.previous,
      texts: settings.texts,
    });
    const s = body.consolidated.current.summary;
    expect(s.expenditure.subsidyToSubordinates).toBe('0.00');
    expect(s.income.superiorSubsidy).toBe(dec(seed001.current.summary.income.superiorSubsidy).toFixed(2));
    expect(s.income.total).toBe(
      dec(d.current.summary.income.total).plus(u.current.summary.income.total).minus(amount).toFixed(2),
    );
    expect(body.consolidated).toEqual(canonicalAccounts(expected));
    expect(body.violations).toEqual([]);

    // A transfer larger than what the payer booked cannot be eliminated: the page says why.
    const tooBig = await zwfw.request('PUT', `/api/accounts/${zwfwOrg}/consolidation${Y}`, {
      ...settings,
      version: body.settings.version,
      transfers: [{ kind: 'subsidy', fromOrgId: zwfwOrg, toOrgId: zwxxOrg, amount: '30000.01' }],
    });
    expect(tooBig.statusCode).toBe(200);
    expect(tooBig.json()).toMatchObject({
      consolidated: null,
      error: expect.stringContaining('超过了双方账面的支出或收入'),
    });
  });
});

describe('authorisation', () => {
  it('refuses another unit’s user on every accounts route, and changes nothing', async () => {
    const before = await get(clerk, xxzx);
    const calls: Array<[string, string, unknown?]> = [
      ['GET', `/api/accounts/${xxzx}${Y}`],
      ['PUT', `/api/accounts/${xxzx}${Y}`, { version: before.version, data: before.data }],
      ['POST', `/api/accounts/${xxzx}/submit${Y}`, { version: before.version }],
      ['POST', `/api/accounts/${xxzx}/withdraw${Y}`, { version: before.version }],
      [
        'POST',
        `/api/accounts/${xxzx}/import${Y}`,
        {
          version: before.version,
          fileName: 'x.xlsx',
          contentBase64: b64(await writeAccountsWorkbook(before.data)),
        },
      ],
      ['GET', `/api/accounts/${xxzx}/template${Y}`],
      ['GET', `/api/accounts/${xxzx}/export${Y}`],
      ['GET', `/api/accounts/${xxzx}/explanation${Y}`],
      ['GET', `/api/accounts/${xxzx}/document${Y}&kind=explanation&format=docx`],
      ['GET', `/api/accounts/${xxzx}/consolidated${Y}`],
      [
        'PUT',
        `/api/accounts/${xxzx}/consolidation${Y}`,
        {
          version: 0,
          unit: { name: 'x', shortName: '', kind: '行政单位' },
          transfers: [],
          previous: seed000.previous,
          texts: {},
        },
      ],
    ];
    for (const [method, url, body] of calls) {
      const res = await zwfw.request(method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    // …and the other way round: a unit cannot read its sibling department's consolidation or accounts.
    const zwxx = await t.login('sczwxx_jbr');
    expect((await zwxx.request('GET', `/api/accounts/${zwfwOrg}/consolidated${Y}`)).statusCode).toBe(404);
    expect((await clerk.request('GET', `/api/accounts/${zwfwOrg}${Y}`)).statusCode).toBe(404);
    const after = await get(clerk, xxzx);
    expect(after.version).toBe(before.version);
  });
});
