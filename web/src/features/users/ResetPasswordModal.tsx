// 重置密码 for another user (系统管理员 within their scope).
import { useEffect } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import type { User } from '../../shared/api/types';
import { shellTexts } from '../../shared/texts';
import { useNotify } from '../../shared/ui/useNotify';
import { useSubmit } from '../../shared/ui/useSubmit';
import { passwordPolicyRule } from '../auth/password-policy';
import { useResetPassword } from './queries';
import { userTexts } from './texts';

export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const [form] = Form.useForm<{ newPassword: string }>();
  const { saving, serverError, run, clearError } = useSubmit();
  const notify = useNotify();
  const resetPassword = useResetPassword();

  useEffect(() => {
    if (user) {
      form.resetFields();
      clearError();
    }
  }, [user, form, clearError]);

  const submit = async () => {
    if (!user) return;
    const { newPassword } = await form.validateFields();
    await run(async () => {
      await resetPassword.mutateAsync({ userId: user.id, newPassword });
      notify.success(userTexts.resetDone(user.displayName));
      onClose();
    });
  };

  return (
    <Modal
      title={user ? userTexts.resetTitle(user.displayName) : ''}
      open={user !== null}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      okText={shellTexts.save}
      cancelText={shellTexts.cancel}
      confirmLoading={saving}
      forceRender
    >
      {serverError && <Alert type="error" showIcon title={serverError} style={{ marginBottom: 16 }} />}
      <Form name="resetPassword" form={form} layout="vertical" autoComplete="off">
        <Form.Item
          name="newPassword"
          label={userTexts.newPassword}
          extra={userTexts.passwordPolicy}
          rules={[
            { required: true, message: userTexts.passwordRequired },
            passwordPolicyRule(userTexts.passwordPolicyFailed),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
