/**
 * A 三公 notice and a 自评报告 told in prose (made-up units and figures): a change with its base and a bracketed
 * year or 压减, a share of the 三公 total stated under another wording, a 单车平均 cost, the year after the
 * document's dating an outturn, last year's rate named in a 百分点 comparison, a sign-off before the year's end,
 * two counts of cars bought, and the 三公 total's change against its items' changes.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const findings = (t: string, rule: string): string[] =>
  checkTextReport(t)
    .findings.filter((f) => f.rule === rule && f.severity !== 'note')
    .map((f) => `${f.line} ${f.severity} ${f.expected} ${f.found}`);

/** A 三公 notice: total, three items with shares, cars, and a closing paragraph. */
const notice = (o: {
  total?: string;
  carShare?: string;
  perCar?: string;
  abroadYear?: string;
  cut?: string;
  lastYear?: string;
}): string =>
  [
    '              青禾县东湖街道办事处',
    '          2031年度“三公”经费支出决算情况说明',
    `   2031年度，青禾县东湖街道办事处“三公”经费财政拨款支出决算为${o.total ?? '20.00'}万元，完成年初预算25.00万元的80.00%；比上年（${o.lastYear ?? '2030'}年）的24.00万元减少4.00万元，下降16.67%。`,
    `   （一）因公出国（境）费。${o.abroadYear ?? '2031'}年度因公出国（境）费支出0.00万元，占“三公”经费的0.00%，与上年持平。`,
    `   （二）公务用车购置及运行维护费。2031年度公务用车购置及运行维护费支出15.00万元，占“三公”经费的${o.carShare ?? '75.00'}%，比上年减少3.00万元，下降16.67%。截至2031年12月31日，街道公务用车保有量4辆，单车平均运行维护费${o.perCar ?? '3.75'}万元。`,
    '   （三）公务接待费。2031年度公务接待费支出5.00万元，占“三公”经费的25.00%，比上年减少1.00万元，下降16.67%。',
    `   （四）其他相关情况。全年一般性支出300.00万元，比上年的320.00万元压减${o.cut ?? '20.00'}万元，压减6.25%。`,
  ].join('\n');

describe('a 三公 notice in prose', () => {
  it('finds nothing in a clean notice', () => {
    const errors = checkTextReport(notice({})).findings.filter((f) => f.severity !== 'note');
    expect(errors).toEqual([]);
  });

  it('reads a change with its base and a bracketed year, after a completion clause', () => {
    expect(findings(notice({ total: '20.90' }), 'change.amount')).toContain(
      '3 error 减少3.10万元 减少4.00万元',
    );
  });

  it('reads no bracketed year but the one before the document', () => {
    expect(findings(notice({ total: '20.90', lastYear: '2029' }), 'change.amount')).toEqual([]);
  });

  it('reads 压减 as a decrease', () => {
    expect(findings(notice({ cut: '21.00' }), 'change.amount')).toEqual([
      '7 error 减少20.00万元 压减21.00万元',
    ]);
  });

  it('judges a share of the 三公 total stated as its 财政拨款支出决算', () => {
    expect(findings(notice({ carShare: '78.00' }), 'share.percent')).toEqual(['5 error 75.00% 78.00%']);
  });

  it('leaves a share that fits the items when the stated total is itself wrong', () => {
    // (The items 0 + 15 + 5 = 20; the total misprinted: the car share is still wrong, the reception one fits.)
    expect(findings(notice({ total: '20.90', carShare: '78.00' }), 'share.percent')).toEqual([
      '5 error 71.77% 78.00%',
    ]);
  });

  it('judges a 单车平均 cost against the cars held', () => {
    expect(findings(notice({ perCar: '3.95' }), 'share.average')).toEqual(['5 error 3.75万元 3.95万元']);
  });

  it('reports the year after the document dating an outturn in a parallel section', () => {
    expect(findings(notice({ abroadYear: '2032' }), 'year.mismatch')).toEqual(['4 error 2031年度 2032年度']);
  });
});

