import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

describe('a list of amounts closed by 等 inside an outer list', () => {
  const text = (personnel: string) =>
    [
      '    一般公共预算财政拨款基本支出2,150,000.00元。其中：人员经费1,800,000.00元，',
      '其中：基本工资620,000.00元、津贴补贴410,000.00元、绩效工资230,000.00元等；公',
      `用经费${personnel}元，其中：取暖费61,000.00元、办公费42,500.00元等。`,
    ].join('\n');
  it('ends at its "；": the next part of the outer list is not one of its parts', () => {
    expect(errors(text('350,000.00'))).toEqual([]);
  });
  it('is still judged itself: its parts fall short of its total only as a partial list does', () => {
    const notes = checkTextReport(text('350,000.00')).findings.filter((f) => f.rule === 'sum.partial');
    expect(notes.map((f) => f.found)).toEqual(['1260000.00元', '103500.00元']);
  });
});

describe('a count one of the items a sentence includes', () => {
  it('is not the total of the list after 其中', () => {
    const text = '    本部门决算包括局本级决算及所属4个事业单位决算，其中行政单位1个，事业单位4个。';
    expect(errors(text)).toEqual([]);
  });
  it('is still a total when the sentence includes nothing else', () => {
    expect(errors('    本部门所属单位5个，其中行政单位1个，事业单位3个。')).toEqual(['1 sum.parts 5个 4个']);
  });
});

describe('an amount restated in brackets in another unit', () => {
  const text = (small: string) =>
    `    授予中小企业合同金额310.40万元，其中：授予小微企业合同金额${small}万元（2,107,760元）。`;
  it('is no second part of the list', () => {
    expect(errors(text('210.78'))).toEqual([]);
  });
});

describe('a year dated in another clause', () => {
  const text = (year: string) =>
    [
      '    其中：公务用车购置费年初预算30.00万元，支出决算29.40万元，按规定更新购置执法用车1辆，',
      `由2030年度的0万元增加至29.40万元，为本年新增支出；公务用车运行维护费支出决算15.20万元，比${year}年度减少1.10万元。`,
    ].join('\n');
  it('is not the subject of a later clause’s comparison with last year', () => {
    expect(errors('    2031年度“三公”经费决算说明\n' + text('2030'))).toEqual([]);
  });
});
