/**
 * Shapes met in a county 部门决算 in 元 and a province's 自评表 set (names and figures made up): 科目 rows
 * pdftotext set one space apart with names wrapped three ways, and 自评表 printed one per page under the same
 * title (the title dropped as a page header, the next table's 项目资金 part run into this one's block).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

/** A 收入决算表 in 元: tight rows, a name wrapped before its figures, one centred around them, one after. */
const tightIncome = (leaf: string) => `                                收入决算表
                                                                    单位：元
科目编码      科目名称 本年收入合计 财政拨款收入 上级补助收          入  事业收入 经营收  入
                                                           附属单位上缴 其他收入
                                                             收入
        合计       9,631,204.50 9,331,204.50   240,000.00          60,000.00
208     社会保障和就业 1,512,640.20 1,512,640.20
        支出
20805 行政事业单位养
        老支出      1,512,640.20 1,512,640.20
2080501 行政单位离退休 402,110.00 402,110.00
        机关事业单位基
2080505 本养老保险缴费 780,330.20 780,330.20
        支出
2080506 机关事业单位职
        业年金缴费支出 330,200.00 330,200.00
213     农林水支出       8,118,564.30 7,818,564.30   240,000.00          60,000.00
21302 林业和草原      8,118,564.30 7,818,564.30   240,000.00          60,000.00
2130201 行政运行     3,206,410.10 3,206,410.10
2130204 事业机构     2,652,154.20 2,352,154.20    240,000.00          60,000.00
2130234 林业草原防灾减 ${leaf} ${leaf}
        灾
2130299 其他林业和草原
        支出         1,140,000.00 1,140,000.00
注：本表反映部门本年度取得的各项收入情况。`;

describe('a 科目 table in 元 set one space apart, names wrapped', () => {
  it('reads each wrapped row as one: its 类 and 款 add up', () => {
    expect(errors(tightIncome('1,120,000.00'))).toEqual([]);
  });
  it('still finds a 项 that breaks its 款', () => {
    const found = errors(tightIncome('1,210,000.00'));
    expect(found.some((f) => f.startsWith('table.code-sum'))).toBe(true);
  });
});

/** Three 自评表 under one title, the second's 项目资金 part printed right under the first's 总分. */
const twoForms = (firstTotal: string) => `                         2031年度项目支出绩效自评表
项目名称        草原鼠害防治补助               主管部门 某省林业和草原局     实施单位 省草原站
项目资金（万元）        年初预算数      全年预算数                全年执行数      分值 执行率        得分
                           财政拨款 其他资金 合计
          年度资金总额       420.00 440.00 0.00 440.00     418.00 10    95.00%        9.50
年度总体目标 预期目标                           实际完成情况
       完成鼠害防治面积300万亩。 完成防治面积306万亩。
 一级指标       二级指标       三级指标       年度指标值     实际完成值   分值 得分   偏差原因分析及改进措施
产出指标        数量指标       防治面积      ≥300万亩      306万亩       30  30
               质量指标       防治效果      ≥85%         88%          20  20
效益指标        生态效益指标     草原植被盖度   提高          提高1.2个百分点  30  28 部分区域降水偏少
满意度指标      服务对象满意度指标   牧民满意度     ≥90%         92%          10  10
总分                                                 100 ${firstTotal} 自评等级：优
\f                         2031年度项目支出绩效自评表
项目名称        林木种苗质量抽检               主管部门 某省林业和草原局     实施单位 省种苗站
项目资金（万元）        年初预算数      全年预算数                全年执行数      分值 执行率        得分
                           财政拨款 其他资金 合计
          年度资金总额       80.00 80.00 0.00 80.00     64.00 10    80.00%        8.00
年度总体目标 预期目标                           实际完成情况
       抽检种苗批次120批。 抽检种苗批次121批。
 一级指标       二级指标       三级指标       年度指标值     实际完成值   分值 得分   偏差原因分析及改进措施
产出指标        数量指标       抽检批次      ≥120批       121批        40  40
效益指标        社会效益指标     种苗合格率     ≥90%         93%          40  40
满意度指标      服务对象满意度指标   用苗单位满意度   ≥90%         91%          10  10
总分                                                 100 98.00 自评等级：优
\f                         2031年度项目支出绩效自评表
项目名称        古树名木保护                   主管部门 某省林业和草原局     实施单位 省林保站
项目资金（万元）        年初预算数      全年预算数                全年执行数      分值 执行率        得分
                           财政拨款 其他资金 合计
          年度资金总额       50.00 50.00 0.00 50.00     50.00 10    100.00%        10.00
 一级指标       二级指标       三级指标       年度指标值     实际完成值   分值 得分   偏差原因分析及改进措施
产出指标        数量指标       挂牌保护株数    ≥500株       512株        40  40
效益指标        生态效益指标     古树存活率     ≥98%         99%          40  40
满意度指标      服务对象满意度指标   群众满意度     ≥90%         95%          10  10
总分                                                 100 100.00 自评等级：优
`;

