// The header's 待办 count (overdue in red) and the notifications: polled from the server (every process
// shares them through PostgreSQL; useInbox / useNotifications ask every 15 s, on focus, and after every
// review command), each shown once as an antd notification, then marked read.
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { App, Badge, Space } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useInbox, useMarkRead, useNotifications } from './queries';
import { workflowTexts as T } from './texts';

export function InboxBadge() {
  const { notification } = App.useApp();
  const navigate = useNavigate();
  const counts = useInbox(true).data?.counts ?? null;
  const notifications = useNotifications().data;
  const markRead = useMarkRead();
  const shown = useRef(new Set<string>());

  useEffect(() => {
    const fresh = (notifications ?? []).filter((n) => !shown.current.has(n.id));
    for (const n of [...fresh].reverse()) {
      shown.current.add(n.id);
      const title = n.kind === 'returned' ? T.returned : n.kind === 'frozen' ? T.frozenNote : T.arrived;
      const description =
        n.kind === 'returned'
          ? T.returnedText(n.title, n.stepName, n.by)
          : n.kind === 'frozen'
            ? T.frozenText(n.title)
            : T.arrivedText(n.title, n.stepName, n.by);
      notification.info({
        title,
        description,
        placement: 'topRight',
        duration: 8,
        onClick: () => navigate('/workflow'),
      });
    }
    // A failed mark shows nothing: the next poll brings the notification again, and it is not shown twice.
    if (fresh.length > 0) markRead.mutate(fresh.map((n) => n.id));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs per answer of the poll only
  }, [notifications]);

  return (
    <a
      className="jx-inbox"
      onClick={() => navigate('/workflow')}
      data-testid="inbox-badge"
      title={`${T.todo} ${counts?.todo ?? 0}`}
      style={{ color: 'inherit' }}
    >
      <Space size={4}>
        <Badge
          count={counts?.todo ?? 0}
          size="small"
          color={counts && counts.overdue > 0 ? 'red' : 'blue'}
          showZero={false}
          offset={[4, -2]}
        >
          <BellOutlined style={{ fontSize: 16, color: 'inherit' }} />
        </Badge>
        <span data-testid="inbox-count">{`${T.todo} ${counts?.todo ?? 0}`}</span>
        {counts && counts.overdue > 0 ? (
          <span style={{ color: '#ffccc7' }}>{`${T.overdue} ${counts.overdue}`}</span>
        ) : null}
      </Space>
    </a>
  );
}
