import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.ts';
import { rawUpload, requireWorkbook, sizeText, uploadedBytes, ZUploadFileName } from './upload-bytes.ts';

const rules = {
  maxBytes: 8,
  tooLarge: (size: number) => `太大：${size}`,
  empty: '空文件',
  badBase64: '不是 Base64',
};

async function refusal(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return { code: (error as AppError).code, message: (error as AppError).message };
}

describe('uploadedBytes', () => {
  it('gives raw bytes as they came and Base64 decoded, within the limit', async () => {
    const bytes = Buffer.from('12345678');
    expect(await uploadedBytes('a.txt', { bytes }, rules)).toBe(bytes);
    expect(
      (await uploadedBytes('a.txt', { contentBase64: bytes.toString('base64') }, rules)).equals(bytes),
    ).toBe(true);
  });

  it('refuses one byte over the limit (413) in either shape, judging Base64 by its length', async () => {
    const nine = Buffer.from('123456789');
    expect(await refusal(uploadedBytes('a.txt', { bytes: nine }, rules))).toEqual({
      code: 'TOO_LARGE',
      message: '太大：9',
    });
    // Not Base64 at all, but too long: refused for its size before any decoding.
    expect(await refusal(uploadedBytes('a.txt', { contentBase64: '%'.repeat(40) }, rules))).toEqual({
      code: 'TOO_LARGE',
      message: '太大：30',
    });
    expect(
      await refusal(uploadedBytes('a.txt', { contentBase64: nine.toString('base64') }, rules)),
    ).toMatchObject({ code: 'TOO_LARGE' });
  });

  it('refuses an empty file and a text that is not Base64 with the feature’s messages', async () => {
    expect(await refusal(uploadedBytes('a.txt', { bytes: Buffer.alloc(0) }, rules))).toEqual({
      code: 'VALIDATION',
      message: '空文件',
    });
    expect(await refusal(uploadedBytes('a.txt', { contentBase64: '!!!!' }, rules))).toEqual({
      code: 'VALIDATION',
      message: '不是 Base64',
    });
  });
});

describe('rawUpload', () => {
  const request = (body: unknown, type = 'application/octet-stream') =>
    ({ body, headers: { 'content-type': type } }) as unknown as FastifyRequest;

  it('takes the body as the file, an empty octet-stream as an empty file, and refuses JSON', () => {
    const bytes = Buffer.from('PK');
    expect(rawUpload(request(bytes), '文件名（fileName）')).toBe(bytes);
    expect(rawUpload(request(undefined), '文件名（fileName）').length).toBe(0);
    expect(() =>
      rawUpload(request({ contentBase64: 'UEs=' }, 'application/json'), '文件名（fileName）'),
    ).toThrow(
      '请以文件本身作为请求内容上传（Content-Type: application/octet-stream），文件名（fileName）放在查询参数中。',
    );
  });
});

describe('the small rules of an upload', () => {
  it('names a missing file name, refuses a non-workbook with 422, and writes sizes', () => {
    expect(ZUploadFileName.safeParse(undefined).error?.issues[0]?.message).toContain('请提供文件名');
    expect(ZUploadFileName.safeParse('  ').error?.issues[0]?.message).toContain('请提供文件名');
    expect(ZUploadFileName.parse(' 决算.xlsx ')).toBe('决算.xlsx');
    expect(() => requireWorkbook(Buffer.from('PK\u0003\u0004'), '坏')).not.toThrow();
    try {
      requireWorkbook(Buffer.from('hello'), '不是工作簿');
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: 'UNPROCESSABLE', message: '不是工作簿' });
    }
    expect(sizeText(10 * 1024 * 1024 + 1)).toBe('10 MB');
    expect(sizeText(1536)).toBe('2 KB');
  });
});
