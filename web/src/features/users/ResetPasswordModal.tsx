// 重置密码 for another user (系统管理员 within their scope).
import { useEffect, useState } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import { errorMessage } from '../../shared/api/client';
import type { User } from '../../shared/api/types';
import { shellTexts } from '../../shared/texts';
import { useNotify } from '../../shared/ui/useNotify';
import { meetsPasswordPolicy } from '../auth/password-policy';
import { userApi } from './api';
import { userTexts } from './texts';

export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const [form] = Form.useForm<{ newPassword: string }>();
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const notify = useNotify();

  useEffect(() => {
    if (user) {
      form.resetFields();
      setServerError(null);
    }
  }, [user, form]);

  const submit = async () => {
    if (!user) return;
    const { newPassword } = await form.validateFields();
    setSaving(true);
    setServerError(null);
    try {
      await userApi.resetPassword(user.id, newPassword);
      notify.success(userTexts.resetDone(user.displayName));
      onClose();
    } catch (err) {
      setServerError(errorMessage(err));
    } finally {
      setSaving(false);
    }
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
            {
              validator: (_, value: string | undefined) =>
                !value || meetsPasswordPolicy(value)
                  ? Promise.resolve()
                  : Promise.reject(new Error(userTexts.passwordPolicyFailed)),
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
