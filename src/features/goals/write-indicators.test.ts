import { describe, expect, it } from 'vitest';
import { indicatorIds } from './write-indicators.ts';

const existing = [
  { id: 'a', level3: '培训场次' },
  { id: 'b', level3: '培训场次' },
  { id: 'c', level3: '满意度' },
];
let n = 0;
const fresh = () => `new-${++n}`;

describe('an indicator keeps its id across saves', () => {
  it('keeps the id sent with a row, whatever its name now', () => {
    expect(
      indicatorIds(
        existing,
        [
          { id: 'b', level3: '线下培训场次' },
          { id: 'a', level3: '培训场次' },
        ],
        fresh,
      ),
    ).toEqual(['b', 'a']);
  });

  it('gives a row without id the id of an unclaimed indicator of its name, else a new one', () => {
    n = 0;
    expect(
      indicatorIds(
        existing,
        [
          { id: 'a', level3: '培训场次' },
          { level3: '培训场次' },
          { level3: '培训场次' },
          { level3: '满意度' },
        ],
        fresh,
      ),
    ).toEqual(['a', 'b', 'new-1', 'c']);
  });

  it('does not take an id of another project or one sent twice', () => {
    n = 0;
    expect(
      indicatorIds(
        existing,
        [
          { id: 'zzz', level3: '满意度' },
          { id: 'c', level3: 'x' },
          { id: 'c', level3: 'y' },
        ],
        fresh,
      ),
    ).toEqual(['new-1', 'c', 'new-2']);
  });
});
