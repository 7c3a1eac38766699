// Who is logged in: loaded from /api/auth/me at start, set by login, cleared by logout or by any 401.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, setCsrfToken, setUnauthorizedHandler } from '../api/client';
import type { Me, SessionPayload } from '../api/types';
import { authApi } from '../../features/auth/api';

type SessionState =
  { status: 'loading' } | { status: 'anonymous'; expired: boolean } | { status: 'authenticated'; user: Me };

type SessionContextValue = {
  state: SessionState;
  login: (username: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
  can: (permission: string) => boolean;
};

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  // What one user loaded is never shown to the next one on this browser.
  const queryClient = useQueryClient();

  const accept = useCallback(
    (payload: SessionPayload) => {
      queryClient.clear();
      setCsrfToken(payload.csrfToken);
      setState({ status: 'authenticated', user: payload.user });
    },
    [queryClient],
  );

  useEffect(() => {
    let cancelled = false;
    authApi
      .me()
      .then((payload) => {
        if (!cancelled) accept(payload);
      })
      .catch((err: unknown) => {
        if (cancelled) return;
        setCsrfToken(null);
        // 401 is the ordinary "not logged in"; any other failure also lands on the login page,
        // where logging in will show the server's message.
        setState({ status: 'anonymous', expired: false });
        if (!(err instanceof ApiError)) console.warn(err);
      });
    return () => {
      cancelled = true;
    };
  }, [accept]);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setCsrfToken(null);
      setState({ status: 'anonymous', expired: true });
    });
    return () => setUnauthorizedHandler(null);
  }, []);

  // Signed out (or the session ended): forget what was loaded, once the pages that used it are gone — a
  // page still mounted would ask again, without a session.
  useEffect(() => {
    if (state.status === 'anonymous') queryClient.clear();
  }, [state.status, queryClient]);

  const login = useCallback(
    async (username: string, password: string) => {
      accept(await authApi.login(username, password));
    },
    [accept],
  );

  // The page turns anonymous at once, in the same update as the caller's navigation: the app never renders
  // the leaving user's home again (which would send the next user to the previous one's page).
  const logout = useCallback(async () => {
    setState({ status: 'anonymous', expired: false });
    try {
      await authApi.logout();
    } finally {
      setCsrfToken(null);
    }
  }, []);

  const can = useCallback(
    (permission: string) => state.status === 'authenticated' && state.user.permissions.includes(permission),
    [state],
  );

  const value = useMemo(() => ({ state, login, logout, can }), [state, login, logout, can]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** For pages rendered only inside the authenticated layout. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'authenticated') throw new Error('useMe without a session');
  return state.user;
}
