// Provides the query client to the app; a failed read is shown with antd's message (Chinese), so the
// provider sits inside antd's <App>. One client per mounted app (each component test gets a fresh one).
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { useNotify } from '../ui/useNotify';
import { createQueryClient } from './query';

export function DataProvider({ children }: { children: ReactNode }) {
  const notify = useNotify();
  const notifyRef = useRef(notify);
  useEffect(() => {
    notifyRef.current = notify;
  }, [notify]);
  const [client] = useState(() => createQueryClient((err) => notifyRef.current.error(err)));
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
