import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

const report = (announced: string, items: string[], after = '六、有关建议') =>
  [
    '某县农业农村局2031年度部门整体支出绩效评价报告',
    '五、存在的问题',
    `评价发现该局主要存在以下${announced}个方面的问题：`,
    ...items,
    after,
    '（一）细化绩效指标。',
  ].join('\n');
const THREE = [
  '（一）绩效指标不够细化。',
  '（二）预算调整较多。',
  '1.年中追加三次。',
  '（三）资产入账不及时。',
];

describe('the number of items announced before a list (listed-counts.ts)', () => {
  it('is the number of items listed after it, sub-items aside', () => {
    expect(errors(report('三', THREE))).toEqual([]);
    expect(errors(report('四', THREE))).toEqual(['3 count.enumeration 3 四']);
  });
  it('counts 一是 / 二是 in the sentence’s own paragraph', () => {
    const inline = (n: string) =>
      `五、存在的问题\n主要存在以下${n}点不足：一是指标不细；二是调整较多；三是入账不及时。`;
    expect(errors(inline('三'))).toEqual([]);
    expect(errors(inline('两'))).toEqual(['2 count.enumeration 3 两']);
  });
  it('is not judged when the text ends before the list is closed', () => {
    const cut = report('四', THREE).split('\n').slice(0, 7).join('\n');
    expect(errors(cut)).toEqual([]);
  });
});

const overview = (offices: string) =>
  ['某县民政局2031年度部门决算', '一、部门基本情况', '（一）机构设置', `我局${offices}。核定编制40名。`].join(
    '\n',
  );

describe('offices counted, then named (listed-counts.ts)', () => {
  it('reads an office whose name holds 和 as one name', () => {
    const four = '办公室、社会救助股、养老服务股、区划地名和社会组织管理股';
    expect(errors(overview(`内设机构4个，分别为${four}`))).toEqual([]);
    expect(errors(overview(`内设机构5个，分别为${four}`))).toEqual(['4 count.enumeration 4个 5个']);
  });
  it('does not judge a name that may be two offices joined by 和', () => {
    expect(errors(overview('内设机构4个，分别为办公室、社会救助股、养老服务股和财务股'))).toEqual([]);
  });
});
