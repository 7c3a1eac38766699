/**
 * A 部门整体支出绩效自评 workbook as the checker reads it (units, names and figures made up): a 自评表 whose rows
 * end at their last cell with a value (typed without the trailing tabs), 小计 rows whose label spans the indicator
 * columns, a 总分 row, the grade in a row of its own ("自评等级 | 等级：优"), a budget line of labels and figures
 * ("全年预算数 | X | 全年执行数 | Y | 执行率 | Z%"); a sheet of projects with 执行率, 自评得分, 等级 and a 合计 row;
 * each sheet titled in its first row.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

type Plants = {
  rate?: string;
  outputSub?: string;
  total?: string;
  grade?: string;
  sums?: [string, string, string];
  grade2?: string;
  title?: string;
  filed?: string;
};

/** The 自评表 (typed: rows without their trailing empty cells) and the projects' sheet (as wide as the sheet). */
const workbook = (p: Plants = {}) =>
  [
    '绩效自评表',
    `${p.title ?? '2031'}年度部门整体支出绩效自评表\t\t\t\t\t\t\t`,
    '部门（单位）名称\t青禾县文化馆\t\t\t主管部门\t青禾县文化和旅游局',
    `年度预算情况（万元）\t全年预算数\t1250.00\t全年执行数\t1187.50\t执行率\t${p.rate ?? '95.00%'}`,
    '一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
    '预算执行\t预算执行率\t部门预算执行率\t≥90%\t95.00%\t10\t10.00',
    '预算执行小计\t\t\t\t\t10\t10.00',
    '产出指标\t数量指标\t举办展览场次\t≥12场\t14场\t15\t15.00',
    '\t质量指标\t活动验收合格率\t100%\t96%\t15\t14.40\t个别活动资料不全',
    '\t时效指标\t活动按期完成率\t≥95%\t92%\t10\t9.68\t受天气影响延期',
    '\t成本指标\t场均活动成本\t≤3万元\t2.8万元\t10\t10.00',
    `产出指标小计\t\t\t\t\t50\t${p.outputSub ?? '49.08'}`,
    '效益指标\t社会效益指标\t受益群众人次\t≥5万人次\t5.6万人次\t15\t15.00',
    '\t可持续影响指标\t长效机制建立\t健全\t基本健全\t15\t13.50\t考核细则待完善',
    '效益指标小计\t\t\t\t\t30\t28.50',
    '满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t93%\t10\t10.00',
    '满意度指标小计\t\t\t\t\t10\t10.00',
    `总分\t\t\t\t\t100\t${p.total ?? '97.58'}`,
    `自评等级\t等级：${p.grade ?? '优'}`,
    `填表人：张某\t\t审核人：刘某\t\t${p.filed ?? '填报日期：2032年2月15日'}`,
    '',
    '项目支出汇总',
    '2031年度项目支出绩效自评汇总表\t\t\t\t\t\t',
    '序号\t项目名称\t全年预算数（万元）\t全年执行数（万元）\t执行率\t自评得分\t等级',
    '1\t非遗传承展示\t420.00\t401.10\t95.50%\t93.20\t优',
    `2\t乡村文化站设备更新\t260.00\t236.60\t91.00%\t86.50\t${p.grade2 ?? '良'}`,
    '3\t公益讲座\t180.00\t171.00\t95.00%\t78.60\t中',
    `合计\t\t${(p.sums ?? ['860.00', '808.70', '94.03%']).join('\t')}\t\t`,
    '',
  ].join('\n');

describe('a 自评 workbook', () => {
  it('finds no error in the clean copy', () => {
    expect(errors(workbook())).toEqual([]);
  });

  it('holds a 小计 spanning the indicator columns to its rows, rows short of their empty 偏差原因 cell', () => {
    expect(errors(workbook({ outputSub: '49.80' }))).toEqual(['12 score.sum 49.08 49.80']);
  });

  it('holds the 总分 to its rows', () => {
    expect(errors(workbook({ total: '98.58' }))).toEqual(['18 score.sum 97.58 98.58']);
  });

  it('reads the grade in a row of its own, its cell repeating the label ("等级：良")', () => {
    expect(errors(workbook({ grade: '良' }))).toEqual(['19 grade.score 优 等级：良']);
  });

  it('holds the budget line’s 执行率 to its 执行数 ÷ 预算数', () => {
    expect(errors(workbook({ rate: '95.50%' }))).toEqual(['4 completion.percent 95.00% 95.50%']);
  });

  it('sums a 合计 wrong in both amount columns when its own 执行率 is the rows’ sums’ ratio', () => {
    expect(errors(workbook({ sums: ['880.00', '818.70', '94.03%'] }))).toEqual([
      '28 sum.parts 860.00 880.00',
      '28 sum.parts 808.70 818.70',
    ]);
  });

  it('does not sum a 合计 whose 执行率 is of its own figures (the rows may be some of the projects)', () => {
    expect(errors(workbook({ sums: ['1000.00', '950.00', '95.00%'] }))).toEqual([]);
  });

  it('grades a project by the usual bands when the document states none', () => {
    expect(errors(workbook({ grade2: '中' }))).toEqual(['26 grade.score 良 中']);
  });

  it('does not grade the projects by the usual bands when the document states its own', () => {
    const own = `${workbook({ grade2: '中' })}说明：90分（含）以上为优，87分（含）至90分为良，60分（含）至87分为中。\n`;
    expect(errors(own).filter((e) => e.includes('grade'))).toEqual([]);
  });

  it('reads a sheet’s title year against the year its filling date and other sheet bear out', () => {
    expect(errors(workbook({ title: '2030' }))).toEqual(['2 year.heading 2031年度 2030年度']);
  });

  it('does not judge two sheets’ years when nothing else names the year', () => {
    expect(errors(workbook({ title: '2030', filed: '填报日期：' }))).toEqual([]);
  });
});
