import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.rule === 'year.filing-date')
    .map((f) => `${f.line} ${f.severity} ${f.expected} ${f.found}`);

const form = (title: string, year: string, filed: string) =>
  [
    `                                  ${title}`,
    `                                   （${year}年度）`,
    `填报单位（盖章）：青石县林业局                                      填报日期：${filed}年3月12日`,
    '   项目名称    森林防火物资储备项目',
    '           年度资金总额              40.00        42.00            41.16 10              98.00   9.80',
  ].join('\n');

describe('a filling date against the year its form evaluates', () => {
  it('is an error when a 自评表 is filled in before its year ended', () => {
    expect(errors(form('项目支出绩效自评表', '2031', '2032'))).toEqual([]);
    expect(errors(form('项目支出绩效自评表', '2031', '2030'))).toEqual(['3 error 2032年前后 2030年']);
  });
  it('reads each form of several against its own year', () => {
    const two =
      form('项目支出绩效自评表', '2031', '2032') + '\n' + form('项目支出绩效自评表', '2031', '2030');
    expect(errors(two)).toEqual(['8 error 2032年前后 2030年']);
  });
  it('leaves forms made before their year alone', () => {
    expect(errors(form('项目支出绩效目标申报表', '2031', '2030'))).toEqual([]);
    expect(errors(form('部门预算项目表', '2031', '2030'))).toEqual([]);
  });
  it('reads a date printed under the form’s last row against the form above it', () => {
    const footed = (filed: string) =>
      [
        '                       项目支出绩效自评表',
        '                         （2031年度）',
        '   项目名称    森林防火物资储备项目',
        ...Array.from(
          { length: 12 },
          (_, k) => `   产出指标  数量指标  巡护点位${k + 1}  ≥5个  6个  5  5.00  无`,
        ),
        '                  总分                          100 100.00',
        `   填报人：李青 联系电话：0571-3326815 填报日期：${filed}年3月18日`,
        '                       项目支出绩效自评表',
        '                         （2031年度）',
      ].join('\n');
    expect(errors(footed('2032'))).toEqual([]);
    expect(errors(footed('2030'))).toEqual(['17 error 2032年前后 2030年']);
  });
  it('needs a title naming a 自评, 评价 or 决算 near the date', () => {
    expect(errors(['    本项目于2031年度实施完毕。', '填报日期：2030年3月12日'].join('\n'))).toEqual([]);
  });
});

describe('an evaluation of a year done, or applied, before that year', () => {
  const text = (done: string, applied: string) =>
    [
      '              青石县林业局2031年度部门整体支出绩效自评报告',
      `    按照要求，我局对2031年度部门整体支出开展了绩效自评，于${done}年3月完成自评工作。`,
      `    我局将本次自评结果作为${applied}年度预算安排的重要依据。`,
    ].join('\n');
  const yearErrors = (t: string) =>
    checkTextReport(t)
      .findings.filter((f) => f.rule === 'year.mismatch')
      .map((f) => `${f.line} ${f.found}`);
  it('holds after the year', () => {
    expect(yearErrors(text('2032', '2033'))).toEqual([]);
  });
  it('is an error before it', () => {
    expect(yearErrors(text('2030', '2033'))).toEqual(['2 2030年']);
    expect(yearErrors(text('2032', '2030'))).toEqual(['3 2030年']);
  });
});
