/**
 * The organisation tree as this server process last saw it, brought up to date on every signed-in
 * request by the statement that reads the session (`loadSessionActor`): that statement returns the
 * newest change number of the tree (`org_tree.changes`, kept by a trigger, drizzle/0019_*) and the
 * organisations changed after the number this copy holds — in the same snapshot as the session. A
 * request's reach is therefore never older than its own view of the database, in every process, while
 * the tree is no longer walked in SQL (and sent back as hundreds of ids) on every request.
 *
 * Change numbers are drawn under the audit chain's lock and so commit in order: a copy at number N
 * holds every change up to N. A deletion or a TRUNCATE (restore) arrives as a change too.
 */
import type { Pool } from 'pg';

export type OrgKind = 'finance' | 'department' | 'unit';

/** An organisation as the tree copy holds it (the columns `GET /api/orgs` answers with). */
export type OrgNode = {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  kind: OrgKind;
  version: number;
};

/**
 * One row of the statement's change list: [id, seq, deleted, [parent_id, code, name, kind, version]],
 * the last null when the organisation is gone.
 */
export type OrgChange = [string, number, boolean, [string | null, string, string, OrgKind, number] | null];

export class OrgTree {
  /** The newest change number applied; -1 before the first load. */
  version = -1;
  private readonly nodes = new Map<string, { seq: number; node: OrgNode | null }>();
  private readonly children = new Map<string, Set<string>>();
  private readonly reaches = new Map<string, Set<string>>();
  private readonly lists = new Map<string, OrgNode[]>();

  /**
   * Applies what one statement returned: the tree's number `version` and the changes numbered above
   * the number the statement was sent with. A result no newer than this copy changes nothing (another
   * request brought it further already).
   */
  apply(version: number, changes: OrgChange[] | null): void {
    if (version <= this.version) return;
    let structural = false;
    const added: OrgNode[] = [];
    for (const [id, seq, deleted, row] of (changes ?? []).sort((a, b) => a[1] - b[1])) {
      const known = this.nodes.get(id);
      if (known && known.seq >= seq) continue;
      const before = known?.node ?? null;
      const node: OrgNode | null =
        deleted || !row
          ? null
          : { id, parentId: row[0], code: row[1], name: row[2], kind: row[3], version: row[4] };
      const parentId = node?.parentId ?? null;
      this.nodes.set(id, { seq, node });
      if (before?.parentId !== node?.parentId || (before === null) !== (node === null)) {
        if (before) this.children.get(before.parentId ?? '')?.delete(id);
        if (node) {
          const siblings = this.children.get(parentId ?? '') ?? new Set<string>();
          siblings.add(id);
          this.children.set(parentId ?? '', siblings);
        }
        // A new leaf under a known organisation extends the reaches holding its parent; anything else
        // (a move, a deletion, an organisation arriving before its parent) recomputes them.
        if (
          before === null &&
          node &&
          parentId !== null &&
          this.nodes.get(parentId)?.node &&
          !this.children.has(id)
        )
          added.push(node);
        else structural = true;
      }
    }
    this.version = version;
    this.lists.clear();
    if (structural) this.reaches.clear();
    else
      for (const node of added)
        for (const reach of this.reaches.values()) if (reach.has(node.parentId!)) reach.add(node.id);
  }

  /** The organisation and all its descendants (shared between requests: read it, never change it). */
  reachOf(orgId: string): Set<string> {
    let reach = this.reaches.get(orgId);
    if (!reach) {
      reach = new Set([orgId]);
      for (const id of reach) for (const child of this.children.get(id) ?? []) reach.add(child);
      this.reaches.set(orgId, reach);
    }
    return reach;
  }

  /** The organisations of `orgId`'s reach ordered by code (byte order), shared: never change it. */
  listOf(orgId: string): OrgNode[] {
    let list = this.lists.get(orgId);
    if (!list) {
      list = [...this.reachOf(orgId)]
        .map((id) => this.nodes.get(id)?.node)
        .filter((n): n is OrgNode => !!n)
        .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
      this.lists.set(orgId, list);
    }
    return list;
  }
}

/** One copy per database (tests run several servers on several databases in one process). */
const trees = new WeakMap<Pool, OrgTree>();

export function orgTreeOf(pool: Pool): OrgTree {
  let tree = trees.get(pool);
  if (!tree) {
    tree = new OrgTree();
    trees.set(pool, tree);
  }
  return tree;
}
