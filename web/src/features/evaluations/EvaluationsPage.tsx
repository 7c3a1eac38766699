// 绩效自评: the evaluations of the selected organisation with their panel score and grade; a clerk
// creates one for a project (or the organisation as a whole) with a chosen indicator system.
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Card, Empty, Form, Input, InputNumber, Modal, Select, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { newIdempotencyKey } from '../../shared/api/client';
import { useOrgs } from '../../shared/orgs/OrgContext';
import { useSession } from '../../shared/session/SessionContext';
import { useNotify } from '../../shared/ui/useNotify';
import { fixed } from '../../../../src/domain/money/index.ts';
import { goalsApi, type ProjectListItem } from '../goals/api';
import { evaluationsApi, type EvaluationListItem, type TemplateSummary } from './api';
import { evaluationsTexts as T } from './texts';

type CreateForm = { projectId: string; templateId: string; title?: string; fiscalYear?: number };
const WHOLE = '__whole__';

export function EvaluationsPage() {
  const { currentOrg } = useOrgs();
  const { can } = useSession();
  const notify = useNotify();
  const navigate = useNavigate();
  const [items, setItems] = useState<EvaluationListItem[]>([]);
  const [loading, setLoading] = useState(false);
  const [creating, setCreating] = useState(false);
  const [saving, setSaving] = useState(false);
  const [projects, setProjects] = useState<ProjectListItem[]>([]);
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [form] = Form.useForm<CreateForm>();
  const chosenProject = Form.useWatch('projectId', form);
  const orgId = currentOrg?.id ?? null;

  useEffect(() => {
    if (!orgId) return;
    const controller = new AbortController();
    setLoading(true);
    evaluationsApi
      .list(orgId, controller.signal)
      .then(({ items }) => setItems(items))
      .catch((err: unknown) => {
        if (!controller.signal.aborted) notify.error(err);
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [orgId, notify]);

  const openCreate = async () => {
    if (!orgId) return;
    try {
      const [p, t] = await Promise.all([goalsApi.list(orgId), evaluationsApi.templates()]);
      // A project evaluation belongs to the project's own organisation: offer this organisation's projects.
      setProjects(p.items.filter((x) => x.orgId === orgId));
      setTemplates(t.items);
      form.resetFields();
      setCreating(true);
    } catch (err) {
      notify.error(err);
    }
  };

  const create = async () => {
    const v = await form.validateFields();
    if (!orgId) return;
    setSaving(true);
    try {
      const ev = await evaluationsApi.create(
        {
          orgId,
          projectId: v.projectId === WHOLE ? null : v.projectId,
          templateId: v.templateId,
          ...(v.title ? { title: v.title } : {}),
          ...(v.projectId === WHOLE && v.fiscalYear ? { fiscalYear: v.fiscalYear } : {}),
        },
        newIdempotencyKey(),
      );
      setCreating(false);
      navigate(`/evaluations/${ev.id}`);
    } catch (err) {
      notify.error(err);
    } finally {
      setSaving(false);
    }
  };

  const whole = chosenProject === WHOLE;
  const columns: TableColumnsType<EvaluationListItem> = [
    {
      title: T.colTitle,
      dataIndex: 'title',
      width: 340,
      render: (title: string, e) => <a onClick={() => navigate(`/evaluations/${e.id}`)}>{title}</a>,
    },
    { title: T.colOrg, dataIndex: 'orgName', width: 220 },
    {
      title: T.colKind,
      dataIndex: 'kind',
      width: 90,
      render: (k: string) => (k === 'project' ? T.project : T.department),
    },
    { title: T.colTemplate, dataIndex: 'templateName', width: 240, ellipsis: true },
    { title: T.colSheets, width: 110, render: (_v, e) => T.sheetsOf(e.submitted, e.sheets) },
    {
      title: T.colScore,
      dataIndex: 'base',
      width: 90,
      align: 'right',
      render: (b: string | null) => (b === null ? '—' : fixed(b, 2)),
    },
    {
      title: T.colGrade,
      dataIndex: 'grade',
      width: 90,
      render: (g: string | null) =>
        g ? (
          <Tag color={g === '优' ? 'green' : g === '良' ? 'blue' : g === '中' ? 'orange' : 'red'}>{g}</Tag>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <Card
      title={T.listTitle(currentOrg?.name ?? '')}
      extra={
        can('work.edit') ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => void openCreate()}
            data-testid="new-evaluation"
          >
            {T.newEvaluation}
          </Button>
        ) : null
      }
    >
      <Table<EvaluationListItem>
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={items}
        pagination={false}
        scroll={{ x: 1180 }}
        locale={{ emptyText: <Empty description={T.none} /> }}
      />
      <Modal
        title={T.newEvaluation}
        open={creating}
        onOk={() => void create()}
        confirmLoading={saving}
        onCancel={() => setCreating(false)}
        destroyOnHidden
        width={640}
      >
        <Form form={form} layout="vertical" initialValues={{ fiscalYear: new Date().getFullYear() - 1 }}>
          <Form.Item
            name="projectId"
            label={T.chooseProject}
            rules={[{ required: true, message: T.required }]}
          >
            <Select
              data-testid="evaluation-project"
              options={[
                ...projects.map((p) => ({ value: p.id, label: `${p.name}（${p.fiscalYear}年）` })),
                { value: WHOLE, label: T.wholeOrg },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="templateId"
            label={T.chooseTemplate}
            rules={[{ required: true, message: T.required }]}
          >
            <Select
              data-testid="evaluation-template"
              options={templates
                .filter((t) => (whole ? t.kind === 'department' : t.kind === 'project'))
                .map((t) => ({ value: t.id, label: `${t.name}（满分${t.totalWeight}）` }))}
            />
          </Form.Item>
          {whole ? (
            <Form.Item
              name="fiscalYear"
              label={T.fiscalYear}
              rules={[{ required: true, message: T.required }]}
            >
              <InputNumber min={2000} max={2100} />
            </Form.Item>
          ) : null}
          <Form.Item name="title" label={T.colTitle}>
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
