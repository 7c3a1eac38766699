import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const grades = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.rule === 'grade.score')
    .map((f) => `${f.line} ${f.expected} ${f.found}`);

const report = (bands: string, grade: string) =>
  [
    '某区文化馆2031年度部门整体支出绩效自评报告',
    `一、评价标准。自评结果分为四个等级：${bands}本报告所列等级均按此标准确定。`,
    '二、自评结果。预算执行得分9.20分，产出指标得分38.40分，效益指标得分22.30分，满意度指标得分8.10分。',
    `2031年度部门整体支出绩效自评总分为78.00分，自评等级为“${grade}”。`,
  ].join('\n');
const OWN = '得分90分（含）以上为“优”，75分（含）至90分为“良”，60分（含）至75分为“中”，60分以下为“差”。';
const USUAL = '得分90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。';

describe('the grade bands a document states for itself (stated-grades.ts)', () => {
  it('grade its scores: 78.00 is 良 from 75', () => {
    expect(grades(report(OWN, '良'))).toEqual([]);
    expect(grades(report(OWN, '中'))).toEqual(['4 良 中']);
  });
  it('are the usual ones when the document states those', () => {
    expect(grades(report(USUAL, '中'))).toEqual([]);
    expect(grades(report(USUAL, '良'))).toEqual(['4 中 良']);
  });
  it('are not read when two paragraphs state two schemes', () => {
    const two = `${report(OWN, '中')}\n三、附注。${USUAL}`;
    expect(grades(two)).toEqual([]);
  });
  it('give way to bands the user configured', () => {
    const usual = [
      { grade: '优', min: '90' },
      { grade: '良', min: '80' },
      { grade: '中', min: '60' },
      { grade: '差', min: '0' },
    ];
    const found = checkTextReport(report(OWN, '良'), { grades: usual })
      .findings.filter((f) => f.rule === 'grade.score')
      .map((f) => `${f.line} ${f.expected} ${f.found}`);
    expect(found).toEqual(['4 中 良']);
  });
});
