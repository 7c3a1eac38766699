import { describe, expect, it } from 'vitest';
import { checkFileType, formatSize, sniffContent } from './file-types.ts';

const bytes = (s: string) => Buffer.from(s, 'latin1');

describe('evidence file types, by content', () => {
  it('recognises the allowed kinds by their first bytes', () => {
    expect(sniffContent(bytes('%PDF-1.7\n'), 'pdf')?.mime).toBe('application/pdf');
    expect(sniffContent(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'jpg')?.mime).toBe('image/jpeg');
    expect(sniffContent(bytes('GIF89a....'), 'gif')?.mime).toBe('image/gif');
    expect(sniffContent(bytes('RIFF\0\0\0\0WEBPVP8 '), 'webp')?.mime).toBe('image/webp');
    expect(sniffContent(bytes('PK\x03\x04...OFD.xml...'), 'ofd')?.mime).toBe('application/ofd');
    expect(sniffContent(Buffer.from('项目,金额\n培训,1.5\n'), 'csv')?.mime).toContain('text/csv');
  });

  it('tells Word from Excel 97-2003 only by the name, and refuses the compound file under any other name', () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(sniffContent(ole, 'doc')?.mime).toBe('application/msword');
    expect(sniffContent(ole, 'xls')?.mime).toBe('application/vnd.ms-excel');
    expect(checkFileType('宏.pdf', ole).ok).toBe(false);
  });

  it('refuses binary content named as text, and HTML is only ever text', () => {
    expect(checkFileType('说明.txt', Buffer.from([0x4d, 0x5a, 0, 1, 2])).ok).toBe(false);
    const html = checkFileType('页面.txt', Buffer.from('<script>alert(1)</script>'));
    expect(html.ok && html.type.mime).toBe('text/plain; charset=utf-8');
    expect(checkFileType('页面.html', Buffer.from('<html></html>')).ok).toBe(false);
  });

  it('names the extension and the content when they disagree', () => {
    const v = checkFileType('扫描件.JPG', bytes('%PDF-1.4'));
    expect(v).toEqual({ ok: false, message: expect.stringContaining('扩展名是 .jpg，但内容是PDF 文档') });
  });

  it('formats sizes as people read them', () => {
    expect(formatSize(20 * 1024 * 1024)).toBe('20 MB');
    expect(formatSize(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(formatSize(4096)).toBe('4 KB');
    expect(formatSize(12)).toBe('12 字节');
  });
});
