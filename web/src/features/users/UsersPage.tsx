// 用户管理: the users of the selected organisation and its subtree. 系统管理员 creates, disables, enables
// and resets; 安全管理员 sets roles. Buttons follow the permissions the server granted.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Button, Card, Empty, Input, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { ApiError } from '../../shared/api/client';
import { PERMISSIONS, type User } from '../../shared/api/types';
import { useOrgs } from '../../shared/orgs/OrgContext';
import { useMe, useSession } from '../../shared/session/SessionContext';
import { roleText } from '../../shared/texts';
import { useNotify } from '../../shared/ui/useNotify';
import { userApi } from './api';
import { userStatus } from './status';
import { userTexts } from './texts';
import { CreateUserModal } from './CreateUserModal';
import { ResetPasswordModal } from './ResetPasswordModal';
import { RolesModal } from './RolesModal';

export function UsersPage() {
  const me = useMe();
  const { can } = useSession();
  const { currentOrg } = useOrgs();
  const notify = useNotify();
  const [users, setUsers] = useState<User[]>([]);
  const [loading, setLoading] = useState(false);
  const [search, setSearch] = useState('');
  const [reloadTick, setReloadTick] = useState(0);
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<User | null>(null);
  const [editingRoles, setEditingRoles] = useState<User | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const canManage = can(PERMISSIONS.usersManage);
  const canRoles = can(PERMISSIONS.rolesManage);
  const orgId = currentOrg?.id ?? null;

  useEffect(() => {
    if (!orgId) return;
    const controller = new AbortController();
    setLoading(true);
    userApi
      .list(orgId, controller.signal)
      .then(({ items }) => setUsers(items))
      .catch((err: unknown) => {
        if (!controller.signal.aborted) {
          setUsers([]);
          notify.error(err);
        }
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [orgId, reloadTick, notify]);

  const reload = useCallback(() => setReloadTick((t) => t + 1), []);

  const replace = (u: User) => setUsers((list) => list.map((x) => (x.id === u.id ? u : x)));

  const failed = useCallback(
    (err: unknown) => {
      notify.error(err);
      // A stale version means someone else changed the row: show their message and fetch the current rows.
      if (err instanceof ApiError && err.status === 412) reload();
    },
    [notify, reload],
  );

  const toggle = async (user: User) => {
    setBusyId(user.id);
    try {
      const updated = user.disabled
        ? await userApi.enable(user.id, user.version)
        : await userApi.disable(user.id, user.version);
      replace(updated);
      notify.success(
        user.disabled ? userTexts.enabled(user.displayName) : userTexts.disabled(user.displayName),
      );
    } catch (err) {
      failed(err);
    } finally {
      setBusyId(null);
    }
  };

  const term = search.trim().toLowerCase();
  const shown = useMemo(
    () =>
      term
        ? users.filter(
            (u) => u.username.toLowerCase().includes(term) || u.displayName.toLowerCase().includes(term),
          )
        : users,
    [users, term],
  );

  const columns: TableColumnsType<User> = [
    {
      title: userTexts.username,
      dataIndex: 'username',
      width: 140,
      sorter: (a, b) => a.username.localeCompare(b.username),
      render: (v: string, u) => (
        <Space size={4}>
          <Typography.Text code>{v}</Typography.Text>
          {u.id === me.id && <Tag color="blue">{userTexts.self}</Tag>}
        </Space>
      ),
    },
    { title: userTexts.displayName, dataIndex: 'displayName', width: 180 },
    { title: userTexts.org, dataIndex: 'orgName', width: 140 },
    {
      title: userTexts.roles,
      key: 'roles',
      render: (_, u) =>
        u.roles.length === 0 ? (
          <Typography.Text type="secondary">{userTexts.noRoles}</Typography.Text>
        ) : (
          <Space size={[4, 4]} wrap>
            {u.roles.map((g) => (
              <Tag key={`${g.role}|${g.position ?? ''}`}>{roleText(g)}</Tag>
            ))}
          </Space>
        ),
    },
    {
      title: userTexts.status,
      key: 'status',
      width: 72,
      render: (_, u) => {
        const s = userStatus(u);
        if (s === 'disabled') return <Tag color="default">{userTexts.statusDisabled}</Tag>;
        if (s === 'locked')
          return (
            <Tooltip title={userTexts.lockedUntil(dayjs(u.lockedUntil).format('YYYY-MM-DD HH:mm'))}>
              <Tag color="orange">{userTexts.statusLocked}</Tag>
            </Tooltip>
          );
        return <Tag color="green">{userTexts.statusEnabled}</Tag>;
      },
    },
  ];

  if (canManage || canRoles) {
    columns.push({
      title: userTexts.actions,
      key: 'actions',
      width: canManage && canRoles ? 230 : canManage ? 150 : 100,
      render: (_, u) => {
        const self = u.id === me.id;
        return (
          <Space size={0} separator={<span style={{ color: '#e5e5e5' }}>|</span>}>
            {canManage && !self && (
              <Popconfirm
                title={
                  u.disabled
                    ? userTexts.enableConfirm(u.displayName)
                    : userTexts.disableConfirm(u.displayName)
                }
                onConfirm={() => toggle(u)}
                okText={u.disabled ? userTexts.enable : userTexts.disable}
                okButtonProps={{ danger: !u.disabled }}
              >
                <Button type="link" size="small" danger={!u.disabled} loading={busyId === u.id}>
                  {u.disabled ? userTexts.enable : userTexts.disable}
                </Button>
              </Popconfirm>
            )}
            {canManage && !self && (
              <Button type="link" size="small" onClick={() => setResetting(u)}>
                {userTexts.resetPassword}
              </Button>
            )}
            {canRoles && (
              <Tooltip title={self ? userTexts.selfRolesForbidden : undefined}>
                <Button type="link" size="small" disabled={self} onClick={() => setEditingRoles(u)}>
                  {userTexts.editRoles}
                </Button>
              </Tooltip>
            )}
          </Space>
        );
      },
    });
  }

  return (
    <Card
      title={
        <Space orientation="vertical" size={0}>
          <span>{userTexts.title}</span>
          {currentOrg && (
            <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
              {userTexts.description(currentOrg.name)}
            </Typography.Text>
          )}
        </Space>
      }
      extra={
        <Space>
          <Input.Search
            allowClear
            placeholder={userTexts.search}
            style={{ width: 200 }}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          <Button icon={<ReloadOutlined />} onClick={reload}>
            {userTexts.refresh}
          </Button>
          {canManage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              disabled={!orgId}
            >
              {userTexts.create}
            </Button>
          )}
        </Space>
      }
      styles={{ header: { paddingBlock: 12 } }}
    >
      <Table<User>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={shown}
        tableLayout="fixed"
        scroll={{ x: 840 }}
        loading={loading}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => userTexts.total(n) }}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={orgId ? userTexts.empty : userTexts.noOrg}
            />
          ),
        }}
        data-testid="users-table"
      />
      <CreateUserModal
        open={creating}
        defaultOrgId={orgId}
        onClose={() => setCreating(false)}
        onCreated={(u) => {
          setCreating(false);
          notify.success(userTexts.created(u.displayName));
          reload();
        }}
      />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
      <RolesModal
        user={editingRoles}
        onClose={() => setEditingRoles(null)}
        onSaved={(u) => {
          setEditingRoles(null);
          replace(u);
          notify.success(userTexts.rolesSaved);
        }}
        onStale={(err) => {
          setEditingRoles(null);
          notify.error(err);
          reload();
        }}
      />
    </Card>
  );
}
