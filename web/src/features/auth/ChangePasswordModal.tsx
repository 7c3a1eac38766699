// 修改密码: current password, new password twice; the policy is checked here and again by the server,
// whose message (wrong current password, policy) is shown as it comes.
import { Form, Input, Modal, Alert } from 'antd';
import { useNotify } from '../../shared/ui/useNotify';
import { useSubmit } from '../../shared/ui/useSubmit';
import { shellTexts } from '../../shared/texts';
import { authApi } from './api';
import { authTexts } from './texts';
import { passwordPolicyRule } from './password-policy';

type PasswordForm = { currentPassword: string; newPassword: string; confirm: string };

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<PasswordForm>();
  const { saving, serverError, run, clearError } = useSubmit();
  const notify = useNotify();

  const close = () => {
    form.resetFields();
    clearError();
    onClose();
  };

  const submit = async () => {
    const values = await form.validateFields();
    await run(async () => {
      await authApi.changePassword(values.currentPassword, values.newPassword);
      notify.success(authTexts.passwordChanged);
      close();
    });
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
            passwordPolicyRule(authTexts.passwordPolicyFailed),
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
