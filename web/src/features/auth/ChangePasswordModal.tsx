// 修改密码: current password, new password twice; the policy is checked here and again by the server,
// whose message (wrong current password, policy) is shown as it comes.
import { useState } from 'react';
import { Form, Input, Modal, Alert } from 'antd';
import { errorMessage } from '../../shared/api/client';
import { useNotify } from '../../shared/ui/useNotify';
import { shellTexts } from '../../shared/texts';
import { authApi } from './api';
import { authTexts } from './texts';
import { meetsPasswordPolicy } from './password-policy';

type PasswordForm = { currentPassword: string; newPassword: string; confirm: string };

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<PasswordForm>();
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const notify = useNotify();

  const close = () => {
    form.resetFields();
    setServerError(null);
    onClose();
  };

  const submit = async () => {
    const values = await form.validateFields();
    setSaving(true);
    setServerError(null);
    try {
      await authApi.changePassword(values.currentPassword, values.newPassword);
      notify.success(authTexts.passwordChanged);
      close();
    } catch (err) {
      setServerError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={authTexts.changePasswordTitle}
      open={open}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={close}
      okText={shellTexts.save}
      cancelText={shellTexts.cancel}
      confirmLoading={saving}
      forceRender
    >
      {serverError && <Alert type="error" showIcon title={serverError} style={{ marginBottom: 16 }} />}
      <Form<PasswordForm> name="changePassword" form={form} layout="vertical" requiredMark={false}>
        <Form.Item
          name="currentPassword"
          label={authTexts.currentPassword}
          rules={[{ required: true, message: authTexts.currentPasswordRequired }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={authTexts.newPassword}
          extra={authTexts.passwordPolicy}
          dependencies={['currentPassword']}
          rules={[
            { required: true, message: authTexts.newPasswordRequired },
            {
              validator: (_, value: string | undefined) =>
                !value || meetsPasswordPolicy(value)
                  ? Promise.resolve()
                  : Promise.reject(new Error(authTexts.passwordPolicyFailed)),
            },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || value !== getFieldValue('currentPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(authTexts.sameAsCurrent)),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={authTexts.confirmPassword}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: authTexts.confirmPasswordRequired },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(authTexts.confirmMismatch)),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
