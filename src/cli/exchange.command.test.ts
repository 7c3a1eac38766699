import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fromRecords,
  readJsonFile,
  toJsonFile,
  toRecords,
  type ExchangeUnit,
} from '../domain/exchange/index.ts';
import { runExchangeCheck, runExchangeConvert } from './exchange.command.ts';

const unit: ExchangeUnit = {
  mofDivCode: '510000000',
  mofDivName: '',
  agencyCode: '101001',
  agencyName: '',
  fiscalYear: 2020,
  projects: [
    {
      code: '',
      name: '信息化运维',
      budgetFiscal: '195.01',
      budgetOther: '0',
      executedFiscal: '190',
      executedOther: '0',
      goalExpected: '保障系统稳定运行',
      goalActual: '系统全年稳定运行',
      indicators: [
        {
          level1: '产出指标',
          level2: '质量指标',
          level3: '故障宕机率',
          target: '≤10%',
          standards: null,
          actual: '8%',
          direction: 'lower',
          unit: '%',
          scoringRule: '',
          libraryCode: null,
          deviationReason: '',
          improvement: '',
        },
      ],
    },
  ],
  monitoring: [],
  selfResults: [],
};

const capture = () => {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: { write: (t: string) => void (out += t) },
      stderr: { write: (t: string) => void (err += t) },
    },
    out: () => out,
    err: () => err,
  };
};

describe('jixiao exchange', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-exchange-cli-'));

  it('checks a file, converts it to a workbook and back without losing anything', async () => {
    const json = join(dir, 'unit.json');
    writeFileSync(json, JSON.stringify(toJsonFile(toRecords([unit]))));
    const c = capture();
    expect(await runExchangeCheck(json, {}, c.io)).toBe(0);
    expect(c.out()).toContain(
      '101001（2020 年，财政区划 510000000）：项目 1 个，绩效指标 1 个，监控 无，自评结果 0 条',
    );
    const xlsx = join(dir, 'unit.xlsx');
    expect(await runExchangeConvert(json, xlsx, capture().io)).toBe(0);
    expect(await runExchangeCheck(xlsx, {}, capture().io)).toBe(0);
    const back = join(dir, 'back.json');
    expect(await runExchangeConvert(xlsx, back, capture().io)).toBe(0);
    const read = readJsonFile(JSON.parse(readFileSync(back, 'utf8')));
    if (!read.ok) throw new Error('unreadable');
    expect(fromRecords(read.sheets).units).toEqual([unit]);
  });

  it('prints each problem with its row and field and exits 1; refuses to convert such a file', async () => {
    const records = toRecords([unit]);
    records.indicators[0]!.computesign = '≥';
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(toJsonFile(records)));
    const c = capture();
    expect(await runExchangeCheck(bad, {}, c.io)).toBe(1);
    expect(c.out()).toContain('perf_bgt_indicator（绩效指标）第1条「computesign（');
    expect(c.out()).toContain('共 1 处问题。');
    const d = capture();
    expect(await runExchangeConvert(bad, join(dir, 'x.xlsx'), d.io)).toBe(1);
    expect(d.err()).toContain('未转换');
  });

  it('says plainly when a file cannot be read', async () => {
    await expect(runExchangeCheck(join(dir, 'missing.json'), {}, capture().io)).rejects.toThrow(
      '无法读取文件',
    );
    const txt = join(dir, 'a.txt');
    writeFileSync(txt, 'x');
    await expect(runExchangeCheck(txt, {}, capture().io)).rejects.toThrow('应为 .xlsx 或 .json 文件');
  });
});
