import { describe, expect, it } from 'vitest';
import { splitWhite } from './context.ts';

describe('splitWhite', () => {
  it('splits as split(/\\s+/) does, white space of every kind', () => {
    const samples = [
      '',
      ' ',
      'a',
      '  项目  名称  ',
      '合计\t12.50\u3000 100.00',
      '\u00a0甲\u2003乙\ufeff丙\u2028丁\u205f戊\u1680己\u202f庚\r\n',
      '一二三四五',
      'a  b\u000bc\u000cd',
    ];
    for (const s of samples) expect(splitWhite(s)).toEqual(s.split(/\s+/));
  });

  it('agrees with split(/\\s+/) on every code point below U+3100 as a separator', () => {
    for (let c = 0; c < 0x3100; c++) {
      const s = `x${String.fromCharCode(c)}y${String.fromCharCode(c)}`;
      expect(splitWhite(s)).toEqual(s.split(/\s+/));
    }
    const s = `x${String.fromCharCode(0xfeff)}y`;
    expect(splitWhite(s)).toEqual(s.split(/\s+/));
  });
});
