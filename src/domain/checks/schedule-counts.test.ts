/**
 * "低于序时进度的项目共N个" against the projects listed before it (schedule-progress.ts). Made-up figures.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const text = (count: string, side = '高于'): string =>
  [
    '                 青石县文化旅游局2031年1—6月项目支出绩效运行监控报告',
    '一、项目基本情况',
    '    本次监控项目共3个，年初预算合计300.00万元。',
    '二、预算执行情况',
    '    截至2031年6月30日，3个项目累计执行120.00万元，整体预算执行率40.00%，低于序时进度（50.00%）10.00个百',
    `分点。分项目看：文物保护经费全年预算100.00万元，执行60.00万元，执行率60.00%，${side}序时进度；非遗传承经费`,
    '全年预算100.00万元，执行30.00万元，执行率30.00%，低于序时进度20.00个百分点；景区运维经费全年预算100.00万元，',
    `执行30.00万元，执行率30.00%，低于序时进度20.00个百分点。执行进度低于序时进度的项目共${count}个。`,
  ].join('\n');

const errors = (t: string): string[] =>
  checkTextReport(t)
    .findings.filter((f) => f.rule === 'count.enumeration')
    .map((f) => `${f.line} ${f.expected} ${f.found}`);

describe('a count of the projects below the schedule', () => {
  it('holds when it is how many listed rates are below it', () => {
    expect(errors(text('2'))).toEqual([]);
  });
  it('is an error when it is neither the rates nor the words', () => {
    expect(errors(text('1'))).toEqual(['8 2个 1个']);
    expect(errors(text('1', '低于'))).toEqual(['8 2个 1个']);
  });
  it('follows the words when they and the rates differ (the side is the finding)', () => {
    expect(errors(text('3', '低于'))).toEqual([]);
  });
  it('needs the listing whole', () => {
    expect(
      errors(
        text('1').replace('本次监控项目共3个', '本次监控项目共4个').replace('3个项目累计', '各项目累计'),
      ),
    ).toEqual([]);
  });
});
