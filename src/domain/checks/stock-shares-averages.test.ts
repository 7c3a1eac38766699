/**
 * Shapes of 三公 prose and of a 自评表 (invented documents): a part's share of a whole the sentence does not state,
 * above what its amount allows against the parts' sum (prose-shares.ts); the cars held at the year's end against
 * those held at its start and bought and disposed of (vehicle-flows.ts); an average per 批次 in 元 of an amount in
 * 万元 (count-averages.ts); a total re-expressed out of 100 after an indicator left out (table-rules.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

const shares = (car: string, meals: string, share: string) => `青禾县林业局2031年度“三公”经费说明
    本年“三公”经费支出中，出国（境）费0万元，占0%；公务用车购置及运行维护费${car}万元，
占86.74%；公务接待费${meals}万元，占${share}%。
`;

describe('a share above its amount ÷ the parts’ sum (prose-shares.ts)', () => {
  it('names the share a part cannot take of a whole at least the parts’ sum', () => {
    expect(errors(shares('41.20', '6.30', '14.10'))).toEqual(['3 share.percent 13.26% 14.10%']);
  });
  it('gives no error for the right shares', () => {
    expect(errors(shares('41.20', '6.30', '13.26'))).toEqual([]);
  });
  it('names no share when an amount moves them all (two shares off)', () => {
    expect(errors(shares('41.90', '6.30', '13.26'))).toEqual([]);
  });
});

const cars = (text: string) => `青禾县林业局2031年度“三公”经费说明
    2.公务用车购置及运行维护费支出41.20万元，主要用于更新购置执法用车2辆。${text}
`;

describe('the cars held at the year’s end against the start, bought and disposed of (vehicle-flows.ts)', () => {
  it('reads the closing stock stated before the opening one', () => {
    const text = (gone: number) =>
      cars(
        `截至2031年12月31日，本单位公务用车保有量7辆；其上年末为8辆，当年购置新车2辆、报废旧车${gone}辆。`,
      );
    expect(errors(text(2))).toEqual(['2 count.vehicle-flow 8辆 7辆']);
    expect(errors(text(3))).toEqual([]);
  });
  it('reads 年初, 新购置, 拍卖处置 and 年末保有 in one sentence', () => {
    const text = (held: number) =>
      cars(`年初实有公务用车8辆，本年新购置2辆，拍卖处置3辆，年末保有${held}辆。`);
    expect(errors(text(6))).toEqual(['2 count.vehicle-flow 7辆 6辆']);
    expect(errors(text(7))).toEqual([]);
  });
  it('reads the closing stock in the next sentence, and 调出', () => {
    const text = (out: number) =>
      cars(`上年末公务用车9辆，本年更新购置2辆，调出${out}辆。截至2031年底，公务用车保有量为8辆。`);
    expect(errors(text(2))).toEqual(['2 count.vehicle-flow 9辆 8辆']);
    expect(errors(text(3))).toEqual([]);
  });
  it('does not read a car replaced (报废更新, 更新 alone) or a change against last year', () => {
    expect(errors(cars('上年末保有8辆，本年报废更新1辆，年末保有8辆。'))).toEqual([]);
    expect(errors(cars('上年末保有8辆，本年更新1辆，年末保有8辆。'))).toEqual([]);
    expect(errors(cars('公务用车保有量7辆，较上年末8辆减少1辆，本年购置1辆。'))).toEqual([]);
  });
});

const meals = (average: string) => `青禾县林业局2031年度“三公”经费说明
    3.公务接待费支出决算5.52万元，完成预算的92.00%。其中：接待国内来访24批次、180人次，批均接待
费${average}元，人均接待费306.67元；未发生外事接待。
`;

describe('an average per 批次 in 元 of an amount in 万元 (count-averages.ts)', () => {
  it('reports a 批均 that no amount ÷ count gives', () => {
    expect(errors(meals('2,500.00'))).toEqual(['3 share.average 2300.00元 2500.00元']);
  });
  it('gives no error for the right average', () => {
    expect(errors(meals('2,300.00'))).toEqual([]);
  });
});

/** (The label without its formula is padded so that its figures stay under their columns.) */
const BARE = `（折算为百分制）${' '.repeat(12)}`;
const converted = (
  label: string,
  total: string,
) => `                                                    项目支出绩效自评表
（2031年度）                                                                                                            单位：万元
      项目名称         乡村道路养护能力提升项目
      主管部门         青禾县交通运输局                                           实施单位              青禾县公路养护中心
                                   年初预算数                 全年预算数           全年执行数            分值   执行率              得分
        年度资金总额                                    200.00       200.00            196.00 10       98.00%                 9.80
 项目资金 其中：当年财政拨款                                   200.00       200.00            196.00    —     98.00%          —
 （万元） 上年结转资金                                        0.00         0.00              0.00 —             —          —
        其他资金                                        0.00         0.00              0.00 —             —          —
          一级指标    二级指标              三级指标                 年度指标值           实际完成值            分值    得分          偏差原因分析及改进措施
          产出指标    数量指标 养护农村公路里程                             ≥120公里              120公里           20       20.00 无偏差
          产出指标    质量指标 养护路段检查合格率                           ≥95%             90%          20       18.95 部分路段复查未通过
          产出指标    时效指标 养护任务在当年11月底前完成                   11月底前          11月底前完成           10       10.00 无偏差
          产出指标    成本指标 经济成本指标                             未设定                —           （10）      不计分 该项未设定，不计分
          效益指标   社会效益指标 群众出行条件改善情况                     明显改善             有所改善           20       16.00 个别路段仍需改造
         满意度指标  服务对象满意度指标 沿线群众满意度                       ≥90%              92%           10       10.00 无偏差
                            剔除未设定指标后小计（满分90分）                                             90       84.75
                           总分${label}                                        100      ${total} 自评等级：优
注：资金执行得分按执行率乘以10分计算，满分10分。
评价等级：得分90分及以上为优，80分至90分为良，60分至80分为中，60分以下为差。未设定的指标不计分，总分按小计得分换算为百分制。
`;

describe('a total re-expressed out of 100 after an indicator left out (table-rules.ts)', () => {
  it('judges the conversion the label prints', () => {
    expect(errors(converted('（折算为百分制：84.75÷90×100）', '92.17'))).toEqual([
      '18 score.renormalised 94.17 92.17',
    ]);
    expect(errors(converted('（折算为百分制：84.75÷90×100）', '94.17'))).toEqual([]);
  });
  it('takes the kept row’s 得分 and 分值 when the label prints no formula', () => {
    expect(errors(converted(BARE, '92.17'))).toEqual(['18 score.renormalised 94.17 92.17']);
    expect(errors(converted(BARE, '94.17'))).toEqual([]);
  });
  it('adds up the kept indicators', () => {
    const text = converted(BARE, '95.28').replace('84.75\n', '85.75\n');
    expect(errors(text)).toEqual(['17 score.sum 84.75 85.75']);
  });
});
