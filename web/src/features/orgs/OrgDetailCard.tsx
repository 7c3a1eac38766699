// The details of the selected organisation (name, code, kind, parent, number of children) and, for
// 系统管理员, the actions 新建下级组织 and 修改名称/编码.
import { Alert, Button, Card, Descriptions, Empty, Space, Tag } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { Org } from '../../shared/api/types';
import { orgKindLabels } from '../../shared/texts';
import { orgTexts } from './texts';

export const kindColor = { finance: 'red', department: 'blue', unit: 'default' } as const;

export function OrgDetailCard({
  orgs,
  selected,
  canManage,
  onCreateChild,
  onRename,
}: {
  orgs: Org[];
  selected: Org | null;
  canManage: boolean;
  onCreateChild: (parent: Org) => void;
  onRename: (org: Org) => void;
}) {
  const parent = selected?.parentId ? orgs.find((o) => o.id === selected.parentId) : undefined;
  const childCount = selected ? orgs.filter((o) => o.parentId === selected.id).length : 0;
  return (
    <Card title={orgTexts.detailTitle} style={{ flex: '1 1 45%', minWidth: 0, position: 'sticky', top: 72 }}>
      {!canManage && <Alert type="info" showIcon title={orgTexts.readOnly} style={{ marginBottom: 16 }} />}
      {selected ? (
        <>
          <Descriptions column={1} size="small" bordered styles={{ label: { width: 120 } }}>
            <Descriptions.Item label={orgTexts.name}>{selected.name}</Descriptions.Item>
            <Descriptions.Item label={orgTexts.code}>{selected.code}</Descriptions.Item>
            <Descriptions.Item label={orgTexts.kind}>
              <Tag color={kindColor[selected.kind]}>{orgKindLabels[selected.kind]}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={orgTexts.parent}>{parent?.name ?? orgTexts.noParent}</Descriptions.Item>
            <Descriptions.Item label={orgTexts.childCount}>{childCount}</Descriptions.Item>
          </Descriptions>
          {canManage && (
            <Space style={{ marginTop: 16 }}>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => onCreateChild(selected)}>
                {orgTexts.createChild}
              </Button>
              <Button icon={<EditOutlined />} onClick={() => onRename(selected)}>
                {orgTexts.rename}
              </Button>
            </Space>
          )}
        </>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={orgTexts.selectHint} />
      )}
    </Card>
  );
}