const report = (o: { word?: string; signed?: string; cutoff?: string }): string =>
  [
    '      松岭县林业局2031年度部门整体支出',
    '            绩效自评报告',
    '一、部门预算及执行情况',
    `  ${o.cutoff ?? '截至2031年12月31日'}，全年实际支出900.00万元，预算执行率为90.00%，较上年预算执行率88.00%${o.word ?? '提高'}2.00个百分点。`,
    '二、存在问题',
    '  一是预算编制不够精准；二是个别项目执行进度偏慢。',
    '                              松岭县林业局',
    `                               ${o.signed ?? '2032年3月18日'}`,
  ].join('\n');

describe('a 自评报告', () => {
  it('finds nothing when the report is right', () => {
    expect(checkTextReport(report({})).findings.filter((f) => f.severity !== 'note')).toEqual([]);
  });
  it('reads last year’s rate named in the comparison', () => {
    expect(findings(report({ word: '下降' }), 'change.direction')).toEqual([
      '4 error 提高2.00个百分点 下降2.00个百分点',
    ]);
  });
  it('reports a sign-off in the year itself when the text states the year’s end', () => {
    expect(findings(report({ signed: '2031年3月18日' }), 'year.filing-date')).toEqual([
      '8 error 2032年前后 2031年',
    ]);
  });
  it('reports a sign-off in the year under a 年度 自评 title even when no year-end is stated', () => {
    // (A year is self-evaluated once it has ended: the date or the title's year is wrong.)
    expect(findings(report({ signed: '2031年3月18日', cutoff: '本年度' }), 'year.filing-date')).toEqual([
      '8 error 2032年前后 2031年',
    ]);
  });
  it('leaves a sign-off in the year under an 评价 title when no year-end is stated', () => {
    // (An 评价 may be of the part of a project done so far.)
    const evaluation = report({ signed: '2031年3月18日', cutoff: '本年度' }).replace(
      '绩效自评报告',
      '绩效评价报告',
    );
    expect(findings(evaluation, 'year.filing-date')).toEqual([]);
  });
});

const cars = (bought: number): string =>
  [
    '        石湾市水务局2031年度“三公”经费',
    '             决算情况说明',
    '    1.公务用车购置费。年初预算30.00万元，决算支出28.00万元，比预算减少2.00万元，下降6.67%；' +
      `主要原因是按照车辆更新计划购置执法执勤用车${bought}辆。截至2031年12月31日，公务用车保有量9辆（上年末8辆，本年新购置1辆）。`,
  ].join('\n');

describe('cars bought told twice', () => {
  it('holds when both counts agree', () => {
    expect(findings(cars(1), 'count.restated')).toEqual([]);
  });
  it('reports the count the stock and flows do not bear out', () => {
    expect(findings(cars(2), 'count.restated')).toEqual(['3 error 1辆 2辆']);
  });
});

const changes = (car: string): string =>
  [
    '        白沙县气象局2031年度部门决算情况说明',
    '七、财政拨款“三公”经费支出决算情况说明',
    `    2031年度“三公”经费财政拨款支出决算数比2030年度增加12.00万元，增长30.00%，其中：因公出国（境）费支出决算增加5.00万元（2030年度未发生因公出国（境）费支出）；公务用车购置及运行维护费支出决算增加${car}万元，增长25.00%；公务接待费支出决算减少1.00万元，下降10.00%。`,
  ].join('\n');

describe('the 三公 total’s change against its items’ changes', () => {
  it('holds when the items add up', () => {
    expect(findings(changes('8.00'), 'change.parts')).toEqual([]);
  });
  it('reports the one item whose word, turned, makes them add up', () => {
    const t = [
      '        白沙县气象局2031年度部门决算情况说明',
      '七、财政拨款“三公”经费支出决算情况说明',
      '    2031年度“三公”经费财政拨款支出决算数比2030年度增加12.00万元，增长30.00%，其中：因公出国（境）费支出决算增加5.00万元；公务用车购置及运行维护费支出决算增加8.00万元；公务接待费支出决算增加1.00万元。',
    ].join('\n');
    expect(findings(t, 'change.direction')).toEqual(['3 error 减少 增加']);
    expect(findings(t, 'change.parts')).toEqual([]);
  });
  it('reports items that do not add up to the total’s change', () => {
    expect(findings(changes('9.50'), 'change.parts')).toEqual(['3 error 增加13.50万元 增加12.00万元']);
  });
});
