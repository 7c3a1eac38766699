/**
 * A 部门预算 published at the start of its year (invented unit and figures): its changes are against last
 * year's budget ("比2025年预算数增加D万元，增长P%", prose-clauses.ts subjectKey), and its 类 are listed as
 * numbered paragraphs under "…。其中：" ending the paragraph of their whole (paragraph-lists.ts). A budget
 * document is checked as a 决算 is: its figures must add up as printed.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const BUDGET = `                    青州市水务局2026年部门预算公开
第一部分 部门概况
一、主要职能
    负责全市水资源的统一监督管理，组织实施最严格水资源管理制度。
二、部门预算单位构成
    青州市水务局2026年部门预算包括局本级和所属3个事业单位的预算。
第二部分 2026年部门预算情况说明
一、收支预算总体情况
    2026年收入预算总计8,640.20万元，其中：一般公共预算拨款收入7,120.20万元，政府性基金预算拨款收入1,200.00万元，事业收入320.00万元。与2025年相比，收入预算总计增加412.60万元，增长5.01%，主要是水利工程维修养护项目增加。
    2026年支出预算总计8,640.20万元，其中：基本支出3,260.40万元，占37.74%；项目支出5,379.80万元，占62.26%。
二、一般公共预算拨款支出预算情况
    2026年一般公共预算拨款支出7,120.20万元，比2025年预算数增加310.20万元，增长4.56%。其中：
    （一）农林水支出（类）6,540.80万元，占91.86%。
    （二）社会保障和就业支出（类）352.60万元，占4.95%。
    （三）卫生健康支出（类）98.40万元，占1.38%。
    （四）住房保障支出（类）128.40万元，占1.80%。
三、“三公”经费预算情况
    2026年“三公”经费预算数为42.50万元，比2025年预算减少3.20万元，下降7.00%。其中：因公出国（境）费0万元；公务用车购置及运行费36.00万元，公务接待费6.50万元。
四、政府采购预算情况
    2026年部门政府采购预算总额1,860.00万元，其中：货物类240.00万元、工程类1,320.00万元、服务类300.00万元。
五、国有资产占有使用情况
    截至2025年12月31日，本部门共有车辆12辆，其中：一般公务用车4辆、执法执勤用车3辆、特种专业技术用车5辆。2026年拟新增配置车辆1辆。
六、预算绩效管理情况
    2026年本部门实行绩效目标管理的项目28个，涉及项目预算资金5,379.80万元，占项目支出预算的100%。
`;

const errors = (text: string) => checkTextReport(text).findings.filter((f) => f.severity === 'error');
const changed = (from: string, to: string): string => {
  if (!BUDGET.includes(from)) throw new Error(`no ${from}`);
  return BUDGET.replace(from, to);
};

describe('a 部门预算 公开', () => {
  it('gives no finding on the correct document', () => {
    expect(checkTextReport(BUDGET).findings).toEqual([]);
  });
  it('judges a change against last year’s budget', () => {
    expect(errors(changed('增长4.56%', '增长5.46%'))).toContainEqual(
      expect.objectContaining({ rule: 'change.percent', expected: '4.56%', found: '5.46%' }),
    );
    expect(errors(changed('增加310.20万元', '增加301.20万元'))).toContainEqual(
      expect.objectContaining({ rule: 'change.percent', found: '4.56%' }),
    );
  });
  it('judges the shares of 类 listed as numbered paragraphs under "其中："', () => {
    expect(errors(changed('6,540.80万元，占91.86%', '6,540.80万元，占92.86%'))).toContainEqual(
      expect.objectContaining({ rule: 'share.percent', line: 13, expected: '91.86%', found: '92.86%' }),
    );
  });
  it('sums those 类 against the whole above them', () => {
    expect(errors(changed('128.40万元，占1.80%', '182.40万元，占1.80%'))).toContainEqual(
      expect.objectContaining({ rule: 'sum.parts' }),
    );
  });
  it('still leaves a "其中：" closing a paragraph to the 其中 rules when its parts are not numbered', () => {
    const text = `    2026年一般公共预算拨款支出7,120.20万元，其中：\n    农林水支出（类）6,540.80万元。\n`;
    expect(errors(text)).toEqual([]);
  });
});
