// Builds the organisation tree from the flat list the server sends (parentId links).
import type { Org } from '../../shared/api/types';

export type OrgNode = Org & { children: OrgNode[] };

/** Roots are organisations whose parent is absent or not visible to this user. Siblings sort by code. */
export function buildOrgTree(orgs: readonly Org[]): OrgNode[] {
  const nodes = new Map<string, OrgNode>();
  for (const org of orgs) nodes.set(org.id, { ...org, children: [] });
  const roots: OrgNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: OrgNode[]) => {
    list.sort((a, b) => a.code.localeCompare(b.code, 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN'));
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

/** The ids of an organisation and all its ancestors that are visible, root first. */
export function ancestorIds(orgs: readonly Org[], id: string): string[] {
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const path: string[] = [];
  const seen = new Set<string>();
  let current = byId.get(id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    path.unshift(current.id);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return path;
}

export type OrgSelectOption = { value: string; title: string; children: OrgSelectOption[] };

/** Options for an antd TreeSelect of organisations. */
export function orgSelectOptions(nodes: readonly OrgNode[]): OrgSelectOption[] {
  return nodes.map((n) => ({ value: n.id, title: n.name, children: orgSelectOptions(n.children) }));
}
