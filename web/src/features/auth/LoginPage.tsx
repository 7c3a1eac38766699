// 登录: username and password; a refused login shows the server's own Chinese message (401 wrong
// credentials, 423 locked).
import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { ApiError, errorMessage } from '../../shared/api/client';
import { useSession } from '../../shared/session/SessionContext';
import { shellTexts } from '../../shared/texts';
import { authTexts } from './texts';

type LoginForm = { username: string; password: string };
type Failure = { title: string; message: string; locked: boolean };

export function LoginPage({ expired }: { expired: boolean }) {
  const { login } = useSession();
  const [form] = Form.useForm<LoginForm>();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const { message } = App.useApp();

  const onFinish = async (values: LoginForm) => {
    setSubmitting(true);
    setFailure(null);
    try {
      await login(values.username.trim(), values.password);
      // Toasts left from the previous session (e.g. 您已安全退出) do not belong to the new one.
      message.destroy();
    } catch (err) {
      const locked = err instanceof ApiError && err.status === 423;
      setFailure({
        title: locked ? authTexts.lockedTitle : authTexts.failedTitle,
        message: errorMessage(err),
        locked,
      });
      form.setFieldValue('password', '');
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="jx-login">
      <div className="jx-login-brand">
        <img src="/favicon.svg" alt="" width={48} height={48} />
        <h1>{shellTexts.systemName}</h1>
        <p>{authTexts.loginSubtitle}</p>
      </div>
      <Card className="jx-login-card" title={authTexts.loginTitle} variant="borderless">
        {expired && !failure && (
          <Alert type="warning" showIcon title={authTexts.sessionExpired} style={{ marginBottom: 16 }} />
        )}
        {failure && (
          <Alert
            type={failure.locked ? 'warning' : 'error'}
            showIcon
            title={failure.title}
            description={failure.message}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
            role="alert"
          />
        )}
        <Form<LoginForm>
          name="login"
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={onFinish}
          autoComplete="on"
        >
          <Form.Item
            name="username"
            label={authTexts.username}
            rules={[{ required: true, whitespace: true, message: authTexts.usernameRequired }]}
          >
            <Input
              prefix={<UserOutlined />}
              placeholder={authTexts.usernamePlaceholder}
              autoComplete="username"
              autoFocus
              size="large"
            />
          </Form.Item>
          <Form.Item
            name="password"
            label={authTexts.password}
            rules={[{ required: true, message: authTexts.passwordRequired }]}
          >
            <Input.Password
              prefix={<LockOutlined />}
              placeholder={authTexts.passwordPlaceholder}
              autoComplete="current-password"
              size="large"
            />
          </Form.Item>
          <Form.Item style={{ marginBottom: 8 }}>
            <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
              {authTexts.submit}
            </Button>
          </Form.Item>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {authTexts.loginHint}
          </Typography.Text>
        </Form>
      </Card>
      <div className="jx-login-footer">{shellTexts.footer}</div>
    </div>
  );
}
