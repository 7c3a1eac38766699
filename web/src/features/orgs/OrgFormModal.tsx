// One modal for both 新建下级组织 and 修改名称/编码 (useSaveOrg; the organisation list reloads after it).
import { useEffect, useState } from 'react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { ApiError, errorMessage, newIdempotencyKey } from '../../shared/api/client';
import { isStale } from '../../shared/api/query';
import type { Org, OrgKind } from '../../shared/api/types';
import { orgKindLabels, shellTexts } from '../../shared/texts';
import { useSaveOrg } from './queries';
import { orgTexts } from './texts';

type OrgForm = { name: string; code: string; kind: OrgKind };

export type OrgFormTarget = { mode: 'create'; parent: Org } | { mode: 'rename'; org: Org };

const childKind: Record<OrgKind, OrgKind> = { finance: 'department', department: 'unit', unit: 'unit' };
const kindOptions = (Object.keys(orgKindLabels) as OrgKind[]).map((k) => ({
  value: k,
  label: orgKindLabels[k],
}));

export function OrgFormModal(props: {
  target: OrgFormTarget | null;
  onClose: () => void;
  onSaved: (o: Org) => void;
  onStale: (e: ApiError) => void;
}) {
  const { target, onClose, onSaved, onStale } = props;
  const [form] = Form.useForm<OrgForm>();
  const saveOrg = useSaveOrg();
  const [serverError, setServerError] = useState<string | null>(null);
  const [key, setKey] = useState(newIdempotencyKey);

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    setServerError(null);
    setKey(newIdempotencyKey());
    if (target.mode === 'create') form.setFieldsValue({ kind: childKind[target.parent.kind] });
    else form.setFieldsValue({ name: target.org.name, code: target.org.code, kind: target.org.kind });
  }, [target, form]);

  const submit = async () => {
    if (!target) return;
    const values = await form.validateFields();
    setServerError(null);
    saveOrg.mutate(
      target.mode === 'create'
        ? {
            mode: 'create',
            parentId: target.parent.id,
            code: values.code.trim(),
            name: values.name.trim(),
            kind: values.kind,
            idempotencyKey: key,
          }
        : {
            mode: 'rename',
            id: target.org.id,
            name: values.name.trim(),
            code: values.code.trim(),
            version: target.org.version,
          },
      {
        onSuccess: onSaved,
        // A stale version closes the dialog (the list reloads); any other refusal stays in the dialog.
        onError: (err) => (isStale(err) ? onStale(err) : setServerError(errorMessage(err))),
      },
    );
  };

  const title = !target
    ? ''
    : target.mode === 'create'
      ? orgTexts.createTitle(target.parent.name)
      : orgTexts.renameTitle;

  return (
    <Modal
      title={title}
      open={target !== null}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      okText={shellTexts.save}
      cancelText={shellTexts.cancel}
      confirmLoading={saveOrg.isPending}
      forceRender
    >
      {serverError && <Alert type="error" showIcon title={serverError} style={{ marginBottom: 16 }} />}
      <Form<OrgForm> name="org" form={form} layout="vertical" autoComplete="off">
        <Form.Item
          name="name"
          label={orgTexts.name}
          rules={[{ required: true, whitespace: true, message: orgTexts.nameRequired }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="code"
          label={orgTexts.code}
          rules={[
            { required: true, whitespace: true, message: orgTexts.codeRequired },
            { pattern: /^[A-Za-z0-9._-]+$/, message: orgTexts.codeFormat },
          ]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="kind"
          label={orgTexts.kind}
          rules={[{ required: true, message: orgTexts.kindRequired }]}
        >
          <Select options={kindOptions} disabled={target?.mode === 'rename'} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
