/**
 * Shapes of a 事业单位's 情况说明 (names and figures made up), each with its clean counterpart: a list opened by
 * "本年收入中：" whose shares are of the figure stated under that name; the number graded stated twice alike; a
 * figure after "；" compared with its table although an earlier part of the sentence names last year.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

const HEAD = '云溪县农机服务中心2024年度单位决算情况说明\n';

describe('shares of a list opened by “本年收入中：”', () => {
  const text = (p: string) =>
    `${HEAD}    2024年度本年收入合计800.00万元，比2023年度增加40.00万元，增长5.26%。本年收入中：\n    财政拨款收入640.00万元，占80.00%；事业收入120.00万元，占${p}%；其他收入40.00万元，占5.00%。`;

  it('are of the figure stated under that name', () => {
    expect(errors(text('15.00'))).toEqual([]);
    expect(errors(text('16.00'))).toEqual(['share.percent 15.00% 16.00%']);
  });
});

describe('the number graded stated twice alike', () => {
  const text = (n: string) =>
    `${HEAD}    2024年度中心对全部5个项目开展了绩效运行监控，并对5个项目开展了绩效自评。自评结果为优的3个、良的${n}个、中的0个。`;

  it('is one total for the grades', () => {
    expect(errors(text('2'))).toEqual([]);
    expect(errors(text('3'))).toEqual(['count.sum ≤5个 6个']);
  });
});

describe('a figure after “；” in a sentence that names last year before it', () => {
  const text = (fee: string) =>
    `${HEAD}    公务用车运行维护费42,300.00元，比2023年度减少2,100.00元；公务接待费${fee}元，全年接待12批次、80人次。
财政拨款“三公”经费支出决算表
                                                        单位：元
项目                          预算数            决算数
合计                        50,000.00         49,800.00
因公出国（境）费                  0.00              0.00
公务用车购置及运行维护费     43,000.00         42,300.00
公务接待费                    7,000.00          7,500.00
`;

  it('is this year’s, compared with the table', () => {
    expect(errors(text('7,500.00'))).toEqual([]);
    expect(errors(text('7,800.00')).map((e) => e.split(' ')[0])).toContain('figure.text-table');
  });
});
