// The main frame after login: header (system name, user, organisation, account menu), the module menu on
// the left, the organisation switcher beside organisation-scoped pages, and the page itself.
import { useMemo, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { Avatar, Button, Dropdown, Layout, Menu, Space, Tooltip, Typography, App } from 'antd';
import type { MenuProps } from 'antd';
import {
  DownOutlined,
  KeyOutlined,
  LogoutOutlined,
  MenuUnfoldOutlined,
  UserOutlined,
  BankOutlined,
} from '@ant-design/icons';
import { useMe, useSession } from '../session/SessionContext';
import { OrgProvider, useOrgs } from '../orgs/OrgContext';
import { OrgTreePanel } from './OrgTreePanel';
import { adminGroupIcon, adminNav, allowed, businessNav } from './nav';
import { shellTexts, roleText } from '../texts';
import { ChangePasswordModal } from '../../features/auth/ChangePasswordModal';
import { errorMessage } from '../api/client';
import { InboxBadge } from '../../features/workflow/InboxBadge';

const { Header, Sider, Content, Footer } = Layout;

export function AppLayout() {
  const me = useMe();
  const { logout } = useSession();
  const { message } = App.useApp();
  const location = useLocation();
  const navigate = useNavigate();
  const [passwordOpen, setPasswordOpen] = useState(false);

  const admin = useMemo(() => adminNav.filter((item) => allowed(item, me.permissions)), [me.permissions]);
  const business = useMemo(
    () => businessNav.filter((item) => allowed(item, me.permissions)),
    [me.permissions],
  );

  const menuItems: MenuProps['items'] = useMemo(() => {
    const items: NonNullable<MenuProps['items']> = [
      {
        type: 'group',
        key: 'business',
        label: shellTexts.business,
        children: business.map((n) => ({ key: n.path, icon: n.icon, label: n.label })),
      },
    ];
    if (business.length === 0) items.length = 0;
    if (admin.length > 0) {
      items.push({
        key: 'admin',
        icon: adminGroupIcon,
        label: shellTexts.systemAdmin,
        children: admin.map((n) => ({ key: n.path, icon: n.icon, label: n.label })),
      });
    }
    return items;
  }, [admin, business]);

  const current = [...businessNav, ...adminNav].find(
    (n) => location.pathname === n.path || location.pathname.startsWith(`${n.path}/`),
  );

  const roleSummary = me.roles.map(roleText).join('、');

  const userMenu: MenuProps = {
    items: [
      {
        key: 'info',
        disabled: true,
        style: { cursor: 'default' },
        label: (
          <div style={{ maxWidth: 260, whiteSpace: 'normal' }}>
            <Typography.Text strong>{me.displayName}</Typography.Text>
            <Typography.Text type="secondary"> （{me.username}）</Typography.Text>
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {me.orgName}
                {roleSummary ? ` · ${roleSummary}` : ''}
              </Typography.Text>
            </div>
          </div>
        ),
      },
      { type: 'divider' },
      { key: 'password', icon: <KeyOutlined />, label: shellTexts.changePassword },
      { type: 'divider' },
      { key: 'logout', icon: <LogoutOutlined />, label: shellTexts.logout, danger: true },
    ],
    onClick: ({ key }) => {
      if (key === 'password') setPasswordOpen(true);
      if (key === 'logout') {
        // Leave the current page first: the next person to log in on this browser starts at the home page.
        navigate('/', { replace: true });
        message.destroy();
        logout()
          .then(() => message.success(shellTexts.loggedOut))
          .catch((err: unknown) => message.error(errorMessage(err)));
      }
    },
  };

  return (
    <OrgProvider>
      <Layout style={{ minHeight: '100vh' }}>
        <Header className="jx-header">
          <div className="jx-brand" onClick={() => navigate('/')} role="link">
            <img src="/favicon.svg" alt="" width={28} height={28} />
            <span className="jx-brand-name">{shellTexts.systemName}</span>
          </div>
          <Space size={16} className="jx-header-right">
            <InboxBadge />
            <span className="jx-header-org" title={me.orgName}>
              <BankOutlined /> {me.orgName}
            </span>
            <Dropdown menu={userMenu} trigger={['click']} placement="bottomRight">
              <a className="jx-user" data-testid="user-menu" onClick={(e) => e.preventDefault()}>
                <Avatar
                  size="small"
                  icon={<UserOutlined />}
                  style={{ background: 'rgba(255,255,255,0.25)' }}
                />
                <span data-testid="current-user">{me.displayName}</span>
                <DownOutlined style={{ fontSize: 10 }} />
              </a>
            </Dropdown>
          </Space>
        </Header>
        <Layout>
          <Sider width={208} theme="light" className="jx-sider" breakpoint="lg" collapsedWidth={56}>
            <Menu
              mode="inline"
              selectedKeys={current ? [current.path] : []}
              defaultOpenKeys={['admin']}
              items={menuItems}
              onClick={({ key }) => navigate(key)}
              style={{ borderInlineEnd: 'none' }}
            />
          </Sider>
          <Layout className="jx-main">
            <Content className="jx-content">{current?.orgScoped ? <BesideOrgTree /> : <Outlet />}</Content>
            <Footer className="jx-footer">{shellTexts.footer}</Footer>
          </Layout>
        </Layout>
        <ChangePasswordModal open={passwordOpen} onClose={() => setPasswordOpen(false)} />
      </Layout>
    </OrgProvider>
  );
}

/**
 * An organisation-scoped page beside the organisation tree — unless the user reaches one organisation only
 * (a unit's clerk or reviewer): the tree would offer no choice, and the page (决算's wide tables) gets its
 * width. The page's title names the organisation either way.
 */
function BesideOrgTree() {
  const { orgs } = useOrgs();
  const single = orgs.length === 1;
  const [collapsed, setCollapsed] = useRememberedFlag(TREE_COLLAPSED_KEY);
  // The page keeps its place among the children whether the tree is shown or not: switching the layout
  // around it (the organisations reloading, the tree folded) must not remount the page and lose what it holds.
  return (
    <div className="jx-with-tree">
      {single ? null : collapsed ? (
        <aside className="jx-tree-col jx-tree-col-folded">
          <Tooltip title={shellTexts.orgTreeExpand} placement="right">
            <Button
              icon={<MenuUnfoldOutlined />}
              aria-label={shellTexts.orgTreeExpand}
              data-testid="org-tree-expand"
              onClick={() => setCollapsed(false)}
            />
          </Tooltip>
        </aside>
      ) : (
        <aside className="jx-tree-col">
          <OrgTreePanel onCollapse={() => setCollapsed(true)} />
        </aside>
      )}
      <section className="jx-page-col">
        <Outlet />
      </section>
    </div>
  );
}

const TREE_COLLAPSED_KEY = 'jixiao.orgTreeCollapsed';

/** A yes/no the user chose, kept in this browser (a private window or blocked storage just forgets it). */
function useRememberedFlag(key: string): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(() => {
    try {
      return window.localStorage.getItem(key) === '1';
    } catch {
      return false;
    }
  });
  const remember = (next: boolean) => {
    setValue(next);
    try {
      window.localStorage.setItem(key, next ? '1' : '0');
    } catch {
      // not kept: the choice lasts until the page is reloaded
    }
  };
  return [value, remember];
}
