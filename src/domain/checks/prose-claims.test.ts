/** Prose claims on the shapes real documents use (wrapping is covered by layout.test.ts and corpus.test.ts). */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(`某局2024年度部门决算情况说明\n${text}`).findings.filter((f) => f.severity === 'error');
const all = (text: string) => checkTextReport(`某局2024年度部门决算情况说明\n${text}`);

describe('prose claims', () => {
  it('takes a change’s base from the item that changed, not from the figure before it in the sentence', () => {
    // 公用经费 53.81 fell by 5.00 → 5.00 ÷ 58.81 = 8.50%; 204.78 (人员经费) is not its base.
    const text =
      '基本支出258.59万元，其中：人员经费204.78万元，比上年增加4.78万元，增长2.39%；公用经费53.81万元，比上年减少5.00万元，下降8.50%。';
    expect(errors(text)).toEqual([]);
    expect(all(text).counts.change).toEqual({ recognised: 2, verified: 2 });
  });

  it('checks 完成调整预算 against the 调整预算 when 年初预算 is stated too', () => {
    const r = all(
      '一般公共预算财政拨款支出年初预算为100.00万元，调整预算为120.00万元，支出决算为114.00万元，完成调整预算的96.00%。',
    );
    expect(r.findings).toEqual([
      expect.objectContaining({ rule: 'completion.percent', expected: '95.00%', found: '96.00%' }),
    ]);
  });

  it('a list marked 主要包括 / …… / 等 is not exhaustive: a shortfall is a note', () => {
    const r = all(
      '本年收入合计307.82万元，其中：财政拨款收入264.87万元、事业收入10.82万元、其他收入29.42万元等。',
    );
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['sum.partial', 'note']]);
    expect(
      errors('本年收入合计307.82万元，其中：财政拨款收入264.87万元、事业收入10.82万元、其他收入29.42万元。'),
    ).toEqual([expect.objectContaining({ rule: 'sum.parts' })]);
  });

  it('warns of a share printed without its %, when the figure is that share', () => {
    const r = all(
      '本年支出合计300.00万元，其中：基本支出200.00万元，占66.67；项目支出100.00万元，占33.33%。',
    );
    expect(r.findings.map((f) => [f.rule, f.severity, f.expected])).toEqual([
      ['unit.missing', 'warning', '66.67%'],
    ]);
  });

  it('reads thousands separators, full-width digits and spaces between number and unit', () => {
    const r = all(
      '本年支出合计３，０００．００ 万元，其中：基本支出2,000.00  万元，占 66.67 %；项目支出1,000.00万元，占33.33%。',
    );
    expect(r.findings).toEqual([]);
    expect(r.counts.share).toEqual({ recognised: 2, verified: 2 });
    expect(r.counts.sum).toEqual({ recognised: 1, verified: 1 });
  });
});
