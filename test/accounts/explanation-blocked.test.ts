/**
 * The 决算情况说明 is not handed out while a balance violation is unexplained: the download is refused
 * with a Chinese message naming the violation (409); once the violation is explained it downloads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPath, type FinalAccounts } from '../../src/domain/accounts/index.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let clerk: Session;
let org = '';
const Y = '?year=2020';
type Dto = { version: number; data: FinalAccounts; violations: Array<{ key: string }>; unexplained: number };

beforeAll(async () => {
  t = await createTestApp();
  clerk = await t.login('scxxzx_jbr');
  org = await t.orgId('SC-SWT-XXZX');
});
afterAll(async () => t.close());

const download = (format: string, kind = 'explanation') =>
  clerk.request('GET', `/api/accounts/${org}/document${Y}&kind=${kind}&format=${format}`);

describe('决算情况说明 while a balance violation is unexplained', () => {
  it('downloads when every check passes', async () => {
    const res = await download('docx');
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
  });

  it('is refused, saying why, until the violation is explained; then downloads', async () => {
    const before = (await clerk.request('GET', `/api/accounts/${org}${Y}`)).json() as Dto;
    const broken = (
      await clerk.request('PUT', `/api/accounts/${org}${Y}`, {
        version: before.version,
        data: setPath(before.data, 'current.summary.income.otherIncome', '1000.00'),
      })
    ).json() as Dto;
    expect(broken.unexplained).toBe(1);
    for (const format of ['docx', 'pdf']) {
      const refused = await download(format);
      expect(refused.statusCode).toBe(409);
      expect(refused.headers['content-type']).toContain('application/json');
      const message = refused.json().error.message as string;
      expect(message).toContain('决算情况说明暂不能下载');
      expect(message).toContain('还有 1 处平衡关系未通过且未说明原因');
      expect(message).toContain('本年收入合计');
    }
    // The 附表 (the tables as entered) still downloads.
    expect((await download('xlsx', 'appendix')).statusCode).toBe(200);

    const explained = await clerk.request('PUT', `/api/accounts/${org}${Y}`, {
      version: broken.version,
      data: broken.data,
      explanations: { [broken.violations[0]!.key]: '其他收入为年末清理的往来款' },
    });
    expect(explained.json()).toMatchObject({ unexplained: 0 });
    expect((await download('docx')).statusCode).toBe(200);
  });
});
