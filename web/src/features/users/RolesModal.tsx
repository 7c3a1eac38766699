// 设置角色 (安全管理员 only): a list of role grants; 审核人 carries a position that places the user in a
// review chain. The server refuses changes to one's own roles; the button is hidden for oneself too.
import { useEffect, useState } from 'react';
import { Alert, AutoComplete, Button, Form, Modal, Select, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { ApiError, errorMessage } from '../../shared/api/client';
import type { Role, RoleGrant, User } from '../../shared/api/types';
import { reviewerPositions, roleLabels, shellTexts } from '../../shared/texts';
import { userApi } from './api';
import { userTexts } from './texts';

type GrantRow = { role?: Role; position?: string };
type RolesForm = { grants: GrantRow[] };

const roleOptions = (Object.keys(roleLabels) as Role[]).map((r) => ({ value: r, label: roleLabels[r] }));
const positionOptions = reviewerPositions.map((p) => ({ value: p }));

export function RolesModal(props: {
  user: User | null;
  onClose: () => void;
  onSaved: (u: User) => void;
  onStale: (err: ApiError) => void;
}) {
  const { user, onClose, onSaved, onStale } = props;
  const [form] = Form.useForm<RolesForm>();
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);

  useEffect(() => {
    if (user) {
      form.setFieldsValue({
        grants: user.roles.map((g) => ({ role: g.role, position: g.position ?? undefined })),
      });
      setServerError(null);
    }
  }, [user, form]);

  const submit = async () => {
    if (!user) return;
    const { grants } = await form.validateFields();
    const roles: RoleGrant[] = (grants ?? [])
      .filter((g): g is GrantRow & { role: Role } => Boolean(g.role))
      .map((g) => ({ role: g.role, position: g.role === 'reviewer' ? g.position?.trim() || null : null }));
    const seen = new Set<string>();
    for (const g of roles) {
      const k = `${g.role}|${g.position ?? ''}`;
      if (seen.has(k)) {
        setServerError(userTexts.duplicateRole);
        return;
      }
      seen.add(k);
    }
    setSaving(true);
    setServerError(null);
    try {
      onSaved(await userApi.setRoles(user.id, roles, user.version));
    } catch (err) {
      if (err instanceof ApiError && err.status === 412) onStale(err);
      else setServerError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={user ? userTexts.rolesTitle(user.displayName) : ''}
      open={user !== null}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      okText={shellTexts.save}
      cancelText={shellTexts.cancel}
      confirmLoading={saving}
      forceRender
      width={560}
    >
      <Typography.Paragraph type="secondary">{userTexts.roleHint}</Typography.Paragraph>
      {serverError && <Alert type="error" showIcon title={serverError} style={{ marginBottom: 16 }} />}
      <Form<RolesForm> name="roles" form={form} autoComplete="off">
        <Form.List name="grants">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" style={{ display: 'flex', marginBottom: 4 }}>
                  <Form.Item
                    name={[field.name, 'role']}
                    rules={[{ required: true, message: userTexts.roleRequired }]}
                  >
                    <Select options={roleOptions} placeholder={userTexts.role} style={{ width: 160 }} />
                  </Form.Item>
                  <Form.Item noStyle shouldUpdate>
                    {({ getFieldValue }) =>
                      getFieldValue(['grants', field.name, 'role']) === 'reviewer' ? (
                        <Form.Item
                          name={[field.name, 'position']}
                          rules={[{ required: true, whitespace: true, message: userTexts.positionRequired }]}
                        >
                          <AutoComplete
                            options={positionOptions}
                            placeholder={userTexts.positionPlaceholder}
                            style={{ width: 220 }}
                          />
                        </Form.Item>
                      ) : (
                        <div style={{ width: 220 }} />
                      )
                    }
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(field.name)} style={{ color: '#8c8c8c' }} />
                </Space>
              ))}
              <Button type="dashed" onClick={() => add({})} icon={<PlusOutlined />} block>
                {userTexts.addRole}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
