// 审核流程设置 (系统管理员): per organisation (chosen in the tree) and document kind, the chain in force —
// its own or inherited from an ancestor — and an editor for the organisation's own chain (presets from
// the seeds: 002's five-step chain, 004's panel). Saving bumps the chain's revision; documents already
// under review keep the chain they were submitted with.
import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useOrgs } from '../../shared/orgs/OrgContext';
import { useNotify } from '../../shared/ui/useNotify';
import { workflowApi, type ChainDefinition, type Chains, type ChainView } from './api';
import { workflowTexts as T } from './texts';

type StepForm = {
  id: string;
  name: string;
  role?: string;
  position?: string;
  orgLevel?: number;
  mode: 'single' | 'panel';
  panelSize?: number;
  deadlineDays?: number;
  editable?: string;
  opinionRequired?: boolean;
};
type ChainForm = {
  name: string;
  initiatorRole?: string;
  initiatorPosition?: string;
  initiatorStepName?: string;
  steps: StepForm[];
};

const ROLE_OPTIONS = Object.entries(T.roles).map(([value, label]) => ({ value, label }));

function toForm(c: ChainDefinition): ChainForm {
  return {
    name: c.name,
    initiatorRole: c.initiator.role,
    initiatorPosition: c.initiator.position,
    initiatorStepName: c.initiatorStepName,
    steps: c.steps.map((s) => ({
      id: s.id,
      name: s.name,
      role: s.assignee.role,
      position: s.assignee.position,
      orgLevel: s.assignee.orgLevel,
      mode: s.mode,
      panelSize: s.panelSize,
      deadlineDays: s.deadlineDays,
      editable: (s.editable ?? []).join(', '),
      opinionRequired: !!s.opinionRequired,
    })),
  };
}

const clean = <T extends Record<string, unknown>>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== '')) as T;

function fromForm(f: ChainForm, base: ChainDefinition | null): ChainDefinition {
  return {
    id: base?.id ?? `chain-${Date.now().toString(36)}`,
    name: f.name,
    revision: base?.revision ?? 1,
    initiator: clean({ role: f.initiatorRole, position: f.initiatorPosition }),
    ...(f.initiatorStepName ? { initiatorStepName: f.initiatorStepName } : {}),
    ...(base?.reopenBy ? { reopenBy: base.reopenBy } : {}),
    steps: f.steps.map((s, i) =>
      clean({
        id: s.id || `s${i + 1}`,
        name: s.name,
        assignee: clean({ role: s.role, position: s.position, orgLevel: s.orgLevel }),
        mode: s.mode,
        panelSize: s.mode === 'panel' ? s.panelSize : undefined,
        deadlineDays: s.deadlineDays,
        editable: s.editable ? s.editable.split(/[,，\s]+/).filter(Boolean) : undefined,
        opinionRequired: s.opinionRequired || undefined,
      }),
    ) as unknown as ChainDefinition['steps'],
  };
}

