/**
 * The 三公 part's cars against the 国有资产 part's vehicles (vehicle-counts.ts). Made-up figures.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const text = (run: number, held: number, all = '均为一般公务用车'): string =>
  [
    '                 青石县水务局2031年度部门决算情况说明',
    '八、“三公”经费支出决算情况说明',
    `    2031年度“三公”经费财政拨款支出5.00万元。其中：公务用车运行维护费支出4.00万元，主要用于${run}辆公务用车的燃料、维修、保险等支出；公务接待费支出1.00万元。`,
    '九、其他重要事项的情况说明',
    `    （三）国有资产占有使用情况。截至2031年12月31日，本部门共有车辆${held}辆，${all}；无单位价值50万元以上通用设备。`,
  ].join('\n');

const found = (t: string): string[] =>
  checkTextReport(t)
    .findings.filter((f) => f.rule === 'count.restated')
    .map((f) => `${f.line} ${f.severity} ${f.expected} ${f.found}`);

describe('the cars the 三公 runs against the vehicles the 国有资产 part holds', () => {
  it('holds when they agree', () => {
    expect(found(text(2, 2))).toEqual([]);
  });
  it('warns when all vehicles are 公务用车 and the counts differ', () => {
    expect(found(text(2, 3))).toEqual(['3 warning 3辆 2辆']);
  });
  it('leaves fewer cars alone when the vehicles are not all 公务用车', () => {
    expect(found(text(2, 3, '其中一般公务用车2辆'))).toEqual([]);
    expect(found(text(4, 3, '其中一般公务用车2辆'))).toEqual(['3 warning 不多于3辆 4辆']);
  });
});

describe('the cars bought told twice in one 三公 paragraph', () => {
  const para = (later: number): string =>
    [
      '                 青石县水务局2031年度“三公”经费决算情况说明',
      `    二、公务用车购置及运行维护费。公务用车购置费决算17.20万元，本年购置执法执勤用车1辆（更新报废车辆）。公务用车运行维护费决算6.40万元，主要用于车辆燃料、维修等支出。截至2031年12月31日，本部门公务用车保有量8辆；本年报废公务用车1辆，新购置${later}辆。`,
    ].join('\n');
  it('warns when the two counts differ, and reads the purchase despite the bracket naming the scrapped car', () => {
    expect(found(para(1))).toEqual([]);
    expect(found(para(2))).toEqual(['2 warning 1辆 2辆']);
  });
});
