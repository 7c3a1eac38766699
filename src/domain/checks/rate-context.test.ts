/**
 * A 预算执行率 stated apart from its budget and outturn (later in the paragraph, or in a later paragraph):
 * judged against the one budget and the one outturn of the nearest text stating amounts. Made-up excerpts
 * printed as `pdftotext -layout` prints them; clean ones and near-misses give no error.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';
import { wrapped } from './__fixtures__/wrapped.ts';

const doc = (...paragraphs: string[]) =>
  checkTextReport(wrapped('某某中心2024年度政务数据共享项目绩效自评报告', paragraphs));
const errors = (...paragraphs: string[]) =>
  doc(...paragraphs)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

const FIGURES = '项目全年预算数580.00万元，执行数552.04万元，资金已按合同约定支付到位。';
const LATER = '项目按计划完成数据归集、接口改造和安全测评等工作，各项产出指标均已达到年度目标。';
const RATE = (rate: string) => `预算执行率为${rate}%，资金使用符合预算管理规定。`;

describe('预算执行率 apart from its figures', () => {
  it('holds in a later paragraph and later in the same paragraph', () => {
    const r = doc(FIGURES, LATER, RATE('95.18'));
    expect(r.findings).toEqual([]);
    expect(r.claims.filter((c) => c.kind === 'completion').map((c) => c.arithmetic)).toEqual([
      '552.04 ÷ 580.00万元 × 100% = 95.18%，文中95.18%',
    ]);
    expect(errors(`${FIGURES}${RATE('95.18')}`)).toEqual([]);
  });
  it('reports a wrong rate, with the arithmetic and where the figures are', () => {
    expect(errors(FIGURES, LATER, RATE('96.18'))).toEqual(['completion.percent 95.18% 96.18%']);
    expect(errors(`${FIGURES}${RATE('96.18')}`)).toEqual(['completion.percent 95.18% 96.18%']);
    const f = doc(FIGURES, LATER, RATE('96.18')).findings[0]!;
    expect(f.message).toMatch(
      /^第\d+行所述执行数552\.04万元、预算数580\.00万元，执行率应为 552\.04 ÷ 580\.00 × 100% = 95\.18%/,
    );
  });
  it('takes a truncated rate as a warning, not an error', () => {
    const r = doc('全年预算数300万元，执行数200万元。', LATER, RATE('66.66'));
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['completion.percent', 'warning']]);
  });
});

describe('near-misses: no rate tied to figures it may not be of', () => {
  it('two budgets, last year’s figures, or another amount in the context', () => {
    expect(errors('年初预算数500.00万元，调整后预算数580.00万元，执行数552.04万元。', RATE('90.00'))).toEqual(
      [],
    );
    expect(errors('上年预算数500.00万元，执行数450.00万元。', RATE('90.00'))).toEqual([]);
    expect(errors('全年预算数580.00万元，执行数552.04万元，结余27.96万元。', RATE('90.00'))).toEqual([]);
  });
  it('a heading or a table between, or a rate of last year or a plan', () => {
    expect(errors(FIGURES, '#（二）项目实施情况', RATE('90.00'))).toEqual([]);
    expect(errors(FIGURES, '上年预算执行率为90.00%。')).toEqual([]);
    expect(errors(FIGURES, '计划执行率为90.00%。')).toEqual([]);
  });
  it('another project’s rate, or another budget spoken of between', () => {
    expect(errors(FIGURES, LATER, `数据安全项目${RATE('90.00')}`)).toEqual([]);
    expect(errors(`政务数据共享项目${FIGURES}`, LATER, `政务数据共享项目${RATE('95.18')}`)).toEqual([]);
    expect(errors(`政务数据共享项目${FIGURES}`, LATER, `政务数据共享项目${RATE('96.18')}`)).toHaveLength(1);
    expect(errors(FIGURES, '数据安全项目年初预算已于年中全部调减。', RATE('90.00'))).toEqual([]);
  });
  it('a context more than three paragraphs back', () => {
    expect(errors(FIGURES, LATER, LATER, LATER, RATE('90.00'))).toEqual([]);
  });
});
