// The header's 待办 count (overdue in red) and the notifications: polled from the server (every process
// shares them through PostgreSQL), each shown once as an antd notification, then marked read.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { App, Badge, Space } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { workflowApi, type Inbox } from './api';
import { workflowTexts as T } from './texts';

const POLL_MS = 15_000;

/** Other parts of the page ask the badge to refresh now (after a command) through this event. */
export const INBOX_CHANGED = 'jixiao:inbox-changed';

export function InboxBadge() {
  const { notification } = App.useApp();
  const navigate = useNavigate();
  const [counts, setCounts] = useState<Inbox['counts'] | null>(null);
  const shown = useRef(new Set<string>());

  const poll = useCallback(async () => {
    try {
      const inbox = await workflowApi.inbox();
      setCounts(inbox.counts);
      const { items } = await workflowApi.notifications();
      const fresh = items.filter((n) => !shown.current.has(n.id));
      for (const n of fresh.reverse()) {
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
      if (fresh.length > 0) await workflowApi.markRead(fresh.map((n) => n.id));
    } catch {
      // A failed poll shows nothing; the next one tries again.
    }
  }, [notification, navigate]);

  useEffect(() => {
    void poll();
    const timer = window.setInterval(() => void poll(), POLL_MS);
    const now = () => void poll();
    window.addEventListener('focus', now);
    window.addEventListener(INBOX_CHANGED, now);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', now);
      window.removeEventListener(INBOX_CHANGED, now);
    };
  }, [poll]);

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
