/**
 * 佐证材料 through the API: upload (type by content, SHA-256, one blob per content), the size limits (413
 * naming the limit), refused types (422), download headers, indicator files, the lock of a frozen
 * document (409, listed in the frozen snapshot), a closed rectification, another unit's user, audit, and
 * backup + restore keeping every file byte for byte.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupToFile, restoreFromFile } from '../../src/features/system/backup.ts';
import { runMigrations } from '../../src/platform/db/migrate.ts';
import {
  auditLog,
  evidenceBlobs,
  evidenceFiles,
  workflowVersions,
} from '../../src/platform/db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { createTestDatabase } from '../support/db.ts';
import { DOCX, EXE, PDF, PNG, XLSX, b64 } from './samples.ts';

let t: TestApp;
const S: Record<string, Session> = {};
let projectId: string;
let xxzx: string;

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
/** A valid PDF of about `size` bytes (padded with a comment). */
const pdfOf = (size: number) =>
  Buffer.concat([PDF, Buffer.from('%' + 'x'.repeat(Math.max(0, size - PDF.length - 2)) + '\n')]);

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['admin', 'scxxzx_jbr', 'scxxzx_cz', 'scswt_jbr', 'sczwfw_jbr', 'hnswt_jbr', 'hnswt_cz'])
    S[u] = await t.login(u);
  xxzx = await t.orgId('SC-SWT-XXZX');
  const items = (await S.scxxzx_jbr!.request('GET', `/api/projects?orgId=${xxzx}`)).json().items as Array<{
    id: string;
  }>;
  projectId = items[0]!.id;
});
afterAll(async () => t.close());

/** An upload as the web page sends it: the file itself (POST …/evidence/file), name and indicator in the query. */
async function upload(
  who: string,
  url: string,
  fileName: string,
  bytes: Buffer,
  extra: Record<string, string> = {},
) {
  const query = new URLSearchParams({ fileName, ...extra });
  return S[who]!.request('POST', `${url}/file?${query}`, bytes, {
    'content-type': 'application/octet-stream',
  });
}

