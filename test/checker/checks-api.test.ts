/**
 * POST /api/checks on a real database: a business user uploads a document and gets its lines and
 * findings; unsupported or broken files get a clear Chinese 400; administrators, anonymous callers and
 * requests without the CSRF token are refused; nothing is written.
 */
import { sql } from 'drizzle-orm';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../src/domain/checks/__fixtures__/seeds.ts';
import { corpus } from '../fixtures/documents/corpus.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let clerk: Session;
const b64 = (data: string | Uint8Array): string => Buffer.from(data).toString('base64');

beforeAll(async () => {
  t = await createTestApp();
  clerk = await t.login('scxxzx_jbr');
});
afterAll(async () => t.close());

type Body = {
  file: string;
  lines: Array<{ text: string; location?: string }>;
  findings: Array<{
    rule: string;
    severity: string;
    line: number;
    location?: string;
    excerpt: string;
    expected: string;
    found: string;
    message: string;
  }>;
  summary: { error: number; warning: number; note: number };
  claims: Record<string, { recognised: number; verified: number }>;
  checked: Array<{ kind: string; line: number; verified: boolean; arithmetic: string }>;
  ruleNames: Record<string, string>;
  claimNames: Record<string, string>;
};

describe('POST /api/checks', () => {
  it('checks seed 000 for a 经办人: its lines, and 11.80元 on line 73 flagged as a 万元 amount', async () => {
    const text = seed('000_ad42accaf8116a04.txt');
    const res = await clerk.request('POST', '/api/checks', {
      fileName: '000 决算说明.txt',
      contentBase64: b64(text),
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as Body;
    expect(body.file).toBe('000 决算说明.txt');
    expect(body.lines).toHaveLength(text.split('\n').length);
    const unit = body.findings.find((f) => f.line === 73 && f.rule === 'unit.yuan-for-wanyuan')!;
    expect(unit).toMatchObject({ severity: 'error', expected: '11.80万元', found: '11.80元' });
    // The excerpt quotes the line the UI shows, so it can be highlighted there.
    expect(body.lines[72]!.text).toContain(unit.excerpt.replace(/^…|…$/g, ''));
    expect(body.summary.error).toBe(body.findings.filter((f) => f.severity === 'error').length);
    expect(body.summary.error).toBeGreaterThanOrEqual(3);
  });

  it('reads a Word document from its bytes, with paragraph locations', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('2020年度决算说明'),
            new Paragraph(
              '2020年本年支出合计233.72万元，其中：基本支出190.34万元，占81.44%；项目支出43.38万元，占18.57%。',
            ),
          ],
        },
      ],
    });
    const res = await clerk.request('POST', '/api/checks', {
      fileName: '说明.DOCX',
      contentBase64: b64(await Packer.toBuffer(doc)),
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as Body;
    expect(body.lines[1]).toMatchObject({ location: '段落2' });
    // 43.38 ÷ 233.72 × 100% = 18.561% → 18.56%, printed 18.57%.
    expect(body.findings.find((f) => f.rule === 'share.percent')).toMatchObject({
      line: 2,
      location: '段落2',
      expected: '18.56%',
      found: '18.57%',
    });
  });

  it('returns the claims recognised and verified, what was checked, and Chinese rule names', async () => {
    const layout = corpus().find((d) => d.name === 'juesuan-1-layout.txt')!;
    const res = await clerk.request('POST', '/api/checks', {
      fileName: '部门决算.txt',
      contentBase64: b64(
        layout.text.replace(/财政拨款收入支出总计 ([\d,.]+) 万元/, '财政拨款收入支出总计 0.3 万元'),
      ),
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as Body;
    expect(body.claims.table!.recognised).toBeGreaterThan(100);
    expect(body.claims.share).toEqual({ recognised: 15, verified: 15 });
    expect(body.checked.length).toBe(Object.values(body.claims).reduce((a, c) => a + c.recognised, 0));
    const wrong = body.findings.find((f) => f.rule === 'figure.text-table')!;
    expect(wrong).toMatchObject({ severity: 'error', found: '0.3万元' });
    expect(body.ruleNames['figure.text-table']).toBe('正文与表格数字');
    expect(body.claimNames.share).toBe('占比');
    expect(body.checked.some((c) => !c.verified && c.kind === 'figure' && c.line === wrong.line)).toBe(true);
  });

  it('refuses unsupported, mislabelled, empty and badly encoded files with a Chinese message', async () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ fileName: '汇报.pptx', contentBase64: b64('x') }, /不支持的文件类型“\.pptx”/],
      [{ fileName: '无扩展名', contentBase64: b64('x') }, /不支持的文件类型“（无扩展名）”/],
      [{ fileName: '决算说明.docx', contentBase64: b64('这不是 Word 文件') }, /不是有效的 Word 文件/],
      [{ fileName: '评分表.xlsx', contentBase64: b64('PK\u0003\u0004broken') }, /无法解析 Excel 文件/],
      [{ fileName: '报告.pdf', contentBase64: b64('%PDF-1.4 broken') }, /无法从 PDF 提取文字：报告\.pdf/],
      [{ fileName: '空.txt', contentBase64: '' }, /是空的/],
      [{ fileName: '空白.txt', contentBase64: b64('\n \n') }, /没有可读取的文字/],
      [{ fileName: 'a.txt', contentBase64: '!!!不是base64' }, /不是有效的 Base64/],
      [{ fileName: '', contentBase64: b64('x') }, /文件名/],
    ];
    for (const [body, message] of cases) {
      const res = await clerk.request('POST', '/api/checks', body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.json().error.message).toMatch(message);
      // No library text: file names, extensions and format names are the only Latin words.
      const latin = /[\w-]*\.(docx|xlsx|pdf|txt|pptx)|\b(Word|Excel|PDF|Base64|fileName)\b/g;
      expect(res.json().error.message.replace(latin, '')).not.toMatch(/[A-Za-z]{3,}/);
    }
  });

  it('is open to every business role and refused to the three administrators, anonymous callers and requests without CSRF', async () => {
    const payload = {
      fileName: 'a.txt',
      contentBase64: b64('2020年度：支出合计10万元，其中：A 4万元，B 6万元。'),
    };
    for (const u of ['scxxzx_cwjbr', 'hnswt_pj1'])
      expect((await (await t.login(u)).request('POST', '/api/checks', payload)).statusCode).toBe(200);
    for (const u of ['admin', 'secadmin', 'auditor']) {
      const res = await (await t.login(u)).request('POST', '/api/checks', payload);
      expect(res.statusCode, u).toBe(403);
    }
    expect((await t.app.inject({ method: 'POST', url: '/api/checks', payload })).statusCode).toBe(401);
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/checks',
      payload,
      headers: { cookie: clerk.cookie },
    });
    expect(noCsrf.statusCode).toBe(403);
  });

  it('reads the body limit from JIXIAO_BODY_LIMIT_MB, default 30', () => {
    expect(loadConfig({}).bodyLimitMb).toBe(30);
    expect(loadConfig({ JIXIAO_BODY_LIMIT_MB: '50' }).bodyLimitMb).toBe(50);
    expect(() => loadConfig({ JIXIAO_BODY_LIMIT_MB: 'many' })).toThrow(/JIXIAO_BODY_LIMIT_MB/);
  });

  it('accepts a file of 20 MB (Base64 ~27 MB, within the 30 MB body limit) and refuses one byte more', async () => {
    const line = `${'2020年度'}${' '.repeat(1000)}\n`;
    const size = 20 * 1024 * 1024;
    const bytes = Buffer.alloc(size, ' ');
    bytes.write(line.repeat(Math.floor(size / Buffer.byteLength(line))), 'utf8');
    const ok = await clerk.request('POST', '/api/checks', {
      fileName: '大文件.txt',
      contentBase64: bytes.toString('base64'),
    });
    expect(ok.statusCode, ok.body.slice(0, 200)).toBe(200);
    const tooBig = await clerk.request('POST', '/api/checks', {
      fileName: '大文件.txt',
      contentBase64: Buffer.concat([bytes, Buffer.from(' ')]).toString('base64'),
    });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error.message).toMatch(/最多可检查 20 MB/);
  }, 60_000);

  it('stores nothing: a check leaves every business table and the audit log as they were', async () => {
    const count = async (): Promise<string> => {
      const rows = await t.database.db.execute(
        sql`select (select count(*) from audit_log) as a, (select count(*) from organisations) as o, (select count(*) from users) as u`,
      );
      return JSON.stringify(rows.rows);
    };
    const before = await count();
    const res = await clerk.request('POST', '/api/checks', {
      fileName: '004.txt',
      contentBase64: b64(seed('004_3bb0a0cfa40ad546.txt')),
    });
    expect(res.statusCode).toBe(200);
    expect(await count()).toBe(before);
  });
});

