/**
 * A whole stated in one paragraph, its parts listed in the next ("其中：…") or in numbered paragraphs
 * ("1.人员经费…" / "2.公用经费…"): Σ parts = whole and each share against the whole. Made-up excerpts printed
 * as `pdftotext -layout` prints them (and one typed, a paragraph a line); clean ones and near-misses give
 * no error.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';
import { wrapped } from './__fixtures__/wrapped.ts';

const TITLE = '某某中心2024年度部门决算说明';
const doc = (...paragraphs: string[]) => checkTextReport(wrapped(TITLE, paragraphs));
const errors = (...paragraphs: string[]) =>
  doc(...paragraphs)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

const WHOLE = '2024年度一般公共预算财政拨款基本支出1,386.42万元。';
const LIST = (staff: string, office: string) =>
  `其中：人员经费${staff}万元，主要包括基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费等；公用经费${office}万元，主要包括办公费、印刷费、水费、电费、邮电费、差旅费等。`;
const NUMBERED = (staff: string, share: string) => [
  `1.人员经费${staff}万元，占${share}%，主要包括基本工资、津贴补贴、奖金、绩效工资等。`,
  '2.公用经费197.30万元，占14.23%，主要包括办公费、印刷费、水费、电费等。',
];

describe('其中 list in the paragraph after its whole', () => {
  it('holds when the parts add up to the whole', () => {
    const r = doc(WHOLE, LIST('1,189.12', '197.30'));
    expect(r.findings).toEqual([]);
    expect(r.claims.find((c) => c.kind === 'sum')!.arithmetic).toBe(
      '1189.12 + 197.30 = 1386.42万元，上段合计1386.42万元',
    );
  });
  it('reports parts that do not add up, with the arithmetic', () => {
    expect(errors(WHOLE, LIST('1,198.12', '197.30'))).toEqual(['sum.parts 1386.42万元 1395.42万元']);
    const f = doc(WHOLE, LIST('1,198.12', '197.30')).findings[0]!;
    expect(f.message).toBe(
      '各项之和 1198.12 + 197.30 = 1395.42万元，与上段一般公共预算财政拨款基本支出1386.42万元不符，相差9.00万元。',
    );
  });
  it('reads typed text too (a paragraph a line)', () => {
    const typed = `${TITLE}\n${WHOLE}\n${LIST('1,198.12', '197.30')}\n`;
    expect(checkTextReport(typed).findings.map((f) => f.rule)).toEqual(['sum.parts']);
  });
  it('takes a difference within rounding as a note', () => {
    const r = doc(WHOLE, LIST('1,189.12', '197.31'));
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['sum.parts', 'note']]);
  });
});

describe('numbered parts each in their paragraph', () => {
  it('holds, sum and shares', () => {
    const r = doc(WHOLE, ...NUMBERED('1,189.12', '85.77'));
    expect(r.findings).toEqual([]);
    expect(r.claims.filter((c) => c.kind === 'share')).toHaveLength(2);
  });
  it('reports a wrong share against the whole above', () => {
    expect(errors(WHOLE, ...NUMBERED('1,189.12', '87.57'))).toEqual(['share.percent 85.77% 87.57%']);
  });
  it('reports parts that do not add up', () => {
    expect(errors(WHOLE, ...NUMBERED('1,198.12', '86.42'))).toEqual(['sum.parts 1386.42万元 1395.42万元']);
  });
  it('reads a colon between a part’s name and its amount', () => {
    const parts = ['1.人员经费：1,189.12万元，占85.77%。', '2.公用经费：197.30万元，占15.23%。'];
    expect(errors(WHOLE, ...parts)).toEqual(['share.percent 14.23% 15.23%']);
  });
});

describe('near-misses: nothing tied together', () => {
  it('a whole that is a change, or shares its sentence with another amount', () => {
    const parts = '其中：人员经费1,000.00万元；公用经费300.00万元。';
    expect(errors('2024年度基本支出1,386.42万元，比上年增加100.00万元。', parts)).toEqual([]);
    expect(errors('2024年度支出合计1,386.42万元，年末结转和结余96.00万元。', parts)).toEqual([]);
  });
  it('a list of changes, or amounts inside detail clauses', () => {
    expect(errors(WHOLE, '其中：人员经费比上年增加50.00万元；公用经费比上年减少20.00万元。')).toEqual([]);
    expect(
      errors(WHOLE, '其中：人员经费1,000.00万元，主要包括基本工资600.00万元；公用经费300.00万元。'),
    ).toEqual([]);
    expect(errors(WHOLE, '其中：人员经费1,000.00万元；公用经费主要用于：办公设备购置300.00万元。')).toEqual(
      [],
    );
  });
  it('a list far from the whole (another whole’s parts), numbered budgets, a heading between', () => {
    expect(errors(WHOLE, '其中：办公费20.00万元；印刷费10.00万元。')).toEqual([]);
    expect(
      errors(
        WHOLE,
        '1.A项目年初预算600.00万元，执行500.00万元。',
        '2.B项目年初预算700.00万元，执行600.00万元。',
      ),
    ).toEqual([]);
    expect(errors(WHOLE, '#（七）其他重要事项', ...NUMBERED('1,198.12', '86.42'))).toEqual([]);
  });
  it('main parts only (…情况如下): the shares, no sum', () => {
    const whole = '2024年度一般公共预算财政拨款支出1,386.42万元，主要支出情况如下：';
    const parts = ['1.一般公共服务支出1,000.00万元，占72.13%。', '2.教育支出200.00万元，占14.43%。'];
    expect(errors(whole, ...parts)).toEqual([]);
    expect(errors(whole, parts[0]!, '2.教育支出200.00万元，占15.43%。')).toEqual([
      'share.percent 14.43% 15.43%',
    ]);
  });
  it('a list ending with 等 (only some parts), not a detail clause’s 等', () => {
    const whole = '2024年度公用经费702.19万元。';
    expect(errors(whole, '其中：办公费320.00万元、印刷费150.00万元、差旅费80.00万元等。')).toEqual([]);
    expect(
      errors(whole, '其中：办公费320.00万元，主要是日常办公用品等；差旅费300.00万元，主要是调研差旅等。'),
    ).toEqual(['sum.parts 702.19万元 620.00万元']);
  });
  it('a whole ending with 其中： is the 其中 rule’s (one claim, not two)', () => {
    const typed = `${TITLE}\n2024年度基本支出1,386.42万元，其中：\n人员经费1,189.12万元。\n公用经费197.30万元。\n`;
    expect(checkTextReport(typed).claims.filter((c) => c.kind === 'sum')).toHaveLength(1);
  });
});
