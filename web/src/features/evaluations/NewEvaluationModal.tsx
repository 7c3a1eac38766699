// 新建自评: the object (one of this organisation's projects, or the organisation as a whole), an indicator
// system of the matching kind, the year for a whole-organisation evaluation, and an optional title.
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useNotify } from '../../shared/ui/useNotify';
import { useProjects } from '../goals/queries';
import { useTemplates } from '../templates/queries';
import { useCreateEvaluation } from './queries';
import { evaluationsTexts as T } from './texts';

type CreateForm = { projectId: string; templateId: string; title?: string; fiscalYear?: number };
const WHOLE = '__whole__';

export function NewEvaluationModal({
  orgId,
  open,
  onClose,
}: {
  orgId: string | null;
  open: boolean;
  onClose: () => void;
}) {
  const notify = useNotify();
  const navigate = useNavigate();
  const [form] = Form.useForm<CreateForm>();
  const chosenProject = Form.useWatch('projectId', form);
  const projects = useProjects(orgId, open);
  const templates = useTemplates(open);
  const create = useCreateEvaluation();

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  // A project evaluation belongs to the project's own organisation: offer this organisation's projects.
  const own = (projects.data ?? []).filter((x) => x.orgId === orgId);
  const whole = chosenProject === WHOLE;

  const submit = async () => {
    const v = await form.validateFields();
    if (!orgId) return;
    create.mutate(
      {
        orgId,
        projectId: v.projectId === WHOLE ? null : v.projectId,
        templateId: v.templateId,
        ...(v.title ? { title: v.title } : {}),
        ...(v.projectId === WHOLE && v.fiscalYear ? { fiscalYear: v.fiscalYear } : {}),
      },
      {
        onSuccess: (ev) => {
          onClose();
          navigate(`/evaluations/${ev.id}`);
        },
        onError: (err) => notify.error(err),
      },
    );
  };

  return (
    <Modal
      title={T.newEvaluation}
      open={open}
      onOk={() => void submit().catch(() => undefined)}
      confirmLoading={create.isPending}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <Form form={form} layout="vertical" initialValues={{ fiscalYear: new Date().getFullYear() - 1 }}>
        <Form.Item name="projectId" label={T.chooseProject} rules={[{ required: true, message: T.required }]}>
          <Select
            data-testid="evaluation-project"
            loading={projects.isFetching}
            options={[
              ...own.map((p) => ({ value: p.id, label: `${p.name}（${p.fiscalYear}年）` })),
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
            loading={templates.isFetching}
            options={(templates.data ?? [])
              .filter((t) => (whole ? t.kind === 'department' : t.kind === 'project'))
              .map((t) => ({ value: t.id, label: `${t.name}（满分${t.totalWeight}）` }))}
          />
        </Form.Item>
        {whole ? (
          <Form.Item name="fiscalYear" label={T.fiscalYear} rules={[{ required: true, message: T.required }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
        ) : null}
        <Form.Item name="title" label={T.colTitle}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
