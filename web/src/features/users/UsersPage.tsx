// 用户管理: the users of the selected organisation and its subtree (useUsers), shown by UserTable.
// 系统管理员 creates, disables, enables and resets; 安全管理员 sets roles. Buttons follow the permissions the
// server granted. A stale version (412) shows the server's message and reloads the list.
import { useMemo, useState } from 'react';
import { Button, Card, Input, Space, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { PERMISSIONS, type User } from '../../shared/api/types';
import { useOrgs } from '../../shared/orgs/OrgContext';
import { useMe, useSession } from '../../shared/session/SessionContext';
import { useNotify } from '../../shared/ui/useNotify';
import { CreateUserModal } from './CreateUserModal';
import { useToggleUser, useUsers } from './queries';
import { ResetPasswordModal } from './ResetPasswordModal';
import { RolesModal } from './RolesModal';
import { userTexts } from './texts';
import { UserTable } from './UserTable';

export function UsersPage() {
  const me = useMe();
  const { can } = useSession();
  const { currentOrg } = useOrgs();
  const notify = useNotify();
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<User | null>(null);
  const [editingRoles, setEditingRoles] = useState<User | null>(null);

  const canManage = can(PERMISSIONS.usersManage);
  const canRoles = can(PERMISSIONS.rolesManage);
  const orgId = currentOrg?.id ?? null;
  const query = useUsers(orgId);
  const toggle = useToggleUser();

  const onToggle = (user: User) =>
    toggle.mutate(user, {
      onSuccess: () =>
        notify.success(
          user.disabled ? userTexts.enabled(user.displayName) : userTexts.disabled(user.displayName),
        ),
      onError: (err) => notify.error(err),
    });

  const term = search.trim().toLowerCase();
  const users = useMemo(() => (query.isError ? [] : (query.data ?? [])), [query.isError, query.data]);
  const shown = useMemo(
    () =>
      term
        ? users.filter(
            (u) => u.username.toLowerCase().includes(term) || u.displayName.toLowerCase().includes(term),
          )
        : users,
    [users, term],
  );

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
          <Button icon={<ReloadOutlined />} onClick={() => void query.refetch()}>
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
      <UserTable
        users={shown}
        loading={query.isFetching}
        meId={me.id}
        hasOrg={orgId !== null}
        canManage={canManage}
        canRoles={canRoles}
        busyId={toggle.isPending ? (toggle.variables?.id ?? null) : null}
        onToggle={onToggle}
        onReset={setResetting}
        onRoles={setEditingRoles}
      />
      <CreateUserModal
        open={creating}
        defaultOrgId={orgId}
        onClose={() => setCreating(false)}
        onCreated={(u) => {
          setCreating(false);
          notify.success(userTexts.created(u.displayName));
        }}
      />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
      <RolesModal
        user={editingRoles}
        onClose={() => setEditingRoles(null)}
        onSaved={() => {
          setEditingRoles(null);
          notify.success(userTexts.rolesSaved);
        }}
        onStale={(err) => {
          setEditingRoles(null);
          notify.error(err);
        }}
      />
    </Card>
  );
}
