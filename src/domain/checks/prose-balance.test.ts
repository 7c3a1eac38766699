import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const findings = (text: string) =>
  checkTextReport(text).findings.map((f) => `${f.line} ${f.severity} ${f.rule} ${f.expected} ${f.found}`);
const errors = (text: string) => findings(text).filter((f) => f.includes(' error '));

describe('a 财政拨款 balance stated in one sentence (prose-carry.ts)', () => {
  const balance = (closing: string, lead = '政府性基金预算财政拨款') =>
    [
      '清河县水利局2031年度部门决算说明',
      `    本局${lead}年初结转和结余 412.30 万元，本年收入`,
      `5,086.45 万元，本年支出 5,190.20 万元，年末结转和结余 ${closing} 万元。`,
    ].join('\n');

  it('holds when carried in + income − spending is what is carried out', () => {
    expect(errors(balance('308.55'))).toEqual([]);
  });
  it('is an error when the four figures do not balance, across wrapped lines', () => {
    expect(errors(balance('380.55'))).toEqual(['3 error sum.parts 308.55万元 380.55万元']);
  });
  it('is a note when only the rounding of the printed figures parts them', () => {
    const text = [
      '清河县水利局2031年度部门决算说明',
      '    本局国有资本经营预算财政拨款年初结转和结余0.5万元，本年收入10.2万元，本年支出10.1万元，年末结转和结余0.7万元。',
    ].join('\n');
    expect(findings(text.replace('0.7万元', '0.6万元'))).toEqual([]);
    expect(findings(text)).toEqual(['2 note sum.parts 0.6万元 0.7万元']);
  });
  it('is not read for a unit’s whole balance, which 事业基金 and 结余分配 also move', () => {
    expect(errors(balance('380.55', ''))).toEqual([]);
    const other = balance('380.55').replace('本年支出', '用事业基金弥补收支差额20.00万元，本年支出');
    expect(errors(other)).toEqual([]);
  });
});

describe('arithmetic printed in the text (prose-equations.ts)', () => {
  const equation = (result: string) =>
    ['清河县水利局2031年度部门决算说明', `    即 412.30+5,086.45−5,190.20=${result} 万元。`].join('\n');

  it('holds when the chain adds up to the figure after "="', () => {
    expect(errors(equation('308.55'))).toEqual([]);
  });
  it('is an error when it does not', () => {
    expect(errors(equation('318.55'))).toEqual(['2 error sum.parts 308.55 318.55']);
  });
  it('reads full-width signs and leaves dates and codes alone', () => {
    expect(errors('    合计：１２.５０＋７.５０＝２１.００万元。')).toEqual([
      '1 error sum.parts 20.00 21.00',
    ]);
    expect(errors('    会议于2031-03-15召开，文号2031-12号，编号12-3=9组不适用。')).toEqual([]);
  });
});

describe('a paragraph opening with the unit and an old year (prose-years.ts)', () => {
  const sections = (year: string) =>
    [
      '清河县水利局2031年度部门决算说明',
      '八、政府性基金预算财政拨款收入支出决算情况说明',
      '    清河县水利局2031年度政府性基金预算财政拨款本年支出 1,200.00 万元，比2030年度增加 100.00 万元。',
      '九、国有资本经营预算财政拨款收入支出决算情况说明',
      `    清河县水利局${year}年度国有资本经营预算财政拨款本年支出 80.00 万元，主要用于国有企业资本金注入。`,
    ].join('\n');

  it('is an error when other paragraphs open with the same unit and the document’s year', () => {
    expect(errors(sections('2031'))).toEqual([]);
    expect(errors(sections('2029'))).toEqual(['5 error year.mismatch 2031年度 2029年度']);
  });
  it('is not read for the year before, a span of years or a comparison', () => {
    expect(errors(sections('2030'))).toEqual([]);
    expect(errors(sections('2029').replace('2029年度', '2029年度至2031年度'))).toEqual([]);
    expect(errors(sections('2029').replace('主要用于', '比2028年度增加5.00万元，主要用于'))).toEqual([]);
  });
});

describe('the evaluated object after the evaluated unit’s name (prose-years.ts)', () => {
  const report = (year: string) =>
    [
      '清河县水利局2031年度部门整体支出绩效评价报告',
      `    清河县财政局组织评价组，对清河县水利局${year}年度部门整体支出开展绩效评价，现报告如下。`,
    ].join('\n');

  it('must be the year the title names', () => {
    expect(errors(report('2031'))).toEqual([]);
    expect(errors(report('2029'))).toEqual(['2 error year.mismatch 2031年度 2029年度']);
  });
});

describe('sections opening with a run-in heading and an old year (prose-years.ts)', () => {
  const sections = (year: string) =>
    [
      '清河县水利局2031年度部门决算说明',
      '    （一）机关运行经费支出情况。2031年度本部门机关运行经费支出 86.20 万元，比2030年减少 2.10 万元。',
      `    （二）政府采购支出情况。${year}年度政府采购支出总额 120.40 万元，其中：货物 60.40 万元、服务 60.00 万元。`,
    ].join('\n');

  it('is an error when the other run-in section opens with the document’s year', () => {
    expect(errors(sections('2031'))).toEqual([]);
    expect(errors(sections('2029'))).toEqual(['3 error year.mismatch 2031年度 2029年度']);
  });
  it('is not read for an audit or a year stated after other words', () => {
    expect(errors(sections('2029').replace('政府采购支出总额', '审计发现政府采购支出总额'))).toEqual([]);
    expect(errors(sections('2029').replace('2029年度政府', '截至2029年度政府'))).toEqual([]);
  });
});

describe('a share printed without its % (bare-rates.ts)', () => {
  const text = (share: string) =>
    `    政府采购支出总额 300.00 万元，授予中小企业合同金额 246.30 万元，占政府采购支出总额的${share}，其中小微企业 120.00 万元。`;
  it('is a warning when the figure is the share of the amounts', () => {
    expect(findings(text('82.10%'))).toEqual([]);
    expect(findings(text('82.10'))).toEqual(['1 warning unit.missing 82.10% 82.10']);
  });
  it('is not taken for a share when no amount makes it', () => {
    expect(findings(text('71.20'))).toEqual([]);
  });
});