describe('uploading and downloading 佐证材料', () => {
  it('stores a PDF with its SHA-256, lists it, audits it and serves it only as an attachment', async () => {
    const res = await upload(
      'scxxzx_jbr',
      `/api/projects/${projectId}/evidence`,
      '项目验收报告（终稿）.pdf',
      PDF,
    );
    expect(res.statusCode, res.body).toBe(201);
    const file = res.json().file;
    expect(file).toMatchObject({
      ownerKind: 'project',
      fileName: '项目验收报告（终稿）.pdf',
      size: PDF.length,
      contentType: 'application/pdf',
      sha256: sha(PDF),
      uploadedBy: expect.any(String),
    });
    const list = (await S.scxxzx_jbr!.request('GET', `/api/projects/${projectId}/evidence`)).json();
    expect(list.files.map((f: { id: string }) => f.id)).toContain(file.id);
    expect(list.readOnly).toBeNull();
    expect(list.limits.maxFileBytes).toBe(20 * 1024 * 1024);

    const dl = await S.scxxzx_jbr!.request('GET', `/api/evidence/${file.id}`);
    expect(dl.statusCode).toBe(200);
    expect(Buffer.compare(dl.rawPayload, PDF)).toBe(0);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(dl.headers['x-content-type-options']).toBe('nosniff');
    const cd = String(dl.headers['content-disposition']);
    expect(cd.startsWith('attachment;')).toBe(true);
    expect(cd).toContain(
      "filename*=UTF-8''%E9%A1%B9%E7%9B%AE%E9%AA%8C%E6%94%B6%E6%8A%A5%E5%91%8A%EF%BC%88%E7%BB%88%E7%A8%BF%EF%BC%89.pdf",
    );
    // The ASCII stand-in never carries raw Chinese (header values are Latin-1).
    expect(/filename="[\x20-\x7e]+"/.test(cd)).toBe(true);
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(cd)![1]!)).toBe('项目验收报告（终稿）.pdf');

    const audit = await t.deps.db.select().from(auditLog).where(eq(auditLog.entityId, file.id));
    expect(audit.map((a) => a.action)).toEqual(['evidence.upload']);
    expect(audit[0]!.after).toMatchObject({ sha256: sha(PDF), fileName: '项目验收报告（终稿）.pdf' });

    // A file of several 1 MB slices comes back byte for byte (the download is streamed slice by slice).
    const large = pdfOf(2.5 * 1024 * 1024 + 3);
    const up = await upload('scxxzx_jbr', `/api/projects/${projectId}/evidence`, '大报告.pdf', large);
    expect(up.statusCode, up.body).toBe(201);
    const down = await S.scxxzx_jbr!.request('GET', `/api/evidence/${up.json().file.id}`);
    expect(down.headers['content-length']).toBe(String(large.length));
    expect(sha(down.rawPayload)).toBe(sha(large));

    // The older JSON shape (Base64) still stores the same content: the same file, answered as a duplicate.
    const json = await S.scxxzx_jbr!.request('POST', `/api/projects/${projectId}/evidence`, {
      fileName: '验收报告副本.pdf',
      contentBase64: b64(PDF),
    });
    expect(json.statusCode, json.body).toBe(200);
    expect(json.json()).toMatchObject({ duplicate: true, file: { id: file.id } });
    // A JSON body sent to the raw route is told how to send the file.
    const wrong = await S.scxxzx_jbr!.request(
      'POST',
      `/api/projects/${projectId}/evidence/file?fileName=a.pdf`,
      {
        contentBase64: b64(PDF),
      },
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toContain('请以文件本身作为请求内容上传');
    const noName = await S.scxxzx_jbr!.request('POST', `/api/projects/${projectId}/evidence/file`, PDF, {
      'content-type': 'application/octet-stream',
    });
    expect(noName.statusCode).toBe(400);
    expect(noName.json().error.message).toContain('请提供文件名');
  });

  it('keeps one copy of identical content; the same file twice in one place answers the first', async () => {
    const first = await upload('scxxzx_jbr', `/api/projects/${projectId}/evidence`, '图片.png', PNG);
    expect(first.statusCode).toBe(201);
    const again = await upload('scxxzx_jbr', `/api/projects/${projectId}/evidence`, '同一张图片.png', PNG);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ duplicate: true, file: { id: first.json().file.id } });
    // The same content on an indicator is another attachment of the same blob.
    const indicators = (await S.scxxzx_jbr!.request('GET', `/api/projects/${projectId}`)).json()
      .indicators as Array<{ level3: string }>;
    const name = indicators[0]!.level3;
    const onIndicator = await upload(
      'scxxzx_jbr',
      `/api/projects/${projectId}/evidence`,
      '指标佐证.png',
      PNG,
      {
        indicator: name,
      },
    );
    expect(onIndicator.statusCode, onIndicator.body).toBe(201);
    expect(onIndicator.json().file).toMatchObject({ ownerKind: 'indicator', indicator: name });
    const blobs = await t.deps.db
      .select()
      .from(evidenceBlobs)
      .where(eq(evidenceBlobs.sha256, sha(PNG)));
    expect(blobs).toHaveLength(1);
    const files = await t.deps.db
      .select()
      .from(evidenceFiles)
      .where(eq(evidenceFiles.sha256, sha(PNG)));
    expect(files).toHaveLength(2);
    const list = (await S.scxxzx_jbr!.request('GET', `/api/projects/${projectId}/evidence`)).json();
    expect(list.files.filter((f: { indicator: string }) => f.indicator === name)).toHaveLength(1);

    const unknown = await upload('scxxzx_jbr', `/api/projects/${projectId}/evidence`, 'x.png', PNG, {
      indicator: '没有这个指标',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('「没有这个指标」');
  });

  it('takes Word and Excel packages recognised by their content', async () => {
    for (const [name, bytes, type] of [
      ['会议纪要.docx', DOCX, 'wordprocessingml'],
      ['明细.xlsx', XLSX, 'spreadsheetml'],
    ] as const) {
      const res = await upload('scxxzx_jbr', `/api/projects/${projectId}/evidence`, name, bytes);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().file.contentType).toContain(type);
    }
  });

  it('refuses a type outside the allow-list, by content and not by name (422, in Chinese)', async () => {
    const exeAsPdf = await upload('scxxzx_jbr', `/api/projects/${projectId}/evidence`, '发票.pdf', EXE);
    expect(exeAsPdf.statusCode).toBe(422);
    expect(exeAsPdf.json().error.message).toContain('「发票.pdf」的内容不是有效的PDF 文档');
    const pngAsPdf = await upload('scxxzx_jbr', `/api/projects/${projectId}/evidence`, '照片.pdf', PNG);
    expect(pngAsPdf.statusCode).toBe(422);
    expect(pngAsPdf.json().error.message).toContain('内容是PNG 图片');
    const exe = await upload('scxxzx_jbr', `/api/projects/${projectId}/evidence`, 'setup.exe', EXE);
    expect(exe.statusCode).toBe(422);
    expect(exe.json().error.message).toContain('不支持的文件类型');
    // A renamed DOCX is still a ZIP: an archive that is no Office package is refused too.
    const zipAsDocx = await upload(
      'scxxzx_jbr',
      `/api/projects/${projectId}/evidence`,
      '压缩包.docx',
      Buffer.from(XLSX.toString('latin1').replace('xl/workbook.xml', 'xx/nothing0.xml'), 'latin1'),
    );
    expect(zipAsDocx.statusCode).toBe(422);
    const empty = await upload(
      'scxxzx_jbr',
      `/api/projects/${projectId}/evidence`,
      '空.pdf',
      Buffer.alloc(0),
    );
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toBe('文件「空.pdf」是空文件，不能作为佐证材料。');
  });

  it('refuses another unit’s users everywhere (not found), changing nothing', async () => {
    const [file] = await t.deps.db.select().from(evidenceFiles).where(eq(evidenceFiles.ownerId, projectId));
    const count = async () =>
      (await t.deps.db.execute(sql`SELECT count(*)::int AS n FROM evidence_files`)).rows;
    const before = await count();
    for (const who of ['hnswt_jbr', 'hnswt_cz']) {
      expect((await S[who]!.request('GET', `/api/projects/${projectId}/evidence`)).statusCode).toBe(404);
      expect((await S[who]!.request('GET', `/api/evidence/${file!.id}`)).statusCode).toBe(404);
      expect([403, 404]).toContain((await S[who]!.request('DELETE', `/api/evidence/${file!.id}`)).statusCode);
      const up = await upload(who, `/api/projects/${projectId}/evidence`, '越权.pdf', PDF);
      expect([403, 404]).toContain(up.statusCode);
    }
    expect(await count()).toEqual(before);
  });
});

