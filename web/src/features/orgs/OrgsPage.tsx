// 组织机构: the whole visible tree with code and type (the organisations query, via OrgContext), and for the
// selected organisation its details and actions (OrgDetailCard, OrgFormModal).
import { useMemo, useState, type ReactNode } from 'react';
import { Alert, Button, Card, Empty, Space, Spin, Tag, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { errorMessage } from '../../shared/api/client';
import { PERMISSIONS, type Org } from '../../shared/api/types';
import { useOrgs } from '../../shared/orgs/OrgContext';
import { useSession } from '../../shared/session/SessionContext';
import { orgKindLabels, shellTexts } from '../../shared/texts';
import { useNotify } from '../../shared/ui/useNotify';
import { kindColor, OrgDetailCard } from './OrgDetailCard';
import { OrgFormModal, type OrgFormTarget } from './OrgFormModal';
import { orgTexts } from './texts';
import type { OrgNode } from './tree';

function toTreeData(nodes: OrgNode[]): TreeDataNode[] {
  return nodes.map((n) => ({
    key: n.id,
    title: (
      <Space size={6}>
        <span>{n.name}</span>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {n.code}
        </Typography.Text>
        <Tag color={kindColor[n.kind]} style={{ marginInlineEnd: 0 }}>
          {orgKindLabels[n.kind]}
        </Tag>
      </Space>
    ),
    children: toTreeData(n.children),
  }));
}

export function OrgsPage() {
  const { orgs, tree, loading, error, currentOrgId, setCurrentOrgId, reload } = useOrgs();
  const { can } = useSession();
  const notify = useNotify();
  const [target, setTarget] = useState<OrgFormTarget | null>(null);
  const canManage = can(PERMISSIONS.orgsManage);

  const treeData = useMemo(() => toTreeData(tree), [tree]);
  const selected = orgs.find((o) => o.id === currentOrgId) ?? null;

  const saved = (org: Org) => {
    const created = target?.mode === 'create';
    setTarget(null);
    notify.success(created ? orgTexts.created(org.name) : orgTexts.renamed);
    // The list reloads after the write (useSaveOrg); the selection moves to the organisation once it is there.
    setCurrentOrgId(org.id);
  };

  let treeBody: ReactNode;
  if (loading && orgs.length === 0) treeBody = <Spin style={{ display: 'block', padding: 24 }} />;
  else if (error && orgs.length === 0) treeBody = <Alert type="error" showIcon title={errorMessage(error)} />;
  else if (treeData.length === 0)
    treeBody = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={orgTexts.empty} />;
  else
    treeBody = (
      <Tree
        blockNode
        showLine
        defaultExpandAll
        treeData={treeData}
        selectedKeys={currentOrgId ? [currentOrgId] : []}
        onSelect={(keys) => {
          const k = keys[0];
          if (k !== undefined) setCurrentOrgId(String(k));
        }}
      />
    );

  return (
    <div className="jx-with-tree">
      <Card
        title={orgTexts.treeTitle}
        extra={
          <Button size="small" icon={<ReloadOutlined />} onClick={() => void reload()}>
            {shellTexts.refresh}
          </Button>
        }
        style={{ flex: '1 1 55%', minWidth: 0 }}
      >
        {treeBody}
      </Card>
      <OrgDetailCard
        orgs={orgs}
        selected={selected}
        canManage={canManage}
        onCreateChild={(parent) => setTarget({ mode: 'create', parent })}
        onRename={(org) => setTarget({ mode: 'rename', org })}
      />
      <OrgFormModal
        target={target}
        onClose={() => setTarget(null)}
        onSaved={saved}
        onStale={(err) => {
          setTarget(null);
          notify.error(err);
        }}
      />
    </div>
  );
}
