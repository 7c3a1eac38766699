// 审核流程设置 (系统管理员): per organisation (chosen in the tree) and document kind, the chain in force —
// its own or inherited from an ancestor — and an editor for the organisation's own chain (presets from
// the seeds: 002's five-step chain, 004's panel). Saving bumps the chain's revision; documents already
// under review keep the chain they were submitted with.
import { useState } from 'react';
import { Alert, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useOrgs } from '../../shared/orgs/OrgContext';
import { useNotify } from '../../shared/ui/useNotify';
import type { ChainView } from './api';
import { ChainEditor } from './ChainEditor';
import { useChains, useDeleteChain } from './queries';
import { workflowTexts as T } from './texts';

export function ChainsPage() {
  const { currentOrg } = useOrgs();
  const notify = useNotify();
  const [editing, setEditing] = useState<ChainView | null>(null);
  const orgId = currentOrg?.id ?? null;
  const chains = useChains(orgId).data ?? null;
  const deleteChain = useDeleteChain(orgId ?? '');

  if (!orgId) return <Alert type="info" title={T.chooseOrg} />;

  const open = (row: ChainView) => setEditing(row);

  const remove = (row: ChainView) =>
    deleteChain.mutate(
      { kind: row.kind, version: row.own!.version },
      { onError: (err) => notify.error(err) },
    );

  const columns: TableColumnsType<ChainView> = [
    { title: T.kind, dataIndex: 'kindLabel', width: 170 },
    {
      title: T.effective,
      render: (_v, r) =>
        r.effective ? (
          <div>
            <Typography.Text strong>{r.effective.chain.name}</Typography.Text>{' '}
            <Tag>{T.revision(r.effective.chain.revision)}</Tag>
            <div style={{ fontSize: 12, color: '#555' }}>
              {[
                r.effective.chain.initiatorStepName ?? '提交',
                ...r.effective.chain.steps.map((s) => (s.mode === 'panel' ? `${s.name}（会签）` : s.name)),
              ].join(' → ')}
            </div>
            {r.effective.problems.length ? (
              <Typography.Text type="danger">{r.effective.problems.join('；')}</Typography.Text>
            ) : null}
          </div>
        ) : (
          <Typography.Text type="secondary">{T.notSet}</Typography.Text>
        ),
    },
    {
      title: T.source,
      width: 200,
      render: (_v, r) =>
        r.own ? (
          <Tag color="blue">{T.own}</Tag>
        ) : r.effective ? (
          <Tag>{T.inheritedFrom(r.effective.sourceOrgName ?? '')}</Tag>
        ) : (
          '—'
        ),
    },
    {
      title: '',
      width: 220,
      render: (_v, r) => (
        <Space>
          <Button size="small" type="link" onClick={() => open(r)} data-testid={`chain-edit-${r.kind}`}>
            {r.own ? T.editChain : T.setOwn}
          </Button>
          {r.own ? (
            <Popconfirm
              title={T.removeConfirm}
              onConfirm={() => remove(r)}
              okText={T.ok}
              cancelText={T.cancel}
            >
              <Button size="small" type="link" danger>
                {T.removeOwn}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={T.chainsTitle}
      extra={<Typography.Text type="secondary">{currentOrg?.name}</Typography.Text>}
    >
      <Alert type="info" showIcon title={T.chainsSummary} style={{ marginBottom: 12 }} />
      <Table<ChainView>
        rowKey="kind"
        size="middle"
        loading={!chains}
        dataSource={chains?.items ?? []}
        columns={columns}
        pagination={false}
        data-testid="chains-table"
      />
      <ChainEditor
        orgId={orgId}
        editing={editing}
        presets={chains?.presets ?? []}
        onClose={() => setEditing(null)}
      />
    </Card>
  );
}
