/**
 * Input the API cannot take is refused in Chinese, naming the field, and never answered with a 500:
 * zod's own messages in Chinese, characters no document can hold (NUL, U+FFFE), an integer beyond the
 * database's range. Nothing is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let admin: Session;
let orgId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  orgId = await t.orgId('SC-SWT-XXZX');
});
afterAll(async () => t.close());

const hasChinese = (s: string) => /[\u4e00-\u9fff]/.test(s);

describe('input the API cannot take', () => {
  it('says in Chinese what a field expects when the schema has no message of its own', async () => {
    const long = await admin.request('PATCH', `/api/orgs/${orgId}`, { name: '长'.repeat(101), version: 1 });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.message).toBe('请求内容中的字段“name”不符合要求：最多 100 个字符');
    const wrongType = await admin.request('PATCH', `/api/orgs/${orgId}`, { name: '名称', version: '1' });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.message).toBe('请求内容中的字段“version”不符合要求：应为数字');
    for (const res of [long, wrongType]) expect(res.body).not.toMatch(/expected|Invalid|Too big/);
  });

  it('refuses NUL and U+FFFE in any field, naming it, and stores nothing', async () => {
    for (const bad of ['信息\u0000中心', '信息\uFFFE中心']) {
      const res = await admin.request('PATCH', `/api/orgs/${orgId}`, { name: bad, version: 1 });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toContain('字段“name”含有无法保存或打印的字符');
      expect(hasChinese(res.json().error.message)).toBe(true);
    }
    const orgs = (await admin.request('GET', '/api/orgs')).json().items as Array<{
      id: string;
      name: string;
    }>;
    expect(orgs.find((o) => o.id === orgId)!.name).toBe('四川省商务厅信息中心');
  });

  it('answers an integer beyond the database range with 400, not 500', async () => {
    const res = await admin.request('PATCH', `/api/orgs/${orgId}`, { name: '改名', version: 2147483648 });
    expect(res.statusCode).toBe(400);
    expect(hasChinese(res.json().error.message)).toBe(true);
    expect(res.body).not.toMatch(/Failed query|out of range/);
  });

  it('refuses a body nested thousands of levels deep in Chinese, and keeps answering', async () => {
    // Written as text: serialising it would overflow the test's own stack.
    const deep = `{"name":"改名","version":1,"extra":${'['.repeat(5000)}"底"${']'.repeat(5000)}}`;
    const res = await admin.request('PATCH', `/api/orgs/${orgId}`, deep, {
      'content-type': 'application/json',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toContain('嵌套层级超过 256 层');
    expect((await admin.request('GET', '/api/health')).statusCode).toBe(200);
  });
});