describe('自评表 one per page under the same title', () => {
  it('sums each 总分 with its own 项目资金 part, not the next table’s', () => {
    expect(errors(twoForms('97.50'))).toEqual([]);
  });
  it('still finds a 总分 that its rows do not make', () => {
    expect(errors(twoForms('96.50')).filter((f) => f.startsWith('score.sum'))).toEqual([
      'score.sum 97.50 96.50',
    ]);
  });
});

describe('a 科目 name centred over three lines', () => {
  it('is its code’s name, though the code’s line holds only its middle', () => {
    const warnings = checkTextReport(tightIncome('1,120,000.00')).findings.filter(
      (f) => f.rule === 'table.code-name',
    );
    expect(warnings).toEqual([]);
  });
});

describe('a title over one of several tables alike, with another year', () => {
  it('is not dropped as a page header: its year is read', () => {
    const third = twoForms('97.50').lastIndexOf('2031年度项目支出绩效自评表');
    const text = `${twoForms('97.50').slice(0, third)}2029${twoForms('97.50').slice(third + 4)}`;
    expect(errors(twoForms('97.50'))).toEqual([]);
    expect(errors(text)).toEqual(['year.heading 2031年度 2029年度']);
  });
});

/** A 三公 table whose 其中 list is numbered after the mark ("其中：1.…", "2.…"). */
const fees = (
  car: string,
) => `                                                                                单位：元
      项目        2031年预算数      2031年决算数      2030年决算数
合计                412,000.00 398,420.50 251,360.00
一、因公出国（境）费              0.00 0.00        0.00
二、公务用车购置及运行费      352,000.00 351,200.50 198,760.00
其中：1.公务用车购置费      240,000.00 238,600.00       0.00
2.公务用车运行费         ${car} 112,600.50 198,760.00
三、公务接待费            60,000.00 47,220.00 52,600.00`;

describe('a 其中 list numbered after its mark', () => {
  it('is the row’s parts: they add up', () => {
    expect(errors(fees('112,000.00'))).toEqual([]);
    // (A 三公 table by its rows, whatever its title: its sums are the 三公 table's, table-claims.ts.)
    expect(errors(fees('121,000.00'))).toEqual(['table.row-sum 361000.00 352,000.00']);
  });
});

describe('a year with a digit lost', () => {
  it('is no year', () => {
    const text = (title: string) =>
      `${title}“三公”经费决算公开说明\n    2031年度“三公”经费决算数398,420.50元，比2030年减少12.00元。`;
    expect(errors(text('某市交通运输局2031年度'))).toEqual([]);
    expect(errors(text('某市交通运输局203年度'))).toEqual(['year.mismatch 2031年 203年']);
  });
});

describe('a title ending with a note in brackets', () => {
  const text = [
    '某市林业局2031年度部门决算情况说明（节选）',
    '    与2030年度相比，本年收入合计增加100.00万元。2030年度本年收入合计为900.00万元。',
    '    2030年度机关运行经费支出为80.00万元。2031年度机关运行经费支出为78.00万元。',
    '    公务接待费3.00万元，2030年度无此项支出。',
  ].join('\n');
  it('still names the document’s year: last year’s figures are no restatement', () => {
    expect(errors(text)).toEqual([]);
  });
});
