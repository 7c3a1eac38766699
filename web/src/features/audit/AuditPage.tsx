// 审计日志 (审计管理员): newest first, 50 at a time, each entry's before/after shown on expansion.
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Button, Card, Col, Empty, Row, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { AuditEntry } from '../../shared/api/types';
import { useNotify } from '../../shared/ui/useNotify';
import { auditApi } from './api';
import { auditTexts } from './texts';

const PAGE = 50;

function label(map: Record<string, string>, code: string | null): ReactNode {
  if (!code) return auditTexts.none;
  const text = map[code];
  return text ?? <Typography.Text code>{code}</Typography.Text>;
}

function outcomeTag(outcome: string) {
  const text = auditTexts.outcomes[outcome] ?? outcome;
  const color =
    text === '成功'
      ? 'green'
      : text === '拒绝'
        ? 'orange'
        : text === '失败' || text === '错误'
          ? 'red'
          : 'default';
  return <Tag color={color}>{text}</Tag>;
}

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

export function AuditPage() {
  const notify = useNotify();
  const [items, setItems] = useState<AuditEntry[]>([]);
  const [loading, setLoading] = useState(false);
  const [more, setMore] = useState(true);

  const load = useCallback(
    async (before?: number) => {
      setLoading(true);
      try {
        const { items: page } = await auditApi.list(PAGE, before);
        setItems((old) => (before === undefined ? page : [...old, ...page]));
        setMore(page.length === PAGE);
      } catch (err) {
        notify.error(err);
      } finally {
        setLoading(false);
      }
    },
    [notify],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const oldest = items.length > 0 ? Math.min(...items.map((i) => i.seq)) : undefined;

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
      dataIndex: 'actorUsername',
      width: 120,
      render: (v: string | null) =>
        v === 'system'
          ? auditTexts.system
          : (v ?? <Typography.Text type="secondary">{auditTexts.anonymous}</Typography.Text>),
    },
    { title: auditTexts.ip, dataIndex: 'ip', width: 130, render: (v: string | null) => v ?? auditTexts.none },
    { title: auditTexts.action, dataIndex: 'action', render: (v: string) => label(auditTexts.actions, v) },
    {
      title: auditTexts.entity,
      key: 'entity',
      ellipsis: true,
      render: (_, e) => (
        <>
          {label(auditTexts.entities, e.entity)}
          {e.entityId && (
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
              {e.entityId}
            </Typography.Text>
          )}
        </>
      ),
    },
    { title: auditTexts.outcome, dataIndex: 'outcome', width: 80, render: (v: string) => outcomeTag(v) },
  ];

  return (
    <Card
      title={auditTexts.title}
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void load()}>
          {auditTexts.refresh}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{auditTexts.description}</Typography.Paragraph>
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
      {items.length > 0 && (
        <div style={{ textAlign: 'center', marginTop: 16 }}>
          {more ? (
            <Button onClick={() => void load(oldest)} loading={loading}>
              {auditTexts.loadMore}
            </Button>
          ) : (
            <Typography.Text type="secondary">{auditTexts.noMore}</Typography.Text>
          )}
        </div>
      )}
    </Card>
  );
}
