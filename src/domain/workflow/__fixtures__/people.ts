/**
 * Test people: 江苏省商务厅信息中心 staffed for 002's chain (with a second 主任 for delegation and races,
 * and a 经办人 who also holds 主任), and 海南省商务厅 staffed for 004's panel (谭国伟 and 陈力 as in the seed,
 * a third evaluator to pick from, and the 评价工作组组长).
 */
import { apply, createWorkflow } from '../machine.ts';
import type {
  ChainDefinition,
  DocumentKind,
  OrgUser,
  Outcome,
  WorkflowCommand,
  WorkflowContext,
  WorkflowState,
} from '../types.ts';

export const JS = 'js-xxzx';
export const JS_PARENT = 'js-swt';
export const HN = 'hn-swt';

const u = (id: string, name: string, orgId: string, grants: OrgUser['grants'], title?: string): OrgUser => ({
  id,
  name,
  orgId,
  grants,
  title: title ?? null,
});

export const JS_PEOPLE: OrgUser[] = [
  u('jbr', '王经办', JS, [{ role: 'clerk', position: null }]),
  u('zr', '李主任', JS, [{ role: 'reviewer', position: '主任' }]),
  u('zr2', '赵副主任', JS, [{ role: 'reviewer', position: '主任' }]),
  u('cwjbr', '钱会计', JS, [{ role: 'reviewer', position: '财务处经办人' }]),
  u('fgcz', '孙分管', JS, [{ role: 'reviewer', position: '分管处长' }]),
  u('cz', '周处长', JS, [{ role: 'reviewer', position: '处长' }]),
  // A clerk who also holds 主任: may submit, and then must never review their own item.
  u('jbrzr', '吴兼任', JS, [
    { role: 'clerk', position: null },
    { role: 'reviewer', position: '主任' },
  ]),
  u('outsider', '郑外人', 'other-org', [{ role: 'reviewer', position: '主任' }]),
  u('ting', '冯厅长', JS_PARENT, [{ role: 'reviewer', position: '厅领导' }]),
];

export const HN_PEOPLE: OrgUser[] = [
  u('hjbr', '海经办', HN, [{ role: 'clerk', position: null }]),
  u('pj1', '谭国伟', HN, [{ role: 'evaluator', position: null }], '主任'),
  u('pj2', '陈力', HN, [{ role: 'evaluator', position: null }], '一级主任科员'),
  u('pj3', '林评价', HN, [{ role: 'evaluator', position: null }], '科员'),
  u('zz', '黄组长', HN, [{ role: 'reviewer', position: '评价工作组组长' }]),
];

/** A clock that moves one hour per call, from 2021-05-10 09:00 (Beijing) — dates on the trail differ. */
export function clock(start = '2021-05-10T01:00:00.000Z'): () => string {
  let t = Date.parse(start);
  return () => {
    const now = new Date(t).toISOString();
    t += 3_600_000;
    return now;
  };
}

/** Drives one document through commands, filling in command ids and the expected version. */
export class Doc {
  state: WorkflowState;
  private n = 0;
  constructor(
    public readonly directory: OrgUser[],
    public chain: ChainDefinition,
    opts: { kind?: DocumentKind; orgId?: string; id?: string } = {},
    public readonly now: () => string = clock(),
  ) {
    this.state = createWorkflow({
      documentId: opts.id ?? 'doc-1',
      kind: opts.kind ?? 'department_evaluation',
      orgId: opts.orgId ?? directory[0]!.orgId,
    });
  }

  context(): WorkflowContext {
    return {
      now: this.now(),
      directory: this.directory,
      chain: this.chain,
      orgPath: this.state.orgId === JS ? [JS, JS_PARENT] : [this.state.orgId],
    };
  }

  /** Builds the command (fresh id, current version) without applying it. */
  command<C extends DistributiveOmit<WorkflowCommand, 'commandId' | 'expectedVersion'>>(
    c: C,
  ): WorkflowCommand {
    return { commandId: `c${++this.n}`, expectedVersion: this.state.version, ...c } as WorkflowCommand;
  }

  try(c: DistributiveOmit<WorkflowCommand, 'commandId' | 'expectedVersion'>): Outcome {
    return apply(this.state, this.command(c), this.context());
  }

  /** Applies and insists on acceptance; returns the accepted outcome. */
  do(c: DistributiveOmit<WorkflowCommand, 'commandId' | 'expectedVersion'>) {
    const out = this.try(c);
    if (!out.ok) throw new Error(`refused ${c.type} by ${c.actorId}: ${out.code} ${out.message}`);
    this.state = out.state;
    return out;
  }
}

export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
