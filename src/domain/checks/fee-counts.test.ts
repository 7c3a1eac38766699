import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

const notice = (people: string, batches: string) =>
  [
    '某市水利局2031年度“三公”经费决算公开说明',
    '    一、因公出国（境）费。全年安排因公出国（境）团组1个、5人次，赴外省考察水利工程管理。',
    '    二、公务接待费。全年共接待国内公务来访38批次、266人次；外宾接待1批次、6人次。',
    '    三、公务用车。截至2031年12月31日，公务用车保有量7辆。',
    `    四、有关说明。2031年度因公出国（境）经费共涉及出国人员${people}人次，共接待国内来访${batches}批次，公务用车保有量为7辆。`,
  ].join('\n');

describe('三公 counts stated twice in other words (fee-counts.ts)', () => {
  it('agree', () => {
    expect(errors(notice('5', '38'))).toEqual([]);
  });
  it('are an error when they differ', () => {
    expect(errors(notice('6', '38'))).toEqual(['5 count.restated 5人次 6人次']);
    expect(errors(notice('5', '40'))).toEqual(['5 count.restated 38批次 40批次']);
  });
  it('are not compared across years, parts, periods or kinds of reception', () => {
    const other = notice('6', '40')
      .replace('2031年度因公出国', '2030年度因公出国')
      .replace('共接待国内来访40批次', '其中上半年接待国内来访40批次');
    expect(errors(other)).toEqual([]);
    const foreign = notice('5', '38').replace('共接待国内来访38批次', '共接待外宾3批次');
    expect(errors(foreign)).toEqual(['5 count.restated 1批次 3批次']);
  });
  it('are not read in a list of the main parts (主要包括 …等)', () => {
    const text = (part: string): string =>
      [
        '某县水务局2031年度“三公”经费决算公开说明',
        '    三、公务接待费。2031年度公务接待费决算4.12万元。全年共接待41批次、287人次，主要包括接待',
        `省级部门业务指导${part}批次、市级部门调研督导19批次等，均为国内公务接待。`,
      ].join('\n');
    expect(errors(text('12'))).toEqual([]);
    expect(errors(text('41'))).toEqual([]);
    // (A clause that leaves people out — "（不包括陪同人员）" — still states the count.)
    const whole = text('12').replace('287人次，主要包括', '287人次（不包括陪同人员），主要包括');
    expect(errors(`${whole}\n    全年共接待公务来访43批次。`)).toEqual(['4 count.restated 41批次 43批次']);
  });
});

describe('a closing sentence listing both kinds of count (fee-counts.ts)', () => {
  const closing = (people: string) =>
    [
      '某县林业局2031年度“三公”经费决算公开说明',
      '    一、因公出国（境）费。全年组织因公出国（境）团组1个、累计4人次，赴外省学习林区防火经验。',
      '    二、公务接待费。全年国内公务接待26批次、共计190人次。',
      `    以上因公出国（境）团组1个共${people}人次、国内公务接待26批次190人次，均按规定标准执行。`,
    ].join('\n');

  it('reads each item by the kind it names (a 累计 of the year is the year’s count)', () => {
    expect(errors(closing('6'))).toEqual(['4 count.restated 4人次 6人次']);
    expect(errors(closing('4'))).toEqual([]);
  });

  it('does not read a count accumulated over years', () => {
    const years = closing('4').replace('累计4人次', '2021年以来累计9人次');
    expect(errors(years)).toEqual([]);
  });
});

describe('国内公务接待 and 公务接待 when there was no foreign reception (fee-counts.ts)', () => {
  const notice = (later: string, foreign: string) =>
    [
      '某区园林局2032年度“三公”经费决算情况说明',
      `    一、公务接待费。2032年度决算为1.86万元，全年共发生国内公务接待17批次、121人次，${foreign}。`,
      `    二、其他事项。全年公务接待${later}批次均执行公函制度，未发生超标准接待。`,
    ].join('\n');
  it('are one count: the same figure twice is no error', () => {
    expect(errors(notice('17', '无外事接待'))).toEqual([]);
    expect(errors(notice('17', '外事接待0批次、0人次'))).toEqual([]);
  });
  it('differ: an error', () => {
    expect(errors(notice('19', '无外事接待'))).toEqual(['3 count.restated 17批次 19批次']);
  });
  it('are not compared when foreign receptions happened (the whole is then 国内 + 外事)', () => {
    expect(errors(notice('19', '外事接待2批次、14人次'))).toEqual([]);
    // (Last year's none says nothing of this year's.)
    expect(errors(notice('19', '外事接待2批次、14人次，2031年度未发生外事接待'))).toEqual([]);
    expect(errors(notice('19', '外事接待2批次、14人次，上年无外事接待'))).toEqual([]);
  });
});

describe('a count stated as the end of its change (fee-counts.ts)', () => {
  const notice = (to: string, later: string) =>
    [
      '某县档案馆2032年度“三公”经费决算情况说明',
      `    一、公务接待费。公务接待费支出减少的主要原因是压减陪同人数，接待批次由上年的31批次减少至${to}批次。`,
      `    二、有关说明。全年国内公务接待${later}批次、166人次，其中：接待外宾0批次、0人次。`,
    ].join('\n');
  it('is this year’s count: the same figure later is no error', () => {
    expect(errors(notice('27', '27'))).toEqual([]);
  });
  it('a different figure later is an error (last year’s 31 is not read as this year’s)', () => {
    expect(errors(notice('27', '29'))).toEqual(['3 count.restated 27批次 29批次']);
    expect(errors(notice('27', '31'))).toEqual(['3 count.restated 27批次 31批次']);
  });
});

describe('a part named by its kind after 其中 (fee-counts.ts)', () => {
  const notice = (later: string) =>
    [
      '某县气象局2033年度“三公”经费决算情况说明',
      '    一、公务接待费。公务接待费支出决算为1.42万元，其中：国内公务接待12批次、86人次；外事接待0批次。',
      `    二、其他说明。2033年度本局共接待国内来访${later}批次，未发生超标准接待。`,
    ].join('\n');
  it('is read as the count of its kind', () => {
    expect(errors(notice('12'))).toEqual([]);
    expect(errors(notice('15'))).toEqual(['3 count.restated 12批次 15批次']);
  });
});

describe('a clause counting receptions without saying which (fee-counts.ts)', () => {
  const notice = (total: string) =>
    [
      '某县农牧局2034年度“三公”经费决算情况说明',
      `    一、公务接待费。其中：国内公务接待支出5.12万元，接待21批次、147人次；外事接待支出0.96万元，接待2批次、11人次。全年共接待${total}批次、158人次。`,
      '    二、其他说明。全年外事接待2批次，均按规定报批。',
    ].join('\n');
  it('is of the kind its statement named before it', () => {
    expect(errors(notice('23'))).toEqual([]);
  });
  it('so the total is still held to the parts', () => {
    expect(errors(notice('24'))).toEqual(['2 count.sum 23批次 24批次']);
  });
});