describe('size limits', () => {
  let small: TestApp;
  beforeAll(async () => {
    small = await createTestApp({ evidence: { maxFileBytes: 4 * 1024, maxTotalBytes: 6 * 1024 } });
  });
  afterAll(async () => small.close());

  it('answers 413 「文件过大」 naming the limit, per file and per place, for raw bytes and Base64', async () => {
    const clerk = await small.login('scxxzx_jbr');
    const org = await small.orgId('SC-SWT-XXZX');
    const pid = (await clerk.request('GET', `/api/projects?orgId=${org}`)).json().items[0].id as string;
    const big = await clerk.request('POST', `/api/projects/${pid}/evidence`, {
      fileName: '大文件.pdf',
      contentBase64: b64(pdfOf(5 * 1024)),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.message).toBe('文件过大：「大文件.pdf」为 5 KB，单个佐证材料不能超过 4 KB。');
    const one = await clerk.request('POST', `/api/projects/${pid}/evidence`, {
      fileName: '一.pdf',
      contentBase64: b64(pdfOf(3500)),
    });
    expect(one.statusCode).toBe(201);
    const two = await clerk.request('POST', `/api/projects/${pid}/evidence`, {
      fileName: '二.pdf',
      contentBase64: b64(pdfOf(3600)),
    });
    expect(two.statusCode).toBe(413);
    expect(two.json().error.message).toMatch(/^文件过大：.*不能超过 6 KB/);
    const raw = await clerk.request(
      'POST',
      `/api/projects/${pid}/evidence/file?fileName=${encodeURIComponent('大文件.pdf')}`,
      pdfOf(5 * 1024),
      { 'content-type': 'application/octet-stream' },
    );
    expect(raw.statusCode).toBe(413);
    expect(raw.json().error.message).toBe('文件过大：「大文件.pdf」为 5 KB，单个佐证材料不能超过 4 KB。');
  });

  it('refuses a body over the server’s limit with 413 「请求内容过大」', async () => {
    const tiny = await createTestApp({ bodyLimitMb: 1 });
    try {
      const clerk = await tiny.login('scxxzx_jbr');
      const org = await tiny.orgId('SC-SWT-XXZX');
      const pid = (await clerk.request('GET', `/api/projects?orgId=${org}`)).json().items[0].id as string;
      const res = await clerk.request(
        'POST',
        `/api/projects/${pid}/evidence/file?fileName=big.pdf`,
        pdfOf(1024 * 1024 + 10),
        { 'content-type': 'application/octet-stream' },
      );
      expect(res.statusCode).toBe(413);
      expect(res.json().error.message).toBe('请求内容过大（上限 1 MB），请减小后重试。');
    } finally {
      await tiny.close();
    }
  });
});

describe('frozen documents, closed rectifications, removal', () => {
  it('removes a file (audited) while the goals are a draft', async () => {
    const res = await upload('scxxzx_jbr', `/api/projects/${projectId}/evidence`, '待删除.pdf', pdfOf(900));
    const id = res.json().file.id as string;
    const del = await S.scxxzx_jbr!.request('DELETE', `/api/evidence/${id}`);
    expect(del.statusCode, del.body).toBe(200);
    expect((await S.scxxzx_jbr!.request('GET', `/api/evidence/${id}`)).statusCode).toBe(404);
    const list = (await S.scxxzx_jbr!.request('GET', `/api/projects/${projectId}/evidence`)).json();
    expect(list.files.map((f: { id: string }) => f.id)).not.toContain(id);
    const audit = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'evidence.delete')));
    expect(audit).toHaveLength(1);
  });

  it('lists the files in the frozen snapshot and refuses adding or removing them afterwards (409)', async () => {
    const chains = (await S.admin!.request('GET', `/api/workflow/chains?orgId=${xxzx}`)).json()
      .items as Array<{
      kind: string;
      own: { version: number } | null;
    }>;
    const setChain = await S.admin!.request('PUT', `/api/workflow/chains/${xxzx}`, {
      kind: 'project_goals',
      version: chains.find((c) => c.kind === 'project_goals')?.own?.version ?? null,
      chain: {
        id: 'evidence-goals',
        name: '一步审定',
        revision: 1,
        initiator: { role: 'clerk' },
        initiatorStepName: '经办人提交',
        steps: [
          { id: 'only', name: '审定', assignee: { role: 'reviewer', position: '处长' }, mode: 'single' },
        ],
      },
    });
    expect(setChain.statusCode, setChain.body).toBe(200);
    const command = async (who: string, type: string, extra: object = {}) => {
      const v = (await S[who]!.request('GET', `/api/workflow/documents/${projectId}`)).json();
      const res = await S[who]!.request('POST', `/api/workflow/documents/${projectId}/${type}`, {
        commandId: randomUUID(),
        expectedVersion: v.version,
        ...extra,
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    await command('scxxzx_jbr', 'submit');
    // Under review the 经办人 cannot change the files either.
    const during = await upload(
      'scxxzx_jbr',
      `/api/projects/${projectId}/evidence`,
      '审核中.pdf',
      pdfOf(700),
    );
    expect(during.statusCode).toBe(403);
    const frozen = await command('scxxzx_cz', 'approve', { step: 0, opinion: '同意' });
    expect(frozen.status).toBe('frozen');

    const live = (await S.scxxzx_jbr!.request('GET', `/api/projects/${projectId}/evidence`)).json();
    expect(live.readOnly).toContain('已定稿');
    const [version] = await t.deps.db
      .select()
      .from(workflowVersions)
      .where(eq(workflowVersions.documentId, projectId));
    const snap = version!.data as { project: unknown; evidence: Array<{ fileName: string; sha256: string }> };
    expect(snap.project).toBeDefined();
    expect(snap.evidence.map((f) => [f.fileName, f.sha256]).sort()).toEqual(
      live.files.map((f: { fileName: string; sha256: string }) => [f.fileName, f.sha256]).sort(),
    );
    expect(snap.evidence.some((f) => f.sha256 === sha(PDF))).toBe(true);

    const rows = async () =>
      JSON.stringify([
        (await t.deps.db.execute(sql`SELECT to_jsonb(f)::text FROM evidence_files f ORDER BY 1`)).rows,
        (await t.deps.db.execute(sql`SELECT count(*)::int AS n FROM audit_log`)).rows,
      ]);
    const before = await rows();
    const add = await upload('scxxzx_jbr', `/api/projects/${projectId}/evidence`, '定稿后.pdf', pdfOf(800));
    expect(add.statusCode).toBe(409);
    expect(add.json().error.message).toContain('已定稿');
    const onIndicator = await upload('scxxzx_jbr', `/api/projects/${projectId}/evidence`, '定稿后.png', PNG, {
      indicator: 'x',
    });
    expect(onIndicator.statusCode).toBe(409);
    const del = await S.scxxzx_jbr!.request('DELETE', `/api/evidence/${live.files[0].id}`);
    expect(del.statusCode).toBe(409);
    expect(await rows()).toBe(before);
    // Reading stays possible.
    expect((await S.scxxzx_jbr!.request('GET', `/api/evidence/${live.files[0].id}`)).statusCode).toBe(200);
  });

  it('takes files on a rectification until its closure is confirmed', async () => {
    const raised = await S.scswt_jbr!.request('POST', '/api/rectifications', {
      orgId: xxzx,
      fiscalYear: 2020,
      source: 'supervisor',
      problem: '资金支付进度偏慢',
      requirement: '加快支付',
      responsiblePerson: '张三',
      deadline: '2026-12-31',
    });
    expect(raised.statusCode, raised.body).toBe(201);
    const id = raised.json().id as string;
    const url = `/api/rectifications/${id}/evidence`;
    const up = await upload('scxxzx_jbr', url, '整改报告.docx', DOCX);
    expect(up.statusCode, up.body).toBe(201);
    // The raising department sees the unit's evidence.
    const seen = (await S.scswt_jbr!.request('GET', url)).json();
    expect(seen.files.map((f: { fileName: string }) => f.fileName)).toEqual(['整改报告.docx']);
    let r = (
      await S.scxxzx_jbr!.request('PUT', `/api/rectifications/${id}`, {
        version: 1,
        measures: '调整支付计划',
        result: '已完成支付',
      })
    ).json();
    r = (
      await S.scxxzx_jbr!.request('POST', `/api/rectifications/${id}/complete`, { version: r.version })
    ).json();
    const confirmed = await S.scswt_jbr!.request('POST', `/api/rectifications/${id}/confirm`, {
      version: r.version,
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const late = await upload('scxxzx_jbr', url, '补充.pdf', pdfOf(600));
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toContain('已确认整改完成');
    expect((await S.hnswt_jbr!.request('GET', url)).statusCode).toBe(404);
  });
});

describe('backup and restore', () => {
  it('keeps every file byte for byte', async () => {
    // A larger file too, with every byte value, so that no encoding step can hide a change.
    const bytes = Buffer.concat([
      PDF,
      Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 256)),
    ]);
    // 四川省政务服务和公共资源交易服务中心's self-evaluation (001), by its own 经办人.
    const zwfw = await t.orgId('SC-ZWFW');
    const evaluations = (await S.sczwfw_jbr!.request('GET', `/api/evaluations?orgId=${zwfw}`)).json()
      .items as Array<{ id: string }>;
    const target = `/api/evaluations/${evaluations[0]!.id}/evidence`;
    const up = await upload('sczwfw_jbr', target, '全部字节.pdf', bytes);
    expect(up.json().file?.ownerKind).toBe('evaluation');
    expect((await S.scxxzx_jbr!.request('GET', target)).statusCode).toBe(404);
    expect(up.statusCode, up.body).toBe(201);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-evidence-'));
    const copy = await createTestDatabase({ empty: true });
    try {
      await runMigrations(copy.db);
      const file = path.join(dir, 'b.jixiao.gz');
      const made = await backupToFile(t.database.pool, file, new Date());
      const restored = await restoreFromFile(copy.pool, file, { force: false });
      expect(restored.rows).toBe(made.rows);
      const source = await t.deps.db.select().from(evidenceBlobs);
      const copied = await copy.db.select().from(evidenceBlobs);
      expect(copied.length).toBe(source.length);
      expect(source.length).toBeGreaterThanOrEqual(1);
      for (const blob of source) {
        const other = copied.find((c) => c.sha256 === blob.sha256)!;
        expect(Buffer.compare(other.content, blob.content)).toBe(0);
        expect(sha(other.content)).toBe(blob.sha256);
      }
      const [big] = await copy.db
        .select()
        .from(evidenceBlobs)
        .where(eq(evidenceBlobs.sha256, sha(bytes)));
      expect(Buffer.compare(big!.content, bytes)).toBe(0);
      expect(await copy.db.select().from(evidenceFiles).orderBy(evidenceFiles.id)).toEqual(
        await t.deps.db.select().from(evidenceFiles).orderBy(evidenceFiles.id),
      );
    } finally {
      await copy.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('an indicator’s 佐证材料 follow the indicator, not its name', () => {
  it('keeps the files through a rename; two indicators of the same name keep their own', async () => {
    const clerk = S.scxxzx_jbr!;
    const row = (level3: string, id?: string) => ({
      ...(id ? { id } : {}),
      level1: '产出指标',
      level2: '数量指标',
      level3,
      target: '≥10个',
    });
    const created = await clerk.request('POST', '/api/projects', {
      orgId: xxzx,
      fiscalYear: 2020,
      name: '佐证随指标测试项目',
      indicators: [row('培训场次'), row('培训场次')],
    });
    expect(created.statusCode, created.body).toBe(201);
    const p = created.json();
    const [a, b] = p.indicators as Array<{ id: string }>;
    const url = `/api/projects/${p.id}/evidence`;
    expect((await upload('scxxzx_jbr', url, '第一个.pdf', PDF, { indicatorId: a!.id })).statusCode).toBe(201);
    expect((await upload('scxxzx_jbr', url, '第二个.png', PNG, { indicatorId: b!.id })).statusCode).toBe(201);
    // By name alone the shared name cannot say which.
    const byName = await upload('scxxzx_jbr', url, '第三个.pdf', pdfOf(500), { indicator: '培训场次' });
    expect(byName.statusCode).toBe(400);
    expect(byName.json().error.message).toContain('有多个名为「培训场次」的绩效指标');

    const saved = await clerk.request('PUT', `/api/projects/${p.id}/indicators`, {
      version: p.version,
      indicators: [row('线下培训场次', a!.id), row('培训场次', b!.id)],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().indicators.map((i: { id: string }) => i.id)).toEqual([a!.id, b!.id]);

    type F = { fileName: string; indicatorId: string | null; indicator: string };
    const files = ((await clerk.request('GET', url)).json().files as F[]).map((f) => [
      f.fileName,
      f.indicatorId,
      f.indicator,
    ]);
    expect(files).toEqual([
      ['第一个.pdf', a!.id, '线下培训场次'],
      ['第二个.png', b!.id, '培训场次'],
    ]);
    // A save without ids (an import, an API client) keeps each indicator by its name.
    const again = await clerk.request('PUT', `/api/projects/${p.id}/indicators`, {
      version: saved.json().version,
      indicators: [row('培训场次'), row('线下培训场次')],
    });
    expect(again.json().indicators.map((i: { id: string }) => i.id)).toEqual([b!.id, a!.id]);
  });
});
