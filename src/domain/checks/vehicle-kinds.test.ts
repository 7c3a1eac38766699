/**
 * The cars a 运行维护费 runs against the cars held, kind by kind; a part of the fleet against the 资产 section
 * (vehicle-kinds.ts). Made-up figures.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const found = (t: string): string[] =>
  checkTextReport(t)
    .findings.filter((f) => f.rule === 'count.restated')
    .map((f) => `${f.line} ${f.severity} ${f.found}`);

const notice = (run: number, left = ''): string =>
  [
    '                 松岭县林业局2031年度“三公”经费决算情况说明',
    `    二、公务用车运行费决算9.30万元，主要用于${run}辆公务用车的燃料费、维修费和保险费等。${left}截至2031年12月31日，本部门公务用车保有量4辆，均为执法执勤用车。`,
  ].join('\n');

describe('the cars run against the 保有量 of the same 三公 statement', () => {
  it('holds when no more cars are run than held', () => {
    expect(found(notice(4))).toEqual([]);
  });
  it('warns when more are run than held', () => {
    expect(found(notice(5))).toEqual(['2 warning 5辆']);
  });
  it('warns too when a car was scrapped in the year, asking for it to be said', () => {
    expect(found(notice(5, '本年报废执法车辆1辆。'))).toEqual(['2 warning 5辆']);
  });
});

const statement = (general: number): string =>
  [
    '                 松岭镇人民政府2031年度部门决算情况说明',
    '八、“三公”经费支出决算情况说明',
    `    公务用车运行维护费8.40万元，主要用于${general}辆一般公务用车和2辆执法执勤用车的燃料费、维修费等。`,
    '九、其他重要事项的情况说明',
    '    （三）国有资产占用情况。截至2031年12月31日，本单位共有车辆7辆，其中：一般公务用车3辆、执法执勤用车2辆、其他用车2辆。',
  ].join('\n');

describe('the cars run kind by kind against the 国有资产 breakdown', () => {
  it('holds when each kind is within the holding', () => {
    expect(found(statement(3))).toEqual([]);
  });
  it('reports a kind run more than held', () => {
    expect(found(statement(4))).toEqual(['3 warning 4辆']);
  });
});

const review = (part: number): string =>
  [
    '                 松岭县林业局2031年度部门整体支出绩效评价报告',
    '一、部门基本情况',
    '   （三）资产情况',
    '   截至2031年12月31日，本部门固定资产原值820.00万元；公务车辆5辆，其中应急保障用车3辆、特种专业技术用车2辆。',
    '二、存在的问题',
    `   一是资产管理有待加强。部门${part}辆公务车辆中有1辆车龄超过12年。`,
  ].join('\n');

describe('a part of the fleet against the 资产 section', () => {
  it('holds when within the fleet', () => {
    expect(found(review(5))).toEqual([]);
  });
  it('warns when more than the fleet', () => {
    expect(found(review(6))).toEqual(['6 warning 6辆']);
  });
});
