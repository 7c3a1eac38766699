// 新建项目: name and year; the project is created in the selected organisation and opened.
import { useEffect } from 'react';
import { Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { Org } from '../../shared/api/types';
import { useNotify } from '../../shared/ui/useNotify';
import { useCreateProject } from './queries';
import { goalsTexts as T } from './texts';

export function NewProjectModal({
  org,
  open,
  onClose,
}: {
  org: Org | null;
  open: boolean;
  onClose: () => void;
}) {
  const notify = useNotify();
  const navigate = useNavigate();
  const create = useCreateProject();
  const [form] = Form.useForm<{ name: string; fiscalYear: number }>();

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const submit = async () => {
    const values = await form.validateFields();
    if (!org) return;
    create.mutate(
      { orgId: org.id, fiscalYear: values.fiscalYear, name: values.name },
      {
        onSuccess: (p) => {
          notify.success(T.created);
          onClose();
          navigate(`/goals/${p.id}`);
        },
        onError: (err) => notify.error(err),
      },
    );
  };

  return (
    <Modal
      title={T.newProject}
      open={open}
      onOk={() => void submit().catch(() => undefined)}
      confirmLoading={create.isPending}
      onCancel={onClose}
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
        <Typography.Text type="secondary">{org?.name}</Typography.Text>
      </Form>
    </Modal>
  );
}
