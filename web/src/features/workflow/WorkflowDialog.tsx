// The dialog of a review command: the note, opinion (required where the step says so), reason, return
// target, delegate, or score adjustments (indicator, new score, 存在问题, 有关建议) it asks for.
import { Button, Form, Input, Modal, Select, Space, Typography, type FormInstance } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { WorkflowView } from './api';
import { workflowTexts as T } from './texts';

export type Dialog = null | 'submit' | 'approve' | 'return' | 'withdraw' | 'delegate' | 'edit' | 'reopen';

export type WorkflowDialogProps = {
  view: WorkflowView;
  dialog: Dialog;
  title: string;
  busy: boolean;
  scoreAdjustable: boolean;
  indicators: Array<{ id: string; name: string }>;
  form: FormInstance;
  onOk: () => void;
  onCancel: () => void;
};

export function WorkflowDialog({
  view,
  dialog,
  title,
  busy,
  scoreAdjustable,
  indicators,
  form,
  onOk,
  onCancel,
}: WorkflowDialogProps) {
  return (
    <Modal
      open={dialog !== null}
      title={title}
      okText={T.ok}
      cancelText={T.cancel}
      confirmLoading={busy}
      onOk={onOk}
      onCancel={onCancel}
      width={(dialog === 'approve' || dialog === 'edit') && scoreAdjustable ? 760 : 520}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} data-testid="wf-dialog">
        {dialog === 'submit' || dialog === 'withdraw' ? (
          <Form.Item name={dialog === 'submit' ? 'note' : 'reason'} label={T.note}>
            <Input.TextArea autoSize={{ minRows: 2 }} data-testid="wf-note" />
          </Form.Item>
        ) : null}
        {dialog === 'approve' || dialog === 'edit' ? (
          <>
            {dialog === 'approve' ? (
              <Form.Item
                name="opinion"
                label={T.opinion}
                rules={
                  view.current?.opinionRequired
                    ? [{ required: true, whitespace: true, message: T.opinionRequired }]
                    : []
                }
              >
                <Input.TextArea
                  autoSize={{ minRows: 2 }}
                  placeholder={view.current?.opinionRequired ? T.opinionRequired : T.opinionPlaceholder}
                  data-testid="wf-opinion"
                />
              </Form.Item>
            ) : null}
            {scoreAdjustable ? (
              <Form.List name="adjustments">
                {(fields, { add, remove }) => (
                  <>
                    <Typography.Text type="secondary">{T.adjust}</Typography.Text>
                    {fields.map((f) => (
                      <Space key={f.key} align="start" wrap style={{ display: 'flex', marginTop: 8 }}>
                        <Form.Item
                          name={[f.name, 'indicator']}
                          rules={[{ required: true, message: T.indicator }]}
                          style={{ width: 200, marginBottom: 0 }}
                        >
                          <Select
                            showSearch
                            optionFilterProp="label"
                            placeholder={T.indicator}
                            options={indicators.map((i) => ({ value: i.id, label: i.name }))}
                            data-testid="wf-adjust-indicator"
                          />
                        </Form.Item>
                        <Form.Item name={[f.name, 'score']} style={{ width: 90, marginBottom: 0 }}>
                          <Input placeholder={T.newScore} data-testid="wf-adjust-score" />
                        </Form.Item>
                        <Form.Item name={[f.name, 'problems']} style={{ width: 160, marginBottom: 0 }}>
                          <Input placeholder={T.problems} data-testid="wf-adjust-problems" />
                        </Form.Item>
                        <Form.Item name={[f.name, 'suggestions']} style={{ width: 160, marginBottom: 0 }}>
                          <Input placeholder={T.suggestions} data-testid="wf-adjust-suggestions" />
                        </Form.Item>
                        <MinusCircleOutlined onClick={() => remove(f.name)} style={{ marginTop: 8 }} />
                      </Space>
                    ))}
                    <Button
                      type="dashed"
                      icon={<PlusOutlined />}
                      onClick={() => add({})}
                      style={{ marginTop: 8 }}
                      data-testid="wf-adjust-add"
                    >
                      {T.addAdjustment}
                    </Button>
                  </>
                )}
              </Form.List>
            ) : null}
          </>
        ) : null}
        {dialog === 'return' ? (
          <>
            <Form.Item name="to" label={T.returnTo} initialValue="originator">
              <Select
                options={view.returnTargets.map((r) => ({ value: r.to, label: r.name }))}
                data-testid="wf-return-to"
              />
            </Form.Item>
            <Form.Item
              name="reason"
              label={T.reason}
              rules={[{ required: true, whitespace: true, message: T.reasonRequired }]}
            >
              <Input.TextArea autoSize={{ minRows: 2 }} data-testid="wf-reason" />
            </Form.Item>
          </>
        ) : null}
        {dialog === 'delegate' ? (
          <>
            <Form.Item name="to" label={T.delegateTo} rules={[{ required: true, message: T.delegateTo }]}>
              <Select
                options={view.delegateCandidates.map((c) => ({
                  value: c.id,
                  label: `${c.name}（${c.position}）`,
                }))}
                data-testid="wf-delegate-to"
              />
            </Form.Item>
            <Form.Item name="note" label={T.note}>
              <Input.TextArea autoSize={{ minRows: 2 }} />
            </Form.Item>
          </>
        ) : null}
        {dialog === 'reopen' ? (
          <Form.Item
            name="reason"
            label={T.reason}
            rules={[{ required: true, whitespace: true, message: T.reasonRequired }]}
          >
            <Input.TextArea autoSize={{ minRows: 2 }} data-testid="wf-reason" />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
