// 设置角色 (安全管理员 only): a list of role grants; 审核人 carries a position that places the user in a
// review chain. The server refuses changes to one's own roles; the button is hidden for oneself too.
import { useEffect, useState } from 'react';
import { Alert, AutoComplete, Button, Form, Modal, Select, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { errorMessage, type ApiError } from '../../shared/api/client';
import { isStale } from '../../shared/api/query';
import type { Role, RoleGrant, User } from '../../shared/api/types';
import { reviewerPositions, roleLabels, shellTexts } from '../../shared/texts';
import { useSetRoles } from './queries';
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
  const setRoles = useSetRoles();
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
    setServerError(null);
    // The saved user replaces the row in the list; a stale version closes the dialog and reloads the list.
    setRoles.mutate(
      { user, roles },
      {
        onSuccess: onSaved,
        onError: (err) => (isStale(err) ? onStale(err) : setServerError(errorMessage(err))),
      },
    );
  };

  return (
    <Modal
      title={user ? userTexts.rolesTitle(user.displayName) : ''}
      open={user !== null}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      okText={shellTexts.save}
      cancelText={shellTexts.cancel}
      confirmLoading={setRoles.isPending}
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
