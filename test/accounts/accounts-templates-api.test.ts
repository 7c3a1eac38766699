/**
 * Issue 13 on a real database: an organisation chooses its document template (stored, versioned, audited;
 * another unit is refused), documents follow it, and a published 9-table 附表 is previewed per cell and
 * imported into the saved accounts (what the nine tables do not hold is kept).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed000 } from '../../src/domain/accounts/fixtures/seed000.ts';
import { publicTablesWorkbook } from '../../src/documents/accounts/index.ts';
import { extractDocx } from '../../src/importers/extract-text.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let clerk: Session; // 四川省商务厅信息中心 经办人
let other: Session; // another unit's clerk
let xxzx: string;
const Y = '?year=2020';

beforeAll(async () => {
  t = await createTestApp();
  clerk = await t.login('scxxzx_jbr');
  other = await t.login('sczwfw_jbr');
  xxzx = await t.orgId('SC-SWT-XXZX');
});
afterAll(async () => t.close());

describe('document template of an organisation', () => {
  it('starts on the default, lists the templates and the years with data', async () => {
    const res = await clerk.request('GET', `/api/accounts/${xxzx}/settings`);
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s).toMatchObject({ templateId: null, version: 0, yearsWithData: [2020] });
    expect(s.templates.map((x: { id: string }) => x.id)).toEqual([
      'national-department',
      'national-unit',
      'sichuan-unit',
      'sichuan-department',
    ]);
  });

  it('stores the choice (versioned), refuses an unknown template and another unit, and documents follow it', async () => {
    const bad = await clerk.request('PUT', `/api/accounts/${xxzx}/settings`, {
      version: 0,
      templateId: 'nowhere',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('文档模板“nowhere”不存在');
    const outsider = await other.request('PUT', `/api/accounts/${xxzx}/settings`, {
      version: 0,
      templateId: 'national-unit',
    });
    expect(outsider.statusCode).toBe(404); // another unit's organisation is out of reach

    const ok = await clerk.request('PUT', `/api/accounts/${xxzx}/settings`, {
      version: 0,
      templateId: 'national-unit',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ templateId: 'national-unit', version: 1 });
    const stale = await clerk.request('PUT', `/api/accounts/${xxzx}/settings`, {
      version: 0,
      templateId: 'sichuan-unit',
    });
    expect(stale.statusCode).toBe(412);

    const doc = await clerk.request('GET', `/api/accounts/${xxzx}/document${Y}&kind=explanation&format=docx`);
    expect(doc.statusCode).toBe(200);
    const text = (await extractDocx(doc.rawPayload)).map((l) => l.text).join('\n');
    expect(text).toContain('目　　录');
    expect(text).toContain('一般公共预算财政拨款基本支出决算表');
    // The national template leaves zero lines out.
    expect(text).not.toContain('上缴上级支出0.00万元');
    // A query may ask for another template.
    const sc = await clerk.request(
      'GET',
      `/api/accounts/${xxzx}/document${Y}&kind=explanation&format=docx&template=sichuan-unit`,
    );
    const scText = (await extractDocx(sc.rawPayload)).map((l) => l.text).join('\n');
    expect(scText).toContain('上缴上级支出0.00万元');
  });
});

describe('a published 9-table 附表', () => {
  const fileOf = async (mutate?: (ws: import('exceljs').Workbook) => void) => {
    const wb = publicTablesWorkbook(seed000);
    mutate?.(wb);
    return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  };

  it('is previewed per cell without saving: a bad amount names its sheet and cell', async () => {
    const content = await fileOf((wb) => {
      wb.getWorksheet('一般公共预算财政拨款支出决算表')!.getCell('C6').value = '一百';
    });
    const res = await clerk.request('POST', `/api/accounts/${xxzx}/import-preview${Y}`, {
      fileName: 'fb.xlsx',
      contentBase64: content,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      ok: false,
      layout: 'public',
      problems: [{ sheet: '一般公共预算财政拨款支出决算表', cell: 'C6' }],
    });
  });

  it('a clean one previews with its 审核公式 on cells, and imports keeping what it does not hold', async () => {
    const content = await fileOf((wb) => {
      // 208 printed 0.01万元 above its 20805 (as published tables sometimes are).
      const ws = wb.getWorksheet('一般公共预算财政拨款支出决算表')!;
      ws.eachRow((row) => {
        if (row.getCell(1).value === '208') row.getCell(3).value = Number(row.getCell(3).value) + 0.01;
      });
    });
    const pre = await clerk.request('POST', `/api/accounts/${xxzx}/import-preview${Y}`, {
      fileName: 'fb.xlsx',
      contentBase64: content,
    });
    expect(pre.statusCode, pre.body).toBe(200);
    const p = pre.json();
    expect(p).toMatchObject({ ok: true, amountUnit: '万元' });
    const g = p.violations.find((v: { ruleId: string }) => v.ruleId === 'G-class-kuan-actual');
    expect(g).toMatchObject({
      severity: 'note',
      sheet: '一般公共预算财病拨款支出决算表'.replace('病', '政'),
    });
    expect(g.cell).toMatch(/^C\d+$/);

    const before = (await clerk.request('GET', `/api/accounts/${xxzx}${Y}`)).json();
    const imp = await clerk.request('POST', `/api/accounts/${xxzx}/import${Y}`, {
      version: before.version,
      fileName: 'fb.xlsx',
      contentBase64: content,
    });
    expect(imp.statusCode, imp.body).toBe(200);
    const after = imp.json();
    expect(after.imported).toMatchObject({ layout: 'public', amountUnit: '万元' });
    expect(after.data.amountUnit).toBe('万元');
    // Kept from the saved accounts: texts, 三公 counts, last year's figures, 预算数 of the 项.
    expect(after.data.texts.totalChangeReason).toBe(before.data.texts.totalChangeReason);
    expect(after.data.previous).toEqual(before.data.previous);
    const item = (d: typeof before) =>
      d.data.current.generalByFunction.find((r: { code: string }) => r.code === '2011350');
    expect(item(after).budget).toBe(item(before).budget);
  });
});
