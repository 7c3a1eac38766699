import { describe, expect, it } from 'vitest';
import { OrgTree, type OrgChange } from './org-tree.ts';

const org = (id: string, seq: number, parent: string | null, code = id): OrgChange => [
  id,
  seq,
  false,
  [parent, code, `单位${id}`, 'unit', 1],
];

describe('the organisation tree copy', () => {
  it('extends reaches with new leaves, recomputes them after a move or a deletion, ignores older results', () => {
    const tree = new OrgTree();
    tree.apply(3, [org('b', 2, 'a'), org('a', 1, null), org('c', 3, 'a')]);
    const reachA = tree.reachOf('a');
    expect([...reachA].sort()).toEqual(['a', 'b', 'c']);
    tree.apply(4, [org('d', 4, 'b')]);
    expect(reachA.has('d')).toBe(true);
    expect(tree.listOf('b').map((o) => o.id)).toEqual(['b', 'd']);
    // c moves under b; an older statement's result arriving late changes nothing.
    tree.apply(5, [org('c', 5, 'b')]);
    tree.apply(4, [org('c', 3, 'a')]);
    expect([...tree.reachOf('b')].sort()).toEqual(['b', 'c', 'd']);
    // d is deleted; a is renamed.
    tree.apply(7, [['d', 6, true, null], org('a', 7, null, 'A-NEW')]);
    expect([...tree.reachOf('b')].sort()).toEqual(['b', 'c']);
    expect(tree.listOf('a').map((o) => o.code)).toEqual(['A-NEW', 'b', 'c']);
  });
});
