/** The versioned JSON exchange format: today's files (no formatVersion) still load, migrated on read. */
import { describe, expect, it } from 'vitest';
import { EXCHANGE_FORMAT_VERSION, readAccountsExchange, toAccountsExchange } from './exchange.ts';
import { seed000 } from './fixtures/seed000.ts';
import { seed001 } from './fixtures/seed001.ts';
import exampleFile from '../../../docs/examples/final-accounts-000.json' with { type: 'json' };

describe('exchange format', () => {
  it('reads a file written before formatVersion existed as version 1 and migrates it', () => {
    // the example as it was written before formatVersion existed
    const example = JSON.parse(JSON.stringify(exampleFile)) as Record<string, unknown>;
    delete example.formatVersion;
    const r = readAccountsExchange(example);
    expect(r.ok && { v: r.formatVersion, migrated: r.migrated }).toEqual({ v: 1, migrated: true });
    for (const seed of [seed000, seed001]) {
      const old = readAccountsExchange(JSON.parse(JSON.stringify(seed)));
      expect(old.ok && old.value).toEqual(seed);
    }
  });
  it('writes the current version and reads it back unchanged', () => {
    const file = JSON.parse(JSON.stringify(toAccountsExchange(seed001)));
    expect(file.formatVersion).toBe(EXCHANGE_FORMAT_VERSION);
    const r = readAccountsExchange(file);
    expect(r.ok && r.value).toEqual(seed001);
    expect(r.ok && r.migrated).toBe(false);
  });
  it('refuses a newer or a malformed version, and a non-object, in Chinese', () => {
    const newer = readAccountsExchange({ ...seed000, formatVersion: EXCHANGE_FORMAT_VERSION + 1 });
    expect(!newer.ok && newer.problems[0]).toEqual({
      path: 'formatVersion',
      message: `文件的格式版本为 ${EXCHANGE_FORMAT_VERSION + 1}，本系统支持到 ${EXCHANGE_FORMAT_VERSION}；请升级系统后再读取`,
    });
    const bad = readAccountsExchange({ ...seed000, formatVersion: '2' });
    expect(!bad.ok && bad.problems[0]?.path).toBe('formatVersion');
    const arr = readAccountsExchange([]);
    expect(!arr.ok && arr.problems[0]?.message).toMatch(/JSON 对象/);
  });
  it('still names the JSON path of a bad field', () => {
    const bad = JSON.parse(JSON.stringify(toAccountsExchange(seed000)));
    bad.current.summary.income.total = 1;
    const r = readAccountsExchange(bad);
    expect(!r.ok && r.problems.map((p) => p.path)).toEqual(['current.summary.income.total']);
  });
});
