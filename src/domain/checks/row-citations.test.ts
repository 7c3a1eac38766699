/**
 * A table row's rate, score or amount restated in the text about that row (row-citations.ts). Units, names
 * and figures are made up.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';
import { row } from './__fixtures__/layout-row.ts';

const TABLE = [
  '                     表1  2024年1—6月项目预算执行情况',
  '                                                                  单位：万元',
  row(
    ['序号', -2],
    ['项目名称', -8],
    ['全年预算', -38],
    ['1-6月支出', -50],
    ['执行率', -64],
    ['全年预计支出', -74],
    ['预计执行率', -90],
  ),
  row(
    ['1', 3],
    ['湿地巡护与监测', -8],
    ['320.00', 45],
    ['150.40', 58],
    ['47.00%', 70],
    ['312.00', 84],
    ['97.50%', 98],
  ),
  row(
    ['2', 3],
    ['古树名木保护', -8],
    ['125.00', 45],
    ['40.00', 58],
    ['32.00%', 70],
    ['110.00', 84],
    ['88.00%', 98],
  ),
  row(['合计', -8], ['445.00', 45], ['190.40', 58], ['42.79%', 70], ['422.00', 84], ['94.83%', 98]),
  '',
];

const report = (...paragraphs: string[]) =>
  checkTextReport(
    ['        某某县林业局2024年项目支出绩效运行监控报告', '', ...TABLE, ...paragraphs].join('\n'),
  );
const errors = (...paragraphs: string[]) =>
  report(...paragraphs)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);
const cited = (...paragraphs: string[]) =>
  report(...paragraphs)
    .claims.filter((c) => c.kind === 'figure')
    .map((c) => `${c.verified ? '✓' : '✗'} ${c.arithmetic}`);

describe('a table row restated in the text about it', () => {
  it('agrees: every figure named by its column is checked, none is an error', () => {
    const text = [
      '    （一）湿地巡护与监测项目。1—6月支出150.40万元，执行率47.00%，预计全年支出312.00万元，预计全年执行率97.50%。',
    ];
    expect(errors(...text)).toEqual([]);
    expect(cited(...text)).toEqual([
      '✓ “湿地巡护与监测”的1-6月支出：正文150.40万元，表中150.40万元',
      '✓ “湿地巡护与监测”的执行率：正文47.00%，表中47.00%',
      '✓ “湿地巡护与监测”的全年预计支出：正文312.00万元，表中312.00万元',
      '✓ “湿地巡护与监测”的预计执行率：正文97.50%，表中97.50%',
    ]);
  });

  it('disagrees: the text’s rate against the row’s, in the column its words name', () => {
    expect(
      errors('    古树名木保护项目1—6月执行率32.00%，预计全年执行率80.80%，主要是养护合同延后签订。'),
    ).toEqual(['figure.text-table 88.00% 80.80%']);
  });

  it('reads the row named by a heading for the paragraph under it', () => {
    expect(
      errors('    （二）古树名木保护项目', '', '    1—6月支出40.00万元，执行率23.00%，进度滞后。'),
    ).toEqual(['figure.text-table 32.00% 23.00%']);
  });

  it('agrees at the precision of the less precise figure', () => {
    expect(errors('    湿地巡护与监测项目预计全年执行率97.5%，约98%。')).toEqual([]);
    expect(cited('    湿地巡护与监测项目预计全年执行率97%。')).toEqual([
      '✗ “湿地巡护与监测”的预计执行率：正文97%，表中97.50%',
    ]);
  });

  it('is not sure, and says nothing: two rows in one sentence, words that name no single column, another unit', () => {
    const unsure = [
      '    湿地巡护与监测和古树名木保护项目执行率分别为47.00%、32.00%，低于序时进度。',
      '    湿地巡护与监测项目执行进度为60.00%，较上月提高5.00%。',
      '    古树名木保护项目1—6月支出400,000.00元。',
    ];
    expect(errors(...unsure)).toEqual([]);
    expect(cited(...unsure)).toEqual([]);
  });

  it('leaves a row the table itself gets wrong to the table’s rule', () => {
    const wrongRow = TABLE.map((l) => l.replace('32.00%', '23.00%'));
    const r = checkTextReport(
      [
        '某某县林业局2024年项目支出绩效运行监控报告',
        '',
        ...wrongRow,
        '    古树名木保护项目1—6月执行率32.00%。',
      ].join('\n'),
    );
    const errs = r.findings.filter((f) => f.severity === 'error');
    expect(errs.map((f) => `${f.rule} ${f.found}`)).toEqual(['completion.percent 23.00%']);
  });

  it('does not read a label that names two rows', () => {
    const twice = [
      ...TABLE,
      '                     表2  2024年1—6月项目预算执行情况（续）',
      ...TABLE.slice(1),
    ];
    const r = checkTextReport([...twice, '    古树名木保护项目1—6月执行率23.00%。'].join('\n'));
    expect(r.claims.filter((c) => c.kind === 'figure')).toEqual([]);
  });
});

describe('a label whose own sentence states its figures', () => {
  it('is not the subject of the sentences after it', () => {
    // The 湿地巡护与监测 sentence ends; the next sentence's 执行率 is of a project no row names.
    const text =
      '    湿地巡护与监测项目1—6月支出150.40万元，执行率47.00%。森林防火专项预算80.00万元，执行率62.50%，进度正常。';
    expect(errors(text)).toEqual([]);
    expect(cited(text)).toEqual([
      '✓ “湿地巡护与监测”的1-6月支出：正文150.40万元，表中150.40万元',
      '✓ “湿地巡护与监测”的执行率：正文47.00%，表中47.00%',
    ]);
  });
});
