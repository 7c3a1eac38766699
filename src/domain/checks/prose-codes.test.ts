/**
 * A 科目 named in the text with its code (prose-codes.ts): each level's name against the code's in the
 * catalogue. Figures are made up.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const para = (item: string, code = '2010301'): string =>
  `    3. 一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）${item}（项）（${code}）：年初预算为48.20万元，支出决算为47.66万\n元，完成年初预算的98.88%。`;

const findings = (text: string): string[] =>
  checkTextReport(text, { year: 2025 })
    .findings.filter((f) => f.rule === 'figure.code-name')
    .map((f) => `${f.line} ${f.severity} ${f.found}`);

describe('a 科目 named with its code in the text', () => {
  it('holds when every level is the code’s', () => {
    const r = checkTextReport(para('行政运行'), { year: 2025 });
    expect(r.findings).toEqual([]);
    const levels = r.claims.filter((c) => c.verified && c.arithmetic.includes('级名称'));
    expect(levels.map((c) => c.arithmetic.slice(2, c.arithmetic.indexOf('在')))).toEqual([
      '201',
      '20103',
      '2010301',
    ]);
  });

  it('is an error when the 项 is named as a sibling of the code', () => {
    expect(findings(para('一般行政管理事务'))).toEqual(['1 error 2010301 一般行政管理事务']);
  });

  it('is a warning when the name is no 科目 of that 款', () => {
    expect(findings(para('机关后勤保障'))).toEqual(['1 warning 2010301 机关后勤保障']);
  });

  it('reads a code printed before its 项, and leaves a local code alone', () => {
    const text = [
      '    （一）2010101行政运行（项）支出决算120.50万元，主要用于机关日常运转。',
      '    （二）2010102一般行政管理事务（项）支出决算30.20万元。',
      '    （三）2019988地方自定项目（项）支出决算8.00万元。',
    ].join('\n');
    expect(findings(text)).toEqual([]);
    expect(findings(text.replace('2010102一般行政管理事务', '2010102行政运行'))).toEqual([
      '2 error 2010102 行政运行',
    ]);
  });

  it('reads a name with its code and level in one bracket, in a sentence or a table row', () => {
    const text = [
      '    （二）主要用于城乡社区支出（212类）方面，决算数为40.00万元。',
      '项目                        本年      上年',
      '教育支出（205类）             30.00     28.00',
      '住房保障支出（221类）          12.00     11.00',
      '合计                          82.00     79.00',
    ].join('\n');
    expect(findings(text)).toEqual([]);
    expect(findings(text.replace('住房保障支出（221类）', '住房保障支出（212类）'))).toEqual([
      '4 error 212 住房保障支出',
    ]);
    expect(findings(text.replace('城乡社区支出（212类）', '住房保障支出（212类）'))).toEqual([
      '1 error 212 主要用于住房保障支出',
    ]);
    // (A code whose digits do not fit its level is not read.)
    expect(findings(text.replace('（221类）', '（22101类）'))).toEqual([]);
  });
});

describe('a 项 named with its bare code in brackets', () => {
  const text = (name: string, code = '2101102'): string =>
    `    主要项目支出：行政运行（2010301）年初预算为96.40万元，支出决算为95.12万元；${name}（${code}）年初预算为\n21.00万元，支出决算为20.35万元，决算数小于年初预算数，主要原因是据实结算。`;

  it('holds when the words before the bracket end with the code’s name', () => {
    expect(findings(text('事业单位医疗'))).toEqual([]);
    const r = checkTextReport(text('事业单位医疗'), { year: 2025 });
    expect(r.claims.filter((c) => c.verified && c.arithmetic.startsWith('科目2101102'))).toHaveLength(1);
  });

  it('is an error when they end with a sibling’s name instead', () => {
    expect(findings(text('行政单位医疗'))).toEqual(['1 error 2101102 行政单位医疗']);
    expect(findings(text('事业单位医疗', '2101101'))).toEqual(['1 error 2101101 事业单位医疗']);
  });

  it('leaves words that are no 科目 of that 款 (the sentence’s own, a local wording)', () => {
    expect(findings(text('医疗保障补助经费'))).toEqual([]);
  });
});

describe('the 项 of 市场监督管理事务 as published 决算 tables number them', () => {
  const text = (name: string, code: string): string =>
    `    主要用于${name}（项）（${code}）支出86.40万元，较上年增加3.20万元。`;
  it('holds for the codes after 信息化建设 (not numbered on from it)', () => {
    expect(findings(text('质量基础', '2013810'))).toEqual([]);
    expect(findings(text('药品事务', '2013812'))).toEqual([]);
    expect(findings(text('食品安全监管', '2013816'))).toEqual([]);
  });
  it('is an error for a sibling’s name', () => {
    expect(findings(text('化妆品事务', '2013812'))).toEqual(['1 error 2013812 主要用于化妆品事务']);
  });
});

describe('a 项 named under a 款 without codes', () => {
  const text = (section: string) =>
    `    农林水支出（类）${section}（款）防汛（项）年初预算为120.00万元，支出决算为118.20万元，完成年初预算的98.50%。`;
  it('holds under its own 款', () => {
    expect(
      checkTextReport(text('水利'))
        .findings.filter((f) => f.severity === 'error')
        .map((f) => f.rule),
    ).toEqual([]);
  });
  it('is an error under a sibling 款 that has no such 项', () => {
    const found = checkTextReport(text('农业农村')).findings.filter((f) => f.rule === 'figure.code-name');
    expect(found.map((f) => `${f.severity} ${f.expected}`)).toEqual(['error 水利（款）防汛（项）']);
  });
});

describe('a line that is a code and its name alone, as plain pdftotext prints a 决算 table', () => {
  const text = (name: string) =>
    ['21303', '水利', '2130301 行政运行', `2130314 ${name}`, '2130319 江河湖库水系综合整治', '201万元'].join(
      '\n',
    );
  it('is judged as a code named in the text', () => {
    expect(checkTextReport(text('防汛')).findings.filter((f) => f.rule === 'figure.code-name')).toEqual([]);
    const found = checkTextReport(text('抗旱')).findings.filter((f) => f.rule === 'figure.code-name');
    expect(found.map((f) => `${f.line} ${f.severity} ${f.expected}`)).toEqual(['4 error 2130314 防汛']);
  });
});