export function ChainsPage() {
  const { currentOrg } = useOrgs();
  const notify = useNotify();
  const [chains, setChains] = useState<Chains | null>(null);
  const [editing, setEditing] = useState<ChainView | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<ChainForm>();
  const orgId = currentOrg?.id ?? null;

  useEffect(() => {
    if (!orgId) return;
    const controller = new AbortController();
    workflowApi
      .chains(orgId, controller.signal)
      .then(setChains)
      .catch((err: unknown) => {
        if (!controller.signal.aborted) notify.error(err);
      });
    return () => controller.abort();
  }, [orgId, notify]);

  if (!orgId) return <Alert type="info" title={T.chooseOrg} />;

  const open = (row: ChainView, preset?: ChainDefinition) => {
    setEditing(row);
    const source = preset ?? row.own?.chain ?? row.effective?.chain;
    form.setFieldsValue(
      source
        ? toForm(source)
        : { name: '', initiatorRole: 'clerk', steps: [{ id: 's1', name: '', mode: 'single' }] },
    );
  };

  const save = async () => {
    if (!editing) return;
    let values: ChainForm;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    setBusy(true);
    try {
      setChains(
        await workflowApi.saveChain(
          orgId,
          editing.kind,
          fromForm(values, editing.own?.chain ?? null),
          editing.own?.version ?? null,
        ),
      );
      notify.success(T.saved);
      setEditing(null);
    } catch (err) {
      notify.error(err);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (row: ChainView) => {
    try {
      setChains(await workflowApi.deleteChain(orgId, row.kind, row.own!.version));
    } catch (err) {
      notify.error(err);
    }
  };

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
              onConfirm={() => void remove(r)}
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
      <Modal
        open={!!editing}
        title={editing ? `${editing.kindLabel} · ${T.chainsTitle}` : ''}
        width={1320}
        okText={T.save}
        cancelText={T.cancel}
        confirmLoading={busy}
        onOk={() => void save()}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        <Space style={{ marginBottom: 12 }} wrap>
          <Typography.Text>{T.usePreset}：</Typography.Text>
          {(chains?.presets ?? []).map((p) => (
            <Button key={p.chain.id} size="small" onClick={() => editing && open(editing, p.chain)}>
              {p.chain.name}
            </Button>
          ))}
        </Space>
        <Form form={form} layout="vertical">
          <Space wrap align="start">
            <Form.Item
              name="name"
              label={T.chainName}
              rules={[{ required: true, whitespace: true }]}
              style={{ width: 360 }}
            >
              <Input />
            </Form.Item>
            <Form.Item name="initiatorRole" label={`${T.initiator} · ${T.role}`} style={{ width: 140 }}>
              <Select allowClear options={ROLE_OPTIONS} />
            </Form.Item>
            <Form.Item
              name="initiatorPosition"
              label={`${T.initiator} · ${T.position}`}
              style={{ width: 140 }}
            >
              <Input />
            </Form.Item>
            <Form.Item name="initiatorStepName" label={T.initiatorStepName} style={{ width: 160 }}>
              <Input placeholder="经办人打分" />
            </Form.Item>
          </Space>
          <div>
            <Typography.Text strong>{T.steps}</Typography.Text>
          </div>
          <Form.List name="steps">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <Space
                    key={f.key}
                    align="start"
                    wrap
                    style={{
                      display: 'flex',
                      marginTop: 8,
                      paddingBottom: 4,
                      borderBottom: '1px dashed #eee',
                    }}
                  >
                    <Tag style={{ marginTop: 30 }}>{i + 1}</Tag>
                    <Form.Item
                      name={[f.name, 'name']}
                      label={T.stepName}
                      rules={[{ required: true, whitespace: true }]}
                      style={{ width: 140, marginBottom: 4 }}
                    >
                      <Input />
                    </Form.Item>
                    <Form.Item name={[f.name, 'id']} hidden>
                      <Input />
                    </Form.Item>
                    <Form.Item name={[f.name, 'role']} label={T.role} style={{ width: 100, marginBottom: 4 }}>
                      <Select allowClear options={ROLE_OPTIONS} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'position']}
                      label={T.position}
                      style={{ width: 120, marginBottom: 4 }}
                    >
                      <Input />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'orgLevel']}
                      label={T.orgLevel}
                      tooltip={T.orgLevelHint}
                      style={{ width: 70, marginBottom: 4 }}
                    >
                      <InputNumber min={0} max={10} style={{ width: 64 }} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'mode']}
                      label={T.mode}
                      initialValue="single"
                      style={{ width: 90, marginBottom: 4 }}
                    >
                      <Select
                        options={[
                          { value: 'single', label: T.single },
                          { value: 'panel', label: T.panel },
                        ]}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'panelSize']}
                      label={T.panelSize}
                      style={{ width: 70, marginBottom: 4 }}
                    >
                      <InputNumber min={2} max={20} style={{ width: 64 }} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'deadlineDays']}
                      label={T.deadlineDays}
                      style={{ width: 80, marginBottom: 4 }}
                    >
                      <InputNumber min={1} max={365} style={{ width: 72 }} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'editable']}
                      label={T.editable}
                      style={{ width: 230, marginBottom: 4 }}
                    >
                      <Input placeholder="scores.*.score" />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'opinionRequired']}
                      label={T.needOpinion}
                      valuePropName="checked"
                      style={{ marginBottom: 4 }}
                    >
                      <Checkbox />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(f.name)} style={{ marginTop: 36 }} />
                  </Space>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ id: `s${Date.now().toString(36)}`, mode: 'single' })}
                  style={{ marginTop: 8 }}
                >
                  {T.addStep}
                </Button>
              </>
            )}
          </Form.List>
        </Form>
      </Modal>
    </Card>
  );
}
