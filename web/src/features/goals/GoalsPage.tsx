// 绩效目标: the projects of the organisation selected in the tree, with budget and execution; a
// clerk creates one here and fills its goal table on the project page.
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Card, Empty, Form, Input, InputNumber, Modal, Result, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { newIdempotencyKey } from '../../shared/api/client';
import { useOrgs } from '../../shared/orgs/OrgContext';
import { useSession } from '../../shared/session/SessionContext';
import { useNotify } from '../../shared/ui/useNotify';
import { fixed } from '../../../../src/domain/money/index.ts';
import { goalsApi, type ProjectListItem } from './api';
import { goalsTexts as T } from './texts';

export function GoalsPage() {
  const { currentOrg } = useOrgs();
  const { can } = useSession();
  const notify = useNotify();
  const navigate = useNavigate();
  const [items, setItems] = useState<ProjectListItem[]>([]);
  const [loading, setLoading] = useState(false);
  const [creating, setCreating] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ name: string; fiscalYear: number }>();
  const orgId = currentOrg?.id ?? null;
  const mayRead = can('work.read');

  useEffect(() => {
    if (!orgId || !mayRead) return;
    const controller = new AbortController();
    setLoading(true);
    goalsApi
      .list(orgId, controller.signal)
      .then(({ items }) => setItems(items))
      .catch((err: unknown) => {
        if (!controller.signal.aborted) notify.error(err);
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [orgId, notify, mayRead]);

  const create = async () => {
    const values = await form.validateFields();
    if (!orgId) return;
    setSaving(true);
    try {
      const p = await goalsApi.create(
        {
          orgId,
          fiscalYear: values.fiscalYear,
          name: values.name,
          budgetFiscal: '0',
          budgetOther: '0',
          executedFiscal: '0',
          executedOther: '0',
          goalExpected: '',
          goalActual: '',
        },
        newIdempotencyKey(),
      );
      notify.success(T.created);
      setCreating(false);
      navigate(`/goals/${p.id}`);
    } catch (err) {
      notify.error(err);
    } finally {
      setSaving(false);
    }
  };

  const columns: TableColumnsType<ProjectListItem> = [
    {
      title: T.colName,
      dataIndex: 'name',
      width: 320,
      render: (name: string, p) => <a onClick={() => navigate(`/goals/${p.id}`)}>{name}</a>,
    },
    { title: T.colOrg, dataIndex: 'orgName', width: 240 },
    { title: T.colYear, dataIndex: 'fiscalYear', width: 80 },
    {
      title: T.colBudget,
      dataIndex: 'budgetTotal',
      align: 'right',
      width: 130,
      render: (v: string) => fixed(v, 2),
    },
    {
      title: T.colExecuted,
      dataIndex: 'executedTotal',
      align: 'right',
      width: 130,
      render: (v: string) => fixed(v, 2),
    },
    {
      title: T.colRate,
      dataIndex: 'executionRate',
      align: 'right',
      width: 100,
      render: (v: string | null) => (v === null ? '—' : `${fixed(v, 2)}%`),
    },
    { title: T.colIndicators, dataIndex: 'indicatorCount', align: 'right', width: 80 },
  ];

  // Administrators (三员) and users without a business role do not handle projects.
  if (!mayRead) {
    return (
      <div data-testid="goals-no-access">
        <Result status="info" title={T.title} subTitle={T.noAccess} />
      </div>
    );
  }

  return (
    <Card
      data-testid="goals-page"
      title={T.listTitle(currentOrg?.name ?? '')}
      extra={
        can('work.edit') ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              form.resetFields();
              setCreating(true);
            }}
            data-testid="new-project"
          >
            {T.newProject}
          </Button>
        ) : null
      }
    >
      <Table<ProjectListItem>
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={items}
        pagination={false}
        scroll={{ x: 1100 }}
        locale={{ emptyText: <Empty description={T.noProjects} /> }}
      />
      <Modal
        title={T.newProject}
        open={creating}
        onOk={() => void create()}
        confirmLoading={saving}
        onCancel={() => setCreating(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ fiscalYear: new Date().getFullYear() - 1 }}>
          <Form.Item
            name="name"
            label={T.colName}
            rules={[{ required: true, whitespace: true, message: T.required }]}
          >
            <Input maxLength={200} data-testid="new-project-name" />
          </Form.Item>
          <Form.Item name="fiscalYear" label={T.colYear} rules={[{ required: true, message: T.required }]}>
            <InputNumber min={2000} max={2100} style={{ width: 160 }} data-testid="new-project-year" />
          </Form.Item>
          <Typography.Text type="secondary">{currentOrg?.name}</Typography.Text>
        </Form>
      </Modal>
    </Card>
  );
}
