import { describe, expect, it } from 'vitest';
import { Doc, JS_PEOPLE, clock } from './__fixtures__/people.ts';
import { deadlineOf, inbox, isOverdue, notificationsFor } from './inbox.ts';
import { PRESET_002_SELF_EVALUATION as P2 } from './presets.ts';

const START = '2021-05-10T01:00:00.000Z';
const at = (days: number) => new Date(Date.parse(START) + days * 86_400_000).toISOString();

describe('deadlines', () => {
  it.each([
    { due: at(3), now: at(1), overdue: false, daysLeft: 2 },
    { due: at(3), now: at(2.5), overdue: false, daysLeft: 1 },
    { due: at(3), now: at(3), overdue: false, daysLeft: 0 },
    { due: at(3), now: at(3.2), overdue: true, daysLeft: -1 },
    { due: at(3), now: at(5), overdue: true, daysLeft: -2 },
    { due: null, now: at(99), overdue: false, daysLeft: null },
  ])('due $due at $now → overdue $overdue, $daysLeft days left', ({ due, now, overdue, daysLeft }) => {
    expect(deadlineOf(due, now)).toEqual({ dueAt: due, overdue, daysLeft });
  });
});

describe('inbox: 待办 / 已办 / 我发起的', () => {
  const make = (id: string, start: string) => new Doc(JS_PEOPLE, P2, { id }, clock(start));

  it('lists per user with counts, overdue first', () => {
    const a = make('a', START); // at 主任, due day 3
    a.do({ type: 'submit', actorId: 'jbr' });
    const b = make('b', at(2)); // at 财务处经办人, due day 5
    b.do({ type: 'submit', actorId: 'jbrzr' });
    b.do({ type: 'approve', actorId: 'zr', step: 0 });
    const c = make('c', at(1)); // back with 王经办
    c.do({ type: 'submit', actorId: 'jbr' });
    c.do({ type: 'return', actorId: 'zr2', step: 0, to: 'originator', reason: '请补充附件' });
    const d = make('d', at(2)); // at 主任, due day 5
    d.do({ type: 'submit', actorId: 'jbr' });
    const states = [a.state, b.state, c.state, d.state];
    const now = at(4);

    const zr = inbox('zr', states, now);
    expect(zr.todo.map((i) => [i.documentId, i.deadline.overdue])).toEqual([
      ['a', true],
      ['d', false],
    ]);
    expect(zr.done.map((i) => i.documentId)).toEqual(['b']);
    expect(zr.counts).toEqual({ todo: 2, overdue: 1, done: 1, mine: 0 });
    expect(isOverdue(a.state, now)).toBe(true);
    expect(isOverdue(d.state, now)).toBe(false);

    const jbr = inbox('jbr', states, now);
    expect(jbr.todo.map((i) => [i.documentId, i.stepName, i.statusLabel])).toEqual([
      ['c', '退回修改', '已退回'],
    ]);
    expect(jbr.mine.map((i) => i.documentId).sort()).toEqual(['a', 'c', 'd']);

    // jbrzr holds 主任 but submitted b: it is in 我发起的, and a and d wait for them as 主任.
    const jbrzr = inbox('jbrzr', states, now);
    expect(jbrzr.mine.map((i) => i.documentId)).toEqual(['b']);
    expect(jbrzr.todo.map((i) => i.documentId)).toEqual(['a', 'd']);

    expect(inbox('zr2', states, now).done.map((i) => i.documentId)).toEqual(['c']);
    expect(inbox('cwjbr', states, now).todo.map((i) => [i.documentId, i.stepName, i.submitterName])).toEqual([
      ['b', '财务处经办人审核', '吴兼任'],
    ]);
    expect(inbox('cz', states, now).counts).toEqual({ todo: 0, overdue: 0, done: 0, mine: 0 });
  });

  it('drops a single step from the other holders once one of them acts', () => {
    const a = make('a', START);
    a.do({ type: 'submit', actorId: 'jbr' });
    expect(inbox('zr2', [a.state], at(1)).counts.todo).toBe(1);
    a.do({ type: 'approve', actorId: 'zr', step: 0 });
    expect(inbox('zr2', [a.state], at(1)).counts).toEqual({ todo: 0, overdue: 0, done: 0, mine: 0 });
  });
});

describe('notifications', () => {
  it('tells assignees an item arrived or came back, the originator it was returned or frozen', () => {
    const d = new Doc(JS_PEOPLE, P2, {}, clock(START));
    const kinds = (out: ReturnType<Doc['do']>) =>
      notificationsFor(out.state, out.events).map((n) => [n.userId, n.kind]);
    expect(kinds(d.do({ type: 'submit', actorId: 'jbr' }))).toEqual([
      ['zr', 'arrived'],
      ['zr2', 'arrived'],
      ['jbrzr', 'arrived'],
    ]);
    expect(kinds(d.do({ type: 'delegate', actorId: 'zr', step: 0, to: 'zr2' }))).toEqual([
      ['zr2', 'arrived'],
    ]);
    expect(kinds(d.do({ type: 'approve', actorId: 'zr2', step: 0 }))).toEqual([['cwjbr', 'arrived']]);
    expect(kinds(d.do({ type: 'return', actorId: 'cwjbr', step: 1, to: 0, reason: '请复核' }))).toEqual([
      ['zr', 'returned'],
      ['zr2', 'returned'],
      ['jbrzr', 'returned'],
    ]);
    expect(
      kinds(d.do({ type: 'return', actorId: 'zr', step: 0, to: 'originator', reason: '请修改' })),
    ).toEqual([['jbr', 'returned']]);
    d.do({ type: 'submit', actorId: 'jbr' });
    for (const [i, who] of ['zr', 'cwjbr', 'fgcz'].entries())
      d.do({ type: 'approve', actorId: who, step: i });
    expect(kinds(d.do({ type: 'approve', actorId: 'cz', step: 3, opinion: '同意' }))).toEqual([
      ['jbr', 'frozen'],
    ]);
  });
});
