// The organisations this user can see and the one currently selected in the switcher. The selection is
// kept per user in localStorage so it survives a reload; pages send it as the `orgId` query. The list
// itself is the orgs feature's query (useOrgList), reloaded after every organisation write.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Org } from '../api/types';
import { useOrgList } from '../../features/orgs/queries';
import { buildOrgTree, type OrgNode } from '../../features/orgs/tree';
import { useMe } from '../session/SessionContext';

type OrgContextValue = {
  orgs: Org[];
  tree: OrgNode[];
  loading: boolean;
  error: unknown;
  currentOrgId: string | null;
  currentOrg: Org | null;
  setCurrentOrgId: (id: string) => void;
  reload: () => Promise<void>;
};

const OrgContext = createContext<OrgContextValue | null>(null);

const storageKey = (userId: string) => `jixiao.currentOrgId.${userId}`;

function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function OrgProvider({ children }: { children: ReactNode }) {
  const me = useMe();
  const query = useOrgList();
  const orgs = useMemo(() => query.data ?? [], [query.data]);
  const loading = query.isPending || query.isFetching;
  const error = query.error;
  const { refetch } = query;
  const [selected, setSelected] = useState<string | null>(() => readStored(storageKey(me.id)));

  const reload = useCallback(async () => {
    await refetch();
  }, [refetch]);

  const tree = useMemo(() => buildOrgTree(orgs), [orgs]);

  // A stored id may no longer be visible (moved, or another user on this browser): fall back to the
  // user's own organisation, then to the first visible root.
  const currentOrgId = useMemo(() => {
    if (selected && orgs.some((o) => o.id === selected)) return selected;
    if (orgs.some((o) => o.id === me.orgId)) return me.orgId;
    return tree[0]?.id ?? null;
  }, [selected, orgs, me.orgId, tree]);

  const currentOrg = useMemo(() => orgs.find((o) => o.id === currentOrgId) ?? null, [orgs, currentOrgId]);

  const setCurrentOrgId = useCallback(
    (id: string) => {
      setSelected(id);
      try {
        window.localStorage.setItem(storageKey(me.id), id);
      } catch {
        // Private mode: the choice lasts for this page only.
      }
    },
    [me.id],
  );

  const value = useMemo(
    () => ({ orgs, tree, loading, error, currentOrgId, currentOrg, setCurrentOrgId, reload }),
    [orgs, tree, loading, error, currentOrgId, currentOrg, setCurrentOrgId, reload],
  );
  return <OrgContext.Provider value={value}>{children}</OrgContext.Provider>;
}

export function useOrgs(): OrgContextValue {
  const value = useContext(OrgContext);
  if (!value) throw new Error('useOrgs outside OrgProvider');
  return value;
}
