// The editor of an organisation's own review chain for one document kind: name, initiator, and the steps
// (who, single or panel, deadline, editable fields, opinion required), starting from the chain in force
// or a preset. Saved with the chain's version (useSaveChain).
import { useEffect } from 'react';
import { Button, Checkbox, Form, Input, InputNumber, Modal, Select, Space, Tag, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useNotify } from '../../shared/ui/useNotify';
import type { ChainDefinition, Chains, ChainView } from './api';
import { useSaveChain } from './queries';
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
  resubmitTo: 'first' | 'returning';
  steps: StepForm[];
};

const ROLE_OPTIONS = Object.entries(T.roles).map(([value, label]) => ({ value, label }));

function toForm(c: ChainDefinition): ChainForm {
  return {
    name: c.name,
    initiatorRole: c.initiator.role,
    initiatorPosition: c.initiator.position,
    initiatorStepName: c.initiatorStepName,
    resubmitTo: c.resubmitTo ?? 'first',
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
    ...(f.resubmitTo === 'returning' ? { resubmitTo: 'returning' as const } : {}),
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

export function ChainEditor({
  orgId,
  editing,
  presets,
  onClose,
}: {
  orgId: string;
  editing: ChainView | null;
  presets: Chains['presets'];
  onClose: () => void;
}) {
  const notify = useNotify();
  const [form] = Form.useForm<ChainForm>();
  const saveChain = useSaveChain(orgId);

  useEffect(() => {
    if (!editing) return;
    const source = editing.own?.chain ?? editing.effective?.chain;
    form.setFieldsValue(
      source
        ? toForm(source)
        : {
            name: '',
            initiatorRole: 'clerk',
            resubmitTo: 'first',
            steps: [{ id: 's1', name: '', mode: 'single' }],
          },
    );
  }, [editing, form]);

  const save = async () => {
    if (!editing) return;
    let values: ChainForm;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    saveChain.mutate(
      {
        kind: editing.kind,
        chain: fromForm(values, editing.own?.chain ?? null),
        version: editing.own?.version ?? null,
      },
      {
        onSuccess: () => {
          notify.success(T.saved);
          onClose();
        },
        onError: (err) => notify.error(err),
      },
    );
  };

  return (
    <Modal
      open={!!editing}
      title={editing ? `${editing.kindLabel} · ${T.chainsTitle}` : ''}
      width={1320}
      okText={T.save}
      cancelText={T.cancel}
      confirmLoading={saveChain.isPending}
      onOk={() => void save()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Space style={{ marginBottom: 12 }} wrap>
        <Typography.Text>{T.usePreset}：</Typography.Text>
        {presets.map((p) => (
          <Button key={p.chain.id} size="small" onClick={() => form.setFieldsValue(toForm(p.chain))}>
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
          <Form.Item name="initiatorPosition" label={`${T.initiator} · ${T.position}`} style={{ width: 140 }}>
            <Input />
          </Form.Item>
          <Form.Item name="initiatorStepName" label={T.initiatorStepName} style={{ width: 160 }}>
            <Input placeholder="经办人打分" />
          </Form.Item>
          <Form.Item name="resubmitTo" label={T.resubmitTo} style={{ width: 220 }}>
            <Select
              data-testid="chain-resubmit-to"
              options={[
                { value: 'first', label: T.resubmitFirst },
                { value: 'returning', label: T.resubmitReturning },
              ]}
            />
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
  );
}
