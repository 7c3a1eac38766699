// 组织机构: the whole visible tree with code and type, and for the selected organisation its details and
// the actions 新建下级组织 and 修改名称/编码 (系统管理员).
import { useMemo, useState, type ReactNode } from 'react';
import { Alert, Button, Card, Descriptions, Empty, Space, Spin, Tag, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { errorMessage } from '../../shared/api/client';
import { PERMISSIONS, type Org } from '../../shared/api/types';
import { useOrgs } from '../../shared/orgs/OrgContext';
import { useSession } from '../../shared/session/SessionContext';
import { orgKindLabels, shellTexts } from '../../shared/texts';
import { useNotify } from '../../shared/ui/useNotify';
import { OrgFormModal, type OrgFormTarget } from './OrgFormModal';
import { orgTexts } from './texts';
import type { OrgNode } from './tree';

const kindColor = { finance: 'red', department: 'blue', unit: 'default' } as const;

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
  const parent = selected?.parentId ? orgs.find((o) => o.id === selected.parentId) : undefined;
  const childCount = selected ? orgs.filter((o) => o.parentId === selected.id).length : 0;

  const saved = (org: Org) => {
    const created = target?.mode === 'create';
    setTarget(null);
    notify.success(created ? orgTexts.created(org.name) : orgTexts.renamed);
    void reload().then(() => setCurrentOrgId(org.id));
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
      <Card
        title={orgTexts.detailTitle}
        style={{ flex: '1 1 45%', minWidth: 0, position: 'sticky', top: 72 }}
      >
        {!canManage && <Alert type="info" showIcon title={orgTexts.readOnly} style={{ marginBottom: 16 }} />}
        {selected ? (
          <>
            <Descriptions column={1} size="small" bordered styles={{ label: { width: 120 } }}>
              <Descriptions.Item label={orgTexts.name}>{selected.name}</Descriptions.Item>
              <Descriptions.Item label={orgTexts.code}>{selected.code}</Descriptions.Item>
              <Descriptions.Item label={orgTexts.kind}>
                <Tag color={kindColor[selected.kind]}>{orgKindLabels[selected.kind]}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label={orgTexts.parent}>
                {parent?.name ?? orgTexts.noParent}
              </Descriptions.Item>
              <Descriptions.Item label={orgTexts.childCount}>{childCount}</Descriptions.Item>
            </Descriptions>
            {canManage && (
              <Space style={{ marginTop: 16 }}>
                <Button
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => setTarget({ mode: 'create', parent: selected })}
                >
                  {orgTexts.createChild}
                </Button>
                <Button icon={<EditOutlined />} onClick={() => setTarget({ mode: 'rename', org: selected })}>
                  {orgTexts.rename}
                </Button>
              </Space>
            )}
          </>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={orgTexts.selectHint} />
        )}
      </Card>
      <OrgFormModal
        target={target}
        onClose={() => setTarget(null)}
        onSaved={saved}
        onStale={(err) => {
          setTarget(null);
          notify.error(err);
          void reload();
        }}
      />
    </div>
  );
}