describe('sample documents (用示例文件试一试)', () => {
  it('lists the samples and gives each text, in which the checker finds exactly the errors planted', async () => {
    const list = await clerk.request('GET', '/api/checks/samples');
    expect(list.statusCode).toBe(200);
    const items = list.json().items as Array<{
      id: string;
      fileName: string;
      title: string;
      description: string;
    }>;
    expect(items.map((s) => s.id)).toEqual([
      'department-accounts',
      'three-fees',
      'project-self-evaluation',
      'score-table',
    ]);
    expect(items.every((s) => s.title && s.description && s.fileName.endsWith('.txt'))).toBe(true);
    expect(items.some((s) => 'errors' in s)).toBe(false);
    const index = (await import('../../src/features/checker/samples/index.json', { with: { type: 'json' } }))
      .default as { samples: Array<{ id: string; errors: string[] }> };
    for (const sample of index.samples) {
      const doc = await clerk.request('GET', `/api/checks/samples/${sample.id}`);
      expect(doc.statusCode).toBe(200);
      const { fileName, text } = doc.json() as { fileName: string; text: string };
      const res = await clerk.request(
        'POST',
        `/api/checks/file?fileName=${encodeURIComponent(fileName)}`,
        Buffer.from(text),
        { 'content-type': 'application/octet-stream' },
      );
      const errors = (res.json() as Body).findings.filter((f) => f.severity === 'error').map((f) => f.rule);
      expect(new Set(errors), sample.id).toEqual(new Set(sample.errors));
      expect((res.json() as Body).summary.warning, sample.id).toBe(0);
    }
  });

  it('refuses an unknown sample in Chinese, and the administrators', async () => {
    const none = await clerk.request('GET', '/api/checks/samples/no-such-sample');
    expect(none.statusCode).toBe(404);
    expect(none.json().error.message).toBe('没有这个示例文件。');
    const admin = await t.login('admin');
    expect((await admin.request('GET', '/api/checks/samples')).statusCode).toBe(403);
  });
});
