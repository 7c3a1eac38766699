/**
 * A 科目 name wrapped around its code row, as LibreOffice prints a long name in a narrow cell: its start on the line
 * above the code, the code row with no name, its tail below (tight-rows.ts isWrappedNameHead); and a name not the
 * catalogue's, quoted as the document's year's edition names the code (table-claims.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const findings = (text: string) =>
  checkTextReport(text).findings.map((f) => `${f.severity} ${f.rule} ${f.expected} ${f.found}`);

const table = (total: string) => `某市农业农村局2031年度部门决算
                          支出决算表
                                                            单位：万元
科目编码    科目名称                        合计      基本支出   项目支出
合       计                              ${total}    300.00     250.00
213         农林水支出                    430.00      180.00     250.00
21301       农业农村                      430.00      180.00     250.00
2130101     行政运行                      180.00      180.00
            其他农业农村发展支出中的一个非常长的名
2130199                                  250.00                 250.00
            称示例
221         住房保障支出                  120.00      120.00
22102       住房改革支出                  120.00      120.00
2210201     住房公积金                    120.00      120.00
`;

describe('a 科目 name wrapped around its code row', () => {
  it('keeps the table whole: the rows after it are summed into the 合计', () => {
    expect(findings(table('550.00')).filter((f) => f.startsWith('error'))).toEqual([]);
    expect(findings(table('560.00')).filter((f) => f.startsWith('error'))).toContainEqual(
      'error table.code-sum 550.00 560.00',
    );
  });
});

describe('a name that is not the catalogue’s', () => {
  it('is quoted as the document’s year’s edition names the code', () => {
    const text = `某县2025年度部门决算
                          支出决算表
科目编码    科目名称                        合计      基本支出   项目支出
213         农林水支出                    100.00                 100.00
21305       巩固拓展脱贫攻坚成果同乡村振兴有效衔接    100.00                 100.00
2130504     农村基础设施建设              100.00                 100.00
`;
    expect(findings(text)).toContainEqual(
      'warning table.code-name 21305 巩固脱贫攻坚成果衔接乡村振兴 21305 巩固拓展脱贫攻坚成果同乡村振兴有效衔接',
    );
  });
});
