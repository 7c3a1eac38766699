// The organisation switcher: a searchable tree of every organisation the user can see. Selecting a node
// makes it the current organisation for the pages beside it.
import { useEffect, useMemo, useState, type Key as ReactKey, type ReactNode } from 'react';
import { Alert, Button, Card, Empty, Input, Spin, Tooltip, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { ApartmentOutlined, BankOutlined, HomeOutlined, MenuFoldOutlined } from '@ant-design/icons';
import { useOrgs } from '../orgs/OrgContext';
import { ancestorIds, type OrgNode } from '../../features/orgs/tree';
import type { OrgKind } from '../api/types';
import { shellTexts } from '../texts';
import { ApiError, errorMessage } from '../api/client';

const kindIcon: Record<OrgKind, ReactNode> = {
  finance: <BankOutlined />,
  department: <ApartmentOutlined />,
  unit: <HomeOutlined />,
};

const FULLY_EXPANDED_MAX = 60;

function toTreeData(nodes: OrgNode[], keep: (n: OrgNode) => boolean): TreeDataNode[] {
  const out: TreeDataNode[] = [];
  for (const n of nodes) {
    const children = toTreeData(n.children, keep);
    if (keep(n) || children.length > 0) {
      out.push({
        key: n.id,
        title: n.name,
        icon: kindIcon[n.kind],
        children,
        isLeaf: n.children.length === 0,
      });
    }
  }
  return out;
}

/** `onCollapse`: the page beside the tree offers to fold it away (决算's wide tables want the width). */
export function OrgTreePanel({ onCollapse }: { onCollapse?: () => void } = {}) {
  const { orgs, tree, loading, error, currentOrgId, setCurrentOrgId, reload } = useOrgs();
  const [search, setSearch] = useState('');
  const [expanded, setExpanded] = useState<ReactKey[]>([]);

  // A small tree opens fully; a large one opens its roots and the path to the current organisation.
  useEffect(() => {
    if (orgs.length === 0) return;
    const open = new Set<ReactKey>(expanded);
    if (orgs.length <= FULLY_EXPANDED_MAX) {
      for (const o of orgs) if (orgs.some((c) => c.parentId === o.id)) open.add(o.id);
    } else {
      for (const root of tree) open.add(root.id);
      if (currentOrgId) for (const id of ancestorIds(orgs, currentOrgId).slice(0, -1)) open.add(id);
    }
    setExpanded([...open]);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the list itself changes
  }, [orgs]);

  const term = search.trim().toLowerCase();
  const treeData = useMemo(
    () =>
      toTreeData(
        tree,
        (n) => !term || n.name.toLowerCase().includes(term) || n.code.toLowerCase().includes(term),
      ),
    [tree, term],
  );
  const searchExpanded = useMemo(() => {
    if (!term) return null;
    const keys: ReactKey[] = [];
    const walk = (nodes: TreeDataNode[]) => {
      for (const n of nodes) {
        if (n.children && n.children.length > 0) {
          keys.push(n.key);
          walk(n.children);
        }
      }
    };
    walk(treeData);
    return keys;
  }, [term, treeData]);

  let body: ReactNode;
  if (loading && orgs.length === 0) {
    body = (
      <div style={{ padding: 24, textAlign: 'center' }}>
        <Spin />
      </div>
    );
  } else if (error instanceof ApiError && error.status === 403) {
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={shellTexts.orgTreeForbidden} />;
  } else if (error && orgs.length === 0) {
    body = (
      <Alert
        type="error"
        showIcon
        title={shellTexts.orgTreeLoadFailed}
        description={errorMessage(error)}
        action={
          <Button size="small" onClick={() => void reload()}>
            {shellTexts.retry}
          </Button>
        }
      />
    );
  } else if (treeData.length === 0) {
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={shellTexts.orgTreeEmpty} />;
  } else {
    body = (
      <Tree
        className="jx-org-tree"
        showIcon
        blockNode
        treeData={treeData}
        selectedKeys={currentOrgId ? [currentOrgId] : []}
        expandedKeys={searchExpanded ?? expanded}
        onExpand={(keys) => {
          if (!searchExpanded) setExpanded(keys);
        }}
        onSelect={(keys) => {
          const key = keys[0];
          if (key !== undefined) setCurrentOrgId(String(key));
        }}
      />
    );
  }

  return (
    <Card
      size="small"
      title={shellTexts.orgTreeTitle}
      extra={
        onCollapse && (
          <Tooltip title={shellTexts.orgTreeCollapse}>
            <Button
              type="text"
              size="small"
              icon={<MenuFoldOutlined />}
              aria-label={shellTexts.orgTreeCollapse}
              data-testid="org-tree-collapse"
              onClick={onCollapse}
            />
          </Tooltip>
        )
      }
      styles={{ body: { padding: '8px 8px 12px' } }}
      style={{ height: '100%' }}
      data-testid="org-tree"
    >
      <Input.Search
        allowClear
        size="small"
        placeholder={shellTexts.orgTreeSearch}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        style={{ marginBottom: 8 }}
      />
      {body}
      {orgs.length > 0 && (
        <Typography.Text
          type="secondary"
          style={{ display: 'block', fontSize: 12, marginTop: 8, paddingLeft: 4 }}
        >
          {shellTexts.currentOrg}：{orgs.find((o) => o.id === currentOrgId)?.name ?? '—'}
        </Typography.Text>
      )}
    </Card>
  );
}
