// The users table: username (oneself marked), name, organisation, roles, status (locked until when), and
// the actions the permissions allow — 停用/启用 (confirmed), 重置密码, 设置角色 (never for oneself).
import { Button, Empty, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { User } from '../../shared/api/types';
import { roleText } from '../../shared/texts';
import { userStatus } from './status';
import { userTexts } from './texts';

export type UserTableProps = {
  users: User[];
  loading: boolean;
  meId: string;
  hasOrg: boolean;
  canManage: boolean;
  canRoles: boolean;
  busyId: string | null;
  onToggle: (u: User) => void;
  onReset: (u: User) => void;
  onRoles: (u: User) => void;
};

export function UserTable({
  users,
  loading,
  meId,
  hasOrg,
  canManage,
  canRoles,
  busyId,
  onToggle,
  onReset,
  onRoles,
}: UserTableProps) {
  const columns: TableColumnsType<User> = [
    {
      title: userTexts.username,
      dataIndex: 'username',
      width: 140,
      sorter: (a, b) => a.username.localeCompare(b.username),
      render: (v: string, u) => (
        <Space size={4}>
          <Typography.Text code>{v}</Typography.Text>
          {u.id === meId && <Tag color="blue">{userTexts.self}</Tag>}
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
        const self = u.id === meId;
        return (
          <Space size={0} separator={<span style={{ color: '#e5e5e5' }}>|</span>}>
            {canManage && !self && (
              <Popconfirm
                title={
                  u.disabled
                    ? userTexts.enableConfirm(u.displayName)
                    : userTexts.disableConfirm(u.displayName)
                }
                onConfirm={() => onToggle(u)}
                okText={u.disabled ? userTexts.enable : userTexts.disable}
                okButtonProps={{ danger: !u.disabled }}
              >
                <Button type="link" size="small" danger={!u.disabled} loading={busyId === u.id}>
                  {u.disabled ? userTexts.enable : userTexts.disable}
                </Button>
              </Popconfirm>
            )}
            {canManage && !self && (
              <Button type="link" size="small" onClick={() => onReset(u)}>
                {userTexts.resetPassword}
              </Button>
            )}
            {canRoles && (
              <Tooltip title={self ? userTexts.selfRolesForbidden : undefined}>
                <Button type="link" size="small" disabled={self} onClick={() => onRoles(u)}>
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
    <Table<User>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={users}
      tableLayout="fixed"
      scroll={{ x: 840 }}
      loading={loading}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => userTexts.total(n) }}
      locale={{
        emptyText: (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={hasOrg ? userTexts.empty : userTexts.noOrg}
          />
        ),
      }}
      data-testid="users-table"
    />
  );
}
