/**
 * A damaged or wrong file sent to any upload (决算 附表, 科目表, 指标库, 交换文件, 校验) is refused — a 4xx, or a
 * preview that lists what is wrong and imports nothing — with a Chinese message: never a 500, never the
 * ZIP or XML library's own words.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

const b64 = (b: Buffer): string => b.toString('base64');

let t: TestApp;
let clerk: Session;
let admin: Session;
let xxzx: string;
let root: string;
const files: Record<string, Buffer> = {};

beforeAll(async () => {
  t = await createTestApp();
  clerk = await t.login('scxxzx_jbr');
  admin = await t.login('admin');
  xxzx = await t.orgId('SC-SWT-XXZX');
  root = (await admin.request('GET', '/api/auth/me')).json().user.orgId as string;
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('说明').addRow(['这不是导入模板', '只有一行文字']);
  const unrelated = Buffer.from(await wb.xlsx.writeBuffer());
  // A real workbook cut short: its ZIP header is there, its central directory is not.
  files['截断的.xlsx'] = unrelated.subarray(0, Math.floor(unrelated.length / 2));
  // A ZIP holding no workbook at all.
  const zip = new JSZip();
  zip.file('readme.txt', 'hello');
  files['压缩包.xlsx'] = await zip.generateAsync({ type: 'nodebuffer' });
  // A workbook whose sheet XML is broken.
  const broken = await JSZip.loadAsync(unrelated);
  broken.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row><c t="s"><v>0</v></c></row>');
  files['损坏的.xlsx'] = await broken.generateAsync({ type: 'nodebuffer' });
  // A workbook that is fine but is not the form the import expects.
  files['无关的.xlsx'] = unrelated;
}, 120_000);
afterAll(async () => t.close());

/** Latin words a message may hold: the exchange format's field names (agency_code), extensions and format names. */
const ALLOWED_LATIN =
  /\b[a-z]+(_[a-z]+)+\b|\.(xlsx|xls|docx|json|csv|txt)\b|\b(Excel|Word|WPS|PDF|XLSX|JSON|CSV|ZIP|UTF-8)\b/g;

const uploads: Array<
  [
    string,
    (
      s: { clerk: Session; admin: Session },
      name: string,
      bytes: Buffer,
    ) => Promise<{ statusCode: number; json: () => { error?: { message: string } } }>,
  ]
> = [
  [
    '决算 附表 import',
    ({ clerk }, fileName, bytes) =>
      clerk.request('POST', `/api/accounts/${xxzx}/import-preview?year=2020`, {
        fileName,
        contentBase64: b64(bytes),
      }),
  ],
  [
    '科目表 import',
    ({ admin }, fileName, bytes) =>
      admin.request('POST', '/api/accounts/catalogues/preview', {
        region: '全国',
        year: 2024,
        fileName,
        contentBase64: b64(bytes),
      }),
  ],
  [
    '指标库 import',
    ({ admin }, fileName, bytes) =>
      admin.request('POST', '/api/indicator-library/import', {
        orgId: root,
        fileName,
        contentBase64: b64(bytes),
        dryRun: true,
      }),
  ],
  [
    '交换文件 preview',
    ({ clerk }, fileName, bytes) =>
      clerk.request('POST', '/api/exchange/preview', { orgId: xxzx, fileName, contentBase64: b64(bytes) }),
  ],
  [
    '校验',
    ({ clerk }, fileName, bytes) =>
      clerk.request('POST', '/api/checks', { fileName, contentBase64: b64(bytes) }),
  ],
];

describe('damaged and wrong files', () => {
  for (const [what, send] of uploads)
    it(`${what}: refused in Chinese, never with a 500 or a library's words`, async () => {
      for (const [name, bytes] of Object.entries(files)) {
        const res = await send({ clerk, admin }, name, bytes);
        const body = res.json() as { error?: { message: string }; problems?: Array<{ message: string }> };
        expect(res.statusCode, `${what} ${name}: ${JSON.stringify(body)}`).toBeLessThan(500);
        // Refused outright, or previewed with its problems listed (nothing imported).
        const messages =
          res.statusCode >= 400 ? [body.error!.message] : (body.problems ?? []).map((p) => p.message);
        if (name !== '无关的.xlsx')
          expect(messages.length, `${what} ${name}: ${JSON.stringify(body)}`).toBeGreaterThan(0);
        for (const message of messages) {
          expect(message, `${what} ${name}`).toMatch(/[\u4e00-\u9fa5]/);
          expect(message.replace(ALLOWED_LATIN, ''), `${what} ${name}: ${message}`).not.toMatch(
            /[A-Za-z]{3,}/,
          );
        }
      }
      expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    }, 60_000);
});
