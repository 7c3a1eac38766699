// Shows API failures and successes with antd's message/notification, always in Chinese.
import { App } from 'antd';
import { useCallback, useMemo } from 'react';
import { ApiError, errorMessage } from '../api/client';

export function useNotify() {
  const { message, notification } = App.useApp();

  const error = useCallback(
    (err: unknown, title?: string) => {
      if (err instanceof DOMException && err.name === 'AbortError') return;
      const text = errorMessage(err);
      if (title) notification.error({ title, description: text, placement: 'topRight' });
      else message.error(text);
    },
    [message, notification],
  );

  const success = useCallback((text: string) => void message.success(text), [message]);

  return useMemo(
    () => ({ error, success, isStale: (err: unknown) => err instanceof ApiError && err.status === 412 }),
    [error, success],
  );
}
