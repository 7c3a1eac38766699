// The audit entries: seq, time, who, from where, what (in Chinese where the code is known), on what, the
// organisation, the outcome — all by the names the server gives; an entry's before / after on expansion.
import { Col, Empty, Row, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { AuditEntry } from '../../shared/api/types';
import { auditTexts } from './texts';

const OUTCOME_COLORS: Record<string, string> = { success: 'green', refused: 'orange', failure: 'red' };

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined)
    return <Typography.Text type="secondary">{auditTexts.none}</Typography.Text>;
  return (
    <pre
      style={{
        margin: 0,
        fontSize: 12,
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-all',
        maxHeight: 240,
        overflow: 'auto',
      }}
    >
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

export function AuditTable({ items, loading }: { items: AuditEntry[]; loading: boolean }) {
  const columns: TableColumnsType<AuditEntry> = [
    { title: auditTexts.seq, dataIndex: 'seq', width: 80 },
    {
      title: auditTexts.at,
      dataIndex: 'at',
      width: 170,
      render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss'),
    },
    {
      title: auditTexts.actor,
      key: 'actor',
      width: 160,
      render: (_, e) => (
        <>
          {e.actorName}
          {e.actorUsername && e.actorUsername !== e.actorName && (
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
              {e.actorUsername}
            </Typography.Text>
          )}
        </>
      ),
    },
    { title: auditTexts.ip, dataIndex: 'ip', width: 130, render: (v: string | null) => v ?? auditTexts.none },
    { title: auditTexts.action, dataIndex: 'actionLabel', width: 200 },
    { title: auditTexts.entity, dataIndex: 'entityLabel', width: 120 },
    {
      title: auditTexts.org,
      dataIndex: 'orgName',
      width: 200,
      render: (v: string | null) => v ?? auditTexts.none,
    },
    {
      title: auditTexts.outcome,
      key: 'outcome',
      width: 80,
      render: (_, e) => <Tag color={OUTCOME_COLORS[e.outcome] ?? 'default'}>{e.outcomeLabel}</Tag>,
    },
  ];

  return (
    <Table<AuditEntry>
      rowKey="seq"
      size="small"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      expandable={{
        rowExpandable: (e) => e.before != null || e.after != null,
        expandedRowRender: (e) => (
          <Row gutter={16}>
            <Col span={12}>
              <Typography.Text strong>{auditTexts.before}</Typography.Text>
              <Json value={e.before} />
            </Col>
            <Col span={12}>
              <Typography.Text strong>{auditTexts.after}</Typography.Text>
              <Json value={e.after} />
            </Col>
          </Row>
        ),
      }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={auditTexts.empty} /> }}
    />
  );
}
