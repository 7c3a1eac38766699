// 审核: the signed-in user's 待办 / 已办 / 我发起的 (useInbox), with counts, overdue items first and in red.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Card, Empty, Table, Tabs, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { documentPath, type InboxRow } from './api';
import { formatTime, statusColor } from './format';
import { useInbox } from './queries';
import { workflowTexts as T } from './texts';

type TabKey = 'todo' | 'done' | 'mine';

export function WorkflowPage() {
  const navigate = useNavigate();
  // The same query as the header's badge: loading it here refreshes the badge too.
  const query = useInbox();
  const inbox = query.data ?? null;
  const [tab, setTab] = useState<TabKey>('todo');

  const columns = (key: TabKey): TableColumnsType<InboxRow> => [
    {
      title: T.colTitle,
      dataIndex: 'title',
      // No width: the title takes what the others leave (at least 240 px, see scroll below).
      render: (title: string, r) => (
        <a onClick={() => navigate(documentPath(r.kind, r.documentId, r))} data-testid="inbox-open">
          {title}
        </a>
      ),
    },
    { title: T.colKind, dataIndex: 'kindLabel', width: 130 },
    { title: T.colOrg, dataIndex: 'orgName', width: 160 },
    {
      title: T.colStep,
      width: 110,
      render: (_v, r) =>
        r.status === 'in_review' || r.status === 'returned' ? (
          <Tag color={r.status === 'returned' ? 'error' : 'processing'}>{r.stepName}</Tag>
        ) : (
          <Tag color={statusColor(r.status)}>{r.statusLabel}</Tag>
        ),
    },
    { title: T.colSubmitter, dataIndex: 'submitterName', width: 120 },
    key === 'todo'
      ? { title: T.colSince, dataIndex: 'since', width: 140, render: (v: string | null) => formatTime(v) }
      : {
          title: T.colLast,
          dataIndex: 'lastActionAt',
          width: 140,
          render: (v: string | null) => formatTime(v),
        },
    {
      title: T.colDeadline,
      width: 100,
      // The deadline stays in sight when the table scrolls.
      fixed: 'right',
      render: (_v, r) =>
        r.status !== 'in_review' || r.deadline.daysLeft === null ? (
          <Typography.Text type="secondary">{r.status === 'in_review' ? T.noDeadline : '—'}</Typography.Text>
        ) : r.deadline.overdue ? (
          <Tag color="red" data-testid="overdue">
            {T.overdueBy(-r.deadline.daysLeft)}
          </Tag>
        ) : (
          <Tag>{T.daysLeft(r.deadline.daysLeft)}</Tag>
        ),
    },
  ];

  const counts = inbox?.counts;
  const label = (text: string, n: number | undefined, extra?: number) => (
    <span data-testid={`tab-${text}`}>
      {text} <Tag style={{ marginInlineStart: 4 }}>{n ?? 0}</Tag>
      {extra ? <Tag color="red">{`${T.overdue} ${extra}`}</Tag> : null}
    </span>
  );

  const table = (key: TabKey) => (
    <Table<InboxRow>
      rowKey="documentId"
      size="middle"
      loading={!inbox}
      dataSource={inbox?.[key] ?? []}
      columns={columns(key)}
      // The fixed columns add up to 760 px: with the title's 240 the table scrolls below 1000 px
      // instead of wrapping the type and the date a character or two per line.
      scroll={{ x: 1000 }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      rowClassName={(r) => (key === 'todo' && r.deadline.overdue ? 'jx-overdue-row' : '')}
      onRow={(r) => ({ style: key === 'todo' && r.deadline.overdue ? { background: '#fff1f0' } : {} })}
      locale={{ emptyText: <Empty description={T.empty} /> }}
      data-testid={`inbox-${key}`}
    />
  );

  return (
    <Card
      title={T.title}
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void query.refetch()}>
          {T.refresh}
        </Button>
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as TabKey)}
        items={[
          { key: 'todo', label: label(T.todo, counts?.todo, counts?.overdue), children: table('todo') },
          { key: 'done', label: label(T.done, counts?.done), children: table('done') },
          { key: 'mine', label: label(T.mine, counts?.mine), children: table('mine') },
        ]}
      />
    </Card>
  );
}
