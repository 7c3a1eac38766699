/**
 * A 三公 notice's item sections (made-up excerpts printed as pdftotext -layout prints them): an item's share of
 * the 三公 outturn stated as "预算A万元，决算B万元" (prose-shares.ts), a completion rate of the 年度预算
 * (prose-completion.ts), and counts whose parts each carry their cost first (count-pairs.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';
import { wrapped } from './__fixtures__/wrapped.ts';

const notice = ({ rate = '88.40', share = '21.62', foreign = '25' } = {}) =>
  wrapped('某州草原工作站2036年度“三公”经费决算说明', [
    `2036年度“三公”经费预算58.60万元，决算51.80万元，完成年度预算的${rate}%，比预算减少6.80万元。`,
    `（一）公务接待费。决算11.20万元，占“三公”经费决算的${share}%，完成预算的80.00%。全年共接待28批次、187人次，其中：国内公务接待9.65万元、25批次、162人次；外事接待1.55万元、3批次、${foreign}人次。`,
  ]);
const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

describe('a 三公 notice’s sections', () => {
  // 51.80 ÷ 58.60 = 88.395…% → 88.40; 11.20 ÷ 51.80 = 21.621…% → 21.62; 162 + 25 = 187.
  it('hold: no error', () => {
    expect(errors(notice())).toEqual([]);
  });
  it('an item’s share of the 三公 outturn named by its budget-and-outturn sentence', () => {
    expect(errors(notice({ share: '12.62' }))).toEqual(['share.percent 21.62% 12.62%']);
  });
  it('a completion rate of the 年度预算', () => {
    expect(errors(notice({ rate: '83.40' }))).toEqual(['completion.percent 88.40% 83.40%']);
  });
  it('counts whose parts carry their cost before them', () => {
    expect(errors(notice({ foreign: '26' }))).toEqual(['count.sum 188人次 187人次']);
  });
});
