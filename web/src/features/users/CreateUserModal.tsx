// 新建用户: username, name, organisation, initial password. One Idempotency-Key per opening of the form,
// so a double click or a retry after a timeout creates the user once.
import { useEffect, useMemo, useState } from 'react';
import { Alert, Form, Input, Modal, TreeSelect } from 'antd';
import { newIdempotencyKey } from '../../shared/api/client';
import type { User } from '../../shared/api/types';
import { useOrgs } from '../../shared/orgs/OrgContext';
import { shellTexts } from '../../shared/texts';
import { useSubmit } from '../../shared/ui/useSubmit';
import { passwordPolicyRule } from '../auth/password-policy';
import { orgSelectOptions } from '../orgs/tree';
import { useCreateUser } from './queries';
import { userTexts } from './texts';

type CreateForm = { username: string; displayName: string; orgId: string; password: string };

export function CreateUserModal(props: {
  open: boolean;
  defaultOrgId: string | null;
  onClose: () => void;
  onCreated: (u: User) => void;
}) {
  const { open, defaultOrgId, onClose, onCreated } = props;
  const { tree } = useOrgs();
  const [form] = Form.useForm<CreateForm>();
  const { saving, serverError, run, clearError } = useSubmit();
  const createUser = useCreateUser();
  const [key, setKey] = useState(newIdempotencyKey);
  const options = useMemo(() => orgSelectOptions(tree), [tree]);

  useEffect(() => {
    if (open) {
      form.resetFields();
      if (defaultOrgId) form.setFieldValue('orgId', defaultOrgId);
      clearError();
      setKey(newIdempotencyKey());
    }
  }, [open, defaultOrgId, form, clearError]);

  const submit = async () => {
    const values = await form.validateFields();
    await run(async () => {
      const user = await createUser.mutateAsync({
        input: {
          username: values.username.trim(),
          displayName: values.displayName.trim(),
          orgId: values.orgId,
          password: values.password,
        },
        idempotencyKey: key,
      });
      onCreated(user);
    });
  };

  return (
    <Modal
      title={userTexts.createTitle}
      open={open}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      okText={shellTexts.save}
      cancelText={shellTexts.cancel}
      confirmLoading={saving}
      forceRender
      width={520}
    >
      {serverError && <Alert type="error" showIcon title={serverError} style={{ marginBottom: 16 }} />}
      <Form<CreateForm>
        name="createUser"
        form={form}
        layout="vertical"
        autoComplete="off"
        data-testid="create-user-form"
      >
        <Form.Item
          name="username"
          label={userTexts.username}
          rules={[
            { required: true, whitespace: true, message: userTexts.usernameRequired },
            { pattern: /^[A-Za-z][A-Za-z0-9._-]{2,31}$/, message: userTexts.usernameFormat },
          ]}
        >
          <Input autoComplete="off" maxLength={32} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={userTexts.displayName}
          rules={[{ required: true, whitespace: true, message: userTexts.displayNameRequired }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="orgId"
          label={userTexts.org}
          rules={[{ required: true, message: userTexts.orgRequired }]}
        >
          <TreeSelect
            treeData={options}
            treeDefaultExpandAll
            showSearch={{ treeNodeFilterProp: 'title' }}
            styles={{ popup: { root: { maxHeight: 360, overflow: 'auto' } } }}
          />
        </Form.Item>
        <Form.Item
          name="password"
          label={userTexts.initialPassword}
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
